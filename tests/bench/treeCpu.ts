/**
 * CPU used by this process and everything it started (here: the in-process server, and Chromium
 * with its renderers), from /proc, so that a benchmark can tell its own work from other people's.
 */
import fs from 'node:fs';

const CLOCK_TICKS = 100; // USER_HZ on Linux

interface ProcStat {
  ppid: number;
  /** utime + stime + cutime + cstime: the process and its children it has reaped. */
  seconds: number;
}

function readStat(pid: number): ProcStat | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // After the command: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14).
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
    return { ppid: Number(f[1]), seconds: ticks / CLOCK_TICKS };
  } catch {
    return null;
  }
}

/**
 * CPU seconds of `root` and all its live descendants (exited ones count through the parent that
 * reaped them); NaN off Linux.
 */
export function treeCpuSeconds(root = process.pid): number {
  let pids: number[];
  try {
    pids = fs
      .readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .map(Number);
  } catch {
    return Number.NaN;
  }
  const stats = new Map<number, ProcStat>();
  for (const pid of pids) {
    const stat = readStat(pid);
    if (stat) stats.set(pid, stat);
  }
  const children = new Map<number, number[]>();
  for (const [pid, stat] of stats) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), pid]);
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    total += stats.get(pid)?.seconds ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return stats.has(root) ? total : Number.NaN;
}
