import type { Dispatch } from '../core/dispatcher';
import type { Language } from '../../shared/i18n/languages';

/** A small, believable shop for trying the app: profile and a few dozen customers. */
const DEMO_CUSTOMERS: [string, string][] = [
  ['陈大文', '138 0013 8000'],
  ['李娜', '139 1234 0001'],
  ['王伟', '186 2000 3141'],
  ['張美玲', '9123 4567'],
  ['刘洋', '137 5555 2020'],
  ['黄志强', '150 8888 6066'],
  ['周杰', '158 0101 7788'],
  ['吴静', '131 4444 9090'],
  ['林家豪', '0912 345 678'],
  ['赵敏', '188 6666 1234'],
  ['孙丽', '135 2468 1357'],
  ['Emily Watson', '+44 7700 900123'],
  ['John Smith', '+1 415 555 0101'],
  ['陳小明', '6123 9876'],
  ['郑晓东', '133 7000 0007'],
  ['何欣', '189 1111 2222'],
  ['马骁', '176 3030 4040'],
  ['高峰', '182 5678 1234'],
  ['罗斌', '177 9999 0000'],
  ['梁詠琪', '9876 5432'],
];

export async function seedDemo(dispatch: Dispatch, language: Language): Promise<void> {
  const shop = await dispatch('settings.updateShop', {
    name: language === 'en' ? 'Bright Repair Centre' : language === 'zh-Hant' ? '誠信電器維修中心' : '诚信电器维修中心',
    address: language === 'en' ? '12 Market Street, Shenzhen' : '深圳市福田区华强北路 1 号',
    phone: '0755-8888 6666',
    email: 'service@example.com',
    taxId: '91440300MA5F000000',
    defaultLanguage: language,
    timeZone: 'Asia/Shanghai',
    currency: 'CNY',
  });
  if (!shop.ok) throw new Error(`demo shop profile: ${shop.error.message}`);
  for (const [name, phone] of DEMO_CUSTOMERS) {
    const r = await dispatch('customers.create', { name, phones: [{ number: phone }], consentToContact: true });
    if (!r.ok) throw new Error(`demo customer ${name}: ${r.error.message}`);
  }
}
