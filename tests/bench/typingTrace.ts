/**
 * Where a window of keystrokes spent its main-thread time by kind of work, from a Chromium trace
 * (`npm run bench:typing -- --trace`): the self time of each trace event on the page's main
 * thread (script, style, layout, pre-paint, paint, layerize, commit…), per key, with what the
 * layouts and paints covered (Layout's dirty and total objects, per layout).
 */
import { fmt, table } from './stats.ts';

export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink',
  'cc',
  'v8.execute',
];

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; beginData?: { dirtyObjects?: number; totalObjects?: number } };
}

/** The events of every renderer main thread in the trace (our page's is the busiest). */
function mainThread(events: TraceEvent[]): TraceEvent[] {
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const busy = new Map<string, number>();
  for (const e of events) {
    const at = `${e.pid}:${e.tid}`;
    if (mains.has(at) && e.ph === 'X' && e.name === 'RunTask')
      busy.set(at, (busy.get(at) ?? 0) + (e.dur ?? 0));
  }
  const busiest = [...busy.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return events.filter((e) => `${e.pid}:${e.tid}` === busiest && e.ph === 'X' && e.dur !== undefined);
}

export interface TraceSummary {
  self: Map<string, number>;
  layouts: number;
  dirty: number;
  total: number;
}

export function summarizeTrace(json: string, into?: TraceSummary): TraceSummary {
  const summary = into ?? { self: new Map(), layouts: 0, dirty: 0, total: 0 };
  const parsed = JSON.parse(json) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = mainThread(Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? [])).sort(
    (a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0),
  );
  // Self time: an event's duration less its children's (events nest on one thread).
  const stack: { end: number; name: string; children: number; dur: number }[] = [];
  const close = (upTo: number) => {
    while (stack.length > 0 && (stack[stack.length - 1]?.end ?? 0) <= upTo) {
      const done = stack.pop();
      if (done) summary.self.set(done.name, (summary.self.get(done.name) ?? 0) + done.dur - done.children);
    }
  };
  for (const e of events) {
    close(e.ts);
    const dur = e.dur ?? 0;
    const parent = stack[stack.length - 1];
    if (parent) parent.children += dur;
    stack.push({ end: e.ts + dur, name: e.name, children: 0, dur });
    if (e.name === 'Layout') {
      summary.layouts += 1;
      summary.dirty += e.args?.beginData?.dirtyObjects ?? 0;
      summary.total += e.args?.beginData?.totalObjects ?? 0;
    }
  }
  close(Number.POSITIVE_INFINITY);
  return summary;
}

export function traceTable(summary: TraceSummary, keys: number, top = 18): string {
  const rows = [...summary.self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, us]) => [fmt(us / 1000 / keys, 2), name]);
  const per = (n: number) => fmt(summary.layouts > 0 ? n / summary.layouts : Number.NaN, 0);
  return [
    table([['self ms/key', 'trace event (main thread)'], ...rows]),
    `layouts: ${fmt(summary.layouts / keys, 1)} per key, ${per(summary.dirty)} dirty of ${per(summary.total)} objects each`,
  ].join('\n');
}
