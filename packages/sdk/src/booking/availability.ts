import { mergeIntervals, subtractIntervals } from './intervals';
import type { Interval, LocalTime, PractitionerSchedule } from './types';
import {
  DAY_MS,
  dayOfIsoDate,
  instantToWall,
  isoWeekday,
  MINUTE_MS,
  wallDay,
  wallToInstant,
} from './zoned-time';

/** Minutes after midnight of `HH:MM` (`24:00` is 1440), or NaN when malformed. */
export function minutesOfLocalTime(time: LocalTime): number {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) return Number.NaN;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes !== 0)) return Number.NaN;
  return hours * 60 + minutes;
}

/** A local window in minutes after midnight, parsed once per query rather than once per day. */
interface MinuteWindow {
  from: number;
  to: number;
}

function minuteWindow(start: LocalTime, end: LocalTime): MinuteWindow {
  return { from: minutesOfLocalTime(start), to: minutesOfLocalTime(end) };
}

function span(zone: string, day: number, { from, to }: MinuteWindow): Interval | undefined {
  if (!(to > from)) return undefined;
  const interval = {
    start: wallToInstant(zone, day * DAY_MS + from * MINUTE_MS),
    end: wallToInstant(zone, day * DAY_MS + to * MINUTE_MS),
  };
  // A window lying wholly inside a forward DST jump has no real time in it.
  return interval.end > interval.start ? interval : undefined;
}

/**
 * The windows in which a practitioner works that overlap `[from, to)`, merged per local day and with
 * exceptions removed.
 * Computed per local day in the schedule's zone, so "08:00-12:00 every Monday" stays 08:00-12:00 local
 * across DST changes, and a window in a skipped hour shrinks by the skipped part.
 */
export function availableIntervals(schedule: PractitionerSchedule, from: number, to: number): Interval[] {
  if (!(to > from)) return [];
  const zone = schedule.timeZone;
  // One local day of margin each side: a zone's day can begin up to 14 h away from the UTC day.
  const firstDay = wallDay(instantToWall(zone, from)) - 1;
  const lastDay = wallDay(instantToWall(zone, to)) + 1;

  const weekly = new Map<number, MinuteWindow[]>();
  for (const w of schedule.weekly) {
    const list = weekly.get(w.weekday) ?? [];
    list.push(minuteWindow(w.start, w.end));
    weekly.set(w.weekday, list);
  }
  const dated = new Map<number, MinuteWindow[]>();
  for (const d of schedule.dates ?? []) {
    const day = dayOfIsoDate(d.date);
    if (day < firstDay || day > lastDay) continue;
    const list = dated.get(day) ?? [];
    list.push(minuteWindow(d.start, d.end));
    dated.set(day, list);
  }

  const exceptions = new Map<number, Interval[]>();
  for (const e of schedule.exceptions ?? []) {
    const hours = minuteWindow(e.start ?? '00:00', e.end ?? '24:00');
    const startDay = Math.max(dayOfIsoDate(e.date), firstDay);
    const endDay = Math.min(dayOfIsoDate(e.until ?? e.date), lastDay);
    for (let day = startDay; day <= endDay; day += 1) {
      const i = span(zone, day, hours);
      if (!i) continue;
      const list = exceptions.get(day) ?? [];
      list.push(i);
      exceptions.set(day, list);
    }
  }

  // Each local day is merged on its own and the result is never clipped to the query: the slot grid is
  // anchored at a window's start, so a window must not depend on which days or hours were asked for.
  // The price is that no slot crosses local midnight.
  const out: Interval[] = [];
  for (let day = firstDay; day <= lastDay; day += 1) {
    const open: Interval[] = [];
    for (const w of weekly.get(isoWeekday(day)) ?? []) {
      const i = span(zone, day, w);
      if (i) open.push(i);
    }
    for (const w of dated.get(day) ?? []) {
      const i = span(zone, day, w);
      if (i) open.push(i);
    }
    if (open.length === 0) continue;
    const closed = exceptions.get(day);
    const windows = closed
      ? subtractIntervals(mergeIntervals(open), mergeIntervals(closed))
      : mergeIntervals(open);
    for (const w of windows) if (w.end > from && w.start < to) out.push(w);
  }
  return out;
}
