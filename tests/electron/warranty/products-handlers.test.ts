import { describe, expect, it } from 'vitest';
import { testCore } from '../../helpers';
import { count, customer, laserFields, call, must, phoneFields, product } from './fixtures';

describe('product handlers, through the dispatcher', () => {
  it('registers a product for a customer, reads it back and audits it', async () => {
    const core = testCore();
    const chen = await customer(core);
    const p = await product(core, laserFields(chen.id, { serial: ' lx2025-00123 ' }));
    expect(p).toMatchObject({
      customerId: chen.id,
      customerName: '陈大文',
      customerPhone: '138 0013 8000',
      category: 'medical_laser',
      serial: 'lx2025-00123',
      acceptanceDate: '2025-03-01',
      proofKind: 'acceptance_form',
      createdAt: core.clock.now,
    });
    expect(must(await call(core, 'products.get', { id: p.id }))).toEqual(p);
    const audit = core.context.db.$client.prepare('SELECT action, entity, entity_id FROM audit_log').all();
    expect(audit).toEqual([
      { action: 'create', entity: 'customer', entity_id: chen.id },
      { action: 'create', entity: 'product', entity_id: p.id },
    ]);
  });

  it('a confirmed pre-order is saved, and its warranty runs from delivery, not the sale', async () => {
    const core = testCore();
    const chen = await customer(core);
    const fields = phoneFields(chen.id, { productionDate: '2026-08-01', saleDate: '2026-06-18', deliveryDate: '2026-08-20' });
    const refused = await core.dispatch('products.create', fields);
    expect(refused).toMatchObject({ ok: false, error: { issues: [{ path: ['saleDate'] }] } });
    const p = await product(core, { ...fields, preOrder: true });
    expect(p).toMatchObject({ saleDate: '2026-06-18', deliveryDate: '2026-08-20', preOrder: true });
    // Saving it again (an edit of the notes) needs no second confirmation: the form sends it back.
    must(await call(core, 'products.update', { ...fields, id: p.id, preOrder: p.preOrder, notes: '预订机' }));
    const card = must(await call(core, 'warrantyCards.issue', { productId: p.id }));
    expect(card.start).toMatchObject({ date: '2026-08-20', basis: 'delivery' });
  });

  it('an empty date is not recorded', async () => {
    const core = testCore();
    const chen = await customer(core);
    const p = await product(core, phoneFields(chen.id, { productionDate: '', deliveryDate: '' }));
    expect(p).toMatchObject({ productionDate: null, deliveryDate: null, saleDate: '2026-11-20' });
  });

  it.each([
    ['a date after today at the shop', { saleDate: '2026-11-23' }, 'saleDate', 'validation.futureDate'],
    ['a delivery after today', { deliveryDate: '2026-12-01', acceptanceDate: '' }, 'deliveryDate', 'validation.futureDate'],
    ['an acceptance after today', { acceptanceDate: '2027-01-01' }, 'acceptanceDate', 'validation.futureDate'],
    ['a sale before production, not confirmed', { saleDate: '2024-11-01' }, 'saleDate', 'validation.saleBeforeProduction'],
    [
      'a pre-order with no delivery or acceptance date',
      { saleDate: '2024-11-01', deliveryDate: '', acceptanceDate: '', preOrder: true },
      'deliveryDate',
      'validation.preOrderNeedsDelivery',
    ],
    [
      'delivery before production',
      { deliveryDate: '2024-11-30' },
      'deliveryDate',
      'validation.warranty.deliveryBeforeProduction',
    ],
    [
      'acceptance before delivery',
      { acceptanceDate: '2025-02-19' },
      'acceptanceDate',
      'validation.warranty.acceptanceBeforeDelivery',
    ],
    ['an impossible date', { productionDate: '2025-02-30' }, 'productionDate', 'validation.warranty.invalidDate'],
    ['a typo year', { saleDate: '0025-01-10' }, 'saleDate', 'validation.warranty.invalidDate'],
    ['an unknown category', { category: 'spaceships' }, 'category', 'validation.unknownPolicy'],
    ['a proof number without its kind', { proofKind: null }, 'proofKind', 'validation.proofKindNeeded'],
    ['no model', { model: '  ' }, 'model', 'validation.required'],
  ])('refuses %s with a translated message on the field, saving nothing', async (_, overrides, field, message) => {
    const core = testCore();
    const chen = await customer(core);
    const r = await core.dispatch('products.create', laserFields(chen.id, overrides));
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: [field], message }] } });
    expect(count(core, 'products')).toBe(0);
  });

  it('"today" is the shop\'s calendar day, not the computer\'s', async () => {
    // 2026-11-22 17:00 UTC is already 2026-11-23 in Shanghai.
    const core = testCore({ now: Date.UTC(2026, 10, 22, 17, 0) });
    const chen = await customer(core);
    expect((await core.dispatch('products.create', phoneFields(chen.id, { saleDate: '2026-11-23' }))).ok).toBe(true);
  });

  it('refuses an unknown customer', async () => {
    const core = testCore();
    const r = await core.dispatch('products.create', laserFields(42));
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: ['customerId'] }] } });
  });

  it('a serial already registered for the brand is refused, whatever its spelling; other brands may share it', async () => {
    const core = testCore();
    const chen = await customer(core);
    const first = await product(core, laserFields(chen.id));
    const again = await core.dispatch('products.create', laserFields(chen.id, { serial: 'lx 2025 00123' }));
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'product_duplicate_serial', params: { serial: 'lx 2025 00123', customer: '陈大文', productId: first.id } },
    });
    expect((await core.dispatch('products.create', laserFields(chen.id, { brand: '别的品牌' }))).ok).toBe(true);
    // Products without a serial (jewellery) never clash.
    await product(core, phoneFields(chen.id, { serial: '' }));
    await product(core, phoneFields(chen.id, { serial: '' }));
    expect(count(core, 'products')).toBe(4);
  });

  it('updates a product; its own serial is not a duplicate', async () => {
    const core = testCore();
    const chen = await customer(core);
    const p = await product(core, laserFields(chen.id));
    core.clock.now += 1000;
    const r = await core.dispatch('products.update', { ...laserFields(chen.id, { notes: '主机左侧有划痕' }), id: p.id });
    expect(r).toMatchObject({ ok: true, value: { notes: '主机左侧有划痕', updatedAt: core.clock.now, createdAt: p.createdAt } });
    expect(await core.dispatch('products.update', { ...laserFields(chen.id), id: 999 })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('a product with a card changes owner only by transferring the card', async () => {
    const core = testCore();
    const chen = await customer(core);
    const li = await customer(core, '李娜', '139 1234 0001');
    const p = await product(core, laserFields(chen.id));
    must(await call(core, 'warrantyCards.issue', { productId: p.id }));
    const r = await core.dispatch('products.update', { ...laserFields(li.id), id: p.id });
    expect(r).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['customerId'], message: 'validation.transferCardInstead' }] },
    });
  });

  it("lists a customer's products and finds products by serial, its tail, a part of it, or the model", async () => {
    const core = testCore();
    const chen = await customer(core);
    const li = await customer(core, '李娜', '139 1234 0001');
    const laser = await product(core, laserFields(chen.id));
    const phone = await product(core, phoneFields(li.id));
    expect(must(await call(core, 'products.list', { customerId: chen.id })).map((p) => p.id)).toEqual([laser.id]);
    const find = async (q: string) => must(await call(core, 'products.list', { q })).map((p) => [p.model, p.matchedBy]);
    expect(await find('LX2025-00123')).toEqual([['LX-2000 激光治疗仪', 'serial']]);
    expect(await find('00123')).toEqual([['LX-2000 激光治疗仪', 'serialTail']]);
    expect(await find('k9ab')).toEqual([['iPhone 15 Pro', 'serialPart']]);
    expect(await find('iphone')).toEqual([['iPhone 15 Pro', 'model']]);
    expect(await find('激光治疗')).toEqual([['LX-2000 激光治疗仪', 'model']]);
    expect(await find('ＬＸ２０２５００１２３')).toEqual([['LX-2000 激光治疗仪', 'serial']]);
    expect(must(await call(core, 'products.list', { q: '00123', customerId: li.id }))).toEqual([]);
    expect(phone.id).toBeGreaterThan(laser.id);
  });

  it('finds a brand typed whole, even in two characters, newest first; the warranty check does not', async () => {
    const core = testCore();
    const chen = await customer(core);
    const older = await product(core, phoneFields(chen.id, { brand: '华为', model: 'Mate 60 Pro', serial: 'HW0000000001' }));
    const newer = await product(core, phoneFields(chen.id, { brand: '华为', model: 'Pura 70', serial: 'HW0000000002' }));
    await product(core, phoneFields(chen.id, { brand: '小米', model: 'Redmi Note 13', serial: 'XM0000000001' }));
    await product(core, laserFields(chen.id, { brand: 'LG', serial: 'LG0000000001' }));
    const find = async (q: string) => must(await call(core, 'products.list', { q })).map((p) => [p.id, p.matchedBy]);
    expect(await find('华为')).toEqual([
      [newer.id, 'brand'],
      [older.id, 'brand'],
    ]);
    // Traditional and full-width spellings fold to the same brand.
    expect((await find('華為')).map(([id]) => id)).toEqual([newer.id, older.id]);
    expect((await find('ｌｇ')).map(([, how]) => how)).toEqual(['brand']);
    // Part of a brand is not a brand; two characters are too few for the name index.
    expect(await find('华')).toEqual([]);
    expect(must(await call(core, 'search.global', { q: '小米' })).products.map((p) => p.model)).toEqual(['Redmi Note 13']);
    // Looking a device up for its warranty goes by serial, card or phone only.
    expect(must(await call(core, 'warranty.lookup', { q: '华为' })).items).toEqual([]);
    expect(must(await call(core, 'warrantyCards.list', { q: '华为' }))).toEqual([]);
  });

  it('the global search returns products by serial and cards by number, grouped', async () => {
    const core = testCore();
    const chen = await customer(core);
    const p = await product(core, laserFields(chen.id));
    const card = must(await call(core, 'warrantyCards.issue', { productId: p.id }));
    const bySerial = must(await call(core, 'search.global', { q: '00123' }));
    expect(bySerial.products.map((x) => [x.serial, x.matchedBy, x.activeCard?.cardNo])).toEqual([
      ['LX2025-00123', 'serialTail', card.cardNo],
    ]);
    const byCard = must(await call(core, 'search.global', { q: card.cardNo }));
    expect(byCard.cards.map((c) => [c.cardNo, c.matchedBy, c.customerName])).toEqual([[card.cardNo, 'cardNo', '陈大文']]);
    expect(byCard.customers).toEqual([]);
    expect(must(await call(core, 'search.global', { q: '000001' })).cards.map((c) => c.matchedBy)).toEqual(['cardNoPart']);
  });
});
