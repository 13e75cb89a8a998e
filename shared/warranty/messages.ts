import type { Language } from '../i18n/languages';
import type { ExclusionCode } from './exclusions';
import type { ReasonCode, StartBasis } from './types';
import type { WarrantyValidationKey } from './validate';

/*
 * Every string the warranty engine shows, in all three languages. The Record types make a
 * missing key in any language a compile error. Chinese sentences follow the product owner's
 * example "主机：保修至 2026-03-01（自验收日 2025-03-01 起 12 个月）": full-width colon and
 * brackets, no closing full stop; English sentences end with a full stop.
 */

export interface SentenceMessages {
  inWarranty: string;
  inWarrantyCard: string;
  repairWarranty: string;
  repairWarrantyOnly: string;
  partWarranty: string;
  expiredOriginal: string;
  expiredCard: string;
  expiredRepair: string;
  expiredPart: string;
  neverCovered: string;
  notInPolicy: string;
  excluded: string;
  noProof: string;
  noStartDate: string;
  returnWindow: string;
  returnWindowNoExchange: string;
  exchangeWindow: string;
  exchangeLimitReached: string;
  exchangeSameOrHigher: string;
  windowsPassed: string;
  repairOnly: string;
  noWindows: string;
  returnExcluded: string;
  returnNoProof: string;
  returnNoStartDate: string;
}

export interface WarrantyMessages {
  /** Joins several findings in one sentence. */
  listSeparator: string;
  units: { monthOne: string; monthOther: string; dayOne: string; dayOther: string };
  basis: Record<StartBasis, string>;
  exclusions: Record<ExclusionCode, string>;
  reasons: Record<ReasonCode, string>;
  sentences: SentenceMessages;
  /** Texts of the `validation.warranty.*` keys. */
  validation: Record<WarrantyValidationKey, string>;
}

