/**
 * Indonesia's three civil time zones. None observes daylight saving, so each is a fixed offset and a naive
 * local time converts to UTC without a time-zone database (which keeps this package small and isomorphic).
 */
export type IndonesianTimeZone = 'WIB' | 'WITA' | 'WIT';

export const TIME_ZONE_OFFSET_MINUTES: Record<IndonesianTimeZone, number> = {
  WIB: 7 * 60,
  WITA: 8 * 60,
  WIT: 9 * 60,
};
