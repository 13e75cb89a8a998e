import { STANDARD_EXCLUSIONS } from './exclusions';
import type { LocalizedText, NeverCoveredItem, PolicyComponent, WarrantyPolicy } from './types';

/*
 * Policies a new shop can use on day one and edit later. Where a value comes from:
 * - seed 001 (laser-device letter): laser 2 years; host, light-guide arm, handpiece, probe,
 *   foot switch, interlock switch, adapter plug, power supply 1 year; cables, bundled accessories
 *   and technical documents never covered; no proof → from the production date; repaired
 *   product 3 months (or the remaining term if longer), replaced part 1 year.
 * - seed 002 (jewellery shop rules): exchange within 3 days, once, same or higher price; a
 *   quality fault within a week may be returned or exchanged; free repair for 3 months;
 *   special-price items and products not sold by the shop are not repaired.
 * - China's 三包 rules (《部分商品修理更换退货责任规定》, 《移动电话机商品修理更换退货责任规定》):
 *   return within 7 days, exchange within 15 days; phone host and charger 1 year, battery
 *   6 months, wired earphones 3 months; major appliances whole unit 1 year, compressor / motor
 *   3 years (many brands give 5–10 years; the shop can raise the term).
 * - Watch brands commonly give 2 years on the movement; straps, glass and batteries are wear
 *   parts.
 */

const t = (zhHans: string, zhHant: string, en: string): LocalizedText => ({ 'zh-Hans': zhHans, 'zh-Hant': zhHant, en });
const covered = (code: string, termMonths: number, labels: LocalizedText): PolicyComponent => ({ code, labels, termMonths });
const never = (code: string, labels: LocalizedText): NeverCoveredItem => ({ code, labels });

/**
 * Every shop's repair warranty defaults (seed 001 §5 and §6), and the repeated-failure rule
 * (三包: exchange or return once the same fault was repaired twice; no depreciation unless the
 * shop sets one).
 */
const REPAIR_DEFAULTS = {
  repairWarrantyMonths: 3,
  replacedPartMonths: 12,
} as const;

// Last in each policy, where the policy schema puts them: a policy's stored JSON has one key order.
const REPEAT_DEFAULTS = {
  repairsBeforeExchange: 2,
  depreciationBasisPointsPerDay: null,
} as const;

const DOCUMENTS = never('documents', t('说明书及技术资料', '說明書及技術資料', 'Manuals and documents'));
const CONSUMABLES = never('consumables', t('耗材', '耗材', 'Consumables'));
const SPECIAL_PRICE = never('special_price', t('特价商品', '特價商品', 'Special-price items'));

export const CONSUMER_ELECTRONICS_POLICY: WarrantyPolicy = {
  code: 'consumer_electronics',
  labels: t('手机与电脑', '手機與電腦', 'Phones and computers'),
  components: [
    covered('host', 12, t('主机', '主機', 'Host')),
    covered('mainboard', 12, t('主板', '主機板', 'Mainboard')),
    // The screen is part of the phone host under the 三包 rules; a computer shop may give 24
    // months, as the microcomputer rules do for main components.
    covered('screen', 12, t('屏幕', '螢幕', 'Screen')),
    covered('battery', 6, t('电池', '電池', 'Battery')),
    covered('charger', 12, t('充电器', '充電器', 'Charger')),
    covered('earphones', 3, t('有线耳机', '有線耳機', 'Wired earphones')),
  ],
  neverCovered: [
    // Cables are never free in seed 001 ("各类连接线…不在保修范围内"); shops apply it to data cables.
    never('cable', t('数据线', '數據線', 'Cable')),
    never('case_film', t('保护壳及贴膜', '保護殼及貼膜', 'Cases and screen protectors')),
    DOCUMENTS,
    CONSUMABLES,
    SPECIAL_PRICE,
  ],
  noProof: 'production_date',
  ...REPAIR_DEFAULTS,
  exclusions: STANDARD_EXCLUSIONS,
  returnExchange: { returnDays: 7, exchangeDays: 15, exchangeLimit: null, exchangeSameOrHigherPrice: false },
  ...REPEAT_DEFAULTS,
};

