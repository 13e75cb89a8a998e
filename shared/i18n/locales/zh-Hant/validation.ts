import type { NamespaceMessages } from '../types';
import { warrantyMessages } from '../../../warranty/messages';
import { ticketMessages } from '../../../tickets/messages';
import { intakeMessages } from '../../../tickets/intake-messages';
import { quoteMessages } from '../../../quotes/messages';
import { moneyMessages } from '../../../money/messages';

/** Field messages: the `validation.*` keys schemas and handlers return (translateMessage). */
export const validation: NamespaceMessages<'validation'> = {
  validation: {
    required: '必填',
    invalid: '無效',
    invalidType: '無效',
    tooShort: '至少 {{min}} 個字元',
    tooLong: '最多 {{max}} 個字元',
    tooFewItems: '至少需要 {{min}} 項',
    tooManyItems: '最多 {{max}} 項',
    numberTooSmall: '不能小於 {{min}}',
    numberTooBig: '不能大於 {{max}}',
    integer: '必須是整數',
    invalidFormat: '格式不正確',
    invalidChoice: '請從選項中選擇',
    unknownField: '多餘的欄位',
    email: '電子郵件格式不正確',
    phone: '請輸入 5 到 20 位數字，可以 + 開頭',
    phoneRepeated: '此號碼重複填寫了',
    taxId: '只能包含字母、數字和連字號',
    timeZone: '未知的時區',
    logoType: '僅支援 PNG 或 JPEG 圖片',
    logoSize: '圖片不能超過 512 KB',
    futureDate: '該日期晚於今天',
    proofKindNeeded: '請選擇憑證類型',
    saleBeforeProduction: '銷售日期早於生產日期：如為預訂，請勾選「預訂」確認',
    preOrderNeedsDelivery: '預訂產品的保修自交付日期起算，請填寫交付日期',
    cardNo: '不能包含空格或大括號',
    unknownPolicy: '請選擇產品類別',
    unknownCustomer: '請選擇客戶',
    transferCardInstead: '該產品有有效保修卡，變更所有人請轉讓保修卡',
    numbering: {
      seqMissing: '編號格式須包含 {seq} 或 {seq:N} 作為流水號',
      seqTwice: '流水號只能出現一次',
      unknownToken: '無法識別的佔位符：請使用 {YYYY}、{YY}、{MM} 或 {seq:N}（N 不超過 10）',
      badCharacter: '不能包含空格或多餘的大括號',
      yearNeeded: '每年重新編號時，格式中須包含 {YYYY} 或 {YY}',
    },
    warranty: warrantyMessages['zh-Hant'].validation,
    money: moneyMessages['zh-Hant'].validation.money,
    quantity: moneyMessages['zh-Hant'].validation.quantity,
    quote: quoteMessages['zh-Hant'].validation,
    sla: ticketMessages['zh-Hant'].validation,
    ticket: intakeMessages['zh-Hant'].validation,
    payment: {
      amountPositive: '請輸入大於零的金額',
      unknownMethod: '請選擇付款方式',
      tenderedCashOnly: '只有現金有實收金額',
      tenderedBelowAmount: '少於金額',
      saleLinesRequired: '請至少新增一個項目',
      ticketRequired: '請選擇維修單',
      invoiceKind: '請選擇發票類型',
      invoiceNumber: '發票號碼應為 8 至 20 位數字',
      invoiceDigital: '數電票號碼應為 20 位數字',
      invoiceRecorded: '本收據已登記此發票號碼',
    },
  },
};
