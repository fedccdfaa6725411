import type { Arrival } from '../types';

/**
 * On time up to `lateAfterMs` past the appointment (early counts as on time: they wait); late after that;
 * walk-in when there was no appointment, as in an ad-hoc quick consultation.
 */
export function arrivalFor(
  appointmentStart: number | undefined,
  knockedAt: number,
  lateAfterMs: number,
): Arrival {
  if (appointmentStart === undefined) return 'walk_in';
  return knockedAt > appointmentStart + lateAfterMs ? 'late' : 'on_time';
}
