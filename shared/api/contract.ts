import { query, command, type MethodSpec } from './define';
import type { z } from 'zod';
import { emptyInput } from '../schemas/common';
import {
  customerCreateSchema,
  customerGetSchema,
  customerListSchema,
  customerPhoneCheckSchema,
  customerUpdateSchema,
  type Customer,
  type CustomerPage,
  type PhoneOwner,
} from '../schemas/customer';
import { languageSettingSchema, logoSchema, shopProfileSchema, type Settings } from '../schemas/settings';
import { taxSettingInputSchema } from '../schemas/tax';
import { currentStaffSchema, staffCreateSchema, staffUpdateSchema, type StaffMember } from '../schemas/staff';
import {
  ticketCreateSchema,
  ticketGetSchema,
  ticketListSchema,
  ticketPickupSchema,
  ticketPrintSchema,
  ticketReassessSchema,
  ticketTransitionSchema,
  ticketWorkSchema,
} from '../schemas/ticket';
import type { Ticket, TicketCounts, TicketPage } from '../schemas/ticket-types';
import { quoteDecideSchema, quoteIssueSchema } from '../schemas/quote';
import { globalSearchSchema, type GlobalSearchResult } from '../schemas/search';
import {
  productCreateSchema,
  productGetSchema,
  productListSchema,
  productUpdateSchema,
  type Product,
  type ProductListItem,
} from '../schemas/product';
import {
  cardGetSchema,
  cardIssueSchema,
  cardListSchema,
  cardPrintSchema,
  cardTransferSchema,
  cardVoidSchema,
  policySaveSchema,
  warrantyLookupSchema,
  type PolicyRecord,
  type WarrantyCard,
  type WarrantyCardListItem,
  type WarrantyLookupResult,
} from '../schemas/warranty';
import type { PrintedDocument } from '../schemas/print';
import {
  dayCloseSchema,
  dayGetSchema,
  dayPrintSchema,
  paymentTakeSchema,
  receiptFormatSettingSchema,
  receiptGetSchema,
  receiptListSchema,
  receiptPrintSchema,
  receiptRefundSchema,
  receiptInvoiceSchema,
  receiptVoidSchema,
  verifyInput,
} from '../schemas/payment';
import type { DayReport, Receipt, ReceiptListItem, VerifyReport } from '../schemas/payment-types';
import { numberSeriesUpdateSchema, type NumberSeries } from '../numbering/pattern';
import {
  backupRefSchema,
  backupSecondFolderSchema,
  type BackupCopy,
  type BackupDetails,
  type BackupStatus,
  type RestoreResult,
} from '../schemas/backup';

export interface AppInfo {
  version: string;
  /** Where the database file lives; shown in Settings → About. */
  dataFile: string;
  dataFolder: string;
  /** 'electron' in the desktop app, 'preview' in the browser preview. */
  transport: 'electron' | 'preview';
}

/**
 * Every call the UI can make, declared once. The preload and the browser preview expose
 * exactly these; the main process registers exactly these (a missing handler fails to compile).
 */
