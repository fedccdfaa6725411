import { type IndonesianTimeZone, TIME_ZONE_OFFSET_MINUTES } from './zones';

const DAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

/**
 * `Selasa, 14 Juni 2022`: the clinic-local date in Bahasa Indonesia, the way SATUSEHAT's own examples label a
 * visit ("Kunjungan Budi Santoso di hari Selasa, 14 Juni 2022"). Hand-rolled rather than Intl so the label does
 * not depend on the ICU data a runtime ships.
 */
export function indonesianDate(epochMs: number, timeZone: IndonesianTimeZone): string {
  const d = new Date(epochMs + TIME_ZONE_OFFSET_MINUTES[timeZone] * 60_000);
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
