import { ensureSpace, moveDown, type Pdf } from './document';
import { drawLine, drawText, lineHeight, textHeight, textWidth } from './text';

export interface FooterOptions {
  /** "page X of Y" in the form's language, e.g. (p, n) => `第 ${p} 页，共 ${n} 页`. */
  caption: (page: number, pages: number) => string;
  /** Optional text at the left of every footer (document number, shop name…). */
  left?: string;
}

/**
 * Writes the footer on every page. Call once, after all content, when the page count is known
 * (documents buffer their pages for this). Rolls are one page cut to length: no footer.
 */
export function drawPageFooters(pdf: Pdf, options: FooterOptions): void {
  const { doc, spec } = pdf;
  if (spec.receipt) return;
  const { start, count } = doc.bufferedPageRange();
  const style = { size: spec.sizes.small, color: spec.colors.muted };
  const savedX = doc.x;
  const savedY = doc.y;
  for (let i = 0; i < count; i++) {
    doc.switchToPage(start + i);
    // In the bottom margin, centred between the content and the paper edge.
    const y = doc.page.height - spec.margins.bottom / 2 - lineHeight(pdf, style) / 2;
    doc.save().lineWidth(0.4).strokeColor(spec.colors.rule);
    doc
      .moveTo(pdf.left, y - 3)
      .lineTo(pdf.right, y - 3)
      .stroke()
      .restore();
    if (options.left) drawLine(pdf, options.left, pdf.left, y, pdf.width / 2, style);
    drawLine(pdf, options.caption(i + 1, count), pdf.left, y, pdf.width, { ...style, align: 'right' });
  }
  doc.switchToPage(start + count - 1);
  doc.x = savedX;
  doc.y = savedY;
}

/**
 * A diagonal watermark such as "VOID / 作废" or "REPRINT / 重印" across every page. Paper:
 * large light-grey text. Rolls: outlined text repeated along the roll (thermal heads cannot
 * print grey, and a solid black word would hide the figures). Call after all content.
 */
export function drawWatermark(pdf: Pdf, text: string): void {
  const { doc, spec } = pdf;
  const { start, count } = doc.bufferedPageRange();
  const savedX = doc.x;
  const savedY = doc.y;
  for (let i = 0; i < count; i++) {
    doc.switchToPage(start + i);
    const w = doc.page.width;
    const h = doc.page.height;
    const angle = spec.receipt ? -35 : -Math.atan2(h, w) * (180 / Math.PI);
    // Rolls: the rotated word must stay inside the paper width, corners included.
    const diagonal = spec.receipt ? pdf.width : Math.hypot(w, h) * 0.7;
    // Size so the text spans the diagonal length, capped for very short strings.
    const unit = textWidth(pdf, text, { size: 10, weight: 'bold' }) / 10 || 1;
    const size = Math.min(diagonal / unit, spec.receipt ? 40 : 110);
    const textW = unit * size;
    const lineH = lineHeight(pdf, { size, weight: 'bold' });
    const step = spec.receipt ? Math.max(w * 1.6, lineH * 4) : h;
    for (let cy = spec.receipt ? Math.min(h / 2, w * 0.6) : h / 2; cy < h; cy += step) {
      doc.save();
      doc.rotate(angle, { origin: [w / 2, cy] });
      pdf.useFont(text, size, 'bold');
      if (spec.receipt) {
        doc.lineWidth(0.5).strokeColor('#000000');
        doc.text(text, w / 2 - textW / 2, cy - lineH / 2, { lineBreak: false, fill: false, stroke: true });
      } else {
        doc.fillOpacity(0.12).fillColor('#000000');
        doc.text(text, w / 2 - textW / 2, cy - lineH / 2, { lineBreak: false });
      }
      doc.restore();
    }
  }
  doc.fillColor(spec.colors.text).strokeColor(spec.colors.text);
  doc.switchToPage(start + count - 1);
  doc.x = savedX;
  doc.y = savedY;
}

/**
 * A boxed, bold banner across the content width at the cursor (e.g. "REPRINT / 重印" at the
 * top of a reprinted receipt, where a watermark would be easy to overlook).
 */
export function drawBanner(pdf: Pdf, text: string): void {
  const { doc, spec } = pdf;
  const style = { size: spec.sizes.title, weight: 'bold' as const, align: 'center' as const };
  const pad = 3;
  const h = textHeight(pdf, text, pdf.width - 2 * pad, style) + 2 * pad;
  ensureSpace(pdf, h);
  const y = doc.y;
  doc
    .save()
    .lineWidth(1.5)
    .strokeColor('#000000')
    .rect(pdf.left + 0.75, y, pdf.width - 1.5, h)
    .stroke()
    .restore();
  drawText(pdf, text, pdf.left + pad, y + pad, pdf.width - 2 * pad, style);
  doc.x = pdf.left;
  doc.y = y + h;
  moveDown(pdf, spec.gap);
}
