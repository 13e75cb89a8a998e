import { z } from './zod';
import { idField, optionalText, requiredText } from './common';
import { optionalDateField } from './product';
import { printOptionsSchema } from './print';
import { codeField } from '../warranty/policy';
import { EXCLUSION_CODES } from '../warranty/exclusions';
import { SLA_CHANNELS, SLA_URGENCIES } from '../tickets/sla';
import { TICKET_STATUSES } from '../tickets/status';
import { TICKET_FLAGS } from '../tickets/flags';
import { ACCESSORIES, CONDITIONS, FAULT_CATEGORIES, OLD_PART_OUTCOMES, PICKUP_RESOLUTIONS } from '../tickets/intake';
import { ticketKey } from '../tickets/intake-messages';
import { amountField, quantityField } from '../money/schema';
import { MAX_QUOTE_AMOUNT } from '../quotes/validate';
import { PAYMENT_METHODS } from '../receipts/methods';

/*
 * What the UI sends for repair tickets. Every command carries `staffId`: the staff member
 * chosen in the header, who is stamped on the change (the handler checks they are active).
 */

/** A list of codes from a vocabulary, each at most once, in the order ticked. */
const codeList = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .array(z.enum(values))
    .max(values.length * 2)
    .default([])
    .transform((list) => [...new Set(list)]);

/** One fault for the warranty engine: the component at fault, its kind, what inspection found. */
export const ticketFaultSchema = z.object({
  component: codeField,
  /** The fault category, also the engine's fault code: the same one later is a repeat fault. */
  fault: z.enum(FAULT_CATEGORIES).nullable().default(null),
  findings: codeList(EXCLUSION_CODES),
});
export type TicketFault = z.output<typeof ticketFaultSchema>;
export type TicketFaultInput = z.input<typeof ticketFaultSchema>;

const staffId = idField;

export const ticketCreateSchema = z.object({
  staffId,
  customerId: idField,
  productId: idField,
  channel: z.enum(SLA_CHANNELS).default('walk_in'),
  urgency: z.enum(SLA_URGENCIES).default('normal'),
  reportedFault: requiredText(1000),
  faults: z.array(ticketFaultSchema).max(10).default([]),
  accessories: codeList(ACCESSORIES),
  accessoriesNote: optionalText(300),
  condition: codeList(CONDITIONS),
  conditionNote: optionalText(300),
  /** Kept only until the device leaves the shop; never printed. */
  passcode: optionalText(60),
  deposit: amountField(MAX_QUOTE_AMOUNT).default(0),
  /** How the deposit was paid: it is issued a receipt with the ticket. */
  depositMethod: z.enum(PAYMENT_METHODS).default('cash'),
  depositReference: optionalText(60),
  /** '' : computed from the SLA policy. A date before the intake day is refused. */
  promisedDate: optionalDateField,
  notes: optionalText(1000),
  /** Staff saw that the device already has an open ticket and want a second one (another fault). */
  allowOpenTicket: z.boolean().default(false),
});
export type TicketCreateInput = z.input<typeof ticketCreateSchema>;
export type TicketCreate = z.output<typeof ticketCreateSchema>;

export const ticketGetSchema = z.object({ id: idField });

/**
 * Status changes made with the generic action. Quoted, approved and declined come from the quote
 * actions and collected from the pickup, each of which records more than a status.
 */
export const PLAIN_TRANSITIONS = [
  'diagnosing',
  'in_repair',
  'waiting_parts',
  'ready',
  'cancelled',
  'returned_unrepaired',
] as const;
export type PlainTransition = (typeof PLAIN_TRANSITIONS)[number];

export const ticketTransitionSchema = z.object({
  id: idField,
  staffId,
  to: z.enum(PLAIN_TRANSITIONS),
  note: optionalText(500),
  /** Hand back with a balance still due: the owner's reason ('' : no override). */
  balanceOverride: optionalText(300),
});
export type TicketTransitionInput = z.input<typeof ticketTransitionSchema>;

export const partLineSchema = z.object({
  description: requiredText(120),
  quantity: quantityField,
  /** The policy component this part replaces (its replaced-part warranty), if any. */
  component: codeField.nullable().default(null),
  oldPart: z.enum(OLD_PART_OUTCOMES).default('returned'),
});
export type PartLine = z.output<typeof partLineSchema>;
export type PartLineInput = z.input<typeof partLineSchema>;

/** The technician's side: who works on it, what was found, what was done, what was used. */
export const ticketWorkSchema = z.object({
  id: idField,
  staffId,
  technicianId: idField.nullable(),
  diagnosis: optionalText(2000),
  workDone: optionalText(2000),
  parts: z.array(partLineSchema).max(50).default([]),
});
export type TicketWorkInput = z.input<typeof ticketWorkSchema>;

/** A new assessment after diagnosis (findings at inspection); the intake one is kept. */
export const ticketReassessSchema = z.object({
  id: idField,
  staffId,
  faults: z.array(ticketFaultSchema).min(1).max(10),
});
export type TicketReassessInput = z.input<typeof ticketReassessSchema>;

const rating = z.number().int().min(1).max(5);

export const satisfactionSchema = z.object({
  attitude: rating,
  professionalism: rating,
  speed: rating,
  comment: optionalText(500),
});
export type SatisfactionInput = z.input<typeof satisfactionSchema>;

export const ticketPickupSchema = z.object({
  id: idField,
  staffId,
  collectedBy: requiredText(60),
  idChecked: z.boolean().default(false),
  /** e.g. the last digits of the ID card shown. */
  idNote: optionalText(60),
  /** The customer checked the device and accepts the repair (seed 001 step 2.5). */
  accepted: z.boolean().refine((v) => v, { error: ticketKey('acceptanceRequired') }),
  resolution: z.enum(PICKUP_RESOLUTIONS).default('repaired'),
  /** null: the customer skipped the rating. */
  satisfaction: satisfactionSchema.nullable().default(null),
  note: optionalText(500),
  /** Hand back with a balance still due: the owner's reason ('' : no override). */
  balanceOverride: optionalText(300),
});
export type TicketPickupInput = z.input<typeof ticketPickupSchema>;

export const TICKET_SORTS = ['newest', 'oldest', 'promised'] as const;
export type TicketSort = (typeof TICKET_SORTS)[number];

export const ticketListSchema = z.object({
  /** Opaque cursor from the previous page; absent for the first page. */
  cursor: z.string().max(200).nullish(),
  limit: z.number().int().min(1).max(500).default(100),
  /** A status, or 'open' for every status not closed. */
  status: z.enum([...TICKET_STATUSES, 'open']).nullish(),
  technicianId: idField.nullish(),
  customerId: idField.nullish(),
  productId: idField.nullish(),
  flag: z.enum(TICKET_FLAGS).nullish(),
  /** Intake day range in the shop calendar, inclusive; '' : open-ended. */
  intakeFrom: optionalDateField,
  intakeTo: optionalDateField,
  sort: z.enum(TICKET_SORTS).default('newest'),
});
export type TicketListInput = z.input<typeof ticketListSchema>;
export type TicketListQuery = z.output<typeof ticketListSchema>;

export const TICKET_FORMS = ['intake', 'quote', 'pickup'] as const;
export type TicketForm = (typeof TICKET_FORMS)[number];

export const ticketPrintSchema = printOptionsSchema.extend({
  id: idField,
  form: z.enum(TICKET_FORMS),
  /** For the quote: which version (default the latest). */
  quoteId: idField.nullish(),
});
export type TicketPrintInput = z.input<typeof ticketPrintSchema>;
