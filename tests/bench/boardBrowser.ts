/**
 * One measured page load for `npm run bench:board`: a fresh Chromium context holding only the
 * participant's cookie opens `/c/<id>`, and the page itself notes when the board is fully drawn.
 *
 * "Fully drawn": `<main id="main">` says data-board-ready="true" and holds exactly the expected
 * number of cards (`[data-item-id]`); the moment is taken by a MutationObserver installed before
 * any of the app's scripts run (so no polling delay), then one requestAnimationFrame plus a task
 * after it marks the frame that shows them as painted. Times are performance.now() in the page,
 * i.e. milliseconds since navigation start.
 */
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.ts';

export const VIEWPORT = { width: 1920, height: 1080 };

/** Chromium with a fresh temporary profile (Playwright makes and removes it for `launch`). */
export async function launchChromium(): Promise<Browser> {
  const executablePath = CHROMIUM_PATH;
  if (!fs.existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath} (set CB_CHROMIUM)`);
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

export interface LoadTiming {
  /** Navigation timing: first response byte, DOMContentLoaded end. */
  ttfb: number;
  dcl: number;
  /** The condition became true (DOM committed). */
  ready: number;
  /** The frame after that has been painted. */
  drawn: number;
}

interface Watch {
  ready: number | null;
  drawn: number | null;
  items: number;
  boardReady: string | null;
}

declare global {
  interface Window {
    __cbBoardBench?: Watch;
  }
}

/**
 * Runs in the page before its own scripts. A string, not a function: tsx (esbuild, keepNames)
 * would wrap a serialised function's inner functions in a `__name` helper the page lacks.
 */
function watchForBoard(expected: number): string {
  return `(() => {
    const expected = ${JSON.stringify(expected)};
    const state = { ready: null, drawn: null, items: -1, boardReady: null };
    window.__cbBoardBench = state;
    const observer = new MutationObserver(() => {
      if (state.ready !== null) return;
      const main = document.querySelector('main#main');
      if (!main) return;
      state.boardReady = main.getAttribute('data-board-ready');
      if (state.boardReady !== 'true') return;
      state.items = main.querySelectorAll('[data-item-id]').length;
      if (state.items !== expected) return;
      state.ready = performance.now();
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => { state.drawn = performance.now(); }, 0));
    });
    observer.observe(document, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['data-board-ready'],
    });
  })();`;
}

export async function measureLoad(
  browser: Browser,
  baseUrl: string,
  conferenceId: string,
  cookie: string,
  expectedItems: number,
  timeoutMs = 30_000,
): Promise<LoadTiming> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const problems: string[] = [];
  try {
    await context.addCookies(
      cookie
        .split(';')
        .map((pair) => pair.trim())
        .filter(Boolean)
        .map((pair) => {
          const eq = pair.indexOf('=');
          return { name: pair.slice(0, eq), value: pair.slice(eq + 1), url: baseUrl };
        }),
    );
    await context.addInitScript(watchForBoard(expectedItems));
    const page = await context.newPage();
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
    });
    await page.goto(`${baseUrl}/c/${conferenceId}`, { waitUntil: 'commit' });
    try {
      await page.waitForFunction(() => window.__cbBoardBench?.drawn != null, undefined, {
        timeout: timeoutMs,
        polling: 50,
      });
    } catch (err) {
      const seen = await page.evaluate(() => window.__cbBoardBench).catch(() => undefined);
      throw new Error(
        `the board was not fully drawn within ${timeoutMs} ms at ${page.url()}: ` +
          `data-board-ready=${seen?.boardReady ?? 'absent'}, ${seen?.items ?? -1} cards of ${expectedItems}` +
          (problems.length > 0 ? `\n    ${problems.join('\n    ')}` : ''),
        { cause: err },
      );
    }
    return await page.evaluate(() => {
      const watch = window.__cbBoardBench as Watch;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return {
        ttfb: nav?.responseStart ?? Number.NaN,
        dcl: nav?.domContentLoadedEventEnd ?? Number.NaN,
        ready: watch.ready ?? Number.NaN,
        drawn: watch.drawn ?? Number.NaN,
      };
    });
  } finally {
    await context.close();
  }
}
