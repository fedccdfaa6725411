export {
  type DateTimeProblem,
  parseDate,
  parseDateTime,
  SATUSEHAT_EARLIEST,
  UTC_DATETIME_PATTERN,
  type UtcDateTime,
  utcToEpoch,
} from './datetime';
export { formatUtc } from './format-utc';
export { indonesianDate } from './local-display';
export { type IndonesianTimeZone, TIME_ZONE_OFFSET_MINUTES } from './zones';
