import { closeSync, existsSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

/**
 * The clean-shutdown marker: a small file beside the database, written after the app closed the
 * database cleanly (everything checkpointed, no -wal left) from a file that was known sound. At the
 * next start, a marker that still matches the file (size, modification time, identity, first page)
 * means nothing has touched the file since, so the full integrity check — tens of seconds on a
 * large shop file — can be skipped. A crash, another program writing the file, a copy put in its
 * place or a missing marker all mean the full check runs before anything is written.
 *
 * The marker is removed as soon as a session decides to write, so it can never vouch for a file
 * that a crashed session left behind.
 */

const MARKER_VERSION = 1;
/** The first page holds the header (page count, schema cookie, change counter) and the schema root. */
const FINGERPRINT_BYTES = 4096;

interface Fingerprint {
  version: number;
  size: number;
  mtimeMs: number;
  ino: string;
  head: string;
}

export function cleanMarkerPath(file: string): string {
  return `${file}.clean-shutdown`;
}

function fingerprint(file: string): Fingerprint {
  const stats = statSync(file);
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(FINGERPRINT_BYTES);
    const read = readSync(fd, buffer, 0, FINGERPRINT_BYTES, 0);
    return {
      version: MARKER_VERSION,
      size: stats.size,
      // Whole milliseconds: file systems and copy tools keep different sub-millisecond precision.
      mtimeMs: Math.trunc(stats.mtimeMs),
      ino: String(stats.ino),
      head: createHash('sha256').update(buffer.subarray(0, read)).digest('hex'),
    };
  } finally {
    closeSync(fd);
  }
}

function walHasFrames(file: string): boolean {
  try {
    return statSync(`${file}-wal`).size > 0;
  } catch {
    return false;
  }
}

/** True when the marker is there and the file is exactly as the last clean shutdown left it. */
export function matchesCleanMarker(file: string): boolean {
  const marker = cleanMarkerPath(file);
  if (!existsSync(marker) || walHasFrames(file)) return false;
  try {
    const recorded = JSON.parse(readFileSync(marker, 'utf8')) as Partial<Fingerprint>;
    const now = fingerprint(file);
    return (
      recorded.version === now.version &&
      recorded.size === now.size &&
      recorded.mtimeMs === now.mtimeMs &&
      recorded.ino === now.ino &&
      recorded.head === now.head
    );
  } catch {
    return false;
  }
}

/** Before the first write of a session: from here on only a clean shutdown may vouch for the file. */
export function removeCleanMarker(file: string): void {
  rmSync(cleanMarkerPath(file), { force: true });
}

/** After a clean close (no -wal left behind); written to a temporary name, then renamed. */
export function writeCleanMarker(file: string): boolean {
  if (!existsSync(file) || walHasFrames(file)) return false;
  const marker = cleanMarkerPath(file);
  const temp = `${marker}.tmp`;
  writeFileSync(temp, JSON.stringify(fingerprint(file)));
  renameSync(temp, marker);
  return true;
}
