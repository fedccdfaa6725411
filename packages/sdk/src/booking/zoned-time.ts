/**
 * Wall-clock arithmetic in IANA time zones with nothing but `Intl`, independent of the host's own zone.
 *
 * A "wall" value is the local date and time of a zone written as if it were UTC milliseconds
 * (`Date.UTC(y, m, d, h, min)`), so calendar maths on it is plain integer maths. Converting between
 * wall values and instants asks `Intl` for the zone's offset; offsets are cached per local day
 * because asking `Intl` costs microseconds and a slot search asks thousands of times.
 */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let format = formatters.get(zone);
  if (!format) {
    // Throws RangeError for a zone Intl does not know, which callers surface as a validation issue.
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, format);
  }
  return format;
}

/** True when `zone` is an IANA zone name this runtime knows (`Asia/Jakarta`, `UTC`). */
export function isValidTimeZone(zone: string): boolean {
  if (typeof zone !== 'string' || zone.length === 0) return false;
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

/** Offset of `zone` from UTC at `instant`, in milliseconds: wall = instant + offset. */
export function zoneOffset(zone: string, instant: number): number {
  const parts = formatterFor(zone).formatToParts(instant);
  let year = 0;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let bc = false;
  for (const part of parts) {
    switch (part.type) {
      case 'year':
        year = Number(part.value);
        break;
      case 'month':
        month = Number(part.value);
        break;
      case 'day':
        day = Number(part.value);
        break;
      case 'hour':
        hour = Number(part.value);
        break;
      case 'minute':
        minute = Number(part.value);
        break;
      case 'second':
        second = Number(part.value);
        break;
      case 'era':
        bc = part.value === 'BC' || part.value === 'B';
        break;
    }
  }
  const wall = new Date(0);
  wall.setUTCFullYear(bc ? 1 - year : year, month - 1, day);
  wall.setUTCHours(hour, minute, second, 0);
  const flooredInstant = instant - (((instant % 1000) + 1000) % 1000);
  return wall.getTime() - flooredInstant;
}

/**
 * The instant a wall time denotes, disambiguated the way RFC 9557 / Temporal's `compatible` does:
 * a time skipped by a forward jump moves forward by the jump; a repeated time takes its earlier instant.
 */
function wallToInstantExact(zone: string, wall: number): number {
  const before = zoneOffset(zone, wall - DAY_MS);
  const after = zoneOffset(zone, wall + DAY_MS);
  const early = wall - before;
  const late = wall - after;
  const earlyValid = early + zoneOffset(zone, early) === wall;
  const lateValid = late + zoneOffset(zone, late) === wall;
  if (earlyValid && lateValid) return Math.min(early, late);
  if (earlyValid) return early;
  if (lateValid) return late;
  // In a gap: the offset before the jump maps the skipped time to the same distance past the jump.
  return wall - before;
}

interface DayInfo {
  /** First instant of the local day and of the next one. */
  start: number;
  end: number;
  /** The one offset in force for the whole day, or undefined when the offset changes on it. */
  offset: number | undefined;
}

const MAX_CACHED_DAYS = 100_000;
const dayCache = new Map<string, Map<number, DayInfo>>();
let cachedDays = 0;

/** Local day number (days since 1970-01-01 as a wall date) of a wall value. */
export function wallDay(wall: number): number {
  return Math.floor(wall / DAY_MS);
}

function dayInfo(zone: string, day: number): DayInfo {
  let days = dayCache.get(zone);
  if (!days) {
    days = new Map();
    dayCache.set(zone, days);
  }
  const cached = days.get(day);
  if (cached) return cached;
  const start = wallToInstantExact(zone, day * DAY_MS);
  const end = wallToInstantExact(zone, (day + 1) * DAY_MS);
  const offset = zoneOffset(zone, start);
  // Constant only if nothing changes at the day's first instant (a midnight jump) nor during the day.
  const constant = zoneOffset(zone, start - 1) === offset && zoneOffset(zone, end - 1) === offset;
  const info: DayInfo = { start, end, offset: constant ? offset : undefined };
  if (cachedDays >= MAX_CACHED_DAYS) {
    dayCache.clear();
    cachedDays = 0;
    days = new Map();
    dayCache.set(zone, days);
  }
  days.set(day, info);
  cachedDays += 1;
  return info;
}

/** The instant of a wall time in `zone` (skipped times move forward, repeated times take the earlier). */
export function wallToInstant(zone: string, wall: number): number {
  const info = dayInfo(zone, wallDay(wall));
  return info.offset === undefined ? wallToInstantExact(zone, wall) : wall - info.offset;
}

/** The wall time in `zone` at `instant`. */
export function instantToWall(zone: string, instant: number): number {
  // Offsets stay within ±14 h, so the local day is the UTC day or a neighbour.
  const utcDay = Math.floor(instant / DAY_MS);
  for (const day of [utcDay, utcDay - 1, utcDay + 1]) {
    const info = dayInfo(zone, day);
    if (instant >= info.start && instant < info.end) {
      return info.offset === undefined ? instant + zoneOffset(zone, instant) : instant + info.offset;
    }
  }
  return instant + zoneOffset(zone, instant);
}

/** The first instant of local day `day` in `zone`. */
export function dayStart(zone: string, day: number): number {
  return dayInfo(zone, day).start;
}

/** `2025-03-30` for a local day number. */
export function isoDateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Local day number of `yyyy-mm-dd`, or NaN when it is not a real date. */
export function dayOfIsoDate(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return Number.NaN;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const back = new Date(ms).toISOString().slice(0, 10);
  return back === date ? ms / DAY_MS : Number.NaN;
}

/** ISO weekday of a local day number: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: number): number {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** The local calendar date (`yyyy-mm-dd`) of `instant` in `zone`. */
export function localDate(instant: number, zone: string): string {
  return isoDateOfDay(wallDay(instantToWall(zone, instant)));
}

/** Minutes since local midnight of `instant` in `zone` (0–1439). */
export function localMinuteOfDay(instant: number, zone: string): number {
  const wall = instantToWall(zone, instant);
  return Math.floor((wall - wallDay(wall) * DAY_MS) / MINUTE_MS);
}

/** The half-open instant range `[start, end)` a local calendar date covers in `zone` (23–25 h around DST). */
export function localDayRange(date: string, zone: string): { start: number; end: number } {
  const day = dayOfIsoDate(date);
  if (Number.isNaN(day)) throw new RangeError(`Not a calendar date: ${date}`);
  return { start: dayStart(zone, day), end: dayStart(zone, day + 1) };
}

/** `date` moved by `days` calendar days (`2025-01-31` + 1 = `2025-02-01`). */
export function addDays(date: string, days: number): string {
  const day = dayOfIsoDate(date);
  if (Number.isNaN(day)) throw new RangeError(`Not a calendar date: ${date}`);
  return isoDateOfDay(day + days);
}

/** The instant of local `date` at `time` (`HH:MM`) in `zone`, with the same disambiguation as `wallToInstant`. */
export function instantOfLocal(date: string, time: string, zone: string): number {
  const day = dayOfIsoDate(date);
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (Number.isNaN(day) || !match) throw new RangeError(`Not a local date and time: ${date} ${time}`);
  return wallToInstant(zone, day * DAY_MS + (Number(match[1]) * 60 + Number(match[2])) * MINUTE_MS);
}
