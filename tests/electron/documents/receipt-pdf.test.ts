// Receipts, credit notes and the day close, rendered through the contract as the UI calls them and
// read back (../pdf/tools): text, page size, fonts, and the QR code of the number decoded from a
// render. PDF_PREVIEW_DIR keeps the files.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testCore } from '../../helpers';
import type { Language } from '../../../shared/i18n/languages';
import type { ReceiptFormat } from '../../../shared/receipts/methods';
import { MM } from '../../../electron/backend/pdf';
import { decodeBarcodes, pageToPng, pdfFonts, pdfInfo, pdfText } from '../pdf/tools';
import { pdfOutputDir } from '../pdf/output-dir';
import { call, must } from '../tickets/fixtures';
import { approvedTicket, pay, payShop, type PayShop } from '../payments/fixtures';

const dir = pdfOutputDir('rc-receipt-');

async function paidShop(language: Language) {
  const core = testCore();
  must(
    await call(core, 'settings.updateShop', {
      name: language === 'en' ? 'Bright Repair Centre' : language === 'zh-Hant' ? '誠信電器維修中心' : '诚信电器维修中心',
      address: '深圳市福田区华强北路 1 号',
      phone: '0755-8888 6666',
      email: '',
      taxId: '91440300MA5F000000',
      defaultLanguage: language,
      timeZone: 'Asia/Shanghai',
      currency: 'CNY',
    }),
  );
  must(await call(core, 'settings.setTax', { tax: { mode: 'inclusive', rateBp: 1300 } }));
  const s = await payShop(core);
  const t = await approvedTicket(s, 10_000);
  const r = must(
    await pay(s, t.id, [
      { method: 'wechat', amount: 50_000, reference: '4200009876' },
      { method: 'cash', amount: 5_000, tendered: 10_000 },
    ]),
  );
  return { s, r };
}

async function render(
  s: PayShop,
  id: number,
  format: ReceiptFormat,
  name: string,
  extra: { reprint?: boolean; creditNoteId?: number } = {},
) {
  const doc = must(await call(s.core, 'receipts.print', { id, format, ...extra }));
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, Buffer.from(doc.base64, 'base64'));
  return { doc, file, text: pdfText(file, undefined, 'raw').replace(/\s+/g, ' ') };
}

function qr(file: string, png: string): Promise<string[]> {
  return decodeBarcodes(pageToPng(file, 1, join(dir, png), 200));
}

