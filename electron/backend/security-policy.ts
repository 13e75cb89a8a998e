/**
 * Security decisions as plain functions, so they are tested without Electron. The Electron
 * modules (electron/main/security.ts, ipc.ts) and the preview server apply them.
 */

/** The renderer is served from this origin (a privileged custom scheme, not file://). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'repair-counter';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * Content Security Policy. Scripts only from our own origin (no inline, no eval). Styles allow
 * 'unsafe-inline' because antd's CSS-in-JS inserts <style> elements at run time; styles cannot
 * run code. Images may be data: URLs (the shop logo) and blob: (PDF previews).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** External sites the app may open in the user's browser; everything else is refused. */
export const EXTERNAL_ALLOWLIST: readonly string[] = ['https://github.com/'];

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** True for URLs of our own renderer (the only pages allowed to call the API). */
export function isAppUrl(url: string): boolean {
  const u = parse(url);
  return !!u && u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
}

/** Links the user clicked that may open in the system browser. */
export function isAllowedExternalUrl(url: string): boolean {
  const u = parse(url);
  if (!u || u.protocol !== 'https:' || u.username || u.password) return false;
  return EXTERNAL_ALLOWLIST.some((prefix) => u.href.startsWith(prefix));
}

/** Navigation inside the window: only within our own origin (hash routes). */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/**
 * Maps an app:// request path to a file under the renderer folder, refusing anything that
 * would escape it (../, encoded slashes, absolute paths).
 */
export function resolveAppPath(url: string): string | undefined {
  const u = parse(url);
  if (!u || !isAppUrl(url)) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(u.pathname);
  } catch {
    return undefined;
  }
  if (path.includes('\0') || path.includes('\\')) return undefined;
  const parts = path.split('/').filter((p) => p.length > 0);
  if (parts.some((p) => p === '..' || p === '.')) return undefined;
  return parts.length === 0 ? 'index.html' : parts.join('/');
}

const MIME: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  woff: 'font/woff',
  ttf: 'font/ttf',
  map: 'application/json',
};

export function mimeType(path: string): string {
  const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  return MIME[ext] ?? 'application/octet-stream';
}
