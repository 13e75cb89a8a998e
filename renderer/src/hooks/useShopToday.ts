import { useEffect, useState } from 'react';
import { calendarDate } from '@shared/time/calendar';
import type { IsoDate } from '@shared/warranty';
import { useSettings } from '../features/settings/api';

/** The clock, read once and then every minute (a counter stays open past midnight). */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(id);
  }, []);
  return now;
}

/**
 * Today in the shop's time zone (settings), for form checks such as "no future dates". The main
 * process checks again with its own clock; this one only answers sooner.
 */
export function useShopToday(): IsoDate | null {
  const settings = useSettings();
  const now = useNow();
  if (!settings.data) return null;
  try {
    return calendarDate(now, settings.data.shop.timeZone);
  } catch {
    return null;
  }
}
