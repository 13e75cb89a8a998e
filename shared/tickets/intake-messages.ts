import type { Language } from '../i18n/languages';
import type { Accessory, Condition, DecisionMethod, FaultCategory, OldPartOutcome, PickupResolution, StaffRole } from './intake';

/*
 * Labels of the intake vocabularies in all three languages, used on screen (through the locale
 * files, which take them from here) and on the printed forms. The Record types make a missing
 * label a compile error. `validation` holds the texts of the `validation.ticket.*` keys.
 */

export const TICKET_VALIDATION_KEYS = [
  'promisedBeforeIntake',
  'unknownStaff',
  'notTechnician',
  'unknownProduct',
  'acceptanceRequired',
  'unknownComponent',
] as const;
export type TicketValidationKey = (typeof TICKET_VALIDATION_KEYS)[number];
export const ticketKey = (k: TicketValidationKey) => `validation.ticket.${k}`;

export interface IntakeMessages {
  faults: Record<FaultCategory, string>;
  accessories: Record<Accessory, string>;
  conditions: Record<Condition, string>;
  decisionMethods: Record<DecisionMethod, string>;
  oldParts: Record<OldPartOutcome, string>;
  resolutions: Record<PickupResolution, string>;
  roles: Record<StaffRole, string>;
  validation: Record<TicketValidationKey, string>;
}

const zhHans: IntakeMessages = {
  faults: {
    no_power: '不开机',
    display: '显示异常',
    touch_buttons: '触摸或按键失灵',
    battery_charging: '电池或充电故障',
    audio: '声音异常',
    camera: '摄像头故障',
    connectivity: '信号或网络故障',
    overheating: '发热或自动关机',
    noise_vibration: '异响或振动',
    leaking: '漏水漏液',
    not_cooling_heating: '不制冷或不制热',
    weak_output: '无输出或输出不足',
    software: '系统或软件故障',
    physical_damage: '外观或结构损坏',
    timekeeping: '走时不准或停走',
    clasp_setting: '扣件或镶嵌松脱',
    other: '其他',
  },
  accessories: {
    charger: '充电器',
    cable: '数据线',
    power_adapter: '电源适配器',
    battery: '电池',
    case: '保护壳',
    sim_card: 'SIM 卡',
    memory_card: '存储卡',
    remote: '遥控器',
    foot_switch: '脚踏开关',
    strap: '表带',
    box: '包装盒',
    manual: '说明书',
    warranty_card: '保修卡',
  },
  conditions: {
    scratches: '划痕',
    cracks: '裂痕',
    dents: '磕碰凹陷',
    water_marks: '水渍',
    missing_screws: '缺少螺丝',
    label_damaged: '标签破损',
    screen_broken: '屏幕破损',
    corrosion: '锈蚀氧化',
    missing_parts: '缺件',
  },
  decisionMethods: { in_person: '到店当面', phone: '电话', message: '短信或微信' },
  oldParts: { returned: '旧件交还客户', kept: '旧件由本店回收' },
  resolutions: { repaired: '维修完成', exchanged: '换新' },
  roles: { staff: '前台', technician: '维修工程师', owner: '店主' },
  validation: {
    promisedBeforeIntake: '承诺日期不能早于接收日期',
    unknownStaff: '请选择在职员工',
    notTechnician: '只能指派维修工程师',
    unknownProduct: '请选择产品',
    acceptanceRequired: '客户须确认验收',
    unknownComponent: '此部件不在保修政策中',
  },
};

