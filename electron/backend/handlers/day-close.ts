import { AppError } from '../../../shared/api/errors';
import { dayCloseContent, dayReport, insertDayClose, isDayClosed } from '../../../db/queries/day-close';
import { appendToChain } from '../../../db/queries/document-chain';
import { recordAudit } from '../../../db/queries/audit';
import type { Handlers } from '../dispatcher';
import { printDayCloseForm } from '../documents/day-close-form';
import { shopClock } from './shop-clock';
import { shopProfile } from './settings';
import { activeStaff } from './staff';

/** 日结: the day's totals by method, then the drawer count against the expected cash, frozen. */
export const dayCloseHandlers = {
  'dayClose.get': (ctx, input) => {
    const clock = shopClock(ctx);
    return dayReport(ctx.db, input.day || clock.today, shopProfile(ctx).currency);
  },

  'dayClose.close': (ctx, input) => {
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
  },

  'dayClose.print': (ctx, input) => {
    const clock = shopClock(ctx);
    return printDayCloseForm(ctx, dayReport(ctx.db, input.day || clock.today, shopProfile(ctx).currency), input);
  },
} satisfies Partial<Handlers>;
