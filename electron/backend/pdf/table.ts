import { ensureSpace, moveDown, type Pdf } from './document';
import { drawText, textHeight, type Align, type TextStyle } from './text';

export interface TableColumn {
  header: string;
  /** Relative width: the weights are scaled to the content width. */
  width: number;
  /** 'right' for amounts and quantities (the fonts' digits are tabular, so decimals line up). */
  align?: Align;
}

export interface TableInput {
  columns: readonly TableColumn[];
  /** Cell text per row, one entry per column (missing cells print empty). */
  rows: readonly (readonly string[])[];
  /** Bold rows, e.g. a subtotal row inside the table (indexes into rows). */
  boldRows?: readonly number[];
}

interface Geometry {
  xs: number[];
  widths: number[];
  padX: number;
  padY: number;
}

function geometry(pdf: Pdf, columns: readonly TableColumn[]): Geometry {
  const total = columns.reduce((sum, c) => sum + Math.max(c.width, 0), 0) || 1;
  const widths = columns.map((c) => (Math.max(c.width, 0) / total) * pdf.width);
  const xs: number[] = [];
  let x = pdf.left;
  for (const w of widths) {
    xs.push(x);
    x += w;
  }
  return { xs, widths, padX: pdf.spec.receipt ? 1.5 : 4, padY: pdf.spec.receipt ? 1.5 : 3 };
}

function rowHeight(pdf: Pdf, g: Geometry, cells: readonly string[], style: TextStyle): number {
  let h = 0;
  g.widths.forEach((w, i) => {
    h = Math.max(h, textHeight(pdf, cells[i] ?? '', w - 2 * g.padX, style));
  });
  return h + 2 * g.padY;
}

function drawCells(
  pdf: Pdf,
  g: Geometry,
  cols: readonly TableColumn[],
  cells: readonly string[],
  y: number,
  style: TextStyle,
): void {
  g.widths.forEach((w, i) => {
    const text = cells[i] ?? '';
    if (text === '') return;
    const x = g.xs[i] ?? pdf.left;
    drawText(pdf, text, x + g.padX, y + g.padY, w - 2 * g.padX, { ...style, align: cols[i]?.align ?? 'left' });
  });
}

function hline(pdf: Pdf, y: number, weight: number, color: string): void {
  pdf.doc.save().lineWidth(weight).strokeColor(color).moveTo(pdf.left, y).lineTo(pdf.right, y).stroke().restore();
}

function headerStyle(pdf: Pdf): TextStyle {
  return { weight: 'bold', size: pdf.spec.receipt ? pdf.spec.sizes.base : pdf.spec.sizes.base - 0.5 };
}

function drawHeader(pdf: Pdf, g: Geometry, input: TableInput): void {
  const { doc, spec } = pdf;
  const style = headerStyle(pdf);
  const headers = input.columns.map((c) => c.header);
  const h = rowHeight(pdf, g, headers, style);
  const y = doc.y;
  if (spec.colors.fill) doc.save().rect(pdf.left, y, pdf.width, h).fill(spec.colors.fill).restore();
  else hline(pdf, y, 0.8, spec.colors.text);
  drawCells(pdf, g, input.columns, headers, y, style);
  hline(pdf, y + h, 0.8, spec.colors.text);
  doc.x = pdf.left;
  doc.y = y + h;
}

/**
 * A table with wrapped cells. Rows never split; when a row does not fit, the page breaks and
 * the header row is repeated on the new page. Rolls use hairlines only (no grey fills).
 */
export function drawTable(pdf: Pdf, input: TableInput): void {
  const { doc, spec } = pdf;
  const g = geometry(pdf, input.columns);
  const bold = new Set(input.boldRows ?? []);
  const headerHeight = rowHeight(
    pdf,
    g,
    input.columns.map((c) => c.header),
    headerStyle(pdf),
  );
  const firstRow = input.rows[0];
  const firstHeight = firstRow ? rowHeight(pdf, g, firstRow, {}) : 0;
  // Header plus the first row on the same page: a header alone at the foot of a page is useless.
  ensureSpace(pdf, headerHeight + firstHeight);
  drawHeader(pdf, g, input);

  input.rows.forEach((cells, index) => {
    const style: TextStyle = bold.has(index) ? { weight: 'bold' } : {};
    const h = rowHeight(pdf, g, cells, style);
    if (ensureSpace(pdf, h)) drawHeader(pdf, g, input);
    const y = doc.y;
    drawCells(pdf, g, input.columns, cells, y, style);
    const last = index === input.rows.length - 1;
    if (last) hline(pdf, y + h, 0.8, spec.colors.text);
    else if (!spec.receipt) hline(pdf, y + h, 0.3, '#cccccc');
    doc.x = pdf.left;
    doc.y = y + h;
  });
  moveDown(pdf, spec.gap);
}
