// Runs the real PDF tools (poppler-utils, zbar-tools) on rendered files. They are installed
// here and in CI; a missing tool fails the test with the package to install, never skips it.
import { execFileSync } from 'node:child_process';

const PACKAGES: Record<string, string> = {
  pdftotext: 'poppler-utils',
  pdffonts: 'poppler-utils',
  pdfinfo: 'poppler-utils',
  pdftoppm: 'poppler-utils',
  zbarimg: 'zbar-tools',
};

export function run(tool: string, args: readonly string[]): string {
  try {
    // stderr ignored: zbarimg prints D-Bus connection noise on headless machines.
    return execFileSync(tool, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { status?: number; stdout?: string; stderr?: string };
    if (e.code === 'ENOENT') {
      throw new Error(`${tool} is not installed: apt-get install ${PACKAGES[tool] ?? tool} (the PDF tests need it)`, {
        cause: error,
      });
    }
    throw new Error(`${tool} ${args.join(' ')} failed (exit ${e.status ?? '?'}): ${e.stderr ?? ''}`.trim(), { cause: error });
  }
}

export interface EmbeddedFont {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
}

/** `pdffonts` rows. */
export function pdfFonts(file: string): EmbeddedFont[] {
  const lines = run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '');
  return lines.map((line) => {
    // name type... encoding emb sub uni objectID gen: the three yes/no flags precede the IDs.
    const parts = line.trim().split(/\s+/);
    const flags = parts.slice(-5, -2);
    return {
      name: parts[0] ?? '',
      type: parts.slice(1, -6).join(' '),
      embedded: flags[0] === 'yes',
      subset: flags[1] === 'yes',
    };
  });
}

/** Page text in layout mode; `raw` (content-stream order) suits rotated text such as watermarks. */
export function pdfText(file: string, page?: number, mode: 'layout' | 'raw' = 'layout'): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return run('pdftotext', [`-${mode}`, ...range, file, '-']);
}

export interface PdfInfo {
  fields: Map<string, string>;
  pages: number;
  /** Points, per page. */
  sizes: { width: number; height: number }[];
}

export function pdfInfo(file: string): PdfInfo {
  const out = run('pdfinfo', ['-isodates', '-f', '1', '-l', '999', file]);
  const fields = new Map<string, string>();
  const sizes: { width: number; height: number }[] = [];
  for (const line of out.split('\n')) {
    const size = /^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/.exec(line);
    if (size) sizes.push({ width: Number(size[1]), height: Number(size[2]) });
    const field = /^([A-Za-z ]+):\s+(.*)$/.exec(line);
    if (field?.[1] && field[2] !== undefined) fields.set(field[1], field[2]);
  }
  return { fields, pages: Number(fields.get('Pages') ?? 0), sizes };
}

/** Rasterises one page at 150 dpi; returns the PNG path. */
export function pageToPng(file: string, page: number, outPrefix: string, dpi = 150): string {
  run('pdftoppm', ['-r', String(dpi), '-png', '-singlefile', '-f', String(page), '-l', String(page), file, outPrefix]);
  return `${outPrefix}.png`;
}

/** Decoded barcode texts in a PNG (zbarimg exits 4 when it finds none). */
export function decodeBarcodes(png: string): string[] {
  try {
    return execFileSync('zbarimg', ['--raw', '-q', png], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\n')
      .filter((l) => l !== '');
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { status?: number };
    if (e.code === 'ENOENT') {
      throw new Error('zbarimg is not installed: apt-get install zbar-tools (the PDF tests need it)', { cause: error });
    }
    if (e.status === 4) return [];
    throw error;
  }
}
