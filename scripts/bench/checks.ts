import type { CustomerListItem, CustomerPage } from '../../shared/schemas/customer';
import { classifyQuery } from '../../shared/search/query';
import { foldForSearch } from '../../shared/text/fold';

/**
 * Correctness checks run on what the measured code returned, so the bench cannot time a broken
 * query. Each returns a list of problems (empty: fine). Pure: tests feed them wrong results.
 */

/** Does a customer name match a text query, by the search's own rules (substring; 1 character: prefix)? */
export function nameMatches(raw: string, name: string): boolean {
  const q = classifyQuery(raw);
  if (q.kind !== 'text') return false;
  const fold = foldForSearch(name);
  return q.length === 1 ? fold.startsWith(q.fold) : fold.includes(q.fold);
}

export function checkNameResults(raw: string, results: readonly CustomerListItem[]): string[] {
  const problems: string[] = [];
  for (const r of results) {
    if (!nameMatches(raw, r.name)) problems.push(`#${r.id} "${r.name}" does not match "${raw}"`);
    if (r.matchedBy !== undefined && r.matchedBy !== 'name') problems.push(`#${r.id} matchedBy ${r.matchedBy}, expected name`);
  }
  return problems;
}

/** The same customers in the same order as the reference (the naive full scan). */
export function checkSameIds(results: readonly { id: number }[], expected: readonly { id: number }[]): string[] {
  const got = results.map((r) => r.id).join(',');
  const want = expected.map((r) => r.id).join(',');
  return got === want ? [] : [`ids [${got}] differ from the reference [${want}]`];
}

export function checkNonEmpty(results: readonly unknown[]): string[] {
  return results.length > 0 ? [] : ['no results, expected at least one'];
}

export function checkEmpty(results: readonly { id: number }[]): string[] {
  return results.length === 0 ? [] : [`expected no results, got ${results.length} (#${results[0]!.id} …)`];
}

/**
 * Phone searches: every customer owns a number ending with the digits; `matchedBy` is 'phone'
 * exactly when one of their numbers is those digits. `digitsOf(id)` lists a customer's numbers as digits.
 */
export function checkPhoneResults(
  digits: string,
  results: readonly CustomerListItem[],
  digitsOf: (id: number) => readonly string[],
): string[] {
  const problems: string[] = [];
  for (const r of results) {
    const owned = digitsOf(r.id);
    if (!owned.some((d) => d.endsWith(digits))) problems.push(`#${r.id} has no number ending in ${digits} (${owned.join(' ')})`);
    const full = owned.includes(digits);
    const expected = full ? 'phone' : 'phoneTail';
    if (r.matchedBy !== expected) problems.push(`#${r.id} matchedBy ${String(r.matchedBy)}, expected ${expected}`);
  }
  return problems;
}

/** A whole number: the first result owns exactly that number. */
export function checkFullPhone(
  digits: string,
  results: readonly CustomerListItem[],
  digitsOf: (id: number) => readonly string[],
): string[] {
  const first = results[0];
  if (!first) return [`no customer found for ${digits}`];
  const problems = checkPhoneResults(digits, results, digitsOf);
  if (first.matchedBy !== 'phone') problems.push(`first result #${first.id} is not a whole-number match`);
  return problems;
}

/** A traditional-character query must find rows stored in simplified characters (陳大 → 陈大伟). */
export function checkFindsSimplified(raw: string, results: readonly CustomerListItem[]): string[] {
  const simplified = foldForSearch(raw);
  if (simplified === raw.trim().toLowerCase()) return [`"${raw}" has no traditional characters to fold`];
  const problems = checkNameResults(raw, results);
  if (!results.some((r) => r.name.includes(simplified)))
    problems.push(`no row written in simplified characters (${simplified}) found for "${raw}"`);
  return problems;
}

export interface PageExpectation {
  limit: number;
  /** Every item must have an id below it (the cursor). */
  before?: number;
  /** The total the page must report (first pages), or undefined for later pages. */
  total?: number;
  matches?: (item: CustomerListItem) => boolean;
  /** The reference page (same ids, same order). */
  expectedIds?: readonly number[];
}

export function checkPage(page: CustomerPage, e: PageExpectation): string[] {
  const problems: string[] = [];
  const ids = page.items.map((i) => i.id);
  if (page.items.length > e.limit) problems.push(`${page.items.length} items, limit ${e.limit}`);
  for (let i = 1; i < ids.length; i++)
    if (ids[i]! >= ids[i - 1]!) problems.push(`not newest first at ${i}: ${ids[i - 1]} then ${ids[i]}`);
  if (e.before !== undefined)
    for (const id of ids) if (id >= e.before) problems.push(`#${id} is not before the cursor ${e.before}`);
  if (e.matches)
    for (const item of page.items) if (!e.matches(item)) problems.push(`#${item.id} "${item.name}" does not match the filter`);
  if (e.total !== undefined && page.total !== e.total) problems.push(`total ${page.total}, expected ${e.total}`);
  if (e.expectedIds)
    problems.push(
      ...checkSameIds(
        page.items,
        e.expectedIds.map((id) => ({ id })),
      ),
    );
  const full = page.items.length === e.limit;
  if (full !== (page.nextCursor !== null)) problems.push(`nextCursor ${String(page.nextCursor)} with ${page.items.length} items`);
  return problems;
}
