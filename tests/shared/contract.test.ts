import { describe, expect, it, vi } from 'vitest';
import { contract } from '../../shared/api/contract';
import { METHOD_NAMES } from '../../shared/api/methods';
import { buildApi } from '../../shared/api/client';
import { messageKey, parseMessageKey, z } from '../../shared/schemas/zod';
import { customerCreateSchema } from '../../shared/schemas/customer';
import { shopProfileSchema } from '../../shared/schemas/settings';

describe('the API contract', () => {
  it('the preload/bridge method list is exactly the contract', () => {
    expect([...METHOD_NAMES].sort()).toEqual(Object.keys(contract).sort());
  });

  it('buildApi exposes one function per method, each invoking its own method name', async () => {
    const invoke = vi.fn().mockResolvedValue({ ok: true, value: 1 });
    const api = buildApi(invoke);
    await api.customers.get({ id: 7 });
    await api.settings.get({});
    expect(invoke.mock.calls).toEqual([
      ['customers.get', { id: 7 }],
      ['settings.get', {}],
    ]);
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.keys(api).sort()).toEqual([
      'app',
      'backups',
      'customers',
      'dayClose',
      'numbering',
      'payments',
      'policies',
      'products',
      'quotes',
      'receipts',
      'records',
      'search',
      'settings',
      'staff',
      'tickets',
      'warranty',
      'warrantyCards',
    ]);
  });
});

describe('validation messages are translation keys', () => {
  it('encodes and decodes parameters', () => {
    const key = messageKey('validation.tooLong', { max: 60 });
    expect(key).toBe('validation.tooLong?max=60');
    expect(parseMessageKey(key)).toEqual({ key: 'validation.tooLong', params: { max: '60' } });
  });

  it('zod issues come out as keys with parameters', () => {
    const r = customerCreateSchema.safeParse({ name: 'x'.repeat(61), phones: [{ number: '12' }], email: 'nope' });
    expect(r.success).toBe(false);
    const byPath = Object.fromEntries(r.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(byPath).toEqual({
      name: 'validation.tooLong?max=60',
      'phones.0.number': 'validation.phone',
      email: 'validation.email',
    });
  });

  it('a missing required field says required, an unknown enum value says choose', () => {
    const r = shopProfileSchema.safeParse({ defaultLanguage: 'fr', timeZone: 'Mars/Olympus', currency: 'CNY' });
    const byPath = Object.fromEntries(r.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(byPath.name).toBe('validation.required');
    expect(byPath.defaultLanguage).toBe('validation.invalidChoice');
    expect(byPath.timeZone).toBe('validation.timeZone');
    expect(z.number().int().safeParse(1.5).error?.issues[0]?.message).toBe('validation.invalidType');
  });

  it('the same phone twice in one customer is refused', () => {
    const r = customerCreateSchema.safeParse({ name: '李娜', phones: [{ number: '138 0000 1111' }, { number: '13800001111' }] });
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['phones.1.number', 'validation.phoneRepeated']]);
  });
});