const zhHant: IntakeMessages = {
  faults: {
    no_power: '無法開機',
    display: '顯示異常',
    touch_buttons: '觸控或按鍵失靈',
    battery_charging: '電池或充電故障',
    audio: '聲音異常',
    camera: '相機故障',
    connectivity: '訊號或網路故障',
    overheating: '發熱或自動關機',
    noise_vibration: '異響或震動',
    leaking: '漏水漏液',
    not_cooling_heating: '不製冷或不製熱',
    weak_output: '無輸出或輸出不足',
    software: '系統或軟體故障',
    physical_damage: '外觀或結構損壞',
    timekeeping: '走時不準或停走',
    clasp_setting: '扣件或鑲嵌鬆脫',
    other: '其他',
  },
  accessories: {
    charger: '充電器',
    cable: '傳輸線',
    power_adapter: '電源轉接器',
    battery: '電池',
    case: '保護殼',
    sim_card: 'SIM 卡',
    memory_card: '記憶卡',
    remote: '遙控器',
    foot_switch: '腳踏開關',
    strap: '錶帶',
    box: '包裝盒',
    manual: '說明書',
    warranty_card: '保修卡',
  },
  conditions: {
    scratches: '刮痕',
    cracks: '裂痕',
    dents: '磕碰凹陷',
    water_marks: '水漬',
    missing_screws: '缺少螺絲',
    label_damaged: '標籤破損',
    screen_broken: '螢幕破損',
    corrosion: '鏽蝕氧化',
    missing_parts: '缺件',
  },
  decisionMethods: { in_person: '到店當面', phone: '電話', message: '簡訊或微信' },
  oldParts: { returned: '舊件交還客戶', kept: '舊件由本店回收' },
  resolutions: { repaired: '維修完成', exchanged: '換新' },
  roles: { staff: '前台', technician: '維修工程師', owner: '店主' },
  validation: {
    promisedBeforeIntake: '承諾日期不能早於接收日期',
    unknownStaff: '請選擇在職員工',
    notTechnician: '只能指派維修工程師',
    unknownProduct: '請選擇產品',
    acceptanceRequired: '客戶須確認驗收',
    unknownComponent: '此部件不在保修政策中',
  },
};

const en: IntakeMessages = {
  faults: {
    no_power: 'Does not power on',
    display: 'Display fault',
    touch_buttons: 'Touch or buttons not working',
    battery_charging: 'Battery or charging',
    audio: 'Sound fault',
    camera: 'Camera fault',
    connectivity: 'Signal or network',
    overheating: 'Overheating or shuts down',
    noise_vibration: 'Noise or vibration',
    leaking: 'Leaking',
    not_cooling_heating: 'Not cooling or heating',
    weak_output: 'No or weak output',
    software: 'Software or system',
    physical_damage: 'Casing or structure damaged',
    timekeeping: 'Loses time or stops',
    clasp_setting: 'Clasp or setting loose',
    other: 'Other',
  },
  accessories: {
    charger: 'Charger',
    cable: 'Cable',
    power_adapter: 'Power adapter',
    battery: 'Battery',
    case: 'Case',
    sim_card: 'SIM card',
    memory_card: 'Memory card',
    remote: 'Remote control',
    foot_switch: 'Foot switch',
    strap: 'Strap',
    box: 'Box',
    manual: 'Manual',
    warranty_card: 'Warranty card',
  },
  conditions: {
    scratches: 'Scratches',
    cracks: 'Cracks',
    dents: 'Dents',
    water_marks: 'Water marks',
    missing_screws: 'Missing screws',
    label_damaged: 'Label damaged',
    screen_broken: 'Screen broken',
    corrosion: 'Corrosion',
    missing_parts: 'Parts missing',
  },
  decisionMethods: { in_person: 'In person', phone: 'By phone', message: 'By message' },
  oldParts: { returned: 'Old part returned to customer', kept: 'Old part kept by the shop' },
  resolutions: { repaired: 'Repaired', exchanged: 'Exchanged for a new unit' },
  roles: { staff: 'Front desk', technician: 'Technician', owner: 'Owner' },
  validation: {
    promisedBeforeIntake: 'The promised date cannot be before the intake date',
    unknownStaff: 'Choose an active staff member',
    notTechnician: 'Only technicians can be assigned',
    unknownProduct: 'Choose a product',
    acceptanceRequired: 'The customer must confirm the device works',
    unknownComponent: 'This component is not in the warranty policy',
  },
};

export const intakeMessages: Record<Language, IntakeMessages> = { 'zh-Hans': zhHans, 'zh-Hant': zhHant, en };
