import type { AppDb } from '../client';
import { auditLog } from '../schema';

export interface AuditInput {
  at: number;
  actor?: string | null;
  action: string;
  entity: string;
  entityId?: number | null;
  before?: unknown;
  after?: unknown;
}

/** Who did what to which record, with the values before and after. Written in the same transaction. */
export function recordAudit(db: AppDb, entry: AuditInput): void {
  db.insert(auditLog)
    .values({
      at: entry.at,
      actor: entry.actor ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    })
    .run();
}
