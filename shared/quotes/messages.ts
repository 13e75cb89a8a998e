import type { Language } from '../i18n/languages';
import type { LineKind, TaxSetting } from './totals';
import type { QuoteValidationKey } from './validate';

/*
 * The words of a quote or receipt in all three languages, and the texts of the
 * `validation.quote.*` keys. Labels are what the printed quote shows beside each figure;
 * {{amount}} is filled with formatMoney(...) and {{rate}} with a percentage like "13%".
 */

export interface QuoteMessages {
  lineKinds: Record<LineKind, string>;
  taxModes: Record<TaxSetting['mode'], string>;
  totals: {
    subtotal: string;
    freeValue: string;
    discount: string;
    taxableBase: string;
    tax: string;
    taxIncluded: string;
    total: string;
    free: string;
  };
  validation: Record<QuoteValidationKey, string>;
}

const zhHans: QuoteMessages = {
  lineKinds: { labour: '人工费', part: '配件费', on_site: '上门费', other: '其他' },
  taxModes: { none: '不计税', inclusive: '含税价', exclusive: '不含税价（另加税）' },
  totals: {
    subtotal: '小计',
    freeValue: '保修免费金额：{{amount}}',
    discount: '折扣',
    taxableBase: '不含税金额',
    tax: '税额（{{rate}}）',
    taxIncluded: '其中税额（{{rate}}）',
    total: '合计',
    free: '免费',
  },
  validation: {
    freeReasonRequired: '免费项目须注明原因',
    discountTooLarge: '折扣不能超过收费项目小计',
    discountPercentRange: '折扣须在 0% 至 100% 之间',
    taxRateRange: '税率须在 0% 至 100% 之间',
    totalTooLarge: '报价合计金额过大',
  },
};

const zhHant: QuoteMessages = {
  lineKinds: { labour: '人工費', part: '配件費', on_site: '上門費', other: '其他' },
  taxModes: { none: '不計稅', inclusive: '含稅價', exclusive: '未稅價（另加稅）' },
  totals: {
    subtotal: '小計',
    freeValue: '保修免費金額：{{amount}}',
    discount: '折扣',
    taxableBase: '未稅金額',
    tax: '稅額（{{rate}}）',
    taxIncluded: '其中稅額（{{rate}}）',
    total: '合計',
    free: '免費',
  },
  validation: {
    freeReasonRequired: '免費項目須註明原因',
    discountTooLarge: '折扣不能超過收費項目小計',
    discountPercentRange: '折扣須在 0% 至 100% 之間',
    taxRateRange: '稅率須在 0% 至 100% 之間',
    totalTooLarge: '報價合計金額過大',
  },
};

const en: QuoteMessages = {
  lineKinds: { labour: 'Labour', part: 'Parts', on_site: 'On-site fee', other: 'Other' },
  taxModes: { none: 'No tax', inclusive: 'Prices include tax', exclusive: 'Tax added to prices' },
  totals: {
    subtotal: 'Subtotal',
    freeValue: 'Free under warranty: {{amount}}',
    discount: 'Discount',
    taxableBase: 'Amount before tax',
    tax: 'Tax ({{rate}})',
    taxIncluded: 'Tax included ({{rate}})',
    total: 'Total',
    free: 'Free',
  },
  validation: {
    freeReasonRequired: 'A free line needs a reason',
    discountTooLarge: 'The discount cannot exceed the charged subtotal',
    discountPercentRange: 'A discount is between 0% and 100%',
    taxRateRange: 'A tax rate is between 0% and 100%',
    totalTooLarge: 'The quote total is too large',
  },
};

export const quoteMessages: Record<Language, QuoteMessages> = { 'zh-Hans': zhHans, 'zh-Hant': zhHant, en };

export function lineKindLabel(kind: LineKind, language: Language): string {
  return quoteMessages[language].lineKinds[kind];
}

/** 1300 -> "13%", 1250 -> "12.5%", 5 -> "0.05%": rates as printed beside the tax line. */
export function formatRate(rateBp: number): string {
  if (!Number.isSafeInteger(rateBp) || rateBp < 0) throw new RangeError(`A rate must be a non-negative integer, got ${rateBp}`);
  const whole = Math.floor(rateBp / 100);
  const fraction = String(rateBp % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return `${whole}${fraction ? `.${fraction}` : ''}%`;
}