const zhHans: WarrantyMessages = {
  listSeparator: '、',
  units: { monthOne: '{{n}} 个月', monthOther: '{{n}} 个月', dayOne: '{{n}} 天', dayOther: '{{n}} 天' },
  basis: { acceptance: '验收日', delivery: '交付日', sale: '销售日', production: '生产日期' },
  exclusions: {
    misuse: '未按说明书使用',
    unauthorised_disassembly: '擅自拆机、维修或改装',
    serial_label_damaged: '产品编码被涂改、撕毁或去除',
    non_original_parts: '使用非原厂配件',
    overload: '超负荷使用',
    wrong_voltage: '输入电压不当',
    heat_damage: '高温损坏',
    water_damage: '进水或受潮',
    drop_impact: '摔落、撞击或挤压',
    corrosion: '氧化或锈蚀',
    transport_damage: '运输损坏',
    force_majeure: '不可抗力（地震、火灾、水灾、雷击）',
    cosmetic_wear: '外壳正常磨损（划痕、掉漆）',
    not_sold_by_shop: '非本店售出',
  },
  reasons: {
    in_warranty: '保修期内',
    repair_warranty_same_fault: '维修保修（同一故障）',
    replaced_part_warranty: '换件保修',
    expired: '已过保修期',
    excluded: '除外情形',
    never_covered: '不在保修范围',
    component_not_in_policy: '保修政策未列',
    no_proof: '无购买凭证',
    no_start_date: '无起算日期',
  },
  sentences: {
    inWarranty: '{{component}}：保修至 {{expiry}}（自{{basis}} {{start}} 起 {{term}}）',
    inWarrantyCard: '{{component}}：保修至 {{expiry}}（以保修卡为准，自{{basis}} {{start}} 起）',
    repairWarranty: '{{component}}：维修保修至 {{expiry}}（自 {{repairDate}} 维修起 {{term}}，长于原保修期）',
    repairWarrantyOnly: '{{component}}：维修保修至 {{expiry}}（自 {{repairDate}} 维修起 {{term}}）',
    partWarranty: '{{component}}：换件保修至 {{expiry}}（自 {{replacedDate}} 更换起 {{term}}）',
    expiredOriginal: '{{component}}：已过保修期——保修于 {{expiry}} 到期（自{{basis}} {{start}} 起 {{term}}）',
    expiredCard: '{{component}}：已过保修期——保修卡所载保修于 {{expiry}} 到期',
    expiredRepair: '{{component}}：已过保修期——维修保修于 {{expiry}} 到期（自 {{repairDate}} 维修起 {{term}}）',
    expiredPart: '{{component}}：已过保修期——换件保修于 {{expiry}} 到期（自 {{replacedDate}} 更换起 {{term}}）',
    neverCovered: '{{component}}：不保修（不在保修范围内）',
    notInPolicy: '{{component}}：不保修（保修政策未列此部件）',
    excluded: '{{component}}：不保修——检测发现{{findings}}',
    noProof: '{{component}}：不保修——无购买凭证，且本政策不按生产日期计算',
    noStartDate: '{{component}}：无法判断——未记录起算日期（销售、交付、验收或生产日期）',
    returnWindow: '可退货、换货或维修，至 {{until}} 止（自{{basis}} {{from}} 起 {{term}}）',
    returnWindowNoExchange: '可退货或维修，至 {{until}} 止（自{{basis}} {{from}} 起 {{term}}）',
    exchangeWindow: '可换货或维修，至 {{until}} 止（自{{basis}} {{from}} 起 {{term}}）',
    exchangeLimitReached: '换货次数已用完（限 {{limit}} 次）',
    exchangeSameOrHigher: '换货仅限同价位或更高价位商品',
    windowsPassed: '退换货期限已过（自{{basis}} {{from}} 起），仅可维修',
    repairOnly: '仅可维修',
    noWindows: '本政策不提供退换货，仅可维修',
    returnExcluded: '检测发现除外情形，不予退换货',
    returnNoProof: '无购买凭证，不予退换货',
    returnNoStartDate: '未记录销售、交付或验收日期，不予退换货',
  },
  validation: {
    invalidDate: '日期无效（格式 YYYY-MM-DD）',
    afterAssessment: '该日期晚于评估日期',
    deliveryBeforeProduction: '交付日期早于生产日期',
    acceptanceBeforeProduction: '验收日期早于生产日期',
    acceptanceBeforeDelivery: '验收日期早于交付日期',
    repairBeforeProduction: '维修日期早于生产日期',
    expiryBeforeStart: '到期日早于起算日',
    code: '只能使用小写字母、数字和下划线，并以字母开头',
    duplicateCode: '此代码重复',
    coveredAndNeverCovered: '同一部件不能既保修又永不保修',
    duplicateExclusion: '此除外情形重复',
  },
};

