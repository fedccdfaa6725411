import { describe, expect, it } from 'vitest';
import {
  computeSlots,
  formatTime,
  instantOfLocal,
  mergeSlotLists,
  type PractitionerSchedule,
  resolveRules,
  type SlotQuery,
} from '../../../src/booking/index';

const WIB = 'Asia/Jakarta';
const MIN = 60_000;

// Monday 6 January 2025, 08:00-10:00 WIB: "2 hours of availability".
const twoHours: PractitionerSchedule = {
  timeZone: WIB,
  weekly: [{ weekday: 1, start: '08:00', end: '10:00' }],
};
const monday = (schedule: PractitionerSchedule = twoHours): Pick<SlotQuery, 'from' | 'to' | 'now'> => {
  const from = instantOfLocal('2025-01-06', '00:00', schedule.timeZone);
  return { from, to: instantOfLocal('2025-01-07', '00:00', schedule.timeZone), now: from - 86_400_000 };
};
const times = (slots: { start: number; end: number }[], zone = WIB) =>
  slots.map((s) => `${formatTime(s.start, zone, 'en')}-${formatTime(s.end, zone, 'en')}`);

describe('computeSlots: the worked example', () => {
  it('turns 2 hours, 20-minute consultations and 10 minutes between them (as a buffer) into exactly 4 slots', () => {
    const slots = computeSlots({
      schedule: twoHours,
      rules: { durationMinutes: 20, bufferAfterMinutes: 10 },
      ...monday(),
    });
    expect(times(slots)).toEqual(['08:00-08:20', '08:30-08:50', '09:00-09:20', '09:30-09:50']);
  });

  it('turns the same sentence read as a 30-minute cadence into the same 4 slots', () => {
    const slots = computeSlots({
      schedule: twoHours,
      rules: { durationMinutes: 20, intervalMinutes: 30 },
      ...monday(),
    });
    expect(times(slots)).toEqual(['08:00-08:20', '08:30-08:50', '09:00-09:20', '09:30-09:50']);
  });

  it('tells the two readings apart around an existing appointment: only the buffer pads it', () => {
    const { from } = monday();
    // Someone else's appointment 09:25-09:30 (another service, booked at the desk).
    const busyAt = instantOfLocal('2025-01-06', '09:25', WIB);
    const appointments = [{ start: busyAt, end: busyAt + 5 * MIN }];
    const buffer = computeSlots({
      schedule: twoHours,
      rules: { durationMinutes: 20, bufferAfterMinutes: 10 },
      ...monday(),
      appointments,
    });
    const cadence = computeSlots({
      schedule: twoHours,
      rules: { durationMinutes: 20, intervalMinutes: 30 },
      ...monday(),
      appointments,
    });
    // 09:00-09:20 plus its 10-minute buffer reaches 09:30 and touches the 09:25 appointment; a cadence does not pad.
    expect(times(buffer)).toEqual(['08:00-08:20', '08:30-08:50', '09:30-09:50']);
    expect(times(cadence)).toEqual(['08:00-08:20', '08:30-08:50', '09:00-09:20', '09:30-09:50']);
    expect(from).toBeLessThan(busyAt);
  });

  it('defaults the cadence to duration plus buffers, and a buffer before keeps preparation time inside the window', () => {
    expect(
      resolveRules({ durationMinutes: 20, bufferBeforeMinutes: 5, bufferAfterMinutes: 10 }).interval,
    ).toBe(35 * MIN);
    const slots = computeSlots({
      schedule: twoHours,
      rules: { durationMinutes: 20, bufferBeforeMinutes: 10 },
      ...monday(),
    });
    expect(times(slots)).toEqual(['08:10-08:30', '08:40-09:00', '09:10-09:30', '09:40-10:00']);
  });
});

