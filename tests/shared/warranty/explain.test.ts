import { describe, it, expect } from 'vitest';
import { LANGUAGES } from '../../../shared/i18n/languages';
import {
  assessWarranty,
  explainAssessment,
  explainComponent,
  interpolate,
  translateWarrantyIssue,
  warrantyMessages,
} from '../../../shared/warranty';
import { laser, phone, watch } from './fixtures';

describe('explanation sentences', () => {
  const mixed = assessWarranty(laser({ faults: [{ component: 'host' }, { component: 'cable' }], assessmentDate: '2025-06-01' }));

  it("matches the product owner's example in simplified Chinese", () => {
    expect(explainAssessment(mixed, 'zh-Hans').slice(0, 2)).toEqual([
      '主机：保修至 2026-03-01（自验收日 2025-03-01 起 12 个月）',
      '连接线：不保修（不在保修范围内）',
    ]);
  });

  it('says the same in traditional Chinese', () => {
    expect(explainAssessment(mixed, 'zh-Hant').slice(0, 2)).toEqual([
      '主機：保修至 2026-03-01（自驗收日 2025-03-01 起 12 個月）',
      '連接線：不保修（不在保修範圍內）',
    ]);
  });

  it('and in English', () => {
    expect(explainAssessment(mixed, 'en')).toEqual([
      'Host: covered until 2026-03-01 (12 months from acceptance 2025-03-01).',
      'Cable: not covered (never covered).',
      'This policy offers no return or exchange; repair only.',
    ]);
  });

  it('names the finding that voided the free repair, and that the period still runs (issue 18 defect 3)', () => {
    const a = assessWarranty(laser({ faults: [{ component: 'laser' }], findings: [{ code: 'water_damage' }] }));
    expect(explainComponent(a.components[0]!, 'en')).toBe(
      'Laser: this fault is not covered — water or moisture damage found at inspection; the warranty itself still runs until 2027-03-01.',
    );
    expect(explainComponent(a.components[0]!, 'zh-Hans')).toBe(
      '激光器：本次故障不属免费保修——检测发现进水或受潮；保修期仍至 2027-03-01 有效',
    );
    expect(explainComponent(a.components[0]!, 'zh-Hant')).toBe(
      '雷射器：本次故障不屬免費保修——檢測發現進水或受潮；保修期仍至 2027-03-01 有效',
    );
  });

  it('an exclusion found after the period ended says only the finding', () => {
    const a = assessWarranty(
      laser({ faults: [{ component: 'host' }], findings: [{ code: 'water_damage' }], assessmentDate: '2026-06-01' }),
    );
    expect(a.components[0]!.reasons).toEqual(['excluded', 'expired']);
    expect(explainComponent(a.components[0]!, 'en')).toBe('Host: not covered — water or moisture damage found at inspection.');
    expect(explainComponent(a.components[0]!, 'zh-Hans')).toBe('主机：不保修——检测发现进水或受潮');
  });

  it('lists several findings with the separator of the language', () => {
    const a = assessWarranty(phone({ findings: [{ code: 'water_damage' }, { code: 'drop_impact' }] }));
    expect(explainComponent(a.components[0]!, 'en')).toBe(
      'Host: this fault is not covered — water or moisture damage, drop, impact or crushing found at inspection; the warranty itself still runs until 2026-03-01.',
    );
    expect(explainComponent(a.components[0]!, 'zh-Hans')).toBe(
      '主机：本次故障不属免费保修——检测发现进水或受潮、摔落、撞击或挤压；保修期仍至 2026-03-01 有效',
    );
  });

  it('explains a repair warranty that outlasts the original term', () => {
    const a = assessWarranty(
      laser({ earlierRepairs: [{ date: '2026-03-10', component: 'host', fault: 'no_power' }], assessmentDate: '2026-04-01' }),
    );
    expect(explainComponent(a.components[0]!, 'en')).toBe(
      'Host: covered until 2026-06-10 under the repair warranty (3 months from the repair on 2026-03-10, longer than the original term).',
    );
    expect(explainComponent(a.components[0]!, 'zh-Hans')).toBe(
      '主机：维修保修至 2026-06-10（自 2026-03-10 维修起 3 个月，长于原保修期）',
    );
    expect(explainComponent(a.components[0]!, 'zh-Hant')).toBe(
      '主機：維修保修至 2026-06-10（自 2026-03-10 維修起 3 個月，長於原保修期）',
    );
  });

  it('does not claim "longer than the original term" when there was none', () => {
    const a = assessWarranty(
      watch({
        proof: [],
        earlierRepairs: [{ date: '2025-05-01', component: 'watch_movement', fault: 'stops' }],
        assessmentDate: '2025-06-01',
      }),
    );
    expect(explainComponent(a.components[0]!, 'en')).toBe(
      'Movement: covered until 2025-08-01 under the repair warranty (3 months from the repair on 2025-05-01).',
    );
  });

  it('explains a replaced-part warranty and its end', () => {
    const repairs = [{ date: '2026-01-10', component: 'handpiece', partsReplaced: ['handpiece'] }];
    const covered = assessWarranty(
      laser({ faults: [{ component: 'handpiece' }], earlierRepairs: repairs, assessmentDate: '2026-12-01' }),
    );
    expect(explainComponent(covered.components[0]!, 'en')).toBe(
      'Handpiece: covered until 2027-01-10 under the replaced-part warranty (12 months from its replacement on 2026-01-10).',
    );
    const ended = assessWarranty(
      laser({ faults: [{ component: 'handpiece' }], earlierRepairs: repairs, assessmentDate: '2027-01-11' }),
    );
    expect(explainComponent(ended.components[0]!, 'zh-Hans')).toBe(
      '治疗手柄：已过保修期——换件保修于 2027-01-10 到期（自 2026-01-10 更换起 12 个月）',
    );
  });

  it('explains an expired term with the date basis', () => {
    const a = assessWarranty(laser({ proof: [], assessmentDate: '2025-12-02' }));
    expect(explainComponent(a.components[0]!, 'en')).toBe(
      'Host: not covered — the warranty ended on 2025-12-01 (12 months from production date 2024-12-01).',
    );
    expect(explainComponent(a.components[0]!, 'zh-Hant')).toBe(
      '主機：已過保修期——保修於 2025-12-01 到期（自生產日期 2024-12-01 起 12 個月）',
    );
  });

  it('uses the singular for a one-month term in English', () => {
    const policy = {
      ...laser().policy,
      components: [{ code: 'host', termMonths: 1, labels: { 'zh-Hans': '主机', 'zh-Hant': '主機', en: 'Host' } }],
    };
    const a = assessWarranty(laser({ policy, assessmentDate: '2025-03-10' }));
    expect(explainComponent(a.components[0]!, 'en')).toBe('Host: covered until 2025-04-01 (1 month from acceptance 2025-03-01).');
  });

  it('explains a component outside the policy and a missing proof', () => {
    const a = assessWarranty(watch({ proof: [], faults: [{ component: 'watch_movement' }, { component: 'earring_hook' }] }));
    expect(explainAssessment(a, 'en').slice(0, 2)).toEqual([
      'Movement: not covered — no proof of purchase, and this policy does not count from the production date.',
      'earring_hook: not covered (not in the warranty policy).',
    ]);
  });

  it('explains the return window with its last day', () => {
    const a = assessWarranty(phone({ assessmentDate: '2025-03-02' }));
    expect(explainAssessment(a, 'en').at(-1)).toBe(
      'Return, exchange or repair possible until 2025-03-08 (7 days from sale 2025-03-01).',
    );
    expect(explainAssessment(a, 'zh-Hans').at(-1)).toBe('可退货、换货或维修，至 2025-03-08 止（自销售日 2025-03-01 起 7 天）');
  });

  it('explains the exchange window, the price condition and a used-up limit', () => {
    const a = assessWarranty(watch({ assessmentDate: '2025-03-02' }));
    expect(explainAssessment(a, 'en').slice(1)).toEqual([
      'Return, exchange or repair possible until 2025-03-08 (7 days from sale 2025-03-01).',
      'An exchange must be for an item of the same or a higher price.',
    ]);
    const used = assessWarranty(watch({ exchangesUsed: 1, assessmentDate: '2025-03-02' }));
    expect(explainAssessment(used, 'zh-Hant').slice(1)).toEqual([
      '可退貨或維修，至 2025-03-08 止（自銷售日 2025-03-01 起 7 天）',
      '換貨次數已用完（限 1 次）',
    ]);
    const exchange = assessWarranty(phone({ assessmentDate: '2025-03-10' }));
    expect(explainAssessment(exchange, 'en').at(-1)).toBe(
      'Exchange or repair possible until 2025-03-16 (15 days from sale 2025-03-01).',
    );
  });

  it('explains why return and exchange are closed', () => {
    expect(explainAssessment(assessWarranty(phone({ findings: [{ code: 'water_damage' }] })), 'zh-Hans').at(-1)).toBe(
      '检测发现除外情形，不予退换货',
    );
    expect(explainAssessment(assessWarranty(phone({ proof: [] })), 'en').at(-1)).toBe(
      'No return or exchange without proof of purchase.',
    );
    expect(explainAssessment(assessWarranty(phone({ assessmentDate: '2025-04-01' })), 'en').at(-1)).toBe(
      'The return and exchange periods have ended (from sale 2025-03-01); repair only.',
    );
  });

  it('leaves no placeholder unfilled in any language', () => {
    const inputs = [
      laser({
        faults: [{ component: 'host' }, { component: 'cable' }, { component: 'nope' }],
        findings: [{ code: 'misuse', component: 'nope' }],
      }),
      laser({ earlierRepairs: [{ date: '2026-03-10', component: 'host', fault: 'no_power' }], assessmentDate: '2026-07-01' }),
      laser({ cardExpiries: [{ component: 'host', expiry: '2025-09-01' }], assessmentDate: '2025-10-01' }),
      phone({
        policy: {
          ...phone().policy,
          returnExchange: { returnDays: 0, exchangeDays: 3, exchangeLimit: 1, exchangeSameOrHigherPrice: true },
        },
        exchangesUsed: 1,
      }),
      phone({ proof: [], dates: { saleDate: '2025-03-01' } }),
    ];
    for (const input of inputs) {
      for (const lang of LANGUAGES) {
        for (const sentence of explainAssessment(assessWarranty(input), lang)) {
          expect(sentence).not.toMatch(/\{\{|\}\}|undefined|null/);
        }
      }
    }
  });
});

describe('messages', () => {
  const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

  it('uses the same placeholders in every language', () => {
    const en = warrantyMessages.en.sentences;
    for (const lang of LANGUAGES) {
      for (const [key, text] of Object.entries(warrantyMessages[lang].sentences)) {
        expect(placeholders(text), `${lang}.${key}`).toEqual(placeholders(en[key as keyof typeof en]));
      }
    }
  });

  it('interpolates and keeps unknown placeholders visible', () => {
    expect(interpolate('{{a}} and {{b}}', { a: 1 })).toBe('1 and {{b}}');
  });

  it('translates the warranty validation keys', () => {
    expect(translateWarrantyIssue('validation.warranty.deliveryBeforeProduction', 'en')).toBe('Delivered before it was produced');
    expect(translateWarrantyIssue('validation.warranty.invalidDate', 'zh-Hans')).toBe('日期无效（格式 YYYY-MM-DD）');
    expect(translateWarrantyIssue('validation.required', 'en')).toBeNull();
    expect(translateWarrantyIssue('validation.warranty.nonsense', 'en')).toBeNull();
  });
});
