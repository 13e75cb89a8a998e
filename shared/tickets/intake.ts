/*
 * What the counter records at intake besides free text: the kind of fault (also the fault code
 * the warranty engine uses to recognise a repeat fault), the accessories left with the device and
 * its condition on arrival (seed 001's 客户服务申请单: 故障现象, 随机附件, 外观检查). Codes are
 * stored; labels live in intake-messages.ts.
 */

export const FAULT_CATEGORIES = [
  'no_power',
  'display',
  'touch_buttons',
  'battery_charging',
  'audio',
  'camera',
  'connectivity',
  'overheating',
  'noise_vibration',
  'leaking',
  'not_cooling_heating',
  'weak_output',
  'software',
  'physical_damage',
  'timekeeping',
  'clasp_setting',
  'other',
] as const;
export type FaultCategory = (typeof FAULT_CATEGORIES)[number];

export const ACCESSORIES = [
  'charger',
  'cable',
  'power_adapter',
  'battery',
  'case',
  'sim_card',
  'memory_card',
  'remote',
  'foot_switch',
  'strap',
  'box',
  'manual',
  'warranty_card',
] as const;
export type Accessory = (typeof ACCESSORIES)[number];

export const CONDITIONS = [
  'scratches',
  'cracks',
  'dents',
  'water_marks',
  'missing_screws',
  'label_damaged',
  'screen_broken',
  'corrosion',
  'missing_parts',
] as const;
export type Condition = (typeof CONDITIONS)[number];

/** How the customer answered a quote (DOMAIN.md: "approved / declined, when and how"). */
export const DECISION_METHODS = ['in_person', 'phone', 'message'] as const;
export type DecisionMethod = (typeof DECISION_METHODS)[number];

/** What happened to a replaced part: handed back to the customer, or kept by the shop. */
export const OLD_PART_OUTCOMES = ['returned', 'kept'] as const;
export type OldPartOutcome = (typeof OLD_PART_OUTCOMES)[number];

/**
 * How a ticket ended at pickup: repaired, or exchanged for a new unit within the exchange window
 * (counted against the policy's exchange limit for later tickets of the product).
 */
export const PICKUP_RESOLUTIONS = ['repaired', 'exchanged'] as const;
export type PickupResolution = (typeof PICKUP_RESOLUTIONS)[number];

export const STAFF_ROLES = ['staff', 'technician', 'owner'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** A quote waiting this many days for the customer's answer is flagged (call them). */
export const APPROVAL_WAIT_DAYS = 3;
