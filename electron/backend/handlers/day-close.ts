import type { Handlers } from '../dispatcher';
import { printDayCloseForm } from '../documents/day-close-form';
import { closeDay, dayReportFor } from '../use-cases/day-close';

export const dayCloseHandlers = {
  'dayClose.get': (ctx, input) => dayReportFor(ctx, input.day),
  'dayClose.close': closeDay,
  'dayClose.print': (ctx, input) => printDayCloseForm(ctx, dayReportFor(ctx, input.day), input),
} satisfies Partial<Handlers>;
