import { availableIntervals } from './availability';
import { mergeIntervals } from './intervals';
import type { Interval, Slot, SlotQuery, SlotRules } from './types';
import { DAY_MS, instantToWall, MINUTE_MS, wallDay, wallToInstant } from './zoned-time';

/** Slot rules with every default filled in, in milliseconds. */
export interface ResolvedRules {
  duration: number;
  bufferBefore: number;
  bufferAfter: number;
  interval: number;
  align: number | undefined;
  notice: number;
  horizon: number;
  maxPerDay: number | undefined;
  capacity: number;
}

const DEFAULT_HORIZON_DAYS = 60;

function wholeMinutes(name: string, value: number | undefined, fallback: number, min: number): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < min) throw new RangeError(`${name} must be an integer of at least ${min}`);
  return v;
}

/** Fills in the defaults of `rules`; throws RangeError naming the rule that cannot work. */
export function resolveRules(rules: SlotRules): ResolvedRules {
  const duration = wholeMinutes('durationMinutes', rules.durationMinutes, 0, 1);
  const before = wholeMinutes('bufferBeforeMinutes', rules.bufferBeforeMinutes, 0, 0);
  const after = wholeMinutes('bufferAfterMinutes', rules.bufferAfterMinutes, 0, 0);
  const interval = wholeMinutes('intervalMinutes', rules.intervalMinutes, before + duration + after, 1);
  const align =
    rules.alignMinutes === undefined ? undefined : wholeMinutes('alignMinutes', rules.alignMinutes, 0, 1);
  const maxPerDay =
    rules.maxPerDay === undefined ? undefined : wholeMinutes('maxPerDay', rules.maxPerDay, 0, 1);
  return {
    duration: duration * MINUTE_MS,
    bufferBefore: before * MINUTE_MS,
    bufferAfter: after * MINUTE_MS,
    interval: interval * MINUTE_MS,
    align: align === undefined ? undefined : align * MINUTE_MS,
    notice: wholeMinutes('minimumNoticeMinutes', rules.minimumNoticeMinutes, 0, 0) * MINUTE_MS,
    horizon: wholeMinutes('horizonDays', rules.horizonDays, DEFAULT_HORIZON_DAYS, 1) * DAY_MS,
    maxPerDay,
    capacity: wholeMinutes('capacity', rules.capacity, 1, 1),
  };
}

/** The first instant at or after `t` whose local clock time is a multiple of `step` after local midnight. */
function alignUp(zone: string, t: number, step: number): number {
  const wall = instantToWall(zone, t);
  const midnight = wallDay(wall) * DAY_MS;
  let aligned = midnight + Math.ceil((wall - midnight) / step) * step;
  if (aligned === wall) return t;
  // Same offset as `t` (the usual case, and the only right answer inside a repeated hour).
  const sameOffset = t + (aligned - wall);
  if (instantToWall(zone, sameOffset) === aligned) return sameOffset;
  let r = wallToInstant(zone, aligned);
  while (r < t) {
    aligned += step;
    r = wallToInstant(zone, aligned);
  }
  return r;
}

interface Session extends Interval {
  blockedStart: number;
  blockedEnd: number;
  seats: number;
}

/**
 * Bookable slots for one practitioner and one service, in ascending start order.
 *
 * Rules, all on half-open intervals: the appointment plus its buffers lies inside one availability window
 * (weekly or dated, minus exceptions, computed per local day in the practitioner's zone); starts step by the
 * interval from the window start (or snap to the local clock with `alignMinutes`); the padded span overlaps
 * no busy block and no other appointment's blocked span; a group session keeps offering its start until its
 * seats are taken; minimum notice, horizon and the daily cap apply. The host's own time zone plays no part.
 */
