/**
 * CPU per stored document update (appendUpdateBatches, the hot path: every keystroke of every
 * conference), on the real SQLite store in a temp dir. Prints, per workload, the main thread's CPU
 * (where the relay loop runs: sealing and handing rows to the writer, and taking the answer), the
 * whole process's (the writer thread too), and the CPU spent inside the call itself before it
 * returns its promise (sealing and posting: the part that holds up the relay loop), each in
 * microseconds per update. A benchmark, never asserted.
 *
 *   node --import tsx tests/bench/storeAppend.ts [rounds]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { createCipher } from '@cb/server/src/crypto.ts';
import { SqliteStore } from '@cb/server/src/store/SqliteStore.ts';
import { mulberry32, randomBytes as seededBytes, randomInt } from '../support/random.ts';

/**
 * CPU seconds one thread of this process has run, from /proc's schedstat (nanoseconds, so a
 * single call can be measured); NaN off Linux.
 */
function threadCpuSeconds(tid: number): number {
  try {
    return Number(fs.readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8').split(' ')[0]) / 1e9;
  } catch {
    return Number.NaN;
  }
}

const processCpuSeconds = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

interface Workload {
  name: string;
  docs: number;
  updatesPerDoc: number;
}

const WORKLOADS: Workload[] = [
  { name: 'one typist (1 doc × 1 update a turn)', docs: 1, updatesPerDoc: 1 },
  { name: 'busy room (1 doc × 8 updates a turn)', docs: 1, updatesPerDoc: 8 },
  { name: 'many rooms (20 docs × 3 updates a turn)', docs: 20, updatesPerDoc: 3 },
];

async function run(w: Workload, rounds: number, seed: number): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-bench-store-'));
  const store = new SqliteStore(path.join(dir, 'db.sqlite'), createCipher(randomBytes(32)));
  const random = mulberry32(seed);
  // Keystroke-sized Yjs updates are 20–60 bytes; their content does not matter to the store.
  const update = () => seededBytes(random, randomInt(random, 20, 60));
  const batch = () =>
    Array.from({ length: w.docs }, (_, d) => ({
      docName: `00000000-0000-4000-8000-${String(d).padStart(12, '0')}`,
      updates: Array.from({ length: w.updatesPerDoc }, update),
    }));
  try {
    for (let i = 0; i < 50; i++) await store.appendUpdateBatches(batch()); // warm up
    const batches = Array.from({ length: rounds }, batch);
    const main0 = threadCpuSeconds(process.pid);
    const all0 = processCpuSeconds();
    let inCall = 0;
    for (const b of batches) {
      const c0 = threadCpuSeconds(process.pid);
      const written = store.appendUpdateBatches(b);
      inCall += threadCpuSeconds(process.pid) - c0;
      await written;
    }
    const updates = rounds * w.docs * w.updatesPerDoc;
    const perUpdate = (s: number) => ((s * 1e6) / updates).toFixed(1).padStart(7);
    console.log(
      `${w.name.padEnd(44)} main thread ${perUpdate(threadCpuSeconds(process.pid) - main0)} µs/update,` +
        ` process ${perUpdate(processCpuSeconds() - all0)} µs/update,` +
        ` in the call ${perUpdate(inCall)} µs/update (${updates} updates)`,
    );
  } finally {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const rounds = Number(process.argv[2] ?? 2000);
for (const [i, w] of WORKLOADS.entries()) await run(w, rounds, 1000 + i);
