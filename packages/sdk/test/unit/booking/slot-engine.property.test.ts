import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeSlots,
  type ExistingAppointment,
  type Interval,
  instantOfLocal,
  type PractitionerSchedule,
  type SlotQuery,
  type SlotRules,
} from '../../../src/booking/index';
import { minutes, readWall, weekdayOf } from './support/wall-clock';

// Zones with whole-hour, half-hour and 45-minute offsets, with and without DST, and Lord Howe's 30-minute DST.
const ZONES = [
  'Asia/Jakarta',
  'Asia/Makassar',
  'Asia/Jayapura',
  'Europe/Berlin',
  'America/New_York',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'Pacific/Chatham',
] as const;

// DST change days in the zones above, and ordinary days.
const START_DATES = [
  '2025-03-09', // US spring forward
  '2025-03-30', // EU spring forward
  '2025-04-06', // Lord Howe / Chatham back
  '2025-09-28', // Chatham forward
  '2025-10-05', // Lord Howe forward
  '2025-10-26', // EU fall back
  '2025-11-02', // US fall back
  '2025-01-06',
  '2025-06-17',
  '2025-12-31',
] as const;

const HOUR = 3_600_000;
const MIN = 60_000;

const time = (min: number) =>
  `${String(Math.floor(min / 60)).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`;

const window = fc
  .tuple(fc.integer({ min: 0, max: 286 }), fc.integer({ min: 1, max: 144 }))
  .map(([s, len]) => ({ start: s * 5, end: Math.min(1440, s * 5 + len * 5) }));

const addDays = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

const scenario = fc
  .record({
    zone: fc.constantFrom(...ZONES),
    startDate: fc.constantFrom(...START_DATES),
    days: fc.integer({ min: 1, max: 4 }),
    weekly: fc.array(fc.tuple(fc.integer({ min: 1, max: 7 }), window), { maxLength: 5 }),
    dated: fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), window), { maxLength: 2 }),
    exceptions: fc.array(
      fc.tuple(
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 2 }),
        fc.option(window, { nil: undefined }),
      ),
      { maxLength: 3 },
    ),
    rules: fc.record(
      {
        durationMinutes: fc.integer({ min: 1, max: 24 }).map((n) => n * 5),
        bufferBeforeMinutes: fc.integer({ min: 0, max: 6 }).map((n) => n * 5),
        bufferAfterMinutes: fc.integer({ min: 0, max: 6 }).map((n) => n * 5),
        intervalMinutes: fc.integer({ min: 1, max: 24 }).map((n) => n * 5),
        alignMinutes: fc.constantFrom(5, 10, 15, 20, 30, 60),
        minimumNoticeMinutes: fc.integer({ min: 0, max: 1440 }),
        maxPerDay: fc.integer({ min: 1, max: 4 }),
        capacity: fc.integer({ min: 1, max: 3 }),
      },
      { requiredKeys: ['durationMinutes'] },
    ),
    busy: fc.array(fc.tuple(fc.integer({ min: 0, max: 96 * 60 }), fc.integer({ min: 5, max: 240 })), {
      maxLength: 5,
    }),
    appointments: fc.array(
      fc.tuple(
        fc.integer({ min: 0, max: 96 * 12 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom('svc', 'other'),
        fc.integer({ min: 0, max: 2 }),
      ),
      { maxLength: 6 },
    ),
    nowOffsetMinutes: fc.integer({ min: -2880, max: 1440 }),
  })
  .map((s) => {
    const schedule: PractitionerSchedule = {
      timeZone: s.zone,
      weekly: s.weekly.map(([weekday, w]) => ({
        weekday: weekday as 1,
        start: time(w.start),
        end: time(w.end),
      })),
      dates: s.dated.map(([d, w]) => ({
        date: addDays(s.startDate, d),
        start: time(w.start),
        end: time(w.end),
      })),
      exceptions: s.exceptions.map(([d, extra, w]) => ({
        date: addDays(s.startDate, d),
        ...(extra > 0 ? { until: addDays(s.startDate, d + extra) } : {}),
        ...(w ? { start: time(w.start), end: time(w.end) } : {}),
      })),
    };
    const from = instantOfLocal(s.startDate, '00:00', s.zone);
    const to = instantOfLocal(addDays(s.startDate, s.days), '00:00', s.zone);
    const busy: Interval[] = s.busy.map(([m, len]) => ({
      start: from + m * MIN,
      end: from + (m + len) * MIN,
    }));
    const appointments: ExistingAppointment[] = s.appointments.map(([slot5, len5, serviceId, pad5]) => {
      const start = from + slot5 * 5 * MIN;
      const end = start + len5 * 5 * MIN;
      return {
        start,
        end,
        blockedStart: start - pad5 * 5 * MIN,
        blockedEnd: end + pad5 * 5 * MIN,
        serviceId,
      };
    });
    const query: SlotQuery = {
      schedule,
      rules: s.rules as SlotRules,
      serviceId: 'svc',
      from,
      to,
      now: from + s.nowOffsetMinutes * MIN,
      busy,
      appointments,
    };
    return query;
  });

