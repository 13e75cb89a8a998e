import { describe, expect, it } from 'vitest';
import { testCore } from '../../helpers';
import { assessWarranty, buildAssessmentInput, explainAssessment } from '../../../shared/warranty';
import { customer, laserFields, call, must, phoneFields, product } from './fixtures';

async function shop() {
  const core = testCore();
  const chen = await customer(core);
  const li = await customer(core, '李娜', '139 1234 0001');
  const laser = await product(core, laserFields(chen.id));
  const phone = await product(core, phoneFields(li.id));
  const card = must(await call(core, 'warrantyCards.issue', { productId: laser.id }));
  return { core, chen, li, laser, phone, card };
}

describe('the check-warranty lookup', () => {
  it.each([
    ['the card number from its QR code', 'W2026-000001', 'cardNo'],
    ['the card number as typed, in lower case', 'w2026000001', 'cardNo'],
    ['the whole serial', 'LX2025-00123', 'serial'],
    ['the end of the serial', '00123', 'serialTail'],
    ['a part of the serial', '2025-001', 'serialPart'],
    ["the owner's phone", '13800138000', 'phone'],
    ["the last digits of the owner's phone", '8000', 'phoneTail'],
  ])('finds the laser by %s', async (_, q, how) => {
    const { core, laser } = await shop();
    const r = must(await call(core, 'warranty.lookup', { q }));
    expect(r.items.map((i) => [i.product.id, i.matchedBy])).toEqual([[laser.id, how]]);
    expect(r.assessmentDate).toBe('2026-11-22');
  });

  it('an unknown serial finds nothing', async () => {
    const { core } = await shop();
    expect(must(await call(core, 'warranty.lookup', { q: 'ZZ-404' })).items).toEqual([]);
    expect(await core.dispatch('warranty.lookup', { q: '  ' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it("gives the card's policy and expiries when a card is in force, the current policy otherwise", async () => {
    const { core, laser, phone, card } = await shop();
    const withCard = must(await call(core, 'warranty.lookup', { productId: laser.id })).items[0]!;
    expect(withCard.card).toMatchObject({ id: card.id, cardNo: card.cardNo, start: { date: '2025-03-01', basis: 'acceptance' } });
    expect(withCard.context.cardExpiries).toContainEqual({ component: 'laser', expiry: '2027-03-01' });
    expect(withCard.context.proof).toEqual(['acceptance_form']);
    const noCard = must(await call(core, 'warranty.lookup', { productId: phone.id })).items[0]!;
    expect(noCard.card).toBeNull();
    expect(noCard.context.policy.code).toBe('consumer_electronics');
    expect(noCard.context.cardExpiries).toEqual([]);
    expect(await core.dispatch('warranty.lookup', { productId: 999 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('two faults, one excluded by water damage: the host is free, the laser is paid, and the reasons read well', async () => {
    const { core, laser } = await shop();
    const r = must(await call(core, 'warranty.lookup', { productId: laser.id }));
    const item = r.items[0]!;
    const assessment = assessWarranty(
      buildAssessmentInput(
        item.context,
        {
          faults: [
            { component: 'laser', fault: '无输出' },
            { component: 'foot_switch', fault: '接触不良' },
          ],
          findings: [{ code: 'water_damage', component: 'laser' }],
        },
        '2026-02-01',
      ),
    );
    expect(assessment.components.map((c) => c.covered)).toEqual([false, true]);
    expect(explainAssessment(assessment, 'zh-Hans')).toEqual([
      '激光器：本次故障不属免费保修——检测发现进水或受潮；保修期仍至 2027-03-01 有效',
      '脚踏开关：保修至 2026-03-01（以保修卡为准，自验收日 2025-03-01 起）',
      '本政策不提供退换货，仅可维修',
    ]);
  });

  it('a policy edited after the card was issued changes new cards only', async () => {
    const { core, laser, card } = await shop();
    const policies = must(await call(core, 'policies.list', {}));
    const laserPolicy = policies.find((p) => p.code === 'medical_laser')!;
    const edited = {
      ...laserPolicy.policy,
      components: laserPolicy.policy.components.map((c) => (c.code === 'host' ? { ...c, termMonths: 36 } : c)),
    };
    must(await call(core, 'policies.update', { policy: edited, terms: laserPolicy.terms }));
    const item = must(await call(core, 'warranty.lookup', { productId: laser.id })).items[0]!;
    expect(item.context.policy.components.find((c) => c.code === 'host')?.termMonths).toBe(12);
    expect(
      must(await call(core, 'warrantyCards.get', { id: card.id })).components.find((c) => c.component === 'host')?.expiry,
    ).toBe('2026-03-01');
    must(await call(core, 'warrantyCards.void', { id: card.id, reason: '重新签发' }));
    const reissued = must(await call(core, 'warrantyCards.issue', { productId: laser.id }));
    expect(reissued.components.find((c) => c.component === 'host')?.expiry).toBe('2028-03-01');
  });
});

describe('policies and numbering in Settings', () => {
  it('a new shop starts with the four default policies', async () => {
    const core = testCore();
    const list = must(await call(core, 'policies.list', {}));
    expect(list.map((p) => [p.code, p.builtIn, p.updatedAt])).toEqual([
      ['consumer_electronics', true, null],
      ['household_appliance', true, null],
      ['medical_laser', true, null],
      ['jewellery_watch', true, null],
    ]);
  });

  it.each([
    ['a negative term', -1, 'validation.numberTooSmall?min=0'],
    ['an absurd term', 999, 'validation.numberTooBig?max=120'],
    ['a fractional term', 1.5, 'validation.invalidType'],
  ])('refuses %s with a translated message, saving nothing', async (_, months, message) => {
    const core = testCore();
    const [first] = must(await call(core, 'policies.list', {}));
    const policy = { ...first!.policy, components: [{ ...first!.policy.components[0]!, termMonths: months }] };
    const r = await core.dispatch('policies.update', { policy, terms: first!.terms });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: ['policy', 'components', 0, 'termMonths'], message }] },
    });
    expect(core.context.db.$client.prepare('SELECT count(*) FROM warranty_policies').pluck().get()).toBe(0);
  });

  it('adds a policy with its own terms, refuses a taken code, and archives it', async () => {
    const core = testCore();
    const [base] = must(await call(core, 'policies.list', {}));
    const bikes = {
      ...base!.policy,
      code: 'ebike',
      labels: { 'zh-Hans': '电动自行车', 'zh-Hant': '電動自行車', en: 'E-bikes' },
      components: [{ code: 'motor', termMonths: 24, labels: { 'zh-Hans': '电机', 'zh-Hant': '馬達', en: 'Motor' } }],
    };
    const terms = { 'zh-Hans': '电池按循环次数保修。', 'zh-Hant': '', en: '' };
    const created = must(await call(core, 'policies.create', { policy: bikes, terms }));
    expect(created).toMatchObject({
      code: 'ebike',
      builtIn: false,
      archived: false,
      terms: { 'zh-Hans': '电池按循环次数保修。' },
    });
    expect(must(await call(core, 'policies.list', {})).map((p) => p.code)).toEqual([
      'consumer_electronics',
      'household_appliance',
      'medical_laser',
      'jewellery_watch',
      'ebike',
    ]);
    expect(await core.dispatch('policies.create', { policy: bikes, terms })).toMatchObject({
      ok: false,
      error: { code: 'policy_code_taken' },
    });
    const archived = must(await call(core, 'policies.update', { policy: bikes, terms, archived: true }));
    expect(archived.archived).toBe(true);
    const chen = await customer(core);
    expect(await core.dispatch('products.create', { ...phoneFields(chen.id), category: 'ebike' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['category'], message: 'validation.unknownPolicy' }] },
    });
  });

  it('changes the card number pattern and refuses patterns that cannot number', async () => {
    const core = testCore();
    expect(must(await call(core, 'numbering.list', {}))).toEqual([
      { key: 'warranty_card', pattern: 'W{YYYY}-{seq:6}', resetYearly: true, nextSeq: 1, nextNumber: 'W2026-000001' },
      { key: 'ticket', pattern: 'R{YYYY}-{seq:6}', resetYearly: true, nextSeq: 1, nextNumber: 'R2026-000001' },
      { key: 'receipt', pattern: 'S{YYYY}-{seq:6}', resetYearly: true, nextSeq: 1, nextNumber: 'S2026-000001' },
      { key: 'credit_note', pattern: 'C{YYYY}-{seq:6}', resetYearly: true, nextSeq: 1, nextNumber: 'C2026-000001' },
    ]);
    const bad = async (pattern: string, resetYearly = true) =>
      await core.dispatch('numbering.update', { key: 'warranty_card', pattern, resetYearly, nextSeq: 1 });
    expect(await bad('W-{YYYY}')).toMatchObject({
      error: { issues: [{ path: ['pattern'], message: 'validation.numbering.seqMissing' }] },
    });
    expect(await bad('W {seq}')).toMatchObject({ error: { issues: [{ message: 'validation.numbering.badCharacter' }] } });
    expect(await bad('W{seq}{seq}')).toMatchObject({ error: { issues: [{ message: 'validation.numbering.seqTwice' }] } });
    expect(await bad('W{DD}{seq}')).toMatchObject({ error: { issues: [{ message: 'validation.numbering.unknownToken' }] } });
    expect(await bad('BXK-{seq:5}')).toMatchObject({
      error: { issues: [{ path: ['pattern'], message: 'validation.numbering.yearNeeded' }] },
    });

    const saved = must(
      await call(core, 'numbering.update', {
        key: 'warranty_card',
        pattern: 'BXK{YY}{MM}-{seq:4}',
        resetYearly: false,
        nextSeq: 501,
      }),
    );
    expect(saved.nextNumber).toBe('BXK2611-0501');
    const chen = await customer(core);
    const p = await product(core, laserFields(chen.id));
    expect(must(await call(core, 'warrantyCards.issue', { productId: p.id })).cardNo).toBe('BXK2611-0501');
    expect(must(await call(core, 'numbering.list', {}))[0]?.nextNumber).toBe('BXK2611-0502');
  });
});
