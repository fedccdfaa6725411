import type { Clock } from '../logging/clock';
import type { Logger } from '../logging/logger';

/** How many recent answers the automatic offset is the median of. */
const SAMPLES = 5;
/** A `Date` header has whole seconds and the trip takes time: smaller disagreements are noise. */
const NOISE_SECONDS = 2;
/** Past this, a fixed offset that disagrees with what BPJS's answers say is worth a warning. */
const WARN_SECONDS = 30;
/** A slower exchange (retries, a stalled network) says too little about when the server read its clock. */
const MAX_ROUND_TRIP_MS = 10_000;

/**
 * The time BPJS should read in `X-timestamp`: the host clock plus an offset. BPJS refuses a timestamp too far
 * from its own clock (the tolerance is undocumented, bpjs.md §6.3 item 3), and clinic servers drift. With
 * `offset: 'auto'` the offset follows the `Date` header of BPJS's own answers (the median of the last few,
 * each corrected for half the round trip); with a number it stays fixed, and a clear disagreement with the
 * answers is logged once so the operator learns why signatures fail.
 */
export class BpjsClock implements Clock {
  readonly #clock: Clock;
  readonly #auto: boolean;
  readonly #log: Logger;
  #offsetSeconds: number;
  readonly #estimates: number[] = [];
  #warned = false;

  constructor(clock: Clock, offset: number | 'auto', log: Logger) {
    this.#clock = clock;
    this.#auto = offset === 'auto';
    this.#offsetSeconds = offset === 'auto' ? 0 : offset;
    this.#log = log;
  }

  /** Milliseconds since the epoch as BPJS's clock reads them, as far as we know. */
  now(): number {
    return this.#clock.now() + this.#offsetSeconds * 1000;
  }

  /** The host clock, uncorrected: for timing a request to `observe`. */
  hostNow(): number {
    return this.#clock.now();
  }

  /** Seconds added to the host clock now. */
  get offsetSeconds(): number {
    return this.#offsetSeconds;
  }

  /**
   * Learns from one answer: `sentAt` and `receivedAt` on the host clock (`hostNow`), `date` the answer's
   * `Date` header. Answers without a readable header teach nothing.
   */
  observe(sentAt: number, receivedAt: number, date: string | null): void {
    const server = date ? Date.parse(date) : Number.NaN;
    if (!Number.isFinite(server) || receivedAt < sentAt || receivedAt - sentAt > MAX_ROUND_TRIP_MS) return;
    // The header is truncated to the second: the server's instant lies somewhere in the next 1000 ms.
    const estimate = Math.round((server + 500 - (sentAt + receivedAt) / 2) / 1000);
    this.#estimates.push(estimate);
    if (this.#estimates.length > SAMPLES) this.#estimates.shift();
    const median = [...this.#estimates].sort((a, b) => a - b)[Math.floor(this.#estimates.length / 2)] ?? 0;
    if (this.#auto) {
      const next = Math.abs(median) < NOISE_SECONDS ? 0 : median;
      if (next !== this.#offsetSeconds) {
        this.#log.info('bpjs clock offset', { offsetSeconds: next, previousSeconds: this.#offsetSeconds });
        this.#offsetSeconds = next;
      }
    } else if (!this.#warned && Math.abs(median - this.#offsetSeconds) >= WARN_SECONDS) {
      this.#warned = true;
      this.#log.warn('bpjs clock disagrees', {
        configuredOffsetSeconds: this.#offsetSeconds,
        observedOffsetSeconds: median,
        hint: "BPJS refuses timestamps far from its clock: fix the host's time (NTP) or set timestampOffsetSeconds: 'auto'",
      });
    }
  }
}
