// The printed warranty card, rendered through the same call the UI makes and read back
// (../pdf/tools): fonts embedded, text extractable, page size, and the QR code decoded to the
// card number from a 150 dpi raster.
// Set PDF_PREVIEW_DIR to keep the PDFs and page PNGs for a visual check.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testCore } from '../../helpers';
import type { Language } from '../../../shared/i18n/languages';
import type { PaperFormat } from '../../../shared/schemas/print';
import { sampleLogoDataUrl } from '../pdf/fixtures/sample-form';
import { decodeBarcodes, pageToPng, pdfFonts, pdfInfo, pdfText } from '../pdf/tools';
import { pdfOutputDir } from '../pdf/output-dir';
import { customer, laserFields, call, must, product } from '../warranty/fixtures';

const dir = pdfOutputDir('rc-card-');

async function issuedCard(language: Language) {
  const core = testCore();
  must(
    await call(core, 'settings.updateShop', {
      name: language === 'en' ? 'Bright Repair Centre' : language === 'zh-Hant' ? '誠信電器維修中心' : '诚信电器维修中心',
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
  const chen = await customer(core);
  const p = await product(core, laserFields(chen.id));
  const card = must(await call(core, 'warrantyCards.issue', { productId: p.id, notes: '含上门安装及操作培训' }));
  return { core, card };
}

async function render(core: ReturnType<typeof testCore>, id: number, name: string, format: PaperFormat, language?: Language) {
  const doc = must(await call(core, 'warrantyCards.print', { id, format, language }));
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, Buffer.from(doc.base64, 'base64'));
  return { doc, file };
}

const EXPECTED: Record<Language, string[]> = {
  'zh-Hans': [
    '诚信电器维修中心',
    '保修卡',
    '陈大文',
    'LX2025-00123',
    '激光器',
    '2027-03-01',
    '脚踏开关',
    '2026-03-01',
    '进水或受潮',
    '连接线',
    '客户签名',
    '店铺盖章',
    '2025-03-01（验收日）',
    '含上门安装及操作培训',
  ],
  'zh-Hant': [
    '誠信電器維修中心',
    '保修卡',
    '陈大文',
    'LX2025-00123',
    '雷射器',
    '2027-03-01',
    '腳踏開關',
    '進水或受潮',
    '連接線',
    '客戶簽名',
    '店鋪蓋章',
  ],
  en: [
    'Bright Repair Centre',
    'Warranty card',
    '陈大文',
    'LX2025-00123',
    'Laser',
    '2027-03-01',
    'Foot switch',
    'Water or moisture damage',
    'Cable',
    'Customer signature',
    'Shop stamp',
    '2025-03-01 (acceptance)',
  ],
};

describe.each(['zh-Hans', 'zh-Hant', 'en'] as const)('the warranty card in %s', (language) => {
  it('prints every fact of the card as text, with the fonts embedded and a QR code of the card number', async () => {
    const { core, card } = await issuedCard(language);
    const { doc, file } = await render(core, card.id, `card-A5-${language}`, 'A5');
    expect(doc.mimeType).toBe('application/pdf');
    expect(doc.fileName).toMatch(/W2026-000001\.pdf$/);
    // Raw (content-stream) order keeps a wrapped cell together; line breaks become spaces.
    const text = pdfText(file, undefined, 'raw').replace(/\s+/g, ' ');
    for (const s of [...EXPECTED[language], 'W2026-000001']) expect(text, s).toContain(s);
    expect(text).not.toContain('\ufffd');
    for (const font of pdfFonts(file)) {
      expect(font.name).toMatch(/^[A-Z]{6}\+NotoSans(SC|TC)-(Regular|Bold)$/);
      expect(font, font.name).toMatchObject({ embedded: true, subset: true });
    }
    const info = pdfInfo(file);
    expect(info.pages).toBe(1);
    expect(info.sizes[0]).toEqual({ width: 419.53, height: 595.28 });
    expect(info.fields.get('Title')).toContain('W2026-000001');
    expect(await decodeBarcodes(pageToPng(file, 1, join(dir, `card-A5-${language}-p1`)))).toEqual(['W2026-000001']);
  });
});

describe('paper, language and status', () => {
  it("prints on A4 in one page, and in another language than the shop's on request", async () => {
    const { core, card } = await issuedCard('zh-Hans');
    const { file } = await render(core, card.id, 'card-A4-en', 'A4', 'en');
    const info = pdfInfo(file);
    expect(info.pages).toBe(1);
    expect(info.sizes[0]).toEqual({ width: 595.28, height: 841.89 });
    expect(pdfText(file)).toContain('Warranty card');
    expect(await decodeBarcodes(pageToPng(file, 1, join(dir, 'card-A4-en-p1')))).toEqual(['W2026-000001']);
  });

  it('a void card still prints, marked void with its reason', async () => {
    const { core, card } = await issuedCard('zh-Hans');
    must(await call(core, 'warrantyCards.void', { id: card.id, reason: '签发错产品' }));
    const { file } = await render(core, card.id, 'card-void', 'A5');
    expect(pdfText(file)).toContain('本卡已作废：签发错产品');
    expect(pdfText(file, 1, 'raw').replace(/\s+/g, '')).toContain('作废');
  });

  it('the same card prints the same bytes (the creation time comes from the handler clock)', async () => {
    const { core, card } = await issuedCard('en');
    const a = must(await call(core, 'warrantyCards.print', { id: card.id, format: 'A5' }));
    const b = must(await call(core, 'warrantyCards.print', { id: card.id, format: 'A5' }));
    expect(a.base64).toBe(b.base64);
    expect(await core.dispatch('warrantyCards.print', { id: 999 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await core.dispatch('warrantyCards.print', { id: card.id, format: 'A3' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });
});
