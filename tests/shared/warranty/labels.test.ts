import { describe, it, expect } from 'vitest';
import { LANGUAGES } from '../../../shared/i18n/languages';
import {
  DEFAULT_POLICIES,
  EXCLUSION_CODES,
  REASON_CODES,
  STANDARD_EXCLUSIONS,
  exclusionLabel,
  parsePolicy,
  reasonLabel,
} from '../../../shared/warranty';

const hasHan = (s: string) => /\p{Script=Han}/u.test(s);

describe('exclusion labels', () => {
  it.each(EXCLUSION_CODES.map((c) => [c]))('%s has a label in zh-Hans, zh-Hant and en', (code) => {
    const labels = LANGUAGES.map((l) => exclusionLabel(code, l));
    for (const label of labels) expect(label.trim()).not.toBe('');
    expect(hasHan(exclusionLabel(code, 'zh-Hans'))).toBe(true);
    expect(hasHan(exclusionLabel(code, 'zh-Hant'))).toBe(true);
    expect(hasHan(exclusionLabel(code, 'en'))).toBe(false);
  });

  it('gives every exclusion a different label within a language', () => {
    for (const lang of LANGUAGES) {
      const labels = EXCLUSION_CODES.map((c) => exclusionLabel(c, lang));
      expect(new Set(labels).size).toBe(labels.length);
    }
  });

  it('keeps "not sold by this shop" opt-in', () => {
    expect(STANDARD_EXCLUSIONS).not.toContain('not_sold_by_shop');
    expect(STANDARD_EXCLUSIONS.length).toBe(EXCLUSION_CODES.length - 1);
  });

  it('has a label for every reason code', () => {
    for (const lang of LANGUAGES) for (const r of REASON_CODES) expect(reasonLabel(r, lang).trim()).not.toBe('');
  });
});

describe('default policies', () => {
  it.each(DEFAULT_POLICIES.map((p) => [p.code, p]))('%s passes its own validation', (_code, policy) => {
    expect(parsePolicy(policy)).toEqual({ ok: true, policy });
  });

  it.each(DEFAULT_POLICIES.map((p) => [p.code, p]))('%s names every component in all three languages', (_code, policy) => {
    for (const item of [...policy.components, ...policy.neverCovered, policy]) {
      for (const lang of LANGUAGES) expect(item.labels[lang].trim(), `${item.code}.${lang}`).not.toBe('');
      expect(hasHan(item.labels['zh-Hans'])).toBe(true);
      expect(hasHan(item.labels['zh-Hant'])).toBe(true);
      expect(hasHan(item.labels.en)).toBe(false);
    }
  });

  it('takes the laser-device terms from seed 001', () => {
    const laser = DEFAULT_POLICIES.find((p) => p.code === 'medical_laser');
    const term = (code: string) => laser?.components.find((c) => c.code === code)?.termMonths;
    expect([term('laser'), term('host'), term('light_guide_arm'), term('handpiece'), term('foot_switch')]).toEqual([
      24, 12, 12, 12, 12,
    ]);
    expect(laser?.neverCovered.map((n) => n.code)).toEqual(
      expect.arrayContaining(['cable', 'accessories', 'documents', 'consumables', 'special_price']),
    );
    expect(laser?.noProof).toBe('production_date');
    expect([laser?.repairWarrantyMonths, laser?.replacedPartMonths]).toEqual([3, 12]);
  });

  it('takes the jewellery exchange rules from seed 002', () => {
    const jewellery = DEFAULT_POLICIES.find((p) => p.code === 'jewellery_watch');
    expect(jewellery?.returnExchange).toEqual({
      returnDays: 7,
      exchangeDays: 3,
      exchangeLimit: 1,
      exchangeSameOrHigherPrice: true,
    });
    expect(jewellery?.exclusions).toContain('not_sold_by_shop');
    expect(jewellery?.exclusions).toContain('cosmetic_wear');
  });

  it('has distinct policy codes', () => {
    expect(new Set(DEFAULT_POLICIES.map((p) => p.code)).size).toBe(DEFAULT_POLICIES.length);
  });
});