describe('computeSlots: daylight saving time', () => {
  const berlin: PractitionerSchedule = {
    timeZone: 'Europe/Berlin',
    weekly: [{ weekday: 7, start: '00:00', end: '06:00' }],
  };
  const sunday = (date: string) => {
    const from = instantOfLocal(date, '00:00', 'Europe/Berlin');
    return { from, to: instantOfLocal(date, '23:00', 'Europe/Berlin'), now: from - 1 };
  };

  it('offers 5 hourly slots on the spring-forward night, skipping 02:00 that does not exist', () => {
    const slots = computeSlots({ schedule: berlin, rules: { durationMinutes: 60 }, ...sunday('2025-03-30') });
    expect(times(slots, 'Europe/Berlin')).toEqual([
      '00:00-01:00',
      '01:00-03:00',
      '03:00-04:00',
      '04:00-05:00',
      '05:00-06:00',
    ]);
    expect(slots.map((s) => new Date(s.start).toISOString())).toEqual([
      '2025-03-29T23:00:00.000Z',
      '2025-03-30T00:00:00.000Z',
      '2025-03-30T01:00:00.000Z',
      '2025-03-30T02:00:00.000Z',
      '2025-03-30T03:00:00.000Z',
    ]);
  });

  it('offers 7 hourly slots on the fall-back night, with 02:00 twice', () => {
    const slots = computeSlots({ schedule: berlin, rules: { durationMinutes: 60 }, ...sunday('2025-10-26') });
    expect(slots).toHaveLength(7);
    expect(times(slots, 'Europe/Berlin').map((t) => t.slice(0, 5))).toEqual([
      '00:00',
      '01:00',
      '02:00',
      '02:00',
      '03:00',
      '04:00',
      '05:00',
    ]);
    expect(slots.every((s) => s.end - s.start === 60 * MIN)).toBe(true);
  });

  it('keeps an ordinary 08:00 clinic at 08:00 local on both sides of the change', () => {
    const schedule: PractitionerSchedule = {
      timeZone: 'America/New_York',
      weekly: [
        { weekday: 6, start: '08:00', end: '09:00' },
        { weekday: 7, start: '08:00', end: '09:00' },
      ],
    };
    const from = instantOfLocal('2025-03-08', '00:00', 'America/New_York');
    const slots = computeSlots({
      schedule,
      rules: { durationMinutes: 30 },
      from,
      to: from + 2 * 86_400_000,
      now: from,
    });
    expect(slots.map((s) => new Date(s.start).toISOString())).toEqual([
      '2025-03-08T13:00:00.000Z',
      '2025-03-08T13:30:00.000Z',
      '2025-03-09T12:00:00.000Z',
      '2025-03-09T12:30:00.000Z',
    ]);
  });
});

