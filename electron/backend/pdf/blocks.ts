import { ensureSpace, moveDown, type Pdf } from './document';
import type { LabelledValue } from './header';
import { drawRule, drawText, lineHeight, textHeight, textWidth } from './text';

/** A bold section heading with a hairline under it; kept on the page of what follows. */
export function drawSectionTitle(pdf: Pdf, title: string): void {
  const { doc, spec } = pdf;
  const style = { size: spec.sizes.base + 0.5, weight: 'bold' as const };
  // Heading plus two lines of content, so a heading never ends a page on its own.
  ensureSpace(pdf, textHeight(pdf, title, pdf.width, style) + 3 * lineHeight(pdf));
  drawText(pdf, title, pdf.left, doc.y, pdf.width, style);
  moveDown(pdf, 1);
  drawRule(pdf, { weight: 0.5 });
  moveDown(pdf, 3);
}

export interface KeyValueOptions {
  /** Columns of label/value pairs; default 2 on paper, 1 on rolls. */
  columns?: number;
}

/**
 * Label/value pairs in a grid. Labels get a column as wide as the widest label (at most 40 %
 * of the cell) so values line up; long values wrap inside their cell; a row never splits
 * across pages.
 */
export function drawKeyValueGrid(pdf: Pdf, items: readonly LabelledValue[], options: KeyValueOptions = {}): void {
  const { doc, spec } = pdf;
  const columns = Math.max(1, options.columns ?? (spec.receipt ? 1 : 2));
  const colGap = spec.receipt ? 0 : 16;
  const cellWidth = (pdf.width - colGap * (columns - 1)) / columns;
  const labelStyle = { color: spec.colors.muted };
  const widest = Math.max(0, ...items.map((i) => textWidth(pdf, i.label, labelStyle)));
  const labelWidth = Math.min(widest + 8, cellWidth * 0.4);
  const valueWidth = cellWidth - labelWidth;
  const rowGap = spec.receipt ? 1 : 3;

  for (let start = 0; start < items.length; start += columns) {
    const row = items.slice(start, start + columns);
    const height = Math.max(
      ...row.map((i) => Math.max(textHeight(pdf, i.label, labelWidth - 4, labelStyle), textHeight(pdf, i.value, valueWidth))),
    );
    ensureSpace(pdf, height);
    const y = doc.y;
    row.forEach((item, index) => {
      const x = pdf.left + index * (cellWidth + colGap);
      drawText(pdf, item.label, x, y, labelWidth - 4, labelStyle);
      drawText(pdf, item.value, x + labelWidth, y, valueWidth);
    });
    doc.x = pdf.left;
    doc.y = y + height + rowGap;
  }
  moveDown(pdf, spec.gap - rowGap);
}

export interface TotalsRow extends LabelledValue {
  /** The grand total: bold, larger, with a rule above. */
  emphasis?: boolean;
}

/** Totals: label left, amount right; a right-hand block on paper, full width on rolls. */
export function drawTotals(pdf: Pdf, rows: readonly TotalsRow[]): void {
  const { doc, spec } = pdf;
  const width = spec.receipt ? pdf.width : Math.max(pdf.width * 0.42, 170);
  const x = pdf.right - width;
  const styles = rows.map((r) => (r.emphasis ? { size: spec.sizes.base + 1.5, weight: 'bold' as const } : {}));
  const heights = rows.map((r, i) => textHeight(pdf, `${r.label} ${r.value}`, width, styles[i]) + (r.emphasis ? 5 : 2));
  // The block stays together: totals split over two pages read as two different totals.
  ensureSpace(
    pdf,
    heights.reduce((a, b) => a + b, 0),
  );
  rows.forEach((row, i) => {
    const style = styles[i] ?? {};
    if (row.emphasis) {
      moveDown(pdf, 2);
      drawRule(pdf, { x1: x, weight: 0.8 });
      moveDown(pdf, 3);
    }
    const y = doc.y;
    const valueWidth = textWidth(pdf, row.value, style);
    const labelWidth = Math.max(width - valueWidth - 6, width * 0.35);
    const bottom = drawText(pdf, row.label, x, y, labelWidth, style);
    drawText(pdf, row.value, x + labelWidth, y, width - labelWidth, { ...style, align: 'right' });
    doc.x = pdf.left;
    doc.y = Math.max(bottom, doc.y) + 2;
  });
  moveDown(pdf, spec.gap);
}

