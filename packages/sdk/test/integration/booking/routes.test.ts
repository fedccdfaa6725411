import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BookingCatalog, BookingResult, SlotsResponse } from '../../../src/booking/index';
import { type BookingService, signAccessToken, signManageToken } from '../../../src/booking/server/index';
import type { manualClock } from '../../../src/logging/clock';
import { createSehatHandler, type SehatHandler } from '../../../src/server/index';
import type { Database } from '../../../src/storage/database';
import { openDatabase } from '../../../src/storage/open-database';
import { at, capturingLogger, iso, openClinic, patient, SECRET } from './support/clinic';

let db: Database;
let booking: BookingService;
let clock: ReturnType<typeof manualClock>;
let handler: SehatHandler;
const handlerLog = capturingLogger();

beforeAll(async () => {
  db = await openDatabase();
  ({ booking, clock } = await openClinic(db));
  handler = createSehatHandler({
    booking,
    basePath: '/api',
    rateLimit: false,
    logger: handlerLog,
    clock,
    authorize: (request) =>
      request.headers.get('authorization') === 'Bearer staff' ? { id: 'staff-1' } : false,
  });
});
afterAll(async () => {
  await db.close();
});

const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
  handler(
    new Request(`http://clinic.test/api${path}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
  );
const staff = { authorization: 'Bearer staff' };

const booking9am = (date: string, overrides: Record<string, unknown> = {}) => ({
  serviceId: 'umum',
  practitionerId: 'dr-ayu',
  start: iso(at(date, '09:00')),
  patient,
  consent: true,
  locale: 'en',
  timeZone: 'Asia/Makassar',
  ...overrides,
});

describe('booking routes', () => {
  it('serves the catalog and slots to anyone', async () => {
    const catalog = (await (await call('GET', '/booking/catalog')).json()) as BookingCatalog;
    expect(catalog.services.map((s) => s.id)).toEqual(['senam-hamil', 'umum', 'video']);
    const res = await call(
      'GET',
      `/booking/slots?serviceId=umum&practitionerId=dr-ayu&from=${iso(at('2025-01-07', '00:00'))}&to=${iso(at('2025-01-08', '00:00'))}`,
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as SlotsResponse;
    expect(body.slots).toHaveLength(4);
  });

  it('answers a bad slot query with 400 and the field path', async () => {
    const res = await call(
      'GET',
      `/booking/slots?serviceId=umum&from=yesterday&to=${iso(at('2025-01-08', '00:00'))}`,
    );
    expect(res.status).toBe(400);
    const problem = (await res.json()) as { code: string; issues: { path: string }[] };
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(problem.issues.map((i) => i.path)).toContain('from');
  });

  it('books with 201, then answers the same slot with 409 slot_taken', async () => {
    const first = await call('POST', '/booking/appointments', booking9am('2025-01-07'));
    expect(first.status).toBe(201);
    const result = (await first.json()) as BookingResult;
    expect(result.status).toBe('confirmed');
    const second = await call('POST', '/booking/appointments', booking9am('2025-01-07'));
    expect(second.status).toBe(409);
    expect(second.headers.get('content-type')).toContain('application/problem+json');
    expect(await second.json()).toMatchObject({ code: 'CONFLICT', reason: 'slot_taken' });
    const state = await call('GET', `/booking/appointments/${result.appointment.id}`);
    expect(await state.json()).toMatchObject({
      appointment: { id: result.appointment.id, status: 'confirmed' },
    });
    const ics = await call('GET', `/booking/appointments/${result.appointment.id}/calendar.ics`);
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    expect(await ics.text()).toContain(`UID:${result.appointment.id}@klinik-sehat.test`);
  });

  it('rejects a booking with bad details with 400 naming the fields, and echoes no NIK anywhere', async () => {
    const res = await call(
      'POST',
      '/booking/appointments',
      booking9am('2025-01-08', { patient: { ...patient, phone: 'x', nik: '317405120490000' } }),
    );
    expect(res.status).toBe(400);
    const text = await res.text();
    const problem = JSON.parse(text) as { issues: { path: string }[] };
    expect(problem.issues.map((i) => i.path).sort()).toEqual(['patient.nik', 'patient.phone']);
    expect(text).not.toContain('317405120490000');
    expect(handlerLog.text()).not.toContain(patient.nik);
    expect(handlerLog.text()).not.toContain(patient.bpjsCardNumber);
    expect(handlerLog.text()).not.toContain(SECRET);
  });

  it('answers an unknown appointment with 404', async () => {
    expect((await call('GET', '/booking/appointments/not-a-uuid')).status).toBe(404);
    expect((await call('GET', '/booking/appointments/2f1d1c4e-5b8a-4f7e-9d3c-1a2b3c4d5e6f')).status).toBe(
      404,
    );
  });

  it('cancels and reschedules through the email link tokens in the body', async () => {
    const made = (await (
      await call('POST', '/booking/appointments', booking9am('2025-01-09'))
    ).json()) as BookingResult;
    const a = made.appointment;
    const manage = await signManageToken(
      { id: a.id, sequence: 0, start: Date.parse(a.start) },
      { secret: SECRET, now: clock.now() },
    );
    const moved = await call('POST', '/booking/manage/reschedule', {
      token: manage,
      start: iso(at('2025-01-09', '09:30')),
    });
    expect(moved.status).toBe(200);
    expect(await moved.json()).toMatchObject({
      appointment: { sequence: 1, start: iso(at('2025-01-09', '09:30')) },
    });
    const cancelled = await call('POST', '/booking/manage/cancel', { token: manage, reason: 'Sakit' });
    expect(await cancelled.json()).toMatchObject({ appointment: { status: 'cancelled', sequence: 2 } });
    const forged = await call('POST', '/booking/manage/cancel', { token: `${manage.slice(0, -4)}AAAA` });
    expect(forged.status).toBe(403);
    expect(await forged.json()).toMatchObject({ reason: 'invalid_token' });
  });

  it('checks a video link: too early answers 403 too_early, inside the window 200', async () => {
    const start = at('2025-01-08', '09:00');
    const made = (await (
      await call(
        'POST',
        '/booking/appointments',
        booking9am('2025-01-08', { serviceId: 'video', practitionerId: 'dr-budi' }),
      )
    ).json()) as BookingResult;
    const a = made.appointment;
    const token = await signAccessToken(
      { id: a.id, practitionerId: a.practitionerId, sequence: 0, start, end: Date.parse(a.end) },
      { secret: SECRET, now: clock.now() },
    );
    const early = await call('POST', '/booking/access', { token });
    expect(early.status).toBe(403);
    expect(await early.json()).toMatchObject({ code: 'FORBIDDEN', reason: 'too_early' });
    clock.set(start - 30 * 60_000);
    const ok = await call('POST', '/booking/access', { token });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ appointment: { id: a.id }, opensAt: iso(start - 3_600_000) });
    clock.set(at('2025-01-06', '07:00'));
  });

  it('keeps staff routes closed without the host’s approval and open with it', async () => {
    const from = iso(at('2025-01-06', '00:00'));
    const to = iso(at('2025-01-13', '00:00'));
    expect((await call('GET', `/booking/appointments?from=${from}&to=${to}`)).status).toBe(403);
    const list = await call('GET', `/booking/appointments?from=${from}&to=${to}`, undefined, staff);
    expect(list.status).toBe(200);
    expect(((await list.json()) as { appointments: unknown[] }).appointments.length).toBeGreaterThan(0);

    expect(
      (await call('PUT', '/booking/practitioners/dr-budi/available-now', { available: true })).status,
    ).toBe(403);
    const on = await call(
      'PUT',
      '/booking/practitioners/dr-budi/available-now',
      { available: true, minutes: 60 },
      staff,
    );
    expect(await on.json()).toMatchObject({
      practitioner: { id: 'dr-budi', waitingRoomUrl: 'https://klinik-sehat.test/tunggu/dr-budi' },
    });
    const now = (await (await call('GET', '/booking/available-now')).json()) as {
      practitioners: { id: string }[];
    };
    expect(now.practitioners.map((p) => p.id)).toEqual(['dr-budi']);

    const schedule = await call(
      'PUT',
      '/booking/practitioners/dr-ayu/schedule',
      { timeZone: 'Asia/Jakarta', weekly: [{ weekday: 1, start: '10:00', end: '09:00' }] },
      staff,
    );
    expect(schedule.status).toBe(400);
    expect(await schedule.json()).toMatchObject({ issues: [{ path: 'weekly[0].end' }] });

    const busy = await call(
      'POST',
      '/booking/practitioners/dr-ayu/busy',
      {
        blocks: [
          {
            start: iso(at('2025-01-10', '08:00')),
            end: iso(at('2025-01-10', '09:00')),
            source: 'google',
            externalId: 'evt-1',
          },
        ],
      },
      staff,
    );
    expect(busy.status).toBe(204);
    const slots = (await (
      await call(
        'GET',
        `/booking/slots?serviceId=umum&from=${iso(at('2025-01-10', '00:00'))}&to=${iso(at('2025-01-11', '00:00'))}`,
      )
    ).json()) as SlotsResponse;
    expect(slots.slots.map((s) => s.start)).toEqual([
      iso(at('2025-01-10', '09:00')),
      iso(at('2025-01-10', '09:30')),
    ]);
  });
});
