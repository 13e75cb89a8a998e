import {
  CONSUMER_ELECTRONICS_POLICY,
  HOUSEHOLD_APPLIANCE_POLICY,
  JEWELLERY_WATCH_POLICY,
  MEDICAL_LASER_POLICY,
  type AssessmentInput,
  type WarrantyPolicy,
} from '../../../shared/warranty';

/** A laser device installed and accepted on 2025-03-01, with the acceptance form. */
export function laser(overrides: Partial<AssessmentInput> = {}): AssessmentInput {
  return {
    policy: MEDICAL_LASER_POLICY,
    dates: { productionDate: '2024-12-01', saleDate: '2025-01-10', deliveryDate: '2025-02-20', acceptanceDate: '2025-03-01' },
    proof: ['contract', 'acceptance_form'],
    faults: [{ component: 'host', fault: 'no_power' }],
    assessmentDate: '2025-06-01',
    ...overrides,
  };
}

/** A phone sold on 2025-03-01 with an invoice. */
export function phone(overrides: Partial<AssessmentInput> = {}): AssessmentInput {
  return {
    policy: CONSUMER_ELECTRONICS_POLICY,
    dates: { productionDate: '2025-01-05', saleDate: '2025-03-01' },
    proof: ['invoice'],
    faults: [{ component: 'host', fault: 'no_boot' }],
    assessmentDate: '2025-03-02',
    ...overrides,
  };
}

/** A refrigerator sold and delivered in May 2023. */
export function fridge(overrides: Partial<AssessmentInput> = {}): AssessmentInput {
  return {
    policy: HOUSEHOLD_APPLIANCE_POLICY,
    dates: { productionDate: '2023-03-01', saleDate: '2023-05-08', deliveryDate: '2023-05-10' },
    proof: ['invoice'],
    faults: [{ component: 'compressor', fault: 'not_cooling' }],
    assessmentDate: '2024-01-01',
    ...overrides,
  };
}

/** A watch sold on 2025-03-01 with the shop's receipt. */
export function watch(overrides: Partial<AssessmentInput> = {}): AssessmentInput {
  return {
    policy: JEWELLERY_WATCH_POLICY,
    dates: { saleDate: '2025-03-01' },
    proof: ['receipt'],
    faults: [{ component: 'watch_movement', fault: 'stops' }],
    assessmentDate: '2025-03-02',
    ...overrides,
  };
}

/** A one-component policy with the given term, for calendar edge cases. */
export function termPolicy(termMonths: number): WarrantyPolicy {
  return {
    ...CONSUMER_ELECTRONICS_POLICY,
    code: 'test_term',
    components: [{ code: 'host', termMonths, labels: { 'zh-Hans': '主机', 'zh-Hant': '主機', en: 'Host' } }],
  };
}
