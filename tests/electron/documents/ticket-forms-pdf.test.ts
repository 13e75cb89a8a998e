// The three ticket forms, rendered through tickets.print as the UI calls it and read back
// (../pdf/tools): text, page size and count, fonts, and the QR code decoded to the ticket
// number from a raster. PDF_PREVIEW_DIR keeps the files to look at.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testCore } from '../../helpers';
import type { Language } from '../../../shared/i18n/languages';
import type { TicketForm } from '../../../shared/schemas/ticket';
import type { PaperFormat } from '../../../shared/schemas/print';
import { sampleLogoDataUrl } from '../pdf/fixtures/sample-form';
import { decodeBarcodes, pageToPng, pdfFonts, pdfInfo, pdfText } from '../pdf/tools';
import { pdfOutputDir } from '../pdf/output-dir';
import { call, intake, LABOUR_AND_PART, move, must, settle, shop, type Shop } from '../tickets/fixtures';

const dir = pdfOutputDir('rc-ticket-');

/** A paid repair taken in, quoted (with a discount and 13 % tax added), approved, done and collected. */
async function collectedTicket(language: Language) {
  const core = testCore();
  must(
    await call(core, 'settings.updateShop', {
      name: language === 'en' ? 'Bright Repair Centre' : '诚信电器维修中心',
      address: '深圳市福田区华强北路 1 号',
      phone: '0755-8888 6666',
      email: 'service@example.com',
      taxId: '91440300MA5F000000',
      defaultLanguage: language,
      timeZone: 'Asia/Shanghai',
      currency: 'CNY',
    }),
  );
  must(await call(core, 'settings.setLogo', { dataUrl: sampleLogoDataUrl() }));
  must(await call(core, 'settings.setTax', { tax: { mode: 'exclusive', rateBp: 1300 } }));
  const s = await shop(core);
  const t = await intake(s, { deposit: 10000 });
  await move(s, t.id, 'diagnosing');
  must(
    await call(core, 'quotes.issue', {
      ticketId: t.id,
      staffId: s.clerk.id,
      quote: {
        lines: [
          ...LABOUR_AND_PART.lines,
          { kind: 'other', description: '清洁保养', quantity: 1000, unitPrice: 3000, free: true, freeReason: 'goodwill' },
        ],
        discount: { kind: 'amount', amount: 5000 },
      },
    }),
  );
  const quoted = must(await call(core, 'tickets.get', { id: t.id }));
  must(
    await call(core, 'quotes.decide', {
      quoteId: quoted.quotes[0]!.id,
      staffId: s.clerk.id,
      decision: 'approved',
      method: 'phone',
    }),
  );
  await move(s, t.id, 'in_repair');
  must(
    await call(core, 'tickets.updateWork', {
      id: t.id,
      staffId: s.tech.id,
      technicianId: s.tech.id,
      diagnosis: '电源模块电容老化击穿',
      workDone: '更换电源模块，老化测试 2 小时',
      parts: [{ description: '电源模块 PSU-200', quantity: 1000, component: 'power_supply', oldPart: 'returned' }],
    }),
  );
  await move(s, t.id, 'ready');
  await settle(s, t.id);
  must(
    await call(core, 'tickets.pickup', {
      id: t.id,
      staffId: s.clerk.id,
      collectedBy: '陈大文',
      idChecked: true,
      accepted: true,
      satisfaction: { attitude: 5, professionalism: 5, speed: 4, comment: '' },
    }),
  );
  return { s, id: t.id };
}

async function render(s: Shop, id: number, form: TicketForm, format: PaperFormat, name: string) {
  const doc = must(await call(s.core, 'tickets.print', { id, form, format }));
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, Buffer.from(doc.base64, 'base64'));
  return { doc, file, text: pdfText(file, undefined, 'raw').replace(/\s+/g, ' ') };
}