export const contract = {
  'app.info': query<AppInfo>()(emptyInput),

  'settings.get': query<Settings>()(emptyInput),
  'settings.updateShop': command<Settings>()(shopProfileSchema),
  'settings.setLogo': command<Settings>()(logoSchema),
  'settings.setLanguage': command<Settings>()(languageSettingSchema),
  /** The staff member at the counter, remembered like the language; stamps every change. */
  'settings.setStaff': command<Settings>()(currentStaffSchema),
  'settings.setTax': command<Settings>()(taxSettingInputSchema),
  'settings.setReceiptFormat': command<Settings>()(receiptFormatSettingSchema),

  'staff.list': query<StaffMember[]>()(emptyInput),
  'staff.create': command<StaffMember>()(staffCreateSchema),
  'staff.update': command<StaffMember>()(staffUpdateSchema),

  'customers.list': query<CustomerPage>()(customerListSchema),
  'customers.get': query<Customer>()(customerGetSchema),
  'customers.create': command<Customer>()(customerCreateSchema),
  'customers.update': command<Customer>()(customerUpdateSchema),
  'customers.phoneOwners': query<PhoneOwner[]>()(customerPhoneCheckSchema),

  'products.list': query<ProductListItem[]>()(productListSchema),
  'products.get': query<Product>()(productGetSchema),
  'products.create': command<Product>()(productCreateSchema),
  'products.update': command<Product>()(productUpdateSchema),

  'policies.list': query<PolicyRecord[]>()(emptyInput),
  'policies.create': command<PolicyRecord>()(policySaveSchema),
  'policies.update': command<PolicyRecord>()(policySaveSchema),

  'numbering.list': query<NumberSeries[]>()(emptyInput),
  'numbering.update': command<NumberSeries>()(numberSeriesUpdateSchema),

  'warrantyCards.list': query<WarrantyCardListItem[]>()(cardListSchema),
  'warrantyCards.get': query<WarrantyCard>()(cardGetSchema),
  'warrantyCards.issue': command<WarrantyCard>()(cardIssueSchema),
  'warrantyCards.void': command<WarrantyCard>()(cardVoidSchema),
  'warrantyCards.transfer': command<WarrantyCard>()(cardTransferSchema),
  /** The card as a PDF, for the preview / print / save dialog. */
  'warrantyCards.print': query<PrintedDocument>()(cardPrintSchema),

  /** Products (with their card and policy) for a scanned serial, card number or phone. */
  'warranty.lookup': query<WarrantyLookupResult>()(warrantyLookupSchema),

  /** Intake: assesses the warranty, numbers the ticket, starts its timeline. */
  'tickets.create': command<Ticket>()(ticketCreateSchema),
  'tickets.get': query<Ticket>()(ticketGetSchema),
  /** The queues: filters, sorts, keyset pages. */
  'tickets.list': query<TicketPage>()(ticketListSchema),
  'tickets.counts': query<TicketCounts>()(emptyInput),
  /** A status change checked by the state machine in the main process. */
  'tickets.transition': command<Ticket>()(ticketTransitionSchema),
  /** Technician, diagnosis, work done, parts used. */
  'tickets.updateWork': command<Ticket>()(ticketWorkSchema),
  /** A new warranty assessment with the findings of the diagnosis (the intake one is kept). */
  'tickets.reassess': command<Ticket>()(ticketReassessSchema),
  'tickets.pickup': command<Ticket>()(ticketPickupSchema),
  /** The intake ticket, the quote or the pickup report, as a PDF. */
  'tickets.print': query<PrintedDocument>()(ticketPrintSchema),

  'quotes.issue': command<Ticket>()(quoteIssueSchema),
  'quotes.decide': command<Ticket>()(quoteDecideSchema),

  /** Takes a payment (one or more methods) and issues its receipt, numbered in the same transaction. */
  'payments.take': command<Receipt>()(paymentTakeSchema),
  'receipts.get': query<Receipt>()(receiptGetSchema),
  /** Today's (or a day's) receipts and credit notes, a ticket's, a customer's, or by number. */
  'receipts.list': query<ReceiptListItem[]>()(receiptListSchema),
  /** Owner only, once, with a reason: the receipt keeps its number and prints VOID. */
  'receipts.void': command<Receipt>()(receiptVoidSchema),
  /** A refund: a credit note with its own number, linked to the receipt. */
  'receipts.refund': command<Receipt>()(receiptRefundSchema),
  /** Records an official invoice (发票) issued elsewhere for the receipt: kind and number. */
  'receipts.recordInvoice': command<Receipt>()(receiptInvoiceSchema),
  /** The receipt (or one of its credit notes) as a PDF: A4, A5, 80 mm or 58 mm. */
  'receipts.print': query<PrintedDocument>()(receiptPrintSchema),
  /** Settings → Verify records: recomputes the hash chain over every issued document. */
  'records.verify': query<VerifyReport>()(verifyInput),

  'dayClose.get': query<DayReport>()(dayGetSchema),
  'dayClose.close': command<DayReport>()(dayCloseSchema),
  'dayClose.print': query<PrintedDocument>()(dayPrintSchema),

  'search.global': query<GlobalSearchResult>()(globalSearchSchema),

  /** Where the backups are and how fresh the newest good one is (the home screen warns when stale). */
  'backups.status': query<BackupStatus>()(emptyInput),
  /**
   * OWNER ONLY (to be gated with the permissions of issue 15). Takes a checked backup now. Writes
   * no row (the copy is a file, made while the app keeps working), so it is not a command.
   */
  'backups.create': query<BackupCopy>()(emptyInput),
  /** OWNER ONLY (issue 15). The second folder every backup is copied to; null stops it. */
  'backups.setSecondFolder': command<BackupStatus>()(backupSecondFolderSchema),
  /** OWNER ONLY (issue 15). The backups a restore can use, newest first, from both folders. */
  'backups.list': query<BackupCopy[]>()(emptyInput),
  /** OWNER ONLY (issue 15). What a backup holds: counts, last receipt number, chain head. */
  'backups.inspect': query<BackupDetails>()(backupRefSchema),
  /**
   * OWNER ONLY (issue 15). Checks the backup, backs up the current file, sets it aside, puts the
   * backup in its place and reopens; the UI then reloads. Not a command: it replaces the file.
   */
  'backups.restore': query<RestoreResult>()(backupRefSchema),
} satisfies Record<string, MethodSpec>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** The methods that write (declared with command()). */
export type CommandName = { [K in MethodName]: Contract[K]['write'] extends true ? K : never }[MethodName];
export type MethodInput<K extends MethodName> = z.input<Contract[K]['input']>;
export type MethodParsedInput<K extends MethodName> = z.output<Contract[K]['input']>;
export type MethodOutput<K extends MethodName> = NonNullable<Contract[K]['output']>;
