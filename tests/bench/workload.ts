/**
 * The sync workload, identical for every server; it runs in a client child process (clientMain.ts),
 * never in the process of the server under test or of the benchmark's orchestrator.
 *
 * Per conference (RoomSpec): stock y-websocket providers (`disableBc: true`), one per client and
 * document: everyone holds the public document, chairs and professionals the restricted one too.
 * The two chairs type about 4 keys a second each (seeded jitter ±50%); each key appends one small
 * entry carrying its send time to the `bench` array of the public document, or (one key in 8) of
 * the restricted one. Every 4th key a chair also moves its cursor (awareness). Readers keep their
 * presence (the stock providers renew it every 15 s).
 *
 * Latency of an edit: from its send until it has been applied on EVERY client that holds that
 * document (the slowest receiver counts). All clients of this process share one clock. The
 * schedule depends only on the seed and the room index, so every server gets the same edits.
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { mulberry32 } from '../support/random.ts';
import type { RoomSpec } from './rooms.ts';

export const KEYS_PER_SECOND = 4;
const RESTRICTED_SHARE = 1 / 8;
const CURSOR_EVERY = 4;
const LOOP_RESOLUTION_MS = 2;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz ';

export interface PhaseResult {
  /** Per measured edit, ms until applied on every receiver (only edits that got everywhere). */
  latencies: number[];
  sent: number;
  /** Edits that never reached every receiver within the grace period. */
  lost: number;
  /** Deliveries expected (edit × receivers) and seen. */
  expectedDeliveries: number;
  deliveries: number;
  /** Edits the schedule asked for per second, and what this process managed to send. */
  expectedRate: number;
  offeredRate: number;
  /** First → last measured send (ms). */
  sendSpanMs: number;
  /** p99 event-loop lag of this process while measuring (ms): the generator's own delay. */
  loopLagP99Ms: number;
  /** p99 of how late sends left compared with their schedule (ms). */
  sendLateP99Ms: number;
  cpuSeconds: number;
  disconnects: Record<string, number>;
}

interface Entry {
  /** Key id within this process. */
  k: number;
  /** Sent at (performance.now() of this process). */
  t: number;
  p: string;
}

