import { describe, expect, it } from 'vitest';
import {
  assessWarranty,
  CONSUMER_ELECTRONICS_POLICY,
  explainAssessment,
  type AssessmentInput,
  type EarlierRepair,
  type ReturnExchangeOption,
  type ReturnExchangeStatus,
  type WarrantyPolicy,
} from '../../../shared/warranty';
import { laser, phone } from './fixtures';

/*
 * DOMAIN rule 7 (issue 20): a phone sold on 2025-03-01 with an invoice, host covered 12 months
 * (until 2026-03-01), repair warranty 3 months. The earlier repairs are this shop's tickets.
 */

const repair = (date: string, ticketNo: string, more: Partial<EarlierRepair> = {}): EarlierRepair => ({
  date,
  component: 'host',
  fault: 'no_power',
  ticketNo,
  ...more,
});

const withLimit = (repairsBeforeExchange: number): WarrantyPolicy => ({ ...CONSUMER_ELECTRONICS_POLICY, repairsBeforeExchange });

const visit = (earlierRepairs: EarlierRepair[], more: Partial<AssessmentInput> = {}) =>
  phone({ faults: [{ component: 'host', fault: 'no_power' }], earlierRepairs, assessmentDate: '2025-12-01', ...more });

interface Case {
  name: string;
  input: AssessmentInput;
  status: ReturnExchangeStatus;
  options: ReturnExchangeOption[];
  /** The ticket numbers the assessment counts for the fault at the counter today. */
  counted: (string | null)[];
  reached: boolean;
}

const TWO = [repair('2025-06-01', 'R2025-000101'), repair('2025-09-01', 'R2025-000202')];

const cases: Case[] = [
  {
    name: 'limit reached: two repairs of the same fault in the term → exchange or return',
    input: visit(TWO),
    status: 'repeated_failure',
    options: ['exchange', 'return', 'repair'],
    counted: ['R2025-000101', 'R2025-000202'],
    reached: true,
  },
  {
    name: 'limit not reached: one earlier repair → repair only',
    input: visit([repair('2025-06-01', 'R2025-000101')]),
    status: 'windows_passed',
    options: ['repair'],
    counted: ['R2025-000101'],
    reached: false,
  },
  {
    name: 'different faults of the same component are not counted together',
    input: visit([repair('2025-06-01', 'R2025-000101', { fault: 'display' }), repair('2025-09-01', 'R2025-000202')]),
    status: 'windows_passed',
    options: ['repair'],
    counted: ['R2025-000202'],
    reached: false,
  },
  {
    name: 'the same fault kind of another component is not counted',
    input: visit([repair('2025-06-01', 'R2025-000101', { component: 'screen' }), repair('2025-09-01', 'R2025-000202')]),
    status: 'windows_passed',
    options: ['repair'],
    counted: ['R2025-000202'],
    reached: false,
  },
  {
    name: 'a repair without a fault code matches nothing',
    input: visit([repair('2025-06-01', 'R2025-000101', { fault: null }), repair('2025-09-01', 'R2025-000202')]),
    status: 'windows_passed',
    options: ['repair'],
    counted: ['R2025-000202'],
    reached: false,
  },
  {
    name: 'a repair that found an exclusion is not counted',
    input: visit([repair('2025-06-01', 'R2025-000101', { excluded: true }), repair('2025-09-01', 'R2025-000202')]),
    status: 'windows_passed',
    options: ['repair'],
    counted: ['R2025-000202'],
    reached: false,
  },
  {
    name: 'a paid repair after the term is not counted; the redo under its repair warranty is',
    input: visit([repair('2026-04-01', 'R2026-000301'), repair('2026-05-01', 'R2026-000302')], {
      assessmentDate: '2026-06-15',
    }),
    status: 'windows_passed',
    options: ['repair'],
    counted: ['R2026-000302'],
    reached: false,
  },
  {
    name: 'repairs under the repair warranty count: in term, then under its repair warranty → reached',
    input: visit([repair('2026-02-15', 'R2026-000201'), repair('2026-04-15', 'R2026-000202')], {
      assessmentDate: '2026-05-01',
    }),
    status: 'repeated_failure',
    options: ['exchange', 'return', 'repair'],
    counted: ['R2026-000201', 'R2026-000202'],
    reached: true,
  },
  {
    name: 'the fault today is out of every term: nothing counts, no exchange',
    input: visit(TWO, { assessmentDate: '2026-03-02' }),
    status: 'windows_passed',
    options: ['repair'],
    counted: [],
    reached: false,
  },
  {
    name: 'the fault today has an exclusion found: no exchange or return',
    input: visit(TWO, { findings: [{ code: 'water_damage', component: 'host' }] }),
    status: 'excluded',
    options: ['repair'],
    counted: [],
    reached: false,
  },
  {
    name: 'limit 0 turns the rule off, however many repairs',
    input: visit([...TWO, repair('2025-10-01', 'R2025-000303')], { policy: withLimit(0) }),
    status: 'windows_passed',
    options: ['repair'],
    counted: ['R2025-000101', 'R2025-000202', 'R2025-000303'],
    reached: false,
  },
  {
    name: 'limit 1: one earlier repair is enough',
    input: visit([repair('2025-06-01', 'R2025-000101')], { policy: withLimit(1) }),
    status: 'repeated_failure',
    options: ['exchange', 'return', 'repair'],
    counted: ['R2025-000101'],
    reached: true,
  },
  {
    name: 'limit 3: two repairs are not enough',
    input: visit(TWO, { policy: withLimit(3) }),
    status: 'windows_passed',
    options: ['repair'],
    counted: ['R2025-000101', 'R2025-000202'],
    reached: false,
  },
  {
    name: 'no exchange left under the exchange limit: return only',
    input: visit(TWO, {
      policy: {
        ...CONSUMER_ELECTRONICS_POLICY,
        returnExchange: { ...CONSUMER_ELECTRONICS_POLICY.returnExchange, exchangeLimit: 1 },
      },
      exchangesUsed: 1,
    }),
    status: 'repeated_failure',
    options: ['return', 'repair'],
    counted: ['R2025-000101', 'R2025-000202'],
    reached: true,
  },
  {
    name: 'inside the 15-day exchange window the repeated failure adds the return',
    input: visit([repair('2025-03-03', 'R2025-000001'), repair('2025-03-06', 'R2025-000002')], {
      assessmentDate: '2025-03-12',
    }),
    status: 'repeated_failure',
    options: ['exchange', 'return', 'repair'],
    counted: ['R2025-000001', 'R2025-000002'],
    reached: true,
  },
  {
    name: 'inside the 7-day return window everything is open anyway',
    input: visit([repair('2025-03-02', 'R2025-000001'), repair('2025-03-04', 'R2025-000002')], {
      assessmentDate: '2025-03-06',
    }),
    status: 'return_window',
    options: ['return', 'exchange', 'repair'],
    counted: ['R2025-000001', 'R2025-000002'],
    reached: true,
  },
  {
    name: 'a policy with no windows (installed laser) still gives the repeated-failure right',
    input: laser({
      earlierRepairs: [repair('2025-04-01', 'R2025-000011'), repair('2025-05-01', 'R2025-000012')],
    }),
    status: 'repeated_failure',
    options: ['exchange', 'return', 'repair'],
    counted: ['R2025-000011', 'R2025-000012'],
    reached: true,
  },
  {
    name: 'no proof of purchase: counted, but no return or exchange',
    input: visit(TWO, { proof: [], dates: { productionDate: '2025-02-01', saleDate: '2025-03-01' } }),
    status: 'no_proof',
    options: ['repair'],
    counted: ['R2025-000101', 'R2025-000202'],
    reached: true,
  },
];

