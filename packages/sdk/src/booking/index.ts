/**
 * `@sehatkit/sdk/booking`: the pure, browser-safe half of booking. The slot engine, time-zone helpers,
 * part-of-day grouping, iCalendar text and the JSON types of the booking routes. No I/O, no Node API,
 * no schema library: `<sehat-booking>` imports it as is. The store, payments, email and signed links
 * live in `@sehatkit/sdk/booking/server`.
 */

export { BOOKING_PATHS } from './api-paths';
export type {
  AppointmentStatus,
  AppointmentView,
  AvailableNowPractitioner,
  AvailableNowResponse,
  BookingCatalog,
  BookingLocale,
  BookingRequest,
  BookingResult,
  CatalogPractitioner,
  CatalogService,
  LocalizedText,
  PatientDetails,
  Payer,
  ServiceMode,
  SlotsResponse,
  SlotView,
} from './api-types';
export { availableIntervals, minutesOfLocalTime } from './availability';
export { deviceTimeZone, formatDay, formatTime, timeZoneLabel } from './display';
export {
  buildIcs,
  type CalendarInvite,
  escapeText,
  foldLine,
  type IcsMethod,
  type IcsPerson,
  icsUtc,
} from './ics';
export { mergeIntervals, overlaps, subtractIntervals } from './intervals';
export {
  groupByLocalDate,
  groupByPartOfDay,
  PARTS_OF_DAY,
  type PartOfDay,
  type PartOfDayGroup,
  partOfDay,
} from './part-of-day';
export {
  computeSlots,
  mergeSlotLists,
  type PractitionerSlot,
  type ResolvedRules,
  resolveRules,
} from './slots';
export type {
  CalendarDate,
  DatedWindow,
  ExistingAppointment,
  Interval,
  LocalTime,
  PractitionerSchedule,
  ScheduleException,
  Slot,
  SlotQuery,
  SlotRules,
  WeeklyWindow,
} from './types';
export {
  addDays,
  DAY_MS,
  HOUR_MS,
  instantOfLocal,
  isValidTimeZone,
  localDate,
  localDayRange,
  localMinuteOfDay,
  MINUTE_MS,
  zoneOffset,
} from './zoned-time';
