import { z } from 'zod';

/**
 * Dates at the edges of BPJS: pCare writes `dd-mm-yyyy`, Antrean writes `yyyy-mm-dd` (spec §3, §5).
 * SehatKit's own types always use ISO `yyyy-mm-dd`; the conversion happens only in the mappers.
 */

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const PCARE = /^(\d{2})-(\d{2})-(\d{4})$/;

/** A real calendar date written `yyyy-mm-dd`. */
export const isoDate = z.string().refine((value) => {
  const m = ISO.exec(value);
  return !!m && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
}, 'must be a date written yyyy-mm-dd');

/** A real calendar date written `dd-mm-yyyy`, as pCare wants it. */
export const pcareDate = z.string().refine((value) => {
  const m = PCARE.exec(value);
  return !!m && isCalendarDate(Number(m[3]), Number(m[2]), Number(m[1]));
}, 'must be a date written dd-mm-yyyy');

/** `2026-01-31` -> `31-01-2026`. The input is already validated. */
export function toPcareDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}-${m}-${y}`;
}

/** `31-01-2026` -> `2026-01-31`; anything else (null, a differently written date) is returned as is. */
export function fromPcareDate<T extends string | null | undefined>(value: T): T | string {
  if (typeof value !== 'string') return value;
  const m = PCARE.exec(value.trim());
  return m ? `${m[3]}-${m[2]}-${m[1]}` : value;
}
