import {
  addMonths,
  assessCheckedWarranty,
  buildAssessmentInput,
  DEFAULT_POLICIES,
  explainAssessment,
  laterOf,
  repairWarrantyTerm,
  type AssessmentInput,
  type EarlierRepair,
  type ExclusionCode,
  type WarrantyAssessment,
  type WarrantyPolicy,
} from '../../shared/warranty';
import { calendarDate } from '../../shared/time/calendar';
import { DEFAULT_SLA_POLICY, promisedRepair, type SlaChannel, type SlaUrgency } from '../../shared/tickets/sla';
import type { DecisionMethod, FaultCategory, OldPartOutcome } from '../../shared/tickets/intake';
import { computeQuoteTotals, type QuoteInput, type QuoteTotals } from '../../shared/quotes';
import type { TicketStatus } from '../../shared/tickets/status';
import type { TicketEvent } from '../../shared/schemas/ticket-types';
import type { SeedProduct } from './products-step';
import { Weighted, type Random } from './random';
import { walk, type Step } from './ticket-path';
import { cardInForce, cardPolicy } from './cards';

/*
 * One ticket's life, generated with the app's own rules: the warranty engine assesses it (with
 * the product's earlier repairs), the SLA policy promises it, the path through the statuses is a
 * legal one (ticket-path.ts, checked against canTransition in the tests), quotes total with
 * computeQuoteTotals, and a collected repair leaves the repair warranty the pickup would issue.
 */

export const TIME_ZONE = 'Asia/Shanghai';
const HOUR = 3_600_000;

// The shop day of an instant, per hour (the zone changes its offset on the hour, if ever): the
// Intl formatting behind calendarDate costs more than the rest of a ticket's day arithmetic.
const days = new Map<number, string>();
export function shopDay(ms: number): string {
  const hour = Math.floor(ms / HOUR);
  let day = days.get(hour);
  if (day === undefined) {
    day = calendarDate(hour * HOUR, TIME_ZONE);
    days.set(hour, day);
  }
  return day;
}

// Promises counted in days depend on the intake day only; hours are counted from the instant.
const promises = new Map<string, { date: string; at: number }>();
function promise(intakeAt: number, channel: SlaChannel, urgency: SlaUrgency): { date: string; at: number } {
  const duration = DEFAULT_SLA_POLICY.repair[channel][urgency];
  if (duration.unit === 'hours') {
    // dueAfter's own arithmetic for hours (shared/tickets/sla.ts), with the cached shop day.
    const at = intakeAt + duration.value * HOUR;
    return { date: shopDay(at), at };
  }
  const key = `${channel}|${urgency}|${shopDay(intakeAt)}`;
  let due = promises.get(key);
  if (!due) {
    const d = promisedRepair(intakeAt, channel, urgency, DEFAULT_SLA_POLICY, { timeZone: TIME_ZONE });
    due = { date: d.date, at: d.at };
    promises.set(key, due);
  }
  return due;
}
const policies = new Map<string, WarrantyPolicy>(DEFAULT_POLICIES.map((p) => [p.code, p]));

export interface StoryEvent {
  at: number;
  staff: number;
  kind: TicketEvent['kind'];
  from: TicketStatus | null;
  to: TicketStatus | null;
  note: string;
  data: Record<string, string | number | boolean | null> | null;
}

export interface StoryQuote {
  version: number;
  status: 'issued' | 'approved' | 'declined' | 'superseded';
  input: QuoteInput;
  totals: QuoteTotals;
  issuedAt: number;
  issuedBy: number;
  decidedAt: number | null;
  decidedBy: number | null;
  method: DecisionMethod | null;
  note: string;
}

export interface TicketStory {
  channel: SlaChannel;
  urgency: SlaUrgency;
  component: string;
  fault: FaultCategory;
  findings: ExclusionCode[];
  input: AssessmentInput;
  output: WarrantyAssessment;
  sentences: string[];
  inWarranty: boolean;
  intakeOn: string;
  promised: { date: string; at: number };
  status: TicketStatus;
  statusAt: number;
  closedAt: number | null;
  technician: number | null;
  diagnosis: string;
  workDone: string;
  part: { description: string; component: string; oldPart: OldPartOutcome } | null;
  events: StoryEvent[];
  quotes: StoryQuote[];
  pickup: { at: number; staff: number; idChecked: boolean; rating: [number, number, number] | null } | null;
  warranty: { repairDate: string; faultUntil: string; partsUntil: string | null } | null;
}

