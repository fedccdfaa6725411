import type { Clock } from '../../../logging/clock';
import type { Logger } from '../../../logging/logger';
import type { Redactor } from '../../../logging/redact';
import type { Mailer, OutgoingEmail } from '../notifications/mailer';
import type { NotificationKind } from '../notifications/templates';
import type { OutboxRecord, OutboxState, OutboxStore } from './outbox-store';

/** How the outbox retries. Every option has a default. */
export interface OutboxOptions {
  /** Attempts per email before it is marked failed. Default 8 (about two hours with the default delays). */
  maxAttempts?: number;
  /** Wait before the first retry; each further retry waits twice as long. Default 60 000 (one minute). */
  retryAfterMs?: number;
  /** Longest wait between two attempts. Default 3 600 000 (one hour). */
  maxRetryAfterMs?: number;
  /**
   * How long a worker owns an email it claimed. A worker that dies mid-send loses it after this and another
   * worker tries again; keep it well above the SMTP timeouts. Default 600 000 (ten minutes).
   */
  leaseMs?: number;
  /** Emails claimed per round trip. Default 20. */
  batchSize?: number;
}

/** An email in the outbox as hosts see it: no patient data, instants as ISO strings. */
export interface OutboxEntry {
  id: string;
  appointmentId: string;
  kind: NotificationKind;
  sequence: number;
  state: OutboxState;
  attempts: number;
  /** When the next attempt is due (pending), or was last due. */
  nextAttemptAt: string;
  /** Why the last attempt failed or the email was skipped; no secrets, NIK or card numbers. */
  lastError?: string;
  sentAt?: string;
  createdAt: string;
}

/** What one `drain()` did. */
export interface DrainResult {
  sent: number;
  /** Failed this time, queued again with a longer wait. */
  retrying: number;
  /** Failed for good: out of attempts, or refused permanently (SMTP 5xx). */
  failed: number;
  /** Superseded by a later change of the appointment before it went out. */
  skipped: number;
}

/** The wait before attempt `attempt + 1` after `attempt` failed: doubling from `firstMs`, at most `maxMs`. */
export function retryDelay(attempt: number, firstMs: number, maxMs: number): number {
  return Math.min(maxMs, firstMs * 2 ** Math.max(0, attempt - 1));
}

const iso = (instant: number) => new Date(instant).toISOString();

function entryView(r: OutboxRecord): OutboxEntry {
  return {
    id: r.id,
    appointmentId: r.appointmentId,
    kind: r.kind,
    sequence: r.sequence,
    state: r.state,
    attempts: r.attempts,
    nextAttemptAt: iso(r.nextAttemptAt),
    ...(r.lastError ? { lastError: r.lastError } : {}),
    ...(r.sentAt !== undefined ? { sentAt: iso(r.sentAt) } : {}),
    createdAt: iso(r.createdAt),
  };
}

export interface BookingOutboxDeps {
  store: OutboxStore;
  mailer: Mailer | undefined;
  /** The email of an entry as things stand, or why it is no longer to be sent. */
  compose(entry: OutboxRecord): Promise<OutgoingEmail | { skip: string }>;
  clock: Clock;
  logger: Logger;
  redactor: Redactor;
  options?: OutboxOptions;
}

/**
 * Delivers the booking emails that changes wrote to the outbox. Each email is claimed under a lease before
 * it is sent and marked sent right after, compare-and-set on its attempt, so two workers never send the same
 * email and a sent email is never sent again. A failed send waits and is tried again (exponential backoff)
 * until `maxAttempts`; an SMTP 5xx reply is final at once. Delivery is at least once only in one case: a
 * worker that dies between the server's "250 OK" and the database write.
 */
export class BookingOutbox {
  readonly #deps: BookingOutboxDeps;
  readonly #maxAttempts: number;
  readonly #firstMs: number;
  readonly #maxMs: number;
  readonly #leaseMs: number;
  readonly #batch: number;

  constructor(deps: BookingOutboxDeps) {
    this.#deps = deps;
    this.#maxAttempts = deps.options?.maxAttempts ?? 8;
    this.#firstMs = deps.options?.retryAfterMs ?? 60_000;
    this.#maxMs = deps.options?.maxRetryAfterMs ?? 3_600_000;
    this.#leaseMs = deps.options?.leaseMs ?? 600_000;
    this.#batch = deps.options?.batchSize ?? 20;
  }

