export interface DecodedImage {
  data: Buffer;
  type: 'png' | 'jpeg';
  /** Pixels, read from the file header so the layout can size the box before drawing. */
  width: number;
  height: number;
}

function pngSize(data: Buffer): { width: number; height: number } | null {
  // Signature (8) + IHDR length (4) + "IHDR" (4), then width and height as big-endian u32.
  if (data.length < 24 || data.readUInt32BE(0) !== 0x89504e47 || data.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

function jpegSize(data: Buffer): { width: number; height: number } | null {
  if (data.length < 4 || data[0] !== 0xff || data[1] !== 0xd8) return null;
  let i = 2;
  while (i + 9 < data.length) {
    if (data[i] !== 0xff) return null;
    const marker = data[i + 1] ?? 0;
    const length = data.readUInt16BE(i + 2);
    // SOF0–SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but don't.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: data.readUInt16BE(i + 5), width: data.readUInt16BE(i + 7) };
    }
    i += 2 + length;
  }
  return null;
}

/**
 * Decodes a PNG or JPEG data URL (the settings logo). Returns null for anything else or a
 * damaged header: a broken logo must not stop a receipt from printing.
 */
export function decodeImageDataUrl(url: string | null | undefined): DecodedImage | null {
  if (!url) return null;
  const match = /^data:image\/(png|jpeg);base64,([A-Za-z0-9+/]+=*)$/.exec(url);
  if (!match || !match[1] || !match[2]) return null;
  const data = Buffer.from(match[2], 'base64');
  const type = match[1] === 'png' ? 'png' : 'jpeg';
  const size = type === 'png' ? pngSize(data) : jpegSize(data);
  if (!size || size.width === 0 || size.height === 0) return null;
  return { data, type, ...size };
}

/** Scales an image to fit a box, keeping its aspect ratio. */
export function fitInto(
  image: { width: number; height: number },
  maxWidth: number,
  maxHeight: number,
): { width: number; height: number } {
  const scale = Math.min(maxWidth / image.width, maxHeight / image.height);
  return { width: image.width * scale, height: image.height * scale };
}
