import { readFileSync } from 'node:fs';

/**
 * CPU time and resident memory of another process, read from Linux's /proc, so
 * that every server in a comparison is measured the same way from outside.
 */
export interface Usage {
  /** User + system CPU time, in ms. */
  cpuMs: number;
  /** Resident set size, in bytes. */
  rssBytes: number;
  /** When the reading was taken (performance.now()). */
  at: number;
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

export function usageOf(pid: number): Usage {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name may hold spaces; fields are counted after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return { cpuMs: ((utime + stime) * 1000) / TICKS_PER_SECOND, rssBytes: rssKb * 1024, at: performance.now() };
}

/** Samples a process's memory while a run lasts; reports its CPU share and peak memory. */
export function watchUsage(pid: number, everyMs = 250) {
  const first = usageOf(pid);
  let peakRss = first.rssBytes;
  const timer = setInterval(() => {
    try {
      peakRss = Math.max(peakRss, usageOf(pid).rssBytes);
    } catch {
      /* the process is gone; stop() will say so */
    }
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      const last = usageOf(pid);
      peakRss = Math.max(peakRss, last.rssBytes);
      const wall = last.at - first.at;
      return { cpuPercent: wall > 0 ? (100 * (last.cpuMs - first.cpuMs)) / wall : 0, peakRssBytes: peakRss };
    },
  };
}
