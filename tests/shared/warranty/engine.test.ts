import { describe, it, expect } from 'vitest';
import {
  assessWarranty,
  type AssessmentInput,
  type CoverageTerm,
  type ExclusionCode,
  type ReasonCode,
} from '../../../shared/warranty';
import { fridge, laser, phone, termPolicy, watch } from './fixtures';

interface Case {
  name: string;
  input: AssessmentInput;
  /** Which component of input.faults to check (default: the first). */
  component?: string;
  covered: boolean;
  reasons: ReasonCode[];
  expiry?: string | null;
  term?: Partial<CoverageTerm>;
  exclusions?: ExclusionCode[];
}

const noPower = [{ component: 'host', fault: 'no_power' }];

const cases: Case[] = [
  // --- per-component terms (seed 001: laser 2 years, host and accessories 1 year) ---
  {
    name: 'laser fault 23 months after acceptance is free',
    input: laser({ faults: [{ component: 'laser' }], assessmentDate: '2027-02-01' }),
    covered: true,
    reasons: ['in_warranty'],
    expiry: '2027-03-01',
    term: { kind: 'original', basis: 'acceptance', from: '2025-03-01', months: 24 },
  },
  {
    name: 'laser fault on the day after its 24 months is paid',
    input: laser({ faults: [{ component: 'laser' }], assessmentDate: '2027-03-02' }),
    covered: false,
    reasons: ['expired'],
    expiry: '2027-03-01',
  },
  {
    name: 'host fault 11 months after acceptance is free',
    input: laser({ assessmentDate: '2026-02-01' }),
    covered: true,
    reasons: ['in_warranty'],
    expiry: '2026-03-01',
    term: { months: 12 },
  },
  {
    name: 'host fault on the expiry day itself is still free',
    input: laser({ assessmentDate: '2026-03-01' }),
    covered: true,
    reasons: ['in_warranty'],
    expiry: '2026-03-01',
  },
  {
    name: 'host fault the day after the expiry day is paid',
    input: laser({ assessmentDate: '2026-03-02' }),
    covered: false,
    reasons: ['expired'],
    expiry: '2026-03-01',
  },
  {
    name: 'the laser is still free after the host has run out',
    input: laser({ faults: [{ component: 'host' }, { component: 'laser' }], assessmentDate: '2026-06-01' }),
    component: 'laser',
    covered: true,
    reasons: ['in_warranty'],
    expiry: '2027-03-01',
  },
  {
    name: 'foot switch has the one-year accessory term',
    input: laser({ faults: [{ component: 'foot_switch' }], assessmentDate: '2026-03-02' }),
    covered: false,
    reasons: ['expired'],
    expiry: '2026-03-01',
  },
  {
    name: 'cable is never free even on day one',
    input: laser({ faults: [{ component: 'cable' }], assessmentDate: '2025-03-01' }),
    covered: false,
    reasons: ['never_covered'],
    expiry: null,
  },
  {
    name: 'technical documents are never free',
    input: laser({ faults: [{ component: 'documents' }] }),
    covered: false,
    reasons: ['never_covered'],
  },
  {
    name: 'a watch strap is never free',
    input: watch({ faults: [{ component: 'watch_strap' }] }),
    covered: false,
    reasons: ['never_covered'],
  },
  {
    name: 'a part the policy does not know is not covered',
    input: laser({ faults: [{ component: 'battery' }] }),
    covered: false,
    reasons: ['component_not_in_policy'],
  },
  {
    name: 'phone battery is paid after its 6 months',
    input: phone({ faults: [{ component: 'battery' }], assessmentDate: '2025-09-02' }),
    covered: false,
    reasons: ['expired'],
    expiry: '2025-09-01',
  },
  {
    name: 'phone host is still free when the battery has run out',
    input: phone({ assessmentDate: '2025-09-02' }),
    covered: true,
    reasons: ['in_warranty'],
    expiry: '2026-03-01',
  },
  {
    name: 'fridge compressor is free in its third year',
    input: fridge({ assessmentDate: '2026-05-10' }),
    covered: true,
    reasons: ['in_warranty'],
    expiry: '2026-05-10',
    term: { basis: 'delivery', months: 36 },
  },
  {
    name: 'fridge whole unit is paid in its second year',
    input: fridge({ faults: [{ component: 'whole_unit' }], assessmentDate: '2024-05-11' }),
    covered: false,
    reasons: ['expired'],
    expiry: '2024-05-10',
  },
  // --- start date ---
  {
    name: 'acceptance date wins over delivery and sale dates',
    input: laser({ assessmentDate: '2026-02-25' }),
    covered: true,
    reasons: ['in_warranty'],
    expiry: '2026-03-01',
    term: { basis: 'acceptance' },
  },
  {
    name: 'delivery date wins over the sale date when nothing was installed',
    input: fridge({ faults: [{ component: 'whole_unit' }], assessmentDate: '2024-05-09' }),
    covered: true,
    reasons: ['in_warranty'],
    expiry: '2024-05-10',
    term: { basis: 'delivery', from: '2023-05-10' },
  },
  {
    name: 'the sale date is used when it is the only proven date',
    input: phone({ assessmentDate: '2026-03-01' }),
    covered: true,
    reasons: ['in_warranty'],
    expiry: '2026-03-01',
    term: { basis: 'sale' },
  },
  {
    name: 'no invoice: the term runs from the production date',
    input: laser({ proof: [], assessmentDate: '2025-12-01' }),
    covered: true,
    reasons: ['in_warranty'],
    expiry: '2025-12-01',
    term: { basis: 'production', from: '2024-12-01' },
  },
  {
    name: 'no invoice: the host is paid the day after production + 12 months, though accepted later',
    input: laser({ proof: [], assessmentDate: '2025-12-02' }),
    covered: false,
    reasons: ['expired'],
    expiry: '2025-12-01',
  },
  {
    name: 'invoice but no sale date written down: production date is the fallback',
    input: phone({ dates: { productionDate: '2025-01-05' }, assessmentDate: '2026-01-05' }),
    covered: true,
    reasons: ['in_warranty'],
    term: { basis: 'production' },
    expiry: '2026-01-05',
  },
  {
    name: 'no invoice and no production date: nothing to count from',
    input: phone({ proof: [], dates: { saleDate: '2025-03-01' } }),
    covered: false,
    reasons: ['no_start_date'],
    expiry: null,
  },
  {
    name: 'watch without the shop receipt is not free (policy has no production-date fallback)',
    input: watch({ proof: [], dates: { saleDate: '2025-03-01', productionDate: '2025-01-01' } }),
    covered: false,
    reasons: ['no_proof'],
  },
  // --- calendar ---
  {
    name: '31 Jan + 1 month ends on 28 Feb',
    input: phone({ policy: termPolicy(1), dates: { saleDate: '2025-01-31' }, assessmentDate: '2025-02-28' }),
    covered: true,
    reasons: ['in_warranty'],
    expiry: '2025-02-28',
  },
  {
    name: '31 Jan + 1 month: 1 March is already paid',
    input: phone({ policy: termPolicy(1), dates: { saleDate: '2025-01-31' }, assessmentDate: '2025-03-01' }),
    covered: false,
    reasons: ['expired'],
    expiry: '2025-02-28',
  },
  {
    name: '31 Jan 2024 + 1 month ends on the leap day 29 Feb',
    input: phone({ policy: termPolicy(1), dates: { saleDate: '2024-01-31' }, assessmentDate: '2024-02-29' }),
    covered: true,
    reasons: ['in_warranty'],
    expiry: '2024-02-29',
  },
  {
    name: 'sold on leap day 2024-02-29: 12 months end on 2025-02-28',
    input: phone({ dates: { saleDate: '2024-02-29' }, assessmentDate: '2025-03-01' }),
    covered: false,
    reasons: ['expired'],
    expiry: '2025-02-28',
  },
  {
    name: 'a 0-month term covers the start day only',
    input: phone({ policy: termPolicy(0), assessmentDate: '2025-03-01' }),
    covered: true,
    reasons: ['in_warranty'],
    expiry: '2025-03-01',
  },
  // --- exclusions ---
  {
    name: 'water damage voids the free repair of the host',
    input: laser({ findings: [{ code: 'water_damage' }] }),
    covered: false,
    reasons: ['excluded'],
    exclusions: ['water_damage'],
    expiry: '2026-03-01',
  },
  {
    name: 'water damage found on the laser does not void the host',
    input: laser({
      faults: [{ component: 'host' }, { component: 'laser' }],
      findings: [{ code: 'water_damage', component: 'laser' }],
    }),
    component: 'host',
    covered: true,
    reasons: ['in_warranty'],
    exclusions: [],
  },
  {
    name: 'water damage found on the laser voids the laser',
    input: laser({
      faults: [{ component: 'host' }, { component: 'laser' }],
      findings: [{ code: 'water_damage', component: 'laser' }],
    }),
    component: 'laser',
    covered: false,
    reasons: ['excluded'],
    exclusions: ['water_damage'],
  },
  {
    name: 'several findings are all named, in the standard order',
    input: phone({ findings: [{ code: 'drop_impact' }, { code: 'misuse' }, { code: 'drop_impact' }] }),
    covered: false,
    reasons: ['excluded'],
    exclusions: ['misuse', 'drop_impact'],
  },
  {
    name: 'a torn serial label out of warranty: both reasons are given',
    input: laser({ findings: [{ code: 'serial_label_damaged' }], assessmentDate: '2026-04-01' }),
    covered: false,
    reasons: ['excluded', 'expired'],
    exclusions: ['serial_label_damaged'],
  },
  {
    name: 'disassembly by others voids even the repair warranty',
    input: laser({
      earlierRepairs: [{ date: '2026-03-10', component: 'host', fault: 'no_power' }],
      findings: [{ code: 'unauthorised_disassembly' }],
      assessmentDate: '2026-04-01',
    }),
    covered: false,
    reasons: ['excluded'],
    exclusions: ['unauthorised_disassembly'],
    term: { kind: 'repair' },
  },
  {
    name: '"not sold by this shop" does not count where the policy does not say so',
    input: laser({ findings: [{ code: 'not_sold_by_shop' }] }),
    covered: true,
    reasons: ['in_warranty'],
    exclusions: [],
  },
  {
    name: 'a watch not sold by this shop is not repaired free (seed 002)',
    input: watch({ findings: [{ code: 'not_sold_by_shop' }] }),
    covered: false,
    reasons: ['excluded'],
    exclusions: ['not_sold_by_shop'],
  },
  {
    name: 'scratched watch case: cosmetic wear is not free',
    input: watch({ faults: [{ component: 'watch_case' }], findings: [{ code: 'cosmetic_wear', component: 'watch_case' }] }),
    covered: false,
    reasons: ['excluded'],
    exclusions: ['cosmetic_wear'],
  },
  // --- repair warranty ---
  {
    name: 'same fault 7 weeks after a paid repair is free under the repair warranty',
    input: laser({
      faults: noPower,
      earlierRepairs: [{ date: '2026-03-10', component: 'host', fault: 'no_power' }],
      assessmentDate: '2026-05-01',
    }),
    covered: true,
    reasons: ['repair_warranty_same_fault'],
    expiry: '2026-06-10',
    term: { kind: 'repair', from: '2026-03-10', months: 3 },
  },
  {
    name: 'repair warranty: the last day is free',
    input: laser({
      faults: noPower,
      earlierRepairs: [{ date: '2026-03-10', component: 'host', fault: 'no_power' }],
      assessmentDate: '2026-06-10',
    }),
    covered: true,
    reasons: ['repair_warranty_same_fault'],
    expiry: '2026-06-10',
  },
  {
    name: 'repair warranty: the day after is paid',
    input: laser({
      faults: noPower,
      earlierRepairs: [{ date: '2026-03-10', component: 'host', fault: 'no_power' }],
      assessmentDate: '2026-06-11',
    }),
    covered: false,
    reasons: ['expired'],
    expiry: '2026-06-10',
    term: { kind: 'repair' },
  },
  {
    name: 'a different fault after a paid repair is not covered by its repair warranty',
    input: laser({
      faults: [{ component: 'host', fault: 'display_dead' }],
      earlierRepairs: [{ date: '2026-03-10', component: 'host', fault: 'no_power' }],
      assessmentDate: '2026-04-01',
    }),
    covered: false,
    reasons: ['expired'],
    expiry: '2026-03-01',
    term: { kind: 'original' },
  },
  {
    name: 'the same fault on another component is a different fault',
    input: laser({
      faults: [{ component: 'handpiece', fault: 'no_power' }],
      earlierRepairs: [{ date: '2026-03-10', component: 'host', fault: 'no_power' }],
      assessmentDate: '2026-04-01',
    }),
    covered: false,
    reasons: ['expired'],
  },
  {
    name: 'redo of the same fault within 3 months of a paid repair is free and does not extend the term',
    input: laser({
      faults: noPower,
      earlierRepairs: [
        { date: '2026-03-10', component: 'host', fault: 'no_power' },
        { date: '2026-05-20', component: 'host', fault: 'no_power' },
      ],
      assessmentDate: '2026-06-11',
    }),
    covered: false,
    reasons: ['expired'],
    expiry: '2026-06-10',
    term: { kind: 'repair', from: '2026-03-10' },
  },
  {
    name: 'the same fault again after the repair warranty ran out starts a new repair warranty',
    input: laser({
      faults: noPower,
      earlierRepairs: [
        { date: '2026-03-10', component: 'host', fault: 'no_power' },
        { date: '2026-07-01', component: 'host', fault: 'no_power' },
      ],
      assessmentDate: '2026-09-15',
    }),
    covered: true,
    reasons: ['repair_warranty_same_fault'],
    expiry: '2026-10-01',
    term: { from: '2026-07-01' },
  },
  {
    name: 'a repair early in the term: the longer original term still applies',
    input: laser({
      faults: [{ component: 'laser', fault: 'weak_output' }],
      earlierRepairs: [{ date: '2025-06-01', component: 'laser', fault: 'weak_output' }],
      assessmentDate: '2025-10-01',
    }),
    covered: true,
    reasons: ['in_warranty'],
    expiry: '2027-03-01',
    term: { kind: 'original' },
  },
  {
    name: 'a free repair a month before expiry: 3 more months for that fault',
    input: laser({
      faults: noPower,
      earlierRepairs: [{ date: '2026-02-01', component: 'host', fault: 'no_power' }],
      assessmentDate: '2026-04-15',
    }),
    covered: true,
    reasons: ['repair_warranty_same_fault'],
    expiry: '2026-05-01',
  },
  {
    name: 'a second repair of the same fault inside the term does not add 3 months',
    input: laser({
      faults: noPower,
      earlierRepairs: [
        { date: '2025-06-01', component: 'host', fault: 'no_power' },
        { date: '2026-02-15', component: 'host', fault: 'no_power' },
      ],
      assessmentDate: '2026-03-20',
    }),
    covered: false,
    reasons: ['expired'],
    expiry: '2026-03-01',
  },
  {
    name: 'fault codes match regardless of case and spaces',
    input: laser({
      faults: [{ component: 'host', fault: ' No_Power ' }],
      earlierRepairs: [{ date: '2026-03-10', component: 'host', fault: 'no_power' }],
      assessmentDate: '2026-04-01',
    }),
    covered: true,
    reasons: ['repair_warranty_same_fault'],
  },
  {
    name: 'without a fault code an earlier repair cannot be the same fault',
    input: laser({
      faults: [{ component: 'host' }],
      earlierRepairs: [{ date: '2026-03-10', component: 'host', fault: 'no_power' }],
      assessmentDate: '2026-04-01',
    }),
    covered: false,
    reasons: ['expired'],
  },
  {
    name: 'paid repair of a watch bought without receipt still carries its repair warranty',
    input: watch({
      proof: [],
      earlierRepairs: [{ date: '2025-05-01', component: 'watch_movement', fault: 'stops' }],
      assessmentDate: '2025-07-01',
    }),
    covered: true,
    reasons: ['repair_warranty_same_fault'],
    expiry: '2025-08-01',
  },
  // --- replaced parts ---
  {
    name: 'a replaced handpiece is free for 12 months though the original term is over',
    input: laser({
      faults: [{ component: 'handpiece', fault: 'no_output' }],
      earlierRepairs: [{ date: '2026-01-10', component: 'handpiece', fault: 'cracked', partsReplaced: ['handpiece'] }],
      assessmentDate: '2026-12-01',
    }),
    covered: true,
    reasons: ['replaced_part_warranty'],
    expiry: '2027-01-10',
    term: { kind: 'part', basis: 'replacement', months: 12 },
  },
  {
    name: 'a replaced handpiece is paid the day after its 12 months',
    input: laser({
      faults: [{ component: 'handpiece', fault: 'no_output' }],
      earlierRepairs: [{ date: '2026-01-10', component: 'handpiece', fault: 'cracked', partsReplaced: ['handpiece'] }],
      assessmentDate: '2027-01-11',
    }),
    covered: false,
    reasons: ['expired'],
    expiry: '2027-01-10',
    term: { kind: 'part' },
  },
  {
    name: 'a part fitted during a redo is a new part with its own 12 months',
    input: laser({
      faults: noPower,
      earlierRepairs: [
        { date: '2026-03-10', component: 'host', fault: 'no_power' },
        { date: '2026-05-20', component: 'host', fault: 'no_power', partsReplaced: ['host', 'power_supply'] },
      ],
      assessmentDate: '2026-08-01',
    }),
    covered: true,
    reasons: ['replaced_part_warranty'],
    expiry: '2027-05-20',
  },
  {
    name: 'a replaced cable is still never free',
    input: laser({
      faults: [{ component: 'cable' }],
      earlierRepairs: [{ date: '2025-05-01', component: 'host', partsReplaced: ['cable'] }],
    }),
    covered: false,
    reasons: ['never_covered'],
  },
  // --- warranty card ---
  {
    name: 'an expiry printed on the warranty card is the promise kept',
    input: laser({ cardExpiries: [{ component: 'host', expiry: '2026-09-01' }], assessmentDate: '2026-08-01' }),
    covered: true,
    reasons: ['in_warranty'],
    expiry: '2026-09-01',
    term: { kind: 'card', months: null, basis: 'acceptance' },
  },
  {
    name: 'the card expiry for one component leaves the others on the policy term',
    input: laser({
      faults: [{ component: 'laser' }],
      cardExpiries: [{ component: 'host', expiry: '2026-09-01' }],
      assessmentDate: '2027-03-01',
    }),
    covered: true,
    reasons: ['in_warranty'],
    term: { kind: 'original' },
  },
];

