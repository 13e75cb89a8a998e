import type Database from 'better-sqlite3';
import type { AppDb } from '../client';
import { DAY_MS } from '../../shared/tickets/local-time';
import { DEFAULT_SLA_POLICY } from '../../shared/tickets/sla';
import { AWAITING_PICKUP_STATUSES, type TicketStatus } from '../../shared/tickets/status';
import { IN_PROGRESS_STATUSES, OPEN_STATUSES, ticketFlags } from '../../shared/tickets/flags';
import { APPROVAL_WAIT_DAYS } from '../../shared/tickets/intake';
import type { SlaChannel, SlaUrgency } from '../../shared/tickets/sla';
import type { TicketListQuery, TicketSort } from '../../shared/schemas/ticket';
import type { TicketCounts, TicketListItem, TicketPage } from '../../shared/schemas/ticket-types';
import { statements } from './statements';

/*
 * The queues. Keyset pagination (the cursor is the last row's sort key), so page 500 costs what
 * page 1 costs; every filter and sort has an index (db/schema/tickets.ts, "Queue indexes"), and the
 * partial indexes are used because the WHERE below repeats their expressions exactly.
 */

const sqlList = (statuses: readonly TicketStatus[]) => `(${statuses.map((s) => `'${s}'`).join(',')})`;
/** Must read exactly as the partial indexes' WHERE in db/schema/tickets.ts (a test compares them). */
export const IN_PROGRESS_SQL = `status IN ${sqlList(IN_PROGRESS_STATUSES)}`;
export const OPEN_SQL = `status IN ${sqlList(OPEN_STATUSES)}`;
const AWAITING_PICKUP_SQL = `status IN ${sqlList(AWAITING_PICKUP_STATUSES)}`;

const ITEM_COLUMNS = `t.id, t.ticket_no, t.status, t.status_at, t.customer_id, c.name AS customer_name, t.product_id,
  p.brand, p.model, p.serial, t.channel, t.urgency, t.reported_fault, json_extract(t.faults, '$[0].fault') AS fault_category,
  t.in_warranty, t.promised_date, t.promised_at, t.intake_at, t.technician_id, s.name AS technician_name`;
const ITEM_FROM = `tickets t JOIN customers c ON c.id = t.customer_id JOIN products p ON p.id = t.product_id
  LEFT JOIN staff s ON s.id = t.technician_id`;

export interface ItemRow {
  id: number;
  ticket_no: string;
  status: TicketStatus;
  status_at: number;
  customer_id: number;
  customer_name: string;
  product_id: number;
  brand: string;
  model: string;
  serial: string;
  channel: SlaChannel;
  urgency: SlaUrgency;
  reported_fault: string;
  fault_category: string | null;
  in_warranty: number;
  promised_date: string;
  promised_at: number;
  intake_at: number;
  technician_id: number | null;
  technician_name: string | null;
}

export function toListItem(row: ItemRow, now: number): TicketListItem {
  return {
    id: row.id,
    ticketNo: row.ticket_no,
    status: row.status,
    statusAt: row.status_at,
    customerId: row.customer_id,
    customerName: row.customer_name,
    productId: row.product_id,
    productName: [row.brand, row.model].filter(Boolean).join(' '),
    serial: row.serial,
    channel: row.channel,
    urgency: row.urgency,
    reportedFault: row.reported_fault,
    faultCategory: row.fault_category,
    inWarranty: row.in_warranty === 1,
    promisedDate: row.promised_date,
    promisedAt: row.promised_at,
    intakeAt: row.intake_at,
    technicianId: row.technician_id,
    technicianName: row.technician_name,
    flags: ticketFlags({ status: row.status, promisedAt: row.promised_at, statusAt: row.status_at }, now, DEFAULT_SLA_POLICY),
  };
}

/** When a status entered before this instant makes the flag. */
const approvalCutoff = (now: number) => now - APPROVAL_WAIT_DAYS * DAY_MS;
const uncollectedCutoff = (now: number) => now - DEFAULT_SLA_POLICY.uncollectedAfterDays * DAY_MS;

type Params = Record<string, string | number>;

