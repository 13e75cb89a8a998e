import type { MethodName } from '../../shared/api/contract';
import type { DayReport, ReceiptListItem } from '../../shared/schemas/payment-types';
import type { ProductListItem } from '../../shared/schemas/product';
import type { TicketPage } from '../../shared/schemas/ticket-types';
import type { WarrantyCardListItem } from '../../shared/schemas/warranty';
import { Random } from '../seed/random';
import { cycle, opResult, type BenchEnv, type OpResult } from './env';
import { measureAsync, verify } from './measure';

/*
 * The screens staff open all day besides the lists and search: a customer's page, a ticket's, a
 * product's, the products and warranty-card lists with a filter, the payments page on a busy day
 * with its day report. Each is timed as every request the screen sends when it opens (the
 * renderer's queries, in `renderer/src/features/…`), answered one after another by the handlers —
 * as the main process answers them — through the dispatcher, with validation. The subjects are
 * drawn from the data (the customer with the most tickets, the busiest day of receipts…), and
 * each answer is checked against SQL before it is timed.
 */

type Request = readonly [MethodName, unknown];

interface Screen {
  operation: string;
  /** Which rows of the data the screens are opened for. */
  pool: (env: BenchEnv) => unknown[];
  requests: (subject: never) => Request[];
  /** Problems with the answers (the requests' values, in order), given the subject. */
  check: (env: BenchEnv, subject: never, values: unknown[]) => string[];
  path: string;
}

const POOL = 50;

/** Every n-th id of a table, spread over it. */
const spread = (env: BenchEnv, table: string, where = '1'): number[] => {
  const count = env.sqlite.prepare(`SELECT count(*) FROM ${table} WHERE ${where}`).pluck().get() as number;
  const step = Math.max(1, Math.floor(count / POOL));
  return env.sqlite
    .prepare(
      `SELECT id FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM ${table} WHERE ${where}) WHERE n % ? = 0 LIMIT ?`,
    )
    .pluck()
    .all(step, POOL) as number[];
};

const count = (env: BenchEnv, sql: string, ...params: unknown[]): number =>
  env.sqlite
    .prepare(sql)
    .pluck()
    .get(...params) as number;

/** The 10 customers with the most tickets, and customers spread over the table. */
const busiestAndSpread = (env: BenchEnv): number[] => [
  ...(env.sqlite
    .prepare('SELECT customer_id FROM tickets GROUP BY customer_id ORDER BY count(*) DESC LIMIT 10')
    .pluck()
    .all() as number[]),
  ...spread(env, 'customers'),
];

