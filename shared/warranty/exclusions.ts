/**
 * Findings at inspection that void free service for the fault they concern (DOMAIN.md rule 3,
 * seed 001 "下列情况不属于免费维修范围", seed 002 "非本公司出售產品不予維修").
 * The one list of codes; their labels in every language are in messages.ts.
 */
export const EXCLUSION_CODES = [
  'misuse', // not used or maintained as the manual / training says (不按照使用说明…使用和保养)
  'unauthorised_disassembly', // disassembly, repair or modification by others (擅自拆机修理、改动)
  'serial_label_damaged', // serial label removed, altered or torn (擅自涂改、撕毁产品编码)
  'non_original_parts', // non-original parts fitted (以非原厂配件代替原厂配件)
  'overload', // used beyond its rating (超负荷使用)
  'wrong_voltage', // unsuitable supply voltage (输入不合适电压)
  'heat_damage', // high temperature (高温)
  'water_damage', // water or moisture (进水、受潮)
  'drop_impact', // drop, impact, crushing (摔坏、机械破坏、重压)
  'corrosion', // oxidation or rust from a bad environment (氧化或生锈)
  'transport_damage', // frequent transport jolts (经常性运输颠簸)
  'force_majeure', // earthquake, fire, flood, lightning (地震、火灾、水灾、雷击)
  'cosmetic_wear', // normal wear of the casing: scratches, paint (外观磨损)
  'not_sold_by_shop', // not sold by this shop; only where the policy lists it (seed 002)
] as const;

export type ExclusionCode = (typeof EXCLUSION_CODES)[number];

export function isExclusionCode(value: unknown): value is ExclusionCode {
  return typeof value === 'string' && (EXCLUSION_CODES as readonly string[]).includes(value);
}

/** Every exclusion except the opt-in `not_sold_by_shop`: what a policy applies unless it says otherwise. */
export const STANDARD_EXCLUSIONS: readonly ExclusionCode[] = EXCLUSION_CODES.filter((c) => c !== 'not_sold_by_shop');
