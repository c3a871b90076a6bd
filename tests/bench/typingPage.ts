/**
 * The browser side of `npm run bench:typing`: a page (the chair's board, or the plain reference)
 * in a fresh Chromium context with the watcher (typingWatch.ts) installed, and a CDP session on
 * it for the CPU slowdown (Emulation.setCPUThrottlingRate), the main thread's counters
 * (Performance.getMetrics: ScriptDuration, TaskDuration) and, on request, a sampling profile.
 *
 * A window of keystrokes: the page is first left alone for as long as the typing will take, to
 * measure what it does with nobody typing (timers, sockets, a canvas); then the keys are typed one
 * by one at a person's pace, with `page.keyboard.type` (CDP Input.dispatchKeyEvent), and the
 * window ends a settling time after the last key's frame was painted. The work per key is the
 * window's script and task time less the idle rate over the same length, divided by the keys.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { VIEWPORT } from './boardBrowser.ts';
import { PLAIN_PAGE, TYPING_SCRIPT } from './typingWatch.ts';
import type { Profile } from './typingProfile.ts';
import { TRACE_CATEGORIES } from './typingTrace.ts';

export interface Target {
  page: Page;
  cdp: CDPSession;
  close(): Promise<void>;
}

export interface KeyWindow {
  keys: number;
  /** Main-thread milliseconds per key, net of what the page does when nobody types. */
  script: number;
  task: number;
  /** Of the task time: layout, and style recalculation. */
  layout: number;
  style: number;
  /** Each key's keydown to the frame after it painted (ms). */
  latencies: number[];
  /** What the idle page used, per second of the window (ms/s). */
  idleScript: number;
  idleTask: number;
  profile: Profile | null;
  /** A Chromium trace of the window (JSON), with --trace. */
  trace: string | null;
}

export interface Probes {
  profile: boolean;
  trace: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** After the last key's frame: anything a key set off later (a debounce, a timer) lands in here. */
const SETTLE_MS = 300;

/**
 * `wall`: durations as the page's clock sees them (what a person waits through; with the CPU
 * slowed, slowed too). `thread`: the main thread's own CPU time, which other processes on a busy
 * machine disturb less (but which a CPU slowdown does not scale), for comparing two builds.
 */
export type TimeDomain = 'wall' | 'thread';

export async function openTarget(
  browser: Browser,
  url: string,
  cookies: string | null,
  time: TimeDomain = 'wall',
): Promise<Target> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    if (cookies) {
      await context.addCookies(
        cookies
          .split(';')
          .map((pair) => pair.trim())
          .filter(Boolean)
          .map((pair) => ({
            name: pair.split('=')[0] ?? '',
            value: pair.slice(pair.indexOf('=') + 1),
            url: new URL(url).origin,
          })),
      );
    }
    await context.addInitScript(TYPING_SCRIPT);
    const page = await context.newPage();
    page.on('pageerror', (err) => console.log(`  page error: ${err.message}`));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: time === 'wall' ? 'timeTicks' : 'threadTicks' });
    await page.goto(url, { waitUntil: 'load' });
    return { page, cdp, close: () => context.close() };
  } catch (err) {
    await context.close();
    throw err;
  }
}

export async function setCpu(target: Target, rate: number): Promise<void> {
  await target.cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

type Counter = 'script' | 'task' | 'layout' | 'style';
const COUNTERS: Record<Counter, string> = {
  script: 'ScriptDuration',
  task: 'TaskDuration',
  layout: 'LayoutDuration',
  style: 'RecalcStyleDuration',
};

async function counters(cdp: CDPSession): Promise<Record<Counter, number> & { at: number }> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const ms = (name: string) => (metrics.find((m) => m.name === name)?.value ?? Number.NaN) * 1000;
  return {
    script: ms(COUNTERS.script),
    task: ms(COUNTERS.task),
    layout: ms(COUNTERS.layout),
    style: ms(COUNTERS.style),
    at: performance.now(),
  };
}

