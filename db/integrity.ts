import Database from 'better-sqlite3';

/**
 * PRAGMA quick_check on its own read-only connection. On a big file this takes a while
 * (≈6 ms per MiB measured, see docs/search.md), so the desktop app runs it in a worker thread
 * after the window is shown instead of delaying start-up. Returns the problems found; [] is healthy.
 */
export function quickCheck(file: string, nativeBinding?: string): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    const problems = rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
    return problems;
  } finally {
    db.close();
  }
}
