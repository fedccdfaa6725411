import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BookingService, signAccessToken } from '../../../src/booking/server/index';
import type { Database } from '../../../src/storage/database';
import { openDatabase } from '../../../src/storage/open-database';
import type { TeleconsultService } from '../../../src/teleconsult/server/index';
import { at, iso, openClinic, patient, SECRET } from '../booking/support/clinic';
import { teleconsultFor } from './fixtures';

const MIN = 60_000;

describe('joining a booked video consultation with the link from the booking email', () => {
  let db: Database;
  let booking: BookingService;
  let clock: Awaited<ReturnType<typeof openClinic>>['clock'];
  let service: TeleconsultService;
  let link: string;
  let appointmentId: string;
  const start = at('2025-01-08', '09:00');

  beforeAll(async () => {
    db = await openDatabase();
    ({ booking, clock } = await openClinic(db));
    ({ service } = await teleconsultFor(db, { bookingAccess: booking, clock }));
    const booked = await booking.book({
      serviceId: 'video',
      practitionerId: 'dr-budi',
      start: iso(start),
      patient,
      consent: true,
      locale: 'id',
    });
    appointmentId = booked.appointment.id;
    link = await signAccessToken(
      { id: appointmentId, practitionerId: 'dr-budi', sequence: 0, start, end: start + 15 * MIN },
      { secret: SECRET, now: clock.now() },
    );
  });
  afterAll(async () => {
    service.close();
    await db.close();
  });

  it('lets booking refuse the link before its window opens', async () => {
    clock.set(start - 61 * MIN);
    await expect(service.join(link)).rejects.toMatchObject({ code: 'FORBIDDEN', reason: 'too_early' });
  });

  it('exchanges the link for a join token of the appointment room, seat and window', async () => {
    clock.set(start - 5 * MIN);
    const joined = await service.join(link, { displayName: 'Siti Rahayu' });
    expect(joined.token).toBeDefined();
    expect(joined.view.room).toMatchObject({
      kind: 'booking',
      bookingId: appointmentId,
      title: 'dr. Budi Santoso, Sp.A',
    });
    expect(joined.view.you).toMatchObject({
      role: 'patient',
      displayName: 'Siti Rahayu',
      arrival: 'on_time',
    });
    const session = await service.session(joined.token);
    expect(session.claims.validUntil).toBe(start + 15 * MIN + 60 * MIN);
    // The link again (another device, a refresh before the element kept the token) finds the same seat.
    const again = await service.join(link);
    expect(again.view.you.id).toBe(joined.view.you.id);
  });

  it('lets booking refuse a link made stale by a reschedule', async () => {
    clock.set(at('2025-01-06', '07:00'));
    await booking.reschedule(appointmentId, iso(at('2025-01-08', '09:30')));
    clock.set(start - 5 * MIN);
    await expect(service.join(link)).rejects.toMatchObject({ reason: 'superseded' });
  });

  it('refuses booking links when no booking service was given', async () => {
    const { service: alone } = await teleconsultFor(db, { clock });
    await expect(alone.join(link)).rejects.toMatchObject({ reason: 'token_invalid' });
    alone.close();
  });
});
