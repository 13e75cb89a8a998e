import type Database from 'better-sqlite3';
import type { AppDb } from '../client';
import type { StaffFields, StaffMember } from '../../shared/schemas/staff';
import type { StaffRole } from '../../shared/tickets/intake';
import { statements } from './statements';

interface StaffRow {
  id: number;
  name: string;
  role: string;
  active: number;
}

const sql = statements((db: Database.Database) => ({
  list: db.prepare('SELECT id, name, role, active FROM staff ORDER BY active DESC, name, id'),
  get: db.prepare('SELECT id, name, role, active FROM staff WHERE id = ?'),
  insert: db.prepare('INSERT INTO staff(name, role, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?)'),
  update: db.prepare('UPDATE staff SET name = ?, role = ?, active = ?, updated_at = ? WHERE id = ?'),
}));

function toMember(row: StaffRow): StaffMember {
  return { id: row.id, name: row.name, role: row.role as StaffRole, active: row.active === 1 };
}

/** Everyone, active first, by name. */
export function listStaff(db: AppDb): StaffMember[] {
  return (sql(db.$client).list.all() as StaffRow[]).map(toMember);
}

export function getStaff(db: AppDb, id: number): StaffMember | undefined {
  const row = sql(db.$client).get.get(id) as StaffRow | undefined;
  return row ? toMember(row) : undefined;
}

export function createStaff(db: AppDb, fields: StaffFields, now: number): StaffMember {
  const id = Number(sql(db.$client).insert.run(fields.name, fields.role, fields.active ? 1 : 0, now, now).lastInsertRowid);
  return getStaff(db, id)!;
}

export function updateStaff(db: AppDb, id: number, fields: StaffFields, now: number): StaffMember | undefined {
  const changed = sql(db.$client).update.run(fields.name, fields.role, fields.active ? 1 : 0, now, id).changes;
  return changed === 0 ? undefined : getStaff(db, id);
}
