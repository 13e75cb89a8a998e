import { AppError } from '../../../shared/api/errors';
import type { MethodParsedInput } from '../../../shared/api/contract';
import type { DayReport } from '../../../shared/schemas/payment-types';
import { dayCloseContent, dayReport, insertDayClose, isDayClosed } from '../../../db/queries/day-close';
import { appendToChain } from '../../../db/queries/document-chain';
import { recordAudit } from '../../../db/queries/audit';
import type { HandlerContext } from '../context';
import { activeStaff, shopClock } from '../guards';
import { shopProfile } from '../shop-settings';

/* 日结: the day's totals by method, then the drawer count against the expected cash, frozen. */

/** The day's figures (today at the shop unless a day is given). */
export function dayReportFor(ctx: HandlerContext, day: string): DayReport {
  return dayReport(ctx.db, day || shopClock(ctx).today, shopProfile(ctx).currency);
}

export function closeDay(ctx: HandlerContext, input: MethodParsedInput<'dayClose.close'>): DayReport {
  const clock = shopClock(ctx);
  const staff = activeStaff(ctx, input.staffId);
  const day = input.day || clock.today;
  // Later days have not happened yet: closing one would freeze figures before they exist.
  if (day > clock.today) throw new AppError('day_in_future', `day ${day} is after today`, { day });
  if (isDayClosed(ctx.db, day)) throw new AppError('day_already_closed', `day ${day} is already closed`, { day });
  const currency = shopProfile(ctx).currency;
  const id = insertDayClose(ctx.db, {
    day,
    currency,
    openingFloat: input.openingFloat,
    countedCash: input.countedCash,
    note: input.note,
    closedAt: clock.now,
    staffId: staff.id,
  });
  appendToChain(ctx.db, { kind: 'day_close', docId: id, docNo: day, at: clock.now, content: dayCloseContent(ctx.db, id) });
  const report = dayReport(ctx.db, day, currency);
  recordAudit(ctx.db, { at: clock.now, actor: staff.name, action: 'close', entity: 'day', entityId: id, after: report });
  return report;
}
