/** A local time of day, `HH:MM` on a 24-hour clock; `24:00` is allowed as the end of a day. */
export type LocalTime = string;

/** A calendar date, `yyyy-mm-dd`. */
export type CalendarDate = string;

/** A half-open span of time `[start, end)` in epoch milliseconds (UTC). */
export interface Interval {
  start: number;
  end: number;
}

/** Recurring availability: every week on `weekday` (ISO: 1 = Monday … 7 = Sunday), in the schedule's zone. */
export interface WeeklyWindow {
  weekday: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  start: LocalTime;
  end: LocalTime;
}

/** Extra availability on one date (a Saturday clinic, a vaccination day), added to the weekly pattern. */
export interface DatedWindow {
  date: CalendarDate;
  start: LocalTime;
  end: LocalTime;
}

/**
 * Time off: whole days from `date` through `until` (inclusive), or, with `start`/`end`, those hours of
 * each of those days. Exceptions win over weekly and dated availability.
 */
export interface ScheduleException {
  date: CalendarDate;
  until?: CalendarDate;
  start?: LocalTime;
  end?: LocalTime;
  /** Shown to staff only (`Cuti`, `Libur Nasional`). */
  reason?: string;
}

/** When a practitioner works, in their own IANA zone (`Asia/Jakarta` for WIB, `Asia/Makassar` WITA, `Asia/Jayapura` WIT). */
export interface PractitionerSchedule {
  timeZone: string;
  weekly: WeeklyWindow[];
  dates?: DatedWindow[];
  exceptions?: ScheduleException[];
}

/**
 * How a service turns availability into slots. Duration, buffers and interval are separate on purpose:
 * "20-minute consultations with 10 minutes between them" is either `bufferAfterMinutes: 10` (the gap also
 * pads existing appointments and busy blocks) or `intervalMinutes: 30` (a fixed cadence that does not).
 */
export interface SlotRules {
  /** Length of one appointment. */
  durationMinutes: number;
  /** Kept free before each appointment, also against existing appointments and busy blocks. Default 0. */
  bufferBeforeMinutes?: number;
  /** Kept free after each appointment. Default 0. */
  bufferAfterMinutes?: number;
  /** Start cadence. Default: buffer before + duration + buffer after, so back-to-back slots can all be booked. */
  intervalMinutes?: number;
  /** Starts snap to local clock times that are multiples of this many minutes after midnight (15 -> :00, :15, …). Default: none. */
  alignMinutes?: number;
  /** No slot starts sooner than this after now. Default 0. */
  minimumNoticeMinutes?: number;
  /** No slot starts later than this many days after now. Default 60. */
  horizonDays?: number;
  /** At most this many appointments of the service per practitioner and local day (a group session counts once). Default: no cap. */
  maxPerDay?: number;
  /** Patients per slot: 1 for a consultation, more for a group session (senam hamil, prolanis). Default 1. */
  capacity?: number;
}

/** Something already in the calendar: an appointment (possibly of this service) or an active hold. */
export interface ExistingAppointment {
  start: number;
  end: number;
  /** The span it keeps free, buffers included; defaults to `[start, end)`. */
  blockedStart?: number;
  blockedEnd?: number;
  /** When equal to the query's service, it counts toward the daily cap and fills a group session's seats. */
  serviceId?: string;
}

export interface SlotQuery {
  schedule: PractitionerSchedule;
  rules: SlotRules;
  /** The service asked for: its own appointments fill seats and count toward the daily cap. */
  serviceId?: string;
  /** Only slots starting in `[from, to)` are returned. */
  from: number;
  to: number;
  /** Now, for minimum notice and horizon. */
  now: number;
  appointments?: readonly ExistingAppointment[];
  /** External busy time (another calendar, a meeting) with no buffers of its own. */
  busy?: readonly Interval[];
}

/** A bookable start. `remaining` is the number of free seats (1 for an individual consultation). */
export interface Slot {
  start: number;
  end: number;
  remaining: number;
}