describe('receipt in simplified Chinese', () => {
  it('A4 receipt (收据, never 发票): lines, totals, both methods with change, 大写金额, QR of the receipt number', async () => {
    const { s, r } = await paidShop('zh-Hans');
    const a4 = await render(s, r.id, 'A4', 'receipt-A4-zh-Hans');
    expect(a4.doc.fileName).toBe('收据 S2026-000002.pdf');
    for (const text of [
      '诚信电器维修中心',
      '收据',
      'S2026-000002',
      'R2026-000001',
      '陈大文',
      '人工费：主机检修',
      '配件费：电源模块',
      '应收合计',
      '¥650.00',
      '其中税额（13%）',
      '¥74.78',
      '已收',
      '¥100.00',
      '本次实收',
      '¥550.00',
      '微信支付 · 4200009876',
      '实收现金 ¥100.00，找零 ¥50.00',
      '金额大写：伍佰伍拾元整',
      '王芳',
    ])
      expect(a4.text, text).toContain(text);
    // A 发票 is a tax document only the tax system issues: the shop's own printout never says it.
    expect(a4.text).not.toContain('发票');
    expect(pdfInfo(a4.file).sizes[0]).toEqual({ width: 595.28, height: 841.89 });
    for (const font of pdfFonts(a4.file)) expect(font).toMatchObject({ embedded: true, subset: true });
    expect(await qr(a4.file, 'receipt-A4-zh-Hans-p1')).toEqual(['S2026-000002']);
  });

  it('80 mm and 58 mm rolls are as wide as the paper, one page cut to length, QR decodable', async () => {
    const { s, r } = await paidShop('zh-Hans');
    for (const [format, width] of [
      ['receipt80', 80],
      ['receipt58', 58],
    ] as const) {
      const roll = await render(s, r.id, format, `receipt-${width}mm-zh-Hans`);
      const info = pdfInfo(roll.file);
      expect(info.pages).toBe(1);
      expect(info.sizes[0]!.width).toBeCloseTo(width * MM, 1);
      expect(info.sizes[0]!.height).toBeGreaterThan(250);
      expect(info.sizes[0]!.height).toBeLessThan(1200);
      for (const text of ['收据', 'S2026-000002', '本次实收', '¥550.00', '金额大写：伍佰伍拾元整'])
        expect(roll.text, text).toContain(text);
      expect(await qr(roll.file, `receipt-${width}mm-zh-Hans-p1`)).toEqual(['S2026-000002']);
    }
  });

  it('a reprint says 重印; a voided receipt says 作废 with the reason', async () => {
    const { s, r } = await paidShop('zh-Hans');
    const reprint = await render(s, r.id, 'receipt80', 'receipt-80mm-reprint', { reprint: true });
    expect(reprint.text).toContain('重印');
    expect(reprint.text).not.toContain('作废');
    must(await call(s.core, 'receipts.void', { id: r.id, staffId: s.owner.id, reason: '金额录错' }));
    const voided = await render(s, r.id, 'A4', 'receipt-A4-void', { reprint: true });
    for (const text of ['作废', '金额录错', '重印', 'S2026-000002']) expect(voided.text, text).toContain(text);
    const roll = await render(s, r.id, 'receipt80', 'receipt-80mm-void');
    expect(roll.text).toContain('作废');
  });

  it('a credit note has its own number, the receipt it refunds, and its QR code', async () => {
    const { s, r } = await paidShop('zh-Hans');
    const refunded = must(
      await call(s.core, 'receipts.refund', {
        id: r.id,
        staffId: s.clerk.id,
        amount: 12_345,
        method: 'cash',
        reason: '配件退回',
      }),
    );
    const note = refunded.creditNotes[0]!;
    const pdf = await render(s, r.id, 'A5', 'credit-note-A5-zh-Hans', { creditNoteId: note.id });
    expect(pdf.doc.fileName).toBe('退款凭证 C2026-000001.pdf');
    for (const text of ['退款凭证', 'C2026-000001', 'S2026-000002', '配件退回', '-¥123.45', '金额大写：壹佰贰拾叁元肆角伍分'])
      expect(pdf.text, text).toContain(text);
    expect(await qr(pdf.file, 'credit-note-A5-p1')).toEqual(['C2026-000001']);
  });

  it('day close prints totals by method and the drawer', async () => {
    const { s } = await paidShop('zh-Hans');
    must(await call(s.core, 'dayClose.close', { staffId: s.clerk.id, openingFloat: 20_000, countedCash: 25_000 }));
    const doc = must(await call(s.core, 'dayClose.print', { format: 'receipt80' }));
    const file = join(dir, 'day-close-80mm-zh-Hans.pdf');
    writeFileSync(file, Buffer.from(doc.base64, 'base64'));
    const text = pdfText(file, undefined, 'raw').replace(/\s+/g, ' ');
    for (const t of ['日结单', '2026-11-22', '微信支付', '¥600.00', '钱箱应有现金', '¥250.00', '差额', '¥0.00'])
      expect(text, t).toContain(t);
  });
});

describe('receipt in English and traditional Chinese', () => {
  it('English has no capital numerals; traditional prints 大寫 in traditional characters', async () => {
    const en = await paidShop('en');
    const a5 = await render(en.s, en.r.id, 'A5', 'receipt-A5-en');
    for (const text of [
      'Receipt',
      'Receipt no.',
      'S2026-000002',
      'Paid now',
      'WeChat Pay · 4200009876',
      'Cash received ¥100.00, change ¥50.00',
    ])
      expect(a5.text, text).toContain(text);
    expect(a5.text).not.toContain('大写');
    expect(a5.text).not.toMatch(/invoice/i);
    const roll = await render(en.s, en.r.id, 'receipt80', 'receipt-80mm-en');
    expect(roll.text).toContain('Paid now');

    const tw = await paidShop('zh-Hant');
    const hant = await render(tw.s, tw.r.id, 'A4', 'receipt-A4-zh-Hant');
    for (const text of ['收據', '本次實收', '金額大寫：伍佰伍拾元整']) expect(hant.text, text).toContain(text);
    expect(hant.text).not.toContain('發票');
  });
});

describe('an official invoice recorded on a receipt', () => {
  it.each([
    ['zh-Hans', '已开发票：数电票 号码 24312000000012345678'],
    ['zh-Hant', '已開發票：數電票 號碼 24312000000012345678'],
    ['en', 'Official invoice: digital e-invoice No. 24312000000012345678'],
  ] as const)('prints its type and number on the receipt and the roll (%s)', async (language, line) => {
    const { s, r } = await paidShop(language);
    must(
      await call(s.core, 'receipts.recordInvoice', {
        id: r.id,
        staffId: s.clerk.id,
        kind: 'digital',
        number: '2431 2000 0000 1234 5678',
      }),
    );
    for (const format of ['A4', 'receipt80', 'receipt58'] as const) {
      const doc = await render(s, r.id, format, `receipt-invoice-${format}-${language}`);
      expect(doc.text, format).toContain(line);
    }
  });
});
