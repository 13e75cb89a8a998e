import type { MethodParsedInput } from '../../../shared/api/contract';
import { SERIES_KEYS, type NumberSeries } from '../../../shared/numbering/pattern';
import { getSeries, updateSeries } from '../../../db/queries/numbering';
import { recordAudit } from '../../../db/queries/audit';
import type { HandlerContext } from '../context';
import { shopClock } from '../guards';

/** Document number series (tickets, receipts, credit notes, cards), as they stand at the shop's now. */
export function listSeries(ctx: HandlerContext): NumberSeries[] {
  const { now, timeZone } = shopClock(ctx);
  return SERIES_KEYS.map((key) => getSeries(ctx.db, key, now, timeZone));
}

export function editSeries(ctx: HandlerContext, input: MethodParsedInput<'numbering.update'>): NumberSeries {
  const { now, timeZone } = shopClock(ctx);
  const before = getSeries(ctx.db, input.key, now, timeZone);
  updateSeries(ctx.db, input, now, timeZone);
  const after = getSeries(ctx.db, input.key, now, timeZone);
  recordAudit(ctx.db, { at: now, action: 'update', entity: 'number_series', before, after });
  return after;
}
