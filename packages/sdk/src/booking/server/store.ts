import { randomUUID } from 'node:crypto';
import { ConflictError } from '../../errors/remote-errors';
import { isConstraintViolation, SQLSTATE } from '../../storage/constraint-violation';
import type { Database, Queryable } from '../../storage/database';
import type { AppointmentStatus, BookingLocale, PatientDetails } from '../api-types';
import type { PractitionerSchedule, SlotRules } from '../types';
import { NO_OVERLAP_CONSTRAINT, ONE_SEAT_INDEX, OUTBOX_TABLE } from './migrations';
import { type EmailRequest, enqueueEmail, type OutboxState, OutboxStore } from './outbox/outbox-store';
import {
  type AppointmentRecord,
  type BusyBlockRecord,
  type PractitionerRecord,
  type ServiceRecord,
  sessionKey,
} from './records';
import type { PractitionerDefinition, ServiceDefinition } from './schema';

/** What a new appointment or hold needs; the store picks the seat. */
export interface NewAppointment {
  practitionerId: string;
  serviceId: string;
  status: 'held' | 'confirmed';
  start: number;
  end: number;
  blockedStart: number;
  blockedEnd: number;
  capacity: number;
  priceIdr: number;
  holdExpiresAt?: number;
  patient: PatientDetails;
  locale: BookingLocale;
  patientTimeZone?: string;
}

const ms = (column: string) => `(extract(epoch from ${column}) * 1000)::float8`;
const iso = (instant: number) => new Date(instant).toISOString();

const APPOINTMENT_COLUMNS = `id, practitioner_id, service_id, status, session_key, seat, capacity, price_idr::float8 AS price_idr,
  ${ms('lower(during)')} AS start_ms, ${ms('upper(during)')} AS end_ms,
  ${ms('lower(blocked)')} AS blocked_start_ms, ${ms('upper(blocked)')} AS blocked_end_ms,
  ${ms('hold_expires_at')} AS hold_expires_ms, payment_id, patient, locale, patient_time_zone, sequence,
  cancel_reason, ${ms('created_at')} AS created_ms`;

interface AppointmentRow {
  id: string;
  practitioner_id: string;
  service_id: string;
  status: AppointmentStatus;
  session_key: string;
  seat: number;
  capacity: number;
  price_idr: number;
  start_ms: number;
  end_ms: number;
  blocked_start_ms: number;
  blocked_end_ms: number;
  hold_expires_ms: number | null;
  payment_id: string | null;
  patient: PatientDetails | string;
  locale: BookingLocale;
  patient_time_zone: string | null;
  sequence: number;
  cancel_reason: string | null;
  created_ms: number;
}

// pg and PGlite both parse jsonb, but a driver configured otherwise hands back text; accept either.
const json = <T>(value: T | string): T => (typeof value === 'string' ? (JSON.parse(value) as T) : value);

function toAppointment(row: AppointmentRow): AppointmentRecord {
  return {
    id: row.id,
    practitionerId: row.practitioner_id,
    serviceId: row.service_id,
    status: row.status,
    start: row.start_ms,
    end: row.end_ms,
    blockedStart: row.blocked_start_ms,
    blockedEnd: row.blocked_end_ms,
    sessionKey: row.session_key,
    seat: row.seat,
    capacity: row.capacity,
    priceIdr: row.price_idr,
    ...(row.hold_expires_ms !== null ? { holdExpiresAt: row.hold_expires_ms } : {}),
    ...(row.payment_id !== null ? { paymentId: row.payment_id } : {}),
    patient: json(row.patient),
    locale: row.locale,
    ...(row.patient_time_zone !== null ? { patientTimeZone: row.patient_time_zone } : {}),
    sequence: row.sequence,
    ...(row.cancel_reason !== null ? { cancelReason: row.cancel_reason } : {}),
    createdAt: row.created_ms,
  };
}