const channels = new Weighted<SlaChannel>(['walk_in', 'mail_in', 'on_site'], [80, 12, 8]);
const urgencies = new Weighted<SlaUrgency>(['normal', 'urgent', 'low'], [75, 10, 15]);
const FINDINGS: ExclusionCode[] = ['water_damage', 'drop_impact', 'unauthorised_disassembly'];

// Built once per category, not per ticket.
const faultTables = new Map<SeedProduct['spec'], Weighted<SeedProduct['spec']['faults'][number]>>();
function faultsOf(spec: SeedProduct['spec']) {
  let table = faultTables.get(spec);
  if (!table) {
    table = new Weighted(
      spec.faults,
      spec.faults.map((f) => f.weight),
    );
    faultTables.set(spec, table);
  }
  return table;
}

// A quote's totals depend on its lines' prices and its discount only, and the same few come back:
// computeQuoteTotals once per distinct quote (the totals are only read, never changed).
const totals = new Map<string, QuoteTotals>();
function quoteTotals(quote: QuoteInput): QuoteTotals {
  // Every field computeQuoteTotals reads (the lines below are the only ones quoteInput makes).
  const [labour, part] = quote.lines;
  const d = quote.discount;
  const key =
    quote.lines.length === 2 &&
    labour!.kind === 'labour' &&
    part!.kind === 'part' &&
    !labour!.free &&
    !part!.free &&
    labour!.quantity === 1000 &&
    part!.quantity === 1000 &&
    quote.tax.mode === 'none' &&
    d.kind !== 'percent'
      ? `${labour!.description}|${labour!.unitPrice}|${part!.description}|${part!.unitPrice}|${d.kind === 'amount' ? d.amount : ''}`
      : JSON.stringify(quote);
  let t = totals.get(key);
  if (!t) {
    t = computeQuoteTotals(quote);
    totals.set(key, t);
  }
  return t;
}

export interface StoryInput {
  rng: Random;
  product: SeedProduct;
  intakeAt: number;
  /** The end of the data: later steps have not happened yet. */
  now: number;
  /** The product's repairs before this ticket (the engine's earlierRepairs). */
  history: readonly EarlierRepair[];
  clerks: readonly number[];
  technicians: readonly number[];
  names: ReadonlyMap<number, string>;
}

