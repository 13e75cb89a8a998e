import { describe, expect, it } from 'vitest';
import { canonicalJson, type CanonicalValue } from '../../../shared/receipts/canonical';

describe('canonicalJson', () => {
  it.each<[string, CanonicalValue, string]>([
    ['null', null, 'null'],
    ['booleans', [true, false], '[true,false]'],
    ['an integer', -65_000, '-65000'],
    ['zero', 0, '0'],
    ['a string with quotes and Chinese', '陈"大"文', '"陈\\"大\\"文"'],
    ['keys sorted', { b: 1, a: 2, c: 3 }, '{"a":2,"b":1,"c":3}'],
    ['keys sorted at every level', { z: { y: 1, x: [{ d: 1, c: 2 }] }, a: null }, '{"a":null,"z":{"x":[{"c":2,"d":1}],"y":1}}'],
    ['array order kept', [3, 1, 2], '[3,1,2]'],
    ['empty containers', { a: [], b: {} }, '{"a":[],"b":{}}'],
  ])('%s', (_name, value, text) => {
    expect(canonicalJson(value)).toBe(text);
  });

  it('gives the same text whatever order the columns came in', () => {
    expect(canonicalJson({ id: 1, amount: 500, method: 'cash' })).toBe(canonicalJson({ method: 'cash', amount: 500, id: 1 }));
  });

  it.each([0.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])('refuses %d: integers only', (n) => {
    expect(() => canonicalJson({ amount: n })).toThrow(RangeError);
  });
});
