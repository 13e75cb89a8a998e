import { calendarDate } from '../../../shared/time/calendar';
import type { IsoDate } from '../../../shared/warranty';
import type { Language } from '../../../shared/i18n/languages';
import type { FieldIssue } from '../../../shared/api/errors';
import { AppError } from '../../../shared/api/errors';
import type { HandlerContext } from '../context';
import { shopProfile } from './settings';

export interface ShopClock {
  /** ctx.now() in milliseconds. */
  now: number;
  /** The calendar day at the shop, whatever the computer's own time zone. */
  today: IsoDate;
  timeZone: string;
  /** The language printed forms use unless a request says otherwise. */
  language: Language;
}

/** "Now" for the shop: its time zone and today's date there. */
export function shopClock(ctx: HandlerContext): ShopClock {
  const shop = shopProfile(ctx);
  const now = ctx.now();
  return { now, today: calendarDate(now, shop.timeZone), timeZone: shop.timeZone, language: shop.defaultLanguage };
}

/** An expected refusal about particular fields, shown on those fields in the form. */
export function invalidInput(issues: FieldIssue[]): AppError {
  return new AppError(
    'invalid_input',
    `invalid input: ${issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    undefined,
    issues,
  );
}
