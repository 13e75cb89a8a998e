import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { intOption, UsageError } from '../../scripts/cli';

// The seed and bench commands as the README gives them: a wrong argument says what is wrong and
// how to call the command, and does nothing else.
const dir = mkdtempSync(join(tmpdir(), 'rc-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(script: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('seed and bench command lines', () => {
  it('prints the usage for --help and exits 0', () => {
    const { code, out } = run('seed', '--help');
    expect(code).toBe(0);
    expect(out).toContain('usage: npm run seed -- --db <file>');
    expect(out).toContain('--tickets-per-day');
  });

  it('names a mistyped option and writes no file', () => {
    const file = join(dir, 'typo.sqlite');
    const { code, err } = run('seed', '--db', file, '--ticket-per-day', '3');
    expect(code).toBe(2);
    expect(err).toContain("Unknown option '--ticket-per-day'");
    expect(err).toContain('usage: npm run seed');
    expect(err).not.toMatch(/\n\s+at /);
    expect(existsSync(file)).toBe(false);
  });

  it('rejects a bad value before touching the file', () => {
    const file = join(dir, 'zero-years.sqlite');
    const { code, err } = run('seed', '--db', file, '--years', '0');
    expect(code).toBe(2);
    expect(err.split('\n')[0]).toBe('--years must be a whole number of at least 1, got 0');
    expect(existsSync(file)).toBe(false);
  });

  it('lists the bench parts when --only names one that does not exist', () => {
    const { code, err } = run('bench', '--only', 'search,serach');
    expect(code).toBe(2);
    expect(err.split('\n')[0]).toBe('--only: unknown part(s) serach');
    expect(err).toContain('search, lists, renderer');
  });
});

describe('the preview command line', () => {
  const preview = (...args: string[]) => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'electron/preview/cli.ts', ...args], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { code: result.status, out: result.stdout, err: result.stderr };
  };

  it('prints its usage for --help and exits 0 (it crashed with a stack trace)', () => {
    const { code, out, err } = preview('--help');
    expect(code).toBe(0);
    expect(out).toContain('usage: npm run preview --');
    expect(out).toContain('--lang <code>');
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('refuses an unknown language with the usage, before starting anything', () => {
    const { code, err } = preview('--lang', 'fr');
    expect(code).toBe(2);
    expect(err.split('\n')[0]).toBe('--lang must be zh-Hans, zh-Hant or en, got fr');
  });
});

describe('intOption', () => {
  it('takes whole numbers from the minimum up', () => {
    expect(intOption('tickets', '0')).toBe(0);
    expect(intOption('years', '10', 1)).toBe(10);
  });

  it.each(['', ' ', '1.5', '-1', 'ten', '1e400', undefined])('refuses %j', (raw) => {
    expect(() => intOption('tickets', raw)).toThrow(UsageError);
  });
});
