import path from 'node:path';
import type { Logger } from '@sehatkit/sdk';
import { type BookingService, checkoutApiProvider, createBookingService } from '@sehatkit/sdk/booking/server';
import { openDatabase } from '@sehatkit/sdk/storage';

export interface DemoBookingOptions {
  /** The sandbox's data folder; the booking store lives in its `booking` subfolder. Omitted: in memory. */
  dataDir?: string;
  smtp: { host: string; port: number };
  payment: { url: string; apiKey: string };
  /** Where the demo clinic's pages answer; the links in emails point there. */
  siteUrl: string;
  logger: Logger;
}

export interface DemoBooking {
  service: BookingService;
  close(): Promise<void>;
}

// The sandbox's own signing key: it only ever signs links to pages on loopback.
const DEMO_SIGNING_SECRET = 'sehatkit-sandbox-booking-links-not-for-production';

const weekdays = (start: string, end: string, days = [1, 2, 3, 4, 5]) =>
  days.map((d) => ({ weekday: d as 1, start, end }));

/**
 * The demo clinic's booking: a store (PGlite), emails to the sandbox SMTP sink, paid consultations through
 * the sandbox payment page, and four practitioners in WIB and WITA with a holiday, a Saturday class and a
 * doctor taking walk-in video consultations.
 */
export async function startDemoBooking(options: DemoBookingOptions): Promise<DemoBooking> {
  const database = await openDatabase(
    options.dataDir ? { dataDir: path.join(options.dataDir, 'booking') } : {},
  );
  try {
    const site = options.siteUrl.replace(/\/$/, '');
    const service = await createBookingService({
      database,
      clinic: {
        name: 'Klinik SehatKit Demo',
        timeZone: 'Asia/Jakarta',
        email: 'janji@klinik-demo.sehatkit.test',
        address: 'Jl. Contoh No. 1, Jakarta Pusat',
        phone: '021-000-0000',
      },
      signingSecret: DEMO_SIGNING_SECRET,
      links: {
        video: `${site}/konsultasi?token={token}`,
        manage: `${site}/janji?token={token}`,
        waitingRoom: `${site}/tunggu/{practitionerId}`,
        paymentReturn: `${site}/janji/{appointmentId}`,
      },
      mail: { smtp: { host: options.smtp.host, port: options.smtp.port } },
      payment: checkoutApiProvider({
        baseUrl: options.payment.url,
        apiKey: options.payment.apiKey,
        name: 'sandbox',
      }),
      logger: options.logger,
    });
    await seedDemoBooking(service);
    const stopWork = service.startBackgroundWork(30_000);
    return {
      service,
      async close() {
        stopWork();
        service.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** Services and practitioners of the demo clinic (idempotent: a persistent store is updated, not duplicated). */
export async function seedDemoBooking(service: BookingService): Promise<void> {
  await service.upsertService({
    id: 'umum',
    name: { id: 'Pemeriksaan umum', en: 'General check-up' },
    mode: 'in_person',
    rules: { durationMinutes: 20, bufferAfterMinutes: 10, minimumNoticeMinutes: 60, horizonDays: 30 },
  });
  await service.upsertService({
    id: 'konsul-anak',
    name: { id: 'Konsultasi dokter anak', en: 'Paediatric consultation' },
    mode: 'in_person',
    priceIdr: 150_000,
    rules: {
      durationMinutes: 30,
      alignMinutes: 30,
      minimumNoticeMinutes: 120,
      maxPerDay: 8,
      horizonDays: 30,
    },
  });
  await service.upsertService({
    id: 'video',
    name: { id: 'Konsultasi video', en: 'Video consultation' },
    description: { id: 'Konsultasi lewat video dari rumah.', en: 'A consultation by video from home.' },
    mode: 'video',
    priceIdr: 75_000,
    rules: { durationMinutes: 15, bufferAfterMinutes: 5, minimumNoticeMinutes: 30, horizonDays: 14 },
  });
  await service.upsertService({
    id: 'senam-hamil',
    name: { id: 'Senam hamil', en: 'Pregnancy exercise class' },
    mode: 'in_person',
    rules: { durationMinutes: 60, capacity: 8, horizonDays: 60 },
  });
  const year = new Date().getUTCFullYear();
  await service.upsertPractitioner({
    id: 'dr-ayu',
    name: 'dr. Ayu Lestari',
    specialty: { id: 'Dokter umum', en: 'General practitioner' },
    schedule: {
      timeZone: 'Asia/Jakarta',
      weekly: [...weekdays('08:00', '12:00'), ...weekdays('13:00', '16:00', [1, 3, 5])],
      exceptions: [{ date: `${year}-12-25`, reason: 'Hari Raya Natal' }],
    },
    serviceIds: ['umum'],
  });
  await service.upsertPractitioner({
    id: 'dr-budi',
    name: 'dr. Budi Santoso',
    title: 'Sp.A',
    specialty: { id: 'Dokter spesialis anak', en: 'Paediatrician' },
    video: true,
    schedule: {
      timeZone: 'Asia/Jakarta',
      weekly: [...weekdays('16:00', '20:00', [1, 2, 3, 4]), { weekday: 6, start: '09:00', end: '12:00' }],
    },
    serviceIds: ['konsul-anak', 'video'],
  });
  await service.upsertPractitioner({
    id: 'dr-made',
    name: 'dr. Made Wirawan',
    specialty: { id: 'Dokter umum (Denpasar)', en: 'General practitioner (Denpasar)' },
    video: true,
    schedule: { timeZone: 'Asia/Makassar', weekly: weekdays('09:00', '15:00') },
    serviceIds: ['umum', 'video'],
  });
  await service.upsertPractitioner({
    id: 'bidan-rina',
    name: 'Bidan Rina Wulandari',
    title: 'Amd.Keb',
    specialty: { id: 'Bidan', en: 'Midwife' },
    schedule: { timeZone: 'Asia/Jakarta', weekly: [{ weekday: 6, start: '07:00', end: '08:00' }] },
    serviceIds: ['senam-hamil'],
  });
  await service.setAvailableNow('dr-made', { available: true });
}
