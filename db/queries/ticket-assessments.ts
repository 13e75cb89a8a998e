import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { AppDb } from '../client';
import type { Language } from '../../shared/i18n/languages';
import type { AssessmentInput, WarrantyAssessment, WarrantyPolicy } from '../../shared/warranty';
import type { TicketFault } from '../../shared/schemas/ticket';
import type { TicketAssessment } from '../../shared/schemas/ticket-types';
import type { FaultCategory } from '../../shared/tickets/intake';
import { statements } from './statements';

/*
 * The warranty assessments of a ticket, stored as the engine saw and answered them: its input
 * (the policy by reference to policy_snapshots), its output, and the sentences the customer was
 * told. A printed intake ticket years later shows exactly what was said at the counter.
 */

const sql = statements((db: Database.Database) => ({
  snapshot: db.prepare('INSERT OR IGNORE INTO policy_snapshots(hash, body, created_at) VALUES (?, ?, ?)'),
  policy: db.prepare('SELECT body FROM policy_snapshots WHERE hash = ?').pluck(),
  insert: db.prepare(
    `INSERT INTO ticket_assessments(ticket_id, kind, at, staff_id, policy_hash, input, output, sentences, language, in_warranty)
     VALUES (@ticketId, @kind, @at, @staffId, @policyHash, @input, @output, @sentences, @language, @inWarranty)`,
  ),
  list: db.prepare(
    `SELECT a.id, a.kind, a.at, s.name AS staff_name, a.input, a.output, a.sentences, a.language, a.in_warranty
     FROM ticket_assessments a LEFT JOIN staff s ON s.id = a.staff_id WHERE a.ticket_id = ? ORDER BY a.id`,
  ),
}));

// Hashing a policy costs more than storing the ticket; the same few policies come back all day.
const hashes = new Map<string, string>();

/** Stores the policy once and returns the key assessments refer to it by. */
export function snapshotPolicy(db: AppDb, policy: WarrantyPolicy, now: number): string {
  const body = JSON.stringify(policy);
  let hash = hashes.get(body);
  if (!hash) {
    hash = createHash('sha256').update(body).digest('hex');
    if (hashes.size > 200) hashes.clear();
    hashes.set(body, hash);
  }
  sql(db.$client).snapshot.run(hash, body, now);
  return hash;
}

export function policySnapshot(db: AppDb, hash: string): WarrantyPolicy | undefined {
  const body = sql(db.$client).policy.get(hash) as string | undefined;
  return body ? (JSON.parse(body) as WarrantyPolicy) : undefined;
}

export interface NewAssessment {
  ticketId: number;
  kind: TicketAssessment['kind'];
  at: number;
  staffId: number | null;
  input: AssessmentInput;
  output: WarrantyAssessment;
  sentences: string[];
  language: Language;
  inWarranty: boolean;
}

export function insertAssessment(db: AppDb, a: NewAssessment): void {
  const { policy, ...input } = a.input;
  sql(db.$client).insert.run({
    ticketId: a.ticketId,
    kind: a.kind,
    at: a.at,
    staffId: a.staffId,
    policyHash: snapshotPolicy(db, policy, a.at),
    input: JSON.stringify(input),
    output: JSON.stringify(a.output),
    sentences: JSON.stringify(a.sentences),
    language: a.language,
    inWarranty: a.inWarranty ? 1 : 0,
  });
}

interface Row {
  id: number;
  kind: TicketAssessment['kind'];
  at: number;
  staff_name: string | null;
  input: string;
  output: string;
  sentences: string;
  language: Language;
  in_warranty: number;
}

/** The visit's faults as the counter entered them, from the engine input (findings by component). */
function faultsOf(input: Pick<AssessmentInput, 'faults' | 'findings'>): TicketFault[] {
  return input.faults.map((f) => ({
    component: f.component,
    fault: (f.fault ?? null) as FaultCategory | null,
    findings: (input.findings ?? []).filter((x) => x.component === f.component).map((x) => x.code),
  }));
}

export function listAssessments(db: AppDb, ticketId: number): TicketAssessment[] {
  return (sql(db.$client).list.all(ticketId) as Row[]).map((r) => ({
    id: r.id,
    kind: r.kind,
    at: r.at,
    staffName: r.staff_name,
    faults: faultsOf(JSON.parse(r.input) as Pick<AssessmentInput, 'faults' | 'findings'>),
    assessment: JSON.parse(r.output) as WarrantyAssessment,
    sentences: JSON.parse(r.sentences) as string[],
    language: r.language,
    inWarranty: r.in_warranty === 1,
  }));
}