async function checkFile(file: string, pngName: string, size: { width: number; height: number }): Promise<void> {
  const info = pdfInfo(file);
  expect(info.pages).toBe(1);
  expect(info.sizes[0]).toEqual(size);
  for (const font of pdfFonts(file)) expect(font, font.name).toMatchObject({ embedded: true, subset: true });
  expect(await decodeBarcodes(pageToPng(file, 1, join(dir, pngName)))).toEqual(['R2026-000001']);
}

const A5 = { width: 419.53, height: 595.28 };
const A4 = { width: 595.28, height: 841.89 };

describe('ticket forms in simplified Chinese', () => {
  it('intake ticket, quote and pickup report: what the customer was told, and a QR code of the ticket number', async () => {
    const { s, id } = await collectedTicket('zh-Hans');
    const intakeForm = await render(s, id, 'intake', 'A5', 'intake-A5-zh-Hans');
    expect(intakeForm.doc.fileName).toBe('维修申请单 R2026-000001.pdf');
    for (const text of [
      '诚信电器维修中心',
      '维修申请单',
      '客户联',
      '陈大文',
      'LX2025-00123',
      '开机后无激光输出，主机报警 E3',
      '主机 — 不开机',
      '脚踏开关、电源适配器',
      '划痕；左侧外壳轻微划痕',
      '主机：已过保修期——保修于 2026-03-01 到期（自验收日 2025-03-01 起 12 个月）',
      '2026-11-25',
      '¥100.00',
      '客户签名',
      '王芳',
    ])
      expect(intakeForm.text, text).toContain(text);
    expect(intakeForm.text).not.toContain('2580'); // the passcode is never printed
    await checkFile(intakeForm.file, 'intake-A5-zh-Hans-p1', A5);

    const quote = await render(s, id, 'quote', 'A4', 'quote-A4-zh-Hans');
    for (const text of [
      '维修报价单',
      '人工费：主机检修',
      '配件费：电源模块',
      '免费',
      '¥650.00', // subtotal of the charged lines
      '-¥50.00', // the discount
      '税额（13%）',
      '¥78.00',
      '¥678.00',
      '陆佰柒拾捌元整',
      '客户已于',
      '电话',
    ])
      expect(quote.text, text).toContain(text);
    await checkFile(quote.file, 'quote-A4-zh-Hans-p1', A4);

    const pickup = await render(s, id, 'pickup', 'A5', 'pickup-A5-zh-Hans');
    for (const text of [
      '维修报告及取机确认单',
      '电源模块电容老化击穿',
      '更换电源模块，老化测试 2 小时',
      '电源模块 PSU-200',
      '旧件交还客户',
      '2027-02-22',
      '2027-11-22',
      '¥678.00',
      '陈大文',
      '服务态度 5 · 专业水平 5 · 维修速度 4',
    ])
      expect(pickup.text, text).toContain(text);
    await checkFile(pickup.file, 'pickup-A5-zh-Hans-p1', A5);
  });
});

describe('ticket forms in English and traditional Chinese', () => {
  it('print in the requested language, re-wording the assessment the customer was given', async () => {
    const { s, id } = await collectedTicket('en');
    const intakeForm = await render(s, id, 'intake', 'A4', 'intake-A4-en');
    for (const text of [
      'Repair intake ticket',
      'Customer copy',
      'Host — Does not power on',
      'Foot switch, Power adapter',
      'Out of warranty',
    ])
      expect(intakeForm.text, text).toContain(text);
    await checkFile(intakeForm.file, 'intake-A4-en-p1', A4);
    const pickup = await render(s, id, 'pickup', 'A5', 'pickup-A5-en');
    expect(pickup.text).toContain('Repair report and pickup confirmation');
    await checkFile(pickup.file, 'pickup-A5-en-p1', A5);

    const hant = must(await call(s.core, 'tickets.print', { id, form: 'intake', format: 'A5', language: 'zh-Hant' }));
    const file = join(dir, 'intake-A5-zh-Hant.pdf');
    writeFileSync(file, Buffer.from(hant.base64, 'base64'));
    const text = pdfText(file, undefined, 'raw').replace(/\s+/g, ' ');
    expect(text).toContain('維修申請單');
    expect(text).toContain('主機：已過保修期');
  });
});