describe('computeSlots: other rules', () => {
  it('removes whole-day and partial exceptions and adds one-off dates', () => {
    const schedule: PractitionerSchedule = {
      timeZone: WIB,
      weekly: [{ weekday: 1, start: '08:00', end: '10:00' }],
      dates: [{ date: '2025-01-11', start: '09:00', end: '10:00' }],
      exceptions: [
        { date: '2025-01-06', start: '08:30', end: '09:30', reason: 'Rapat' },
        { date: '2025-01-13' },
      ],
    };
    const from = instantOfLocal('2025-01-06', '00:00', WIB);
    const slots = computeSlots({
      schedule,
      rules: { durationMinutes: 30 },
      from,
      to: instantOfLocal('2025-01-14', '00:00', WIB),
      now: from,
    });
    expect(slots.map((s) => `${new Date(s.start + 7 * 3_600_000).toISOString().slice(5, 16)}`)).toEqual([
      '01-06T08:00',
      '01-06T09:30',
      '01-11T09:00',
      '01-11T09:30',
    ]);
  });

  it('keeps a group session bookable until its seats are gone', () => {
    const { from, to, now } = monday();
    const start = instantOfLocal('2025-01-06', '08:00', WIB);
    const base = {
      schedule: twoHours,
      rules: { durationMinutes: 60, capacity: 3 },
      serviceId: 'senam-hamil',
      from,
      to,
      now,
    };
    const seat = { start, end: start + 60 * MIN, serviceId: 'senam-hamil' };
    expect(computeSlots({ ...base, appointments: [seat] }).map((s) => s.remaining)).toEqual([2, 3]);
    expect(computeSlots({ ...base, appointments: [seat, seat, seat] }).map((s) => s.remaining)).toEqual([3]);
    // Another service's appointment at the same time blocks the session outright.
    expect(computeSlots({ ...base, appointments: [{ ...seat, serviceId: 'umum' }] })).toHaveLength(1);
  });

  it('stops opening new appointments on a day that reached its cap', () => {
    const { from, to, now } = monday();
    const start = instantOfLocal('2025-01-06', '08:00', WIB);
    const slots = computeSlots({
      schedule: twoHours,
      rules: { durationMinutes: 20, intervalMinutes: 30, maxPerDay: 2 },
      serviceId: 'umum',
      from,
      to,
      now,
      appointments: [
        { start, end: start + 20 * MIN, serviceId: 'umum' },
        { start: start + 30 * MIN, end: start + 50 * MIN, serviceId: 'umum' },
      ],
    });
    expect(slots).toEqual([]);
  });

  it('applies minimum notice without moving the grid, and stops at the horizon', () => {
    const from = instantOfLocal('2025-01-06', '00:00', WIB);
    const now = instantOfLocal('2025-01-06', '08:05', WIB);
    const schedule: PractitionerSchedule = {
      timeZone: WIB,
      weekly: [1, 2, 3, 4, 5, 6, 7].map((d) => ({ weekday: d as 1, start: '08:00', end: '10:00' })),
    };
    const slots = computeSlots({
      schedule,
      rules: { durationMinutes: 20, bufferAfterMinutes: 10, minimumNoticeMinutes: 30, horizonDays: 2 },
      from,
      to: from + 30 * 86_400_000,
      now,
    });
    // Now 08:05 plus 30 minutes' notice: 08:30 is too soon, 09:00 is the next start on the unmoved grid.
    expect(times(slots)).toEqual([
      '09:00-09:20',
      '09:30-09:50',
      '08:00-08:20',
      '08:30-08:50',
      '09:00-09:20',
      '09:30-09:50',
      '08:00-08:20',
    ]);
  });

  it('snaps starts to the local clock when asked to align, in a zone 45 minutes off the hour', () => {
    const zone = 'Asia/Kathmandu';
    const schedule: PractitionerSchedule = {
      timeZone: zone,
      weekly: [{ weekday: 1, start: '08:10', end: '10:00' }],
    };
    const from = instantOfLocal('2025-01-06', '00:00', zone);
    const slots = computeSlots({
      schedule,
      rules: { durationMinutes: 25, intervalMinutes: 25, alignMinutes: 15 },
      from,
      to: from + 86_400_000,
      now: from,
    });
    expect(times(slots, zone)).toEqual(['08:15-08:40', '08:45-09:10', '09:15-09:40']);
  });

  it('orders slots of several practitioners by start, then practitioner id', () => {
    const merged = mergeSlotLists([
      {
        practitionerId: 'b',
        slots: [
          { start: 1, end: 2, remaining: 1 },
          { start: 3, end: 4, remaining: 1 },
        ],
      },
      { practitionerId: 'a', slots: [{ start: 3, end: 4, remaining: 1 }] },
    ]);
    expect(merged.map((s) => `${s.start}${s.practitionerId}`)).toEqual(['1b', '3a', '3b']);
  });

  it('refuses rules that cannot produce a finite list, naming the rule', () => {
    expect(() => resolveRules({ durationMinutes: 0 })).toThrow(/durationMinutes/);
    expect(() => resolveRules({ durationMinutes: 20, intervalMinutes: 0 })).toThrow(/intervalMinutes/);
    expect(() => resolveRules({ durationMinutes: 20, capacity: 1.5 })).toThrow(/capacity/);
  });
});