/** The WHERE terms of a queue filter (without the cursor), and their parameters. */
function filterTerms(q: TicketListQuery, now: number): { terms: string[]; params: Params } {
  const terms: string[] = [];
  const params: Params = {};
  if (q.status === 'open') terms.push(OPEN_SQL);
  else if (q.status) {
    terms.push('t.status = :status');
    params.status = q.status;
  }
  if (q.flag === 'overdue') {
    terms.push(IN_PROGRESS_SQL, 't.promised_at < :now');
    params.now = now;
  } else if (q.flag === 'awaitingApproval') {
    terms.push(`t.status = 'quoted'`, 't.status_at < :approvalCutoff');
    params.approvalCutoff = approvalCutoff(now);
  } else if (q.flag === 'uncollected') {
    terms.push(AWAITING_PICKUP_SQL, 't.status_at < :uncollectedCutoff');
    params.uncollectedCutoff = uncollectedCutoff(now);
  }
  if (q.technicianId) {
    terms.push('t.technician_id = :technicianId');
    params.technicianId = q.technicianId;
  }
  if (q.customerId) {
    terms.push('t.customer_id = :customerId');
    params.customerId = q.customerId;
  }
  if (q.productId) {
    terms.push('t.product_id = :productId');
    params.productId = q.productId;
  }
  if (q.intakeFrom) {
    terms.push('t.intake_on >= :intakeFrom');
    params.intakeFrom = q.intakeFrom;
  }
  if (q.intakeTo) {
    terms.push('t.intake_on <= :intakeTo');
    params.intakeTo = q.intakeTo;
  }
  return { terms, params };
}

const ORDER: Record<TicketSort, string> = {
  newest: 't.id DESC',
  oldest: 't.id ASC',
  promised: 't.promised_at ASC, t.id ASC',
};
const AFTER: Record<TicketSort, string> = {
  newest: 't.id < :cursorId',
  oldest: 't.id > :cursorId',
  promised: '(t.promised_at, t.id) > (:cursorAt, :cursorId)',
};

interface Cursor {
  id: number;
  at: number;
}

function decodeCursor(raw: string | null | undefined): Cursor | null {
  if (!raw) return null;
  const [a, b] = raw.split(':');
  const id = Number(b ?? a);
  const at = b === undefined ? 0 : Number(a);
  return Number.isSafeInteger(id) && id > 0 && Number.isSafeInteger(at) ? { id, at } : null;
}

function encodeCursor(sort: TicketSort, row: ItemRow): string {
  return sort === 'promised' ? `${row.promised_at}:${row.id}` : String(row.id);
}

// One prepared statement per filter shape (a handful in practice), per connection.
const shapes = new WeakMap<Database.Database, Map<string, Database.Statement>>();
function prepared(db: Database.Database, text: string): Database.Statement {
  let byText = shapes.get(db);
  if (!byText) shapes.set(db, (byText = new Map()));
  let stmt = byText.get(text);
  if (!stmt) byText.set(text, (stmt = db.prepare(text)));
  return stmt;
}

const where = (terms: readonly string[]) => (terms.length > 0 ? `WHERE ${terms.join(' AND ')}` : '');

/** Counting stops here: "10 000+" says enough, and reading 85 000 index entries for it does not. */
export const COUNT_CAP = 10_000;

/**
 * The page query and the count query of a queue request (exported for the query-plan tests).
 * The page takes the ids from the filter's index first (a covering read, sorted and cut to the
 * page) and only then joins customers, products and staff for those rows: joining every matching
 * ticket before the sort would cost in proportion to the matches, not to the page.
 */
