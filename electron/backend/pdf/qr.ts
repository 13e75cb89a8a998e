import QRCode from 'qrcode';
import { ensureSpace, type Pdf } from './document';
import { drawLine, lineHeight, textWidth, type Align } from './text';

/** Light modules the QR specification requires around the symbol. */
export const QR_QUIET_ZONE = 4;

export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  size: number;
  isDark(row: number, col: number): boolean;
}

/** The QR module matrix for `text`, error correction M (survives a smudged print). */
export function qrMatrix(text: string): QrMatrix {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return { size: modules.size, isDark: (row, col) => modules.get(row, col) === 1 };
}

/** Width in points of the quiet zone when the code for `text` is drawn `size` points wide. */
export function qrQuietZoneWidth(text: string, size: number): number {
  return (size / (qrMatrix(text).size + 2 * QR_QUIET_ZONE)) * QR_QUIET_ZONE;
}

/**
 * Draws the QR code with its top-left corner (quiet zone included) at x, y, `size` points wide.
 * Vector rectangles, one per horizontal run of dark modules, all filled as one path: no
 * raster to blur on a thermal head and no hairline seams between neighbouring modules.
 */
export function drawQrAt(pdf: Pdf, text: string, x: number, y: number, size: number): void {
  const matrix = qrMatrix(text);
  const modules = matrix.size + 2 * QR_QUIET_ZONE;
  const unit = size / modules;
  const { doc } = pdf;
  // The quiet zone is left unpainted: it may overlap a neighbouring rule without hiding it.
  doc.save();
  for (let row = 0; row < matrix.size; row++) {
    let col = 0;
    while (col < matrix.size) {
      if (!matrix.isDark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < matrix.size && matrix.isDark(row, col)) col++;
      doc.rect(x + (start + QR_QUIET_ZONE) * unit, y + (row + QR_QUIET_ZONE) * unit, (col - start) * unit, unit);
    }
  }
  doc.fill('#000000');
  doc.restore();
}

export interface QrOptions {
  /** Points, quiet zone included; defaults by format (≈25 mm paper, ≈28 mm on rolls). */
  size?: number;
  align?: Align;
  /** Text under the code, usually the encoded number. */
  caption?: string;
}

/** Default QR size: large enough to scan at 203 dpi with a 21–25 module symbol. */
export function defaultQrSize(pdf: Pdf): number {
  switch (pdf.format) {
    case 'A4':
      return 76;
    case 'A5':
      return 64;
    case 'receipt80':
      return 84;
    case 'receipt58':
      return 76;
  }
}

/** Draws the QR code at the cursor (aligned in the content box) and moves the cursor below it. */
export function drawQrCode(pdf: Pdf, text: string, options: QrOptions = {}): void {
  const { doc } = pdf;
  const size = Math.min(options.size ?? defaultQrSize(pdf), pdf.width);
  // The quiet zone is white space already, so the caption sits in its lower half.
  const quiet = qrQuietZoneWidth(text, size);
  const captionStyle = { size: pdf.spec.sizes.small };
  const captionHeight = options.caption ? lineHeight(pdf, captionStyle) - quiet / 2 : 0;
  ensureSpace(pdf, size + captionHeight);
  const align = options.align ?? 'center';
  const x = align === 'left' ? pdf.left : align === 'right' ? pdf.right - size : pdf.left + (pdf.width - size) / 2;
  const y = doc.y;
  drawQrAt(pdf, text, x, y, size);
  if (options.caption) {
    const w = textWidth(pdf, options.caption, captionStyle);
    const left = Math.max(pdf.left, Math.min(x + (size - w) / 2, pdf.right - w));
    drawLine(pdf, options.caption, left, y + size - quiet / 2, w, captionStyle);
  }
  doc.x = pdf.left;
  doc.y = y + size + captionHeight;
}
