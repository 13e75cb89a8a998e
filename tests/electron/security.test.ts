import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import {
  CONTENT_SECURITY_POLICY,
  isAllowedExternalUrl,
  isAllowedNavigation,
  isAppUrl,
  resolveAppPath,
} from '../../electron/backend/security-policy';

describe('security policy', () => {
  it('the CSP forbids inline and remote scripts, plugins and framing', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*(unsafe-inline|unsafe-eval|http)/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it('index.html carries the same CSP as the served header', () => {
    const html = readFileSync('renderer/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
  });

  it('only our own app:// pages count as the app', () => {
    expect(isAppUrl('app://repair-counter/index.html')).toBe(true);
    expect(isAppUrl('app://repair-counter/index.html#/customers')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('https://repair-counter/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('navigation stays inside the app', () => {
    expect(isAllowedNavigation('app://repair-counter/index.html#/settings')).toBe(true);
    expect(isAllowedNavigation('https://example.com/')).toBe(false);
    expect(isAllowedNavigation('javascript:alert(1)')).toBe(false);
  });

  it('external links open only when https and allow-listed', () => {
    expect(isAllowedExternalUrl('https://github.com/some/repo')).toBe(true);
    expect(isAllowedExternalUrl('http://github.com/')).toBe(false);
    expect(isAllowedExternalUrl('https://github.com.evil.com/')).toBe(false);
    expect(isAllowedExternalUrl('https://user:pw@github.com/')).toBe(false);
    expect(isAllowedExternalUrl('file:///C:/Windows/system32/calc.exe')).toBe(false);
  });

  it('app:// paths cannot escape the renderer folder', () => {
    expect(resolveAppPath('app://repair-counter/')).toBe('index.html');
    expect(resolveAppPath('app://repair-counter/assets/index.js')).toBe('assets/index.js');
    const root = resolve('/srv/renderer');
    for (const url of [
      'app://repair-counter/%2e%2e/%2e%2e/etc/passwd',
      'app://repair-counter/../../etc/passwd',
      'app://repair-counter/assets/..%2f..%2fsecret',
    ]) {
      const rel = resolveAppPath(url);
      if (rel !== undefined) expect(resolve(root, rel).startsWith(root + sep), url).toBe(true);
    }
    expect(resolveAppPath('app://repair-counter/assets/..%2f..%2fsecret')).toBeUndefined();
    expect(resolveAppPath('app://repair-counter/a%5c..%5csecret')).toBeUndefined();
    expect(resolveAppPath('app://repair-counter/%00')).toBeUndefined();
    expect(resolveAppPath('app://other/index.html')).toBeUndefined();
  });
});
