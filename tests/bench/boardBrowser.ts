/**
 * The browser side of `npm run bench:board`: a fresh Chromium context holding only the
 * participant's cookie opens `/c/<id>` with the page watcher (boardWatch.ts) installed before the
 * app's own scripts, optionally with the CPU slowed through CDP (Emulation.setCPUThrottlingRate);
 * the page then stays open for the measured edits. Times are performance.now() in the page, i.e.
 * milliseconds since navigation start; an edit made in this process is placed on the page's clock
 * by an offset measured NTP-style (the sample with the shortest round trip).
 */
import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.ts';
import { pageScript, REGIONS, type Condition, type Expected, type Region } from './boardWatch.ts';

export const VIEWPORT = { width: 1920, height: 1080 };

/** Chromium with a fresh temporary profile (Playwright makes and removes it for `launch`). */
export async function launchChromium(): Promise<Browser> {
  const executablePath = CHROMIUM_PATH;
  if (!fs.existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath} (set CB_CHROMIUM)`);
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

export interface LoadTiming extends Record<Region, number> {
  /** Navigation timing: first response byte, DOMContentLoaded end. */
  ttfb: number;
  dcl: number;
  /** Every region complete (the last of them), and the frame after that painted. */
  ready: number;
  drawn: number;
}

export interface OpenBoard {
  page: Page;
  timing: LoadTiming;
  close(): Promise<void>;
}

export function cookiesOf(cookie: string, url: string) {
  return cookie
    .split(';')
    .map((pair) => pair.trim())
    .filter(Boolean)
    .map((pair) => {
      const eq = pair.indexOf('=');
      return { name: pair.slice(0, eq), value: pair.slice(eq + 1), url };
    });
}

/** Opens the board and waits until every region has drawn what `expected` says it holds. */
export async function openBoard(
  browser: Browser,
  baseUrl: string,
  conferenceId: string,
  cookie: string,
  expected: Expected,
  cpuSlowdown: number,
  timeoutMs = 60_000,
): Promise<OpenBoard> {
  const context: BrowserContext = await browser.newContext({ viewport: VIEWPORT });
  const problems: string[] = [];
  try {
    await context.addCookies(cookiesOf(cookie, baseUrl));
    await context.addInitScript(pageScript(expected));
    const page = await context.newPage();
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
    });
    if (cpuSlowdown !== 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    }
    await page.goto(`${baseUrl}/c/${conferenceId}`, { waitUntil: 'commit' });
    try {
      await page.waitForFunction(() => window.__cbBench?.load.drawn != null, undefined, {
        timeout: timeoutMs,
        polling: 50,
      });
    } catch (err) {
      const seen = await page.evaluate(() => window.__cbBench?.load.seen).catch(() => undefined);
      const wanted = REGIONS.map((r) => `${r} ${seen?.[r] ?? '?'}/${expected[r]}`).join(', ');
      throw new Error(
        `the board was not complete within ${timeoutMs} ms at ${page.url()}: ${wanted}` +
          (problems.length > 0 ? `\n    ${problems.join('\n    ')}` : ''),
        { cause: err },
      );
    }
    const timing = await page.evaluate(() => {
      const load = window.__cbBench?.load;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return {
        at: load?.at ?? {},
        ttfb: nav?.responseStart ?? Number.NaN,
        dcl: nav?.domContentLoadedEventEnd ?? Number.NaN,
        ready: load?.ready ?? Number.NaN,
        drawn: load?.drawn ?? Number.NaN,
      };
    });
    const regions = Object.fromEntries(REGIONS.map((r) => [r, timing.at[r] ?? Number.NaN])) as Record<
      Region,
      number
    >;
    return {
      page,
      timing: { ...regions, ttfb: timing.ttfb, dcl: timing.dcl, ready: timing.ready, drawn: timing.drawn },
      close: () => context.close(),
    };
  } catch (err) {
    await context.close();
    throw err;
  }
}

/** page clock − this process's clock (ms), from the round trip with the least delay. */
export async function clockOffset(page: Page, samples = 15): Promise<number> {
  let best = { rtt: Number.POSITIVE_INFINITY, offset: Number.NaN };
  for (let i = 0; i < samples; i++) {
    const before = performance.now();
    const pageNow = await page.evaluate(() => performance.now());
    const after = performance.now();
    if (after - before < best.rtt) best = { rtt: after - before, offset: pageNow - (before + after) / 2 };
  }
  return best.offset;
}

export interface EditTiming {
  /** From the change made in this process to the frame showing it painted. */
  editToDrawn: number;
  /** From the change to its Yjs update reaching the page (server and network). */
  editToArrived: number;
  /** From that update arriving to the frame showing it (the page's own work). */
  arrivedToDrawn: number;
}

/**
 * Arms the page, makes the change (`apply`, in this process: the chair's documents), and waits
 * until the page has drawn what `conditions` describe.
 */
export async function measureEdit(
  page: Page,
  offset: number,
  conditions: Condition[],
  apply: () => void,
  what: string,
  timeoutMs = 30_000,
): Promise<EditTiming> {
  const armed = await page.evaluate((c) => window.__cbBench?.arm(c) ?? false, conditions);
  if (!armed) throw new Error(`${what}: the page already showed it before the change was made`);
  const madeAt = performance.now() + offset;
  apply();
  try {
    await page.waitForFunction(() => window.__cbBench?.edit?.drawn != null, undefined, {
      timeout: timeoutMs,
      polling: 20,
    });
  } catch (err) {
    throw new Error(`${what}: not drawn within ${timeoutMs} ms (${JSON.stringify(conditions)})`, {
      cause: err,
    });
  }
  const edit = await page.evaluate(() => window.__cbBench?.edit ?? null);
  const drawn = edit?.drawn ?? Number.NaN;
  const arrived = edit?.arrived ?? Number.NaN;
  return { editToDrawn: drawn - madeAt, editToArrived: arrived - madeAt, arrivedToDrawn: drawn - arrived };
}

/** Waits, unmeasured, until the page shows `conditions` (e.g. an added card gone again). */
export async function settle(page: Page, conditions: Condition[], apply: () => void): Promise<void> {
  const armed = await page.evaluate((c) => window.__cbBench?.arm(c) ?? false, conditions);
  apply();
  if (armed)
    await page.waitForFunction(() => window.__cbBench?.edit?.drawn != null, undefined, { polling: 20 });
}