export function ticketListSql(q: TicketListQuery, now: number) {
  const { terms, params } = filterTerms(q, now);
  const cursor = decodeCursor(q.cursor);
  const pageTerms = cursor ? [...terms, AFTER[q.sort]] : terms;
  const pageParams: Params = { ...params, limit: q.limit };
  if (cursor) {
    pageParams.cursorId = cursor.id;
    if (q.sort === 'promised') pageParams.cursorAt = cursor.at;
  }
  const ids = `SELECT t.id FROM tickets t ${where(pageTerms)} ORDER BY ${ORDER[q.sort]} LIMIT :limit`;
  return {
    page: {
      text: `SELECT ${ITEM_COLUMNS} FROM ${ITEM_FROM} WHERE t.id IN (${ids}) ORDER BY ${ORDER[q.sort]}`,
      params: pageParams,
    },
    // Unfiltered, SQLite counts the table's pages (no cap needed); filtered, it stops at the cap.
    count: cursor
      ? null
      : terms.length === 0
        ? { text: 'SELECT count(*) FROM tickets t', params, cap: null }
        : {
            text: `SELECT count(*) FROM (SELECT 1 FROM tickets t ${where(terms)} LIMIT ${COUNT_CAP + 1})`,
            params,
            cap: COUNT_CAP,
          },
  };
}

/**
 * The same page the obvious way — join everything, sort, LIMIT/OFFSET — with the table's indexes
 * off unless `indexed`: the bench's reference for checking and timing ticketListSql.
 */
export function ticketListNaiveSql(q: TicketListQuery, now: number, offset: number, indexed: boolean) {
  const { terms, params } = filterTerms(q, now);
  const from = indexed ? ITEM_FROM : ITEM_FROM.replace('tickets t', 'tickets t NOT INDEXED');
  return {
    page: {
      text: `SELECT t.id FROM ${from} ${where(terms)} ORDER BY ${ORDER[q.sort]} LIMIT ${q.limit} OFFSET ${offset}`,
      params,
    },
    count: { text: `SELECT count(*) FROM tickets t${indexed ? '' : ' NOT INDEXED'} ${where(terms)}`, params },
  };
}

/** A page of the queue, and on the first page the number of tickets the filter matches. */
export function listTickets(db: AppDb, q: TicketListQuery, now: number): TicketPage {
  const { page, count } = ticketListSql(q, now);
  const rows = prepared(db.$client, page.text).all(page.params) as ItemRow[];
  const counted = count ? (prepared(db.$client, count.text).pluck().get(count.params) as number) : -1;
  const last = rows.at(-1);
  return {
    items: rows.map((r) => toListItem(r, now)),
    nextCursor: rows.length === q.limit && last ? encodeCursor(q.sort, last) : null,
    total: count?.cap ? Math.min(counted, count.cap) : counted,
    totalCapped: !!count?.cap && counted > count.cap,
  };
}

const sql = statements((db: Database.Database) => ({
  receivedToday: db.prepare('SELECT count(*) FROM tickets WHERE intake_on = ?').pluck(),
  ready: db.prepare(`SELECT count(*) FROM tickets WHERE status = 'ready'`).pluck(),
  overdue: db.prepare(`SELECT count(*) FROM tickets WHERE ${IN_PROGRESS_SQL} AND promised_at < ?`).pluck(),
  awaiting: db.prepare(`SELECT count(*) FROM tickets WHERE status = 'quoted' AND status_at < ?`).pluck(),
  uncollected: db.prepare(`SELECT count(*) FROM tickets WHERE ${AWAITING_PICKUP_SQL} AND status_at < ?`).pluck(),
  byIds: db.prepare(`SELECT ${ITEM_COLUMNS} FROM ${ITEM_FROM} WHERE t.id IN (SELECT value FROM json_each(?))`),
}));

/** The home screen's numbers; each is an index range, not a scan. */
export function ticketCounts(db: AppDb, today: string, now: number): TicketCounts {
  const s = sql(db.$client);
  return {
    receivedToday: s.receivedToday.get(today) as number,
    readyForPickup: s.ready.get() as number,
    overdue: s.overdue.get(now) as number,
    awaitingApproval: s.awaiting.get(approvalCutoff(now)) as number,
    uncollected: s.uncollected.get(uncollectedCutoff(now)) as number,
  };
}

/** List items for these ids, in the order given. */
export function ticketItems(db: AppDb, ids: readonly number[], now: number): TicketListItem[] {
  if (ids.length === 0) return [];
  const rows = sql(db.$client).byIds.all(JSON.stringify(ids)) as ItemRow[];
  const byId = new Map(rows.map((r) => [r.id, toListItem(r, now)]));
  return ids.map((id) => byId.get(id)).filter((x): x is TicketListItem => x !== undefined);
}
