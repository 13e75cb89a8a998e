import { describe, expect, it } from 'vitest';
import { testDb } from '../helpers';
import { getSeries, nextNumber, updateSeries } from '../../db/queries/numbering';

const NOW = Date.UTC(2026, 10, 22, 2, 0);
const TZ = 'Asia/Shanghai';

describe('number series in the database', () => {
  it('allocates only inside the transaction that saves the document', () => {
    const { db } = testDb();
    expect(() => nextNumber(db, 'warranty_card', NOW, TZ)).toThrow(/inside the transaction/);
  });

  it('numbers in order; a rolled-back save gives its number back', () => {
    const { db, sqlite } = testDb();
    const inTx = <T>(fn: () => T) => sqlite.transaction(fn).immediate();
    expect(inTx(() => nextNumber(db, 'warranty_card', NOW, TZ))).toBe('W2026-000001');
    expect(() =>
      inTx(() => {
        nextNumber(db, 'warranty_card', NOW, TZ);
        throw new Error('the card could not be saved');
      }),
    ).toThrow('the card could not be saved');
    expect(inTx(() => nextNumber(db, 'warranty_card', NOW, TZ))).toBe('W2026-000002');
    expect(getSeries(db, 'warranty_card', NOW, TZ)).toMatchObject({ nextSeq: 3, nextNumber: 'W2026-000003' });
  });

  it('skips numbers already in use', () => {
    const { db, sqlite } = testDb();
    const used = new Set(['W2026-000001', 'W2026-000002']);
    const n = sqlite.transaction(() => nextNumber(db, 'warranty_card', NOW, TZ, (c) => used.has(c))).immediate();
    expect(n).toBe('W2026-000003');
  });

  it('a series that never restarts keeps counting across years', () => {
    const { db, sqlite } = testDb();
    sqlite
      .transaction(() =>
        updateSeries(db, { key: 'warranty_card', pattern: 'W{YY}-{seq:5}', resetYearly: false, nextSeq: 99 }, NOW, TZ),
      )
      .immediate();
    const nextYear = Date.UTC(2027, 5, 1);
    expect(sqlite.transaction(() => nextNumber(db, 'warranty_card', nextYear, TZ)).immediate()).toBe('W27-00099');
    expect(getSeries(db, 'warranty_card', nextYear, TZ).nextSeq).toBe(100);
  });
});
