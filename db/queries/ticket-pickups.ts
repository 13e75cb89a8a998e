import type Database from 'better-sqlite3';
import type { AppDb } from '../client';
import type { EarlierRepair, IsoDate, WarrantyAssessment } from '../../shared/warranty';
import type { SatisfactionInput } from '../../shared/schemas/ticket';
import type { RepairWarrantyEntry, TicketPickup } from '../../shared/schemas/ticket-types';
import type { PickupResolution } from '../../shared/tickets/intake';
import { statements } from './statements';

/*
 * The hand-back: the pickup record, the customer's rating, and the repair warranties that make
 * a repeat of the same fault free later (read back as the engine's earlierRepairs).
 */

const sql = statements((db: Database.Database) => ({
  pickup: db.prepare(
    `INSERT INTO ticket_pickups(ticket_id, at, staff_id, collected_by, id_checked, id_note, resolution, note)
     VALUES (@ticketId, @at, @staffId, @collectedBy, @idChecked, @idNote, @resolution, @note)`,
  ),
  satisfaction: db.prepare(
    `INSERT INTO satisfaction(ticket_id, at, attitude, professionalism, speed, comment)
     VALUES (@ticketId, @at, @attitude, @professionalism, @speed, @comment)`,
  ),
  warranty: db.prepare(
    `INSERT INTO repair_warranties(ticket_id, product_id, repair_date, component, fault, parts_replaced, fault_until,
       parts_until, created_at)
     VALUES (@ticketId, @productId, @repairDate, @component, @fault, @partsReplaced, @faultUntil, @partsUntil, @at)`,
  ),
  getPickup: db.prepare(
    `SELECT p.*, s.name AS staff_name, r.attitude, r.professionalism, r.speed, r.comment
     FROM ticket_pickups p JOIN staff s ON s.id = p.staff_id LEFT JOIN satisfaction r ON r.ticket_id = p.ticket_id
     WHERE p.ticket_id = ?`,
  ),
  ofTicket: db.prepare('SELECT * FROM repair_warranties WHERE ticket_id = ? ORDER BY id'),
  // With the repair's ticket number and its last assessment, which says whether an exclusion was
  // found for the component (such a repair does not count towards a repeated failure).
  ofProduct: db.prepare(
    `SELECT w.repair_date, w.component, w.fault, w.parts_replaced, t.ticket_no,
       (SELECT a.output FROM ticket_assessments a WHERE a.ticket_id = w.ticket_id ORDER BY a.id DESC LIMIT 1) AS assessment
     FROM repair_warranties w JOIN tickets t ON t.id = w.ticket_id
     WHERE w.product_id = ? ORDER BY w.repair_date, w.id`,
  ),
  exchanges: db
    .prepare(
      `SELECT count(*) FROM ticket_pickups p JOIN tickets t ON t.id = p.ticket_id
       WHERE t.product_id = ? AND p.resolution = 'exchanged'`,
    )
    .pluck(),
}));

export interface NewPickup {
  ticketId: number;
  at: number;
  staffId: number;
  collectedBy: string;
  idChecked: boolean;
  idNote: string;
  resolution: PickupResolution;
  note: string;
}

export function insertPickup(db: AppDb, p: NewPickup, rating: SatisfactionInput | null): void {
  const s = sql(db.$client);
  s.pickup.run({ ...p, idChecked: p.idChecked ? 1 : 0 });
  if (rating) s.satisfaction.run({ ticketId: p.ticketId, at: p.at, comment: '', ...rating });
}

export interface NewRepairWarranty {
  ticketId: number;
  productId: number;
  repairDate: IsoDate;
  component: string;
  fault: string | null;
  partsReplaced: string[];
  faultUntil: IsoDate;
  partsUntil: IsoDate | null;
  at: number;
}

export function insertRepairWarranty(db: AppDb, w: NewRepairWarranty): void {
  sql(db.$client).warranty.run({ ...w, partsReplaced: JSON.stringify(w.partsReplaced) });
}

interface PickupRow {
  at: number;
  staff_name: string;
  collected_by: string;
  id_checked: number;
  id_note: string;
  resolution: PickupResolution;
  note: string;
  attitude: number | null;
  professionalism: number | null;
  speed: number | null;
  comment: string | null;
}

export function getPickup(db: AppDb, ticketId: number): TicketPickup | null {
  const r = sql(db.$client).getPickup.get(ticketId) as PickupRow | undefined;
  if (!r) return null;
  return {
    at: r.at,
    staffName: r.staff_name,
    collectedBy: r.collected_by,
    idChecked: r.id_checked === 1,
    idNote: r.id_note,
    resolution: r.resolution,
    note: r.note,
    satisfaction:
      r.attitude !== null && r.professionalism !== null && r.speed !== null
        ? { attitude: r.attitude, professionalism: r.professionalism, speed: r.speed, comment: r.comment ?? '' }
        : null,
  };
}

interface WarrantyRow {
  id: number;
  repair_date: string;
  component: string;
  fault: string | null;
  parts_replaced: string;
  fault_until: string;
  parts_until: string | null;
}

export function ticketRepairWarranties(db: AppDb, ticketId: number): RepairWarrantyEntry[] {
  return (sql(db.$client).ofTicket.all(ticketId) as WarrantyRow[]).map((r) => ({
    id: r.id,
    repairDate: r.repair_date,
    component: r.component,
    fault: r.fault,
    partsReplaced: JSON.parse(r.parts_replaced) as string[],
    faultUntil: r.fault_until,
    partsUntil: r.parts_until,
  }));
}

interface EarlierRepairRow extends Omit<WarrantyRow, 'id' | 'fault_until' | 'parts_until'> {
  ticket_no: string;
  assessment: string | null;
}

/** The repair ticket's last assessment found an exclusion for this component. */
function foundExclusion(assessment: string | null, component: string): boolean {
  if (!assessment) return false;
  const output = JSON.parse(assessment) as Pick<WarrantyAssessment, 'components'>;
  return output.components.some((c) => c.component === component && c.exclusions.length > 0);
}

/** The product's repairs by this shop, oldest first, with their ticket numbers: the engine's earlierRepairs. */
export function earlierRepairs(db: AppDb, productId: number): EarlierRepair[] {
  const rows = sql(db.$client).ofProduct.all(productId) as EarlierRepairRow[];
  return rows.map((r) => ({
    date: r.repair_date,
    component: r.component,
    fault: r.fault,
    partsReplaced: JSON.parse(r.parts_replaced) as string[],
    ticketNo: r.ticket_no,
    excluded: foundExclusion(r.assessment, r.component),
  }));
}

/** Exchanges already given for this product (counted against the policy's exchange limit). */
export function exchangesUsed(db: AppDb, productId: number): number {
  return sql(db.$client).exchanges.get(productId) as number;
}
