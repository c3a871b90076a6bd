/**
 * `npm run bench:typing`: what a keystroke costs on the CHAIR's board of a full conference (300
 * live cards from 5,000 edits, a forty-person family tree, plan rows, decisions: typingSetup.ts),
 * in Debian's Chromium against a real server on loopback, at each CPU slowdown (CDP
 * Emulation.setCPUThrottlingRate; default 1× and 4×, a mid-range laptop's worth):
 *  - typing into the chair's capture box (Worries), and into an existing card's editor (What's
 *    working well; Escape leaves its words as they were): main-thread script and task time per
 *    key (CDP Performance.getMetrics, net of what the page does idle; typingPage.ts), and each
 *    key's time from keydown to the frame after it painted;
 *  - adding an item: Enter in the capture box until the new card is drawn in its list (the
 *    co-chair's client, which seeded the board, then deletes it again, unmeasured);
 *  - the same keystrokes on a plain `<textarea>` served by this process in the same run: the
 *    reference, every figure printed as a ratio ours/plain; with --compare, a second build on a
 *    board of its own, measured in the same rounds, and the ratios ours/that.
 * Targets at 4×: ≤ 16 ms of script per keystroke, ≤ 100 ms per added item. A benchmark, not a
 * test: it prints and exits 0 once it has run (1 only when it could not run at all). Flags:
 * typingArgs.ts.
 */
import os from 'node:os';
import { cleanupOnExit, runBenchmark, type Cleanup } from './cleanup.ts';
import { clientBuild } from './boardBuild.ts';
import { launchChromium } from './boardBrowser.ts';
import { machineBusySeconds } from './processes.ts';
import { fmt } from './stats.ts';
import { treeCpuSeconds } from './treeCpu.ts';
import { parseArgs, type Options } from './typingArgs.ts';
import { openTarget, servePlainPage, setCpu, type Target } from './typingPage.ts';
import { profileTable, type Profile } from './typingProfile.ts';
import { record, report, type Results, type SiteLabel } from './typingReport.ts';
import { openChairBoard, setUpBoard, type ChairBoard } from './typingSetup.ts';
import { measureKind, type Kind } from './typingSteps.ts';
import { summarizeTrace, traceTable, type TraceSummary } from './typingTrace.ts';
import { startTestServer } from '../support/startServer.ts';

interface Site {
  label: SiteLabel;
  board: ChairBoard;
  page: Target;
}

async function openSite(
  label: SiteLabel,
  dist: string,
  browser: Awaited<ReturnType<typeof launchChromium>>,
  options: Options,
  cleanup: Cleanup,
): Promise<Site> {
  const t = await startTestServer({ clientDist: dist });
  cleanup.push(() => t.stop());
  const board = await setUpBoard(t, options);
  cleanup.push(() => board.seeder.close());
  const page = await openChairBoard(browser, t.url, board, options.time);
  cleanup.push(() => page.close());
  console.log(`  ${label}: ${dist}, server at ${t.url}`);
  return { label, board, page };
}

async function run(options: Options, cleanup: Cleanup): Promise<void> {
  const dist =
    options.dist ??
    clientBuild(options.build || options.profile, cleanup, options.profile ? ['--minify', 'false'] : []);
  const browser = await launchChromium();
  cleanup.push(() => browser.close());
  console.log(`  ${browser.version()}`);
  const sites = [await openSite('ours', dist, browser, options, cleanup)];
  if (options.compare) sites.push(await openSite('reference', options.compare, browser, options, cleanup));
  const plainServer = await servePlainPage();
  cleanup.push(() => plainServer.close());
  const plain = await openTarget(browser, plainServer.url, null, options.time);
  cleanup.push(() => plain.close());
  console.log('');

  const steps: { site: Site; kind: Kind }[] = [
    ...sites.flatMap((site) => (['capture', 'card'] as const).map((kind) => ({ site, kind }))),
    { site: sites[0] as Site, kind: 'plain' },
  ];
  const results: Results = new Map();
  const profiles = new Map<string, Profile[]>();
  const traces = new Map<string, TraceSummary>();
  const started = performance.now();
  const machineBefore = machineBusySeconds();
  const oursBefore = treeCpuSeconds();
  for (const cpu of options.cpu) {
    for (const target of [plain, ...sites.map((s) => s.page)]) await setCpu(target, cpu);
    for (let round = 0; round < options.warmup + options.runs; round++) {
      const measured = round >= options.warmup;
      // Alternate the order, so that nothing always follows the same thing.
      const order = round % 2 === 0 ? steps : [...steps].reverse();
      const line: string[] = [];
      for (const { site, kind } of order) {
        const target = kind === 'plain' ? plain : site.page;
        const step = await measureKind(kind, target, site.board, options, `${cpu}x${round}`);
        const who = sites.length > 1 && kind !== 'plain' ? `${site.label} ` : '';
        line.push(`${who}${kind} ${fmt(step.window.task, 1)} ms/key`);
        if (step.addMs !== null) line.push(`${who}add ${fmt(step.addMs, 0)} ms`);
        if (!measured) continue;
        const key = record(results, cpu, site.label, kind, step.window, step.addMs);
        const push = (k: string, p: Profile | null | undefined) => {
          if (p) profiles.set(k, [...(profiles.get(k) ?? []), p]);
        };
        push(key, step.window.profile);
        push(`${cpu}:${site.label}:add`, step.addProfile);
        if (step.window.trace) traces.set(key, summarizeTrace(step.window.trace, traces.get(key)));
      }
      console.log(
        `  ${cpu}× ${measured ? `run ${round - options.warmup + 1}` : 'warm-up'}: ${line.join(', ')}`,
      );
    }
  }
  const others = machineBusySeconds() - machineBefore - (treeCpuSeconds() - oursBefore);
  report(results, options, Math.max(0, others) / ((performance.now() - started) / 1000));
  for (const [key, list] of profiles) {
    const add = key.endsWith(':add');
    console.log(`\nprofile ${key} (${list.length} windows):`);
    console.log(
      profileTable(list, add ? list.length : list.length * options.keys, add ? 'added item' : 'key'),
    );
  }
  for (const [key, summary] of traces) {
    console.log(`\ntrace ${key} (${options.runs} windows):`);
    console.log(traceTable(summary, options.runs * options.keys));
  }
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const { cleanup, stop } = cleanupOnExit();
  const cpus = os.cpus();
  console.log('Typing benchmark: the chair types on a full board in Chromium, against a plain <textarea>');
  console.log(
    `  machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, node ${process.version}; ` +
      `${options.items} cards from ${options.edits} edits, seed ${options.seed}; ${options.warmup} warm-up + ` +
      `${options.runs} runs of ${options.keys} keys, one every ${options.pace} ms; CPU ` +
      `${options.cpu.map((c) => `${c}×`).join(' and ')}; ${options.time} time` +
      (options.profile ? '; profiling (unminified build)' : ''),
  );
  try {
    await run(options, cleanup);
  } finally {
    await stop();
  }
}

runBenchmark(main);
