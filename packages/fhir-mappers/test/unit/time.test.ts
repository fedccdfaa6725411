import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatUtc, parseDate, parseDateTime, UTC_DATETIME_PATTERN } from '../../src/index';

// 0000-01-01T00:00:00Z: Date.UTC reads year 0 as 1900.
const YEAR_0 = -62_167_219_200_000;
const YEAR_10000 = Date.UTC(10000, 0, 1);
const OFFSETS = { Z: 0, '+07:00': 420, '+08:00': 480, '+09:00': 540, '-03:30': -210 } as const;

/** The local wall-clock text of `ms` in a zone `offsetMinutes` east of UTC, seconds included. */
const localText = (ms: number, offsetMinutes: number) =>
  new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 19);

describe('formatUtc', () => {
  it('writes the UTC calendar date and time of any instant of years 0000-9999, seconds truncated', () => {
    fc.assert(
      fc.property(fc.integer({ min: YEAR_0, max: YEAR_10000 - 1 }), (ms) => {
        const text = formatUtc(ms);
        expect(text).toBe(`${new Date(ms).toISOString().slice(0, 19)}+00:00`);
        expect(UTC_DATETIME_PATTERN.test(text)).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });

  it('handles leap days, the turn of centuries and instants before 1970', () => {
    expect(formatUtc(Date.UTC(2024, 1, 29, 23, 59, 59, 999))).toBe('2024-02-29T23:59:59+00:00');
    expect(formatUtc(Date.UTC(2000, 1, 29))).toBe('2000-02-29T00:00:00+00:00');
    expect(formatUtc(Date.UTC(2100, 2, 1))).toBe('2100-03-01T00:00:00+00:00');
    expect(formatUtc(-1)).toBe('1969-12-31T23:59:59+00:00');
    expect(formatUtc(Date.UTC(1000, 0, 1))).toBe('1000-01-01T00:00:00+00:00');
  });

  it('never produces the platform format for something that is not an instant', () => {
    expect(UTC_DATETIME_PATTERN.test(formatUtc(Number.NaN))).toBe(false);
    expect(UTC_DATETIME_PATTERN.test(formatUtc(Number.POSITIVE_INFINITY))).toBe(false);
  });
});

describe('parseDateTime', () => {
  it('reads back any instant written in any offset, with or without seconds and fractions', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: YEAR_0 / 1000 + 86_400, max: Date.UTC(2200, 0, 1) / 1000 }).map((s) => s * 1000),
        fc.constantFrom(...(Object.keys(OFFSETS) as (keyof typeof OFFSETS)[])),
        fc.constantFrom('', '.5', '.123456789'),
        (ms, offset, fraction) => {
          const local = localText(ms, OFFSETS[offset]);
          expect(parseDateTime(`${local}${fraction}${offset}`)).toBe(ms);
          expect(parseDateTime(`${local.slice(0, 16)}${offset}`)).toBe(Math.floor(ms / 60_000) * 60_000);
        },
      ),
      { numRuns: 5_000 },
    );
  });

  it('reads a time without an offset in the clinic zone, and refuses it without one', () => {
    const ms = Date.UTC(2024, 4, 2, 1, 0, 0);
    expect(parseDateTime('2024-05-02T08:00:00', 'WIB')).toBe(ms);
    expect(parseDateTime('2024-05-02T09:00:00', 'WITA')).toBe(ms);
    expect(parseDateTime('2024-05-02T10:00', 'WIT')).toBe(ms);
    expect(parseDateTime('2024-05-02T08:00:00')).toBe('missing_offset');
  });

  it('tells a malformed text from an impossible date or time', () => {
    for (const text of [
      '2024-05-02',
      '2024-5-02T08:00Z',
      '2024-05-02 08:00Z',
      '2024-05-02T08:00:00+0700',
      '',
    ]) {
      expect(parseDateTime(text, 'WIB')).toBe('invalid_format');
    }
    for (const text of [
      '2023-02-29T00:00Z',
      '2024-04-31T00:00Z',
      '2024-13-01T00:00Z',
      '2024-00-10T00:00Z',
      '2024-05-02T24:00Z',
      '2024-05-02T08:60Z',
      '2024-05-02T08:00:60Z',
      '2024-05-02T08:00+15:00',
    ]) {
      expect(parseDateTime(text, 'WIB')).toBe('invalid_value');
    }
    expect(parseDateTime('2024-02-29T00:00Z')).toBe(Date.UTC(2024, 1, 29));
  });
});

describe('parseDate', () => {
  it('reads real calendar dates and refuses impossible ones', () => {
    expect(parseDate('1992-01-09')).toBe(Date.UTC(1992, 0, 9));
    expect(parseDate('2000-02-29')).toBe(Date.UTC(2000, 1, 29));
    expect(parseDate('1900-02-29')).toBeUndefined();
    expect(parseDate('2024-06-31')).toBeUndefined();
    expect(parseDate('2024-6-1')).toBeUndefined();
  });

  it('reads years 0000-0099 as those years, not as 1900-1999 the way Date.UTC does', () => {
    const year24 = new Date(0);
    year24.setUTCFullYear(24, 0, 1);
    expect(parseDate('0024-01-01')).toBe(year24.getTime());
    expect(formatUtc(parseDate('0024-01-01') as number)).toBe('0024-01-01T00:00:00+00:00');
    // 1900 was not a leap year, year 4 was: the calendar of the year itself decides.
    expect(parseDate('0004-02-29')).toBeDefined();
    expect(parseDate('0000-02-29')).toBeDefined();
    expect(formatUtc(parseDateTime('0099-12-31T23:59:59+07:00') as number)).toBe('0099-12-31T16:59:59+00:00');
    expect(formatUtc(-62_167_219_200_000)).toBe('0000-01-01T00:00:00+00:00');
  });
});
