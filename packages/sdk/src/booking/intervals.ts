import type { Interval } from './types';

/** Sorted, non-overlapping, non-touching union of `intervals` (empty ones dropped). */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Interval[] = [];
  for (const next of sorted) {
    const last = out[out.length - 1];
    if (last && next.start <= last.end) {
      if (next.end > last.end) last.end = next.end;
    } else {
      out.push({ start: next.start, end: next.end });
    }
  }
  return out;
}

/** `base` minus `cut`; both must be merged (sorted, disjoint). */
export function subtractIntervals(base: readonly Interval[], cut: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let j = 0;
  for (const piece of base) {
    let start = piece.start;
    while (j < cut.length && (cut[j] as Interval).end <= start) j += 1;
    let k = j;
    while (k < cut.length && (cut[k] as Interval).start < piece.end) {
      const c = cut[k] as Interval;
      if (c.start > start) out.push({ start, end: c.start });
      start = Math.max(start, c.end);
      k += 1;
    }
    if (start < piece.end) out.push({ start, end: piece.end });
  }
  return out;
}

/** True when half-open `[aStart, aEnd)` and `[bStart, bEnd)` share any instant. */
export function overlaps(aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  return aStart < bEnd && bStart < aEnd;
}
