import type { Language } from '../i18n/languages';
import { interpolate } from '../warranty/messages';
import type { DurationUnit, SlaChannel, SlaDuration, SlaUrgency, SlaValidationKey } from './sla';
import type { TicketStatus, TransitionReason } from './status';

/*
 * Ticket words in all three languages: status names as DOMAIN.md gives them, why a status
 * change was refused, SLA channels and urgencies, and the `validation.sla.*` texts. The Record
 * types make a missing one a compile error. {{from}} and {{to}} are status labels.
 */

export interface TicketMessages {
  statuses: Record<TicketStatus, string>;
  reasons: Record<TransitionReason, string>;
  channels: Record<SlaChannel, string>;
  urgencies: Record<SlaUrgency, string>;
  durations: Record<DurationUnit, { one: string; other: string }>;
  validation: Record<SlaValidationKey, string>;
}

const zhHans: TicketMessages = {
  statuses: {
    received: '已接收',
    diagnosing: '检测中',
    quoted: '待确认',
    approved: '已确认',
    in_repair: '维修中',
    waiting_parts: '待配件',
    ready: '待取机',
    collected: '已取机',
    declined: '客户拒修',
    returned_unrepaired: '未修退回',
    cancelled: '已取消',
  },
  reasons: {
    unknown_status: '未知的工单状态',
    same_status: '工单已处于“{{to}}”状态',
    terminal: '工单已结束（{{from}}），不能再更改状态',
    not_allowed: '工单不能从“{{from}}”改为“{{to}}”',
    quote_missing: '请先出具报价单',
    quote_not_approved: '客户尚未确认报价',
    quote_approval_required: '收费维修须先经客户确认报价',
    note_required: '请填写原因',
    balance_due: '尚有未付款项，请先收款',
  },
  channels: { walk_in: '到店送修', mail_in: '寄修', on_site: '上门维修' },
  urgencies: { urgent: '紧急', normal: '一般', low: '咨询' },
  durations: {
    hours: { one: '{{n}} 小时', other: '{{n}} 小时' },
    days: { one: '{{n}} 天', other: '{{n}} 天' },
    working_days: { one: '{{n}} 个工作日', other: '{{n}} 个工作日' },
  },
  validation: {
    invalidDate: '日期无效（格式 YYYY-MM-DD）',
    noWorkingDay: '每周至少要有一个工作日',
    duplicateDate: '此日期重复',
  },
};

const zhHant: TicketMessages = {
  statuses: {
    received: '已接收',
    diagnosing: '檢測中',
    quoted: '待確認',
    approved: '已確認',
    in_repair: '維修中',
    waiting_parts: '待配件',
    ready: '待取機',
    collected: '已取機',
    declined: '客戶拒修',
    returned_unrepaired: '未修退回',
    cancelled: '已取消',
  },
  reasons: {
    unknown_status: '未知的工單狀態',
    same_status: '工單已處於「{{to}}」狀態',
    terminal: '工單已結束（{{from}}），不能再更改狀態',
    not_allowed: '工單不能從「{{from}}」改為「{{to}}」',
    quote_missing: '請先出具報價單',
    quote_not_approved: '客戶尚未確認報價',
    quote_approval_required: '收費維修須先經客戶確認報價',
    note_required: '請填寫原因',
    balance_due: '尚有未付款項，請先收款',
  },
  channels: { walk_in: '到店送修', mail_in: '寄修', on_site: '上門維修' },
  urgencies: { urgent: '緊急', normal: '一般', low: '諮詢' },
  durations: {
    hours: { one: '{{n}} 小時', other: '{{n}} 小時' },
    days: { one: '{{n}} 天', other: '{{n}} 天' },
    working_days: { one: '{{n}} 個工作日', other: '{{n}} 個工作日' },
  },
  validation: {
    invalidDate: '日期無效（格式 YYYY-MM-DD）',
    noWorkingDay: '每週至少要有一個工作日',
    duplicateDate: '此日期重複',
  },
};

const en: TicketMessages = {
  statuses: {
    received: 'Received',
    diagnosing: 'Diagnosing',
    quoted: 'Quoted, awaiting approval',
    approved: 'Approved',
    in_repair: 'In repair',
    waiting_parts: 'Waiting for parts',
    ready: 'Ready for pickup',
    collected: 'Collected',
    declined: 'Declined',
    returned_unrepaired: 'Returned unrepaired',
    cancelled: 'Cancelled',
  },
  reasons: {
    unknown_status: 'Unknown ticket status.',
    same_status: 'The ticket is already “{{to}}”.',
    terminal: 'This ticket is closed ({{from}}); its status cannot change.',
    not_allowed: 'A ticket cannot go from “{{from}}” to “{{to}}”.',
    quote_missing: 'Issue a quote first.',
    quote_not_approved: 'The customer has not approved the quote yet.',
    quote_approval_required: 'A charged repair: the customer must approve a quote before the repair starts.',
    note_required: 'Please give a reason.',
    balance_due: 'Money is still owed on this ticket; take the payment first.',
  },
  channels: { walk_in: 'Walk-in', mail_in: 'Mail-in', on_site: 'On-site' },
  urgencies: { urgent: 'Urgent', normal: 'Normal', low: 'Enquiry' },
  durations: {
    hours: { one: '{{n}} hour', other: '{{n}} hours' },
    days: { one: '{{n}} day', other: '{{n}} days' },
    working_days: { one: '{{n}} working day', other: '{{n}} working days' },
  },
  validation: {
    invalidDate: 'Not a real date (YYYY-MM-DD)',
    noWorkingDay: 'At least one day a week must be a working day',
    duplicateDate: 'This date is listed twice',
  },
};

export const ticketMessages: Record<Language, TicketMessages> = { 'zh-Hans': zhHans, 'zh-Hant': zhHant, en };

export function statusLabel(status: TicketStatus, language: Language): string {
  return ticketMessages[language].statuses[status];
}

/** Why a status change was refused, as a sentence for the clerk. */
export function transitionReasonText(reason: TransitionReason, language: Language, from: TicketStatus, to: TicketStatus): string {
  const m = ticketMessages[language];
  return interpolate(m.reasons[reason], { from: m.statuses[from] ?? from, to: m.statuses[to] ?? to });
}

/** "3 working days" / "3 个工作日" / "24 小时". */
export function durationText(duration: SlaDuration, language: Language): string {
  const d = ticketMessages[language].durations[duration.unit];
  return interpolate(duration.value === 1 ? d.one : d.other, { n: duration.value });
}
