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
    invalid: '无效',
    invalidType: '无效',
    tooShort: '至少 {{min}} 个字符',
    tooLong: '最多 {{max}} 个字符',
    tooFewItems: '至少需要 {{min}} 项',
    tooManyItems: '最多 {{max}} 项',
    numberTooSmall: '不能小于 {{min}}',
    numberTooBig: '不能大于 {{max}}',
    integer: '必须是整数',
    invalidFormat: '格式不正确',
    invalidChoice: '请从选项中选择',
    unknownField: '多余的字段',
    email: '电子邮箱格式不正确',
    phone: '请输入 5 到 20 位数字，可以 + 开头',
    phoneRepeated: '该号码重复填写了',
    taxId: '只能包含字母、数字和短横线',
    timeZone: '未知的时区',
    logoType: '仅支持 PNG 或 JPEG 图片',
    logoSize: '图片不能超过 512 KB',
    futureDate: '该日期晚于今天',
    proofKindNeeded: '请选择凭证类型',
    saleBeforeProduction: '销售日期早于生产日期：如为预订，请勾选“预订”确认',
    preOrderNeedsDelivery: '预订产品的保修自交付日期起算，请填写交付日期',
    cardNo: '不能包含空格或花括号',
    unknownPolicy: '请选择产品类别',
    unknownCustomer: '请选择客户',
    transferCardInstead: '该产品有有效保修卡，变更所有人请转让保修卡',
    numbering: {
      seqMissing: '编号格式须包含 {seq} 或 {seq:N} 作为流水号',
      seqTwice: '流水号只能出现一次',
      unknownToken: '无法识别的占位符：请使用 {YYYY}、{YY}、{MM} 或 {seq:N}（N 不超过 10）',
      badCharacter: '不能包含空格或多余的花括号',
      yearNeeded: '每年重新编号时，格式中须包含 {YYYY} 或 {YY}',
    },
    warranty: warrantyMessages['zh-Hans'].validation,
    money: moneyMessages['zh-Hans'].validation.money,
    quantity: moneyMessages['zh-Hans'].validation.quantity,
    quote: quoteMessages['zh-Hans'].validation,
    sla: ticketMessages['zh-Hans'].validation,
    ticket: intakeMessages['zh-Hans'].validation,
    payment: {
      amountPositive: '请输入大于零的金额',
      unknownMethod: '请选择付款方式',
      tenderedCashOnly: '只有现金有实收金额',
      tenderedBelowAmount: '少于金额',
      saleLinesRequired: '请至少添加一个项目',
      ticketRequired: '请选择维修单',
      invoiceKind: '请选择发票类型',
      invoiceNumber: '发票号码应为 8 至 20 位数字',
      invoiceDigital: '数电票号码应为 20 位数字',
      invoiceRecorded: '本收据已登记此发票号码',
    },
  },
};
