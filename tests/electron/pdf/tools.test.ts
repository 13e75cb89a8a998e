// The readers the PDF tests rely on must be able to say no: a font that is not embedded, a page
// without a code, a date in another zone.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeBarcodes, isoDate, pageToPng, pdfFonts, pdfInfo, pdfText } from './tools';

const dir = mkdtempSync(join(tmpdir(), 'rc-pdf-tools-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A one-page PDF in a standard (not embedded) font. */
function plainPdf(name: string, lines: readonly string[]): Promise<string> {
  const file = join(dir, `${name}.pdf`);
  const doc = new PDFDocument({
    size: [200, 100],
    margin: 10,
    info: { Title: 'plain', CreationDate: new Date('2026-01-02T03:04:05Z') },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<string>((resolve) =>
    doc.on('end', () => {
      writeFileSync(file, Buffer.concat(chunks));
      resolve(file);
    }),
  );
  doc.font('Helvetica').fontSize(10);
  for (const line of lines) doc.text(line);
  doc.end();
  return done;
}

describe('pdf tools', () => {
  it('report a standard font as neither embedded nor a subset', async () => {
    const file = await plainPdf('helvetica', ['Hello']);
    expect(pdfFonts(file)).toEqual([{ name: 'Helvetica', type: 'Type1', embedded: false, subset: false }]);
  });

  it('read the text line by line, the page size and the metadata', async () => {
    const file = await plainPdf('lines', ['first line', 'second line']);
    expect(pdfText(file)).toBe('first line\nsecond line\n\f');
    expect(pdfText(file, 1, 'raw').replace(/\s+/g, ' ').trim()).toBe('first line second line');
    const info = pdfInfo(file);
    expect(info).toMatchObject({ pages: 1, sizes: [{ width: 200, height: 100 }] });
    expect(info.fields.get('Title')).toBe('plain');
    expect(info.fields.get('CreationDate')).toBe('2026-01-02T03:04:05Z');
    expect(() => pdfText(file, 2)).toThrow('page 2 is not in a 1-page document');
  });

  it('find no code on a page without one', async () => {
    const file = await plainPdf('no-code', ['no code here']);
    expect(await decodeBarcodes(pageToPng(file, 1, join(dir, 'no-code-p1')))).toEqual([]);
  });

  it.each([
    ['D:20260314023200Z', '2026-03-14T02:32:00Z'],
    ["D:20260314103200+08'00'", '2026-03-14T10:32:00+08:00'],
    ["D:20260314023200-05'30", '2026-03-14T02:32:00-05:30'],
    ['D:20260314023200', '2026-03-14T02:32:00'],
    ['not a date', 'not a date'],
  ])('isoDate(%s) is %s', (pdfDate, iso) => {
    expect(isoDate(pdfDate)).toBe(iso);
  });
});
