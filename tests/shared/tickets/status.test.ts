import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  allowedTransitions,
  canTransition,
  isTerminal,
  needsNote,
  statusLabel,
  TICKET_STATUSES,
  TRANSITION_REASONS,
  transitionReasonText,
  type TicketStatus,
  type TransitionFacts,
  type TransitionReason,
} from '../../../shared/tickets';
import { LANGUAGES } from '../../../shared/i18n/languages';

/*
 * Every (from, to) pair, written out by hand so that a change to the machine shows up here.
 * Columns in the order of the header. Codes:
 *   ok  allowed          --  not_allowed      =  same_status     T  terminal
 *   QM  quote_missing    QN  quote_not_approved                  QA quote_approval_required
 *   NR  note_required    $   balance_due
 */
const COLUMNS: TicketStatus[] = [
  'received',
  'diagnosing',
  'quoted',
  'approved',
  'in_repair',
  'waiting_parts',
  'ready',
  'collected',
  'declined',
  'returned_unrepaired',
  'cancelled',
];
const CODES: Record<string, TransitionReason | 'ok'> = {
  ok: 'ok',
  '--': 'not_allowed',
  '=': 'same_status',
  T: 'terminal',
  QM: 'quote_missing',
  QN: 'quote_not_approved',
  QA: 'quote_approval_required',
  NR: 'note_required',
  $: 'balance_due',
};

/** Out of warranty, quote issued and approved, nothing owed, a note given: only the graph limits. */
const EVERYTHING_IN_ORDER: TransitionFacts = {
  inWarranty: false,
  hasQuote: true,
  hasApprovedQuote: true,
  balanceDue: 0,
  note: 'customer asked',
};
//                         rec  dia  quo  app  rep  wai  rdy  col  dec  ret  can
const GRAPH = `
  received             =    ok   --   --   --   --   --   --   --   --   ok
  diagnosing           --   =    ok   --   QA   --   --   --   --   --   ok
  quoted               --   --   =    ok   --   --   --   --   ok   --   ok
  approved             --   --   ok   =    ok   --   --   --   --   --   ok
  in_repair            --   --   ok   --   =    ok   ok   --   --   --   ok
  waiting_parts        --   --   --   --   ok   =    --   --   --   --   ok
  ready                --   --   --   --   ok   --   =    ok   --   --   --
  collected            T    T    T    T    T    T    T    =    T    T    T
  declined             --   --   --   --   --   --   --   --   =    ok   --
  returned_unrepaired  T    T    T    T    T    T    T    T    T    =    T
  cancelled            T    T    T    T    T    T    T    T    T    T    =
`;

/** Out of warranty, no quote yet, ¥5 owed, no note: every guard bites. */
const NOTHING_READY: TransitionFacts = { inWarranty: false, hasQuote: false, hasApprovedQuote: false, balanceDue: 500 };
//                         rec  dia  quo  app  rep  wai  rdy  col  dec  ret  can
const GUARDS = `
  received             =    ok   --   --   --   --   --   --   --   --   NR
  diagnosing           --   =    QM   --   QA   --   --   --   --   --   NR
  quoted               --   --   =    QN   --   --   --   --   NR   --   NR
  approved             --   --   QM   =    QA   --   --   --   --   --   NR
  in_repair            --   --   QM   --   =    ok   ok   --   --   --   NR
  waiting_parts        --   --   --   --   ok   =    --   --   --   --   NR
  ready                --   --   --   --   NR   --   =    $    --   --   --
  collected            T    T    T    T    T    T    T    =    T    T    T
  declined             --   --   --   --   --   --   --   --   =    $    --
  returned_unrepaired  T    T    T    T    T    T    T    T    T    =    T
  cancelled            T    T    T    T    T    T    T    T    T    T    =
`;

function pairs(table: string): [TicketStatus, TicketStatus, TransitionReason | 'ok'][] {
  const rows = table.trim().split('\n');
  return rows.flatMap((row) => {
    const [from, ...cells] = row.trim().split(/\s+/);
    if (cells.length !== COLUMNS.length) throw new Error(`Row ${from} has ${cells.length} cells`);
    return cells.map((cell, i): [TicketStatus, TicketStatus, TransitionReason | 'ok'] => {
      const code = CODES[cell];
      if (!code) throw new Error(`Unknown code ${cell}`);
      return [from as TicketStatus, COLUMNS[i] as TicketStatus, code];
    });
  });
}

