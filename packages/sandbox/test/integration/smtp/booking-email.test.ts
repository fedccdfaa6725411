import { manualClock } from '@sehatkit/sdk';
import { instantOfLocal } from '@sehatkit/sdk/booking';
import { type BookingService, createBookingService, verifyAccessToken } from '@sehatkit/sdk/booking/server';
import { type Database, openDatabase } from '@sehatkit/sdk/storage';
import ICAL from 'ical.js';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SinkMessage, type SmtpSink, startSmtpSink } from '../../../src/smtp/index';

const WIB = 'Asia/Jakarta';
const SECRET = 'sandbox-test-secret-0123456789-abcdefghijk';
const at = (date: string, time: string) => instantOfLocal(date, time, WIB);
const iso = (t: number) => new Date(t).toISOString();

let sink: SmtpSink;
let db: Database;
let booking: BookingService;
const clock = manualClock(at('2025-01-06', '07:00'));

const patient = {
  name: 'Siti Rahayu',
  birthDate: '1990-04-12',
  phone: '0812-3456-7890',
  email: 'siti@example.test',
  nik: '3174051204900002',
  payer: 'general' as const,
};

beforeAll(async () => {
  sink = await startSmtpSink();
  db = await openDatabase();
  booking = await createBookingService({
    database: db,
    clinic: {
      name: 'Klinik Sehat Menteng',
      timeZone: WIB,
      email: 'janji@klinik-sehat.test',
      phone: '021-555-0101',
    },
    signingSecret: SECRET,
    links: {
      video: 'https://klinik-sehat.test/konsultasi?token={token}',
      manage: 'https://klinik-sehat.test/janji?token={token}',
      waitingRoom: 'https://klinik-sehat.test/tunggu/{practitionerId}',
    },
    mail: { smtp: { host: sink.host, port: sink.port } },
    templates: {
      confirmation: { en: { subject: 'Booked at {{clinicName}}: {{serviceName}} on {{date}}' } },
    },
    clock,
  });
  await booking.upsertService({
    id: 'video',
    name: { id: 'Konsultasi video', en: 'Video consultation' },
    mode: 'video',
    rules: { durationMinutes: 20, bufferAfterMinutes: 10 },
  });
  await booking.upsertPractitioner({
    id: 'dr-budi',
    name: 'dr. Budi Santoso',
    title: 'Sp.A',
    video: true,
    schedule: {
      timeZone: WIB,
      weekly: [1, 2, 3, 4, 5].map((d) => ({ weekday: d as 1, start: '08:00', end: '10:00' })),
    },
    serviceIds: ['video'],
  });
});
afterAll(async () => {
  booking.close();
  await sink.close();
  await db.close();
});

function readIcs(message: SinkMessage) {
  expect(message.calendar).toBeDefined();
  const calendar = new ICAL.Component(ICAL.parse(message.calendar?.content ?? ''));
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT in the invite');
  return { method: calendar.getFirstPropertyValue('method'), vevent, event: new ICAL.Event(vevent) };
}

