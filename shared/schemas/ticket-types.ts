import type { TicketPayments } from './payment-types';
import type { Language } from '../i18n/languages';
import type { IsoDate, WarrantyAssessment } from '../warranty/types';
import type { SlaChannel, SlaUrgency } from '../tickets/sla';
import type { TicketStatus, TransitionFacts } from '../tickets/status';
import type { TicketFlag } from '../tickets/flags';
import type { Accessory, Condition, PickupResolution } from '../tickets/intake';
import type { PartLine, TicketFault } from './ticket';
import type { Quote } from './quote';

/** What the API returns for repair tickets. */

export interface TicketListItem {
  id: number;
  ticketNo: string;
  status: TicketStatus;
  statusAt: number;
  customerId: number;
  customerName: string;
  productId: number;
  /** Brand and model. */
  productName: string;
  serial: string;
  channel: SlaChannel;
  urgency: SlaUrgency;
  reportedFault: string;
  /** The fault category of the first fault, if any. */
  faultCategory: string | null;
  inWarranty: boolean;
  promisedDate: IsoDate;
  promisedAt: number;
  intakeAt: number;
  technicianId: number | null;
  technicianName: string | null;
  flags: TicketFlag[];
  /** How a search matched it: the whole number, or a part of it. */
  matchedBy?: 'ticketNo' | 'ticketNoPart';
}

export interface TicketPage {
  items: TicketListItem[];
  nextCursor: string | null;
  /** Tickets matching the filter (first page only; -1 on later pages), counted up to 10 000. */
  total: number;
  /** More than `total` match: shown as "10 000+". */
  totalCapped: boolean;
}

export interface TicketEvent {
  id: number;
  at: number;
  staffName: string | null;
  kind:
    | 'status'
    | 'quote_issued'
    | 'quote_approved'
    | 'quote_declined'
    | 'reassessed'
    | 'work'
    | 'technician'
    | 'payment'
    | 'refund'
    | 'void'
    | 'balance_override';
  from: TicketStatus | null;
  to: TicketStatus | null;
  note: string;
  /** quote_*: { version, total, currency, method }; technician: { name }; reassessed: { inWarranty }. */
  data: Record<string, string | number | boolean | null> | null;
}

/** A warranty assessment as the customer was told it. */
export interface TicketAssessment {
  id: number;
  kind: 'intake' | 'diagnosis';
  at: number;
  staffName: string | null;
  faults: TicketFault[];
  assessment: WarrantyAssessment;
  /** The sentences in `language` (the shop's printed-form language at the time). */
  sentences: string[];
  language: Language;
  inWarranty: boolean;
}

export interface TicketPickup {
  at: number;
  staffName: string;
  collectedBy: string;
  idChecked: boolean;
  idNote: string;
  resolution: PickupResolution;
  note: string;
  satisfaction: { attitude: number; professionalism: number; speed: number; comment: string } | null;
}

export interface RepairWarrantyEntry {
  id: number;
  repairDate: IsoDate;
  component: string;
  fault: string | null;
  partsReplaced: string[];
  faultUntil: IsoDate;
  partsUntil: IsoDate | null;
}

export interface Ticket extends TicketListItem {
  customerPhone: string;
  productCategory: string;
  faults: TicketFault[];
  accessories: Accessory[];
  accessoriesNote: string;
  condition: Condition[];
  conditionNote: string;
  /** Until the device leaves the shop; null after (or when none was given). Shown masked. */
  passcode: string | null;
  deposit: number;
  notes: string;
  intakeOn: IsoDate;
  intakeStaffName: string;
  diagnosis: string;
  workDone: string;
  parts: PartLine[];
  closedAt: number | null;
  assessments: TicketAssessment[];
  events: TicketEvent[];
  /** Newest version first. */
  quotes: Quote[];
  pickup: TicketPickup | null;
  repairWarranties: RepairWarrantyEntry[];
  /**
   * What the status rules need, read from the database as the main process reads it: the screen
   * offers exactly allowedTransitions(status, facts), and the main process checks canTransition
   * with the same facts. balanceDue is 0 until payments exist.
   */
  facts: Omit<TransitionFacts, 'note'>;
  /** Billed (approved quote), paid net of refunds, balance due, and the receipts. */
  payments: TicketPayments;
}

/** The home screen's counts. */
export interface TicketCounts {
  receivedToday: number;
  readyForPickup: number;
  overdue: number;
  awaitingApproval: number;
  uncollected: number;
}

/** A ticket of the same device not yet closed: shown at intake before a second one is made. */
export interface OpenTicketRef {
  id: number;
  ticketNo: string;
  status: TicketStatus;
}
