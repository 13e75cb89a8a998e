import { describe, expect, it } from 'vitest';
import { Random } from '../../scripts/seed/random';
import { serialNumber, type SerialStyle } from '../../scripts/seed/serials';

describe('generated serial numbers', () => {
  const STYLES: [SerialStyle, string, RegExp][] = [
    ['alnum', 'F', /^F[0-9A-HJ-NP-TV-Y]{10}$/],
    ['dated', 'HA', /^HA2307[0-9A-HJ-NP-TV-Y]{6}$/],
    ['digits', 'JW', /^JW\d{10}$/],
  ];

  it.each(STYLES)('%s serials read like labels and never repeat', (style, prefix, shape) => {
    const rng = new Random(7, 'serials');
    const seen = new Set<string>();
    const wrong: string[] = [];
    for (let n = 0; n < 100_000; n++) {
      const serial = serialNumber(rng, style, prefix, n, '2023-07-15');
      if (!shape.test(serial)) wrong.push(serial);
      seen.add(style === 'digits' ? serial.slice(0, -1) : style === 'alnum' ? serial.slice(0, 4) + serial.slice(8) : serial);
    }
    expect(wrong).toEqual([]);
    // The scrambled unit number alone is unique, whatever the random characters around it.
    expect(seen.size).toBe(100_000);
  });

  it('does not make the substrings of consecutive products common (what trigram search would pay for)', () => {
    const rng = new Random(7, 'serials');
    const counts = new Map<string, number>();
    for (let n = 0; n < 50_000; n++) {
      const s = serialNumber(rng, 'alnum', 'F', n, '2023-07-15').slice(1);
      for (let i = 0; i + 3 <= s.length; i++) counts.set(s.slice(i, i + 3), (counts.get(s.slice(i, i + 3)) ?? 0) + 1);
    }
    // 50 000 serials × 8 trigrams over 32³ possible ones: ~12 each on average; none in thousands.
    expect(Math.max(...counts.values())).toBeLessThan(200);
  });

  it('is the same for the same seed', () => {
    const a = new Random(42, 'serials');
    const b = new Random(42, 'serials');
    for (let n = 0; n < 100; n++)
      expect(serialNumber(a, 'alnum', 'LX', n, '2020-01-01')).toBe(serialNumber(b, 'alnum', 'LX', n, '2020-01-01'));
  });
});
