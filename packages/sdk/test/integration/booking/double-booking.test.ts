import { afterEach, describe, expect, it } from 'vitest';
import { BookingStore, bookingMigrations } from '../../../src/booking/server/index';
import { isConflictError } from '../../../src/errors/index';
import type { Database } from '../../../src/storage/database';
import { migrate } from '../../../src/storage/migrations';
import { testDatabases } from '../../support/databases';
import { at, iso, openClinic, patient } from './support/clinic';

const MIN = 60_000;

describe.each(testDatabases())('double booking on $name', ({ open }) => {
  let db: Database | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });

  it('lets exactly one of 100 concurrent attempts book one slot', async () => {
    db = await open();
    const { booking } = await openClinic(db);
    const start = iso(at('2025-01-06', '09:00'));
    const attempts = await Promise.allSettled(
      Array.from({ length: 100 }, (_, i) =>
        booking.book({
          serviceId: 'umum',
          practitionerId: 'dr-ayu',
          start,
          patient: { ...patient, name: `Pasien ${i}`, email: `p${i}@example.test` },
          consent: true,
          locale: 'id',
        }),
      ),
    );
    const won = attempts.filter((a) => a.status === 'fulfilled');
    const lost = attempts.filter((a): a is PromiseRejectedResult => a.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(99);
    for (const l of lost) {
      expect(isConflictError(l.reason)).toBe(true);
      expect(l.reason.reason).toBe('slot_taken');
    }
    const { rows } = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM booking_appointments WHERE status IN ('held', 'confirmed')",
    );
    expect(rows[0]?.n).toBe(1);
  });

  it('is enforced by the database itself: 100 raw concurrent inserts, no availability check, one row', async () => {
    db = await open();
    await migrate(db, bookingMigrations);
    await db.query(
      `INSERT INTO booking_practitioners (id, name, schedule) VALUES ('p', 'dr. P', '{"timeZone":"UTC","weekly":[]}')`,
    );
    await db.query(
      `INSERT INTO booking_services (id, name, mode, rules) VALUES ('s', '{"id":"S","en":"S"}', 'in_person', '{"durationMinutes":20}')`,
    );
    const store = new BookingStore(db);
    const t = Date.parse('2025-01-06T02:00:00Z');
    // Every attempt is a different start in one 30-minute span: each overlaps all the others.
    const attempts = await Promise.allSettled(
      Array.from({ length: 100 }, (_, i) =>
        store.insertAppointment(
          {
            practitionerId: 'p',
            serviceId: 's',
            status: 'confirmed',
            start: t + (i % 10) * MIN,
            end: t + (i % 10) * MIN + 20 * MIN,
            blockedStart: t + (i % 10) * MIN,
            blockedEnd: t + (i % 10) * MIN + 20 * MIN,
            capacity: 1,
            priceIdr: 0,
            patient,
            locale: 'id',
          },
          t - 3_600_000,
        ),
      ),
    );
    expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
    for (const a of attempts) {
      if (a.status === 'rejected') expect((a.reason as { reason?: string }).reason).toBe('slot_taken');
    }
  });

  it('fills a group session with exactly its 3 seats when 30 patients try at once', async () => {
    db = await open();
    const { booking } = await openClinic(db);
    const start = iso(at('2025-01-06', '13:00'));
    const attempts = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) =>
        booking.book({
          serviceId: 'senam-hamil',
          practitionerId: 'dr-budi',
          start,
          patient: { ...patient, email: `ibu${i}@example.test` },
          consent: true,
          locale: 'id',
        }),
      ),
    );
    expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(3);
    const { rows } = await db.query<{ seat: number }>(
      "SELECT seat FROM booking_appointments WHERE status = 'confirmed' ORDER BY seat",
    );
    expect(rows.map((r) => r.seat)).toEqual([1, 2, 3]);
    const slots = await booking.findSlots({
      serviceId: 'senam-hamil',
      practitionerId: 'dr-budi',
      from: start,
      to: iso(at('2025-01-06', '15:00')),
    });
    expect(slots.map((s) => [s.start, s.remaining])).toEqual([[iso(at('2025-01-06', '14:00')), 3]]);
  });

  it('keeps an expired hold from blocking the slot, and a live one from being overtaken', async () => {
    db = await open();
    await migrate(db, bookingMigrations);
    await db.query(
      `INSERT INTO booking_practitioners (id, name, schedule) VALUES ('p', 'dr. P', '{"timeZone":"UTC","weekly":[]}')`,
    );
    await db.query(
      `INSERT INTO booking_services (id, name, mode, rules) VALUES ('s', '{"id":"S","en":"S"}', 'video', '{"durationMinutes":20}')`,
    );
    const store = new BookingStore(db);
    const t = Date.parse('2025-01-06T02:00:00Z');
    const base = {
      practitionerId: 'p',
      serviceId: 's',
      start: t,
      end: t + 20 * MIN,
      blockedStart: t,
      blockedEnd: t + 20 * MIN,
      capacity: 1,
      priceIdr: 150_000,
      patient,
      locale: 'id' as const,
    };
    const hold = await store.insertAppointment(
      { ...base, status: 'held', holdExpiresAt: t - 50 * MIN },
      t - 60 * MIN,
    );
    // While the hold is live, nobody else gets the time.
    await expect(
      store.insertAppointment({ ...base, status: 'confirmed' }, t - 55 * MIN),
    ).rejects.toMatchObject({
      reason: 'slot_taken',
    });
    // After its expiry the next booking releases it in the same transaction.
    const booked = await store.insertAppointment({ ...base, status: 'confirmed' }, t - 45 * MIN);
    expect(booked.status).toBe('confirmed');
    expect((await store.getAppointment(hold.id))?.status).toBe('expired');
    // A late payment cannot revive the hold over the new booking.
    await expect(store.transition(hold.id, ['expired'], 'confirmed', t - 40 * MIN)).rejects.toMatchObject({
      reason: 'slot_taken',
    });
  });
});