export function ticketStory(s: StoryInput): TicketStory {
  const { rng, product } = s;
  // The card in force, as warrantyItem finds it: its policy and expiries, else the category's policy.
  const card = cardInForce(product.spec.code, product, s.intakeAt);
  const policy = card ? cardPolicy(product.spec.code) : policies.get(product.spec.code)!;
  const faultSpec = faultsOf(product.spec).draw(rng);
  const fault = rng.pick(faultSpec.faults);
  const findings: ExclusionCode[] = rng.chance(0.05) ? [rng.pick(FINDINGS)] : [];
  const intakeOn = shopDay(s.intakeAt);
  const input = buildAssessmentInput(
    {
      policy,
      // As warrantyItem reads them from the product row (no delivery or acceptance recorded).
      dates: { productionDate: product.productionDate, saleDate: product.saleDate, deliveryDate: null, acceptanceDate: null },
      proof: product.proof ? ['invoice'] : [],
      cardExpiries: card ? card.expiries : [],
      earlierRepairs: s.history.length === 0 ? [] : s.history.filter((r) => r.date <= intakeOn),
      exchangesUsed: 0,
    },
    {
      faults: [{ component: faultSpec.component, fault }],
      findings: findings.map((code) => ({ code, component: faultSpec.component })),
    },
    intakeOn,
  );
  const output = assessCheckedWarranty(input);
  const inWarranty = output.components.every((c) => c.covered);
  const channel = channels.draw(rng);
  const urgency = urgencies.draw(rng);
  const due = promise(s.intakeAt, channel, urgency);
  const clerk = rng.pick(s.clerks);
  const technician = rng.pick(s.technicians);
  const steps: Step[] = walk(rng, { inWarranty, intakeAt: s.intakeAt, now: s.now });

  const events: StoryEvent[] = [];
  const quotes: StoryQuote[] = [];
  const event = (at: number, kind: StoryEvent['kind'], extra: Partial<StoryEvent> = {}) =>
    events.push({ at, staff: clerk, kind, from: null, to: null, note: '', data: null, ...extra });
  const quoteInput = (): QuoteInput => ({
    lines: [
      { kind: 'labour', description: '检测维修', quantity: 1000, unitPrice: product.spec.labour, free: false },
      { kind: 'part', description: faultSpec.part, quantity: 1000, unitPrice: faultSpec.price, free: false },
    ],
    discount: rng.chance(0.1) ? { kind: 'amount', amount: rng.int(1, 5) * 1000 } : { kind: 'none' },
    tax: { mode: 'none' },
  });
  let part: TicketStory['part'] = null;
  let pickup: TicketStory['pickup'] = null;
  let warranty: TicketStory['warranty'] = null;
  let assigned = false;
  let status: TicketStatus = 'received';
  let statusAt = s.intakeAt;
  event(s.intakeAt, 'status', { to: 'received' });

  for (const step of steps) {
    if (step.kind === 'quote') {
      for (const q of quotes) if (q.status === 'issued') q.status = 'superseded';
      const quote = quoteInput();
      const version = quotes.length + 1;
      quotes.push({
        version,
        status: 'issued',
        input: quote,
        totals: quoteTotals(quote),
        issuedAt: step.at,
        issuedBy: clerk,
        decidedAt: null,
        decidedBy: null,
        method: null,
        note: '',
      });
      event(step.at, 'quote_issued', { data: { version, total: quotes.at(-1)!.totals.total, currency: 'CNY' } });
      if (status === 'quoted') continue;
    }
    const to = step.to;
    if (!to) continue;
    if (to === 'approved' || to === 'declined') {
      const q = quotes.at(-1)!;
      const method: DecisionMethod = rng.pick(['in_person', 'phone', 'message'] as const);
      Object.assign(q, {
        status: to,
        decidedAt: step.at,
        decidedBy: clerk,
        method,
        note: to === 'declined' ? '价格太高，不修了' : '',
      });
      event(step.at, to === 'approved' ? 'quote_approved' : 'quote_declined', {
        note: q.note,
        data: { version: q.version, method },
      });
    }
    if (to === 'diagnosing' && !assigned) {
      assigned = true;
      event(step.at, 'technician', { staff: clerk, data: { name: s.names.get(technician) ?? null } });
    }
    if (to === 'ready' && rng.chance(0.7)) {
      part = { description: faultSpec.part, component: faultSpec.component, oldPart: rng.chance(0.8) ? 'returned' : 'kept' };
      event(step.at, 'work', { staff: technician });
    }
    event(step.at, 'status', {
      from: status,
      to,
      note: step.note ?? '',
      staff: to === 'ready' || to === 'in_repair' ? technician : clerk,
    });
    status = to;
    statusAt = step.at;
    if (to === 'collected') {
      pickup = {
        at: step.at,
        staff: clerk,
        idChecked: rng.chance(0.3),
        rating: rng.chance(0.6) ? [rng.int(3, 5), rng.int(3, 5), rng.int(2, 5)] : null,
      };
      warranty = repairWarranty(policy, input.earlierRepairs ?? [], output, faultSpec.component, fault, part, shopDay(step.at));
    }
  }
  const closed = status === 'collected' || status === 'cancelled' || status === 'returned_unrepaired';
  return {
    channel,
    urgency,
    component: faultSpec.component,
    fault,
    findings,
    input,
    output,
    sentences: explainAssessment(output, 'zh-Hans'),
    inWarranty,
    intakeOn,
    promised: due,
    status,
    statusAt,
    closedAt: closed ? statusAt : null,
    technician: assigned ? technician : null,
    diagnosis: assigned ? `${faultSpec.part}故障` : '',
    workDone: status === 'ready' || status === 'collected' ? `更换${faultSpec.part}，测试正常` : '',
    part,
    events,
    quotes,
    pickup,
    warranty,
  };
}

/** What the pickup handler issues (electron/backend/use-cases/ticket-pickup.ts), by the same rules. */
function repairWarranty(
  policy: WarrantyPolicy,
  earlier: readonly EarlierRepair[],
  output: WarrantyAssessment,
  component: string,
  fault: string,
  part: TicketStory['part'],
  today: string,
): TicketStory['warranty'] {
  const now: EarlierRepair = { date: today, component, fault, partsReplaced: part ? [part.component] : [] };
  const originalExpiry = output.components[0]?.originalExpiry ?? null;
  const term = repairWarrantyTerm(policy, [...earlier, now], component, fault, originalExpiry);
  const repairUntil = term?.expiry ?? addMonths(today, policy.repairWarrantyMonths);
  return {
    repairDate: today,
    faultUntil: originalExpiry ? laterOf(repairUntil, originalExpiry) : repairUntil,
    partsUntil: part ? addMonths(today, policy.replacedPartMonths) : null,
  };
}
