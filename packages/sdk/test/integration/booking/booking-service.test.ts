import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BookingService,
  signAccessToken,
  signManageToken,
  verifyAccessToken,
} from '../../../src/booking/server/index';
import {
  isConflictError,
  isForbiddenError,
  isValidationError,
  type ValidationError,
} from '../../../src/errors/index';
import type { manualClock } from '../../../src/logging/clock';
import type { Database } from '../../../src/storage/database';
import { openDatabase } from '../../../src/storage/open-database';
import { at, type capturingLogger, iso, openClinic, patient, SECRET } from './support/clinic';

const MIN = 60_000;
let db: Database;
let booking: BookingService;
let clock: ReturnType<typeof manualClock>;
let logger: ReturnType<typeof capturingLogger>;

beforeAll(async () => {
  db = await openDatabase();
  ({ booking, clock, logger } = await openClinic(db));
});
afterAll(async () => {
  await db.close();
});

const request = (overrides: Record<string, unknown> = {}) => ({
  serviceId: 'umum',
  practitionerId: 'dr-ayu',
  start: iso(at('2025-01-07', '08:00')),
  patient,
  consent: true,
  locale: 'id',
  ...overrides,
});

const errorOf = async (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e: unknown) => e,
  );

describe('BookingService', () => {
  it('lists services with the practitioners who offer them', async () => {
    const catalog = await booking.catalog();
    expect(catalog.clinic).toEqual({ name: 'Klinik Sehat Menteng', timeZone: 'Asia/Jakarta' });
    expect(catalog.services.map((s) => [s.id, s.practitionerIds])).toEqual([
      ['senam-hamil', ['dr-budi']],
      ['umum', ['dr-ayu']],
      ['video', ['dr-budi']],
    ]);
    expect(catalog.practitioners.find((p) => p.id === 'dr-budi')).toMatchObject({
      video: true,
      title: 'Sp.A',
    });
  });

  it('offers the worked example on a weekday and nothing on the weekend', async () => {
    const slots = await booking.findSlots({
      serviceId: 'umum',
      from: iso(at('2025-01-10', '00:00')),
      to: iso(at('2025-01-13', '00:00')),
    });
    expect(slots.map((s) => s.start)).toEqual(
      ['08:00', '08:30', '09:00', '09:30'].map((t) => iso(at('2025-01-10', t))),
    );
    expect(slots.every((s) => s.practitionerId === 'dr-ayu' && s.remaining === 1)).toBe(true);
  });

  it('books a free service at once, returns an .ics, and the slot is gone', async () => {
    const result = await booking.book(request());
    expect(result.status).toBe('confirmed');
    if (result.status !== 'confirmed') return;
    expect(result.appointment).toMatchObject({
      status: 'confirmed',
      practitionerId: 'dr-ayu',
      start: iso(at('2025-01-07', '08:00')),
      end: iso(at('2025-01-07', '08:20')),
      sequence: 0,
    });
    expect(result.ics).toContain(`UID:${result.appointment.id}@klinik-sehat.test`);
    expect(JSON.stringify(result.appointment)).not.toContain(patient.nik);
    const slots = await booking.findSlots({
      serviceId: 'umum',
      from: iso(at('2025-01-07', '00:00')),
      to: iso(at('2025-01-08', '00:00')),
    });
    expect(slots.map((s) => s.start)).toEqual(
      ['08:30', '09:00', '09:30'].map((t) => iso(at('2025-01-07', t))),
    );
  });

  it('says "slot taken" for a time someone already booked, and "not a slot" for a time never offered', async () => {
    const taken = await errorOf(booking.book(request()));
    expect(isConflictError(taken)).toBe(true);
    expect((taken as { reason: string }).reason).toBe('slot_taken');
    const never = await errorOf(booking.book(request({ start: iso(at('2025-01-07', '08:10')) })));
    expect(isValidationError(never)).toBe(true);
    expect((never as ValidationError).field).toBe('start');
  });

  it('rejects bad input before any write, naming each field, without echoing NIK or card number', async () => {
    const before = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM booking_appointments');
    const error = await errorOf(
      booking.book(
        request({
          start: iso(at('2025-01-08', '08:00')),
          patient: {
            ...patient,
            nik: '31740512049000',
            bpjsCardNumber: '00012345678901',
            email: 'not-an-email',
            birthDate: '1990-02-30',
          },
          consent: false,
        }),
      ),
    );
    expect(isValidationError(error)).toBe(true);
    const paths = (error as ValidationError).issues.map((i) => i.path).sort();
    expect(paths).toEqual([
      'consent',
      'patient.birthDate',
      'patient.bpjsCardNumber',
      'patient.email',
      'patient.nik',
    ]);
    expect((error as Error).message).not.toMatch(/31740512049000|00012345678901/);
    const future = await errorOf(
      booking.book(
        request({ start: iso(at('2025-01-08', '08:00')), patient: { ...patient, birthDate: '2030-01-01' } }),
      ),
    );
    expect((future as ValidationError).field).toBe('patient.birthDate');
    const bpjsWithoutCard = await errorOf(
      booking.book(
        request({
          start: iso(at('2025-01-08', '08:00')),
          patient: { ...patient, bpjsCardNumber: undefined },
        }),
      ),
    );
    expect((bpjsWithoutCard as ValidationError).field).toBe('patient.bpjsCardNumber');
    const after = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM booking_appointments');
    expect(after.rows[0]?.n).toBe(before.rows[0]?.n);
  });

  it('never writes a NIK, a card number or the signing secret to the log', async () => {
    expect(logger.lines.length).toBeGreaterThan(0);
    const text = logger.text();
    expect(text).not.toContain(patient.nik);
    expect(text).not.toContain(patient.bpjsCardNumber);
    expect(text).not.toContain(SECRET);
  });

  it('cancels through the signed link, frees the slot, and refuses a forged link', async () => {
    const result = await booking.book(request({ start: iso(at('2025-01-09', '09:00')) }));
    const { appointment } = result;
    const token = await signManageToken(
      { id: appointment.id, sequence: 0, start: Date.parse(appointment.start) },
      { secret: SECRET, now: clock.now() },
    );
    const forged = await signManageToken(
      { id: appointment.id, sequence: 0, start: Date.parse(appointment.start) },
      { secret: 'another-clinic-secret-0123456789-abcdefgh', now: clock.now() },
    );
    const refused = await errorOf(booking.cancelWithToken(forged));
    expect(isForbiddenError(refused)).toBe(true);
    const cancelled = await booking.cancelWithToken(token, 'Berhalangan');
    expect(cancelled).toMatchObject({ status: 'cancelled', sequence: 1 });
    const again = await booking.book(request({ start: iso(at('2025-01-09', '09:00')) }));
    expect(again.status).toBe('confirmed');
  });

  it('reschedules to another slot, bumping the sequence, and the old time opens again', async () => {
    const first = await booking.book(request({ start: iso(at('2025-01-10', '08:00')) }));
    const moved = await booking.reschedule(first.appointment.id, iso(at('2025-01-10', '09:30')));
    expect(moved.appointment).toMatchObject({ sequence: 1, start: iso(at('2025-01-10', '09:30')) });
    if (moved.status === 'confirmed') expect(moved.ics).toContain('SEQUENCE:1');
    const slots = await booking.findSlots({
      serviceId: 'umum',
      from: iso(at('2025-01-10', '00:00')),
      to: iso(at('2025-01-11', '00:00')),
    });
    expect(slots.map((s) => s.start)).toEqual(
      ['08:00', '08:30', '09:00'].map((t) => iso(at('2025-01-10', t))),
    );
    const clash = await booking.book(request({ start: iso(at('2025-01-10', '08:30')) }));
    const blocked = await errorOf(booking.reschedule(clash.appointment.id, iso(at('2025-01-10', '09:30'))));
    expect((blocked as { reason?: string }).reason).toBe('slot_taken');
  });

  it('opens a video link one hour before and closes it one hour after, refusing one minute outside', async () => {
    const start = at('2025-01-08', '09:00');
    const result = await booking.book(
      request({ serviceId: 'video', practitionerId: 'dr-budi', start: iso(start) }),
    );
    const a = result.appointment;
    const token = await signAccessToken(
      { id: a.id, practitionerId: a.practitionerId, sequence: a.sequence, start, end: start + 15 * MIN },
      { secret: SECRET, now: clock.now() },
    );
    const opens = start - 60 * MIN;
    const closes = start + 15 * MIN + 60 * MIN;
    const check = (now: number) => verifyAccessToken(token, { secret: SECRET, now });
    await expect(check(opens - MIN)).rejects.toMatchObject({ code: 'FORBIDDEN', reason: 'too_early' });
    await expect(check(opens)).resolves.toMatchObject({
      appointmentId: a.id,
      opensAt: opens,
      closesAt: closes,
    });
    await expect(check(closes - MIN)).resolves.toMatchObject({ role: 'patient', sequence: 0 });
    await expect(check(closes + MIN)).rejects.toMatchObject({ code: 'FORBIDDEN', reason: 'too_late' });
    await expect(check(closes)).rejects.toMatchObject({ reason: 'too_late' });
    await expect(verifyAccessToken(`${token}x`, { secret: SECRET, now: opens })).rejects.toMatchObject({
      reason: 'invalid_token',
    });

    clock.set(opens + MIN);
    await expect(booking.checkAccess(token)).resolves.toMatchObject({
      appointment: { id: a.id, mode: 'video' },
    });
    clock.set(at('2025-01-06', '07:00'));
    await booking.reschedule(a.id, iso(at('2025-01-08', '09:30')));
    clock.set(opens + MIN);
    await expect(booking.checkAccess(token)).rejects.toMatchObject({ reason: 'superseded' });
    clock.set(at('2025-01-06', '07:00'));
  });

  it('lists who takes walk-in video consultations now, and only them', async () => {
    expect(await booking.availableNow()).toEqual([]);
    const refused = await errorOf(booking.setAvailableNow('dr-ayu', { available: true }));
    expect((refused as ValidationError).field).toBe('available');
    await booking.setAvailableNow('dr-budi', { available: true, minutes: 30 });
    const list = await booking.availableNow();
    expect(list).toEqual([
      expect.objectContaining({
        id: 'dr-budi',
        waitingRoomUrl: 'https://klinik-sehat.test/tunggu/dr-budi',
        since: iso(clock.now()),
        until: iso(clock.now() + 30 * MIN),
      }),
    ]);
    clock.advance(31 * MIN);
    expect(await booking.availableNow()).toEqual([]);
    await booking.setAvailableNow('dr-budi', { available: true });
    expect(await booking.availableNow()).toHaveLength(1);
    await booking.setAvailableNow('dr-budi', { available: false });
    expect(await booking.availableNow()).toEqual([]);
    clock.set(at('2025-01-06', '07:00'));
  });

  it('gives staff the patient details in the appointment list', async () => {
    const list = await booking.listAppointments({
      from: iso(at('2025-01-06', '00:00')),
      to: iso(at('2025-01-13', '00:00')),
    });
    expect(list.length).toBeGreaterThan(3);
    expect(list[0]?.patient.name).toBe('Siti Rahayu');
    expect(list.map((a) => a.start)).toEqual([...list.map((a) => a.start)].sort());
  });
});
