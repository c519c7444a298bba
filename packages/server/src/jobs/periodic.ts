type Log = { warn(o: unknown, m?: string): void };

/** A background pass running in this process. */
export interface Periodic {
  /** Runs a pass soon (new work has arrived): now when idle, right after the running one otherwise. */
  nudge(): void;
  /** Starts no more passes, and resolves once the running one (if any) has ended. */
  stop(): Promise<void>;
}

export interface PeriodicOptions<T> {
  /**
   * What a pass's result says of the next one: 'more' is waiting (run again at once),
   * it 'failed' (back off), or it is 'done' (wait the interval). Without it, 'done'.
   */
  outcome?: (result: T) => 'done' | 'more' | 'failed';
  /**
   * With it, each failure in a row doubles the wait, up to this (never below the
   * interval), until a pass succeeds or a nudge comes; without it, a failed pass is
   * simply tried again after the interval.
   */
  maxBackoffMs?: number;
}

/** What a job that does not run at all returns. */
export const IDLE: Periodic = { nudge: () => undefined, stop: async () => undefined };

/**
 * Runs `pass` now and `intervalMs` after each pass ends, in this process; never two at
 * once (a nudge during a pass runs another right after it). A pass that throws is
 * logged with `failure` and counts as failed. `pass` is told when stop() was called, so
 * a long one can end early. An interval of 0 runs nothing.
 */
export function startPeriodic<T>(
  pass: (stopping: () => boolean) => Promise<T>,
  intervalMs: number,
  log: Log,
  failure: string,
  options: PeriodicOptions<T> = {},
): Periodic {
  if (intervalMs <= 0) return IDLE;
  const { outcome, maxBackoffMs } = options;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;
  let again = false;
  let failures = 0;

  const schedule = (ms: number) => {
    clearTimeout(timer);
    if (stopped) return;
    timer = setTimeout(run, ms);
    timer.unref();
  };
  const backoff = () => (maxBackoffMs === undefined ? intervalMs : Math.min(intervalMs * 2 ** Math.min(++failures, 16), Math.max(maxBackoffMs, intervalMs)));
  /** One pass; answers how long to wait before the next. */
  const once = async (): Promise<number> => {
    try {
      const result = await pass(() => stopped);
      const said = outcome?.(result) ?? 'done';
      if (said === 'failed') return backoff();
      failures = 0;
      return said === 'more' ? 0 : intervalMs;
    } catch (error) {
      log.warn({ err: error }, failure);
      return backoff();
    }
  };
  function run() {
    if (running) {
      again = true;
      return;
    }
    running = once().then((next) => {
      running = null;
      if (again) {
        again = false;
        next = 0;
      }
      schedule(next);
    });
  }

  schedule(0);
  return {
    nudge() {
      if (stopped) return;
      failures = 0;
      if (running) again = true;
      else schedule(0);
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
