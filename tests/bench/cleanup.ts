/**
 * What a benchmark must undo (servers, browsers, temporary builds), undone in reverse order when
 * it ends or when it is stopped with Ctrl-C or SIGTERM (then it exits 130).
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
