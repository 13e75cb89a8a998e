import { describe, expect, it } from 'vitest';
import { createTranslator } from '@shared/i18n';
import { ApiRequestError, errorText } from '../../renderer/src/api/client';

describe('errors shown to staff', () => {
  it('a refused status change says why, with both statuses in the reader’s language', () => {
    const refused = new ApiRequestError({
      code: 'ticket_transition',
      message: 'ticket cannot go from received to ready: not_allowed',
      params: { reason: 'not_allowed', from: 'received', to: 'ready' },
    });
    expect(errorText(createTranslator('zh-Hans'), refused)).toBe('工单不能从“已接收”改为“待取机”');
    expect(errorText(createTranslator('en'), refused)).toBe('A ticket cannot go from “Received” to “Ready for pickup”.');
    const balance = new ApiRequestError({
      code: 'ticket_transition',
      message: 'x',
      params: { reason: 'balance_due', from: 'ready', to: 'collected' },
    });
    expect(errorText(createTranslator('zh-Hant'), balance)).toBe('尚有未付款項，請先收款');
  });

  it('a quote answered already, or a pickup too early, has its own message', () => {
    const t = createTranslator('zh-Hans');
    expect(errorText(t, new ApiRequestError({ code: 'quote_already_declined', message: 'x', params: { version: 2 } }))).toBe(
      '第 2 版报价已被客户拒绝。如需重新征询客户，请出具新版报价。',
    );
    expect(
      errorText(t, new ApiRequestError({ code: 'ticket_not_ready', message: 'x', params: { ticketNo: 'R2026-000001' } })),
    ).toBe('维修单 R2026-000001 尚未可取机。');
  });
});
