import { manualClock } from '@sehatkit/sdk';
import { type BookingService, checkoutApiProvider } from '@sehatkit/sdk/booking/server';
import { type Database, openDatabase } from '@sehatkit/sdk/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PaymentSandbox, startPaymentSandbox } from '../../../src/payment/index';
import { type SmtpSink, startSmtpSink } from '../../../src/smtp/index';
import { at, iso, openPaidClinic } from './support/paid-clinic';

const MIN = 60_000;

let gateway: PaymentSandbox;
let sink: SmtpSink;
let db: Database;
let booking: BookingService;
const clock = manualClock(at('2025-01-06', '07:00'));

const request = (time: string, email = 'siti@example.test') => ({
  serviceId: 'konsul-spesialis',
  practitionerId: 'dr-budi',
  start: iso(at('2025-01-07', time)),
  patient: { name: 'Siti Rahayu', birthDate: '1990-04-12', phone: '081234567890', email, payer: 'general' },
  consent: true,
  locale: 'id',
});

beforeAll(async () => {
  gateway = await startPaymentSandbox({ clock });
  sink = await startSmtpSink();
  db = await openDatabase();
  booking = await openPaidClinic({
    database: db,
    gateway,
    sink,
    clock,
    signingSecret: 'sandbox-payment-secret-0123456789-abcdefgh',
  });
});
afterAll(async () => {
  booking.close();
  await gateway.close();
  await sink.close();
  await db.close();
});

describe('paid booking: hold, pay, confirm', () => {
  it('holds the slot and sends the patient to the gateway; paying on its page confirms and emails', async () => {
    const result = await booking.book(request('08:00'));
    expect(result.status).toBe('payment_required');
    if (result.status !== 'payment_required') return;
    expect(result.appointment.status).toBe('held');
    expect(result.payment.expiresAt).toBe(iso(clock.now() + 15 * MIN));
    // The held slot is not offered to anyone else meanwhile.
    const slots = await booking.findSlots({
      serviceId: 'konsul-spesialis',
      from: iso(at('2025-01-07', '08:00')),
      to: iso(at('2025-01-07', '09:00')),
    });
    expect(slots.map((s) => s.start)).toEqual([iso(at('2025-01-07', '08:30'))]);

    const page = await fetch(result.payment.url);
    expect(await page.text()).toContain('Rp');
    expect(sink.messages()).toHaveLength(0);
    const paid = await fetch(result.payment.url, {
      method: 'POST',
      body: new URLSearchParams({ action: 'pay' }),
      redirect: 'manual',
    });
    expect(paid.status).toBe(303);
    expect(paid.headers.get('location')).toBe(
      `https://klinik-sehat.test/janji/${result.appointment.id}?payment=paid`,
    );

    // The patient lands back on the clinic's page, which asks for the appointment's state.
    const state = await booking.appointmentStatus(result.appointment.id);
    expect(state.status).toBe('confirmed');
    const email = await sink.waitFor((m) => m.subject.startsWith('Janji temu dikonfirmasi'));
    expect(email.calendar?.method).toBe('REQUEST');
    expect(await booking.calendarFile(result.appointment.id)).toContain('METHOD:PUBLISH');
  });

  it('releases the slot when the payment fails', async () => {
    const result = await booking.book(request('09:00', 'budi@example.test'));
    if (result.status !== 'payment_required') throw new Error('expected a hold');
    await fetch(result.payment.url, {
      method: 'POST',
      body: new URLSearchParams({ action: 'fail' }),
      redirect: 'manual',
    });
    expect((await booking.appointmentStatus(result.appointment.id)).status).toBe('expired');
    const again = await booking.book(request('09:00', 'rina@example.test'));
    expect(again.status).toBe('payment_required');
  });

  it('releases a hold nobody paid once it expires, and lets the next patient have the slot', async () => {
    const result = await booking.book(request('10:00', 'a@example.test'));
    if (result.status !== 'payment_required') throw new Error('expected a hold');
    await expect(booking.book(request('10:00', 'b@example.test'))).rejects.toMatchObject({
      reason: 'slot_taken',
    });
    clock.advance(16 * MIN);
    // This hold and the unpaid 09:00 one left by the previous test.
    expect(await booking.releaseExpiredHolds()).toBe(2);
    expect((await booking.appointmentStatus(result.appointment.id)).status).toBe('expired');
    const page = await fetch(result.payment.url);
    expect(await page.text()).toContain('Waktu pembayaran habis');
    const next = await booking.book(request('10:00', 'b@example.test'));
    expect(next.status).toBe('payment_required');
    clock.set(at('2025-01-06', '07:00'));
  });

  it('confirms a hold whose payment arrived just before the sweep', async () => {
    const result = await booking.book(request('11:00', 'c@example.test'));
    if (result.status !== 'payment_required') throw new Error('expected a hold');
    const checkout = gateway.checkouts().find((c) => c.reference === result.appointment.id);
    await gateway.settle(checkout?.id ?? '', 'paid');
    clock.advance(16 * MIN);
    await booking.releaseExpiredHolds();
    expect((await booking.appointmentStatus(result.appointment.id)).status).toBe('confirmed');
    clock.set(at('2025-01-06', '07:00'));
  });

  it('gives the slot back at once when the gateway cannot open a checkout', async () => {
    gateway.faults.rejectCheckouts = true;
    try {
      await expect(booking.book(request('11:30', 'd@example.test'))).rejects.toMatchObject({
        code: 'TRANSPORT_FAILED',
        source: 'payment',
      });
    } finally {
      gateway.faults.rejectCheckouts = false;
    }
    const slots = await booking.findSlots({
      serviceId: 'konsul-spesialis',
      from: iso(at('2025-01-07', '11:30')),
      to: iso(at('2025-01-07', '12:00')),
    });
    expect(slots).toHaveLength(1);
  });

  it('maps the gateway’s refusals to the error family without echoing the server key', async () => {
    const wrongKey = checkoutApiProvider({ baseUrl: gateway.url, apiKey: 'sbx_not-the-right-key' });
    const refused = await wrongKey.getPayment('chk_x').catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'AUTHENTICATION_FAILED', source: 'payment' });
    expect(String((refused as Error).message)).not.toContain('not-the-right-key');
    const provider = checkoutApiProvider({ baseUrl: gateway.url, apiKey: gateway.apiKey });
    await expect(provider.getPayment('chk_unknown')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      source: 'payment',
    });
    gateway.faults.failStatus = true;
    try {
      await expect(provider.getPayment('chk_unknown')).rejects.toMatchObject({ code: 'TRANSPORT_FAILED' });
    } finally {
      gateway.faults.failStatus = false;
    }
  });

  it('refuses the gateway API without the server key', async () => {
    const res = await fetch(`${gateway.url}/api/checkouts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer wrong' },
      body: '{}',
    });
    expect(res.status).toBe(401);
    const bad = await fetch(`${gateway.url}/api/checkouts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${gateway.apiKey}` },
      body: JSON.stringify({ reference: 'x', amountIdr: -5 }),
    });
    expect(bad.status).toBe(400);
  });
});
