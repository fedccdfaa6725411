import { instantOfLocal } from '../../../../src/booking/index';
import {
  type BookingService,
  type BookingServiceOptions,
  createBookingService,
} from '../../../../src/booking/server/index';
import { manualClock } from '../../../../src/logging/clock';
import type { LogFields, Logger } from '../../../../src/logging/logger';
import type { Database } from '../../../../src/storage/database';

export const SECRET = 'test-signing-secret-0123456789-abcdefghij';
export const WIB = 'Asia/Jakarta';

/** Monday 6 January 2025, 07:00 WIB: "now" in these tests. */
export const MONDAY_7AM = instantOfLocal('2025-01-06', '07:00', WIB);

export const at = (date: string, time: string, zone = WIB) => instantOfLocal(date, time, zone);
export const iso = (instant: number) => new Date(instant).toISOString();

export interface CapturedLine {
  level: string;
  message: string;
  fields?: LogFields;
}

export function capturingLogger(): Logger & { lines: CapturedLine[]; text(): string } {
  const lines: CapturedLine[] = [];
  const at = (level: string) => (message: string, fields?: LogFields) => {
    lines.push({ level, message, ...(fields ? { fields } : {}) });
  };
  return {
    lines,
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    text: () => JSON.stringify(lines),
  };
}

export const patient = {
  name: 'Siti Rahayu',
  birthDate: '1990-04-12',
  phone: '0812-3456-7890',
  email: 'siti@example.test',
  nik: '3174051204900002',
  payer: 'bpjs' as const,
  bpjsCardNumber: '0001234567890',
};

/**
 * A small clinic: dr. Ayu (general practice, in person, 08:00-10:00 WIB on weekdays, 20 minutes with 10 after),
 * dr. Budi (video consultations, same hours, and a group session on Mondays 13:00-15:00 with 3 seats).
 */
export async function openClinic(
  database: Database,
  extra: Partial<BookingServiceOptions> = {},
): Promise<{
  booking: BookingService;
  clock: ReturnType<typeof manualClock>;
  logger: ReturnType<typeof capturingLogger>;
}> {
  const clock = manualClock(MONDAY_7AM);
  const logger = capturingLogger();
  const booking = await createBookingService({
    database,
    clinic: {
      name: 'Klinik Sehat Menteng',
      timeZone: WIB,
      email: 'janji@klinik-sehat.test',
      address: 'Jl. Teuku Umar 1, Jakarta',
    },
    signingSecret: SECRET,
    links: {
      video: 'https://klinik-sehat.test/konsultasi?token={token}',
      manage: 'https://klinik-sehat.test/janji?token={token}',
      waitingRoom: 'https://klinik-sehat.test/tunggu/{practitionerId}',
    },
    clock,
    logger,
    ...extra,
  });
  await booking.upsertService({
    id: 'umum',
    name: { id: 'Pemeriksaan umum', en: 'General check-up' },
    mode: 'in_person',
    rules: { durationMinutes: 20, bufferAfterMinutes: 10, minimumNoticeMinutes: 30 },
  });
  await booking.upsertService({
    id: 'video',
    name: { id: 'Konsultasi video', en: 'Video consultation' },
    mode: 'video',
    rules: { durationMinutes: 15, intervalMinutes: 15 },
  });
  await booking.upsertService({
    id: 'senam-hamil',
    name: { id: 'Senam hamil', en: 'Pregnancy exercise class' },
    mode: 'in_person',
    rules: { durationMinutes: 60, capacity: 3 },
  });
  const weekdays = [1, 2, 3, 4, 5].map((d) => ({ weekday: d as 1, start: '08:00', end: '10:00' }));
  await booking.upsertPractitioner({
    id: 'dr-ayu',
    name: 'dr. Ayu Lestari',
    specialty: { id: 'Dokter umum', en: 'General practitioner' },
    schedule: { timeZone: WIB, weekly: weekdays },
    serviceIds: ['umum'],
  });
  await booking.upsertPractitioner({
    id: 'dr-budi',
    name: 'dr. Budi Santoso',
    title: 'Sp.A',
    video: true,
    schedule: { timeZone: WIB, weekly: [...weekdays, { weekday: 1, start: '13:00', end: '15:00' }] },
    serviceIds: ['video', 'senam-hamil'],
  });
  return { booking, clock, logger };
}
