/// <reference lib="dom" />
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { startPreviewServer } from '../../electron/preview/server';
import { silentLogger } from '../../electron/backend/context';
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
  const profiles = mkdtempSync(join(tmpdir(), 'rc-bench-chromium-'));
  try {
    // One start = a new browser process on a profile folder, like the app every morning: the
    // first start on an empty profile compiles all the UI code; later starts on the same
    // profile use the compiled code Chromium kept on disk (the app:// scheme has codeCache).
    const start = async (profile: string, scroll: boolean) => {
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        args: ARGS,
        viewport: { width: 1360, height: 860 },
        locale: 'zh-CN',
      });
      try {
        // When the first customer row enters the DOM, taken in the page itself (Playwright's own
        // polling would add its round trips to the figure).
        await context.addInitScript(() => {
          new MutationObserver((_, observer) => {
            if (!document.querySelector('[role=row][data-index]')) return;
            (window as unknown as { rcRowsAt: number }).rcRowsAt = performance.now();
            observer.disconnect();
          }).observe(document, { childList: true, subtree: true });
        });
        const page = context.pages()[0] ?? (await context.newPage());
        await page.goto(`${server.url}#/customers`);
        await page.waitForFunction(() => performance.getEntriesByName('rc:first-screen').length > 0, null, {
          timeout: 30_000,
        });
        await page.locator('[role=row][data-index]').first().waitFor({ timeout: 30_000 });
        const t = await page.evaluate(() => ({
          first: performance.getEntriesByName('rc:first-screen')[0]!.startTime,
          rows: (window as unknown as { rcRowsAt: number }).rcRowsAt,
        }));
        const frames = scroll ? await scrollFrames(page) : [];
        // The ticket queue's rows carry more (two lines, status tags): scroll the largest queue.
        let ticketFrames: number[] = [];
        if (scroll) {
          await page.goto(`${server.url}#/tickets?status=collected`);
          await page.locator('[role=row][data-index]').first().waitFor({ timeout: 30_000 });
          ticketFrames = await scrollFrames(page);
        }
        return { ...t, frames, ticketFrames };
      } finally {
        await context.close();
      }
    };
    const cold: number[] = [];
    const first: number[] = [];
    const rows: number[] = [];
    let frames: number[] = [];
    let ticketFrames: number[] = [];
    const coldRuns = Math.max(3, Math.floor(runs / 3));
    for (let i = 0; i < coldRuns; i++) cold.push((await start(join(profiles, `cold-${i}`), false)).first);
    const daily = join(profiles, 'daily');
    await start(daily, false); // the first start ever on this profile
    await start(daily, false); // Chromium writes the code cache once a script has run twice
    for (let i = 0; i < runs; i++) {
      const t = await start(daily, i === runs - 1);
      first.push(t.first);
      rows.push(t.rows);
      if (t.frames.length > 0) frames = t.frames;
      if (t.ticketFrames.length > 0) ticketFrames = t.ticketFrames;
    }
    return [
      opResult(
        'renderer: first screen, daily start (Chromium, customers route)',
        env.size,
        "performance mark 'rc:first-screen', new browser process, compiled code kept from earlier starts",
        summarize(first),
        { label: 'first start on an empty profile', stats: summarize(cold) },
      ),
      opResult('renderer: customer list shows rows', env.size, 'navigation start → first row in the DOM', summarize(rows)),
      opResult('renderer: frame time while scrolling the list', env.size, '300 frames, 3 rows per frame', summarize(frames)),
      opResult(
        'renderer: frame time while scrolling the ticket queue (collected)',
        env.size,
        '300 frames, 132 px (2.5 rows) per frame',
        summarize(ticketFrames),
      ),
    ];
  } finally {
    rmSync(profiles, { recursive: true, force: true });
    await server.close();
  }
}

/** Scroll 132 px per frame for 300 frames (≈ 900 customer rows, several pages fetched on the way). */
function scrollFrames(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
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
}
