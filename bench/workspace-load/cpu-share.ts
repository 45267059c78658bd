import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { now, since } from '../support/stopwatch.js';

/** Linux counts process and machine CPU time in ticks of 1/100 s (USER_HZ) on every architecture we run on. */
const MS_PER_TICK = 10;

export type CpuMark = { atMs: number; machineBusyMs: number; apiMs: number; selfMs: number };

/** Where the cores went during a run, in cores busy on average: the API, this process, and the rest of the machine. */
export type CpuShare = { api: number; self: number; rest: number; apiMsPerRequest: number; postgresAndRestMsPerRequest: number };

function machineBusyMs(): number {
  // First line of /proc/stat: cpu user nice system idle iowait irq softirq steal …
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1, 9).map(Number);
  const [user, nice, system, , , irq, softirq, steal] = fields as [number, number, number, number, number, number, number, number];
  return (user + nice + system + irq + softirq + steal) * MS_PER_TICK;
}

function processMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK;
}

/** Null where there is no /proc (not Linux): the figures are then printed without the split. */
export function markCpu(apiPid: number): CpuMark | null {
  try {
    const usage = process.cpuUsage();
    return { atMs: now(), machineBusyMs: machineBusyMs(), apiMs: processMs(apiPid), selfMs: (usage.user + usage.system) / 1000 };
  } catch {
    return null;
  }
}

export function cpuShareSince(mark: CpuMark | null, apiPid: number, requests: number): CpuShare | null {
  const end = markCpu(apiPid);
  if (!mark || !end) return null;
  const wallMs = since(mark.atMs);
  const api = end.apiMs - mark.apiMs;
  const self = end.selfMs - mark.selfMs;
  const rest = Math.max(0, end.machineBusyMs - mark.machineBusyMs - api - self);
  const perRequest = (ms: number) => (requests > 0 ? ms / requests : Number.NaN);
  return { api: api / wallMs, self: self / wallMs, rest: rest / wallMs, apiMsPerRequest: perRequest(api), postgresAndRestMsPerRequest: perRequest(rest) };
}

/** The machine's one-minute load average: other programs on a shared machine move every figure. */
export const loadAverage = (): string => loadavg()[0]!.toFixed(1);
