// Where a PDF test writes its files: PDF_PREVIEW_DIR when set (kept for a visual check),
// otherwise a fresh temporary folder removed after the file's tests.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

export function pdfOutputDir(prefix: string): string {
  const previewDir = process.env.PDF_PREVIEW_DIR;
  const dir = previewDir ?? mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(dir, { recursive: true });
  afterAll(() => {
    if (!previewDir) rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}
