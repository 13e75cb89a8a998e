import { canonicalJson } from '../../shared/receipts/canonical';
import { parsePattern, type NumberParts } from '../../shared/numbering/pattern';
import { computeQuoteTotals, type Discount, type QuoteInput, type QuoteTotals, type TaxSetting } from '../../shared/quotes';

/*
 * The per-document work of the bulk path made cheap, each producing exactly what the app's code
 * produces (tests/scripts/seed-payments.test.ts compares the rows and hashes with --mode api):
 * canonical JSON of a record whose keys are known in advance, quote totals computed once per
 * distinct quote (a few hundred kinds of repair among a million tickets; ~50 µs each otherwise),
 * and document numbers formatted without parsing the pattern for each one.
 */

/** Text already in canonical JSON form, inserted as is. */
export class Encoded {
  constructor(readonly json: string) {}
}

export type Field = string | number | null | Encoded;

function field(value: Field): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    // The same refusal as canonicalJson: the chain holds integers only.
    if (!Number.isSafeInteger(value)) throw new RangeError(`canonical JSON holds integers only, got ${value}`);
    return String(value);
  }
  return value.json;
}

/**
 * canonicalJson for records with these keys: the key order (canonicalJson sorts keys with the
 * default string sort) and the quoted key names are worked out once instead of per record.
 */
export function recordEncoder<K extends string>(keys: readonly K[]): (record: Readonly<Record<K, Field>>) => string {
  const order = [...keys].sort();
  const names = order.map((k, i) => `${i === 0 ? '{' : ','}${JSON.stringify(k)}:`);
  return (record) => {
    let out = '';
    for (let i = 0; i < order.length; i++) out += names[i] + field(record[order[i] as K]);
    return `${out}}`;
  };
}

/** The same text canonicalJson gives for a string (a JSON column inside a chained record). */
export function encodedString(text: string): Encoded {
  return new Encoded(canonicalJson(text));
}

export interface QuoteLineRow {
  kind: QuoteInput['lines'][number]['kind'];
  description: string;
  quantity: number;
  unit_price: number;
  free: number;
  free_reason: string | null;
}

export interface Billed {
  totals: QuoteTotals;
  /** The receipt's `lines`, `discount` and `tax` columns, and the first as chained. */
  lines: string;
  linesEncoded: Encoded;
  discount: string;
  tax: string;
}

/** listQuotes()' totals of an approved quote, memoised on everything they depend on. */
export class QuoteTotalsCache {
  private readonly cache = new Map<string, Billed>();

  get(discountJson: string, taxJson: string, rows: readonly QuoteLineRow[]): Billed {
    const key = [discountJson, taxJson, ...rows.map((l) => JSON.stringify(Object.values(l)))].join('\n');
    let billed = this.cache.get(key);
    if (!billed) {
      const discount = JSON.parse(discountJson) as Discount;
      const tax = JSON.parse(taxJson) as TaxSetting;
      const lines = rows.map((l) => ({
        kind: l.kind,
        description: l.description,
        quantity: l.quantity,
        unitPrice: l.unit_price,
        free: l.free === 1,
        freeReason: l.free_reason,
      }));
      const totals = computeQuoteTotals({ lines, discount, tax });
      const linesJson = JSON.stringify(totals.lines);
      const [d, t] = [JSON.stringify(discount), JSON.stringify(tax)];
      billed = { totals, lines: linesJson, linesEncoded: encodedString(linesJson), discount: d, tax: t };
      this.cache.set(key, billed);
    }
    return billed;
  }
}

/**
 * formatNumber() for one pattern: the text around the running number is formatted once per
 * year and month, then only the number is padded.
 */
export function numberFormatter(pattern: string): (parts: NumberParts) => string {
  const parsed = parsePattern(pattern);
  if (!parsed.ok) throw new Error(`invalid number pattern ${JSON.stringify(pattern)}: ${parsed.problem}`);
  const tokens = parsed.tokens;
  const seqAt = tokens.findIndex((t) => t.kind === 'seq');
  const seq = tokens[seqAt];
  const width = seq?.kind === 'seq' ? seq.width : 1;
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  const text = (from: number, to: number, parts: NumberParts) =>
    tokens
      .slice(from, to)
      .map((t) =>
        t.kind === 'text'
          ? t.text
          : t.kind === 'year4'
            ? pad(parts.year, 4)
            : t.kind === 'year2'
              ? pad(parts.year % 100, 2)
              : pad(parts.month, 2),
      )
      .join('');
  const around = new Map<number, [string, string]>();
  return (parts) => {
    const key = parts.year * 100 + parts.month;
    let ends = around.get(key);
    if (!ends) {
      ends = [text(0, seqAt, parts), text(seqAt + 1, tokens.length, parts)];
      around.set(key, ends);
    }
    return ends[0] + pad(parts.seq, width) + ends[1];
  };
}
