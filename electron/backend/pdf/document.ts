import PDFDocument from 'pdfkit';
import type { Language } from '../../../shared/i18n/languages';
import { pickFace, type FontFace, type FontSet, type FontWeight } from './fonts';

export type PageFormat = 'A4' | 'A5' | 'receipt80' | 'receipt58';
export const PAGE_FORMATS: readonly PageFormat[] = ['A4', 'A5', 'receipt80', 'receipt58'];

/** 1 mm in PDF points. */
export const MM = 72 / 25.4;

export interface FontSizes {
  base: number;
  small: number;
  title: number;
  shopName: number;
}

export interface PageColors {
  text: string;
  muted: string;
  rule: string;
  /** Background of table header rows; null on thermal rolls, which print grey as dither noise. */
  fill: string | null;
}

export interface PageSpec {
  width: number;
  /** null: a receipt roll, one page exactly as tall as its content. */
  height: number | null;
  margins: { top: number; bottom: number; left: number; right: number };
  sizes: FontSizes;
  colors: PageColors;
  /** Vertical space between blocks. */
  gap: number;
  receipt: boolean;
}

const PAPER: PageColors = { text: '#111111', muted: '#555555', rule: '#999999', fill: '#eeeeee' };
// Thermal heads print pure black or nothing.
const THERMAL: PageColors = { text: '#000000', muted: '#000000', rule: '#000000', fill: null };

export const PAGE_SPECS: Readonly<Record<PageFormat, PageSpec>> = {
  A4: {
    width: 595.28,
    height: 841.89,
    margins: { top: 14 * MM, bottom: 16 * MM, left: 15 * MM, right: 15 * MM },
    sizes: { base: 9.5, small: 7.5, title: 16, shopName: 15 },
    colors: PAPER,
    gap: 10,
    receipt: false,
  },
  A5: {
    width: 419.53,
    height: 595.28,
    margins: { top: 10 * MM, bottom: 13 * MM, left: 10 * MM, right: 10 * MM },
    sizes: { base: 8, small: 6.5, title: 13, shopName: 12 },
    colors: PAPER,
    gap: 7,
    receipt: false,
  },
  // 80 mm roll, ≈72 mm printable: the printer itself leaves ≈4 mm each side.
  receipt80: {
    width: 80 * MM,
    height: null,
    margins: { top: 3 * MM, bottom: 5 * MM, left: 4 * MM, right: 4 * MM },
    sizes: { base: 8, small: 6.5, title: 11, shopName: 11 },
    colors: THERMAL,
    gap: 6,
    receipt: true,
  },
  // 58 mm roll, ≈48 mm printable.
  receipt58: {
    width: 58 * MM,
    height: null,
    margins: { top: 3 * MM, bottom: 5 * MM, left: 5 * MM, right: 5 * MM },
    sizes: { base: 7, small: 6, title: 9.5, shopName: 9.5 },
    colors: THERMAL,
    gap: 5,
    receipt: true,
  },
};

export interface PdfOptions {
  format: PageFormat;
  /** Language of the form; picks the preferred CJK font (glyph fallback is per string). */
  language: Language;
  fonts: FontSet;
  /** PDF metadata. */
  title: string;
  /** Shop name. */
  author: string;
  subject?: string;
  /** Written as CreationDate and used for the file ID: same inputs give the same bytes. */
  createdAt: Date;
}

/** A document being laid out, plus what the layout helpers need to know about it. */
export interface Pdf {
  readonly doc: PDFKit.PDFDocument;
  readonly format: PageFormat;
  readonly spec: PageSpec;
  readonly language: Language;
  readonly fonts: FontSet;
  /** Content box; the same on every page. */
  readonly left: number;
  readonly right: number;
  readonly width: number;
  readonly top: number;
  /** Lowest y content may reach on the current page. */
  bottom(): number;
  /**
   * A roll page already cut to the content's measured height: it must never break, because
   * look-ahead checks ("keep the heading with two lines") could fire here on the last block
   * though the probe pass had room.
   */
  readonly fitted: boolean;
  /** Selects the font face able to draw `text` and the size; call before measuring or drawing. */
  useFont(text: string, size: number, weight?: FontWeight): void;
}

// Receipts are laid out once on a page taller than any receipt, to learn their height.
const PROBE_HEIGHT = 100_000;
// Viewers and printer drivers commonly reject pages over 200 in (14,400 pt); longer rolls break.
const MAX_PAGE_HEIGHT = 14_400;