interface Pending {
  sentAt: number;
  receivers: number;
  seen: number;
  measured: boolean;
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

interface Held {
  provider: WebsocketProvider;
  doc: Y.Doc;
}

interface Writer {
  room: number;
  publicArray: Y.Array<Entry>;
  restrictedArray: Y.Array<Entry> | null;
  provider: WebsocketProvider;
  publicReceivers: number;
  restrictedReceivers: number;
}

export class Workload {
  private readonly held: Held[] = [];
  private readonly writers: Writer[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextKey = 1;
  private tearingDown = false;
  private disconnects: Record<string, number> = {};
  private latencies: number[] = [];
  private deliveries = 0;

  constructor(
    private readonly rooms: RoomSpec[],
    private readonly seed: number,
  ) {}

  private onApplied(entries: Entry[], now: number): void {
    for (const entry of entries) {
      const p = this.pending.get(entry.k);
      if (!p) continue;
      p.seen += 1;
      if (p.measured) this.deliveries += 1;
      if (p.seen >= p.receivers) {
        this.pending.delete(entry.k);
        if (p.measured) this.latencies.push(now - p.sentAt);
      }
    }
  }

  private open(spec: RoomSpec, docName: string, cookie: string | null): Y.Array<Entry> {
    const doc = new Y.Doc();
    const array = doc.getArray<Entry>('bench');
    array.observe((event) => {
      if (event.transaction.local) return;
      const now = performance.now();
      for (const op of event.delta) if (op.insert) this.onApplied(op.insert as Entry[], now);
    });
    const provider = new WebsocketProvider(spec.serverUrl, docName, doc, {
      disableBc: true,
      WebSocketPolyfill: socketClass(cookie),
    });
    const note = (code: string) => {
      if (!this.tearingDown) this.disconnects[code] = (this.disconnects[code] ?? 0) + 1;
    };
    provider.on('connection-close', (event) => note(event ? String(event.code) : 'local'));
    provider.on('connection-error', () => note('error'));
    this.held.push({ provider, doc });
    return array;
  }

  /** Connects every client, room by room over `rampMs`, each room synced before the next. */
  async connect(rampMs: number): Promise<void> {
    const started = performance.now();
    const step = this.rooms.length > 1 ? rampMs / this.rooms.length : 0;
    for (const [roomIndex, spec] of this.rooms.entries()) {
      const due = started + roomIndex * step;
      if (performance.now() < due) await sleep(due - performance.now());
      const first = this.held.length;
      const publicReceivers = spec.clients.length - 1;
      const restrictedReceivers = spec.clients.filter((c) => c.restricted).length - 1;
      for (const client of spec.clients) {
        const publicArray = this.open(spec, spec.room, client.cookie);
        const restrictedArray = client.restricted
          ? this.open(spec, `${spec.room}.restricted`, client.cookie)
          : null;
        if (client.writer) {
          const provider = this.held[this.held.length - (restrictedArray ? 2 : 1)]?.provider;
          if (!provider) throw new Error('no provider');
          this.writers.push({
            room: roomIndex,
            publicArray,
            restrictedArray,
            provider,
            publicReceivers,
            restrictedReceivers,
          });
        }
      }
      const mine = this.held.slice(first);
      if (!(await waitUntil(() => mine.every((h) => h.provider.synced), 30_000))) {
        throw new Error(
          `room ${spec.room} did not sync within 30 s (closes: ${JSON.stringify(this.disconnects)})`,
        );
      }
    }
    // Let the connection storm (everyone's presence to everyone) settle.
    await sleep(1000);
  }

  /** Every writer types for `seconds`; resolves once every edit has arrived everywhere (or 10 s later). */
  async phase(seconds: number, measured: boolean, phaseIndex: number): Promise<PhaseResult> {
    this.latencies = [];
    this.deliveries = 0;
    this.disconnects = {};
    const intervalMs = 1000 / KEYS_PER_SECOND;
    const loop = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
    const cpuBefore = process.cpuUsage();
    let sent = 0;
    let expectedDeliveries = 0;
    let firstSend = Number.POSITIVE_INFINITY;
    let lastSend = 0;
    const late: number[] = [];
    const started = performance.now();
    const endAt = started + seconds * 1000;
    loop.enable();
    await Promise.all(
      this.writers.map((w, i) => {
        const rng = mulberry32(this.seed * 7919 + phaseIndex * 104729 + i);
        return new Promise<void>((resolve) => {
          let keys = 0;
          let due = started + intervalMs * rng();
          const key = () => {
            const now = performance.now();
            late.push(now - due);
            const restricted = w.restrictedArray !== null && rng() < RESTRICTED_SHARE;
            let text = '';
            for (let c = 0; c < 4; c++) text += LETTERS[Math.floor(rng() * LETTERS.length)];
            const k = this.nextKey++;
            const receivers = restricted ? w.restrictedReceivers : w.publicReceivers;
            this.pending.set(k, { sentAt: now, receivers, seen: 0, measured });
            (restricted && w.restrictedArray ? w.restrictedArray : w.publicArray).push([
              { k, t: now, p: text },
            ]);
            keys += 1;
            if (keys % CURSOR_EVERY === 0)
              w.provider.awareness.setLocalStateField('cursor', { x: keys, y: k });
            sent += 1;
            expectedDeliveries += receivers;
            firstSend = Math.min(firstSend, now);
            lastSend = now;
            due += intervalMs * (0.5 + rng());
            if (due >= endAt) resolve();
            else setTimeout(key, Math.max(0, due - performance.now()));
          };
          setTimeout(key, Math.max(0, due - performance.now()));
        });
      }),
    );
    await waitUntil(() => [...this.pending.values()].every((p) => !p.measured), 10_000);
    loop.disable();
    const cpu = process.cpuUsage(cpuBefore);
    let lost = 0;
    for (const [k, p] of this.pending) {
      if (p.measured) lost += 1;
      this.pending.delete(k);
    }
    late.sort((a, b) => a - b);
    const sendSpanMs = lastSend - firstSend;
    return {
      latencies: this.latencies,
      sent,
      lost,
      expectedDeliveries,
      deliveries: this.deliveries,
      expectedRate: this.writers.length * KEYS_PER_SECOND,
      offeredRate: sendSpanMs > 0 ? (sent - this.writers.length) / (sendSpanMs / 1000) : Number.NaN,
      sendSpanMs,
      loopLagP99Ms: Math.max(0, loop.percentile(99) / 1e6 - LOOP_RESOLUTION_MS),
      sendLateP99Ms: late[Math.floor(late.length * 0.99)] ?? Number.NaN,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      disconnects: { ...this.disconnects },
    };
  }

  close(): void {
    this.tearingDown = true;
    for (const h of this.held) {
      h.provider.destroy();
      h.doc.destroy();
    }
    this.held.length = 0;
    this.writers.length = 0;
  }
}