export function slotTaken(cause?: unknown): ConflictError {
  return new ConflictError('That time was just taken by someone else. Please choose another slot.', {
    reason: 'slot_taken',
    source: 'store',
    ...(cause === undefined ? {} : { cause }),
  });
}

// Concurrent inserts that each see the other's uncommitted row in the exclusion index can deadlock;
// PostgreSQL aborts one of them, which then simply tries again and meets the committed winner.
const RETRYABLE = new Set(['40P01', '40001']);
const isRetryable = (error: unknown) =>
  typeof error === 'object' && error !== null && RETRYABLE.has(String((error as { code?: unknown }).code));

/** SQL access for booking. No business rules here beyond what the database itself guarantees. */
export class BookingStore {
  readonly #db: Database;

  constructor(db: Database) {
    this.#db = db;
  }

  async upsertService(s: ServiceDefinition): Promise<void> {
    await this.#db.query(
      `INSERT INTO booking_services (id, name, description, mode, rules, price_idr, active)
       VALUES ($1, $2::jsonb, $3::jsonb, $4, $5::jsonb, $6, $7)
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, description = EXCLUDED.description,
         mode = EXCLUDED.mode, rules = EXCLUDED.rules, price_idr = EXCLUDED.price_idr, active = EXCLUDED.active`,
      [
        s.id,
        JSON.stringify(s.name),
        s.description ? JSON.stringify(s.description) : null,
        s.mode,
        JSON.stringify(s.rules),
        s.priceIdr,
        s.active,
      ],
    );
  }

  async upsertPractitioner(p: PractitionerDefinition): Promise<void> {
    await this.#db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO booking_practitioners (id, name, title, specialty, email, video, schedule, active, updated_at)
         VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7::jsonb, $8, now())
         ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, title = EXCLUDED.title,
           specialty = EXCLUDED.specialty, email = EXCLUDED.email, video = EXCLUDED.video,
           schedule = EXCLUDED.schedule, active = EXCLUDED.active, updated_at = now()`,
        [
          p.id,
          p.name,
          p.title ?? null,
          p.specialty ? JSON.stringify(p.specialty) : null,
          p.email ?? null,
          p.video,
          JSON.stringify(p.schedule),
          p.active,
        ],
      );
      await tx.query('DELETE FROM booking_offerings WHERE practitioner_id = $1', [p.id]);
      for (const serviceId of p.serviceIds) {
        await tx.query('INSERT INTO booking_offerings (practitioner_id, service_id) VALUES ($1, $2)', [
          p.id,
          serviceId,
        ]);
      }
    });
  }

  async setSchedule(practitionerId: string, schedule: PractitionerSchedule): Promise<boolean> {
    const result = await this.#db.query(
      'UPDATE booking_practitioners SET schedule = $2::jsonb, updated_at = now() WHERE id = $1',
      [practitionerId, JSON.stringify(schedule)],
    );
    return result.affectedRows > 0;
  }

  async setAvailableNow(
    practitionerId: string,
    since: number | null,
    until: number | null,
  ): Promise<boolean> {
    const result = await this.#db.query(
      `UPDATE booking_practitioners SET available_now_since = $2, available_now_until = $3, updated_at = now()
       WHERE id = $1`,
      [practitionerId, since === null ? null : iso(since), until === null ? null : iso(until)],
    );
    return result.affectedRows > 0;
  }

  async listServices(): Promise<ServiceRecord[]> {
    const { rows } = await this.#db.query<{
      id: string;
      name: ServiceRecord['name'] | string;
      description: ServiceRecord['description'] | string | null;
      mode: ServiceRecord['mode'];
      rules: SlotRules | string;
      price_idr: number;
      active: boolean;
    }>(
      'SELECT id, name, description, mode, rules, price_idr::float8 AS price_idr, active FROM booking_services ORDER BY id',
    );
    return rows.map((r) => ({
      id: r.id,
      name: json(r.name),
      ...(r.description ? { description: json(r.description) } : {}),
      mode: r.mode,
      rules: json(r.rules),
      priceIdr: r.price_idr,
      active: r.active,
    }));
  }

  async listPractitioners(): Promise<PractitionerRecord[]> {
    const { rows } = await this.#db.query<{
      id: string;
      name: string;
      title: string | null;
      specialty: PractitionerRecord['specialty'] | string | null;
      email: string | null;
      video: boolean;
      schedule: PractitionerSchedule | string;
      active: boolean;
      since_ms: number | null;
      until_ms: number | null;
      service_ids: string[] | null;
    }>(
      `SELECT p.id, p.name, p.title, p.specialty, p.email, p.video, p.schedule, p.active,
              ${ms('p.available_now_since')} AS since_ms, ${ms('p.available_now_until')} AS until_ms,
              array(SELECT o.service_id FROM booking_offerings o WHERE o.practitioner_id = p.id ORDER BY o.service_id)
                AS service_ids
       FROM booking_practitioners p ORDER BY p.id`,
    );
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      ...(r.title ? { title: r.title } : {}),
      ...(r.specialty ? { specialty: json(r.specialty) } : {}),
      ...(r.email ? { email: r.email } : {}),
      video: r.video,
      schedule: json(r.schedule),
      active: r.active,
      serviceIds: r.service_ids ?? [],
      ...(r.since_ms !== null ? { availableNowSince: r.since_ms } : {}),
      ...(r.until_ms !== null ? { availableNowUntil: r.until_ms } : {}),
    }));
  }

  /** Adds busy blocks, replacing any with the same source and external id (a calendar sync re-sends them). */
  async addBusyBlocks(
    practitionerId: string,
    blocks: readonly { start: number; end: number; source: string; externalId?: string }[],
  ): Promise<void> {
    await this.#db.transaction(async (tx) => {
      for (const b of blocks) {
        if (b.externalId !== undefined) {
          await tx.query(
            'DELETE FROM booking_busy_blocks WHERE practitioner_id = $1 AND source = $2 AND external_id = $3',
            [practitionerId, b.source, b.externalId],
          );
        }
        await tx.query(
          `INSERT INTO booking_busy_blocks (id, practitioner_id, during, source, external_id)
           VALUES ($1, $2, tstzrange($3::timestamptz, $4::timestamptz, '[)'), $5, $6)`,
          [randomUUID(), practitionerId, iso(b.start), iso(b.end), b.source, b.externalId ?? null],
        );
      }
    });
  }

  async busyBlocks(practitionerIds: readonly string[], from: number, to: number): Promise<BusyBlockRecord[]> {
    const { rows } = await this.#db.query<{
      id: string;
      practitioner_id: string;
      start_ms: number;
      end_ms: number;
      source: string;
      external_id: string | null;
    }>(
      `SELECT id, practitioner_id, ${ms('lower(during)')} AS start_ms, ${ms('upper(during)')} AS end_ms, source, external_id
       FROM booking_busy_blocks
       WHERE practitioner_id = ANY($1::text[]) AND during && tstzrange($2::timestamptz, $3::timestamptz, '[)')
       ORDER BY lower(during), id`,
      [practitionerIds, iso(from), iso(to)],
    );
    return rows.map((r) => ({
      id: r.id,
      practitionerId: r.practitioner_id,
      start: r.start_ms,
      end: r.end_ms,
      source: r.source,
      ...(r.external_id !== null ? { externalId: r.external_id } : {}),
    }));
  }

  /** Appointments that keep time blocked at `now`: confirmed ones and holds not yet expired. */
  async liveAppointments(
    practitionerIds: readonly string[],
    from: number,
    to: number,
    now: number,
  ): Promise<AppointmentRecord[]> {
    const { rows } = await this.#db.query<AppointmentRow>(
      `SELECT ${APPOINTMENT_COLUMNS} FROM booking_appointments
       WHERE practitioner_id = ANY($1::text[]) AND blocked && tstzrange($2::timestamptz, $3::timestamptz, '[)')
         AND (status = 'confirmed' OR (status = 'held' AND hold_expires_at > $4::timestamptz))
       ORDER BY lower(during), id`,
      [practitionerIds, iso(from), iso(to), iso(now)],
    );
    return rows.map(toAppointment);
  }

  async listAppointments(filter: {
    practitionerId?: string;
    from: number;
    to: number;
    statuses?: readonly AppointmentStatus[];
  }): Promise<AppointmentRecord[]> {
    const { rows } = await this.#db.query<AppointmentRow>(
      `SELECT ${APPOINTMENT_COLUMNS} FROM booking_appointments
       WHERE during && tstzrange($1::timestamptz, $2::timestamptz, '[)')
         AND ($3::text IS NULL OR practitioner_id = $3)
         AND status = ANY($4::text[])
       ORDER BY lower(during), practitioner_id, id`,
      [
        iso(filter.from),
        iso(filter.to),
        filter.practitionerId ?? null,
        filter.statuses ?? ['held', 'confirmed', 'cancelled', 'expired', 'refunded'],
      ],
    );
    return rows.map(toAppointment);
  }

  async getAppointment(id: string, tx: Queryable = this.#db): Promise<AppointmentRecord | undefined> {
    const { rows } = await tx.query<AppointmentRow>(
      `SELECT ${APPOINTMENT_COLUMNS} FROM booking_appointments WHERE id = $1`,
      [id],
    );
    return rows[0] ? toAppointment(rows[0]) : undefined;
  }

  /**
   * Inserts an appointment or hold in the lowest free seat of its session. The exclusion constraint and the
   * seat index decide every race: whoever commits first wins, everyone else gets ConflictError `slot_taken`.
   * `email` is queued in the same transaction, so it exists exactly when the appointment does.
   */
  async insertAppointment(a: NewAppointment, now: number, email?: EmailRequest): Promise<AppointmentRecord> {
    const id = randomUUID();
    const key = sessionKey(a.practitionerId, a.serviceId, a.start);
    const inserted = await this.#inFreeSeat(a.capacity, async (tx) => {
      const seat = await this.#freeSeat(tx, { ...a, key, now });
      const { rows } = await tx.query<AppointmentRow>(
        `INSERT INTO booking_appointments (id, practitioner_id, service_id, status, during, blocked, session_key,
           seat, capacity, price_idr, hold_expires_at, patient, locale, patient_time_zone, created_at, updated_at)
         VALUES ($1, $2, $3, $4, tstzrange($5::timestamptz, $6::timestamptz, '[)'),
           tstzrange($7::timestamptz, $8::timestamptz, '[)'), $9, $10, $11, $12, $13, $14::jsonb, $15, $16,
           $17::timestamptz, $17::timestamptz)
         RETURNING ${APPOINTMENT_COLUMNS}`,
        [
          id,
          a.practitionerId,
          a.serviceId,
          a.status,
          iso(a.start),
          iso(a.end),
          iso(a.blockedStart),
          iso(a.blockedEnd),
          key,
          seat,
          a.capacity,
          a.priceIdr,
          a.holdExpiresAt === undefined ? null : iso(a.holdExpiresAt),
          JSON.stringify(a.patient),
          a.locale,
          a.patientTimeZone ?? null,
          iso(now),
        ],
      );
      const record = toAppointment(rows[0] as AppointmentRow);
      if (email) await enqueueEmail(tx, record, email, now);
      return record;
    });
    return inserted as AppointmentRecord;
  }

  /** Moves a live appointment to a new time (same seat rules); bumps the sequence; queues `email` with it. */
  async moveAppointment(
    id: string,
    move: { start: number; end: number; blockedStart: number; blockedEnd: number; capacity: number },
    now: number,
    email?: EmailRequest,
  ): Promise<AppointmentRecord | undefined> {
    return this.#inFreeSeat(move.capacity, async (tx) => {
      const current = await this.getAppointment(id, tx);
      if (current?.status !== 'confirmed') return undefined;
      const key = sessionKey(current.practitionerId, current.serviceId, move.start);
      const seat = await this.#freeSeat(tx, {
        practitionerId: current.practitionerId,
        ...move,
        key,
        now,
        exceptId: id,
      });
      const { rows } = await tx.query<AppointmentRow>(
        `UPDATE booking_appointments SET during = tstzrange($2::timestamptz, $3::timestamptz, '[)'),
           blocked = tstzrange($4::timestamptz, $5::timestamptz, '[)'), session_key = $6, seat = $7,
           capacity = $8, sequence = sequence + 1, updated_at = $9::timestamptz
         WHERE id = $1 AND status = 'confirmed'
         RETURNING ${APPOINTMENT_COLUMNS}`,
        [
          id,
          iso(move.start),
          iso(move.end),
          iso(move.blockedStart),
          iso(move.blockedEnd),
          key,
          seat,
          move.capacity,
          iso(now),
        ],
      );
      const moved = rows[0] ? toAppointment(rows[0]) : undefined;
      if (moved && email) await enqueueEmail(tx, moved, email, now);
      return moved;
    });
  }

  /**
   * Runs `work` in a transaction, again while another patient takes the seat it picked (enough attempts to
   * walk every seat once, plus a few for deadlock victims); an overlap with anything else is `slot_taken`.
   */
  async #inFreeSeat<T>(capacity: number, work: (tx: Queryable) => Promise<T>): Promise<T> {
    for (let attempt = 0; attempt < capacity + 5; attempt += 1) {
      try {
        return await this.#db.transaction(work);
      } catch (error) {
        if (isConstraintViolation(error, SQLSTATE.exclusionViolation, NO_OVERLAP_CONSTRAINT))
          throw slotTaken(error);
        // Another patient took the seat we picked: look for the next one.
        if (isConstraintViolation(error, SQLSTATE.uniqueViolation, ONE_SEAT_INDEX)) continue;
        if (isRetryable(error)) continue;
        throw error;
      }
    }
    throw slotTaken();
  }

  /**
   * Lets lapsed holds over the span go (a hold past its expiry no longer keeps the slot), then finds the
   * lowest seat of the session nobody live holds (`exceptId`: the appointment being moved).
   */
  async #freeSeat(
    tx: Queryable,
    s: {
      practitionerId: string;
      blockedStart: number;
      blockedEnd: number;
      key: string;
      capacity: number;
      now: number;
      exceptId?: string;
    },
  ): Promise<number> {
    await tx.query(
      `UPDATE booking_appointments SET status = 'expired', updated_at = $4::timestamptz
       WHERE practitioner_id = $1 AND status = 'held' AND hold_expires_at <= $4::timestamptz
         AND blocked && tstzrange($2::timestamptz, $3::timestamptz, '[)')`,
      [s.practitionerId, iso(s.blockedStart), iso(s.blockedEnd), iso(s.now)],
    );
    const free = await tx.query<{ seat: number }>(
      `SELECT g AS seat FROM generate_series(1, $2::int) AS g
       WHERE NOT EXISTS (SELECT 1 FROM booking_appointments
                         WHERE session_key = $1 AND seat = g AND status IN ('held', 'confirmed')
                           AND ($3::text IS NULL OR id <> $3))
       ORDER BY g LIMIT 1`,
      [s.key, s.capacity, s.exceptId ?? null],
    );
    const seat = free.rows[0]?.seat;
    if (seat === undefined) throw slotTaken();
    return seat;
  }

  /**
   * Changes the status of an appointment only if it is in one of `from`: the compare-and-set that keeps
   * "payment confirmed" and "hold expired" from both winning. Returns the updated record, or undefined.
   */
  async transition(
    id: string,
    from: readonly AppointmentStatus[],
    to: AppointmentStatus,
    now: number,
    extra: { cancelReason?: string; bumpSequence?: boolean; paymentId?: string; email?: EmailRequest } = {},
  ): Promise<AppointmentRecord | undefined> {
    const change = async (tx: Queryable) => {
      const { rows } = await tx.query<AppointmentRow>(
        `UPDATE booking_appointments SET status = $3, updated_at = $4::timestamptz,
           cancel_reason = COALESCE($5, cancel_reason),
           sequence = sequence + CASE WHEN $6::boolean THEN 1 ELSE 0 END,
           payment_id = COALESCE($7, payment_id),
           hold_expires_at = CASE WHEN $3 = 'held' THEN hold_expires_at ELSE NULL END
         WHERE id = $1 AND status = ANY($2::text[])
         RETURNING ${APPOINTMENT_COLUMNS}`,
        [
          id,
          from,
          to,
          iso(now),
          extra.cancelReason ?? null,
          extra.bumpSequence ?? false,
          extra.paymentId ?? null,
        ],
      );
      const changed = rows[0] ? toAppointment(rows[0]) : undefined;
      if (changed && extra.email) await enqueueEmail(tx, changed, extra.email, now);
      return changed;
    };
    try {
      return extra.email ? await this.#db.transaction(change) : await change(this.#db);
    } catch (error) {
      // Reviving an expired hold whose time someone else has taken meanwhile.
      if (isConstraintViolation(error, SQLSTATE.exclusionViolation, NO_OVERLAP_CONSTRAINT))
        throw slotTaken(error);
      if (isConstraintViolation(error, SQLSTATE.uniqueViolation, ONE_SEAT_INDEX)) throw slotTaken(error);
      throw error;
    }
  }

  async setPaymentId(id: string, paymentId: string): Promise<void> {
    await this.#db.query('UPDATE booking_appointments SET payment_id = $2 WHERE id = $1', [id, paymentId]);
  }

  /** Holds whose expiry has passed, oldest first. */
  async expiredHolds(now: number, limit = 100): Promise<AppointmentRecord[]> {
    const { rows } = await this.#db.query<AppointmentRow>(
      `SELECT ${APPOINTMENT_COLUMNS} FROM booking_appointments
       WHERE status = 'held' AND hold_expires_at <= $1::timestamptz ORDER BY hold_expires_at, id LIMIT $2`,
      [iso(now), limit],
    );
    return rows.map(toAppointment);
  }

  /** Queues the reminder of an appointment's current sequence unless it is queued already; its id, or undefined. */
  async queueReminder(appointment: AppointmentRecord, now: number): Promise<string | undefined> {
    return enqueueEmail(this.#db, appointment, { kind: 'reminder' }, now);
  }

  /** The emails of an appointment (from the outbox): sent or not, and the last error if any. */
  async notifications(
    appointmentId: string,
  ): Promise<{ kind: string; sequence: number; sent: boolean; state: OutboxState; error?: string }[]> {
    const entries = await new OutboxStore(this.#db).list({ appointmentId });
    return entries
      .sort((x, y) => x.sequence - y.sequence || (x.kind < y.kind ? -1 : 1))
      .map((e) => ({
        kind: e.kind,
        sequence: e.sequence,
        sent: e.state === 'sent',
        state: e.state,
        ...(e.lastError ? { error: e.lastError } : {}),
      }));
  }

  /** Confirmed appointments starting in `[from, to)` with no reminder recorded for their current sequence. */
  async dueReminders(from: number, to: number): Promise<AppointmentRecord[]> {
    const { rows } = await this.#db.query<AppointmentRow>(
      `SELECT ${APPOINTMENT_COLUMNS} FROM booking_appointments a
       WHERE a.status = 'confirmed' AND lower(a.during) >= $1::timestamptz AND lower(a.during) < $2::timestamptz
         AND NOT EXISTS (SELECT 1 FROM ${OUTBOX_TABLE} n
                         WHERE n.appointment_id = a.id AND n.kind = 'reminder' AND n.sequence = a.sequence)
       ORDER BY lower(a.during), a.id`,
      [iso(from), iso(to)],
    );
    return rows.map(toAppointment);
  }
}