/** Waits until the main thread is busy less than `share` of a slice (or gives up after a while). */
export async function quiet(
  target: Target,
  share = 0.1,
  sliceMs = 500,
  timeoutMs = 30_000,
): Promise<boolean> {
  const started = performance.now();
  let before = await counters(target.cdp);
  while (performance.now() - started < timeoutMs) {
    await sleep(sliceMs);
    const now = await counters(target.cdp);
    if ((now.task - before.task) / (now.at - before.at) < share) return true;
    before = now;
  }
  return false;
}

/** Types `text` into whatever has the focus, one key every `paceMs`, and measures it. */
export async function typeMeasured(
  target: Target,
  text: string,
  paceMs: number,
  { profile, trace }: Probes,
): Promise<KeyWindow> {
  const { page, cdp } = target;
  const browser = page.context().browser();
  const idleMs = text.length * paceMs + SETTLE_MS;
  const idleFrom = await counters(cdp);
  await sleep(idleMs);
  const idleTo = await counters(cdp);
  const idleSpan = idleTo.at - idleFrom.at;
  await page.evaluate(() => window.__cbTyping?.keys.splice(0));
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  if (trace) await browser?.startTracing(page, { categories: TRACE_CATEGORIES });
  const from = await counters(cdp);
  for (const key of text) {
    await page.keyboard.type(key);
    await sleep(paceMs);
  }
  await page.waitForFunction(
    (n) => {
      const keys = window.__cbTyping?.keys ?? [];
      return keys.length >= n && keys.every((k) => k.end !== null);
    },
    text.length,
    { polling: 50 },
  );
  await sleep(SETTLE_MS);
  const to = await counters(cdp);
  const traced = trace && browser ? (await browser.stopTracing()).toString('utf8') : null;
  const profiled = profile ? ((await cdp.send('Profiler.stop')).profile as Profile) : null;
  if (profile) await cdp.send('Profiler.disable');
  const keys = await page.evaluate(() => window.__cbTyping?.keys ?? []);
  const span = to.at - from.at;
  const net = (key: Counter) =>
    (to[key] - from[key] - ((idleTo[key] - idleFrom[key]) / idleSpan) * span) / text.length;
  return {
    keys: text.length,
    script: net('script'),
    task: net('task'),
    layout: net('layout'),
    style: net('style'),
    latencies: keys.map((k) => (k.end ?? Number.NaN) - k.start),
    idleScript: ((idleTo.script - idleFrom.script) / idleSpan) * 1000,
    idleTask: ((idleTo.task - idleFrom.task) / idleSpan) * 1000,
    profile: profiled,
    trace: traced,
  };
}

/**
 * Presses Enter in the focused capture box and times it to the frame after a card with `words`
 * was drawn in `section`'s list (from the Enter keydown's time stamp, in the page).
 */
export async function addMeasured(
  target: Target,
  section: string,
  words: string,
  profile: boolean,
): Promise<{ ms: number; profile: Profile | null }> {
  const { page, cdp } = target;
  const armed = await page.evaluate(
    ([s, w]) => {
      window.__cbTyping?.keys.splice(0);
      return window.__cbTyping?.armAdd(s, w) ?? false;
    },
    [section, words] as const,
  );
  if (!armed) throw new Error(`a card “${words}” was on the board before it was added`);
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__cbTyping?.add?.drawn != null, undefined, {
    polling: 20,
    timeout: 30_000,
  });
  const profiled = profile ? ((await cdp.send('Profiler.stop')).profile as Profile) : null;
  if (profile) await cdp.send('Profiler.disable');
  const ms = await page.evaluate(() => {
    const api = window.__cbTyping;
    return (api?.add?.drawn ?? Number.NaN) - (api?.keys[0]?.start ?? Number.NaN);
  });
  return { ms, profile: profiled };
}

/** The reference page, served over loopback by this process. */
export async function servePlainPage(): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(PLAIN_PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
