import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../shared/i18n';
import type { TicketStatus } from '../../shared/tickets/status';

/*
 * t() is typed by English's keys (shared/i18n/i18next.d.ts). `npm run typecheck` checks the
 * @ts-expect-error lines below: if the keys were not typed they would be unused, and fail.
 */
describe('typed translation keys', () => {
  const t = createTranslator('en');

  it('accepts a template literal over a union whose every member has a string', () => {
    const status: TicketStatus = 'ready';
    expect(t(`tickets.status.${status}`)).toBe('Ready for pickup');
  });

  it('refuses at compile time a key English does not have, literal or template', () => {
    // @ts-expect-error -- not a key: i18next answers with the key itself
    expect(t('tickets.status.nonsense')).toBe('tickets.status.nonsense');
    const code: string = 'nonsense';
    // @ts-expect-error -- a template literal over any string is not a key
    expect(t(`tickets.status.${code}`)).toBe('tickets.status.nonsense');
  });
});
