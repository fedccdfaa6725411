import { manualClock } from '@sehatkit/sdk';
import { type BookingService, checkoutApiProvider } from '@sehatkit/sdk/booking/server';
import { type Database, openDatabase } from '@sehatkit/sdk/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PaymentSandbox, startPaymentSandbox } from '../../../src/payment/index';
import { type SmtpSink, startSmtpSink } from '../../../src/smtp/index';
import { at, iso, openPaidClinic } from './support/paid-clinic';

const MIN = 60_000;
const NIK = '3174051204900002';
const CARD = '0001234567890';

let gateway: PaymentSandbox;
let sink: SmtpSink;
let db: Database;
let booking: BookingService;
const lines: string[] = [];
const log = (level: string) => (message: string, fields?: unknown) => {
  lines.push(JSON.stringify({ level, message, fields }));
};
const clock = manualClock(at('2025-01-06', '07:00'));

const request = (time: string, email: string, locale: 'id' | 'en' = 'id') => ({
  serviceId: 'konsul-spesialis',
  practitionerId: 'dr-budi',
  start: iso(at('2025-01-07', time)),
  patient: {
    name: 'Siti Rahayu',
    birthDate: '1990-04-12',
    phone: '081234567890',
    email,
    nik: NIK,
    payer: 'bpjs',
    bpjsCardNumber: CARD,
  },
  consent: true,
  locale,
});

/** The patient pays on the gateway's page, as the browser would. */
const payOnPage = (url: string) =>
  fetch(url, { method: 'POST', body: new URLSearchParams({ action: 'pay' }), redirect: 'manual' });

/** A hold whose time runs out, the slot then booked by someone else, and the first patient's late payment. */
async function latePayment(time: string, email: string, locale: 'id' | 'en' = 'id') {
  const first = await booking.book(request(time, email, locale));
  if (first.status !== 'payment_required') throw new Error('expected a hold');
  clock.advance(16 * MIN);
  const second = await booking.book(request(time, `next-${email}`));
  expect(second.status).toBe('payment_required');
  gateway.faults.acceptLatePayments = true;
  try {
    expect((await payOnPage(first.payment.url)).status).toBe(303);
  } finally {
    gateway.faults.acceptLatePayments = false;
  }
  return { first, second };
}

