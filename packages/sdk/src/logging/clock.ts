/** Time as SehatKit reads it; injected so tests and skew corrections need no monkey-patching. */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock a test moves by hand. */
export function manualClock(
  start: number | Date = 0,
): Clock & { set(ms: number | Date): void; advance(ms: number): void } {
  let current = typeof start === 'number' ? start : start.getTime();
  return {
    now: () => current,
    set: (ms) => {
      current = typeof ms === 'number' ? ms : ms.getTime();
    },
    advance: (ms) => {
      current += ms;
    },
  };
}
