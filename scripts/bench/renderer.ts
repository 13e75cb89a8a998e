/// <reference lib="dom" />
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { startPreviewServer } from '../../electron/preview/server';
import { silentLogger } from '../../electron/core/context';
import type { BenchEnv, OpResult } from './env';
import { opResult } from './env';
import { summarize } from './measure';

const root = fileURLToPath(new URL('../..', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * The renderer in Chromium on the bench database, through the preview server (the same
 * handlers): time to the first screen (the app's own 'rc:first-screen' performance mark, ms
 * after navigation start), time until the customer list shows rows, and frame times while the
 * virtualised list scrolls through thousands of rows. Needs `npm run build:renderer` first.
 */
export async function benchRenderer(env: BenchEnv, runs = 12): Promise<OpResult[]> {
  const rendererDir = `${root}dist/renderer`;
  if (!existsSync(`${rendererDir}/index.html`) || !existsSync(CHROMIUM)) {
    env.log(`renderer bench skipped: needs ${rendererDir} (npm run build:renderer) and ${CHROMIUM}`);
    return [];
  }
  const bridge = await build({
    entryPoints: [`${root}electron/preview/bridge.ts`],
    bundle: true,
    write: false,
    format: 'iife',
    logLevel: 'warning',
  });
  const server = await startPreviewServer({
    rendererDir,
    bridgeScript: bridge.outputFiles[0]!.text,
    dispatch: env.dispatch,
    port: 0,
    log: silentLogger,
  });
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    const firstScreen: number[] = [];
    const listReady: number[] = [];
    const frames: number[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1360, height: 860 }, locale: 'zh-CN' });
      const page = await context.newPage();
      await page.goto(`${server.url}#/customers`);
      await page.waitForFunction(() => performance.getEntriesByName('rc:first-screen').length > 0, null, { timeout: 30_000 });
      await page.locator('[role=row][data-index]').first().waitFor({ timeout: 30_000 });
      const t = await page.evaluate(() => ({
        first: performance.getEntriesByName('rc:first-screen')[0]!.startTime,
        rows: performance.now(),
      }));
      if (i > 0) {
        // The first load warms Chromium's caches; the rest are what a shop sees every morning.
        firstScreen.push(t.first);
        listReady.push(t.rows);
      }
      if (i === runs - 1) {
        // Scroll 3 rows per frame for 300 frames (≈ 900 rows, several pages fetched on the way).
        const intervals = await page.evaluate(async () => {
          const scroller = document.querySelector<HTMLElement>('[role=rowgroup]')!;
          const out: number[] = [];
          let last = performance.now();
          for (let f = 0; f < 300; f++) {
            scroller.scrollTop += 132;
            await new Promise<void>((r) => requestAnimationFrame(() => r()));
            const now = performance.now();
            out.push(now - last);
            last = now;
          }
          return out;
        });
        frames.push(...intervals);
      }
      await context.close();
    }
    return [
      opResult(
        'renderer: first screen (Chromium, customers route)',
        env.size,
        "performance mark 'rc:first-screen'",
        summarize(firstScreen),
      ),
      opResult('renderer: customer list shows rows', env.size, 'navigation start → first row in the DOM', summarize(listReady)),
      opResult('renderer: frame time while scrolling the list', env.size, '300 frames, 3 rows per frame', summarize(frames)),
    ];
  } finally {
    await browser?.close();
    await server.close();
  }
}
