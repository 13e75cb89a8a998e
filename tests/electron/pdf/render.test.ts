// Renders the sample form in every format and language and reads the files back (./tools:
// MuPDF's WebAssembly build and zxing-wasm): embedded fonts, extracted text, page sizes and
// metadata, and the QR code decoded from a 150 dpi raster.
// Set PDF_PREVIEW_DIR to keep the PDFs and first-page PNGs for a visual check.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../../shared/i18n/languages';
import {
  MM,
  PAGE_FORMATS,
  loadFonts,
  renderToBuffer,
  drawParagraph,
  drawQrCode,
  type PageFormat,
} from '../../../electron/backend/pdf';
import { CREATED_AT, NODE_MODULES, SAMPLE_STRINGS, TICKET_NO, renderSample, type SampleOptions } from './fixtures/sample-form';
import { pdfOutputDir } from './output-dir';
import { decodeBarcodes, pageToPng, pdfFonts, pdfInfo, pdfText } from './tools';

const dir = pdfOutputDir('rc-pdf-');
const files = new Map<string, string>();
const key = (format: PageFormat, language: Language): string => `${format}-${language}`;
const fileOf = (format: PageFormat, language: Language): string => files.get(key(format, language)) ?? '';

async function renderTo(name: string, options: SampleOptions): Promise<string> {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, await renderSample(options));
  return file;
}

beforeAll(async () => {
  for (const format of PAGE_FORMATS) {
    for (const language of LANGUAGES)
      files.set(key(format, language), await renderTo(key(format, language), { format, language }));
  }
}, 60_000);

const matrix = PAGE_FORMATS.flatMap((format) => LANGUAGES.map((language) => ({ format, language })));

describe.each(matrix)('$format $language', ({ format, language }) => {
  const s = SAMPLE_STRINGS[language];

  it('embeds subsets of Noto Sans SC (and TC for traditional) and nothing else', () => {
    const fonts = pdfFonts(fileOf(format, language));
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.name).toMatch(/^[A-Z]{6}\+NotoSans(SC|TC)-(Regular|Bold)$/);
      expect(font, font.name).toMatchObject({ embedded: true, subset: true });
    }
    const names = fonts.map((f) => f.name.split('+')[1]);
    expect(names).toContain('NotoSansSC-Regular');
    if (language === 'zh-Hant') {
      expect(names).toContain('NotoSansTC-Regular');
      expect(names).toContain('NotoSansTC-Bold');
    } else {
      expect(names.some((n) => n?.startsWith('NotoSansTC'))).toBe(false);
    }
  });

  it('extracts the Chinese text exactly', () => {
    const text = pdfText(fileOf(format, language));
    expect(text).toContain(s.shop);
    expect(text).toContain(s.title);
    expect(text).toContain('陈大文');
    expect(text).toContain(s.amountInWords);
    expect(text).toContain(TICKET_NO);
    expect(text).toContain('¥123.45');
    expect(text).not.toContain('\ufffd');
  });

  it('sets the metadata from the inputs', () => {
    const info = pdfInfo(fileOf(format, language));
    expect(info.fields.get('Title')).toBe(`${s.title} ${TICKET_NO}`);
    expect(info.fields.get('Author')).toBe(s.shop);
    expect(info.fields.get('CreationDate')).toBe('2026-03-14T02:32:00Z');
  });
});

describe('QR code', () => {
  // One language per format: the code's placement does not depend on the language, and each
  // 150 dpi raster and its decoding cost a few tenths of a second.
  it.each([
    ['A4', 'zh-Hans'],
    ['A5', 'zh-Hant'],
    ['receipt80', 'en'],
    ['receipt58', 'zh-Hant'],
  ] as const)('%s %s: decodes to the ticket number from a 150 dpi raster', async (format, language) => {
    const png = pageToPng(fileOf(format, language), 1, join(dir, `${key(format, language)}-p1`));
    expect(await decodeBarcodes(png)).toEqual([TICKET_NO]);
  });

  it('drawQrCode places a longer code with its caption in the flow', async () => {
    const url = `https://repair.example.com/t/${TICKET_NO}?k=7f3a`;
    const fonts = loadFonts(NODE_MODULES);
    const options = { format: 'receipt58' as const, language: 'zh-Hans' as const, fonts, title: 't', author: 'a' };
    const file = join(dir, 'qr-flow.pdf');
    const pdf = await renderToBuffer({ ...options, createdAt: CREATED_AT }, (p) => {
      drawParagraph(p, '扫码查询维修进度', { size: 'base' });
      drawQrCode(p, url, { caption: TICKET_NO });
      drawParagraph(p, '谢谢惠顾', { size: 'base' });
    });
    writeFileSync(file, pdf);
    expect(pdfInfo(file).pages).toBe(1);
    expect(await decodeBarcodes(pageToPng(file, 1, join(dir, 'qr-flow-p1')))).toEqual([url]);
    expect(pdfText(file)).toMatch(/扫码查询维修进度\s+R2026-000123\s+谢谢惠顾/);
  });
});

describe('paper formats', () => {
  it.each(LANGUAGES)('A4 %s: rows continue on page 2 under a repeated header, with page X of Y', (language) => {
    const s = SAMPLE_STRINGS[language];
    const file = fileOf('A4', language);
    const info = pdfInfo(file);
    expect(info.pages).toBe(2);
    expect(info.sizes[0]).toEqual({ width: 595.28, height: 841.89 });
    const [page1, page2] = [pdfText(file, 1), pdfText(file, 2)];
    expect(page1).toContain(`${s.items[0]} #1`);
    expect(page1).not.toContain('#40');
    expect(page2).toContain(`${s.items[39 % s.items.length]} #40`);
    expect(page2).toContain(s.columns[4]);
    expect(page1).toContain(s.page(1, 2));
    expect(page2).toContain(s.page(2, 2));
  });

  it('A5 breaks into more pages and repeats the header on each', () => {
    const file = fileOf('A5', 'zh-Hans');
    const info = pdfInfo(file);
    expect(info.sizes[0]).toEqual({ width: 419.53, height: 595.28 });
    expect(info.pages).toBeGreaterThanOrEqual(2);
    expect(pdfText(file, 2)).toMatch(/序号\s+项目\s+数量\s+单价\s+金额/);
  });
});

