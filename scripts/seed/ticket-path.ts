import type { TicketStatus } from '../../shared/tickets/status';
import type { Random } from './random';

/*
 * A legal path through the ticket statuses (shared/tickets/status.ts), with times: what happens
 * to a ticket, step by step, until the end of the data. A step that would fall after `now` has
 * not happened yet, so recent tickets stay open in whatever status they reached.
 */

export interface Step {
  /** 'quote': a quote version is issued (moving to "quoted", or revising while quoted). */
  kind: 'status' | 'quote';
  to: TicketStatus | null;
  at: number;
  note?: string;
}

const MINUTE = 60_000;

export function walk(rng: Random, o: { inWarranty: boolean; intakeAt: number; now: number }): Step[] {
  const steps: Step[] = [];
  let t = o.intakeAt;
  const after = (minHours: number, maxHours: number) =>
    t + rng.int(Math.round(minHours * 60), Math.round(maxHours * 60)) * MINUTE;
  const push = (kind: Step['kind'], to: TicketStatus | null, at: number, note?: string): boolean => {
    if (at > o.now) return false;
    steps.push(note ? { kind, to, at, note } : { kind, to, at });
    t = at;
    return true;
  };
  // 3 % are cancelled, at one of three points before the device is ready.
  const cancelAt = rng.chance(0.03) ? rng.int(0, 2) : -1;
  const cancel = () => void push('status', 'cancelled', after(1, 48), '客户取回，不修了');

  if (!push('status', 'diagnosing', after(0.2, 24))) return steps;
  if (cancelAt === 0) return (cancel(), steps);
  if (!o.inWarranty) {
    if (!push('quote', 'quoted', after(1, 48))) return steps;
    if (rng.chance(0.1) && !push('quote', null, after(1, 24))) return steps;
    if (rng.chance(0.15)) {
      if (!push('status', 'declined', after(1, 96), '价格太高，不修了')) return steps;
      push('status', 'returned_unrepaired', after(2, 240));
      return steps;
    }
    if (!push('status', 'approved', after(1, 96))) return steps;
  }
  if (cancelAt === 1) return (cancel(), steps);
  if (!push('status', 'in_repair', after(0.5, 24))) return steps;
  if (rng.chance(0.15)) {
    if (!push('status', 'waiting_parts', after(1, 48))) return steps;
    if (!push('status', 'in_repair', after(24, 240))) return steps;
  }
  if (cancelAt === 2) return (cancel(), steps);
  if (!push('status', 'ready', after(2, 96))) return steps;
  // A few devices are never collected: they stay "ready", flagged after 30 days.
  if (rng.chance(0.03)) return steps;
  push('status', 'collected', after(1, 240));
  return steps;
}
