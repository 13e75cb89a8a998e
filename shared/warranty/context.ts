import type {
  AssessmentInput,
  CardExpiry,
  EarlierRepair,
  FaultInput,
  Finding,
  IsoDate,
  ProductDates,
  ProofKind,
  WarrantyPolicy,
} from './types';

/**
 * Everything about one product the assessment needs besides today's visit, gathered once from
 * the database: the policy (the card's snapshot when a card is in force), the dates, the proof,
 * the card's expiries, and the product's history. Tickets fill `earlierRepairs` and
 * `exchangesUsed` from their own records; the counter's check panel assesses from it directly.
 */
export interface WarrantyContext {
  policy: WarrantyPolicy;
  dates: ProductDates;
  proof: ProofKind[];
  cardExpiries: CardExpiry[];
  earlierRepairs: EarlierRepair[];
  exchangesUsed: number;
}

/** What staff find on this visit: the faults and the exclusions seen at inspection. */
export interface VisitFindings {
  faults: FaultInput[];
  findings: Finding[];
}

/** The engine's input for a visit: the stored context plus the faults, findings and day. */
export function buildAssessmentInput(context: WarrantyContext, visit: VisitFindings, assessmentDate: IsoDate): AssessmentInput {
  return {
    policy: context.policy,
    dates: context.dates,
    proof: context.proof,
    faults: visit.faults,
    findings: visit.findings,
    earlierRepairs: context.earlierRepairs,
    cardExpiries: context.cardExpiries,
    exchangesUsed: context.exchangesUsed,
    assessmentDate,
  };
}