describe('receipt rolls', () => {
  it.each([
    ['receipt80', 80, 226.77],
    ['receipt58', 58, 164.41],
  ] as const)('%s is one page %i mm (%f pt) wide whose height grows with the content', async (format, mm, points) => {
    const long = pdfInfo(fileOf(format, 'zh-Hans'));
    const short = pdfInfo(await renderTo(`${format}-short`, { format, language: 'zh-Hans', rows: 3 }));
    for (const info of [long, short]) {
      expect(info.pages).toBe(1);
      expect(info.sizes[0]?.width).toBeCloseTo(mm * MM, 2);
    }
    expect(long.sizes[0]?.width).toBeCloseTo(points, 2);
    const longHeight = long.sizes[0]?.height ?? 0;
    const shortHeight = short.sizes[0]?.height ?? 0;
    expect(shortHeight).toBeGreaterThan(100 * MM);
    expect(longHeight - shortHeight).toBeGreaterThan(37 * 12);
    // The last line (the stamp caption) is on the page, not cut off.
    expect(pdfText(fileOf(format, 'zh-Hans'))).toContain('店铺盖章');
  });
});

describe('receipt rolls stay one page whatever ends them', () => {
  // The cut page has no room to spare, so a "keep with next" look-ahead on the last block
  // must not start a page there.
  it.each([
    ['receipt80', 0],
    ['receipt80', 1],
    ['receipt58', 2],
    ['receipt58', 7],
  ] as const)('%s with %i rows', async (format, rows) => {
    const file = await renderTo(`${format}-${rows}rows`, { format, language: 'zh-Hant', rows });
    expect(pdfInfo(file).pages).toBe(1);
  });

  it('a paragraph as the last block', async () => {
    const fonts = loadFonts(NODE_MODULES);
    const options = { format: 'receipt80' as const, language: 'en' as const, fonts, title: 't', author: 'a' };
    const file = join(dir, 'last-paragraph.pdf');
    const pdf = await renderToBuffer({ ...options, createdAt: CREATED_AT }, (p) => {
      drawParagraph(p, 'Thank you', { size: 'base' });
      drawParagraph(p, 'See you again', { size: 'base' });
    });
    writeFileSync(file, pdf);
    expect(pdfInfo(file).pages).toBe(1);
    expect(pdfText(file)).toMatch(/Thank you\s+See you again/);
  });
});

describe('mixed scripts', () => {
  it('a traditional form prints a simplified-only name with the SC font', () => {
    const file = fileOf('A4', 'zh-Hant');
    expect(pdfText(file)).toMatch(/客戶\s+陈大文/);
    expect(pdfFonts(file).map((f) => f.name.split('+')[1])).toContain('NotoSansSC-Regular');
  });

  it('a simplified form prints a Hong Kong character with the TC font', async () => {
    const file = join(dir, 'hk-char.pdf');
    const fonts = loadFonts(NODE_MODULES);
    const options = {
      format: 'A5' as const,
      language: 'zh-Hans' as const,
      fonts,
      title: 't',
      author: 'a',
      createdAt: CREATED_AT,
    };
    writeFileSync(file, await renderToBuffer(options, (pdf) => drawParagraph(pdf, '地址：荃灣𠝹街 1 号', { size: 'base' })));
    expect(pdfText(file)).toContain('荃灣𠝹街 1 号');
    expect(pdfFonts(file).map((f) => f.name.split('+')[1])).toEqual(['NotoSansTC-Regular']);
  });
});

describe('watermark and banner', () => {
  it.each(['A4', 'receipt58'] as const)('%s prints them as text', async (format) => {
    const file = await renderTo(`${format}-void`, {
      format,
      language: 'zh-Hans',
      watermark: 'VOID / 作废',
      banner: 'REPRINT / 重印',
      rows: 5,
    });
    expect(pdfText(file)).toContain('REPRINT / 重印');
    // Rotated text comes out a few glyphs per line; compare without the white space.
    expect(pdfText(file, 1, 'raw').replace(/\s+/g, '')).toContain('VOID/作废');
    expect(await decodeBarcodes(pageToPng(file, 1, join(dir, `${format}-void-p1`)))).toEqual([TICKET_NO]);
  });
});

describe('reproducibility', () => {
  it('same inputs give the same bytes; another creation date changes only the metadata', async () => {
    const options: SampleOptions = { format: 'A4', language: 'zh-Hant' };
    const [a, b] = [await renderSample(options), await renderSample(options)];
    expect(a.equals(b)).toBe(true);
    const fonts = loadFonts(NODE_MODULES);
    const build = (createdAt: Date): Promise<Buffer> =>
      renderToBuffer({ format: 'receipt80', language: 'en', fonts, title: 'x', author: 'y', createdAt }, (pdf) =>
        drawParagraph(pdf, 'Same text'),
      );
    const [c, d] = [await build(CREATED_AT), await build(new Date('2027-01-01T00:00:00Z'))];
    expect(c.equals(d)).toBe(false);
    expect(c.length).toBe(d.length);
  });
});
