// fontkit ships no type declarations. pdfkit depends on it and accepts an already parsed
// fontkit font wherever it accepts a font file; we parse each TTF once per process and hand the
// parsed font to every document (see fonts.ts), so only the few members used here are typed.
declare module 'fontkit' {
  export interface Font {
    readonly postscriptName: string;
    readonly unitsPerEm: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    layout(text: string, features?: unknown): unknown;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