export interface ParagraphOptions {
  /** 'small' for terms and notes (default), 'base' for body text. */
  size?: 'small' | 'base';
  muted?: boolean;
}

/**
 * Free text such as the shop's terms. Line breaks in the text are kept; pdfkit wraps it and
 * continues on the next page when it runs past the bottom.
 */
export function drawParagraph(pdf: Pdf, text: string, options: ParagraphOptions = {}): void {
  const { doc, spec } = pdf;
  if (text.trim() === '') return;
  const size = options.size === 'base' ? spec.sizes.base : spec.sizes.small;
  const color = options.muted === false ? spec.colors.text : spec.colors.muted;
  ensureSpace(pdf, 2 * lineHeight(pdf, { size }));
  // Terms mix scripts rarely; one face per paragraph keeps pdfkit's wrapping intact.
  drawText(pdf, text.trim(), pdf.left, doc.y, pdf.width, { size, color, lineGap: size * 0.15 });
  doc.x = pdf.left;
  moveDown(pdf, spec.gap);
}

export interface SignatureBox {
  /** Caption under the line or box, e.g. 客户签名 / Customer signature. */
  caption: string;
  /** 'signature' (default): a line to sign on; 'stamp': a square box for the shop's seal. */
  kind?: 'signature' | 'stamp';
  /** Small text under the caption, e.g. a date label with a blank. */
  note?: string;
}

/**
 * Places to sign or stamp: side by side on paper (kept together on one page), stacked on
 * rolls, each with its caption centred under it.
 */
export function drawSignatureBoxes(pdf: Pdf, boxes: readonly SignatureBox[]): void {
  const { doc, spec } = pdf;
  if (boxes.length === 0) return;
  const captionStyle = { size: spec.sizes.small, color: spec.colors.muted, align: 'center' as const };
  const space = spec.receipt ? 26 : pdf.format === 'A4' ? 42 : 32;
  const stampSize = spec.receipt ? 56 : pdf.format === 'A4' ? 72 : 58;
  const captionH = lineHeight(pdf, captionStyle) * 2 + 2;
  const perRow = spec.receipt ? 1 : boxes.length;
  const gap = 18;
  const cell = (pdf.width - gap * (perRow - 1)) / perRow;
  const rowHeight = (b: readonly SignatureBox[]): number =>
    Math.max(...b.map((x) => (x.kind === 'stamp' ? stampSize : space))) + captionH;

  moveDown(pdf, spec.gap / 2);
  for (let start = 0; start < boxes.length; start += perRow) {
    const row = boxes.slice(start, start + perRow);
    const height = rowHeight(row);
    ensureSpace(pdf, height);
    const y = doc.y;
    const areaHeight = height - captionH;
    row.forEach((box, i) => {
      const x = pdf.left + i * (cell + gap);
      doc.save().lineWidth(0.7).strokeColor(spec.colors.text);
      if (box.kind === 'stamp') {
        const size = Math.min(stampSize, cell);
        doc
          .dash(3, { space: 2 })
          .rect(x + (cell - size) / 2, y + areaHeight - size, size, size)
          .stroke();
      } else {
        doc
          .moveTo(x, y + areaHeight)
          .lineTo(x + cell, y + areaHeight)
          .stroke();
      }
      doc.restore();
      const captionBottom = drawText(pdf, box.caption, x, y + areaHeight + 2, cell, captionStyle);
      if (box.note) drawText(pdf, box.note, x, captionBottom, cell, captionStyle);
    });
    doc.x = pdf.left;
    doc.y = y + height + (spec.receipt ? 4 : 0);
  }
  moveDown(pdf, spec.gap / 2);
}
