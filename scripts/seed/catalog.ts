import type { FaultCategory } from '../../shared/tickets/intake';
import type { SerialStyle } from './serials';

/*
 * What the generated shop repairs: per warranty category (the default policies), brands and
 * models, the components that fail and with which kind of fault, and the parts fitted. Weights
 * are rough counter reality: phones and laptops most, then appliances, watches, lasers.
 */

export interface CategorySpec {
  code: string;
  weight: number;
  /** Serial prefix and shape: serials read like the labels of each kind of product (serials.ts). */
  serialPrefix: string;
  serialStyle: SerialStyle;
  models: readonly [brand: string, model: string][];
  /** Component at fault, its usual fault kinds, the part fitted and its price in fen. */
  faults: readonly { component: string; faults: readonly FaultCategory[]; part: string; price: number; weight: number }[];
  /** Typical labour in fen. */
  labour: number;
}

export const CATALOG: readonly CategorySpec[] = [
  {
    code: 'consumer_electronics',
    weight: 60,
    serialPrefix: 'F',
    serialStyle: 'alnum',
    models: [
      ['Apple', 'iPhone 13'],
      ['Apple', 'iPhone 15 Pro'],
      ['华为', 'Mate 60 Pro'],
      ['小米', 'Redmi Note 13'],
      ['OPPO', 'Reno 11'],
      ['vivo', 'X100'],
      ['联想', 'ThinkPad X1 Carbon'],
      ['华为', 'MateBook 14'],
      ['Apple', 'MacBook Air M2'],
      ['三星', 'Galaxy S24'],
    ],
    faults: [
      {
        component: 'screen',
        faults: ['display', 'touch_buttons', 'physical_damage'],
        part: '屏幕总成',
        price: 89000,
        weight: 30,
      },
      { component: 'battery', faults: ['battery_charging', 'overheating'], part: '电池', price: 19900, weight: 25 },
      { component: 'mainboard', faults: ['no_power', 'connectivity', 'software'], part: '主板', price: 150000, weight: 15 },
      { component: 'host', faults: ['audio', 'camera', 'noise_vibration'], part: '听筒模组', price: 12000, weight: 15 },
      { component: 'charger', faults: ['battery_charging'], part: '充电器', price: 9900, weight: 10 },
      { component: 'cable', faults: ['battery_charging'], part: '数据线', price: 3900, weight: 5 },
    ],
    labour: 8000,
  },
  {
    code: 'household_appliance',
    weight: 25,
    serialPrefix: 'HA',
    serialStyle: 'dated',
    models: [
      ['海尔', 'KFR-35GW 空调'],
      ['美的', 'MB100V 洗衣机'],
      ['格力', 'KFR-26GW 空调'],
      ['西门子', 'KG28 冰箱'],
      ['海尔', 'EC6002 热水器'],
    ],
    faults: [
      { component: 'compressor', faults: ['not_cooling_heating', 'noise_vibration'], part: '压缩机', price: 98000, weight: 20 },
      { component: 'motor', faults: ['noise_vibration', 'no_power'], part: '电机', price: 45000, weight: 20 },
      { component: 'control_board', faults: ['no_power', 'software'], part: '控制板', price: 32000, weight: 30 },
      { component: 'whole_unit', faults: ['leaking', 'not_cooling_heating'], part: '密封件', price: 6000, weight: 25 },
      { component: 'hose', faults: ['leaking'], part: '进水管', price: 4500, weight: 5 },
    ],
    labour: 12000,
  },
  {
    code: 'jewellery_watch',
    weight: 10,
    serialPrefix: 'JW',
    serialStyle: 'digits',
    models: [
      ['浪琴', '名匠 L2.628'],
      ['天梭', '力洛克 T006'],
      ['周大福', '足金手链'],
      ['欧米茄', '海马 210.30'],
    ],
    faults: [
      { component: 'watch_movement', faults: ['timekeeping'], part: '机芯保养', price: 60000, weight: 40 },
      { component: 'stone_setting', faults: ['clasp_setting'], part: '镶爪', price: 8000, weight: 25 },
      { component: 'watch_case', faults: ['physical_damage', 'leaking'], part: '表冠', price: 25000, weight: 20 },
      { component: 'watch_battery', faults: ['timekeeping'], part: '手表电池', price: 3000, weight: 15 },
    ],
    labour: 10000,
  },
  {
    code: 'medical_laser',
    weight: 5,
    serialPrefix: 'LX',
    serialStyle: 'alnum',
    models: [
      ['光子医疗', 'LX-2000 激光治疗仪'],
      ['光子医疗', 'LX-3000 激光治疗仪'],
    ],
    faults: [
      { component: 'laser', faults: ['weak_output'], part: '激光模块', price: 880000, weight: 30 },
      { component: 'power_supply', faults: ['no_power'], part: '电源模块', price: 120000, weight: 25 },
      { component: 'foot_switch', faults: ['touch_buttons'], part: '脚踏开关', price: 35000, weight: 20 },
      { component: 'handpiece', faults: ['weak_output', 'physical_damage'], part: '治疗手柄', price: 220000, weight: 25 },
    ],
    labour: 50000,
  },
];

export const STAFF: readonly [name: string, role: 'staff' | 'technician' | 'owner'][] = [
  ['王芳', 'staff'],
  ['刘洋', 'staff'],
  ['李工', 'technician'],
  ['张师傅', 'technician'],
  ['赵工', 'technician'],
  ['周工', 'technician'],
  ['陈老板', 'owner'],
];
