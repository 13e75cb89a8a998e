import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/i18n/languages';
import {
  FONT_FILES,
  REQUIRED_FONT_FILES,
  decodeImageDataUrl,
  fontCopyPlan,
  fontOrder,
  loadFonts,
  missingGlyphs,
  pickFace,
  qrMatrix,
  resolveFontFile,
} from '../../../electron/backend/pdf';
import { NODE_MODULES, SAMPLE_STRINGS, TICKET_NO, sampleLogoDataUrl } from './fixtures/sample-form';

const fonts = loadFonts(NODE_MODULES);
const temp = mkdtempSync(join(tmpdir(), 'rc-pdf-fonts-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('font files', () => {
  it('lists the four TTFs the app ships, all present in node_modules', () => {
    expect(REQUIRED_FONT_FILES).toEqual([
      'NotoSansSC_400Regular.ttf',
      'NotoSansSC_700Bold.ttf',
      'NotoSansTC_400Regular.ttf',
      'NotoSansTC_700Bold.ttf',
    ]);
    for (const { from, to } of fontCopyPlan(NODE_MODULES)) {
      expect(existsSync(from), from).toBe(true);
      expect(to).toMatch(/^fonts\/NotoSans(SC|TC)_(400Regular|700Bold)\.ttf$/);
    }
  });

  it('resolves the packaged flat layout as well as node_modules', () => {
    const flat = join(temp, 'fonts');
    mkdirSync(flat);
    for (const { from, to } of fontCopyPlan(NODE_MODULES, flat)) symlinkSync(from, to);
    for (const entry of FONT_FILES) expect(resolveFontFile(flat, entry.face)).toBe(join(flat, entry.file));
    expect(loadFonts(flat).get('TC-bold').postscriptName).toBe('NotoSansTC-Bold');
  });

  it('names the missing file and the paths tried', () => {
    expect(() => resolveFontFile(join(temp, 'nowhere'), 'SC-bold')).toThrow(/NotoSansSC_700Bold\.ttf not found; tried:/);
  });

  it('caches parsed fonts per directory', () => {
    expect(loadFonts(NODE_MODULES)).toBe(fonts);
    expect(fonts.get('SC-regular')).toBe(fonts.get('SC-regular'));
  });
});

describe('font choice and glyph fallback', () => {
  it('prefers TC for traditional forms and SC otherwise', () => {
    expect(fontOrder('zh-Hant')).toEqual(['TC', 'SC']);
    expect(fontOrder('zh-Hans')).toEqual(['SC', 'TC']);
    expect(fontOrder('en')).toEqual(['SC', 'TC']);
    expect(pickFace(fonts, 'zh-Hant', '維修申請單', 'bold')).toBe('TC-bold');
    expect(pickFace(fonts, 'zh-Hans', '维修申请单', 'regular')).toBe('SC-regular');
    expect(pickFace(fonts, 'en', 'Repair order No. 123', 'regular')).toBe('SC-regular');
  });

  it('falls back to SC for a simplified name on a traditional form (TC lacks 陈)', () => {
    expect(missingGlyphs(fonts, 'TC-regular', '客戶 陈大文')).toEqual(['陈']);
    expect(pickFace(fonts, 'zh-Hant', '陈大文', 'regular')).toBe('SC-regular');
    expect(pickFace(fonts, 'zh-Hant', '壹佰贰拾叁元', 'bold')).toBe('SC-bold');
  });

  it('falls back to TC for a Hong Kong character SC lacks', () => {
    expect(missingGlyphs(fonts, 'SC-regular', '𠝹')).toEqual(['𠝹']);
    expect(pickFace(fonts, 'zh-Hans', '𠝹門', 'regular')).toBe('TC-regular');
  });

  it('keeps the preferred face when neither covers everything but it misses fewer', () => {
    // 陈 only in SC, 𠝹 only in TC: TC misses one, SC misses one → keep the preferred TC.
    expect(pickFace(fonts, 'zh-Hant', '陈𠝹', 'regular')).toBe('TC-regular');
  });

  it('draws every string of the sample form with a face that has all its glyphs', () => {
    for (const language of LANGUAGES) {
      const s = SAMPLE_STRINGS[language];
      const strings = [
        s.shop,
        s.address,
        s.title,
        s.terms,
        s.amountInWords,
        ...s.items,
        ...s.columns,
        ...s.totals,
        ...s.signatures,
        ...s.customer.flat(),
        s.page(1, 2),
      ];
      for (const text of strings) {
        for (const weight of ['regular', 'bold'] as const) {
          const face = pickFace(fonts, language, text, weight);
          expect(missingGlyphs(fonts, face, text), `${language} ${face} "${text}"`).toEqual([]);
        }
      }
    }
  });
});

describe('images and QR matrix', () => {
  it('reads PNG and JPEG sizes from data URLs and rejects anything else', () => {
    expect(decodeImageDataUrl(sampleLogoDataUrl(64))).toMatchObject({ type: 'png', width: 64, height: 64 });
    // SOI, APP0 (length 16), SOF0 with height 32 and width 64.
    const jpeg = Buffer.from([
      0xff,
      0xd8,
      0xff,
      0xe0,
      0x00,
      0x10,
      ...Buffer.from('JFIF\0'),
      1,
      1,
      0,
      0,
      1,
      0,
      1,
      0,
      0,
      0xff,
      0xc0,
      0x00,
      0x11,
      0x08,
      0x00,
      0x20,
      0x00,
      0x40,
      0x03,
      1,
      0x22,
      0,
      2,
      0x11,
      1,
      3,
      0x11,
      1,
    ]);
    expect(decodeImageDataUrl(`data:image/jpeg;base64,${jpeg.toString('base64')}`)).toMatchObject({
      type: 'jpeg',
      width: 64,
      height: 32,
    });
    expect(decodeImageDataUrl(null)).toBeNull();
    expect(decodeImageDataUrl('data:image/gif;base64,R0lGODlhAQABAAAAACw=')).toBeNull();
    expect(decodeImageDataUrl('data:image/png;base64,AAAA')).toBeNull();
  });

  it('builds a version 1 symbol for the ticket number', () => {
    const matrix = qrMatrix(TICKET_NO);
    expect(matrix.size).toBe(21);
    // Finder pattern corners are dark.
    expect(matrix.isDark(0, 0) && matrix.isDark(0, 20) && matrix.isDark(20, 0)).toBe(true);
  });
});
