import { sql } from 'drizzle-orm';
import type { AppDb } from '../client';
import { auditLog } from '../schema';
import { preparedQueries } from './statements';

const queries = preparedQueries((db) => ({
  insert: db
    .insert(auditLog)
    .values({
      at: sql.placeholder('at'),
      actor: sql.placeholder('actor'),
      action: sql.placeholder('action'),
      entity: sql.placeholder('entity'),
      entityId: sql.placeholder('entityId'),
      before: sql.placeholder('before'),
      after: sql.placeholder('after'),
    })
    .prepare(),
}));

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
  queries(db).insert.run({
    at: entry.at,
    actor: entry.actor ?? null,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
  });
}
