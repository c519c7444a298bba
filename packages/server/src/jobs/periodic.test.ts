import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startPeriodic } from './periodic.js';

const log = { warn: vi.fn() };
/** A pass that stays open until released, counting how many run at once. */
function gatedPass() {
  let open: (() => void)[] = [];
  const state = { started: 0, running: 0, most: 0 };
  const pass = async () => {
    state.started++;
    state.most = Math.max(state.most, ++state.running);
    await new Promise<void>((r) => open.push(r));
    state.running--;
  };
  const release = () => {
    const all = open;
    open = [];
    for (const r of all) r();
  };
  return { pass, state, release };
}

describe('startPeriodic', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    log.warn.mockClear();
  });
  afterEach(() => vi.useRealTimers());

  it('runs at start, then the interval after each pass', async () => {
    const pass = vi.fn(async () => undefined);
    const job = startPeriodic(pass, 1_000, log, 'failed');
    await vi.advanceTimersByTimeAsync(0);
    expect(pass).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(999);
    expect(pass).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(pass).toHaveBeenCalledTimes(2);
    await job.stop();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(pass).toHaveBeenCalledTimes(2);
  });

  it('never runs two passes at once: a nudge during a pass runs one more right after it', async () => {
    const { pass, state, release } = gatedPass();
    const job = startPeriodic(pass, 60_000, log, 'failed');
    await vi.advanceTimersByTimeAsync(0);
    job.nudge();
    job.nudge();
    await vi.advanceTimersByTimeAsync(0);
    expect(state).toMatchObject({ started: 1, running: 1 });
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(state).toMatchObject({ started: 2, running: 1, most: 1 });
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(state.started).toBe(2);
    await job.stop();
  });

  it('stop() waits for the running pass, tells it, and starts no other', async () => {
    const { pass, state, release } = gatedPass();
    let told = false;
    const job = startPeriodic(async (stopping) => {
      await pass();
      told = stopping();
    }, 1_000, log, 'failed');
    await vi.advanceTimersByTimeAsync(0);
    let stopped = false;
    const stopping = job.stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(told).toBe(true);
    job.nudge();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(state.started).toBe(1);
  });

  it('logs a pass that throws and tries again after the interval', async () => {
    const pass = vi.fn(async () => {
      throw new Error('down');
    });
    const job = startPeriodic(pass, 1_000, log, 'the pass failed');
    await vi.advanceTimersByTimeAsync(0);
    expect(log.warn).toHaveBeenCalledWith({ err: expect.any(Error) }, 'the pass failed');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(pass).toHaveBeenCalledTimes(2);
    await job.stop();
  });

  it('with a back-off, waits twice as long after each failure up to the cap; a nudge or a success resets it', async () => {
    const answers: ('failed' | 'more' | 'done')[] = ['failed', 'failed', 'failed', 'failed', 'done', 'more', 'done', 'failed'];
    const at: number[] = [];
    const job = startPeriodic(async () => (at.push(Date.now()), answers.shift() ?? 'done'), 1_000, log, 'failed', { outcome: (r) => r, maxBackoffMs: 5_000 });
    await vi.advanceTimersByTimeAsync(18_010);
    const gaps = at.slice(1).map((t, i) => t - at[i]!);
    // failed → 2 s, failed → 4 s, failed → 5 s (the cap), failed → 5 s, done → 1 s, more → at once, done → 1 s.
    expect(gaps).toEqual([2_000, 4_000, 5_000, 5_000, 1_000, expect.any(Number), 1_000]);
    expect(gaps[5]).toBeLessThanOrEqual(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(at).toHaveLength(8); // the last one failed: the next waits 2 s, unless nudged
    job.nudge();
    await vi.advanceTimersByTimeAsync(0);
    expect(at).toHaveLength(9);
    await job.stop();
  });

  it('runs nothing with an interval of 0', async () => {
    const pass = vi.fn(async () => undefined);
    const job = startPeriodic(pass, 0, log, 'failed');
    job.nudge();
    await vi.advanceTimersByTimeAsync(10_000);
    await job.stop();
    expect(pass).not.toHaveBeenCalled();
  });
});
