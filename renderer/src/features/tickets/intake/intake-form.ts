import type { PaymentMethod } from '@shared/receipts/methods';
import type { Accessory, Condition, FaultCategory } from '@shared/tickets/intake';
import type { SlaChannel, SlaUrgency } from '@shared/tickets/sla';
import type { TicketCreateInput } from '@shared/schemas/ticket';
import type { WarrantyLookupItem } from '@shared/schemas/warranty';
import type { ExclusionCode } from '@shared/warranty';
import { parseMoney, type Currency } from '@shared/money';
import type { FaultEntry } from '../../warranty/assess';

/** Everything on the intake screen, as typed; turned into the API input on save. */
export interface IntakeState {
  customer: { id: number; name: string } | null;
  /** The product with its warranty context, from warranty.lookup. */
  device: WarrantyLookupItem | null;
  channel: SlaChannel;
  urgency: SlaUrgency;
  reportedFault: string;
  faults: FaultEntry[];
  accessories: Accessory[];
  accessoriesNote: string;
  condition: Condition[];
  conditionNote: string;
  passcode: string;
  /** As typed, e.g. "100" or "99.50". */
  deposit: string;
  /** How the deposit is paid: it gets a receipt when the ticket is saved. */
  depositMethod: PaymentMethod;
  depositReference: string;
  /** '' : the promise the SLA policy gives (computed on screen and again when saved). */
  promisedDate: string;
  notes: string;
  /** Staff saw the device's open ticket and take it in again anyway (another fault). */
  allowOpenTicket: boolean;
}

let nextKey = 1;
export const newFault = (): FaultEntry => ({ key: nextKey++, component: null, fault: '', findings: [] });

export function initialIntake(): IntakeState {
  return {
    customer: null,
    device: null,
    channel: 'walk_in',
    urgency: 'normal',
    reportedFault: '',
    faults: [newFault()],
    accessories: [],
    accessoriesNote: '',
    condition: [],
    conditionNote: '',
    passcode: '',
    deposit: '',
    depositMethod: 'cash',
    depositReference: '',
    promisedDate: '',
    notes: '',
    allowOpenTicket: false,
  };
}

export type IntakeProblem = { field: string; message: string };

/**
 * The API input, or the first problems the screen can see itself (the main process checks
 * everything again). Faults without a component are left out: they are not assessed.
 */
export function toCreateInput(
  state: IntakeState,
  staffId: number | null,
  currency: Currency,
): { ok: true; input: TicketCreateInput } | { ok: false; problems: IntakeProblem[] } {
  const problems: IntakeProblem[] = [];
  if (staffId === null) problems.push({ field: 'staffId', message: 'validation.ticket.unknownStaff' });
  if (!state.customer) problems.push({ field: 'customerId', message: 'validation.unknownCustomer' });
  if (!state.device) problems.push({ field: 'productId', message: 'validation.ticket.unknownProduct' });
  if (state.device && state.device.openTickets.length > 0 && !state.allowOpenTicket)
    problems.push({ field: 'allowOpenTicket', message: 'tickets.intake.openTicketUnconfirmed' });
  if (!state.reportedFault.trim()) problems.push({ field: 'reportedFault', message: 'validation.required' });
  let deposit = 0;
  if (state.deposit.trim()) {
    const parsed = parseMoney(state.deposit, currency);
    if (parsed.ok) deposit = parsed.value;
    else problems.push({ field: 'deposit', message: parsed.error });
  }
  if (problems.length > 0 || !state.customer || !state.device || staffId === null) return { ok: false, problems };
  return {
    ok: true,
    input: {
      staffId,
      customerId: state.customer.id,
      productId: state.device.product.id,
      channel: state.channel,
      urgency: state.urgency,
      reportedFault: state.reportedFault,
      faults: state.faults
        .filter((f): f is FaultEntry & { component: string } => f.component !== null)
        .map((f) => ({
          component: f.component,
          fault: (f.fault || null) as FaultCategory | null,
          findings: f.findings as ExclusionCode[],
        })),
      accessories: state.accessories,
      accessoriesNote: state.accessoriesNote,
      condition: state.condition,
      conditionNote: state.conditionNote,
      passcode: state.passcode,
      deposit,
      depositMethod: state.depositMethod,
      depositReference: state.depositReference,
      promisedDate: state.promisedDate,
      notes: state.notes,
      allowOpenTicket: state.allowOpenTicket,
    },
  };
}
