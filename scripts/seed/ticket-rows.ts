import { DEFAULT_SERIES } from '../../shared/numbering/pattern';
import { numberFormatter } from './numbering';
import { foldSerial, reverseText } from '../../shared/text/serial';
import type { EarlierRepair } from '../../shared/warranty';
import { CATALOG } from './catalog';
import type { SeedProduct } from './products-step';
import { Random } from './random';
import { ownerAt } from './cards';
import { shopDay, ticketStory, type TicketStory } from './ticket-story';
import { emptyRows, width, type TicketRows } from './ticket-tables';

const NO_REPAIRS: readonly EarlierRepair[] = [];

// Columns every generated ticket has alike, as stored (JSON).
const ACCESSORIES = JSON.stringify(['charger']);
const NO_CONDITION = JSON.stringify([]);
const SCRATCHES = JSON.stringify(['scratches']);

/** A product with the moment it was sold, worked out once rather than per ticket. */
type SoldProduct = SeedProduct & { saleAt: number };

/*
 * Tickets as rows: the whole sequence of tickets (when each comes in, for which product, its
 * story) turned into the flat parameter lists ticket-tables.ts inserts, with the ticket and quote
 * ids written out. It is one sequential generator: the same code runs in the calling thread (tests,
 * small files) or in a worker (ticket-worker.ts) while the main thread only writes, and both give
 * the same rows, since nothing here depends on where it runs.
 */

/** A product as the worker receives it: structured clone of the catalog per product would be huge. */
export type CompactProduct = Omit<SeedProduct, 'spec'> & { category: string };

export interface TicketPlan {
  seed: number;
  count: number;
  range: { start: number; end: number };
  products: readonly CompactProduct[];
  clerks: readonly number[];
  technicians: readonly number[];
  names: readonly (readonly [number, string])[];
  /** policy code → policy_snapshots.hash */
  hashes: readonly (readonly [string, string])[];
  /** Ids the next ticket and quote get (the tables are filled in id order). */
  firstTicketId: number;
  /** The last ticket number already used per year (adding to a file), [year, seq]. */
  usedSeq: readonly (readonly [number, number])[];
  firstQuoteId: number;
}

export interface TicketChunk {
  /** Quote ids in `rows` count from 0 within the chunk: placeQuotes gives them their real ids. */
  rows: TicketRows;
  /** Quotes in `rows`. */
  quotes: number;
  /** Tickets generated so far. */
  done: number;
  /** The ticket series after the last ticket so far: its period (year) and next number. */
  series: { period: string; next: number };
}

const FAULT_TEXT: Record<string, string> = {
  no_power: '开不了机',
  display: '屏幕显示不正常',
  battery_charging: '充不进电，掉电快',
  not_cooling_heating: '不制冷',
  timekeeping: '走时不准',
  weak_output: '输出功率不足',
};

// Field by field, not `{ ...rest }`: for 876k products spreading costs seconds (dictionary-mode
// objects), the literal a few hundred ms.
export function compactProduct(p: SeedProduct): CompactProduct {
  return {
    id: p.id,
    customerId: p.customerId,
    saleDate: p.saleDate,
    productionDate: p.productionDate,
    proof: p.proof,
    card: p.card,
    category: p.spec.code,
  };
}

/**
 * Tickets are generated in PARTS independent parts, one per worker: part k tells the stories of
 * the products with id % PARTS = k, with its own random stream. A ticket's story depends only on
 * its own product's earlier repairs, so the parts never need each other. When each ticket comes
 * in and for which product (the schedule) comes from one stream all parts draw alike, so every
 * part knows every ticket's id and number. Fixed, not the number of cores: the same seed gives
 * the same file with or without workers, on any machine.
 */
export const PARTS = 2;

/** Gives a chunk's quotes (and their lines) their ids, from `first` on; returns the next free id. */
export function placeQuotes(rows: TicketRows, first: number): number {
  const q = width('quotes');
  const l = width('lines');
  for (let i = 0; i < rows.quotes.length; i += q) (rows.quotes[i] as number) += first;
  for (let i = 0; i < rows.lines.length; i += l) (rows.lines[i] as number) += first;
  return first + rows.quotes.length / q;
}

export class TicketGenerator {
  private readonly rng: Random;
  private readonly schedule: Random;
  private readonly sold: SoldProduct[];
  private readonly history = new Map<number, EarlierRepair[]>();
  private readonly seq: Map<number, number>;
  private readonly names: Map<number, string>;
  private readonly hashes: Map<string, string>;
  private readonly formatNumber = numberFormatter(DEFAULT_SERIES.ticket.pattern);
  private available = 0;
  private lastYear = 0;
  private next = 0;
  private quoteId = 0;

  constructor(
    private readonly plan: TicketPlan,
    private readonly part = 0,
    private readonly parts = PARTS,
  ) {
    this.schedule = new Random(plan.seed, 'tickets');
    this.rng = new Random(plan.seed, `tickets:${part}/${parts}`);
    const specs = new Map(CATALOG.map((c) => [c.code, c]));
    // Products in the order they were sold: a ticket picks among those sold before it came in.
    // saleAt is 04:00 UTC of the sale day (noon at the shop), the earliest a ticket for it comes
    // in; one instant per day, so sorting by it is sorting by sale day (numbers: ~8× faster than
    // comparing the date strings, at 876k products 0.6 s instead of 4.8 s).
    this.sold = plan.products
      .map((p): SoldProduct => ({
        id: p.id,
        customerId: p.customerId,
        saleDate: p.saleDate,
        productionDate: p.productionDate,
        proof: p.proof,
        card: p.card,
        spec: specs.get(p.category)!,
        saleAt: Date.parse(`${p.saleDate}T04:00:00Z`),
      }))
      .sort((a, b) => a.saleAt - b.saleAt || a.id - b.id);
    this.names = new Map(plan.names);
    this.hashes = new Map(plan.hashes);
    this.seq = new Map(plan.usedSeq);
  }

