import { describe, expect, it } from 'vitest';
import { backupsToKeep, KEEP_RECENT, type RotatedBackup } from '../../../shared/backups/rotation';

const HOUR = 3600 * 1000;
const NOW = Date.UTC(2026, 10, 22, 4, 0, 0); // 12:00 in Shanghai

function autos(count: number, every: number, from = NOW): RotatedBackup[] {
  return Array.from({ length: count }, (_, i) => ({ name: `auto-${i}`, kind: 'auto' as const, at: from - i * every }));
}

const shanghai = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' });
const day = (at: number) => shanghai.format(at);

describe('which backups are kept', () => {
  it('keeps the newest 24, the newest of each of 30 days and of each of 12 months', () => {
    // A copy every 3 hours for 500 days.
    const all = autos(8 * 500, 3 * HOUR);
    const keep = backupsToKeep(all, 'Asia/Shanghai');
    for (const b of all.slice(0, KEEP_RECENT)) expect(keep.has(b.name)).toBe(true);
    const keptDays = new Set(all.filter((b) => keep.has(b.name)).map((b) => day(b.at)));
    // The 24 recent copies fall in the newest 3 of the 30 days; the 30 days (to 24 October) cover
    // two of the 12 months, so the other 10 months add one day each.
    expect(keptDays.size).toBe(30 + 10);
    const months = new Set(all.filter((b) => keep.has(b.name)).map((b) => day(b.at).slice(0, 7)));
    expect(months.size).toBe(12);
    expect(keep.size).toBeLessThan(24 + 30 + 12);
    // Each kept day's copy is that day's newest.
    for (const b of all.filter((x) => keep.has(x.name) && all.indexOf(x) >= KEEP_RECENT)) {
      const newestOfDay = all.find((x) => day(x.at) === day(b.at))!;
      const newestOfMonth = all.find((x) => day(x.at).slice(0, 7) === day(b.at).slice(0, 7))!;
      expect([newestOfDay.name, newestOfMonth.name]).toContain(b.name);
    }
  });

  it('counts days in the shop’s time zone', () => {
    // 23:30 and 00:30 Shanghai time are two days there, one day in UTC.
    const late = { name: 'late', kind: 'auto' as const, at: Date.UTC(2026, 10, 21, 15, 30) };
    const early = { name: 'early', kind: 'auto' as const, at: Date.UTC(2026, 10, 21, 16, 30) };
    const filler = autos(KEEP_RECENT, 60 * 1000, Date.UTC(2026, 10, 22, 10, 0)).map((b) => ({ ...b, name: `f${b.name}` }));
    expect(backupsToKeep([...filler, late, early], 'Asia/Shanghai').has('late')).toBe(true);
    expect(backupsToKeep([...filler, late, early], 'UTC').has('late')).toBe(false);
  });

  it('never lets go of copies taken before an upgrade or a restore', () => {
    const old = [
      { name: 'before-upgrade-1', kind: 'before-upgrade' as const, at: NOW - 900 * 24 * HOUR },
      { name: 'before-restore-1', kind: 'before-restore' as const, at: NOW - 800 * 24 * HOUR },
    ];
    const keep = backupsToKeep([...autos(2000, HOUR), ...old], 'Asia/Shanghai');
    expect(keep.has('before-upgrade-1')).toBe(true);
    expect(keep.has('before-restore-1')).toBe(true);
  });
});
