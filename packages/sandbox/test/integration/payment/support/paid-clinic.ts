import type { Clock } from '@sehatkit/sdk';
import { instantOfLocal } from '@sehatkit/sdk/booking';
import {
  type BookingService,
  type BookingServiceOptions,
  checkoutApiProvider,
  createBookingService,
} from '@sehatkit/sdk/booking/server';
import type { Database } from '@sehatkit/sdk/storage';
import type { PaymentSandbox } from '../../../../src/payment/index';
import type { SmtpSink } from '../../../../src/smtp/index';

export const WIB = 'Asia/Jakarta';
export const at = (date: string, time: string) => instantOfLocal(date, time, WIB);
export const iso = (t: number) => new Date(t).toISOString();

/**
 * A clinic whose paediatric consultation (Rp 250.000, 30 minutes, dr. Budi on Tuesdays 08:00-12:00 WIB) is
 * paid through the sandbox gateway with 15-minute holds, emailing through the sandbox SMTP sink.
 */
export async function openPaidClinic(parts: {
  database: Database;
  gateway: PaymentSandbox;
  sink: SmtpSink;
  clock: Clock;
  signingSecret: string;
  logger?: BookingServiceOptions['logger'];
}): Promise<BookingService> {
  const booking = await createBookingService({
    database: parts.database,
    clinic: { name: 'Klinik Sehat', timeZone: WIB, email: 'janji@klinik-sehat.test' },
    signingSecret: parts.signingSecret,
    links: {
      video: 'https://klinik-sehat.test/konsultasi?token={token}',
      manage: 'https://klinik-sehat.test/janji?token={token}',
      waitingRoom: 'https://klinik-sehat.test/tunggu/{practitionerId}',
      paymentReturn: 'https://klinik-sehat.test/janji/{appointmentId}',
    },
    mail: { smtp: { host: parts.sink.host, port: parts.sink.port } },
    payment: checkoutApiProvider({
      baseUrl: parts.gateway.url,
      apiKey: parts.gateway.apiKey,
      name: 'sandbox',
    }),
    holdMinutes: 15,
    clock: parts.clock,
    ...(parts.logger ? { logger: parts.logger } : {}),
  });
  await booking.upsertService({
    id: 'konsul-spesialis',
    name: { id: 'Konsultasi spesialis anak', en: 'Paediatric consultation' },
    mode: 'in_person',
    priceIdr: 250_000,
    rules: { durationMinutes: 30 },
  });
  await booking.upsertPractitioner({
    id: 'dr-budi',
    name: 'dr. Budi Santoso',
    schedule: { timeZone: WIB, weekly: [{ weekday: 2, start: '08:00', end: '12:00' }] },
    serviceIds: ['konsul-spesialis'],
  });
  return booking;
}
