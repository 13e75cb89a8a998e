import { accessSync, closeSync, constants, openSync, readSync, statSync, type Stats } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../shared/api/errors';

/** The first 16 bytes of every SQLite database file. */
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

export type FileState = 'missing' | 'present';

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new AppError('db_cannot_open', String(error), { path });
  }
}

function writable(path: string, stats: Stats): boolean {
  // No write bit at all is the "read-only" attribute (Windows) or chmod a-w; access() catches the
  // rest (another owner, a read-only mount). Root passes access() on a 0444 file, so both are asked.
  if ((stats.mode & 0o222) === 0) return false;
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function readHead(file: string, length: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const read = readSync(fd, buffer, 0, length, 0);
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/**
 * Looks at the database path before SQLite touches it, so each way it can be unusable gets its
 * own message and nothing is written: a folder in its place, an empty file (SQLite would quietly
 * turn it into a new, empty shop), a file that is not SQLite, a read-only file or folder.
 */
export function checkDatabasePath(file: string): FileState {
  const stats = statOrUndefined(file);
  if (!stats) {
    const folder = statOrUndefined(dirname(file));
    if (folder && !writable(dirname(file), folder))
      throw new AppError('db_read_only', `${dirname(file)} is read-only`, { path: file });
    return 'missing';
  }
  if (stats.isDirectory()) throw new AppError('db_is_folder', `${file} is a folder`, { path: file });
  if (!stats.isFile()) throw new AppError('db_cannot_open', `${file} is not a regular file`, { path: file });
  if (stats.size === 0) throw new AppError('db_empty_file', `${file} is empty (0 bytes)`, { path: file });
  let head: Buffer;
  try {
    head = readHead(file, SQLITE_MAGIC.length);
  } catch (error) {
    throw new AppError('db_cannot_open', String(error), { path: file });
  }
  if (!head.equals(SQLITE_MAGIC))
    throw new AppError('db_corrupt', `${file} does not start with the SQLite header`, { path: file });
  if (!writable(file, stats)) throw new AppError('db_read_only', `${file} is read-only`, { path: file });
  // SQLite keeps its -wal and -shm beside the file: the folder must take new files too.
  const folder = statSync(dirname(file));
  if (!writable(dirname(file), folder)) throw new AppError('db_read_only', `${dirname(file)} is read-only`, { path: file });
  return 'present';
}
