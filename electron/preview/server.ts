import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY, mimeType } from '../backend/security-policy';
import type { Dispatch } from '../backend/dispatcher';
import type { Logger } from '../backend/context';
import type { Language } from '../../shared/i18n/languages';

export const API_PREFIX = '/__api/';
export const BRIDGE_PATH = '/__preview/bridge.js';
export const TOKEN_HEADER = 'x-repair-counter-token';
const MAX_BODY = 2 * 1024 * 1024;

export interface PreviewServerOptions {
  rendererDir: string;
  /** The browser-side bridge script (built from electron/preview/bridge.ts). */
  bridgeScript: string;
  dispatch: Dispatch;
  port: number;
  log: Logger;
  /** Fixed token for tests; random per run otherwise. */
  token?: string;
  /**
   * The system language the app assumes (--lang): the page says it, so the renderer shows it
   * until a language is chosen in Settings, whatever the browser's own language is.
   */
  language?: Language;
}

export interface PreviewServer {
  url: string;
  token: string;
  close(): Promise<void>;
}

/**
 * Vite names built assets by content hash (assets/App-eK1qGqhm.js): they can be cached for good,
 * which lets Chromium keep their compiled code like the app's own app:// scheme does (codeCache).
 * Everything else — the page, the bridge, the API — is never cached.
 */
function send(res: ServerResponse, status: number, body: string | Buffer, type: string, immutable = false): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-store',
    'Referrer-Policy': 'no-referrer',
  });
  res.end(body);
}

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Serves the real renderer on 127.0.0.1 and bridges the API contract over HTTP to the same
 * dispatcher Electron uses. Guards: loopback only, Host must be our own address (no DNS
 * rebinding), a random per-run token in a custom header (so no other site can make a simple
 * cross-origin request), JSON bodies only, a body size limit.
 */
export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const indexHtml = (await readFile(join(options.rendererDir, 'index.html'), 'utf8')).replace(
    '<head>',
    `<head>\n    <meta name="repair-counter-token" content="${token}" />${
      options.language ? `\n    <meta name="repair-counter-language" content="${options.language}" />` : ''
    }\n    <script src="${BRIDGE_PATH}"></script>`,
  );
  let allowedHosts: string[] = [];

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      options.log.error('preview request failed', error);
      if (!res.headersSent) send(res, 500, 'error', 'text/plain');
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!allowedHosts.includes(req.headers.host ?? '')) return send(res, 421, 'wrong host', 'text/plain');
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith(API_PREFIX)) {
      if (req.method !== 'POST') return send(res, 405, 'POST only', 'text/plain');
      if (!sameToken(req.headers[TOKEN_HEADER] as string | undefined, token)) {
        return send(
          res,
          401,
          JSON.stringify({ ok: false, error: { code: 'unauthorized', message: 'bad token' } }),
          'application/json',
        );
      }
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return send(res, 415, 'JSON only', 'text/plain');
      }
      let input: unknown;
      try {
        const body = await readBody(req);
        input = body ? (JSON.parse(body) as unknown) : {};
      } catch {
        return send(
          res,
          400,
          JSON.stringify({ ok: false, error: { code: 'invalid_input', message: 'bad JSON' } }),
          'application/json',
        );
      }
      const method = decodeURIComponent(url.pathname.slice(API_PREFIX.length));
      const result = await options.dispatch(method, input);
      return send(res, 200, JSON.stringify(result), 'application/json');
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'GET only', 'text/plain');
    if (url.pathname === BRIDGE_PATH) return send(res, 200, options.bridgeScript, mimeType('x.js'));
    if (url.pathname === '/' || url.pathname === '/index.html') return send(res, 200, indexHtml, mimeType('x.html'));
    const rel = url.pathname.split('/').filter(Boolean);
    if (rel.some((p) => p === '..' || p.includes('\\'))) return send(res, 404, 'not found', 'text/plain');
    try {
      const file = await readFile(join(options.rendererDir, ...rel));
      return send(res, 200, file, mimeType(url.pathname), rel[0] === 'assets' && rel.length === 2);
    } catch {
      return send(res, 404, 'not found', 'text/plain');
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  return {
    url: `http://127.0.0.1:${port}/`,
    token,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
