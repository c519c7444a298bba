/**
 * Runs `pass` now and every `intervalMs` in this process, never two at once; a pass
 * that fails is logged and the next one tries again. 0 runs nothing. Returns the
 * function that stops it.
 */
export function startPeriodic(pass: () => Promise<unknown>, intervalMs: number, log: { warn(o: unknown, m?: string): void }, failure: string): () => void {
  if (intervalMs <= 0) return () => undefined;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await pass();
    } catch (error) {
      log.warn({ err: error }, failure);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
