import { describe, expect, it } from 'vitest';
import { testCore } from '../../helpers';
import { count, customer, laserFields, call, must, phoneFields, product } from './fixtures';

const seriesRow = (core: ReturnType<typeof testCore>) =>
  core.context.db.$client.prepare(`SELECT period, next_seq FROM number_series WHERE key = 'warranty_card'`).get();

describe('issuing a warranty card', () => {
  it("numbers the card from the series and computes every component's expiry from the policy", async () => {
    const core = testCore();
    const chen = await customer(core);
    const p = await product(core, laserFields(chen.id));
    const card = must(await call(core, 'warrantyCards.issue', { productId: p.id, notes: '含上门安装' }));
    expect(card).toMatchObject({
      cardNo: 'W2026-000001',
      status: 'active',
      productId: p.id,
      customerName: '陈大文',
      issuedOn: '2026-11-22',
      start: { date: '2025-03-01', basis: 'acceptance', proven: true },
      notes: '含上门安装',
      owners: [{ customerId: chen.id, customerName: '陈大文', fromDate: '2026-11-22', toDate: null }],
    });
    const expiries = Object.fromEntries(card.components.map((c) => [c.component, c.expiry]));
    expect(expiries).toMatchObject({ laser: '2027-03-01', host: '2026-03-01', foot_switch: '2026-03-01' });
    expect(card.policy.code).toBe('medical_laser');
    expect(core.context.db.$client.prepare(`SELECT action FROM audit_log WHERE entity = 'warranty_card'`).pluck().all()).toEqual([
      'issue',
    ]);
    expect(must(await call(core, 'warrantyCards.get', { id: card.id }))).toEqual(card);
  });

  it('a failed issue consumes no number: the series stays gap-free', async () => {
    const core = testCore();
    const chen = await customer(core);
    const laser = await product(core, laserFields(chen.id));
    // A watch without a receipt: the jewellery policy gives no free service without proof.
    const watch = await product(core, {
      customerId: chen.id,
      category: 'jewellery_watch',
      brand: 'Seiko',
      model: 'Presage',
      serial: '4R35-001',
    });
    expect(await core.dispatch('warrantyCards.issue', { productId: watch.id })).toMatchObject({
      ok: false,
      error: { code: 'warranty_no_proof' },
    });
    expect(
      await core.dispatch('warrantyCards.issue', {
        productId: laser.id,
        expiries: [{ component: 'host', expiry: '2025-02-28' }],
      }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        issues: [{ path: ['expiries', 0, 'expiry'], message: 'validation.warranty.expiryBeforeStart' }],
      },
    });
    expect(count(core, 'warranty_cards')).toBe(0);
    expect(seriesRow(core)).toBeUndefined();

    expect(must(await call(core, 'warrantyCards.issue', { productId: laser.id })).cardNo).toBe('W2026-000001');
    expect(await core.dispatch('warrantyCards.issue', { productId: laser.id })).toMatchObject({
      ok: false,
      error: { code: 'warranty_card_exists', params: { cardNo: 'W2026-000001' } },
    });
    const phone = await product(core, phoneFields(chen.id));
    expect(must(await call(core, 'warrantyCards.issue', { productId: phone.id })).cardNo).toBe('W2026-000002');
    expect(seriesRow(core)).toEqual({ period: '2026', next_seq: 3 });
  });

  it('takes a pre-printed card number, refuses one already used in any spelling, and the series skips it', async () => {
    const core = testCore();
    const chen = await customer(core);
    const a = await product(core, laserFields(chen.id));
    const b = await product(core, phoneFields(chen.id));
    const c = await product(core, phoneFields(chen.id, { serial: 'OTHER-1' }));
    expect(must(await call(core, 'warrantyCards.issue', { productId: a.id, cardNo: 'W2026-000001' })).cardNo).toBe(
      'W2026-000001',
    );
    expect(await core.dispatch('warrantyCards.issue', { productId: b.id, cardNo: 'w2026000001' })).toMatchObject({
      ok: false,
      error: { code: 'warranty_card_duplicate', params: { cardNo: 'w2026000001' } },
    });
    expect(await core.dispatch('warrantyCards.issue', { productId: b.id, cardNo: 'W 1' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: ['cardNo'], message: 'validation.cardNo' }] },
    });
    expect(must(await call(core, 'warrantyCards.issue', { productId: b.id })).cardNo).toBe('W2026-000002');
    expect(must(await call(core, 'warrantyCards.issue', { productId: c.id })).cardNo).toBe('W2026-000003');
  });

  it('staff may set an expiry by hand (an extended warranty); the card marks it', async () => {
    const core = testCore();
    const chen = await customer(core);
    const p = await product(core, laserFields(chen.id));
    const card = must(
      await call(core, 'warrantyCards.issue', { productId: p.id, expiries: [{ component: 'host', expiry: '2027-03-01' }] }),
    );
    expect(card.components.find((c) => c.component === 'host')).toMatchObject({ expiry: '2027-03-01', adjusted: true });
    expect(card.components.find((c) => c.component === 'laser')).toMatchObject({ expiry: '2027-03-01', adjusted: false });
  });

  it("restarts the numbers on 1 January in the shop's time zone", async () => {
    const core = testCore({ now: Date.UTC(2026, 11, 31, 15, 0) }); // 23:00 on 31 Dec in Shanghai
    const chen = await customer(core);
    const [a, b] = [await product(core, laserFields(chen.id)), await product(core, phoneFields(chen.id))];
    expect(must(await call(core, 'warrantyCards.issue', { productId: a.id })).cardNo).toBe('W2026-000001');
    core.clock.now = Date.UTC(2026, 11, 31, 16, 30); // 00:30 on 1 Jan 2027 in Shanghai
    const card = must(await call(core, 'warrantyCards.issue', { productId: b.id }));
    expect([card.cardNo, card.issuedOn]).toEqual(['W2027-000001', '2027-01-01']);
  });
});

