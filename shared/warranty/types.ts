import type { Language } from '../i18n/languages';
import type { ExclusionCode } from './exclusions';

/** A calendar date in the shop's own calendar, 'YYYY-MM-DD'. No time, no time zone. */
export type IsoDate = string;

/** A name in each language the app speaks. */
export type LocalizedText = Record<Language, string>;

/** A component the policy covers, with its own term (0 months: covered on the start day only). */
export interface PolicyComponent {
  code: string;
  labels: LocalizedText;
  termMonths: number;
}

/** A part the policy names as never free (cables, consumables, documents, special-price items). */
export interface NeverCoveredItem {
  code: string;
  labels: LocalizedText;
}

/**
 * What happens when there is no proof of purchase: seed 001 counts the term from the production
 * date; a shop may instead refuse free service without proof.
 */
export type NoProofRule = 'production_date' | 'not_covered';

/** 三包-style windows. Day counts run from the start date (see return-exchange.ts). */
export interface ReturnExchangeRules {
  /** A performance fault within this many days: return, exchange or repair. 0: no return window. */
  returnDays: number;
  /** Within this many days: exchange or repair. 0: no exchange window beyond the return window. */
  exchangeDays: number;
  /** How many exchanges a product may have in all; null: no limit. */
  exchangeLimit: number | null;
  /** Exchange only for an item of the same or a higher price (the customer pays the difference). */
  exchangeSameOrHigherPrice: boolean;
}

export interface WarrantyPolicy {
  code: string;
  labels: LocalizedText;
  components: readonly PolicyComponent[];
  neverCovered: readonly NeverCoveredItem[];
  noProof: NoProofRule;
  /** Repair warranty for the repaired fault, from the repair date (seed 001: 3 months). */
  repairWarrantyMonths: number;
  /** Warranty of a replaced part, from its replacement date (seed 001: 1 year). */
  replacedPartMonths: number;
  /** The exclusions this policy applies; a finding not listed here does not void anything. */
  exclusions: readonly ExclusionCode[];
  returnExchange: ReturnExchangeRules;
  /**
   * Repeated failures (DOMAIN rule 7, seed 001 三包): once the same fault of a covered part has
   * been repaired this many times within its term, the customer may choose an exchange or a
   * return. 0 turns the rule off. Default 2.
   */
  repairsBeforeExchange: number;
  /**
   * A return under the repeated-failure rule after the return window may deduct this much of
   * the price per day of use, in basis points (1 = 0.01 %). null: no deduction (the default).
   */
  depreciationBasisPointsPerDay: number | null;
}

/** Documents that prove the purchase and its dates. */
export const PROOF_KINDS = ['invoice', 'receipt', 'contract', 'acceptance_form', 'warranty_card'] as const;
export type ProofKind = (typeof PROOF_KINDS)[number];

export interface ProductDates {
  productionDate?: IsoDate | null;
  saleDate?: IsoDate | null;
  deliveryDate?: IsoDate | null;
  /** Installation-acceptance date (装机验收) of installed equipment. */
  acceptanceDate?: IsoDate | null;
}

/** A component at fault on this visit, with the fault code used to recognise a repeat fault. */
export interface FaultInput {
  component: string;
  /** e.g. 'no_power'; without it no earlier repair can be recognised as the same fault. */
  fault?: string | null;
}

/** An exclusion found at inspection; without `component` it concerns the whole product. */
export interface Finding {
  code: ExclusionCode;
  component?: string | null;
}

/** An earlier repair of this product by this shop. */
export interface EarlierRepair {
  date: IsoDate;
  component: string;
  fault?: string | null;
  /** Component codes of the parts replaced in that repair. */
  partsReplaced?: readonly string[];
  /** The repair ticket's number, cited when the repair counts towards a repeated failure. */
  ticketNo?: string | null;
  /** That repair found an exclusion for this component: it does not count as a repeated failure. */
  excluded?: boolean;
}

/** An expiry date printed on the warranty card for one component: the promise the customer holds. */
export interface CardExpiry {
  component: string;
  expiry: IsoDate;
}

export interface AssessmentInput {
  policy: WarrantyPolicy;
  dates: ProductDates;
  proof: readonly ProofKind[];
  faults: readonly FaultInput[];
  findings?: readonly Finding[];
  earlierRepairs?: readonly EarlierRepair[];
  cardExpiries?: readonly CardExpiry[];
  /** Exchanges already made for this product (counts against exchangeLimit). */
  exchangesUsed?: number;
  /** What the customer paid for the product, in minor units (fen): the refund is worked out from it. */
  purchasePrice?: number | null;
  /** The day of the assessment; the engine never reads a clock. */
  assessmentDate: IsoDate;
}

/** Which recorded date the original term runs from. */
export type StartBasis = 'acceptance' | 'delivery' | 'sale' | 'production';

