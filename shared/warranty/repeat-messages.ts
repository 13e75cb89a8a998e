import type { Language } from '../i18n/languages';

/*
 * The sentences of the repeated-failure right, the refund of a return, and why return and
 * exchange are closed, in all three languages (DOMAIN rules 2, 3 and 7). Same conventions as
 * messages.ts: Chinese without a closing full stop, English with one; dates 'YYYY-MM-DD'.
 */

export interface RepeatMessages {
  /** One earlier repair as cited: ticket number and date. */
  citation: string;
  /** An earlier repair with no ticket number on record. */
  citationDateOnly: string;
  citationSeparator: string;
  timeOne: string;
  timeOther: string;
  /** The limit is reached: exchange or return. */
  reached: string;
  /** The limit is reached but no exchange is left: return. */
  reachedReturnOnly: string;
  /** Counted repairs below the limit: what it takes to open exchange or return. */
  below: string;
  /** The limit is reached but return and exchange are closed for another reason (said next). */
  counted: string;
  exchangeSpec: string;
  refundFull: string;
  refundFullNoPrice: string;
  refundDepreciation: string;
  /** {{total}} is the share of the price, e.g. "3%". */
  refundDepreciationNoPrice: string;
  /** The fault is excluded while the period still runs (not an expiry). */
  excludedInPeriod: string;
  returnNotCoveredPart: string;
}

const zhHans: RepeatMessages = {
  citation: '{{ticketNo}} {{date}}',
  citationDateOnly: '{{date}}',
  citationSeparator: '，',
  timeOne: '{{n}} 次',
  timeOther: '{{n}} 次',
  reached: '{{component}}：该故障已在保修期内维修 {{times}}（{{repairs}}），您可选择换货或退货',
  reachedReturnOnly: '{{component}}：该故障已在保修期内维修 {{times}}（{{repairs}}），换货次数已用完，您可选择退货',
  below: '{{component}}：该故障已在保修期内维修 {{times}}（{{repairs}}）；维修满 {{limit}} 次后再出现同一故障，可选择换货或退货',
  counted: '{{component}}：该故障已在保修期内维修 {{times}}（{{repairs}}）',
  exchangeSpec: '换货为同型号、同规格的产品',
  refundFull: '退货退还货款 {{amount}}',
  refundFullNoPrice: '退货退还全部货款',
  refundDepreciation: '退货按已使用 {{days}}、每天折旧 {{rate}} 扣除 {{deduction}}，退款 {{amount}}（货款 {{price}}）',
  refundDepreciationNoPrice: '退货按已使用 {{days}}、每天折旧 {{rate}}，从货款中扣除 {{total}}',
  excludedInPeriod: '{{component}}：本次故障不属免费保修——检测发现{{findings}}；保修期仍至 {{expiry}} 有效',
  returnNotCoveredPart: '故障部件不在保修范围内，不予退换货',
};

const zhHant: RepeatMessages = {
  citation: '{{ticketNo}} {{date}}',
  citationDateOnly: '{{date}}',
  citationSeparator: '，',
  timeOne: '{{n}} 次',
  timeOther: '{{n}} 次',
  reached: '{{component}}：該故障已在保修期內維修 {{times}}（{{repairs}}），您可選擇換貨或退貨',
  reachedReturnOnly: '{{component}}：該故障已在保修期內維修 {{times}}（{{repairs}}），換貨次數已用完，您可選擇退貨',
  below: '{{component}}：該故障已在保修期內維修 {{times}}（{{repairs}}）；維修滿 {{limit}} 次後再出現同一故障，可選擇換貨或退貨',
  counted: '{{component}}：該故障已在保修期內維修 {{times}}（{{repairs}}）',
  exchangeSpec: '換貨為同型號、同規格的產品',
  refundFull: '退貨退還貨款 {{amount}}',
  refundFullNoPrice: '退貨退還全部貨款',
  refundDepreciation: '退貨按已使用 {{days}}、每天折舊 {{rate}} 扣除 {{deduction}}，退款 {{amount}}（貨款 {{price}}）',
  refundDepreciationNoPrice: '退貨按已使用 {{days}}、每天折舊 {{rate}}，從貨款中扣除 {{total}}',
  excludedInPeriod: '{{component}}：本次故障不屬免費保修——檢測發現{{findings}}；保修期仍至 {{expiry}} 有效',
  returnNotCoveredPart: '故障部件不在保修範圍內，不予退換貨',
};

const en: RepeatMessages = {
  citation: '{{ticketNo}} of {{date}}',
  citationDateOnly: '{{date}}',
  citationSeparator: ', ',
  timeOne: 'once',
  timeOther: '{{n}} times',
  reached:
    '{{component}}: this fault has been repaired {{times}} under warranty ({{repairs}}); you may choose an exchange or a return.',
  reachedReturnOnly:
    '{{component}}: this fault has been repaired {{times}} under warranty ({{repairs}}); no exchange is left, you may choose a return.',
  below:
    '{{component}}: this fault has been repaired {{times}} under warranty ({{repairs}}); if it comes back after {{limit}} repairs, you may choose an exchange or a return.',
  counted: '{{component}}: this fault has been repaired {{times}} under warranty ({{repairs}}).',
  exchangeSpec: 'An exchange is for the same model and specification.',
  refundFull: 'A return refunds the price paid, {{amount}}.',
  refundFullNoPrice: 'A return refunds the full price paid.',
  refundDepreciation:
    'A return refunds {{amount}}: the price of {{price}} less {{deduction}} for {{days}} of use at {{rate}} a day.',
  refundDepreciationNoPrice: 'A return deducts {{rate}} of the price per day of use: {{total}} for {{days}}.',
  excludedInPeriod:
    '{{component}}: this fault is not covered — {{findings}} found at inspection; the warranty itself still runs until {{expiry}}.',
  returnNotCoveredPart: 'No return or exchange: the faulty part is not covered by the warranty.',
};

export const repeatMessages: Record<Language, RepeatMessages> = { 'zh-Hans': zhHans, 'zh-Hant': zhHant, en };
