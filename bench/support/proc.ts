import { readFileSync, readdirSync } from 'node:fs';

/** Resident set size of a process in MB, from /proc (Linux); undefined when it is gone. */
export function rssMb(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    return kb === undefined ? undefined : Number(kb) / 1024;
  } catch {
    return undefined;
  }
}

/** Pids whose parent is `pid` (Linux /proc). */
export function childPids(pid: number): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Field 4 (ppid) comes after the command name in parentheses.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) pids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

/** A watched process: its pid, or a function naming the pids to sample now (the largest counts). */
export type Watched = number | undefined | (() => number[]);

/** Polls the RSS of some processes every `everyMs` and keeps each one's peak. */
export class PeakRss {
  private readonly peaks = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly pids: Record<string, Watched>,
    private readonly everyMs = 100,
  ) {}

  start(): this {
    this.sample();
    this.timer = setInterval(() => {
      this.sample();
    }, this.everyMs);
    return this;
  }

  /** Stops polling; returns each process's peak RSS in MB (rounded). */
  stop(): Record<string, number> {
    if (this.timer) clearInterval(this.timer);
    this.sample();
    return Object.fromEntries([...this.peaks].map(([k, v]) => [k, Math.round(v)]));
  }

  private sample(): void {
    for (const [name, watched] of Object.entries(this.pids)) {
      const pids = typeof watched === 'function' ? watched() : watched === undefined ? [] : [watched];
      for (const pid of pids) {
        const mb = rssMb(pid);
        if (mb !== undefined && mb > (this.peaks.get(name) ?? 0)) this.peaks.set(name, mb);
      }
    }
  }
}
