/**
 * What a benchmark must undo (servers, browsers, temporary builds), undone in reverse order when
 * it ends or when it is stopped with Ctrl-C or SIGTERM (then it exits 130); and how a benchmark exits (runBenchmark).
 */
export type Cleanup = (() => unknown)[];

export function cleanupOnExit(): { cleanup: Cleanup; stop(): Promise<void> } {
  const cleanup: Cleanup = [];
  const stop = async () => {
    for (const step of cleanup.reverse()) await Promise.resolve(step()).catch(() => undefined);
    cleanup.length = 0;
  };
  const onSignal = (signal: NodeJS.Signals) => {
    console.log(`\n${signal}: stopping`);
    void stop().finally(() => process.exit(130));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return { cleanup, stop };
}

/**
 * Runs a benchmark's main and exits: 0 once it has run (a benchmark prints, it asserts nothing),
 * 1 with the reason when it could not run at all. `finish` runs either way, before the exit.
 */
export function runBenchmark(main: () => Promise<void>, finish: () => void = () => undefined): void {
  main().then(
    () => {
      finish();
      process.exit(0);
    },
    (err: unknown) => {
      console.error('The benchmark could not run:', err instanceof Error ? (err.stack ?? err.message) : err);
      finish();
      process.exit(1);
    },
  );
}
