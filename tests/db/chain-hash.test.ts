import { describe, expect, it } from 'vitest';
import { chainHash } from '../../db/queries/document-chain';

// Files written by every earlier version hold hashes made this way: Verify records must keep
// finding them intact, so the digest of a document may never change.
describe('chainHash', () => {
  it('gives the digest earlier versions stored for the same document', () => {
    expect(chainHash('0'.repeat(64), 'receipt', 'S2025-000001', '{"amount":12800,"payer":"陈大文"}')).toBe(
      '302de43a2e2f0bc091d83b1020097b11ece1d9bc3f76699a43fd54e86bd6400c',
    );
  });

  it('changes with each part it covers', () => {
    const base = chainHash('0'.repeat(64), 'receipt', 'S2025-000001', '{}');
    expect(chainHash('1'.repeat(64), 'receipt', 'S2025-000001', '{}')).not.toBe(base);
    expect(chainHash('0'.repeat(64), 'void', 'S2025-000001', '{}')).not.toBe(base);
    expect(chainHash('0'.repeat(64), 'receipt', 'S2025-000002', '{}')).not.toBe(base);
    expect(chainHash('0'.repeat(64), 'receipt', 'S2025-000001', '{ }')).not.toBe(base);
  });
});
