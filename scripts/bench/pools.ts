import type Database from 'better-sqlite3';
import { NAME_TABLES } from '../seed/names';
import { Random } from '../seed/random';
import { hasCjk } from '../../shared/text/fold';
import { significantDigits } from '../../shared/text/phone';

/**
 * Query strings drawn from the data itself (deterministically), so every run of an operation
 * can use a different one that is known to exist — the page cache cannot make them all alike.
 */
export interface Pools {
  twoChar: string[];
  threeChar: string[];
  surname: string[];
  traditional: string[];
  latin: string[];
  phoneTail: string[];
  fullPhone: string[];
  noMatch: string[];
  syntax: string[];
  /** Cursors 85–95 % of the way into the newest-first list. */
  deepCursors: number[];
}

/** The pools of query strings (everything but the cursors). */
export type QueryPool = Exclude<keyof Pools, 'deepCursors'>;

const POOL = 40;

/** Simplified → traditional for the characters the generator uses (the seed's own tables). */
const S2T = new Map<string, string>();
for (const [simp, trad] of NAME_TABLES.GIVEN) S2T.set(simp, trad);
for (const s of NAME_TABLES.SURNAMES) if ([...s[0]].length === 1) S2T.set(s[0], s[1]);

const NO_MATCH = ['xqzj', 'zzyzx', '龘龘', '鱻鱻鱻', '00000000000000000', 'qq', 'Ωmega', '齉齉齉'];

/** Strings full of FTS5 / LIKE syntax, quotes, emoji, and one at the 200-character limit. */
export const SYNTAX = [
  '"',
  '""',
  '"张伟',
  '*',
  '张*',
  '"张伟" OR "李"',
  'NEAR',
  'NEAR(陈 伟)',
  'a AND b',
  'wong NOT chan',
  '%',
  '_',
  '%_%',
  '100%',
  '陈_',
  '😀',
  '张😀',
  '😀😀😀',
  "'; DROP TABLE customers; --",
  '\\',
  '^王',
  'name_fold:王',
  '-',
  '()',
  '{王}',
  'x'.repeat(200),
  '"*%_ 陳😀'.repeat(25),
];

export function drawPools(db: Database.Database, seed: number): Pools {
  const rng = new Random(seed, 'bench-pools');
  const maxId = db.prepare('SELECT max(id) FROM customers').pluck().get() as number;
  const maxPhone = db.prepare('SELECT max(id) FROM customer_phones').pluck().get() as number;
  const nameById = db.prepare('SELECT name, name_fold FROM customers WHERE id = ?');
  const phoneById = db.prepare('SELECT number FROM customer_phones WHERE id = ?').pluck();

  // The brief's examples lead their pools when the data has them written in simplified characters.
  const simplifiedRow = db.prepare(`SELECT 1 FROM customers WHERE name_fold LIKE '%' || ? || '%' AND name = name_fold LIMIT 1`);
  const present = (fold: string) => simplifiedRow.get(fold) !== undefined;
  const collect = (first: readonly string[], draw: () => string | undefined): string[] => {
    const out = new Set(first);
    for (let tries = 0; out.size < POOL && tries < POOL * 500; tries++) {
      const v = draw();
      if (v) out.add(v);
    }
    return [...out];
  };
  const randomName = () => nameById.get(rng.int(1, maxId)) as { name: string; name_fold: string } | undefined;
  const cjkName = (length: number) => () => {
    const r = randomName();
    return r && hasCjk(r.name_fold) && [...r.name_fold].length === length ? r.name_fold : undefined;
  };
  const randomDigits = () => (phoneById.get(rng.int(1, maxPhone)) as string | undefined)?.replace(/\D/g, '');

  return {
    twoChar: collect(present('张伟') ? ['张伟'] : [], cjkName(2)),
    threeChar: collect([], cjkName(3)),
    surname: collect([], () => {
      const r = randomName();
      return r && hasCjk(r.name_fold) ? [...r.name_fold][0] : undefined;
    }),
    traditional: collect(present('陈大') ? ['陳大'] : [], () => {
      const r = randomName();
      if (!r || r.name !== r.name_fold || !hasCjk(r.name)) return undefined;
      const chars = [...r.name].slice(0, rng.chance(0.5) ? 2 : 3);
      const trad = chars.map((c) => S2T.get(c) ?? c).join('');
      return chars.length > 1 && trad !== chars.join('') ? trad : undefined;
    }),
    latin: collect([], () => {
      const r = randomName();
      const words = r?.name.match(/[A-Za-z]{3,}/g);
      if (!words) return undefined;
      const word = rng.pick(words);
      const len = rng.int(3, Math.min(5, word.length));
      const start = rng.int(0, word.length - len);
      const frag = word.slice(start, start + len);
      return rng.chance(0.3) ? frag.toUpperCase() : rng.chance(0.5) ? frag.toLowerCase() : frag;
    }),
    phoneTail: collect([], () => randomDigits()?.slice(-4)),
    fullPhone: collect([], () => {
      const number = phoneById.get(rng.int(1, maxPhone)) as string | undefined;
      // Typed as digits only, a whole number is its national digits: "+1 206 765 7864" typed as
      // 12067657864 is a different query (the app rightly calls a match on it a tail match).
      return number && rng.chance(0.5) ? significantDigits(number) : number;
    }),
    noMatch: NO_MATCH,
    syntax: SYNTAX,
    deepCursors: Array.from({ length: POOL }, () => rng.int(Math.floor(maxId * 0.05), Math.floor(maxId * 0.15))),
  };
}