describe('voiding and transferring', () => {
  it('voids with a reason, keeps the card, and lets a new card be issued', async () => {
    const core = testCore();
    const chen = await customer(core);
    const p = await product(core, laserFields(chen.id));
    const card = must(await call(core, 'warrantyCards.issue', { productId: p.id }));
    expect(await core.dispatch('warrantyCards.void', { id: card.id, reason: '  ' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: ['reason'], message: 'validation.required' }] },
    });
    core.clock.now += 60_000;
    const voided = must(await call(core, 'warrantyCards.void', { id: card.id, reason: '签发错产品' }));
    expect(voided).toMatchObject({ status: 'void', voidReason: '签发错产品', voidedAt: core.clock.now, cardNo: card.cardNo });
    expect(await core.dispatch('warrantyCards.void', { id: card.id, reason: '再次' })).toMatchObject({
      ok: false,
      error: { code: 'warranty_card_void', params: { cardNo: card.cardNo } },
    });
    const replacement = must(await call(core, 'warrantyCards.issue', { productId: p.id }));
    expect(replacement.cardNo).toBe('W2026-000002');
    expect(must(await call(core, 'warrantyCards.list', { productId: p.id })).map((c) => [c.cardNo, c.status])).toEqual([
      ['W2026-000002', 'active'],
      ['W2026-000001', 'void'],
    ]);
    expect(count(core, 'warranty_cards')).toBe(2);
  });

  it('transfers to a new holder: the product follows, the history of holders stays', async () => {
    const core = testCore();
    const chen = await customer(core);
    const li = await customer(core, '李娜', '139 1234 0001');
    const p = await product(core, laserFields(chen.id));
    const card = must(await call(core, 'warrantyCards.issue', { productId: p.id }));
    core.clock.now += 40 * 86_400_000;
    const moved = must(await call(core, 'warrantyCards.transfer', { id: card.id, customerId: li.id, note: '二手转让' }));
    expect(moved.customerName).toBe('李娜');
    expect(moved.owners).toEqual([
      { customerId: chen.id, customerName: '陈大文', fromDate: '2026-11-22', toDate: '2027-01-01', note: '' },
      { customerId: li.id, customerName: '李娜', fromDate: '2027-01-01', toDate: null, note: '二手转让' },
    ]);
    expect(moved.components).toEqual(card.components);
    expect(must(await call(core, 'products.get', { id: p.id })).customerId).toBe(li.id);
    expect(await core.dispatch('warrantyCards.transfer', { id: card.id, customerId: li.id })).toMatchObject({
      ok: false,
      error: { code: 'warranty_same_owner' },
    });
    expect(await core.dispatch('warrantyCards.transfer', { id: card.id, customerId: 99 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    must(await call(core, 'warrantyCards.void', { id: card.id, reason: 'x' }));
    expect(await core.dispatch('warrantyCards.transfer', { id: card.id, customerId: chen.id })).toMatchObject({
      ok: false,
      error: { code: 'warranty_card_void' },
    });
    expect(
      core.context.db.$client.prepare(`SELECT action FROM audit_log WHERE entity = 'warranty_card' ORDER BY id`).pluck().all(),
    ).toEqual(['issue', 'transfer', 'void']);
  });

  it('lists cards by holder, by card number, serial, or phone tail', async () => {
    const core = testCore();
    const chen = await customer(core);
    const li = await customer(core, '李娜', '139 1234 0001');
    const a = must(await call(core, 'warrantyCards.issue', { productId: (await product(core, laserFields(chen.id))).id }));
    const b = must(await call(core, 'warrantyCards.issue', { productId: (await product(core, phoneFields(li.id))).id }));
    const list = async (input: object) => must(await call(core, 'warrantyCards.list', input)).map((c) => c.cardNo);
    expect(await list({})).toEqual([b.cardNo, a.cardNo]);
    expect(await list({ customerId: li.id })).toEqual([b.cardNo]);
    expect(await list({ q: 'W2026-000001' })).toEqual([a.cardNo]);
    expect(await list({ q: 'F2LXK9ABCD12' })).toEqual([b.cardNo]);
    expect(await list({ q: '0001' })).toEqual(expect.arrayContaining([b.cardNo, a.cardNo]));
    expect(await list({ q: '8000' })).toEqual([a.cardNo]);
    expect(await list({ q: 'nothing-like-it' })).toEqual([]);
  });
});
