import type { FontWeight } from './fonts';
import type { Pdf } from './document';

export type Align = 'left' | 'center' | 'right';

export interface TextStyle {
  /** Points; the format's base size when omitted. */
  size?: number;
  weight?: FontWeight;
  align?: Align;
  color?: string;
  /** Extra space between wrapped lines. */
  lineGap?: number;
}

function sizeOf(pdf: Pdf, style: TextStyle): number {
  return style.size ?? pdf.spec.sizes.base;
}

/** Width of `text` on one line. */
export function textWidth(pdf: Pdf, text: string, style: TextStyle = {}): number {
  pdf.useFont(text, sizeOf(pdf, style), style.weight);
  return pdf.doc.widthOfString(text);
}

/** Height of `text` wrapped to `width`. An empty string is one line tall, so rows keep shape. */
export function textHeight(pdf: Pdf, text: string, width: number, style: TextStyle = {}): number {
  const probe = text === '' ? ' ' : text;
  const lineGap = style.lineGap ?? 0;
  pdf.useFont(probe, sizeOf(pdf, style), style.weight);
  // Fast path for text that fits on one line (most table cells): running pdfkit's line
  // wrapper just to learn "one line" is the costliest part of laying out a long table. The
  // 0.5 pt slack keeps this on the safe side of the wrapper's own fit test.
  if (!probe.includes('\n') && pdf.doc.widthOfString(probe) <= width - 0.5) {
    return pdf.doc.currentLineHeight(true) + lineGap;
  }
  return pdf.doc.heightOfString(probe, { width, lineGap });
}

/** Height of one line at a size. */
export function lineHeight(pdf: Pdf, style: TextStyle = {}): number {
  return textHeight(pdf, ' ', 1000, style);
}

/**
 * Draws `text` wrapped to `width` with its top at `y`; returns the y below it. Callers make
 * room first (ensureSpace) except for free-flowing paragraphs, which pdfkit continues on a new
 * page by itself.
 */
export function drawText(pdf: Pdf, text: string, x: number, y: number, width: number, style: TextStyle = {}): number {
  const { doc } = pdf;
  if (text === '') {
    doc.x = x;
    doc.y = y + lineHeight(pdf, style);
    return doc.y;
  }
  pdf.useFont(text, sizeOf(pdf, style), style.weight);
  doc.fillColor(style.color ?? pdf.spec.colors.text);
  doc.text(text, x, y, { width, align: style.align ?? 'left', lineGap: style.lineGap ?? 0 });
  doc.fillColor(pdf.spec.colors.text);
  return doc.y;
}

/**
 * Draws one line that must not wrap or start a page (footers, watermarks, text in the margin);
 * pdfkit otherwise adds a page when text is placed below the bottom margin.
 */
export function drawLine(pdf: Pdf, text: string, x: number, y: number, width: number, style: TextStyle = {}): void {
  if (text === '') return;
  const { doc } = pdf;
  pdf.useFont(text, sizeOf(pdf, style), style.weight);
  const w = doc.widthOfString(text);
  const align = style.align ?? 'left';
  const left = align === 'left' ? x : align === 'right' ? x + width - w : x + (width - w) / 2;
  doc.fillColor(style.color ?? pdf.spec.colors.text);
  doc.text(text, left, y, { lineBreak: false });
  doc.fillColor(pdf.spec.colors.text);
}

/** A horizontal rule across the content box (or from x1 to x2) at the cursor. */
export function drawRule(pdf: Pdf, options: { weight?: number; dashed?: boolean; x1?: number; x2?: number } = {}): void {
  const { doc } = pdf;
  const y = doc.y;
  doc.save();
  doc.lineWidth(options.weight ?? 0.6).strokeColor(pdf.spec.colors.rule);
  if (options.dashed) doc.dash(2, { space: 2 });
  doc
    .moveTo(options.x1 ?? pdf.left, y)
    .lineTo(options.x2 ?? pdf.right, y)
    .stroke();
  doc.restore();
}
