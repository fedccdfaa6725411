/**
 * The `peer` package starts two self-rescheduling `setTimeout` loops when it mounts (stale-message pruning
 * and the dead-socket check) and offers no way to stop them, so a process that ran a PeerServer never exits
 * on its own. `captureTimers` runs a synchronous setup with a `setTimeout` that records every timer, and keeps
 * recording inside those timers' callbacks (where the loops reschedule), so `stop()` can clear all of them.
 * Only synchronous code runs while the global is swapped, so no other code sees it.
 */
export function captureTimers<T>(setup: () => T): { value: T; stop(): void } {
  const original = globalThis.setTimeout;
  const live = new Set<ReturnType<typeof setTimeout>>();
  let stopped = false;

  const capturing = ((callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    const timer = original(() => {
      live.delete(timer);
      if (!stopped) within(() => callback(...args));
    }, ms);
    live.add(timer);
    return timer;
  }) as typeof setTimeout;

  function within<R>(run: () => R): R {
    globalThis.setTimeout = capturing;
    try {
      return run();
    } finally {
      globalThis.setTimeout = original;
    }
  }

  const value = within(setup);
  return {
    value,
    stop() {
      stopped = true;
      for (const timer of live) clearTimeout(timer);
      live.clear();
    },
  };
}