export interface StartDate {
  date: IsoDate;
  basis: StartBasis;
  /** false when the production-date fallback was used (no proof of purchase). */
  proven: boolean;
}

/**
 * The term that applied: original (policy months from the start date), card (expiry printed on
 * the warranty card), repair (repair warranty of the same fault), part (replaced-part warranty).
 */
export type CoverageKind = 'original' | 'card' | 'repair' | 'part';

interface TermBase {
  /** The date the term runs from: start date, repair date or replacement date. */
  from: IsoDate;
  /** Last covered day. */
  expiry: IsoDate;
}

/** The card states a date, not a length: `months` is null there. */
export type CoverageTerm = TermBase &
  (
    | { kind: 'original'; basis: StartBasis; months: number }
    | { kind: 'card'; basis: StartBasis; months: null }
    | { kind: 'repair'; basis: 'repair'; months: number }
    | { kind: 'part'; basis: 'replacement'; months: number }
  );

export const REASON_CODES = [
  'in_warranty',
  'repair_warranty_same_fault',
  'replaced_part_warranty',
  'expired',
  'excluded',
  'never_covered',
  'component_not_in_policy',
  'no_proof',
  'no_start_date',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export interface ComponentAssessment {
  component: string;
  fault: string | null;
  /** From the policy; null when the component is not in it. */
  labels: LocalizedText | null;
  covered: boolean;
  /** Most decisive first; explanations use the first. */
  reasons: ReasonCode[];
  /** The findings that voided free service for this fault. */
  exclusions: ExclusionCode[];
  /** The term that covers the fault, or, when none does, the one that ended last. */
  term: CoverageTerm | null;
  /** End of the original (or card) term, shown next to a longer repair warranty. */
  originalExpiry: IsoDate | null;
  /**
   * The earlier repairs of this same fault that count towards a repeated failure (in the term,
   * no exclusion found), oldest first; [] when the rule does not apply to this fault.
   */
  repeatRepairs: RepairCitation[];
}

/** An earlier repair as the assessment cites it. */
export interface RepairCitation {
  ticketNo: string | null;
  date: IsoDate;
}

/** The repeated-failure rule reached for one fault (DOMAIN rule 7). */
export interface RepeatedFailure {
  component: string;
  fault: string;
  labels: LocalizedText | null;
  /** The policy's repairsBeforeExchange. */
  limit: number;
  repairs: RepairCitation[];
}

/**
 * What a return gives back after the return window (a return under the repeated-failure rule):
 * the price less the depreciation per day of use. Money in minor units (fen).
 */
export interface RefundEstimate {
  daysOfUse: number;
  basisPointsPerDay: number | null;
  /** null: the price paid is not recorded, so only the rule can be stated. */
  price: number | null;
  deduction: number | null;
  amount: number | null;
}

export type ReturnExchangeOption = 'return' | 'exchange' | 'repair';

export type ReturnExchangeStatus =
  | 'return_window'
  | 'exchange_window'
  | 'exchange_limit_reached'
  | 'repeated_failure'
  | 'windows_passed'
  | 'no_windows'
  | 'excluded'
  | 'not_covered_part'
  | 'no_proof'
  | 'no_start_date';

export interface ReturnExchangeAssessment {
  status: ReturnExchangeStatus;
  options: ReturnExchangeOption[];
  /** Start date of the windows (same precedence as the warranty start, proven dates only). */
  from: IsoDate | null;
  basis: StartBasis | null;
  /** Days since `from`; the day of `from` itself is day 0. */
  daysSince: number | null;
  returnDays: number;
  exchangeDays: number;
  /** Last day a return is possible; null when the policy has no return window. */
  returnUntil: IsoDate | null;
  /** Last day an exchange is possible; null when neither window exists. */
  exchangeUntil: IsoDate | null;
  /** The policy's limit; null: no limit. */
  exchangeLimit: number | null;
  /** null: no limit. */
  exchangesLeft: number | null;
  exchangeSameOrHigherPrice: boolean;
  /** The policy's repairsBeforeExchange (0: the repeated-failure rule is off). */
  repeatLimit: number;
  /** The fault that reached the repeated-failure limit, with the repairs that count; else null. */
  repeatedFailure: RepeatedFailure | null;
  /** Set when a return is open after the return window (repeated failure); else null. */
  refund: RefundEstimate | null;
}

export interface WarrantyAssessment {
  policyCode: string;
  assessmentDate: IsoDate;
  start: StartDate | null;
  components: ComponentAssessment[];
  returnExchange: ReturnExchangeAssessment;
  /** Findings the policy does not treat as exclusions (e.g. not_sold_by_shop where not opted in). */
  ignoredFindings: ExclusionCode[];
}
