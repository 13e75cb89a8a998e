import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'node:http';
import { startPreviewServer, type PreviewServer } from '../../electron/preview/server';
import { silentLogger } from '../../electron/backend/context';
import { tempDir, testCore } from '../helpers';

let server: PreviewServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start() {
  const core = testCore();
  const dir = tempDir();
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html><head><title>x</title></head><body></body></html>');
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir, '..', 'secret.txt'), 'secret');
  server = await startPreviewServer({
    rendererDir: dir,
    bridgeScript: '/*bridge*/',
    dispatch: core.dispatch,
    port: 0,
    log: silentLogger,
  });
  return { core, server };
}

/** A raw HTTP request, so tests can send any Host header. */
function raw(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

describe('browser preview server', () => {
  it('listens on loopback only and serves the renderer with the token and bridge injected', async () => {
    const { server } = await start();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await raw(server.url);
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="repair-counter-token" content="${server.token}" />`);
    expect(page.body).toContain('<script src="/__preview/bridge.js"></script>');
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");
    expect((await raw(server.url + '__preview/bridge.js')).body).toBe('/*bridge*/');
    expect((await raw(server.url + 'assets/app.js')).status).toBe(200);
  });

  it('tells the page the system language given with --lang, so the app starts in it', async () => {
    const core = testCore();
    const dir = tempDir();
    writeFileSync(join(dir, 'index.html'), '<!doctype html><html><head><title>x</title></head><body></body></html>');
    server = await startPreviewServer({
      rendererDir: dir,
      bridgeScript: '',
      dispatch: core.dispatch,
      port: 0,
      log: silentLogger,
      language: 'en',
    });
    expect((await raw(server.url)).body).toContain('<meta name="repair-counter-language" content="en" />');
  });

  it('lets the browser keep hashed assets (and their compiled code) but never the page or the API', async () => {
    const { server } = await start();
    expect((await raw(server.url + 'assets/app.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await raw(server.url)).headers['cache-control']).toBe('no-store');
    expect((await raw(server.url + '__preview/bridge.js')).headers['cache-control']).toBe('no-store');
    expect((await raw(server.url + 'index.html')).headers['cache-control']).toBe('no-store');
  });

  it('bridges API calls to the same handlers', async () => {
    const { server } = await start();
    const call = (method: string, input: unknown) =>
      raw(server.url + '__api/' + method, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-repair-counter-token': server.token },
        body: JSON.stringify(input),
      });
    const created = await call('customers.create', { name: '陈大文', phones: [{ number: '138 0013 8000' }] });
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { id: 1, name: '陈大文' } });
    const found = await call('search.global', { q: '8000' });
    expect(JSON.parse(found.body)).toMatchObject({ ok: true, value: { customers: [{ name: '陈大文' }] } });
    expect(JSON.parse((await call('customers.drop', {})).body)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(JSON.parse((await call('customers.get', { id: 'x' })).body)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });

  it('refuses calls without the token, from another Host, or not JSON — and writes nothing', async () => {
    const { server, core } = await start();
    const body = JSON.stringify({ name: '李娜', phones: [{ number: '13900001111' }] });
    const url = server.url + '__api/customers.create';
    const port = new URL(server.url).port;
    const noToken = await raw(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(noToken.status).toBe(401);
    const badToken = await raw(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-repair-counter-token': 'guess' },
      body,
    });
    expect(badToken.status).toBe(401);
    const rebinding = await raw(url, {
      method: 'POST',
      headers: { host: `evil.example:${port}`, 'content-type': 'application/json', 'x-repair-counter-token': server.token },
      body,
    });
    expect(rebinding.status).toBe(421);
    const form = await raw(url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'x-repair-counter-token': server.token },
      body,
    });
    expect(form.status).toBe(415);
    expect((await raw(url)).status).toBe(405);
    const badJson = await raw(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-repair-counter-token': server.token },
      body: '{',
    });
    expect(JSON.parse(badJson.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(core.context.db.$client.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(0);
  });

  it('does not serve files outside the renderer folder', async () => {
    const { server } = await start();
    expect((await raw(server.url + '../secret.txt')).status).toBe(404);
    expect((await raw(server.url + '%2e%2e/secret.txt')).status).toBe(404);
    expect((await raw(server.url + 'missing.js')).status).toBe(404);
  });
});