/** Union of local minute ranges as sorted disjoint pieces. */
function union(ranges: { start: number; end: number }[]): { start: number; end: number }[] {
  const sorted = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  const out: { start: number; end: number }[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/** The wall-clock rules of `date`, read straight from the schedule (the oracle's own reading). */
function wallRules(schedule: PractitionerSchedule, date: string) {
  const weekday = weekdayOf(date);
  const open = union(
    [
      ...schedule.weekly.filter((w) => w.weekday === weekday),
      ...(schedule.dates ?? []).filter((d) => d.date === date),
    ].map((w) => ({ start: minutes(w.start), end: minutes(w.end) })),
  );
  const closed = (schedule.exceptions ?? [])
    .filter((e) => e.date <= date && date <= (e.until ?? e.date))
    .map((e) => ({ start: minutes(e.start ?? '00:00'), end: minutes(e.end ?? '24:00') }));
  return { open, closed };
}

const resolved = (q: SlotQuery) => ({
  before: (q.rules.bufferBeforeMinutes ?? 0) * MIN,
  after: (q.rules.bufferAfterMinutes ?? 0) * MIN,
  duration: q.rules.durationMinutes * MIN,
  capacity: q.rules.capacity ?? 1,
});

describe('slot engine properties', () => {
  it('generates scenarios that actually offer slots, so the properties below are not vacuous', () => {
    const counts = fc.sample(scenario, { numRuns: 300, seed: 7 }).map((q) => computeSlots(q).length);
    const withSlots = counts.filter((n) => n > 0).length;
    expect(withSlots).toBeGreaterThan(100);
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(1000);
  });

  it('never offers a slot whose span with buffers overlaps a busy block or another appointment', () => {
    fc.assert(
      fc.property(scenario, (q) => {
        const { before, after, duration } = resolved(q);
        for (const slot of computeSlots(q)) {
          const a = slot.start - before;
          const b = slot.end + after;
          for (const busy of q.busy ?? []) expect(a < busy.end && busy.start < b).toBe(false);
          for (const appt of q.appointments ?? []) {
            const sameSession =
              appt.serviceId === 'svc' && appt.start === slot.start && appt.end === slot.start + duration;
            if (sameSession) continue;
            const blockedStart = appt.blockedStart ?? appt.start;
            const blockedEnd = appt.blockedEnd ?? appt.end;
            expect(a < blockedEnd && blockedStart < b).toBe(false);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every slot with its buffers inside one local day of availability and outside every exception', () => {
    fc.assert(
      fc.property(scenario, (q) => {
        const { before, after } = resolved(q);
        const zone = q.schedule.timeZone;
        for (const slot of computeSlots(q)) {
          const first = readWall(slot.start - before, zone);
          const last = readWall(slot.end + after - 1, zone);
          expect(last.date).toBe(first.date);
          const lo = Math.min(first.minute, last.minute);
          const hi = Math.max(first.minute, last.minute) + 1;
          const { open, closed } = wallRules(q.schedule, first.date);
          expect(open.some((w) => w.start <= lo && hi <= w.end)).toBe(true);
          for (const c of closed) expect(lo < c.end && c.start < hi).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('respects the query range, minimum notice, horizon and seat count, in strictly ascending order', () => {
    fc.assert(
      fc.property(scenario, (q) => {
        const slots = computeSlots(q);
        const notice = (q.rules.minimumNoticeMinutes ?? 0) * MIN;
        const horizon = (q.rules.horizonDays ?? 60) * 24 * HOUR;
        const { capacity, duration } = resolved(q);
        for (const [i, s] of slots.entries()) {
          expect(s.start).toBeGreaterThanOrEqual(Math.max(q.from, q.now + notice));
          expect(s.start).toBeLessThan(Math.min(q.to, q.now + horizon));
          expect(s.end - s.start).toBe(duration);
          expect(s.remaining).toBeGreaterThanOrEqual(1);
          expect(s.remaining).toBeLessThanOrEqual(capacity);
          if (i > 0) expect(s.start).toBeGreaterThan((slots[i - 1] as { start: number }).start);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same slots whether a range is asked for at once or in two halves', () => {
    fc.assert(
      fc.property(scenario, fc.double({ min: 0, max: 1, noNaN: true }), (q, cut) => {
        const mid = Math.round(q.from + (q.to - q.from) * cut);
        const whole = computeSlots(q);
        const halves = [...computeSlots({ ...q, to: mid }), ...computeSlots({ ...q, from: mid })];
        expect(halves).toEqual(whole);
      }),
      { numRuns: 200 },
    );
  });

  it('does not open a new session on a day that already reached its cap', () => {
    fc.assert(
      fc.property(scenario, (q) => {
        const cap = q.rules.maxPerDay;
        if (cap === undefined) return;
        const zone = q.schedule.timeZone;
        const sessionsPerDay = new Map<string, Set<number>>();
        for (const a of q.appointments ?? []) {
          if (a.serviceId !== 'svc') continue;
          const day = readWall(a.start, zone).date;
          const set = sessionsPerDay.get(day) ?? new Set();
          set.add(a.start);
          sessionsPerDay.set(day, set);
        }
        for (const slot of computeSlots(q)) {
          const day = readWall(slot.start, zone).date;
          const taken = sessionsPerDay.get(day);
          if (taken && taken.size >= cap) expect(taken.has(slot.start)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
