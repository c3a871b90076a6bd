/**
 * Where a window of keystrokes spent its script time, from a V8 sampling profile (CDP
 * Profiler.start/stop on the page): the functions with the most self time, and the most total
 * time (each sample counted once per function on its stack), per key. Names are readable when
 * the client is built unminified (`npm run bench:typing -- --profile` does that).
 */
import { fmt, table } from './stats.ts';

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

export interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  /** Microseconds since the previous sample. */
  timeDeltas?: number[];
}

const IDLE = new Set(['(idle)', '(program)', '(garbage collector)', '(root)']);

function label(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.split('/').pop()?.replace(/\?.*$/, '') ?? '';
  return `${functionName || '(anonymous)'} ${file ? `${file}:${lineNumber + 1}` : ''}`.trim();
}

/** Self and total milliseconds per function over the profiles, divided by `keys` (or adds). */
export function profileTable(profiles: Profile[], keys: number, unit = 'key', top = 25): string {
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let busy = 0;
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const samples = profile.samples ?? [];
    const deltas = profile.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      // A sample's time is the gap up to the next one.
      const ms = (deltas[i + 1] ?? 0) / 1000;
      const node = byId.get(samples[i] ?? -1);
      if (!node || IDLE.has(node.callFrame.functionName)) continue;
      busy += ms;
      const own = label(node);
      self.set(own, (self.get(own) ?? 0) + ms);
      const seen = new Set<string>();
      for (let at: number | undefined = node.id; at !== undefined; at = parent.get(at)) {
        const n = byId.get(at);
        if (!n || n.callFrame.functionName === '(root)') continue;
        const name = label(n);
        if (seen.has(name)) continue;
        seen.add(name);
        total.set(name, (total.get(name) ?? 0) + ms);
      }
    }
  }
  const rows = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => [fmt(ms / keys, 2), fmt((ms / busy) * 100, 0), name]);
  return [
    `script sampled: ${fmt(busy / keys, 2)} ms per ${unit}`,
    table([[`self ms/${unit}`, '%', 'function'], ...rows(self)]),
    '',
    table([[`total ms/${unit}`, '%', 'function'], ...rows(total)]),
  ].join('\n');
}