export const HOUSEHOLD_APPLIANCE_POLICY: WarrantyPolicy = {
  code: 'household_appliance',
  labels: t('家用电器', '家用電器', 'Household appliances'),
  components: [
    covered('whole_unit', 12, t('整机', '整機', 'Whole unit')),
    covered('compressor', 36, t('压缩机', '壓縮機', 'Compressor')),
    covered('motor', 36, t('电机', '馬達', 'Motor')),
    covered('control_board', 12, t('控制板', '控制板', 'Control board')),
    covered('remote_control', 12, t('遥控器', '遙控器', 'Remote control')),
  ],
  neverCovered: [
    never('cable', t('电源线及连接线', '電源線及連接線', 'Cable')),
    never('hose', t('水管及软管', '水管及軟管', 'Hoses')),
    never('filter', t('滤网及滤芯', '濾網及濾芯', 'Filters')),
    never('remote_battery', t('遥控器电池', '遙控器電池', 'Remote-control batteries')),
    DOCUMENTS,
    CONSUMABLES,
    SPECIAL_PRICE,
  ],
  noProof: 'production_date',
  ...REPAIR_DEFAULTS,
  exclusions: STANDARD_EXCLUSIONS,
  returnExchange: { returnDays: 7, exchangeDays: 15, exchangeLimit: null, exchangeSameOrHigherPrice: false },
  ...REPEAT_DEFAULTS,
};

export const MEDICAL_LASER_POLICY: WarrantyPolicy = {
  code: 'medical_laser',
  labels: t('医疗及激光设备', '醫療及雷射設備', 'Medical and laser devices'),
  components: [
    covered('laser', 24, t('激光器', '雷射器', 'Laser')),
    covered('host', 12, t('主机', '主機', 'Host')),
    covered('light_guide_arm', 12, t('导光臂', '導光臂', 'Light-guide arm')),
    covered('handpiece', 12, t('治疗手柄', '治療手柄', 'Handpiece')),
    covered('probe', 12, t('治疗探头', '治療探頭', 'Treatment probe')),
    covered('foot_switch', 12, t('脚踏开关', '腳踏開關', 'Foot switch')),
    covered('interlock_switch', 12, t('连锁开关', '連鎖開關', 'Interlock switch')),
    covered('adapter_plug', 12, t('转换插头', '轉換插頭', 'Adapter plug')),
    covered('power_supply', 12, t('电源', '電源', 'Power supply')),
  ],
  neverCovered: [
    never('cable', t('连接线', '連接線', 'Cable')),
    never('accessories', t('随机配件', '隨機配件', 'Bundled accessories')),
    DOCUMENTS,
    CONSUMABLES,
    SPECIAL_PRICE,
  ],
  noProof: 'production_date',
  ...REPAIR_DEFAULTS,
  exclusions: STANDARD_EXCLUSIONS,
  // Seed 001 promises repair and part replacement, no return or exchange of installed equipment.
  returnExchange: { returnDays: 0, exchangeDays: 0, exchangeLimit: null, exchangeSameOrHigherPrice: false },
  ...REPEAT_DEFAULTS,
};

export const JEWELLERY_WATCH_POLICY: WarrantyPolicy = {
  code: 'jewellery_watch',
  labels: t('珠宝与手表', '珠寶與手錶', 'Jewellery and watches'),
  components: [
    covered('watch_movement', 24, t('机芯', '機芯', 'Movement')),
    covered('watch_case', 12, t('表壳及表冠', '錶殼及錶冠', 'Case and crown')),
    covered('jewellery_piece', 3, t('首饰本体', '首飾本體', 'Jewellery piece')),
    covered('stone_setting', 3, t('镶嵌', '鑲嵌', 'Stone setting')),
  ],
  neverCovered: [
    never('watch_strap', t('表带', '錶帶', 'Strap')),
    never('watch_glass', t('表镜', '錶鏡', 'Watch glass')),
    never('watch_battery', t('手表电池', '手錶電池', 'Watch battery')),
    never('packaging', t('包装及证书', '包裝及證書', 'Packaging and certificates')),
    SPECIAL_PRICE,
  ],
  // Seed 002 asks for the original receipt; a jewellery shop rarely knows a production date.
  noProof: 'not_covered',
  ...REPAIR_DEFAULTS,
  exclusions: [...STANDARD_EXCLUSIONS, 'not_sold_by_shop'],
  returnExchange: { returnDays: 7, exchangeDays: 3, exchangeLimit: 1, exchangeSameOrHigherPrice: true },
  ...REPEAT_DEFAULTS,
};

export const DEFAULT_POLICIES: readonly WarrantyPolicy[] = [
  CONSUMER_ELECTRONICS_POLICY,
  HOUSEHOLD_APPLIANCE_POLICY,
  MEDICAL_LASER_POLICY,
  JEWELLERY_WATCH_POLICY,
];
