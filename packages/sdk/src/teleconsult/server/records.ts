import type { Arrival, LeaveReason, ParticipantRole, ParticipantState, RoomKind, RoomStatus } from '../types';

/** A room as stored. Times are milliseconds since the epoch. */
export interface RoomRecord {
  id: string;
  kind: RoomKind;
  bookingId?: string;
  title?: string;
  scheduledStart?: number;
  scheduledEnd?: number;
  waitingChat: boolean;
  guestLimit: number;
  status: RoomStatus;
  createdBy?: string;
  createdAt: number;
  callStartedAt?: number;
  endedAt?: number;
  endedBy?: string;
}

/** A participant (a seat in one room) as stored. */
export interface ParticipantRecord {
  id: string;
  roomId: string;
  subject: string;
  role: ParticipantRole;
  displayName: string;
  peerId: string;
  state: ParticipantState;
  arrival?: Arrival;
  appointmentStart?: number;
  knockedAt: number;
  admittedAt?: number;
  joinedAt?: number;
  leftAt?: number;
  leftReason?: LeaveReason;
  epoch: number;
}

export interface MessageRecord {
  id: string;
  roomId: string;
  kind: 'announcement' | 'chat';
  threadId?: string;
  authorId: string;
  authorName: string;
  authorRole: ParticipantRole;
  body: string;
  createdAt: number;
}

/** States from which a participant can still come back into the call without knocking. */
export const PRESENT_STATES: readonly ParticipantState[] = ['waiting', 'admitted', 'in_call'];
