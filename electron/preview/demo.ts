import type { Dispatch } from '../backend/dispatcher';
import type { Language } from '../../shared/i18n/languages';
import type { Result } from '../../shared/api/result';

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

const STAFF: [string, 'staff' | 'technician' | 'owner'][] = [
  ['王芳', 'staff'],
  ['李工', 'technician'],
  ['张师傅', 'technician'],
  ['陈老板', 'owner'],
];

function ok<T>(r: Result<T>, what: string): T {
  if (!r.ok) throw new Error(`demo ${what}: ${r.error.code} ${r.error.message}`);
  return r.value;
}

/** 'YYYY-MM-DD' `months` before today (UTC is close enough for demo dates). */
function monthsAgo(months: number): string {
  const d = new Date();
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}

/**
 * Staff (the clerk chosen at the counter), three products, and three tickets at different
 * stages, so the queue and the home screen have something to show. Run after seedDemo.
 */
export async function seedDemoTickets(dispatch: Dispatch): Promise<void> {
  const call = async <T>(method: string, input: unknown, what: string) => ok((await dispatch(method, input)) as Result<T>, what);
  const ids: number[] = [];
  for (const [name, role] of STAFF) ids.push((await call<{ id: number }>('staff.create', { name, role }, name)).id);
  const [clerk, tech] = ids as [number, number];
  await call('settings.setStaff', { staffId: clerk }, 'current staff');
  const customers = await call<{ items: { id: number; name: string }[] }>('customers.list', { limit: 100 }, 'customers');
  const idOf = (name: string) => customers.items.find((c) => c.name === name)?.id ?? 1;
  const products = [
    {
      customer: '李娜',
      category: 'consumer_electronics',
      brand: 'Apple',
      model: 'iPhone 15 Pro',
      serial: 'F2LXDEMO0001',
      sale: 4,
    },
    {
      customer: '王伟',
      category: 'household_appliance',
      brand: '海尔',
      model: 'KFR-35GW 空调',
      serial: 'HR35GW-DEMO-0002',
      sale: 24,
    },
    { customer: '孙丽', category: 'consumer_electronics', brand: 'Huawei', model: 'MateBook 14', serial: 'MBDEMO0003', sale: 14 },
  ];
  const stories: { component: string; fault: string; text: string; steps: string[] }[] = [
    { component: 'screen', fault: 'display', text: '屏幕闪烁，偶尔黑屏', steps: ['diagnosing', 'in_repair'] },
    {
      component: 'compressor',
      fault: 'not_cooling_heating',
      text: '开机后不制冷，外机不转',
      steps: ['diagnosing', 'in_repair', 'ready'],
    },
    { component: 'battery', fault: 'battery_charging', text: '电池充不进电', steps: ['diagnosing', 'quote'] },
  ];
  for (const [i, p] of products.entries()) {
    const customerId = idOf(p.customer);
    const product = await call<{ id: number }>(
      'products.create',
      {
        customerId,
        category: p.category,
        brand: p.brand,
        model: p.model,
        serial: p.serial,
        saleDate: monthsAgo(p.sale),
        proofKind: 'invoice',
      },
      p.model,
    );
    const story = stories[i]!;
    const ticket = await call<{ id: number }>(
      'tickets.create',
      {
        staffId: clerk,
        customerId,
        productId: product.id,
        reportedFault: story.text,
        faults: [{ component: story.component, fault: story.fault }],
        accessories: ['charger'],
        condition: ['scratches'],
      },
      `ticket ${i + 1}`,
    );
    await call('tickets.updateWork', { id: ticket.id, staffId: clerk, technicianId: tech }, 'technician');
    for (const step of story.steps) {
      if (step === 'quote') {
        const quote = {
          lines: [
            { kind: 'part', description: '电池', quantity: 1000, unitPrice: 29900, free: false },
            { kind: 'labour', description: '更换电池', quantity: 1000, unitPrice: 5000, free: false },
          ],
        };
        await call('quotes.issue', { ticketId: ticket.id, staffId: clerk, quote }, 'quote');
      } else await call('tickets.transition', { id: ticket.id, staffId: clerk, to: step }, step);
    }
  }
}
