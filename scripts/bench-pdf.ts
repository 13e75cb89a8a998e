// Times the sample A4 form (40-row table over two pages, QR code, logo, Chinese text):
// once cold (first render in the process, fonts read and parsed) and 20 times warm.
// Run: node_modules/.bin/tsx scripts/bench-pdf.ts [zh-Hans|zh-Hant|en]
import { isLanguage } from '../shared/i18n/languages';
import { renderSample } from '../tests/electron/pdf/fixtures/sample-form';

const language = isLanguage(process.argv[2]) ? process.argv[2] : 'zh-Hans';
const WARM_RUNS = 20;

async function time(run: () => Promise<Buffer>): Promise<{ ms: number; bytes: number }> {
  const start = performance.now();
  const pdf = await run();
  return { ms: performance.now() - start, bytes: pdf.length };
}

const cold = await time(() => renderSample({ format: 'A4', language }));
const warm: number[] = [];
for (let i = 0; i < WARM_RUNS; i++) warm.push((await time(() => renderSample({ format: 'A4', language }))).ms);
warm.sort((a, b) => a - b);
const mean = warm.reduce((a, b) => a + b, 0) / warm.length;
const median = warm[Math.floor(warm.length / 2)] ?? 0;
const receipt: number[] = [];
for (let i = 0; i < 5; i++) receipt.push((await time(() => renderSample({ format: 'receipt80', language }))).ms);
receipt.sort((a, b) => a - b);

const f = (ms: number): string => `${ms.toFixed(1)} ms`;
console.log(`sample A4 form, ${language}, ${(cold.bytes / 1024).toFixed(1)} KB`);
console.log(`cold (first render, font load included): ${f(cold.ms)}`);
console.log(
  `warm x${WARM_RUNS}: median ${f(median)}, mean ${f(mean)}, min ${f(warm[0] ?? 0)}, max ${f(warm[warm.length - 1] ?? 0)}`,
);
console.log(`receipt80 warm (two layout passes) median of 5: ${f(receipt[2] ?? 0)}`);
