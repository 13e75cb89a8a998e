import { describe, expect, it } from 'vitest';
import { testCore } from '../helpers';

describe('customer handlers, through the dispatcher', () => {
  it('creates, reads, updates and audits a customer', async () => {
    const core = testCore();
    const created = await core.dispatch('customers.create', {
      name: '  陈大文 ',
      phones: [{ number: '138 0013 8000' }],
      email: 'chen@example.com',
      consentToContact: true,
    });
    expect(created).toMatchObject({
      ok: true,
      value: { id: 1, name: '陈大文', consentToContact: true, createdAt: core.clock.now },
    });

    core.clock.now += 60_000;
    const updated = await core.dispatch('customers.update', {
      id: 1,
      name: '陈大文',
      phones: [{ number: '138 0013 8000' }, { number: '0755 8888 6666', label: 'work' }],
      address: '深圳市福田区',
    });
    expect(updated).toMatchObject({ ok: true, value: { updatedAt: core.clock.now, address: '深圳市福田区', email: '' } });
    expect(await core.dispatch('customers.get', { id: 1 })).toEqual(updated);

    const audit = core.context.db.$client.prepare('SELECT action, entity, entity_id FROM audit_log ORDER BY id').all();
    expect(audit).toEqual([
      { action: 'create', entity: 'customer', entity_id: 1 },
      { action: 'update', entity: 'customer', entity_id: 1 },
    ]);
  });

  it('warns about a phone already on file and saves only once staff confirm', async () => {
    const core = testCore();
    await core.dispatch('customers.create', { name: '陈大文', phones: [{ number: '13800138000' }] });
    const dup = await core.dispatch('customers.create', { name: '陈太太', phones: [{ number: '138-0013-8000' }] });
    expect(dup).toEqual({
      ok: false,
      error: {
        code: 'customer_duplicate_phone',
        message: 'phone already on file',
        params: { phone: '138-0013-8000', names: '陈大文', ownerIds: '1' },
      },
    });
    const list = await core.dispatch('customers.list', {});
    expect(list).toMatchObject({ ok: true, value: { total: 1 } });

    const confirmed = await core.dispatch('customers.create', {
      name: '陈太太',
      phones: [{ number: '138-0013-8000' }],
      allowDuplicatePhone: true,
    });
    expect(confirmed.ok).toBe(true);
    // Editing a customer does not warn about their own number.
    const self = await core.dispatch('customers.update', { id: 1, name: '陈大文', phones: [{ number: '13800138000' }] });
    expect(self).toMatchObject({ ok: false, error: { code: 'customer_duplicate_phone', params: { names: '陈太太' } } });
    const owners = await core.dispatch('customers.phoneOwners', { phone: '13800138000', excludeId: 1 });
    expect(owners).toMatchObject({ ok: true, value: [{ id: 2, name: '陈太太' }] });
  });

  it('unknown customers are not_found, for get and update alike', async () => {
    const core = testCore();
    expect(await core.dispatch('customers.get', { id: 5 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await core.dispatch('customers.update', { id: 5, name: 'x', phones: [{ number: '13800138000' }] })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('global search finds a customer created in Chinese by the last 4 digits', async () => {
    const core = testCore();
    await core.dispatch('customers.create', { name: '黄志强', phones: [{ number: '150 8888 6066' }] });
    const r = await core.dispatch('search.global', { q: '6066' });
    expect(r).toMatchObject({ ok: true, value: { customers: [{ name: '黄志强', matchedBy: 'phoneTail' }] } });
  });

  it('limits and cursors from the UI are validated', async () => {
    const core = testCore();
    expect(await core.dispatch('customers.list', { limit: 0 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await core.dispatch('customers.list', { limit: 100000 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await core.dispatch('customers.list', { cursor: 'garbage' })).toMatchObject({ ok: true, value: { items: [] } });
  });
});