const zhHant: WarrantyMessages = {
  listSeparator: '、',
  units: { monthOne: '{{n}} 個月', monthOther: '{{n}} 個月', dayOne: '{{n}} 天', dayOther: '{{n}} 天' },
  basis: { acceptance: '驗收日', delivery: '交付日', sale: '銷售日', production: '生產日期' },
  exclusions: {
    misuse: '未按說明書使用',
    unauthorised_disassembly: '擅自拆機、維修或改裝',
    serial_label_damaged: '產品編碼被塗改、撕毀或去除',
    non_original_parts: '使用非原廠配件',
    overload: '超負荷使用',
    wrong_voltage: '輸入電壓不當',
    heat_damage: '高溫損壞',
    water_damage: '進水或受潮',
    drop_impact: '摔落、撞擊或擠壓',
    corrosion: '氧化或鏽蝕',
    transport_damage: '運輸損壞',
    force_majeure: '不可抗力（地震、火災、水災、雷擊）',
    cosmetic_wear: '外殼正常磨損（刮痕、掉漆）',
    not_sold_by_shop: '非本店售出',
  },
  reasons: {
    in_warranty: '保修期內',
    repair_warranty_same_fault: '維修保修（同一故障）',
    replaced_part_warranty: '換件保修',
    expired: '已過保修期',
    excluded: '除外情形',
    never_covered: '不在保修範圍',
    component_not_in_policy: '保修政策未列',
    no_proof: '無購買憑證',
    no_start_date: '無起算日期',
  },
  sentences: {
    inWarranty: '{{component}}：保修至 {{expiry}}（自{{basis}} {{start}} 起 {{term}}）',
    inWarrantyCard: '{{component}}：保修至 {{expiry}}（以保修卡為準，自{{basis}} {{start}} 起）',
    repairWarranty: '{{component}}：維修保修至 {{expiry}}（自 {{repairDate}} 維修起 {{term}}，長於原保修期）',
    repairWarrantyOnly: '{{component}}：維修保修至 {{expiry}}（自 {{repairDate}} 維修起 {{term}}）',
    partWarranty: '{{component}}：換件保修至 {{expiry}}（自 {{replacedDate}} 更換起 {{term}}）',
    expiredOriginal: '{{component}}：已過保修期——保修於 {{expiry}} 到期（自{{basis}} {{start}} 起 {{term}}）',
    expiredCard: '{{component}}：已過保修期——保修卡所載保修於 {{expiry}} 到期',
    expiredRepair: '{{component}}：已過保修期——維修保修於 {{expiry}} 到期（自 {{repairDate}} 維修起 {{term}}）',
    expiredPart: '{{component}}：已過保修期——換件保修於 {{expiry}} 到期（自 {{replacedDate}} 更換起 {{term}}）',
    neverCovered: '{{component}}：不保修（不在保修範圍內）',
    notInPolicy: '{{component}}：不保修（保修政策未列此部件）',
    excluded: '{{component}}：不保修——檢測發現{{findings}}',
    noProof: '{{component}}：不保修——無購買憑證，且本政策不按生產日期計算',
    noStartDate: '{{component}}：無法判斷——未記錄起算日期（銷售、交付、驗收或生產日期）',
    returnWindow: '可退貨、換貨或維修，至 {{until}} 止（自{{basis}} {{from}} 起 {{term}}）',
    returnWindowNoExchange: '可退貨或維修，至 {{until}} 止（自{{basis}} {{from}} 起 {{term}}）',
    exchangeWindow: '可換貨或維修，至 {{until}} 止（自{{basis}} {{from}} 起 {{term}}）',
    exchangeLimitReached: '換貨次數已用完（限 {{limit}} 次）',
    exchangeSameOrHigher: '換貨僅限同價位或更高價位商品',
    windowsPassed: '退換貨期限已過（自{{basis}} {{from}} 起），僅可維修',
    repairOnly: '僅可維修',
    noWindows: '本政策不提供退換貨，僅可維修',
    returnExcluded: '檢測發現除外情形，不予退換貨',
    returnNoProof: '無購買憑證，不予退換貨',
    returnNoStartDate: '未記錄銷售、交付或驗收日期，不予退換貨',
  },
  validation: {
    invalidDate: '日期無效（格式 YYYY-MM-DD）',
    afterAssessment: '該日期晚於評估日期',
    deliveryBeforeProduction: '交付日期早於生產日期',
    acceptanceBeforeProduction: '驗收日期早於生產日期',
    acceptanceBeforeDelivery: '驗收日期早於交付日期',
    repairBeforeProduction: '維修日期早於生產日期',
    expiryBeforeStart: '到期日早於起算日',
    code: '只能使用小寫字母、數字和底線，並以字母開頭',
    duplicateCode: '此代碼重複',
    coveredAndNeverCovered: '同一部件不能既保修又永不保修',
    duplicateExclusion: '此除外情形重複',
  },
};

