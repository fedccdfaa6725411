import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  groupByLocalDate,
  groupByPartOfDay,
  instantOfLocal,
  isValidTimeZone,
  localDate,
  localDayRange,
  partOfDay,
  timeZoneLabel,
  zoneOffset,
} from '../../../src/booking/index';
import { readWall } from './support/wall-clock';

const HOUR = 3_600_000;

describe('zoned time', () => {
  it('reads WIB, WITA and WIT as UTC+7, +8 and +9', () => {
    const t = Date.parse('2025-01-06T00:00:00Z');
    expect(zoneOffset('Asia/Jakarta', t)).toBe(7 * HOUR);
    expect(zoneOffset('Asia/Makassar', t)).toBe(8 * HOUR);
    expect(zoneOffset('Asia/Jayapura', t)).toBe(9 * HOUR);
    expect(timeZoneLabel('Asia/Makassar', 'id', t)).toBe('WITA');
  });

  it('round-trips every instant through its local wall time, checked against an independent reading', () => {
    const zones = [
      'Asia/Jakarta',
      'Europe/Berlin',
      'America/New_York',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({
          min: Date.parse('2024-01-01T00:00:00Z') / 60_000,
          max: Date.parse('2027-01-01T00:00:00Z') / 60_000,
        }),
        (zone, minute) => {
          const instant = minute * 60_000;
          const wall = readWall(instant, zone);
          expect(localDate(instant, zone)).toBe(wall.date);
          const hh = String(Math.floor(wall.minute / 60)).padStart(2, '0');
          const mm = String(wall.minute % 60).padStart(2, '0');
          const back = instantOfLocal(wall.date, `${hh}:${mm}`, zone);
          // In a repeated hour the earlier instant is chosen; otherwise the round trip is exact.
          expect(readWall(back, zone)).toEqual(wall);
          expect(back).toBeLessThanOrEqual(instant);
          expect(instant - back === 0 || instant - back <= HOUR).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('moves a time skipped by a forward jump forward, and takes the earlier of a repeated time', () => {
    expect(new Date(instantOfLocal('2025-03-30', '02:30', 'Europe/Berlin')).toISOString()).toBe(
      '2025-03-30T01:30:00.000Z',
    );
    expect(new Date(instantOfLocal('2025-10-26', '02:30', 'Europe/Berlin')).toISOString()).toBe(
      '2025-10-26T00:30:00.000Z',
    );
  });

  it('measures local days of 23, 24 and 25 hours', () => {
    const length = (d: string) => {
      const r = localDayRange(d, 'Europe/Berlin');
      return (r.end - r.start) / HOUR;
    };
    expect([length('2025-03-30'), length('2025-06-01'), length('2025-10-26')]).toEqual([23, 24, 25]);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
  });

  it('knows real zone names from made-up ones', () => {
    expect(isValidTimeZone('Asia/Jayapura')).toBe(true);
    expect(isValidTimeZone('Asia/Bandung')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});

describe('part of day', () => {
  it('groups slots into pagi, siang, sore and malam on the reader’s clock', () => {
    const at = (time: string) => ({ start: instantOfLocal('2025-01-06', time, 'Asia/Jakarta') });
    const slots = ['07:00', '10:59', '11:00', '14:30', '15:00', '18:00', '22:30'].map(at);
    const groups = groupByPartOfDay(slots, 'Asia/Jakarta');
    expect(groups.map((g) => [g.part, g.items.length])).toEqual([
      ['morning', 2],
      ['midday', 2],
      ['afternoon', 1],
      ['evening', 2],
    ]);
    // The same 10:59 WIB is 11:59 WITA: the reader's zone decides.
    expect(partOfDay(at('10:59').start, 'Asia/Makassar')).toBe('midday');
    expect(groupByLocalDate(slots, 'Asia/Jayapura').map((g) => [g.date, g.items.length])).toEqual([
      ['2025-01-06', 6],
      ['2025-01-07', 1],
    ]);
  });
});
