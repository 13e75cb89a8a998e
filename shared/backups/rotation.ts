/*
 * Which automatic backups to keep: the newest 24 (a day of hourly-ish copies, or a few days of
 * copies every few hours), the newest of each of the last 30 days that have one, and the newest of
 * each of the last 12 months that have one. Days and months are the shop's calendar (its time
 * zone), so "yesterday's copy" means what the owner means. Copies taken before an upgrade or a
 * restore are never pruned: they are what a failed upgrade or a wrong restore is undone with.
 */

export const KEEP_RECENT = 24;
export const KEEP_DAILY = 30;
export const KEEP_MONTHLY = 12;

export type BackupKind = 'auto' | 'before-upgrade' | 'before-restore';

export interface RotatedBackup {
  name: string;
  kind: BackupKind;
  /** When it was taken, ms since the Unix epoch (UTC). */
  at: number;
}

function calendarKeys(timeZone: string): (at: number) => { day: string; month: string } {
  const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return (at) => {
    const day = format.format(at); // 2026-11-22
    return { day, month: day.slice(0, 7) };
  };
}

/** The names to keep; every other automatic copy may be deleted. */
export function backupsToKeep(backups: readonly RotatedBackup[], timeZone: string): Set<string> {
  const keep = new Set(backups.filter((b) => b.kind !== 'auto').map((b) => b.name));
  const autos = backups.filter((b) => b.kind === 'auto').sort((a, b) => b.at - a.at || (a.name < b.name ? 1 : -1));
  const keys = calendarKeys(timeZone);
  const days = new Set<string>();
  const months = new Set<string>();
  autos.forEach((b, i) => {
    const { day, month } = keys(b.at);
    let kept = i < KEEP_RECENT;
    // Newest first: the first copy seen of a day (month) is that day's (month's) newest.
    if (!days.has(day) && days.size < KEEP_DAILY) {
      days.add(day);
      kept = true;
    }
    if (!months.has(month) && months.size < KEEP_MONTHLY) {
      months.add(month);
      kept = true;
    }
    if (kept) keep.add(b.name);
  });
  return keep;
}