beforeAll(async () => {
  gateway = await startPaymentSandbox({ clock });
  sink = await startSmtpSink();
  db = await openDatabase();
  booking = await openPaidClinic({
    database: db,
    gateway,
    sink,
    clock,
    signingSecret: 'sandbox-late-payment-secret-0123456789-abc',
    logger: { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') },
  });
});
afterAll(async () => {
  booking.close();
  await gateway.close();
  await sink.close();
  await db.close();
});

describe('a payment that completes after the held slot went to someone else', () => {
  it('refunds it through the gateway, tells the patient, and ends the booking as refunded', async () => {
    const { first, second } = await latePayment('08:00', 'siti@example.test');

    // The patient comes back from the payment page; the clinic's page asks for the state.
    const state = await booking.appointmentStatus(first.appointment.id);
    expect(state.status).toBe('refunded');
    const checkout = gateway.checkouts().find((c) => c.reference === first.appointment.id);
    expect(checkout?.state).toBe('refunded');
    expect(gateway.refunds()).toEqual([
      expect.objectContaining({ reference: first.appointment.id, amountIdr: 250_000, reason: 'slot_taken' }),
    ]);

    const email = await sink.waitFor((m) => m.to.includes('siti@example.test'));
    expect(email.subject).toBe(
      'Pembayaran dikembalikan: waktu Selasa, 7 Januari 2025 pukul 08.00 WIB sudah terisi',
    );
    expect(email.text).toMatch(/sebesar Rp\s250\.000/u);
    expect(email.text).toContain('sudah dipesan pasien lain');
    expect(email.calendar).toBeUndefined();
    expect(email.raw).not.toContain(NIK);

    // Asking again (the gateway's notice, a second tab) neither refunds nor writes twice.
    expect((await booking.appointmentStatus(first.appointment.id)).status).toBe('refunded');
    await booking.releaseExpiredHolds();
    expect(gateway.refunds()).toHaveLength(1);
    expect(sink.messages().filter((m) => m.to.includes('siti@example.test'))).toHaveLength(1);
    expect(await booking.outbox.forAppointment(first.appointment.id)).toEqual([
      expect.objectContaining({ kind: 'payment_refunded', state: 'sent' }),
    ]);

    // Staff see it as its own outcome, with why.
    const list = await booking.listAppointments({
      from: iso(at('2025-01-07', '00:00')),
      to: iso(at('2025-01-08', '00:00')),
    });
    expect(list.find((a) => a.id === first.appointment.id)).toMatchObject({
      status: 'refunded',
      cancelReason: 'slot_taken_after_payment',
    });
    // The patient who got the time keeps it and can pay for it.
    if (second.status !== 'payment_required') throw new Error('expected a hold');
    await payOnPage(second.payment.url);
    expect((await booking.appointmentStatus(second.appointment.id)).status).toBe('confirmed');
    expect(lines.join('\n')).toContain('late payment refunded');
    expect(lines.join('\n')).not.toMatch(new RegExp(`${NIK}|${CARD}|${gateway.apiKey}`));
    clock.set(at('2025-01-06', '07:00'));
  });

  it('tries the refund again when the gateway is down, and writes in English to an English booking', async () => {
    const { first } = await latePayment('09:00', 'ayu@example.test', 'en');
    gateway.faults.failRefunds = true;
    try {
      expect((await booking.appointmentStatus(first.appointment.id)).status).toBe('expired');
    } finally {
      gateway.faults.failRefunds = false;
    }
    expect(lines.join('\n')).toContain('late payment could not be refunded yet');
    expect(sink.messages().filter((m) => m.to.includes('ayu@example.test'))).toHaveLength(0);
    expect((await booking.appointmentStatus(first.appointment.id)).status).toBe('refunded');
    expect(gateway.refunds().filter((r) => r.reference === first.appointment.id)).toHaveLength(1);
    const email = await sink.waitFor((m) => m.to.includes('ayu@example.test'));
    expect(email.subject).toBe('Payment refunded: Tuesday, January 7, 2025 at 09:00 WIB was already taken');
    expect(email.text).toMatch(/of IDR\s250,000 has been returned/u);
    clock.set(at('2025-01-06', '07:00'));
  });

  it('finishes the record and the email when the refund went through but was never recorded', async () => {
    const { first } = await latePayment('10:00', 'rudi@example.test');
    // As if a server refunded, then stopped before writing it down.
    const provider = checkoutApiProvider({ baseUrl: gateway.url, apiKey: gateway.apiKey });
    const checkout = gateway.checkouts().find((c) => c.reference === first.appointment.id);
    await provider.refund({
      paymentId: checkout?.id ?? '',
      amountIdr: 250_000,
      reason: 'slot_taken',
      idempotencyKey: `booking-refund-${first.appointment.id}`,
    });
    expect((await booking.appointmentStatus(first.appointment.id)).status).toBe('refunded');
    expect(gateway.refunds().filter((r) => r.reference === first.appointment.id)).toHaveLength(1);
    await sink.waitFor((m) => m.to.includes('rudi@example.test') && m.subject.startsWith('Pembayaran'));
    clock.set(at('2025-01-06', '07:00'));
  });
});

describe('the sandbox gateway’s refunds', () => {
  it('refunds only a paid checkout, once per idempotency key, and only with the server key', async () => {
    const provider = checkoutApiProvider({ baseUrl: gateway.url, apiKey: gateway.apiKey });
    const { paymentId } = await provider.createCheckout({
      reference: 'ref-refund-api',
      amountIdr: 100_000,
      description: 'test',
      customer: { name: 'A', email: 'a@example.test' },
      expiresAt: clock.now() + 15 * MIN,
    });
    const ask = (key: string, amountIdr = 100_000) =>
      provider.refund({ paymentId, amountIdr, reason: 'test', idempotencyKey: key });
    await expect(ask('k1')).rejects.toMatchObject({ code: 'CONFLICT', reason: 'not_refundable' });
    await gateway.settle(paymentId, 'paid');
    await expect(ask('k1', 100_001)).rejects.toMatchObject({ code: 'TRANSPORT_FAILED', httpStatus: 400 });
    const refund = await ask('k1');
    expect(refund.amountIdr).toBe(100_000);
    await expect(ask('k1')).resolves.toEqual(refund);
    await expect(ask('k2')).rejects.toMatchObject({ reason: 'not_refundable' });
    expect(await provider.getPayment(paymentId)).toMatchObject({ state: 'refunded' });
    const anonymous = await fetch(`${gateway.url}/api/checkouts/${paymentId}/refund`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ amountIdr: 1 }),
    });
    expect(anonymous.status).toBe(401);
    expect(await (await fetch(`${gateway.url}/pay/${paymentId}`)).text()).toContain('Dana dikembalikan');
  });
});