describe('assessWarranty per component', () => {
  it.each(cases)('$name', (c) => {
    const result = assessWarranty(c.input);
    const code = c.component ?? c.input.faults[0]?.component;
    const found = result.components.find((x) => x.component === code);
    expect(found).toBeDefined();
    if (!found) return;
    expect(found.covered).toBe(c.covered);
    expect(found.reasons).toEqual(c.reasons);
    if (c.expiry !== undefined) expect(found.term?.expiry ?? null).toBe(c.expiry);
    if (c.term) expect(found.term).toMatchObject(c.term);
    if (c.exclusions) expect(found.exclusions).toEqual(c.exclusions);
  });

  it('has enough cases to pin the rules down', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });
});

describe('assessWarranty as a whole', () => {
  it('answers for every component at fault, in the order given', () => {
    const result = assessWarranty(laser({ faults: [{ component: 'laser' }, { component: 'cable' }, { component: 'host' }] }));
    expect(result.components.map((c) => [c.component, c.covered])).toEqual([
      ['laser', true],
      ['cable', false],
      ['host', true],
    ]);
  });

  it('reports the start date and its basis', () => {
    expect(assessWarranty(laser()).start).toEqual({ date: '2025-03-01', basis: 'acceptance', proven: true });
    expect(assessWarranty(laser({ proof: [] })).start).toEqual({ date: '2024-12-01', basis: 'production', proven: false });
  });

  it('lists findings the policy does not apply', () => {
    const result = assessWarranty(laser({ findings: [{ code: 'not_sold_by_shop' }, { code: 'misuse', component: 'laser' }] }));
    expect(result.ignoredFindings).toEqual(['not_sold_by_shop']);
  });

  it('keeps the original expiry next to a longer repair warranty', () => {
    const result = assessWarranty(
      laser({ earlierRepairs: [{ date: '2026-03-10', component: 'host', fault: 'no_power' }], assessmentDate: '2026-04-01' }),
    );
    expect(result.components[0]?.originalExpiry).toBe('2026-03-01');
  });

  it('gives the same answer for the same input (no clock)', () => {
    const input = laser({ assessmentDate: '2026-03-01' });
    expect(assessWarranty(input)).toEqual(assessWarranty(input));
  });

  it('refuses impossible input instead of guessing', () => {
    expect(() => assessWarranty(laser({ assessmentDate: '2025-02-30' }))).toThrow(/validation\.warranty\.invalidDate/);
    expect(() => assessWarranty(laser({ assessmentDate: '2025-02-01' }))).toThrow(/afterAssessment/);
  });
});
