// Reads rendered PDFs with npm packages only, so `npm install && npm test` needs nothing from
// apt: MuPDF's WebAssembly build (`mupdf`) extracts the text, lists the fonts, reads the page
// sizes and metadata and renders a page to PNG; `zxing-wasm` decodes the QR codes in that PNG.
// zxing-wasm's .wasm is loaded from node_modules, never fetched.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as mupdf from 'mupdf';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';

const require = createRequire(import.meta.url);

prepareZXingModule({
  overrides: { wasmBinary: new Uint8Array(readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm'))).buffer },
});

function open(file: string): mupdf.PDFDocument {
  const doc = mupdf.Document.openDocument(readFileSync(file), 'application/pdf');
  const pdf = doc.asPDF();
  if (!pdf) throw new Error(`${file} is not a PDF`);
  return pdf;
}

/** 1-based page numbers: the one asked for, or all of them. */
function pageNumbers(doc: mupdf.Document, page?: number): number[] {
  const count = doc.countPages();
  if (page === undefined) return Array.from({ length: count }, (_, i) => i + 1);
  if (page < 1 || page > count) throw new Error(`page ${page} is not in a ${count}-page document`);
  return [page];
}

export interface EmbeddedFont {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
}

/** The fonts the pages (and the forms they draw) use, once each, as `pdffonts` lists them. */
export function pdfFonts(file: string): EmbeddedFont[] {
  const doc = open(file);
  const fonts: EmbeddedFont[] = [];
  const seen = new Set<string>();
  const visit = (resources: mupdf.PDFObject, depth: number): void => {
    if (!resources.isDictionary() || depth > 8) return;
    resources.get('Font').forEach((ref) => {
      const key = ref.isIndirect() ? `obj ${ref.asIndirect()}` : ref.toString();
      if (seen.has(key)) return;
      seen.add(key);
      fonts.push(describeFont(ref.resolve()));
    });
    resources.get('XObject').forEach((xobject) => visit(xobject.resolve().get('Resources'), depth + 1));
  };
  for (const n of pageNumbers(doc))
    visit(
      doc
        .loadPage(n - 1)
        .getObject()
        .getInheritable('Resources'),
      0,
    );
  return fonts;
}

function describeFont(font: mupdf.PDFObject): EmbeddedFont {
  const name = font.get('BaseFont').isName() ? font.get('BaseFont').asName() : '[none]';
  const subtype = font.get('Subtype').asName();
  // A composite (Type0) font keeps its descriptor, and so its font file, on the descendant.
  const descendant = subtype === 'Type0' ? font.get('DescendantFonts').get(0).resolve() : font;
  const descriptor = descendant.get('FontDescriptor');
  // The 14 standard fonts need no descriptor; without one there is no font file either.
  const embedded =
    !descriptor.isNull() && ['FontFile', 'FontFile2', 'FontFile3'].some((k) => !descriptor.resolve().get(k).isNull());
  const type = subtype === 'Type0' ? `CID ${descendant.get('Subtype').asName()}` : subtype;
  return { name, type, embedded, subset: /^[A-Z]{6}\+/.test(name) };
}

/**
 * Page text. `layout` puts what shares a baseline on one line, left to right, top to bottom,
 * with a space where the pieces leave a gap (as `pdftotext -layout` does, without its column
 * padding); `raw` keeps the order the content stream draws it in, which suits rotated text such
 * as watermarks. Pages end with a form feed.
 */
export function pdfText(file: string, page?: number, mode: 'layout' | 'raw' = 'layout'): string {
  const doc = open(file);
  return pageNumbers(doc, page)
    .map((n) => {
      const stext = doc.loadPage(n - 1).toStructuredText('preserve-whitespace');
      return `${mode === 'raw' ? stext.asText() : layoutText(stext)}\f`;
    })
    .join('');
}

interface StextJson {
  blocks: {
    type: string;
    lines?: { bbox: { x: number; w: number }; font: { size: number }; x: number; y: number; text: string }[];
  }[];
}

interface Piece {
  x: number;
  y: number;
  right: number;
  size: number;
  text: string;
}

function layoutText(stext: mupdf.StructuredText): string {
  // The walker knows each line's direction but passes characters through String.fromCharCode,
  // which breaks those beyond U+FFFF (𠝹); the JSON has the text whole. Both list the lines in
  // the same order.
  const horizontal: boolean[] = [];
  stext.walk({
    beginLine: (_bbox, wmode, dir) => horizontal.push(wmode === 0 && Math.abs(dir[1]) < 1e-3 && dir[0] > 0),
  });
  const json = JSON.parse(stext.asJSON()) as StextJson;
  const lines = json.blocks.flatMap((b) => (b.type === 'text' ? (b.lines ?? []) : []));
  if (lines.length !== horizontal.length) throw new Error('structured text: the walk and the JSON disagree');
  const rows: Piece[][] = [];
  lines.forEach((line, i) => {
    // Rotated lines (watermarks) have no row to join; `raw` mode reads them.
    if (!horizontal[i]) return;
    const piece = { x: line.x, y: line.y, right: line.bbox.x + line.bbox.w, size: line.font.size, text: line.text };
    const row = rows.find((r) => Math.abs((r[0]?.y ?? Infinity) - piece.y) <= piece.size * 0.3);
    if (row) row.push(piece);
    else rows.push([piece]);
  });
  return rows
    .sort((a, b) => (a[0]?.y ?? 0) - (b[0]?.y ?? 0))
    .map((row) => {
      row.sort((a, b) => a.x - b.x);
      let text = '';
      let end: number | undefined;
      for (const piece of row) {
        if (end !== undefined && piece.x - end > piece.size * 0.2 && !/\s$/.test(text)) text += ' ';
        text += piece.text;
        end = piece.right;
      }
      return `${text.trimEnd()}\n`;
    })
    .join('');
}

export interface PdfInfo {
  /** Document information as `pdfinfo -isodates` names it: Title, Author, CreationDate… */
  fields: Map<string, string>;
  pages: number;
  /** Points, rounded to two decimals as `pdfinfo` prints them, per page. */
  sizes: { width: number; height: number }[];
}

const INFO_FIELDS = ['Title', 'Subject', 'Keywords', 'Author', 'Creator', 'Producer', 'CreationDate', 'ModDate'];

export function pdfInfo(file: string): PdfInfo {
  const doc = open(file);
  const info = doc.getTrailer().get('Info').resolve();
  const fields = new Map<string, string>();
  for (const key of INFO_FIELDS) {
    const value = info.isDictionary() ? info.get(key) : mupdf.PDFObject.Null;
    if (!value.isString()) continue;
    fields.set(key, key.endsWith('Date') ? isoDate(value.asString()) : value.asString());
  }
  const round = (n: number): number => Math.round(n * 100) / 100;
  const sizes = pageNumbers(doc).map((n) => {
    const [x0, y0, x1, y1] = doc.loadPage(n - 1).getBounds();
    return { width: round(x1 - x0), height: round(y1 - y0) };
  });
  fields.set('Pages', String(sizes.length));
  return { fields, pages: sizes.length, sizes };
}

/** `D:20260314023200Z` → `2026-03-14T02:32:00Z`; `+08'00'` → `+08:00`. */
export function isoDate(pdfDate: string): string {
  const m = /^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(Z|[+-]\d{2}'?\d{2}'?)?/.exec(pdfDate);
  if (!m) return pdfDate;
  const zone = m[7] === undefined || m[7] === 'Z' ? (m[7] ?? '') : `${m[7].slice(0, 3)}:${m[7].replace(/'/g, '').slice(3)}`;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${zone}`;
}

/** Rasterises one page (150 dpi unless told) to `<outPrefix>.png`; returns that path. */
export function pageToPng(file: string, page: number, outPrefix: string, dpi = 150): string {
  const doc = open(file);
  const [n] = pageNumbers(doc, page);
  const scale = dpi / 72;
  const pixmap = doc.loadPage((n ?? 1) - 1).toPixmap(mupdf.Matrix.scale(scale, scale), mupdf.ColorSpace.DeviceRGB, false, true);
  const png = `${outPrefix}.png`;
  writeFileSync(png, pixmap.asPNG());
  return png;
}

/** Decoded barcode texts in a PNG (QR codes, Code 128…), top to bottom; none gives []. */
export async function decodeBarcodes(png: string): Promise<string[]> {
  const results = await readBarcodes(readFileSync(png), { tryHarder: true, maxNumberOfSymbols: 16 });
  return results
    .filter((r) => r.isValid)
    .sort((a, b) => a.position.topLeft.y - b.position.topLeft.y)
    .map((r) => r.text);
}
