import type { Region } from './phones';
import type { Random } from './random';

/** Addresses, e-mail addresses and counter notes, shaped by the customer's region. */

const MAINLAND: readonly (readonly [string, readonly string[]])[] = [
  ['广东省深圳市', ['南山区', '福田区', '罗湖区', '宝安区', '龙岗区']],
  ['广东省广州市', ['天河区', '越秀区', '海珠区', '番禺区', '白云区']],
  ['北京市', ['朝阳区', '海淀区', '东城区', '西城区', '丰台区']],
  ['上海市', ['浦东新区', '徐汇区', '静安区', '黄浦区', '闵行区']],
  ['浙江省杭州市', ['西湖区', '上城区', '拱墅区', '滨江区']],
  ['江苏省南京市', ['鼓楼区', '玄武区', '秦淮区', '建邺区']],
  ['四川省成都市', ['锦江区', '武侯区', '青羊区', '高新区']],
  ['湖北省武汉市', ['江汉区', '武昌区', '洪山区', '汉阳区']],
];
const MAINLAND_ROADS = [
  '人民路',
  '建设路',
  '中山路',
  '解放路',
  '科技园路',
  '新华路',
  '和平路',
  '长江路',
  '滨海大道',
  '深南大道',
  '学府路',
];
const HK = [
  '九龍旺角彌敦道',
  '九龍觀塘道',
  '香港中環德輔道中',
  '香港銅鑼灣軒尼詩道',
  '新界沙田正街',
  '新界荃灣青山公路',
  '九龍深水埗長沙灣道',
];
const TW = [
  '台北市大安區忠孝東路四段',
  '台北市信義區松仁路',
  '新北市板橋區文化路一段',
  '台中市西屯區台灣大道三段',
  '高雄市苓雅區四維三路',
  '台南市東區中華東路',
];
const UK = [
  'Baker Street, London',
  'High Street, Manchester',
  'Queen Street, Edinburgh',
  'Park Lane, Leeds',
  'Church Road, Bristol',
];
const US = [
  'Market St, San Francisco, CA',
  'Broadway, New York, NY',
  'Main St, Seattle, WA',
  'Granville St, Vancouver, BC',
  'Yonge St, Toronto, ON',
];

export function address(rng: Random, region: Region): string {
  switch (region) {
    case 'mainland': {
      const [city, districts] = rng.pick(MAINLAND);
      const building = rng.chance(0.6) ? `${rng.int(1, 30)}栋${rng.int(1, 33)}${String(rng.int(1, 8)).padStart(2, '0')}` : '';
      return `${city}${rng.pick(districts)}${rng.pick(MAINLAND_ROADS)}${rng.int(1, 999)}号${building}`;
    }
    case 'hk':
      return `${rng.pick(HK)}${rng.int(1, 800)}號${rng.int(1, 40)}樓${rng.pick(['A', 'B', 'C', 'D', 'E'])}室`;
    case 'tw':
      return `${rng.pick(TW)}${rng.int(1, 300)}號${rng.int(1, 20)}樓`;
    case 'uk':
      return `${rng.int(1, 250)} ${rng.pick(UK)}`;
    case 'us':
      return `${rng.int(100, 9999)} ${rng.pick(US)}`;
  }
}

const CN_DOMAINS = ['qq.com', '163.com', '126.com', 'sina.com', 'foxmail.com', 'outlook.com', 'gmail.com'];
const HK_DOMAINS = ['yahoo.com.hk', 'gmail.com', 'hotmail.com', 'netvigator.com', 'outlook.com'];
const TW_DOMAINS = ['gmail.com', 'yahoo.com.tw', 'hotmail.com', 'msa.hinet.net'];
const WEST_DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'btinternet.com'];

/** `handle` is the romanised surname; `n` makes the address unique enough to look real. */
export function email(rng: Random, region: Region, handle: string): string {
  if (region === 'mainland' && rng.chance(0.45)) return `${rng.int(10000, 2999999999)}@qq.com`;
  const domains = region === 'mainland' ? CN_DOMAINS : region === 'hk' ? HK_DOMAINS : region === 'tw' ? TW_DOMAINS : WEST_DOMAINS;
  const sep = rng.pick(['', '.', '_']);
  const suffix = rng.chance(0.7) ? String(rng.int(1, 9999)) : String(rng.int(1960, 2008));
  const letters = String.fromCharCode(97 + rng.int(0, 25), 97 + rng.int(0, 25));
  return `${handle}${sep}${letters}${suffix}@${rng.pick(domains)}`;
}

const NOTES = [
  '老客户',
  'VIP 客户',
  '只接受现金',
  '要求开发票，抬头见上次单据',
  '上次修过屏幕',
  '电话联系前先发短信',
  '周末才能取机',
  '公司客户，月结',
  '对价格敏感，先报价',
  '请用微信联系',
  '脾气急，注意沟通',
  '熟客，介紹朋友來',
  '只講廣東話',
  '取機前請先致電',
  '保養期內多次送修',
  '要求原廠配件',
  'Prefers WhatsApp',
  'Call after 6 pm',
  'Speaks English only',
  'Corporate account — invoice monthly',
  'Returned a device unrepaired last time',
  'Collects for the whole family',
];

export function note(rng: Random): string {
  const first = rng.pick(NOTES);
  if (!rng.chance(0.15)) return first;
  const second = rng.pick(NOTES);
  return second === first ? first : `${first}；${second}`;
}
