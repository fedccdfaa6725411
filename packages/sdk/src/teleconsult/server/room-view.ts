import type { Announcement, ParticipantView, RoomSummary, RoomView, WaitingChatMessage } from '../types';
import type { MessageRecord, ParticipantRecord, RoomRecord } from './records';

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

export function roomSummary(room: RoomRecord): RoomSummary {
  const summary: RoomSummary = {
    id: room.id,
    kind: room.kind,
    status: room.status,
    waitingChat: room.waitingChat,
    guestLimit: room.guestLimit,
  };
  if (room.title) summary.title = room.title;
  if (room.bookingId) summary.bookingId = room.bookingId;
  if (room.scheduledStart !== undefined) summary.scheduledStart = iso(room.scheduledStart) as string;
  if (room.scheduledEnd !== undefined) summary.scheduledEnd = iso(room.scheduledEnd) as string;
  if (room.callStartedAt !== undefined) summary.callStartedAt = iso(room.callStartedAt) as string;
  if (room.endedAt !== undefined) summary.endedAt = iso(room.endedAt) as string;
  return summary;
}

const inCall = (p: ParticipantRecord) => p.state === 'admitted' || p.state === 'in_call';
const present = (p: ParticipantRecord) => p.state === 'waiting' || inCall(p);

function participantView(
  p: ParticipantRecord,
  position: number | undefined,
  showPeer: boolean,
): ParticipantView {
  const view: ParticipantView = {
    id: p.id,
    role: p.role,
    displayName: p.displayName,
    state: p.state,
    knockedAt: iso(p.knockedAt) as string,
    epoch: p.epoch,
  };
  if (p.arrival) view.arrival = p.arrival;
  if (p.admittedAt !== undefined) view.admittedAt = iso(p.admittedAt) as string;
  if (position !== undefined) view.position = position;
  if (showPeer) view.peerId = p.peerId;
  if (p.leftReason) view.leftReason = p.leftReason;
  return view;
}

const announcementView = (m: MessageRecord): Announcement => ({
  id: m.id,
  text: m.body,
  at: iso(m.createdAt) as string,
  from: m.authorName,
});

const chatView = (m: MessageRecord): WaitingChatMessage => ({
  id: m.id,
  threadId: m.threadId as string,
  authorId: m.authorId,
  authorName: m.authorName,
  authorRole: m.authorRole,
  text: m.body,
  at: iso(m.createdAt) as string,
});

/**
 * What `viewer` may see. Hosts see everyone present, the waiting list included; patients and guests see
 * only themselves and who is in the call, never other waiting patients. Peer ids go only to people in the
 * call, about people in the call.
 */
export function roomView(input: {
  room: RoomRecord;
  viewer: ParticipantRecord;
  participants: ParticipantRecord[];
  announcements: MessageRecord[];
  chat: MessageRecord[];
  now: number;
}): RoomView {
  const { room, viewer, participants } = input;
  const waiting = participants
    .filter((p) => p.state === 'waiting' && p.role !== 'host')
    .sort((a, b) => a.knockedAt - b.knockedAt);
  const position = (p: ParticipantRecord) => {
    const index = waiting.findIndex((w) => w.id === p.id);
    return index === -1 ? undefined : index + 1;
  };
  const viewerInCall = inCall(viewer);
  const visible = participants.filter((p) =>
    viewer.role === 'host' ? present(p) : p.id === viewer.id || inCall(p),
  );
  const you = participants.find((p) => p.id === viewer.id) ?? viewer;
  return {
    room: roomSummary(room),
    you: participantView(you, position(you), true),
    participants: visible.map((p) =>
      participantView(p, position(p), p.id === viewer.id || (viewerInCall && inCall(p))),
    ),
    announcements: input.announcements.map(announcementView),
    chat: input.chat.map(chatView),
    serverTime: new Date(input.now).toISOString(),
  };
}
