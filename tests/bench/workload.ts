/**
 * The sync workload, identical for every server: per room, N stock WebsocketProvider clients on
 * one shared Y.Array('bench'). Edits are paced per room like a fast typist (seeded jitter around
 * `ratePerSecond`); each edit appends one small entry carrying its send time, and every other
 * client of the room records `performance.now() - sentAt` when the entry is applied to its doc.
 * All clients live in this process, so sender and receivers share one clock.
 *
 * Who writes: half of the edits come from client 0 (the chair, who mostly writes in a real
 * conference), the other half from a seeded-random other client, so every upstream path is
 * exercised too. The schedule (delays, writers, texts) depends only on the seed and the room
 * index, never on timing, so the relay and our server get exactly the same edits.
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { mulberry32 } from '../support/random.ts';
import { machineBusySeconds } from './processes.ts';
import type { RoomSpec } from './rooms.ts';

export interface WorkloadOptions {
  /** Measured edits per room. */
  edits: number;
  /** Edits per room before measuring (not recorded). */
  warmupEdits: number;
  /** Mean edits per second per room. */
  ratePerSecond: number;
  seed: number;
  /** Share of edits written by client 0 (the chair). */
  chairShare: number;
  /** CPU seconds used so far by the server process (sampled around the measured phase). */
  serverCpuSeconds: () => number;
}

export interface WorkloadResult {
  latencies: Float64Array;
  /** Measured edits sent, and the deliveries expected (edits × other clients) and seen. */
  sent: number;
  expected: number;
  received: number;
  /** First measured send → last measured receipt (ms). */
  windowMs: number;
  /** First → last measured send (ms): shows whether the pacing held. */
  sendSpanMs: number;
  /** Connecting and syncing every client, including the ramp between rooms (ms). */
  connectMs: number;
  /** Connections closed or failed while they should have been open, by close code. */
  disconnects: Map<string, number>;
  /** When those happened (performance.now() of this process). */
  closeTimes: number[];
  /** When the measured phase started and ended (performance.now()). */
  measuredFrom: number;
  measuredTo: number;
  benchCpuSeconds: number;
  serverCpuSeconds: number;
  /** CPU seconds used by everything else on the machine meanwhile (other people's work skews results). */
  otherCpuSeconds: number;
  /** p99 event-loop lag of this (client) process during the measured phase (ms). */
  benchLoopDelayP99Ms: number;
}

interface Entry {
  /** Sequence number within the room. */
  s: number;
  /** Sent at, performance.now() of this process. */
  t: number;
  /** 1 when measured, 0 for warm-up. */
  m: 0 | 1;
  /** Writer's client index. */
  w: number;
  /** A few characters of text, like a short sticky note. */
  p: string;
}

interface BenchClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  array: Y.Array<Entry>;
}

function socketClass(cookie: string | null): typeof globalThis.WebSocket {
  const headers = cookie ? { Cookie: cookie } : undefined;
  class BenchWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, headers ? { headers } : {});
    }
  }
  return BenchWebSocket as unknown as typeof globalThis.WebSocket;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function waitUntil(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > timeoutMs) return false;
    await sleep(5);
  }
  return true;
}

const LOOP_RESOLUTION_MS = 2;
const RAMP_MS = 15_000;
const RAMP_STEP_MS = 300;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz ';

