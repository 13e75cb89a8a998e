/**
 * A small, fast, seeded PRNG (sfc32) and the helpers the generators need. Never Math.random:
 * the same seed must give the same database on every machine and every Node version.
 */

/** cyrb53-style string hash → 32-bit words; derives independent streams from (seed, name). */
function hashWords(text: string): [number, number, number, number] {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, h2 >>> 0, (h1 ^ 0x9e3779b9) >>> 0, (h2 ^ 0x7f4a7c15) >>> 0];
}

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** A stream named `stream` under `seed`: adding a generator never shifts another's stream. */
  constructor(seed: number, stream = '') {
    [this.a, this.b, this.c, this.d] = hashWords(`${seed}:${stream}`);
    for (let i = 0; i < 15; i++) this.next();
  }

  /** sfc32: a uint32. */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** [0, 1) */
  float(): number {
    return this.next() / 4294967296;
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.float() * items.length)]!;
  }

  /** A string of `n` decimal digits (leading zeros allowed). */
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.next() % 10);
    return s;
  }

  /** A derived, independent stream (e.g. one per generated record type). */
  fork(stream: string): Random {
    return new Random(this.next(), stream);
  }
}

/** Picks from a fixed list with weights in O(log n): build once, draw many times. */
export class Weighted<T> {
  private readonly cumulative: number[] = [];
  private readonly total: number;

  constructor(
    readonly items: readonly T[],
    weights: readonly number[],
  ) {
    if (items.length === 0 || items.length !== weights.length) throw new Error('weights do not match items');
    let sum = 0;
    for (const w of weights) {
      if (!(w >= 0)) throw new Error('negative weight');
      sum += w;
      this.cumulative.push(sum);
    }
    this.total = sum;
  }

  /** Zipf-like weights 1/(rank + k): the first items are the common ones. */
  static zipf<T>(items: readonly T[], k = 2): Weighted<T> {
    return new Weighted(
      items,
      items.map((_, i) => 1 / (i + k)),
    );
  }

  draw(rng: Random): T {
    const x = rng.float() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo]!;
  }
}
