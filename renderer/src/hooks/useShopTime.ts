import { useMemo } from 'react';
import { localDate, localDateTimeText, prepareTimeZone } from '@shared/tickets/local-time';
import { useSettings } from '../features/settings/api';

export interface ShopTime {
  /** 'YYYY-MM-DD' of an instant on the shop's calendar. */
  date: (epochMs: number) => string;
  /** 'YYYY-MM-DD HH:mm' on the shop's wall clock. */
  dateTime: (epochMs: number) => string;
}

/** The zone this browser/computer runs in: used only until the settings have loaded. */
const computerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/**
 * Times on screen in the shop's time zone (Settings → Shop), the same as on the printed forms:
 * a ticket taken in at 23:30 Shanghai time shows that day on the screen and on the paper, even
 * on a computer whose own clock is set to another zone.
 */
export function useShopTime(): ShopTime {
  const configured = useSettings().data?.shop.timeZone;
  return useMemo(() => {
    const zone = safeZone(configured) ?? computerZone();
    return {
      date: (ms) => localDate(ms, zone),
      dateTime: (ms) => localDateTimeText(ms, zone),
    };
  }, [configured]);
}

/** The zone if this runtime knows it (checked by building the formatter the screens then use). */
function safeZone(zone: string | undefined): string | null {
  return zone && prepareTimeZone(zone) ? zone : null;
}