const outcome = (from: TicketStatus, to: TicketStatus, facts: TransitionFacts) => {
  const r = canTransition(from, to, facts);
  return r.ok ? 'ok' : r.reason;
};

describe('the ticket status machine', () => {
  it('lists every status in both tables', () => {
    expect(COLUMNS).toEqual([...TICKET_STATUSES]);
    expect(pairs(GRAPH)).toHaveLength(121);
    expect(pairs(GUARDS)).toHaveLength(121);
  });

  describe('with everything in order (quote approved, paid, note given)', () => {
    it.each(pairs(GRAPH))('%s → %s: %s', (from, to, expected) => {
      expect(outcome(from, to, EVERYTHING_IN_ORDER)).toBe(expected);
    });
  });

  describe('with nothing in order (no quote, money owed, no note)', () => {
    it.each(pairs(GUARDS))('%s → %s: %s', (from, to, expected) => {
      expect(outcome(from, to, NOTHING_READY)).toBe(expected);
    });
  });
});

describe('warranty repairs skip the quote', () => {
  const free: TransitionFacts = { inWarranty: true, hasQuote: false, hasApprovedQuote: false, balanceDue: 0 };

  it('goes from diagnosing straight to repair when the whole job is free', () => {
    expect(canTransition('diagnosing', 'in_repair', free)).toEqual({ ok: true });
    expect(allowedTransitions('diagnosing', free)).toEqual(['in_repair', 'cancelled']);
  });

  it('does not go straight to repair out of warranty, even with an approved quote on file', () => {
    const paid = { ...free, inWarranty: false, hasQuote: true, hasApprovedQuote: true };
    expect(canTransition('diagnosing', 'in_repair', paid)).toEqual({ ok: false, reason: 'quote_approval_required' });
  });

  it('starts an approved repair if it is free after all', () => {
    expect(canTransition('approved', 'in_repair', free)).toEqual({ ok: true });
  });

  it('hands back a free repair with nothing to pay', () => {
    expect(canTransition('ready', 'collected', free)).toEqual({ ok: true });
  });
});

describe('notes', () => {
  it.each<[TicketStatus, TicketStatus, boolean]>([
    ['received', 'cancelled', true],
    ['diagnosing', 'cancelled', true],
    ['quoted', 'cancelled', true],
    ['approved', 'cancelled', true],
    ['in_repair', 'cancelled', true],
    ['waiting_parts', 'cancelled', true],
    ['quoted', 'declined', true],
    ['ready', 'in_repair', true],
    ['received', 'diagnosing', false],
    ['quoted', 'approved', false],
    ['ready', 'collected', false],
    ['declined', 'returned_unrepaired', false],
    ['waiting_parts', 'in_repair', false],
  ])('%s → %s needs a note: %s', (from, to, expected) => {
    expect(needsNote(from, to)).toBe(expected);
  });

  it('does not take blank space for a note', () => {
    const facts = { ...EVERYTHING_IN_ORDER, note: '   ' };
    expect(canTransition('quoted', 'declined', facts)).toEqual({ ok: false, reason: 'note_required' });
  });
});