export async function runWorkload(rooms: RoomSpec[], options: WorkloadOptions): Promise<WorkloadResult> {
  const clientsPerRoom = rooms[0]?.cookies.length ?? 0;
  const disconnects = new Map<string, number>();
  let tearingDown = false;
  const closeTimes: number[] = [];
  const noteDisconnect = (code: string) => {
    if (tearingDown) return;
    disconnects.set(code, (disconnects.get(code) ?? 0) + 1);
    closeTimes.push(performance.now());
  };

  // Receivers' counters: one set for the whole run, split by the entry's measured flag.
  let latencies = new Float64Array(Math.max(1, rooms.length * options.edits * (clientsPerRoom - 1)));
  let received = 0;
  let warmupReceived = 0;
  let lastReceive = 0;
  const onEntries = (entries: Entry[], now: number) => {
    for (const entry of entries) {
      if (entry.m === 1) {
        if (received >= latencies.length) {
          const grown = new Float64Array(latencies.length * 2);
          grown.set(latencies);
          latencies = grown;
        }
        latencies[received++] = now - entry.t;
        lastReceive = now;
      } else warmupReceived += 1;
    }
  };

  const roomsClients: BenchClient[][] = [];
  const connectStarted = performance.now();
  try {
    // Connect room by room, like conferences starting over a quarter of a minute rather than in
    // the same second: each client's awareness renews every ~15 s from when it connected, and a
    // thousand renewals landing together in this one process would dominate the tail.
    const rampStepMs = rooms.length > 1 ? Math.min(RAMP_STEP_MS, RAMP_MS / rooms.length) : 0;
    for (const [roomIndex, spec] of rooms.entries()) {
      const due = connectStarted + roomIndex * rampStepMs;
      if (performance.now() < due) await sleep(due - performance.now());
      const clients = spec.cookies.map((cookie): BenchClient => {
        const doc = new Y.Doc();
        const array = doc.getArray<Entry>('bench');
        array.observe((event) => {
          if (event.transaction.local) return;
          const now = performance.now();
          for (const op of event.delta) if (op.insert) onEntries(op.insert as Entry[], now);
        });
        const provider = new WebsocketProvider(spec.serverUrl, spec.room, doc, {
          disableBc: true,
          WebSocketPolyfill: socketClass(cookie),
        });
        provider.on('connection-close', (event) => noteDisconnect(event ? String(event.code) : 'local'));
        provider.on('connection-error', () => noteDisconnect('error'));
        return { doc, provider, array };
      });
      roomsClients.push(clients);
      // Each room is fully synced before the next one starts.
      const synced = await waitUntil(() => clients.every((c) => c.provider.synced), 30_000);
      if (!synced) {
        const codes = [...disconnects].map(([k, v]) => `${k}×${v}`).join(', ') || 'none';
        throw new Error(`room ${spec.room} did not sync within 30 s (closes: ${codes})`);
      }
    }
    const connectMs = performance.now() - connectStarted;
    // Let the connection storm (awareness of everyone to everyone) settle.
    await sleep(1000);

    const intervalMs = 1000 / options.ratePerSecond;
    const rngs = rooms.map((_, i) => mulberry32(options.seed * 7919 + i));
    const sequence = rooms.map(() => 0);
    let sent = 0;
    let firstSend = Number.POSITIVE_INFINITY;
    let lastSend = 0;

    /** Runs one phase on every room at once; resolves when all edits are sent and delivered. */
    const phase = async (edits: number, measured: boolean): Promise<void> => {
      const perRoom = rooms.map((_, roomIndex) => {
        const rng = rngs[roomIndex] ?? mulberry32(roomIndex);
        const clients = roomsClients[roomIndex] ?? [];
        return new Promise<void>((resolve) => {
          let done = 0;
          const edit = () => {
            const writer = rng() < options.chairShare ? 0 : 1 + Math.floor(rng() * (clients.length - 1));
            let text = '';
            for (let k = 0; k < 16; k++) text += LETTERS[Math.floor(rng() * LETTERS.length)];
            const client = clients[writer];
            const seq = (sequence[roomIndex] ?? 0) + 1;
            sequence[roomIndex] = seq;
            const t = performance.now();
            client?.array.push([{ s: seq, t, m: measured ? 1 : 0, w: writer, p: text }]);
            if (measured) {
              sent += 1;
              if (firstSend === Number.POSITIVE_INFINITY) firstSend = t;
              lastSend = t;
            }
            done += 1;
            if (done >= edits) resolve();
            else setTimeout(edit, intervalMs * (0.5 + rng()));
          };
          // Rooms start at seeded offsets so they do not write in lockstep.
          setTimeout(edit, intervalMs * rng());
        });
      });
      await Promise.all(perRoom);
    };

    const others = clientsPerRoom - 1;
    await phase(options.warmupEdits, false);
    await waitUntil(() => warmupReceived >= rooms.length * options.warmupEdits * others, 10_000);
    await sleep(500);

    const loopDelay = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
    const cpuBefore = process.cpuUsage();
    const serverCpuBefore = options.serverCpuSeconds();
    const machineBefore = machineBusySeconds();
    loopDelay.enable();
    const measuredFrom = performance.now();
    await phase(options.edits, true);
    const expected = sent * others;
    await waitUntil(() => received >= expected, 15_000);
    loopDelay.disable();
    const measuredTo = performance.now();
    const cpu = process.cpuUsage(cpuBefore);
    const serverCpu = options.serverCpuSeconds() - serverCpuBefore;
    const machineCpu = machineBusySeconds() - machineBefore;
    const benchCpu = (cpu.user + cpu.system) / 1e6;

    return {
      latencies: latencies.slice(0, received),
      sent,
      expected,
      received,
      windowMs: lastReceive - firstSend,
      sendSpanMs: lastSend - firstSend,
      connectMs,
      disconnects: new Map(disconnects),
      closeTimes: [...closeTimes],
      measuredFrom,
      measuredTo,
      benchCpuSeconds: benchCpu,
      serverCpuSeconds: serverCpu,
      otherCpuSeconds: Math.max(0, machineCpu - serverCpu - benchCpu),
      // The histogram holds whole timer intervals; the lag is what exceeds the resolution.
      benchLoopDelayP99Ms: Math.max(0, loopDelay.percentile(99) / 1e6 - LOOP_RESOLUTION_MS),
    };
  } finally {
    tearingDown = true;
    for (const clients of roomsClients) {
      for (const c of clients) {
        c.provider.destroy();
        c.doc.destroy();
      }
    }
  }
}
