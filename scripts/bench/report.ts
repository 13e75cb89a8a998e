import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { dirname } from 'node:path';
import type { AltResult, OpResult } from './env';
import type { FileSize } from './write';

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  os: string;
  node: string;
  sqlite: string;
  /** 1-minute load average before and after: other work on the machine shows up here. */
  loadBefore: number;
  loadAfter: number;
}

export interface BenchReport {
  date: string;
  command: string;
  customers: number;
  tickets: number;
  seed: number;
  machine: Machine;
  build: { cached: boolean; ms: number };
  results: OpResult[];
  alternatives: AltResult[];
  file: FileSize;
}

export function machine(sqliteVersion: string, loadBefore: number): Machine {
  const list = cpus();
  return {
    cpus: list.length,
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()}`,
    node: process.version,
    sqlite: sqliteVersion,
    loadBefore,
    loadAfter: loadavg()[0] ?? 0,
  };
}

const ms = (v: number | null): string => (v === null ? '—' : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(3));
const ratio = (v: number | null): string => (v === null ? '—' : v >= 10 ? `${v.toFixed(0)}×` : `${v.toFixed(1)}×`);
const mb = (b: number): string => `${(b / 2 ** 20).toFixed(1)} MiB`;

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Markdown tables, to paste into docs/search.md as they are. */
export function formatReport(r: BenchReport): string {
  const results = table(
    ['operation', 'data size', 'runs', 'p50 ms', 'p95 ms', 'p99 ms', 'naive baseline p50 ms', 'ratio', 'baseline is'],
    r.results.map((o) => [
      o.operation,
      String(o.size),
      String(o.runs),
      ms(o.p50),
      ms(o.p95),
      ms(o.p99),
      ms(o.baselineP50),
      ratio(o.ratio),
      o.baseline ?? '—',
    ]),
  );
  const alternatives = table(
    ['operation', 'alternative', 'runs', 'p50 ms', 'p95 ms', 'current p50 ms', 'alternative / current'],
    r.alternatives.map((a) => [
      a.operation,
      a.alternative,
      String(a.runs),
      ms(a.p50),
      ms(a.p95),
      ms(a.currentP50),
      ratio(a.ratio),
    ]),
  );
  const objects = r.file.objects
    .slice(0, 10)
    .map((o) => `${o.name} ${mb(o.bytes)}`)
    .join(', ');
  const m = r.machine;
  return [
    `${r.customers} customers, ${r.tickets} tickets, seed ${r.seed} — ${r.date}`,
    `${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GB, ${m.os}, Node ${m.node}, SQLite ${m.sqlite}; load average ${m.loadBefore.toFixed(1)} → ${m.loadAfter.toFixed(1)}`,
    '',
    results,
    '',
    `database file: ${mb(r.file.bytes)} (${r.file.pageSize}-byte pages, ${r.file.freePages} free; WAL ${mb(r.file.walBytes)}); largest: ${objects || 'dbstat unavailable'}`,
    '',
    'Alternatives (same data, same query pools; candidate query only):',
    '',
    alternatives,
  ].join('\n');
}

export function writeJson(path: string, r: BenchReport): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(r, null, 2)}\n`);
}
