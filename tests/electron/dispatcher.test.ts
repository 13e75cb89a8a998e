import { describe, expect, it } from 'vitest';
import { createDispatcher, type Handlers } from '../../electron/backend/dispatcher';
import { handlers } from '../../electron/backend/handlers';
import { createCustomer } from '../../db/queries/customers';
import { customerFieldsSchema } from '../../shared/schemas/customer';
import { AppError } from '../../shared/api/errors';
import { testCore } from '../helpers';

const count = (core: ReturnType<typeof testCore>) =>
  core.context.db.$client.prepare('SELECT count(*) FROM customers').pluck().get() as number;

describe('the dispatcher (every transport goes through it)', () => {
  it('answers an unknown method with unknown_method and changes nothing', async () => {
    const core = testCore();
    for (const name of ['customers.delete', '__proto__', 'constructor', 'toString', '']) {
      const r = await core.dispatch(name, {});
      expect(r, name).toEqual({ ok: false, error: expect.objectContaining({ code: 'unknown_method' }) });
    }
  });

  it('refuses invalid input with per-field message keys, before any handler runs', async () => {
    const core = testCore();
    const r = await core.dispatch('customers.create', { name: '', phones: [{ number: 'abc' }], extra: 1 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid_input');
    expect(r.error.issues).toEqual(
      expect.arrayContaining([
        { path: ['name'], message: 'validation.required' },
        { path: ['phones', 0, 'number'], message: 'validation.phone' },
      ]),
    );
    expect(count(core)).toBe(0);
  });

  it.each([null, undefined, 'text', 42, [], { id: '1' }, { id: -1 }, { id: 1.5 }])(
    'rejects %j as input for customers.get',
    async (input) => {
      const core = testCore();
      const r = await core.dispatch('customers.get', input);
      expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    },
  );

  it('a write that fails half-way is rolled back entirely', async () => {
    const core = testCore();
    const failing: Handlers = {
      ...handlers,
      'customers.create': (ctx, input) => {
        createCustomer(ctx.db, customerFieldsSchema.parse(input), ctx.now());
        throw new AppError('conflict', 'after the insert');
      },
    };
    const dispatch = createDispatcher(core.context, failing);
    const r = await dispatch('customers.create', { name: '陈大文', phones: [{ number: '13800138000' }] });
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(count(core)).toBe(0);
    expect(core.context.db.$client.prepare('SELECT count(*) FROM customer_phones').pluck().get()).toBe(0);
  });

  it('an unexpected exception becomes "internal" without a stack trace, and nothing is written', async () => {
    const core = testCore();
    const logged: unknown[] = [];
    core.context.log = { info: () => {}, warn: () => {}, error: (...a: unknown[]) => logged.push(a) };
    const dispatch = createDispatcher(core.context, {
      ...handlers,
      'customers.create': (ctx, input) => {
        createCustomer(ctx.db, customerFieldsSchema.parse(input), ctx.now());
        throw new TypeError('boom');
      },
    });
    const r = await dispatch('customers.create', { name: '李娜', phones: [{ number: '13900001111' }] });
    expect(r).toEqual({ ok: false, error: { code: 'internal', message: 'internal error' } });
    expect(count(core)).toBe(0);
    expect(logged).toHaveLength(1);
  });

  it('a write handler may not be async (it would commit half-way)', async () => {
    const core = testCore();
    const dispatch = createDispatcher(core.context, {
      ...handlers,
      'customers.create': (async () => {
        await Promise.resolve();
        throw new Error('never');
      }) as unknown as Handlers['customers.create'],
    });
    const r = await dispatch('customers.create', { name: '李娜', phones: [{ number: '13900001111' }] });
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
