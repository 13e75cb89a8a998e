import { describe, expect, it } from 'vitest';
import {
  CONSUMER_ELECTRONICS_POLICY,
  JEWELLERY_WATCH_POLICY,
  MEDICAL_LASER_POLICY,
  assessWarranty,
  buildAssessmentInput,
  computeCardTerms,
  explainComponent,
  type WarrantyContext,
} from '../../../shared/warranty';

const laserDates = {
  productionDate: '2024-12-01',
  saleDate: '2025-01-10',
  deliveryDate: '2025-02-20',
  acceptanceDate: '2025-03-01',
};

describe('what a warranty card promises', () => {
  it('starts at acceptance with proof and gives each component its own term', () => {
    const terms = computeCardTerms(MEDICAL_LASER_POLICY, laserDates, ['acceptance_form']);
    expect(terms.ok && terms.start).toEqual({ date: '2025-03-01', basis: 'acceptance', proven: true });
    expect(terms.ok && terms.components.map((c) => [c.component, c.termMonths, c.expiry, c.adjusted])).toEqual([
      ['laser', 24, '2027-03-01', false],
      ['host', 12, '2026-03-01', false],
      ['light_guide_arm', 12, '2026-03-01', false],
      ['handpiece', 12, '2026-03-01', false],
      ['probe', 12, '2026-03-01', false],
      ['foot_switch', 12, '2026-03-01', false],
      ['interlock_switch', 12, '2026-03-01', false],
      ['adapter_plug', 12, '2026-03-01', false],
      ['power_supply', 12, '2026-03-01', false],
    ]);
  });

  it('without proof, runs from the production date where the policy allows it', () => {
    const terms = computeCardTerms(MEDICAL_LASER_POLICY, laserDates, []);
    expect(terms.ok && terms.start).toEqual({ date: '2024-12-01', basis: 'production', proven: false });
    expect(terms.ok && terms.components[0]?.expiry).toBe('2026-12-01');
  });

  it('cannot start without proof where the policy requires it, nor without any date', () => {
    expect(computeCardTerms(JEWELLERY_WATCH_POLICY, { saleDate: '2025-03-01' }, [])).toEqual({
      ok: false,
      problems: [{ kind: 'no_start', reason: 'no_proof' }],
    });
    expect(computeCardTerms(CONSUMER_ELECTRONICS_POLICY, {}, [])).toEqual({
      ok: false,
      problems: [{ kind: 'no_start', reason: 'no_start_date' }],
    });
  });

  it('takes an expiry set by hand, but not one before the start or for a component the policy lacks', () => {
    const extended = computeCardTerms(
      MEDICAL_LASER_POLICY,
      laserDates,
      ['contract'],
      [{ component: 'host', expiry: '2028-03-01' }],
    );
    expect(extended.ok && extended.components.find((c) => c.component === 'host')).toMatchObject({
      expiry: '2028-03-01',
      adjusted: true,
    });
    expect(
      computeCardTerms(
        MEDICAL_LASER_POLICY,
        laserDates,
        ['contract'],
        [
          { component: 'host', expiry: '2025-02-28' },
          { component: 'cable', expiry: '2026-01-01' },
        ],
      ),
    ).toEqual({
      ok: false,
      problems: [
        { kind: 'expiry_before_start', index: 0 },
        { kind: 'unknown_component', index: 1 },
      ],
    });
  });
});

describe('assessing from a stored context', () => {
  const context: WarrantyContext = {
    policy: MEDICAL_LASER_POLICY,
    dates: laserDates,
    proof: ['acceptance_form'],
    cardExpiries: [{ component: 'host', expiry: '2027-03-01' }],
    earlierRepairs: [{ date: '2026-05-10', component: 'handpiece', fault: 'no_output', partsReplaced: ['handpiece'] }],
    exchangesUsed: 0,
  };

  it("uses the card's expiries and the earlier repairs a ticket passes in", () => {
    const a = assessWarranty(
      buildAssessmentInput(
        context,
        { faults: [{ component: 'host' }, { component: 'handpiece', fault: 'no_output' }], findings: [] },
        '2026-06-01',
      ),
    );
    expect(explainComponent(a.components[0]!, 'en')).toBe(
      'Host: covered until 2027-03-01 (as printed on the warranty card, from acceptance 2025-03-01).',
    );
    expect(explainComponent(a.components[1]!, 'en')).toBe(
      'Handpiece: covered until 2027-05-10 under the replaced-part warranty (12 months from its replacement on 2026-05-10).',
    );
  });
});
