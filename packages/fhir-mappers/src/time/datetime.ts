import { type IndonesianTimeZone, TIME_ZONE_OFFSET_MINUTES } from './zones';

/**
 * SATUSEHAT accepts datetimes only as `YYYY-MM-DDThh:mm:ss+00:00` (RuleNumber 10132, "Format allowed").
 * A branded string so a mapper cannot pass a local time where a UTC one is due.
 */
export type UtcDateTime = string & { readonly __utc: true };

/** Earliest event time SATUSEHAT accepts: "Past Date older than 31st August 2022" is refused (RuleNumber 10132). */
export const SATUSEHAT_EARLIEST = Date.UTC(2022, 7, 31);

export const UTC_DATETIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00$/;

// ISO 8601 extended format with seconds optional, fraction optional, offset optional (`Z` or ±hh:mm).
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?$/;

export type DateTimeProblem = 'invalid_format' | 'invalid_value' | 'missing_offset';

const COLON = 0x3a;
const DOT = 0x2e;
const MINUS = 0x2d;
const LETTER_Z = 0x5a;

/** The number written by two ASCII digits at `at` (the pattern has already checked they are digits). */
const twoDigits = (text: string, at: number) =>
  (text.charCodeAt(at) - 48) * 10 + text.charCodeAt(at + 1) - 48;

/**
 * Epoch milliseconds of an ISO 8601 datetime, or the reason it cannot be read. A value without an offset is
 * read in `timeZone` when one is given; without one it is refused, since guessing WIB would shift WITA and WIT
 * clinics by one or two hours. Fractions of a second are dropped: the platform format has none.
 */
export function parseDateTime(text: string, timeZone?: IndonesianTimeZone): number | DateTimeProblem {
  // The pattern decides the shape; the fields are then read in place, with no match array or substrings
  // (a visit carries a dozen datetimes).
  if (!ISO_DATETIME.test(text)) return 'invalid_format';
  const year = twoDigits(text, 0) * 100 + twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  let at = 16;
  let second = 0;
  if (text.charCodeAt(at) === COLON) {
    second = twoDigits(text, 17);
    at = 19;
    if (text.charCodeAt(at) === DOT) {
      at += 1;
      while (at < text.length && isDigit(text.charCodeAt(at))) at += 1;
    }
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return 'invalid_value';
  if (hour > 23 || minute > 59 || second > 59) return 'invalid_value';
  let offsetMinutes: number;
  if (at === text.length) {
    if (timeZone === undefined) return 'missing_offset';
    offsetMinutes = TIME_ZONE_OFFSET_MINUTES[timeZone];
  } else if (text.charCodeAt(at) === LETTER_Z) {
    offsetMinutes = 0;
  } else {
    const oh = twoDigits(text, at + 1);
    const om = twoDigits(text, at + 4);
    if (oh > 14 || om > 59) return 'invalid_value';
    offsetMinutes = (text.charCodeAt(at) === MINUS ? -1 : 1) * (oh * 60 + om);
  }
  return utc(year, month - 1, day, hour, minute, second) - offsetMinutes * 60_000;
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/** Reads a datetime already in SATUSEHAT's format back to epoch milliseconds. */
export function utcToEpoch(value: UtcDateTime): number {
  return utc(
    Number(value.slice(0, 4)),
    Number(value.slice(5, 7)) - 1,
    Number(value.slice(8, 10)),
    Number(value.slice(11, 13)),
    Number(value.slice(14, 16)),
    Number(value.slice(17, 19)),
  );
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Epoch milliseconds of a calendar date at 00:00 UTC, or undefined when it is not a real date. */
export function parseDate(text: string): number | undefined {
  const m = DATE_ONLY.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return utc(year, month - 1, day);
}

/** Days in a month of the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  return (utc(year, month, 1) - utc(year, month - 1, 1)) / 86_400_000;
}

/** The Gregorian calendar repeats every 400 years, which are exactly 146,097 days. */
const FOUR_CENTURIES_MS = 146_097 * 86_400_000;

/**
 * `Date.UTC`, except that years 0-99 are those years: `Date.UTC` reads them as 1900-1999, so `0024-01-01`
 * would pass as 1924. Such years are computed 400 years later and moved back.
 */
function utc(year: number, monthIndex: number, day: number, hour = 0, minute = 0, second = 0): number {
  return year >= 0 && year < 100
    ? Date.UTC(year + 400, monthIndex, day, hour, minute, second) - FOUR_CENTURIES_MS
    : Date.UTC(year, monthIndex, day, hour, minute, second);
}
