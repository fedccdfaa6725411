import { describe, expect, it } from 'vitest';
import { composeEmail, DEFAULT_TEMPLATES } from '../../../src/booking/server/index';
import type { AppointmentContext } from '../../../src/booking/server/notifications/compose';
import { retryDelay } from '../../../src/booking/server/outbox/outbox';

const refunded = (locale: 'id' | 'en'): AppointmentContext => ({
  appointment: {
    id: '0b6f3d8e-1c1a-4c7e-9a55-0c3b1f0e2a11',
    practitionerId: 'dr-budi',
    serviceId: 'anak',
    status: 'refunded',
    start: Date.parse('2025-01-07T02:00:00Z'),
    end: Date.parse('2025-01-07T02:30:00Z'),
    blockedStart: Date.parse('2025-01-07T02:00:00Z'),
    blockedEnd: Date.parse('2025-01-07T02:30:00Z'),
    sessionKey: 'k',
    seat: 1,
    capacity: 1,
    priceIdr: 250_000,
    paymentId: 'chk_1',
    patient: {
      name: 'Siti Rahayu',
      birthDate: '1990-04-12',
      phone: '0812',
      email: 'siti@example.test',
      payer: 'general',
      nik: '3174051204900002',
    },
    locale,
    sequence: 0,
    cancelReason: 'slot_taken_after_payment',
    createdAt: 0,
  },
  practitioner: {
    id: 'dr-budi',
    name: 'dr. Budi Santoso',
    schedule: { timeZone: 'Asia/Jakarta', weekly: [] },
    video: false,
    active: true,
    serviceIds: ['anak'],
  },
  service: {
    id: 'anak',
    name: { id: 'Konsultasi anak', en: 'Paediatric consultation' },
    mode: 'in_person',
    rules: { durationMinutes: 30 },
    priceIdr: 250_000,
    active: true,
  },
  clinic: { name: 'Klinik Sehat', timeZone: 'Asia/Jakarta', email: 'janji@klinik-sehat.test' },
});

describe('outbox retry delay', () => {
  it('doubles from the first delay after each failed attempt and stops at the ceiling', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7, 8].map((attempt) => retryDelay(attempt, 60_000, 3_600_000));
    expect(delays).toEqual([60_000, 120_000, 240_000, 480_000, 960_000, 1_920_000, 3_600_000, 3_600_000]);
    expect(retryDelay(0, 1000, 10_000)).toBe(1000);
  });
});

describe('the late-payment refund email', () => {
  it('says in Indonesian that the time was taken and how much went back, with no calendar part', () => {
    const email = composeEmail('payment_refunded', refunded('id'), DEFAULT_TEMPLATES, {
      now: 0,
      amountIdr: 250_000,
    });
    expect(email.subject).toBe(
      'Pembayaran dikembalikan: waktu Selasa, 7 Januari 2025 pukul 09.00 WIB sudah terisi',
    );
    expect(email.text).toMatch(/Pembayaran Anda sebesar Rp\s250\.000 sudah kami kembalikan/u);
    expect(email.text).toContain('sudah dipesan pasien lain');
    expect(email.calendar).toBeUndefined();
    expect(email.text).not.toContain('3174051204900002');
  });

  it('says the same in English, and leaves the amount out when it is unknown', () => {
    const email = composeEmail('payment_refunded', refunded('en'), DEFAULT_TEMPLATES, { now: 0 });
    expect(email.subject).toBe('Payment refunded: Tuesday, January 7, 2025 at 09:00 WIB was already taken');
    expect(email.text).toContain('Your payment has been returned through the payment provider.');
    const withAmount = composeEmail('payment_refunded', refunded('en'), DEFAULT_TEMPLATES, {
      now: 0,
      amountIdr: 250_000,
    });
    expect(withAmount.text).toMatch(/Your payment of IDR\s250,000 has been returned/u);
  });
});