describe('repeated failures (DOMAIN rule 7)', () => {
  it.each(cases)('$name', (c) => {
    const a = assessWarranty(c.input);
    expect(a.returnExchange.status).toBe(c.status);
    expect(a.returnExchange.options).toEqual(c.options);
    expect(a.components[0]!.repeatRepairs.map((r) => r.ticketNo)).toEqual(c.counted);
    expect(a.returnExchange.repeatedFailure !== null).toBe(c.reached);
  });

  it('cites the earlier repairs by ticket number and date, in the customer’s words', () => {
    const a = assessWarranty(
      phone({
        dates: { saleDate: '2026-01-10' },
        faults: [{ component: 'host', fault: 'no_power' }],
        earlierRepairs: [repair('2026-05-10', 'R2026-000456'), repair('2026-03-02', 'R2026-000123')],
        assessmentDate: '2026-08-01',
      }),
    );
    expect(a.returnExchange.repeatedFailure).toMatchObject({
      component: 'host',
      fault: 'no_power',
      limit: 2,
      repairs: [
        { ticketNo: 'R2026-000123', date: '2026-03-02' },
        { ticketNo: 'R2026-000456', date: '2026-05-10' },
      ],
    });
    expect(explainAssessment(a, 'zh-Hans')).toEqual([
      '主机：保修至 2027-01-10（自销售日 2026-01-10 起 12 个月）',
      '主机：该故障已在保修期内维修 2 次（R2026-000123 2026-03-02，R2026-000456 2026-05-10），您可选择换货或退货',
      '换货为同型号、同规格的产品',
      '退货退还全部货款',
    ]);
    expect(explainAssessment(a, 'zh-Hant').slice(1, 3)).toEqual([
      '主機：該故障已在保修期內維修 2 次（R2026-000123 2026-03-02，R2026-000456 2026-05-10），您可選擇換貨或退貨',
      '換貨為同型號、同規格的產品',
    ]);
    expect(explainAssessment(a, 'en').slice(1)).toEqual([
      'Host: this fault has been repaired 2 times under warranty (R2026-000123 of 2026-03-02, R2026-000456 of 2026-05-10); you may choose an exchange or a return.',
      'An exchange is for the same model and specification.',
      'A return refunds the full price paid.',
    ]);
  });

  it('below the limit, says what has been counted and what it takes', () => {
    const a = assessWarranty(visit([repair('2025-06-01', 'R2025-000101')]));
    expect(explainAssessment(a, 'zh-Hans')[1]).toBe(
      '主机：该故障已在保修期内维修 1 次（R2025-000101 2025-06-01）；维修满 2 次后再出现同一故障，可选择换货或退货',
    );
    expect(explainAssessment(a, 'en')[1]).toBe(
      'Host: this fault has been repaired once under warranty (R2025-000101 of 2025-06-01); if it comes back after 2 repairs, you may choose an exchange or a return.',
    );
  });

  it('with no exchange left, offers the return only', () => {
    const a = assessWarranty(cases.find((c) => c.name.startsWith('no exchange left'))!.input);
    expect(explainAssessment(a, 'zh-Hans')[1]).toBe(
      '主机：该故障已在保修期内维修 2 次（R2025-000101 2025-06-01，R2025-000202 2025-09-01），换货次数已用完，您可选择退货',
    );
  });
});