  /** The next `size` tickets' rows, or null when all are done. */
  chunk(size: number): TicketChunk | null {
    const { plan, rng, schedule, sold, part, parts } = this;
    if (this.next >= plan.count || sold.length === 0) return null;
    const rows = emptyRows();
    this.quoteId = 0;
    const span = plan.range.end - plan.range.start;
    const end = Math.min(plan.count, this.next + size);
    for (let i = this.next; i < end; i++) {
      const spread = plan.range.start + Math.floor(((i + schedule.float()) / plan.count) * span);
      const day = shopDay(spread);
      while (this.available < sold.length && sold[this.available]!.saleDate <= day) this.available++;
      const product = sold[schedule.int(0, Math.max(this.available - 1, 0))]!;
      // Only the very first tickets can meet no product sold yet: they come in on its sale day.
      const intakeAt = Math.max(spread, product.saleAt);
      const intakeOn = shopDay(intakeAt);
      const year = Number(intakeOn.slice(0, 4));
      const n = (this.seq.get(year) ?? 0) + 1;
      this.seq.set(year, n);
      this.lastYear = year;
      if (product.id % parts !== part) continue;
      const history = this.history.get(product.id);
      const story = ticketStory({
        rng,
        product,
        intakeAt,
        now: plan.range.end,
        history: history ?? NO_REPAIRS,
        clerks: plan.clerks,
        technicians: plan.technicians,
        names: this.names,
      });
      const ticketNo = this.formatNumber({ year, month: Number(intakeOn.slice(5, 7)), seq: n });
      this.rowsOf(rows, plan.firstTicketId + i, ticketNo, product, story);
      if (story.warranty) {
        const repair: EarlierRepair = {
          date: story.warranty.repairDate,
          component: story.component,
          fault: story.fault,
          partsReplaced: story.part ? [story.part.component] : [],
        };
        if (history) history.push(repair);
        else this.history.set(product.id, [repair]);
      }
    }
    this.next = end;
    return {
      rows,
      quotes: this.quoteId,
      done: end,
      series: { period: String(this.lastYear), next: (this.seq.get(this.lastYear) ?? 0) + 1 },
    };
  }

  /** The same columns the handlers write (db/queries/tickets.ts and friends). */
  private rowsOf(rows: TicketRows, id: number, ticketNo: string, p: SeedProduct, t: TicketStory): void {
    const clerk = t.events[0]!.staff;
    const fold = foldSerial(ticketNo);
    const faults = [{ component: t.component, fault: t.fault, findings: t.findings }];
    const intakeAt = t.events[0]!.at;
    rows.tickets.push(
      id,
      ticketNo,
      fold,
      reverseText(fold),
      ownerAt(p, intakeAt),
      p.id,
      t.channel,
      t.urgency,
      t.status,
      t.statusAt,
      FAULT_TEXT[t.fault] ?? '有故障，需检测',
      JSON.stringify(faults),
      ACCESSORIES,
      t.status === 'collected' ? NO_CONDITION : SCRATCHES,
      t.closedAt === null ? '1234' : null,
      t.inWarranty ? 1 : 0,
      t.promised.date,
      t.promised.at,
      intakeAt,
      t.intakeOn,
      clerk,
      t.technician,
      t.diagnosis,
      t.workDone,
      t.closedAt,
      t.statusAt,
    );
    const { policy, ...input } = t.input;
    rows.assessments.push(
      id,
      intakeAt,
      clerk,
      this.hashes.get(policy.code)!,
      JSON.stringify(input),
      JSON.stringify(t.output),
      JSON.stringify(t.sentences),
      t.inWarranty ? 1 : 0,
    );
    for (const e of t.events)
      rows.events.push(id, e.at, e.staff, e.kind, e.from, e.to, e.note, e.data ? JSON.stringify(e.data) : null);
    for (const q of t.quotes) {
      const quoteId = this.quoteId++;
      rows.quotes.push(
        quoteId,
        id,
        q.version,
        q.status,
        JSON.stringify(q.input.discount),
        JSON.stringify(q.input.tax),
        q.totals.subtotal,
        q.totals.freeValue,
        q.totals.discount,
        q.totals.tax,
        q.totals.total,
        q.issuedAt,
        q.issuedBy,
        q.decidedAt,
        q.decidedBy,
        q.method,
        q.note,
      );
      q.input.lines.forEach((l, i) => rows.lines.push(quoteId, i, l.kind, l.description, l.quantity, l.unitPrice));
    }
    if (t.part) rows.parts.push(id, t.part.description, t.part.component, t.part.oldPart);
    if (t.pickup) {
      rows.pickups.push(id, t.pickup.at, t.pickup.staff, '本人', t.pickup.idChecked ? 1 : 0);
      if (t.pickup.rating) rows.ratings.push(id, t.pickup.at, ...t.pickup.rating, '');
    }
    if (t.warranty) {
      rows.warranties.push(
        id,
        p.id,
        t.warranty.repairDate,
        t.component,
        t.fault,
        JSON.stringify(t.part ? [t.part.component] : []),
        t.warranty.faultUntil,
        t.warranty.partsUntil,
        t.pickup?.at ?? t.statusAt,
      );
    }
  }
}
