import { randomUUID } from 'node:crypto';
import type { Database, Queryable } from '../../../storage/database';
import { OUTBOX_TABLE } from '../migrations';
import type { NotificationKind } from '../notifications/templates';

/** An email a booking change asks for: written in the change's own transaction. */
export interface EmailRequest {
  kind: NotificationKind;
  /** The cancellation reason the patient gave or staff typed. */
  reason?: string;
  /** What a refund returned to the patient. */
  amountIdr?: number;
}

export type OutboxState = 'pending' | 'sending' | 'sent' | 'failed' | 'skipped';

/** One email of the outbox, as stored; instants in epoch ms. No patient data: it is read at sending time. */
export interface OutboxRecord {
  id: string;
  appointmentId: string;
  kind: NotificationKind;
  /** The appointment's sequence the email was made for; a newer sequence supersedes it. */
  sequence: number;
  details: { reason?: string; amountIdr?: number };
  state: OutboxState;
  attempts: number;
  nextAttemptAt: number;
  leaseUntil?: number;
  lastError?: string;
  messageId?: string;
  createdAt: number;
  sentAt?: number;
}

const ms = (column: string) => `(extract(epoch from ${column}) * 1000)::float8`;
const iso = (instant: number) => new Date(instant).toISOString();
const COLUMNS = `id, appointment_id, kind, sequence, details, state, attempts,
  ${ms('next_attempt_at')} AS next_ms, ${ms('lease_until')} AS lease_ms, last_error, message_id,
  ${ms('created_at')} AS created_ms, ${ms('sent_at')} AS sent_ms`;

interface OutboxRow {
  id: string;
  appointment_id: string;
  kind: NotificationKind;
  sequence: number;
  details: OutboxRecord['details'] | string;
  state: OutboxState;
  attempts: number;
  next_ms: number;
  lease_ms: number | null;
  last_error: string | null;
  message_id: string | null;
  created_ms: number;
  sent_ms: number | null;
}

function toRecord(r: OutboxRow): OutboxRecord {
  return {
    id: r.id,
    appointmentId: r.appointment_id,
    kind: r.kind,
    sequence: r.sequence,
    details: typeof r.details === 'string' ? JSON.parse(r.details) : r.details,
    state: r.state,
    attempts: r.attempts,
    nextAttemptAt: r.next_ms,
    ...(r.lease_ms !== null ? { leaseUntil: r.lease_ms } : {}),
    ...(r.last_error !== null ? { lastError: r.last_error } : {}),
    ...(r.message_id !== null ? { messageId: r.message_id } : {}),
    createdAt: r.created_ms,
    ...(r.sent_ms !== null ? { sentAt: r.sent_ms } : {}),
  };
}

/**
 * Queues an email inside the caller's transaction. One row per (appointment, kind, sequence): asking twice
 * for the same email (a reminder job on two servers) queues it once. Returns the new row's id, or undefined.
 */
export async function enqueueEmail(
  tx: Queryable,
  appointment: { id: string; sequence: number },
  request: EmailRequest,
  now: number,
): Promise<string | undefined> {
  const details = {
    ...(request.reason ? { reason: request.reason } : {}),
    ...(request.amountIdr !== undefined ? { amountIdr: request.amountIdr } : {}),
  };
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO ${OUTBOX_TABLE} (id, appointment_id, kind, sequence, details, state, attempts, next_attempt_at, created_at)
     VALUES ($1, $2, $3, $4, $5::jsonb, 'pending', 0, $6::timestamptz, $6::timestamptz)
     ON CONFLICT (appointment_id, kind, sequence) DO NOTHING RETURNING id`,
    [randomUUID(), appointment.id, request.kind, appointment.sequence, JSON.stringify(details), iso(now)],
  );
  return rows[0]?.id;
}

/** SQL of the outbox: claiming due emails under a lease and recording what became of each. */
export class OutboxStore {
  readonly #db: Database;

  constructor(db: Database) {
    this.#db = db;
  }

  /**
   * Claims up to `limit` due emails (pending and due, or sending with a lapsed lease) for this worker:
   * each goes to `sending` with one more attempt. `FOR UPDATE SKIP LOCKED` lets two workers claim at the
   * same moment without ever taking the same row (PostgreSQL docs, SELECT, "The Locking Clause").
   */
  async claim(
    now: number,
    leaseUntil: number,
    limit: number,
    appointmentId?: string,
  ): Promise<OutboxRecord[]> {
    const { rows } = await this.#db.query<OutboxRow>(
      `WITH claimed AS (
         UPDATE ${OUTBOX_TABLE} o SET state = 'sending', attempts = o.attempts + 1, lease_until = $2::timestamptz
         FROM (SELECT id FROM ${OUTBOX_TABLE}
               WHERE ((state = 'pending' AND next_attempt_at <= $1::timestamptz)
                      OR (state = 'sending' AND lease_until <= $1::timestamptz))
                 AND ($4::text IS NULL OR appointment_id = $4)
               ORDER BY next_attempt_at, id LIMIT $3 FOR UPDATE SKIP LOCKED) due
         WHERE o.id = due.id
         RETURNING o.*)
       SELECT ${COLUMNS} FROM claimed ORDER BY next_attempt_at, id`,
      [iso(now), iso(leaseUntil), limit, appointmentId ?? null],
    );
    return rows.map(toRecord);
  }

  /** Records the outcome of the attempt a claim made; a no-op when another worker has taken the row since. */
  async settle(
    claimed: OutboxRecord,
    outcome:
      | { state: 'sent'; at: number; messageId: string }
      | { state: 'pending'; nextAttemptAt: number; error: string }
      | { state: 'failed'; error: string }
      | { state: 'skipped'; error: string },
  ): Promise<boolean> {
    const { affectedRows } = await this.#db.query(
      `UPDATE ${OUTBOX_TABLE} SET state = $3, lease_until = NULL,
         sent_at = $4::timestamptz, message_id = $5, last_error = $6,
         next_attempt_at = COALESCE($7::timestamptz, next_attempt_at)
       WHERE id = $1 AND state = 'sending' AND attempts = $2`,
      [
        claimed.id,
        claimed.attempts,
        outcome.state,
        outcome.state === 'sent' ? iso(outcome.at) : null,
        outcome.state === 'sent' ? outcome.messageId : null,
        outcome.state === 'sent' ? null : outcome.error,
        outcome.state === 'pending' ? iso(outcome.nextAttemptAt) : null,
      ],
    );
    return affectedRows > 0;
  }

  /** Puts a failed email back in the queue, due at once, with a fresh count of attempts. */
  async requeue(id: string, now: number): Promise<boolean> {
    const { affectedRows } = await this.#db.query(
      `UPDATE ${OUTBOX_TABLE} SET state = 'pending', attempts = 0, next_attempt_at = $2::timestamptz
       WHERE id = $1 AND state = 'failed'`,
      [id, iso(now)],
    );
    return affectedRows > 0;
  }

  async list(filter: { states?: readonly OutboxState[]; appointmentId?: string }): Promise<OutboxRecord[]> {
    const { rows } = await this.#db.query<OutboxRow>(
      `SELECT ${COLUMNS} FROM ${OUTBOX_TABLE}
       WHERE ($1::text[] IS NULL OR state = ANY($1::text[])) AND ($2::text IS NULL OR appointment_id = $2)
       ORDER BY created_at, sequence, kind, id`,
      [filter.states ?? null, filter.appointmentId ?? null],
    );
    return rows.map(toRecord);
  }
}