const en: WarrantyMessages = {
  listSeparator: ', ',
  units: { monthOne: '{{n}} month', monthOther: '{{n}} months', dayOne: '{{n}} day', dayOther: '{{n}} days' },
  basis: { acceptance: 'acceptance', delivery: 'delivery', sale: 'sale', production: 'production date' },
  exclusions: {
    misuse: 'Use against the manual',
    unauthorised_disassembly: 'Disassembly, repair or modification by others',
    serial_label_damaged: 'Serial label removed, altered or torn',
    non_original_parts: 'Non-original parts fitted',
    overload: 'Overload',
    wrong_voltage: 'Wrong supply voltage',
    heat_damage: 'Heat damage',
    water_damage: 'Water or moisture damage',
    drop_impact: 'Drop, impact or crushing',
    corrosion: 'Corrosion or rust',
    transport_damage: 'Transport damage',
    force_majeure: 'Force majeure (earthquake, fire, flood, lightning)',
    cosmetic_wear: 'Normal wear of the casing (scratches, paint)',
    not_sold_by_shop: 'Not sold by this shop',
  },
  reasons: {
    in_warranty: 'In warranty',
    repair_warranty_same_fault: 'Repair warranty (same fault)',
    replaced_part_warranty: 'Replaced-part warranty',
    expired: 'Warranty expired',
    excluded: 'Exclusion found',
    never_covered: 'Never covered',
    component_not_in_policy: 'Not in the policy',
    no_proof: 'No proof of purchase',
    no_start_date: 'No start date',
  },
  sentences: {
    inWarranty: '{{component}}: covered until {{expiry}} ({{term}} from {{basis}} {{start}}).',
    inWarrantyCard: '{{component}}: covered until {{expiry}} (as printed on the warranty card, from {{basis}} {{start}}).',
    repairWarranty:
      '{{component}}: covered until {{expiry}} under the repair warranty ({{term}} from the repair on {{repairDate}}, longer than the original term).',
    repairWarrantyOnly:
      '{{component}}: covered until {{expiry}} under the repair warranty ({{term}} from the repair on {{repairDate}}).',
    partWarranty:
      '{{component}}: covered until {{expiry}} under the replaced-part warranty ({{term}} from its replacement on {{replacedDate}}).',
    expiredOriginal: '{{component}}: not covered — the warranty ended on {{expiry}} ({{term}} from {{basis}} {{start}}).',
    expiredCard: '{{component}}: not covered — the warranty printed on the card ended on {{expiry}}.',
    expiredRepair:
      '{{component}}: not covered — the repair warranty ended on {{expiry}} ({{term}} from the repair on {{repairDate}}).',
    expiredPart:
      '{{component}}: not covered — the replaced-part warranty ended on {{expiry}} ({{term}} from its replacement on {{replacedDate}}).',
    neverCovered: '{{component}}: not covered (never covered).',
    notInPolicy: '{{component}}: not covered (not in the warranty policy).',
    excluded: '{{component}}: not covered — {{findings}} found at inspection.',
    noProof: '{{component}}: not covered — no proof of purchase, and this policy does not count from the production date.',
    noStartDate: '{{component}}: cannot be assessed — no start date recorded (sale, delivery, acceptance or production).',
    returnWindow: 'Return, exchange or repair possible until {{until}} ({{term}} from {{basis}} {{from}}).',
    returnWindowNoExchange: 'Return or repair possible until {{until}} ({{term}} from {{basis}} {{from}}).',
    exchangeWindow: 'Exchange or repair possible until {{until}} ({{term}} from {{basis}} {{from}}).',
    exchangeLimitReached: 'No exchange left: the limit of {{limit}} has been used.',
    exchangeSameOrHigher: 'An exchange must be for an item of the same or a higher price.',
    windowsPassed: 'The return and exchange periods have ended (from {{basis}} {{from}}); repair only.',
    repairOnly: 'Repair only.',
    noWindows: 'This policy offers no return or exchange; repair only.',
    returnExcluded: 'No return or exchange: an exclusion was found at inspection.',
    returnNoProof: 'No return or exchange without proof of purchase.',
    returnNoStartDate: 'No return or exchange: no sale, delivery or acceptance date recorded.',
  },
  validation: {
    invalidDate: 'Not a real date (YYYY-MM-DD)',
    afterAssessment: 'This date is after the day of the assessment',
    deliveryBeforeProduction: 'Delivered before it was produced',
    acceptanceBeforeProduction: 'Accepted before it was produced',
    acceptanceBeforeDelivery: 'Accepted before it was delivered',
    repairBeforeProduction: 'Repaired before it was produced',
    expiryBeforeStart: 'The expiry date is before the start date',
    code: 'Lower-case letters, digits and _ only, starting with a letter',
    duplicateCode: 'This code is listed twice',
    coveredAndNeverCovered: 'A component cannot be both covered and never covered',
    duplicateExclusion: 'This exclusion is listed twice',
  },
};

export const warrantyMessages: Record<Language, WarrantyMessages> = { 'zh-Hans': zhHans, 'zh-Hant': zhHant, en };

/** Fills {{name}} placeholders; an unknown placeholder is left visible rather than dropped. */
export function interpolate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
