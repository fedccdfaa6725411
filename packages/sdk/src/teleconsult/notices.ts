import type { Announcement, Arrival, LeaveReason, ParticipantRole, WaitingChatMessage } from './types';

/**
 * Things that happened in a room, pushed over the event stream (`event: notice`) next to the full
 * `event: state` view. The view is the truth; notices say what changed so the UI can announce it.
 */
export type RoomNotice =
  | {
      type: 'knock';
      participantId: string;
      displayName: string;
      role: ParticipantRole;
      arrival: Arrival;
    }
  | { type: 'admitted'; participantId: string }
  | { type: 'denied'; participantId: string; reason?: string }
  | { type: 'joined'; participantId: string; epoch: number }
  | { type: 'left'; participantId: string; reason: LeaveReason }
  | { type: 'announcement'; announcement: Announcement }
  | { type: 'chat'; message: WaitingChatMessage }
  | { type: 'ended'; endedBy?: string; durationSeconds?: number }
  /** Something changed that needs no announcement (a host arrived, a name changed): re-read the view. */
  | { type: 'updated' };

export type RoomNoticeType = RoomNotice['type'];

/** The SSE event names of `GET /teleconsult/events`. */
export const STREAM_EVENTS = { state: 'state', notice: 'notice' } as const;
