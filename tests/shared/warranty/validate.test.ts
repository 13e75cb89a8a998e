import { describe, it, expect } from 'vitest';
import {
  MEDICAL_LASER_POLICY,
  parsePolicy,
  validateAssessmentInput,
  warrantyPolicySchema,
  WARRANTY_VALIDATION_KEYS,
  warrantyMessages,
  type AssessmentInput,
  type WarrantyPolicy,
} from '../../../shared/warranty';
import { LANGUAGES } from '../../../shared/i18n/languages';
import { laser } from './fixtures';

const issuesOf = (input: unknown) => validateAssessmentInput(input).map((i) => `${i.path.join('.')} ${i.message}`);
const policyIssues = (policy: unknown) => {
  const r = parsePolicy(policy);
  return r.ok ? [] : r.issues.map((i) => `${i.path.join('.')} ${i.message}`);
};

describe('assessment input validation', () => {
  it('accepts a sound input', () => {
    expect(issuesOf(laser())).toEqual([]);
  });

  it.each<[string, Partial<AssessmentInput>, string]>([
    ['an impossible date like 2025-02-30', { assessmentDate: '2025-02-30' }, 'assessmentDate validation.warranty.invalidDate'],
    ['a year typed as 0025', { dates: { saleDate: '0025-03-01' } }, 'dates.saleDate validation.warranty.invalidDate'],
    [
      'a sale after the day of the assessment',
      { dates: { saleDate: '2025-06-02' } },
      'dates.saleDate validation.warranty.afterAssessment',
    ],
    [
      'a repair after the day of the assessment',
      { earlierRepairs: [{ date: '2025-07-01', component: 'host' }] },
      'earlierRepairs.0.date validation.warranty.afterAssessment',
    ],
    [
      'delivery before production',
      { dates: { productionDate: '2025-03-01', deliveryDate: '2025-02-28' } },
      'dates.deliveryDate validation.warranty.deliveryBeforeProduction',
    ],
    [
      'acceptance before production',
      { dates: { productionDate: '2025-03-01', acceptanceDate: '2025-01-01' } },
      'dates.acceptanceDate validation.warranty.acceptanceBeforeProduction',
    ],
    [
      'acceptance before delivery',
      { dates: { deliveryDate: '2025-03-01', acceptanceDate: '2025-02-01' } },
      'dates.acceptanceDate validation.warranty.acceptanceBeforeDelivery',
    ],
    [
      'a repair before production',
      { earlierRepairs: [{ date: '2024-11-01', component: 'host' }] },
      'earlierRepairs.0.date validation.warranty.repairBeforeProduction',
    ],
    [
      'a card expiry before the start date',
      { cardExpiries: [{ component: 'host', expiry: '2025-02-01' }] },
      'cardExpiries.0.expiry validation.warranty.expiryBeforeStart',
    ],
    ['no component at fault', { faults: [] }, 'faults validation.tooFewItems?min=1'],
    ['a negative number of exchanges', { exchangesUsed: -1 }, 'exchangesUsed validation.numberTooSmall?min=0'],
  ])('refuses %s', (_name, overrides, expected) => {
    expect(issuesOf(laser(overrides))).toContain(expected);
  });

  it('allows a sale before production (pre-order) and treats empty dates as not recorded', () => {
    expect(
      issuesOf(
        laser({
          dates: { productionDate: '2025-02-01', saleDate: '2025-01-10', deliveryDate: '', acceptanceDate: '2025-03-01' },
        }),
      ),
    ).toEqual([]);
  });

  it('refuses an exclusion code that does not exist', () => {
    expect(issuesOf({ ...laser(), findings: [{ code: 'bad_luck' }] })).toContain('findings.0.code validation.invalidChoice');
  });

  it('refuses unknown fields instead of ignoring them', () => {
    expect(issuesOf({ ...laser(), today: '2025-06-01' })).toContain(' validation.unknownField');
  });
});

describe('policy validation', () => {
  const edit = (change: Partial<WarrantyPolicy>): WarrantyPolicy => ({ ...MEDICAL_LASER_POLICY, ...change });
  const host = MEDICAL_LASER_POLICY.components[1]!;

  it('accepts the laser policy', () => {
    expect(policyIssues(MEDICAL_LASER_POLICY)).toEqual([]);
  });

  it.each<[string, WarrantyPolicy | Record<string, unknown>, string]>([
    [
      'a term over 120 months',
      edit({ components: [{ ...host, termMonths: 121 }] }),
      'components.0.termMonths validation.numberTooBig?max=120',
    ],
    [
      'a negative term',
      edit({ components: [{ ...host, termMonths: -1 }] }),
      'components.0.termMonths validation.numberTooSmall?min=0',
    ],
    [
      'a term in fractions of a month',
      edit({ components: [{ ...host, termMonths: 1.5 }] }),
      'components.0.termMonths validation.invalidType',
    ],
    [
      'a return window over 365 days',
      edit({ returnExchange: { ...MEDICAL_LASER_POLICY.returnExchange, returnDays: 366 } }),
      'returnExchange.returnDays validation.numberTooBig?max=365',
    ],
    [
      'negative exchange days',
      edit({ returnExchange: { ...MEDICAL_LASER_POLICY.returnExchange, exchangeDays: -1 } }),
      'returnExchange.exchangeDays validation.numberTooSmall?min=0',
    ],
    [
      'a component listed twice',
      edit({ components: [host, { ...host, termMonths: 6 }] }),
      'components.1.code validation.warranty.duplicateCode',
    ],
    [
      'a component both covered and never covered',
      edit({ neverCovered: [{ code: 'host', labels: host.labels }] }),
      'neverCovered.0.code validation.warranty.coveredAndNeverCovered',
    ],
    [
      'an exclusion listed twice',
      edit({ exclusions: ['misuse', 'misuse'] }),
      'exclusions.1 validation.warranty.duplicateExclusion',
    ],
    [
      'a code with spaces and capitals',
      edit({ components: [{ ...host, code: 'Foot Switch' }] }),
      'components.0.code validation.warranty.code',
    ],
    [
      'a label missing in one language',
      edit({ components: [{ ...host, labels: { ...host.labels, 'zh-Hant': '' } }] }),
      'components.0.labels.zh-Hant validation.required',
    ],
  ])('refuses %s', (_name, policy, expected) => {
    expect(policyIssues(policy)).toContain(expected);
  });

  it('rejects through the schema too, for the IPC boundary', () => {
    expect(warrantyPolicySchema.safeParse(edit({ repairWarrantyMonths: 200 })).success).toBe(false);
  });
});

describe('validation messages', () => {
  it('has a text for every warranty validation key in every language', () => {
    for (const lang of LANGUAGES) {
      for (const key of WARRANTY_VALIDATION_KEYS)
        expect(warrantyMessages[lang].validation[key].trim(), `${lang}.${key}`).not.toBe('');
    }
  });
});