  /** Emails not delivered yet (waiting, due, or being sent), oldest first. */
  async pending(): Promise<OutboxEntry[]> {
    return (await this.#deps.store.list({ states: ['pending', 'sending'] })).map(entryView);
  }

  /** Emails given up on; staff can `retry` them once the cause is fixed. */
  async failed(): Promise<OutboxEntry[]> {
    return (await this.#deps.store.list({ states: ['failed'] })).map(entryView);
  }

  /** Every email of one appointment, whatever became of it. */
  async forAppointment(appointmentId: string): Promise<OutboxEntry[]> {
    return (await this.#deps.store.list({ appointmentId })).map(entryView);
  }

  /** Queues a failed email again, due now, with a fresh count of attempts. False if it is not failed. */
  async retry(id: string): Promise<boolean> {
    return this.#deps.store.requeue(id, this.#deps.clock.now());
  }

  /** Sends every email that is due (of one appointment, if given) and records each outcome. */
  async drain(filter: { appointmentId?: string } = {}): Promise<DrainResult> {
    const result: DrainResult = { sent: 0, retrying: 0, failed: 0, skipped: 0 };
    if (!this.#deps.mailer) return result;
    for (;;) {
      const now = this.#deps.clock.now();
      const claimed = await this.#deps.store.claim(
        now,
        now + this.#leaseMs,
        this.#batch,
        filter.appointmentId,
      );
      if (claimed.length === 0) return result;
      for (const entry of claimed) result[await this.#deliver(entry, this.#deps.mailer)] += 1;
    }
  }

  async #deliver(entry: OutboxRecord, mailer: Mailer): Promise<keyof DrainResult> {
    const { store, clock, logger } = this.#deps;
    const about = {
      kind: entry.kind,
      appointmentId: entry.appointmentId,
      sequence: entry.sequence,
      attempt: entry.attempts,
    };
    let email: OutgoingEmail | { skip: string };
    let messageId: string;
    try {
      email = await this.#deps.compose(entry);
      if ('skip' in email) {
        await store.settle(entry, { state: 'skipped', error: email.skip });
        logger.info('booking email skipped', { ...about, why: email.skip });
        return 'skipped';
      }
      ({ messageId } = await mailer.send(email));
    } catch (error) {
      return this.#failed(entry, error, about);
    }
    await store.settle(entry, { state: 'sent', at: clock.now(), messageId });
    logger.info('booking email sent', about);
    return 'sent';
  }

  async #failed(
    entry: OutboxRecord,
    error: unknown,
    about: Record<string, unknown>,
  ): Promise<'retrying' | 'failed'> {
    const { store, clock, logger } = this.#deps;
    const { message, permanent } = this.#describe(error);
    if (permanent || entry.attempts >= this.#maxAttempts) {
      await store.settle(entry, { state: 'failed', error: message });
      logger.error('booking email failed for good', { ...about, error: message });
      return 'failed';
    }
    const nextAttemptAt = clock.now() + retryDelay(entry.attempts, this.#firstMs, this.#maxMs);
    await store.settle(entry, { state: 'pending', nextAttemptAt, error: message });
    logger.warn('booking email failed; will retry', {
      ...about,
      retryAt: iso(nextAttemptAt),
      error: message,
    });
    return 'retrying';
  }

  /** A short, redacted reason; an SMTP 5xx reply (RFC 5321 §4.2.1: permanent) is not retried. */
  #describe(error: unknown): { message: string; permanent: boolean } {
    const codeOf = (e: unknown) =>
      typeof e === 'object' && e !== null
        ? Number((e as { responseCode?: unknown }).responseCode)
        : Number.NaN;
    const cause = error instanceof Error ? error.cause : undefined;
    const code = Number.isFinite(codeOf(error)) ? codeOf(error) : codeOf(cause);
    const base = error instanceof Error ? error.message : String(error);
    const withCode = Number.isFinite(code) ? `${base} (SMTP ${code})` : base;
    return {
      message: this.#deps.redactor.text(withCode).slice(0, 500),
      permanent: code >= 500 && code < 600,
    };
  }
}