export function computeSlots(query: SlotQuery): Slot[] {
  const r = resolveRules(query.rules);
  const zone = query.schedule.timeZone;
  const lower = Math.max(query.from, query.now + r.notice);
  const upper = Math.min(query.to, query.now + r.horizon);
  if (!(upper > lower)) return [];

  const busyParts: Interval[] = [...(query.busy ?? [])];
  const sessionsByStart = new Map<number, Session>();
  for (const a of query.appointments ?? []) {
    const blockedStart = a.blockedStart ?? a.start;
    const blockedEnd = a.blockedEnd ?? a.end;
    if (query.serviceId !== undefined && a.serviceId === query.serviceId) {
      const existing = sessionsByStart.get(a.start);
      if (existing && existing.end === a.end) {
        existing.seats += 1;
        existing.blockedStart = Math.min(existing.blockedStart, blockedStart);
        existing.blockedEnd = Math.max(existing.blockedEnd, blockedEnd);
        continue;
      }
      if (!existing) {
        sessionsByStart.set(a.start, { start: a.start, end: a.end, blockedStart, blockedEnd, seats: 1 });
        continue;
      }
    }
    busyParts.push({ start: blockedStart, end: blockedEnd });
  }
  const busy = mergeIntervals(busyParts);
  const sessions = [...sessionsByStart.values()].sort((a, b) => a.blockedStart - b.blockedStart);
  // Running maximum of blocked ends, so one forward-moving pointer can skip sessions that ended.
  const reach: number[] = [];
  for (const [i, s] of sessions.entries())
    reach.push(Math.max(s.blockedEnd, i > 0 ? (reach[i - 1] as number) : 0));

  const sessionsPerDay = new Map<number, number>();
  if (r.maxPerDay !== undefined) {
    for (const s of sessions) {
      const day = wallDay(instantToWall(zone, s.start));
      sessionsPerDay.set(day, (sessionsPerDay.get(day) ?? 0) + 1);
    }
  }

  const out: Slot[] = [];
  let b = 0;
  let p = 0;
  for (const window of availableIntervals(query.schedule, lower, upper)) {
    let t = window.start + r.bufferBefore;
    if (r.align !== undefined) t = alignUp(zone, t, r.align);
    else if (t < lower) t += Math.floor((lower - t) / r.interval) * r.interval;
    while (t < upper && t + r.duration + r.bufferAfter <= window.end) {
      if (t >= lower) {
        const blockedStart = t - r.bufferBefore;
        const blockedEnd = t + r.duration + r.bufferAfter;
        while (b < busy.length && (busy[b] as Interval).end <= blockedStart) b += 1;
        if (!(b < busy.length && (busy[b] as Interval).start < blockedEnd)) {
          while (p < sessions.length && (reach[p] as number) <= blockedStart) p += 1;
          let seats = 0;
          let clash = false;
          for (let k = p; k < sessions.length; k += 1) {
            const s = sessions[k] as Session;
            if (s.blockedStart >= blockedEnd) break;
            if (s.blockedEnd <= blockedStart) continue;
            if (s.start === t && s.end === t + r.duration) seats = s.seats;
            else {
              clash = true;
              break;
            }
          }
          const capped =
            r.maxPerDay !== undefined &&
            seats === 0 &&
            (sessionsPerDay.get(wallDay(instantToWall(zone, t))) ?? 0) >= r.maxPerDay;
          if (!clash && !capped && seats < r.capacity) {
            out.push({ start: t, end: t + r.duration, remaining: r.capacity - seats });
          }
        }
      }
      t += r.interval;
      if (r.align !== undefined) t = alignUp(zone, t, r.align);
    }
  }
  return out;
}

/** A slot offered by one of several practitioners. */
export interface PractitionerSlot extends Slot {
  practitionerId: string;
}

/** Joins per-practitioner slot lists into one list ordered by start, then practitioner id: the same input, the same order. */
export function mergeSlotLists(
  lists: readonly { practitionerId: string; slots: readonly Slot[] }[],
): PractitionerSlot[] {
  const byId = [...lists].sort((a, b) =>
    a.practitionerId < b.practitionerId ? -1 : a.practitionerId > b.practitionerId ? 1 : 0,
  );
  const out: PractitionerSlot[] = [];
  for (const { practitionerId, slots } of byId) {
    for (const s of slots) out.push({ start: s.start, end: s.end, remaining: s.remaining, practitionerId });
  }
  // Array.prototype.sort is stable (ES2019), so equal starts keep the practitioner order laid down above;
  // the input is a concatenation of sorted runs, which the engine's merge sort handles in near-linear time.
  return out.sort((a, b) => a.start - b.start);
}
