import { accessWindow } from '../../booking/server/access-link';
import type { RoomRecord } from './records';

export interface AccessWindow {
  from: number;
  until: number;
}

/**
 * The booking access-link window of a booking room, from booking's own rule (one hour before the appointment
 * to one hour after its end), or undefined for an ad-hoc room, which only has its tokens' windows.
 */
export function bookingAccessWindow(
  room: Pick<RoomRecord, 'kind' | 'scheduledStart' | 'scheduledEnd'>,
): AccessWindow | undefined {
  if (room.kind !== 'booking' || room.scheduledStart === undefined || room.scheduledEnd === undefined) {
    return undefined;
  }
  const { opensAt, closesAt } = accessWindow(room.scheduledStart, room.scheduledEnd);
  return { from: opensAt, until: closesAt };
}
