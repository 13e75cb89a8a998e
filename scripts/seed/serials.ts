import type { Random } from './random';

/*
 * Serial numbers as they read on real labels, not a counter: a phone's or laptop's is a string
 * of letters and digits that looks random (Apple, Lenovo), an appliance's carries its production
 * year and month before the unit number (Haier, Midea), a watch's is digits. Search is measured
 * against these, so they must have what real ones have: substrings that are rare. (Zero-padded
 * counters — 'LX0040000028' — make every "000" trigram match most of the table, which no shop's
 * data looks like.)
 *
 * Unique by construction: the product's running number is scrambled by a bijection of its range
 * (scramble30, scrambleDecimal) and written in base 32 or 10, so two products never get the same
 * serial however many are added to a file; a few random characters around it vary the look.
 */

/** Letters and digits of serial labels: no I, O, U, Z (read as 1, 0, V, 2). */
const ALNUM = '0123456789ABCDEFGHJKLMNPQRSTVWXY';

export type SerialStyle = 'alnum' | 'dated' | 'digits';

/** `n` in `base` with exactly `width` characters of `alphabet` (n < base^width). */
function encode(n: number, alphabet: string, width: number): string {
  const base = alphabet.length;
  let s = '';
  for (let i = 0; i < width; i++) {
    s = alphabet[n % base]! + s;
    n = Math.floor(n / base);
  }
  return s;
}

const BITS30 = 0x3fffffff;

/**
 * A bijection of [0, 2^30) that spreads consecutive numbers over the whole range: multiply by an
 * odd constant, fold the high bits down (x ^ x >>> 15 is invertible), multiply again — modulo 2^30.
 */
function scramble30(n: number): number {
  if (n > BITS30) throw new RangeError(`serial number ${n} does not fit 30 bits`);
  let x = Math.imul(n, 0x2545f491) & BITS30;
  x ^= x >>> 15;
  x = Math.imul(x, 0x1b873593) & BITS30;
  return x ^ (x >>> 13);
}

/** A bijection of [0, 10^9): n·k + c mod 10^9 with k prime to 10 (n·k stays below 2^53). */
const scrambleDecimal = (n: number): number => {
  if (n >= 1e9) throw new RangeError(`serial number ${n} does not fit 9 digits`);
  return (n * 7_368_787 + 104_729) % 1e9;
};

const randomChars = (rng: Random, n: number) => {
  let s = '';
  for (let i = 0; i < n; i++) s += ALNUM[rng.int(0, ALNUM.length - 1)]!;
  return s;
};

/**
 * The serial of the `n`-th product (n ≥ 0, unique per file) of a category with label `prefix`,
 * made in `productionDate` (YYYY-MM-DD) for the dated style.
 */
export function serialNumber(rng: Random, style: SerialStyle, prefix: string, n: number, productionDate: string): string {
  switch (style) {
    case 'alnum': {
      // 6 scrambled characters (32^6 ≈ 1 billion products) around 4 random ones: 'F' + 10.
      const unit = encode(scramble30(n), ALNUM, 6);
      return `${prefix}${unit.slice(0, 3)}${randomChars(rng, 4)}${unit.slice(3)}`;
    }
    case 'dated': {
      // Year and month of production, then a 6-character unit number: 'HA' + 'YYMM' + 6.
      const ym = productionDate.slice(2, 4) + productionDate.slice(5, 7);
      return `${prefix}${ym}${encode(scramble30(n), ALNUM, 6)}`;
    }
    case 'digits':
      // 9 scrambled digits and a random last one: 'JW' + 10 digits.
      return `${prefix}${encode(scrambleDecimal(n), '0123456789', 9)}${rng.digits(1)}`;
  }
}
