import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { contract } from '@shared/api/contract';
import { INVALIDATES, refreshAfter } from '../../../renderer/src/api/refresh';

describe('cache refresh by contract method', () => {
  it('has an entry for every command in the contract, and for nothing else', () => {
    const commands = Object.entries(contract)
      .filter(([, spec]) => spec.write)
      .map(([name]) => name)
      .sort();
    expect(Object.keys(INVALIDATES).sort()).toEqual(commands);
  });

  it('marks stale the queries under the listed keys, and only those', () => {
    const client = new QueryClient();
    const keys = [
      ['receipts', 'list', { day: '2026-12-06' }],
      ['tickets', 'detail', 7],
      ['customers', 'detail', 3],
      ['settings'],
    ];
    for (const key of keys) client.setQueryData(key, { cached: true });
    refreshAfter(client, 'payments.take');
    const stale = keys.map((key) => client.getQueryState(key)?.isInvalidated);
    expect(stale).toEqual([true, true, false, false]);
  });
});