describe('what the screen offers', () => {
  it.each<[TicketStatus, TransitionFacts, TicketStatus[]]>([
    ['received', NOTHING_READY, ['diagnosing', 'cancelled']],
    ['diagnosing', NOTHING_READY, ['cancelled']],
    ['diagnosing', EVERYTHING_IN_ORDER, ['quoted', 'cancelled']],
    ['quoted', NOTHING_READY, ['declined', 'cancelled']],
    ['quoted', EVERYTHING_IN_ORDER, ['approved', 'declined', 'cancelled']],
    ['in_repair', NOTHING_READY, ['waiting_parts', 'ready', 'cancelled']],
    ['ready', NOTHING_READY, ['in_repair']],
    ['ready', EVERYTHING_IN_ORDER, ['in_repair', 'collected']],
    ['declined', NOTHING_READY, []],
    ['collected', EVERYTHING_IN_ORDER, []],
    ['cancelled', EVERYTHING_IN_ORDER, []],
  ])('from %s offers %j', (from, facts, expected) => {
    expect(allowedTransitions(from, facts)).toEqual(expected);
  });

  it('offers exactly the changes that are allowed once a note is given', () => {
    const factsArb = fc.record({
      inWarranty: fc.boolean(),
      hasQuote: fc.boolean(),
      hasApprovedQuote: fc.boolean(),
      balanceDue: fc.integer({ min: 0, max: 10_000 }),
    });
    fc.assert(
      fc.property(fc.constantFrom(...TICKET_STATUSES), factsArb, (from, facts) => {
        const withNote = TICKET_STATUSES.filter((to) => canTransition(from, to, { ...facts, note: 'why' }).ok);
        expect(allowedTransitions(from, facts)).toEqual(withNote);
      }),
    );
  });
});

describe('the shape of the machine', () => {
  const anyFacts: TransitionFacts[] = [
    EVERYTHING_IN_ORDER,
    { inWarranty: true, hasQuote: false, hasApprovedQuote: false, balanceDue: 0, note: 'x' },
  ];
  const next = (s: TicketStatus) => new Set(anyFacts.flatMap((f) => allowedTransitions(s, f)));
  /** Every status reachable from `start` (itself included), breadth first. */
  const reachable = (start: TicketStatus) => {
    const seen = new Set<TicketStatus>([start]);
    const queue = [start];
    for (let s = queue.shift(); s; s = queue.shift()) {
      for (const n of next(s)) {
        if (seen.has(n)) continue;
        seen.add(n);
        queue.push(n);
      }
    }
    return seen;
  };

  it('reaches every status from received', () => {
    expect([...reachable('received')].sort()).toEqual([...TICKET_STATUSES].sort());
  });

  it('has exactly three terminal statuses, and every other status can reach one', () => {
    expect(TICKET_STATUSES.filter(isTerminal)).toEqual(['collected', 'returned_unrepaired', 'cancelled']);
    for (const start of TICKET_STATUSES) expect([...reachable(start)].some(isTerminal)).toBe(true);
  });

  it('refuses statuses it does not know', () => {
    expect(canTransition('lost' as TicketStatus, 'ready', EVERYTHING_IN_ORDER)).toEqual({ ok: false, reason: 'unknown_status' });
    expect(canTransition('ready', 'lost' as TicketStatus, EVERYTHING_IN_ORDER)).toEqual({ ok: false, reason: 'unknown_status' });
  });
});

describe('status words', () => {
  it('names every status as DOMAIN.md does', () => {
    expect(TICKET_STATUSES.map((s) => statusLabel(s, 'zh-Hans'))).toEqual([
      '已接收',
      '检测中',
      '待确认',
      '已确认',
      '维修中',
      '待配件',
      '待取机',
      '已取机',
      '客户拒修',
      '未修退回',
      '已取消',
    ]);
    expect(statusLabel('ready', 'zh-Hant')).toBe('待取機');
    expect(statusLabel('waiting_parts', 'en')).toBe('Waiting for parts');
  });

  it('gives every status a different label in every language', () => {
    for (const lang of LANGUAGES) {
      const labels = TICKET_STATUSES.map((s) => statusLabel(s, lang));
      expect(new Set(labels).size).toBe(labels.length);
      for (const l of labels) expect(l.trim()).not.toBe('');
    }
  });

  it('explains every refusal in every language, naming the statuses', () => {
    for (const lang of LANGUAGES)
      for (const r of TRANSITION_REASONS) expect(transitionReasonText(r, lang, 'ready', 'received')).not.toMatch(/\{\{/);
    expect(transitionReasonText('not_allowed', 'zh-Hans', 'ready', 'received')).toBe('工单不能从“待取机”改为“已接收”');
    expect(transitionReasonText('not_allowed', 'en', 'collected', 'in_repair')).toBe(
      'A ticket cannot go from “Collected” to “In repair”.',
    );
  });
});
