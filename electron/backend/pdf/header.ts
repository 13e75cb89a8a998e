import type { ShopProfile } from '../../../shared/schemas/settings';
import type { Language } from '../../../shared/i18n/languages';
import { moveDown, type Pdf } from './document';
import { decodeImageDataUrl, fitInto } from './image';
import { drawQrAt, defaultQrSize, qrQuietZoneWidth } from './qr';
import { drawRule, drawText, textHeight, textWidth } from './text';

export interface LabelledValue {
  /** Already translated; may be empty (the value then stands alone). */
  label: string;
  value: string;
}

export interface ShopHeaderInput {
  name: string;
  /** PNG or JPEG data URL from settings, or null. */
  logo?: string | null;
  /** Address, phone, e-mail, tax ID…; entries with an empty value are skipped. */
  details: readonly LabelledValue[];
}

/** Colon between a label and its value: full-width in Chinese text, ASCII in English. */
export function labelSeparator(language: Language): string {
  return language === 'en' ? ': ' : '：';
}

export function formatLabelled(language: Language, item: LabelledValue): string {
  return item.label ? `${item.label}${labelSeparator(language)}${item.value}` : item.value;
}

/** Header input from the settings shop profile; labels come translated from the caller. */
export function shopHeaderFromProfile(
  shop: Pick<ShopProfile, 'name' | 'address' | 'phone' | 'email' | 'taxId'>,
  logo: string | null,
  labels: { address: string; phone: string; email: string; taxId: string },
): ShopHeaderInput {
  return {
    name: shop.name,
    logo,
    details: [
      { label: labels.address, value: shop.address },
      { label: labels.phone, value: shop.phone },
      { label: labels.email, value: shop.email },
      { label: labels.taxId, value: shop.taxId },
    ],
  };
}

/**
 * Shop header. Paper: logo at the left, name and one wrapped details line beside it, a rule
 * below. Rolls: everything centred, one detail per line (a 48 mm line holds ~18 characters).
 */
export function drawShopHeader(pdf: Pdf, header: ShopHeaderInput): void {
  const { doc, spec } = pdf;
  const details = header.details.filter((d) => d.value.trim() !== '').map((d) => formatLabelled(pdf.language, d));
  const logo = decodeImageDataUrl(header.logo);
  const nameStyle = { size: spec.sizes.shopName, weight: 'bold' as const };
  const detailStyle = { size: spec.sizes.small, color: spec.colors.muted };
  const top = doc.y;

  if (spec.receipt) {
    if (logo) {
      const box = fitInto(logo, pdf.width * 0.5, pdf.format === 'receipt58' ? 32 : 40);
      doc.image(logo.data, pdf.left + (pdf.width - box.width) / 2, top, box);
      doc.y = top + box.height + 4;
    }
    drawText(pdf, header.name, pdf.left, doc.y, pdf.width, { ...nameStyle, align: 'center' });
    for (const line of details) drawText(pdf, line, pdf.left, doc.y, pdf.width, { ...detailStyle, align: 'center' });
    moveDown(pdf, spec.gap / 2);
    drawRule(pdf, { dashed: true });
    moveDown(pdf, spec.gap / 2);
    return;
  }

  let textLeft = pdf.left;
  let logoBottom = top;
  if (logo) {
    const box = fitInto(logo, pdf.format === 'A4' ? 120 : 90, pdf.format === 'A4' ? 46 : 36);
    doc.image(logo.data, pdf.left, top, box);
    textLeft += box.width + 10;
    logoBottom = top + box.height;
  }
  const textWidthAvail = pdf.right - textLeft;
  let y = drawText(pdf, header.name, textLeft, top, textWidthAvail, nameStyle);
  // Details flow as one line with wide gaps; a long address wraps under itself.
  if (details.length > 0) y = drawText(pdf, details.join('    '), textLeft, y + 1, textWidthAvail, detailStyle);
  doc.y = Math.max(y, logoBottom) + spec.gap / 2;
  drawRule(pdf, { weight: 1.2, dashed: false });
  moveDown(pdf, spec.gap);
}

export interface TitleBlockInput {
  /** Form title, e.g. 维修申请单 / Repair order. */
  title: string;
  /** Number, date, status…: labels translated by the caller. */
  fields: readonly LabelledValue[];
  /** Text to encode in a QR code beside (paper) or under (rolls) the block, e.g. the ticket no. */
  qr?: string;
}

/**
 * Document title with its number and date. Paper: title at the left, fields right-aligned at
 * the right, QR code at the far right. Rolls: title centred, then label-left / value-right lines.
 */
export function drawTitleBlock(pdf: Pdf, input: TitleBlockInput): void {
  const { doc, spec } = pdf;
  const titleStyle = { size: spec.sizes.title, weight: 'bold' as const };
  const top = doc.y;

  if (spec.receipt) {
    drawText(pdf, input.title, pdf.left, top, pdf.width, { ...titleStyle, align: 'center' });
    moveDown(pdf, 2);
    for (const field of input.fields) {
      const y = doc.y;
      const labelW = textWidth(pdf, field.label) + 6;
      const valueW = pdf.width - labelW;
      const h = Math.max(textHeight(pdf, field.value, valueW), textHeight(pdf, field.label, labelW));
      drawText(pdf, field.label, pdf.left, y, labelW, { color: spec.colors.muted });
      drawText(pdf, field.value, pdf.left + labelW, y, valueW, { align: 'right' });
      doc.y = y + h;
    }
    if (input.qr) {
      const size = defaultQrSize(pdf);
      drawQrAt(pdf, input.qr, pdf.left + (pdf.width - size) / 2, doc.y + 2, size);
      doc.y += size + 2;
    }
    moveDown(pdf, spec.gap / 2);
    return;
  }

  const qrSize = input.qr ? defaultQrSize(pdf) : 0;
  // The code's quiet zone is margin already: align its dark modules with the content edges.
  const quiet = input.qr ? qrQuietZoneWidth(input.qr, qrSize) : 0;
  const qrX = pdf.right - qrSize + quiet;
  const fieldsRight = input.qr ? qrX + quiet - 10 : pdf.right;
  const fieldsWidth = Math.min(pdf.width * 0.45, fieldsRight - pdf.left);
  const titleWidth = fieldsRight - fieldsWidth - pdf.left - 8;
  const titleBottom = drawText(pdf, input.title, pdf.left, top, titleWidth, titleStyle);

  let y = top + 2;
  for (const field of input.fields) {
    const text = formatLabelled(pdf.language, field);
    drawText(pdf, text, fieldsRight - fieldsWidth, y, fieldsWidth, { align: 'right' });
    y = doc.y + 1;
  }
  if (input.qr) drawQrAt(pdf, input.qr, qrX, top - quiet, qrSize);
  doc.x = pdf.left;
  doc.y = Math.max(titleBottom, y, top + qrSize - 2 * quiet) + spec.gap;
}