const SCREENS: Screen[] = [
  {
    operation: 'screen: customer page (customer, products, cards, policies)',
    pool: (env) => busiestAndSpread(env),
    requests: (id: number) => [
      ['customers.get', { id }],
      ['products.list', { customerId: id }],
      ['warrantyCards.list', { customerId: id }],
      ['policies.list', {}],
    ],
    check: (env, id: number, [, products, cards]) => {
      const p = products as ProductListItem[];
      const c = cards as WarrantyCardListItem[];
      const expected = count(env, 'SELECT min(count(*), 100) FROM products WHERE customer_id = ?', id);
      return [
        ...(p.length === expected ? [] : [`products ${p.length} ≠ ${expected}`]),
        ...(p.every((x) => x.customerId === id) ? [] : ['a product of another customer']),
        ...(c.every((x) => x.customerId === id) ? [] : ['a card of another customer']),
      ];
    },
    path: 'CustomerDetailPage: customers.get, products.list, warrantyCards.list, policies.list',
  },
  {
    operation: 'screen: ticket page (ticket, timeline, quotes, assessment, receipts)',
    pool: (env) => spread(env, 'tickets', "status = 'collected'"),
    requests: (id: number) => [
      ['tickets.get', { id }],
      ['receipts.list', { ticketId: id }],
    ],
    check: (env, id: number, [, receipts]) => {
      const r = receipts as ReceiptListItem[];
      const expected = count(env, 'SELECT count(*) FROM receipts WHERE ticket_id = ?', id);
      const got = r.filter((x) => x.kind === 'receipt').length;
      return got === expected ? [] : [`receipts ${got} ≠ ${expected}`];
    },
    path: 'TicketPage: tickets.get, receipts.list (TicketPaymentsCard)',
  },
  {
    operation: "screen: a customer's ticket history",
    pool: (env) => busiestAndSpread(env),
    requests: (id: number) => [['tickets.list', { customerId: id }]],
    check: (env, id: number, [page]) => {
      const p = page as TicketPage;
      const expected = count(env, 'SELECT min(count(*), 100) FROM tickets WHERE customer_id = ?', id);
      return p.items.length === expected ? [] : [`tickets ${p.items.length} ≠ ${expected}`];
    },
    path: 'tickets.list { customerId }',
  },
  {
    operation: 'screen: product page (product, cards, policies)',
    pool: (env) => spread(env, 'products'),
    requests: (id: number) => [
      ['products.get', { id }],
      ['warrantyCards.list', { productId: id }],
      ['policies.list', {}],
    ],
    check: (env, id: number, [, cards]) => {
      const c = cards as WarrantyCardListItem[];
      const expected = count(env, 'SELECT count(*) FROM warranty_cards WHERE product_id = ?', id);
      return c.length === expected ? [] : [`cards ${c.length} ≠ ${expected}`];
    },
    path: 'ProductDetailPage: products.get, warrantyCards.list, policies.list',
  },
  {
    operation: 'screen: products, filtered by a serial fragment (6 chars)',
    pool: (env) => {
      const rng = new Random(env.seed, 'bench-screens:serial');
      return (
        env.sqlite
          .prepare('SELECT serial FROM products WHERE id IN (SELECT value FROM json_each(?))')
          .pluck()
          .all(JSON.stringify(spread(env, 'products'))) as string[]
      ).map((s) => {
        const at = rng.int(0, Math.max(0, s.length - 6));
        return s.slice(at, at + 6);
      });
    },
    requests: (q: string) => [
      ['products.list', { q }],
      ['policies.list', {}],
    ],
    check: (_env, q: string, [products]) => {
      const p = products as ProductListItem[];
      return p.some((x) => x.serial.toUpperCase().includes(q.toUpperCase())) ? [] : [`no product with ${q} in its serial`];
    },
    path: 'ProductsPage: products.list { q }, policies.list',
  },
  {
    operation: 'screen: warranty cards, filtered by a card number end (6 digits)',
    pool: (env) =>
      (
        env.sqlite
          .prepare('SELECT card_no FROM warranty_cards WHERE id IN (SELECT value FROM json_each(?))')
          .pluck()
          .all(JSON.stringify(spread(env, 'warranty_cards'))) as string[]
      ).map((n) => n.slice(-6)),
    requests: (q: string) => [['warrantyCards.list', { q }]],
    check: (_env, q: string, [cards]) => {
      const c = cards as WarrantyCardListItem[];
      return c.some((x) => x.cardNo.endsWith(q)) ? [] : [`no card ending ${q}`];
    },
    path: 'CardsPage: warrantyCards.list { q }',
  },
  {
    operation: 'screen: payments page on a busy day (receipts, day report)',
    pool: (env) =>
      env.sqlite
        .prepare('SELECT issued_on FROM receipts GROUP BY issued_on ORDER BY count(*) DESC LIMIT ?')
        .pluck()
        .all(POOL) as string[],
    requests: (day: string) => [
      ['receipts.list', { day }],
      ['dayClose.get', { day }],
    ],
    check: (env, day: string, [list, report]) => {
      const r = list as ReceiptListItem[];
      const d = report as DayReport;
      const all = count(env, 'SELECT count(*) FROM receipts WHERE issued_on = ?', day);
      const voided = count(env, 'SELECT count(*) FROM receipts WHERE issued_on = ? AND void_at IS NOT NULL', day);
      const listed = r.filter((x) => x.kind === 'receipt').length;
      return [
        ...(d.receiptsCount === all - voided && d.voidCount === voided
          ? []
          : [`day report: ${d.receiptsCount} receipts and ${d.voidCount} voided ≠ ${all - voided} and ${voided}`]),
        // The list shows 200 rows at most, credit notes among them.
        ...(listed === all || r.length === 200 ? [] : [`listed ${listed} receipts ≠ ${all}`]),
      ];
    },
    path: 'PaymentsPage: receipts.list { day }, dayClose.get',
  },
];

export async function benchScreens(env: BenchEnv): Promise<OpResult[]> {
  const out: OpResult[] = [];
  for (const screen of SCREENS) {
    const pool = screen.pool(env);
    if (pool.length === 0) {
      env.log(`${screen.operation}: nothing in the data to open (skipped)`);
      continue;
    }
    const open = async (subject: unknown): Promise<unknown[]> => {
      const values: unknown[] = [];
      for (const [channel, input] of screen.requests(subject as never)) {
        const r = await env.dispatch(channel, input);
        if (!r.ok) throw new Error(`${channel} failed: ${r.error.code} ${r.error.message}`);
        values.push(r.value);
      }
      return values;
    };
    const answers = new Map<unknown, unknown[]>();
    for (const subject of pool) answers.set(subject, await open(subject));
    verify(screen.operation, pool, (subject) => screen.check(env, subject as never, answers.get(subject)!));
    const next = cycle(pool);
    const stats = await measureAsync((i) => open(next(i)), env.fast);
    env.log(`${screen.operation}: p50 ${stats.p50.toFixed(3)} ms`);
    out.push(opResult(screen.operation, env.tickets, screen.path, stats));
  }
  return out;
}
