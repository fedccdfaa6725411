import { localDate, localMinuteOfDay } from './zoned-time';

/**
 * The parts of a day as Indonesian speakers divide it: pagi (until 11:00), siang (11:00–15:00),
 * sore (15:00–18:00) and malam (from 18:00). English labels: morning, midday, afternoon, evening.
 */
export type PartOfDay = 'morning' | 'midday' | 'afternoon' | 'evening';

export const PARTS_OF_DAY: readonly PartOfDay[] = ['morning', 'midday', 'afternoon', 'evening'];

/** The part of day of `instant` on the local clock of `zone`. */
export function partOfDay(instant: number, zone: string): PartOfDay {
  const minute = localMinuteOfDay(instant, zone);
  if (minute < 11 * 60) return 'morning';
  if (minute < 15 * 60) return 'midday';
  if (minute < 18 * 60) return 'afternoon';
  return 'evening';
}

export interface PartOfDayGroup<T> {
  part: PartOfDay;
  items: T[];
}

/** Groups items (slots) by part of day in `zone`, keeping their order; empty parts are left out. */
export function groupByPartOfDay<T extends { start: number }>(
  items: readonly T[],
  zone: string,
): PartOfDayGroup<T>[] {
  const groups = new Map<PartOfDay, T[]>();
  for (const item of items) {
    const part = partOfDay(item.start, zone);
    const list = groups.get(part) ?? [];
    list.push(item);
    groups.set(part, list);
  }
  return PARTS_OF_DAY.filter((p) => groups.has(p)).map((part) => ({ part, items: groups.get(part) as T[] }));
}

/** Groups items by local calendar date in `zone`, dates ascending, order kept within a date. */
export function groupByLocalDate<T extends { start: number }>(
  items: readonly T[],
  zone: string,
): { date: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const date = localDate(item.start, zone);
    const list = groups.get(date) ?? [];
    list.push(item);
    groups.set(date, list);
  }
  return [...groups.keys()].sort().map((date) => ({ date, items: groups.get(date) as T[] }));
}
