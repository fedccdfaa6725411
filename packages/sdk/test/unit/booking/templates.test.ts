import { describe, expect, it } from 'vitest';
import {
  composeEmail,
  DEFAULT_TEMPLATES,
  renderTemplate,
  resolveTemplates,
} from '../../../src/booking/server/index';
import type { AppointmentContext } from '../../../src/booking/server/notifications/compose';
import { isConfigurationError } from '../../../src/errors/index';

const ctx = (over: Partial<AppointmentContext['appointment']> = {}): AppointmentContext => ({
  appointment: {
    id: '0b6f3d8e-1c1a-4c7e-9a55-0c3b1f0e2a11',
    practitionerId: 'dr-budi',
    serviceId: 'video',
    status: 'confirmed',
    start: Date.parse('2025-01-07T02:00:00Z'),
    end: Date.parse('2025-01-07T02:20:00Z'),
    blockedStart: Date.parse('2025-01-07T02:00:00Z'),
    blockedEnd: Date.parse('2025-01-07T02:30:00Z'),
    sessionKey: 'k',
    seat: 1,
    capacity: 1,
    priceIdr: 0,
    patient: {
      name: 'Siti <b>Rahayu</b>',
      birthDate: '1990-04-12',
      phone: '0812',
      email: 'siti@example.test',
      payer: 'general',
      nik: '3174051204900002',
    },
    locale: 'id',
    sequence: 0,
    createdAt: 0,
    ...over,
  },
  practitioner: {
    id: 'dr-budi',
    name: 'dr. Budi Santoso',
    title: 'Sp.A',
    video: true,
    schedule: { timeZone: 'Asia/Jakarta', weekly: [] },
    active: true,
    serviceIds: ['video'],
  },
  service: {
    id: 'video',
    name: { id: 'Konsultasi video', en: 'Video consultation' },
    mode: 'video',
    rules: { durationMinutes: 20 },
    priceIdr: 0,
    active: true,
  },
  clinic: {
    name: 'Klinik Sehat',
    timeZone: 'Asia/Jakarta',
    email: 'janji@klinik-sehat.test',
    address: 'Jl. Teuku Umar 1',
  },
});

describe('email templates', () => {
  it('fills placeholders and keeps a section only when its value is present', () => {
    const t = 'Halo {{patientName}}.{{#videoLink}} Tautan: {{videoLink}}{{/videoLink}} {{ clinicName }}';
    expect(renderTemplate(t, { patientName: 'Siti', videoLink: 'https://v', clinicName: 'K' })).toBe(
      'Halo Siti. Tautan: https://v K',
    );
    expect(renderTemplate(t, { patientName: 'Siti', clinicName: 'K' })).toBe('Halo Siti. K');
    // A value that looks like a replacement pattern or a tag is inserted as text.
    expect(renderTemplate('{{patientName}}', { patientName: '$& {{clinicName}}' })).toBe('$& {{clinicName}}');
    expect(
      renderTemplate('<p>{{patientName}}</p>', { patientName: '<img src=x onerror=alert(1)>' }, true),
    ).toBe('<p>&lt;img src=x onerror=alert(1)&gt;</p>');
  });

  it('lays a clinic’s wording over the defaults and refuses unknown placeholders at start', () => {
    const set = resolveTemplates({ reminder: { en: { subject: 'See you at {{time}}' } } });
    expect(set.reminder.en.subject).toBe('See you at {{time}}');
    expect(set.reminder.en.text).toBe(DEFAULT_TEMPLATES.reminder.en.text);
    expect(set.reminder.id).toEqual(DEFAULT_TEMPLATES.reminder.id);
    let error: unknown;
    try {
      resolveTemplates({ confirmation: { id: { text: 'Halo {{patientNmae}} {{#videoLink}}' } } });
    } catch (e) {
      error = e;
    }
    expect(isConfigurationError(error)).toBe(true);
    expect((error as { issues: { path: string; message: string }[] }).issues).toEqual([
      expect.objectContaining({
        path: 'templates.confirmation.id.text',
        message: 'unknown placeholder {{patientNmae}}',
      }),
      expect.objectContaining({
        path: 'templates.confirmation.id.text',
        message: 'section {{#videoLink}} is never closed',
      }),
    ]);
  });

  it('writes a video confirmation in Bahasa Indonesia with the patient’s zone, the link and a REQUEST invite', () => {
    const email = composeEmail(
      'confirmation',
      ctx({ patientTimeZone: 'Asia/Jayapura' }),
      resolveTemplates(),
      {
        now: 0,
        videoLink: 'https://klinik-sehat.test/konsultasi?token=abc',
        manageLink: 'https://klinik-sehat.test/janji?token=def',
      },
    );
    expect(email.subject).toBe(
      'Janji temu dikonfirmasi: Konsultasi video, Selasa, 7 Januari 2025 pukul 11.00 WIT',
    );
    expect(email.text).toContain('Dokter: dr. Budi Santoso, Sp.A');
    expect(email.text).toContain('Waktu: Selasa, 7 Januari 2025, 11.00–11.20 WIT');
    expect(email.text).toContain('https://klinik-sehat.test/konsultasi?token=abc');
    // A video consultation has no clinic address line.
    expect(email.text).not.toContain('Alamat');
    expect(email.html).toContain('Siti &lt;b&gt;Rahayu&lt;/b&gt;');
    expect(email.html).toContain('<a href="https://klinik-sehat.test/janji?token=def">');
    expect(email.calendar?.method).toBe('REQUEST');
    expect(email.calendar?.content).toContain('SEQUENCE:0');
    expect(`${email.subject}${email.text}${email.html}${email.calendar?.content}`).not.toContain(
      '3174051204900002',
    );
  });

  it('writes the cancellation with its reason and a CANCEL invite, and the reminder with none', () => {
    const cancelled = composeEmail(
      'cancellation',
      ctx({ status: 'cancelled', sequence: 2, locale: 'en' }),
      resolveTemplates(),
      {
        now: 0,
        reason: 'Doctor unwell',
      },
    );
    expect(cancelled.subject).toBe(
      'Appointment cancelled: Video consultation, Tuesday, January 7, 2025 at 09:00 WIB',
    );
    expect(cancelled.text).toContain('Reason: Doctor unwell');
    expect(cancelled.calendar?.method).toBe('CANCEL');
    expect(cancelled.calendar?.content).toContain('SEQUENCE:2');
    const reminder = composeEmail('reminder', ctx(), resolveTemplates(), { now: 0 });
    expect(reminder.calendar).toBeUndefined();
    expect(reminder.subject).toBe('Pengingat: janji temu hari ini pukul 09.00 WIB');
  });
});
