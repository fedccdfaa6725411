import type { IndonesianTimeZone } from '../time/zones';

/** What a record's datetimes are judged against: the clock ("not in the future") and the clinic's zone. */
export interface RecordParseOptions {
  /** The current time; default `Date.now()`. Inject it for deterministic tests. */
  now?: Date | number;
  /**
   * The clinic's zone, used for datetimes written without an offset (`2024-05-02T08:30:00`). Default: none,
   * and such datetimes are refused.
   */
  timeZone?: IndonesianTimeZone;
}

interface ActiveContext {
  now: number;
  timeZone: IndonesianTimeZone | undefined;
}

// zod has no way to hand per-call context to a schema, and building schemas per call would cost more than the
// parse itself. Parsing is synchronous, so the options are held here for exactly the duration of one parse.
let active: ActiveContext | undefined;

export function withParseContext<T>(options: RecordParseOptions, run: () => T): T {
  const previous = active;
  const now = options.now;
  active = {
    now: now === undefined ? Date.now() : typeof now === 'number' ? now : now.getTime(),
    timeZone: options.timeZone,
  };
  try {
    return run();
  } finally {
    active = previous;
  }
}

/** The options of the parse under way; outside one, the wall clock and no zone. */
export function parseContext(): ActiveContext {
  return active ?? { now: Date.now(), timeZone: undefined };
}
