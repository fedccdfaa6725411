import type { UtcDateTime } from './datetime';

const DAY_MS = 86_400_000;
// Years 0000-9999 print as four digits, zero-padded as FHIR's dateTime requires; others (never valid FHIR)
// go the slow way. 0000-01-01T00:00:00Z as a number: Date.UTC would read year 0 as 1900.
const FOUR_DIGIT_YEARS_FROM = -62_167_219_200_000;
const FOUR_DIGIT_YEARS_UNTIL = Date.UTC(10000, 0, 1);

// `YYYY-MM-DDThh:mm:ss+00:00` as character codes, digits filled in per call. Decoding an array of codes gives
// a flat string, where a template of a dozen pieces gives a rope that the next reader (the datetime pattern,
// JSON.stringify) has to flatten first; a visit formats a dozen datetimes.
const codes = Array.from('0000-00-00T00:00:00+00:00', (c) => c.charCodeAt(0));

function putTwoDigits(at: number, value: number): void {
  codes[at] = 48 + Math.floor(value / 10);
  codes[at + 1] = 48 + (value % 10);
}

function formatWithDate(epochMs: number): UtcDateTime {
  const d = new Date(epochMs);
  const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}T${pad2(d.getUTCHours())}:${pad2(
    d.getUTCMinutes(),
  )}:${pad2(d.getUTCSeconds())}+00:00` as UtcDateTime;
}

/**
 * Formats epoch milliseconds the way SATUSEHAT wants them (`YYYY-MM-DDThh:mm:ss+00:00`); sub-second precision
 * is dropped. The calendar date comes from Howard Hinnant's `civil_from_days` (proleptic Gregorian, as Date
 * uses; http://howardhinnant.github.io/date_algorithms.html), so no Date object is made per value.
 */
export function formatUtc(epochMs: number): UtcDateTime {
  const ms = Math.trunc(epochMs); // as Date's TimeClip; NaN stays NaN and fails the range test
  if (!(ms >= FOUR_DIGIT_YEARS_FROM && ms < FOUR_DIGIT_YEARS_UNTIL)) return formatWithDate(epochMs);
  const days = Math.floor(ms / DAY_MS);
  const secondOfDay = Math.floor((ms - days * DAY_MS) / 1000);
  const z = days + 719_468; // days since 0000-03-01
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153); // 0 = March
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  putTwoDigits(0, Math.floor(year / 100));
  putTwoDigits(2, year % 100);
  putTwoDigits(5, month);
  putTwoDigits(8, day);
  putTwoDigits(11, Math.floor(secondOfDay / 3600));
  putTwoDigits(14, Math.floor(secondOfDay / 60) % 60);
  putTwoDigits(17, secondOfDay % 60);
  return String.fromCharCode.apply(null, codes) as UtcDateTime;
}