describe('booking emails through the sandbox SMTP sink', () => {
  let appointmentId = '';
  let uid = '';

  it('sends a confirmation whose .ics ical.js reads back with the right times, UID and SEQUENCE 0', async () => {
    const start = at('2025-01-07', '09:00');
    const result = await booking.book({
      serviceId: 'video',
      practitionerId: 'dr-budi',
      start: iso(start),
      patient,
      consent: true,
      locale: 'id',
      timeZone: 'Asia/Makassar',
    });
    appointmentId = result.appointment.id;
    const message = await sink.waitFor((m) => m.to.includes('siti@example.test'));
    expect(message.subject).toBe(
      'Janji temu dikonfirmasi: Konsultasi video, Selasa, 7 Januari 2025 pukul 10.00 WITA',
    );
    expect(message.text).toContain('Halo Siti Rahayu');
    expect(message.text).toContain('dr. Budi Santoso, Sp.A');
    expect(message.html).toContain('<a href="https://klinik-sehat.test/konsultasi?token=');
    const { method, vevent, event } = readIcs(message);
    expect(method).toBe('REQUEST');
    expect(message.calendar?.method).toBe('REQUEST');
    uid = `${appointmentId}@klinik-sehat.test`;
    expect(event.uid).toBe(uid);
    expect(event.sequence).toBe(0);
    expect(event.startDate.toUnixTime() * 1000).toBe(start);
    expect(event.endDate.toUnixTime() * 1000).toBe(start + 20 * 60_000);
    expect(vevent.getFirstPropertyValue('url')).toMatch(/^https:\/\/klinik-sehat\.test\/konsultasi\?token=/);
    // The video link in the email is a real access token for this appointment and its window.
    const token = decodeURIComponent(String(vevent.getFirstPropertyValue('url')).split('token=')[1] ?? '');
    await expect(
      verifyAccessToken(token, { secret: SECRET, now: start - 30 * 60_000 }),
    ).resolves.toMatchObject({
      appointmentId,
    });
    await expect(
      verifyAccessToken(token, { secret: SECRET, now: start - 61 * 60_000 }),
    ).rejects.toMatchObject({
      reason: 'too_early',
    });
    expect(message.raw).not.toContain(patient.nik);
  });

  it('sends the reschedule with the same UID and SEQUENCE 1 at the new time', async () => {
    sink.clear();
    const start = at('2025-01-08', '08:30');
    await booking.reschedule(appointmentId, iso(start));
    const message = await sink.waitFor((m) => m.subject.startsWith('Jadwal diubah'));
    const { method, event } = readIcs(message);
    expect(method).toBe('REQUEST');
    expect(event.uid).toBe(uid);
    expect(event.sequence).toBe(1);
    expect(event.startDate.toUnixTime() * 1000).toBe(start);
  });

  it('sends a reminder on the day only, once, from 06:00 in the patient’s zone', async () => {
    sink.clear();
    clock.set(at('2025-01-07', '20:00'));
    expect(await booking.sendDueReminders()).toBe(0);
    // 05:30 WIB is 06:30 WITA, the patient's zone: reminders start.
    clock.set(at('2025-01-08', '05:30'));
    expect(await booking.sendDueReminders()).toBe(1);
    expect(await booking.sendDueReminders()).toBe(0);
    const message = await sink.waitFor((m) => m.subject.startsWith('Pengingat'));
    expect(message.subject).toBe('Pengingat: janji temu hari ini pukul 09.30 WITA');
    expect(message.calendar).toBeUndefined();
    clock.set(at('2025-01-06', '07:00'));
  });

  it('sends the cancellation with METHOD:CANCEL, the same UID and SEQUENCE 2', async () => {
    sink.clear();
    await booking.cancel(appointmentId, 'Dokter berhalangan');
    const message = await sink.waitFor((m) => m.subject.startsWith('Janji temu dibatalkan'));
    expect(message.text).toContain('Alasan: Dokter berhalangan');
    const { method, vevent, event } = readIcs(message);
    expect(method).toBe('CANCEL');
    expect(message.calendar?.method).toBe('CANCEL');
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.uid).toBe(uid);
    expect(event.sequence).toBe(2);
  });

  it('writes in English with the clinic’s own subject when the patient booked in English', async () => {
    sink.clear();
    await booking.book({
      serviceId: 'video',
      practitionerId: 'dr-budi',
      start: iso(at('2025-01-09', '08:00')),
      patient: { ...patient, email: 'ayu@example.test' },
      consent: true,
      locale: 'en',
    });
    const message = await sink.waitFor((m) => m.to.includes('ayu@example.test'));
    expect(message.subject).toBe(
      'Booked at Klinik Sehat Menteng: Video consultation on Thursday, January 9, 2025',
    );
    expect(message.text).toContain('This is a video consultation.');
  });

  it('keeps the booking when the mail server refuses, and records the failure', async () => {
    sink.faults.rejectMessages = true;
    try {
      const result = await booking.book({
        serviceId: 'video',
        practitionerId: 'dr-budi',
        start: iso(at('2025-01-10', '08:00')),
        patient: { ...patient, email: 'rudi@example.test' },
        consent: true,
        locale: 'id',
      });
      expect(result.status).toBe('confirmed');
      expect(await booking.store.notifications(result.appointment.id)).toEqual([
        expect.objectContaining({ kind: 'confirmation', sent: false, error: expect.any(String) }),
      ]);
    } finally {
      sink.faults.rejectMessages = false;
    }
  });
});

describe('the SMTP sink itself', () => {
  it('keeps what nodemailer sends, envelope and parts included', async () => {
    const transport = nodemailer.createTransport({ host: sink.host, port: sink.port, secure: false });
    await transport.sendMail({
      from: 'a@example.test',
      to: 'b@example.test',
      subject: 'Lampiran',
      text: 'isi',
      attachments: [{ filename: 'hasil-lab.pdf', content: Buffer.from('%PDF-1.4 test') }],
    });
    transport.close();
    const m = await sink.waitFor((x) => x.subject === 'Lampiran');
    expect(m.envelope).toEqual({ from: 'a@example.test', to: ['b@example.test'] });
    expect(m.parts).toEqual([
      expect.objectContaining({ filename: 'hasil-lab.pdf', mimeType: 'application/pdf', encoding: 'base64' }),
    ]);
    expect(Buffer.from(m.parts[0]?.content ?? '', 'base64').toString()).toBe('%PDF-1.4 test');
  });

  it('rejects waiting for a message that never comes', async () => {
    await expect(sink.waitFor((m) => m.subject === 'never', 50)).rejects.toThrow(/No matching email/);
  });
});