/** Creates the pdfkit document. For receipts pass the page height (renderToBuffer measures it). */
export function createPdf(options: PdfOptions, pageHeight?: number, fitted = false): Pdf {
  const spec = PAGE_SPECS[options.format];
  const height = pageHeight ?? spec.height;
  if (height === null) throw new Error(`${options.format}: pass the page height (use renderToBuffer)`);
  const doc = new PDFDocument({
    size: [spec.width, height],
    margins: spec.margins,
    compress: true,
    // 1.4: the paper watermark uses transparency.
    pdfVersion: '1.4',
    // No default font: pdfkit would parse Helvetica's metrics for every document, and every
    // string goes through useFont anyway.
    font: '',
    // Footers ("page X of Y") and watermarks are drawn once the page count is known.
    bufferPages: true,
    lang: options.language,
    displayTitle: true,
    info: {
      Title: options.title,
      Author: options.author,
      ...(options.subject ? { Subject: options.subject } : {}),
      Creator: 'Repair Counter',
      Producer: 'Repair Counter (PDFKit)',
      CreationDate: options.createdAt,
    },
  });
  const registered = new Set<FontFace>();
  const pdf: Pdf = {
    doc,
    format: options.format,
    spec,
    language: options.language,
    fonts: options.fonts,
    left: spec.margins.left,
    right: spec.width - spec.margins.right,
    width: spec.width - spec.margins.left - spec.margins.right,
    top: spec.margins.top,
    bottom: () => doc.page.height - doc.page.margins.bottom,
    fitted,
    useFont(text, size, weight = 'regular') {
      const face = pickFace(options.fonts, options.language, text, weight);
      if (!registered.has(face)) {
        // pdfkit accepts a parsed fontkit font wherever it takes a file (it only checks for
        // `.layout`); its typings list file sources only, hence the cast.
        doc.registerFont(face, options.fonts.get(face) as unknown as Buffer);
        registered.add(face);
      }
      doc.font(face).fontSize(size);
    },
  };
  doc.fillColor(spec.colors.text).strokeColor(spec.colors.text);
  return pdf;
}

/** Starts a new page when fewer than `height` points are left; true if it did. */
export function ensureSpace(pdf: Pdf, height: number): boolean {
  // At the top of a page a break gains nothing (the block is taller than a page).
  if (pdf.fitted || pdf.doc.y + height <= pdf.bottom() || pdf.doc.y <= pdf.top) return false;
  pdf.doc.addPage();
  pdf.doc.x = pdf.left;
  pdf.doc.y = pdf.top;
  return true;
}

/** Moves the cursor down (clamped to the page; a new page starts at its top margin). */
export function moveDown(pdf: Pdf, points: number): void {
  pdf.doc.x = pdf.left;
  pdf.doc.y = Math.min(pdf.doc.y + points, pdf.bottom());
}

/** Ends the document and collects its bytes. */
export function finishPdf(pdf: Pdf): Promise<Buffer> {
  return new Promise((resolvePdf, reject) => {
    const chunks: Buffer[] = [];
    pdf.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.doc.on('end', () => resolvePdf(Buffer.concat(chunks)));
    pdf.doc.on('error', reject);
    pdf.doc.end();
  });
}

/**
 * Lays out the form with `build` and returns the PDF bytes. `build` must be deterministic: for
 * receipt rolls it runs twice, first on a very tall probe page to measure where the content
 * ends, then on a page cut to that height.
 */
export async function renderToBuffer(options: PdfOptions, build: (pdf: Pdf) => void): Promise<Buffer> {
  const spec = PAGE_SPECS[options.format];
  let height = spec.height;
  let fitted = false;
  if (height === null) {
    const probe = createPdf(options, PROBE_HEIGHT);
    build(probe);
    const pages = probe.doc.bufferedPageRange().count;
    const used = pages > 1 ? PROBE_HEIGHT : probe.doc.y + spec.margins.bottom;
    // +1 pt: pdfkit breaks a page when a line ends exactly on the bottom edge.
    height = Math.min(MAX_PAGE_HEIGHT, Math.ceil(used + 1));
    fitted = height < MAX_PAGE_HEIGHT;
  }
  const pdf = createPdf(options, height, fitted);
  build(pdf);
  return finishPdf(pdf);
}
