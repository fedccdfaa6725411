/**
 * The vocabulary of a video consultation, shared by the server (`@sehatkit/sdk/teleconsult/server`) and the
 * browser (`<sehat-video-room>`). Browser-safe: types only.
 */

/** Who a join token admits: the practitioner, the patient, or someone the host invites (family, interpreter). */
export type ParticipantRole = 'host' | 'patient' | 'guest';

/**
 * Where a participant is. `waiting` until the host admits; `admitted` until their browser enters the call;
 * `in_call`; then one of the final states: `left`, `denied` (refused by the host) or `ended` (room closed).
 */
export type ParticipantState = 'waiting' | 'admitted' | 'in_call' | 'left' | 'denied' | 'ended';

/** How a patient arrived relative to their appointment; `walk_in` when they had none (quick consultation). */
export type Arrival = 'on_time' | 'late' | 'walk_in';

/** A room belongs to one booking (its access-link window applies) or is an ad-hoc quick consultation. */
export type RoomKind = 'booking' | 'adhoc';

export type RoomStatus = 'open' | 'ended';

/** Why someone is no longer in the room. */
export type LeaveReason = 'left' | 'ended' | 'denied' | 'disconnected';

export interface RoomSummary {
  id: string;
  kind: RoomKind;
  title?: string;
  bookingId?: string;
  status: RoomStatus;
  /** ISO 8601. Present for booking rooms. */
  scheduledStart?: string;
  scheduledEnd?: string;
  /** When host and patient were first both in the call: the consultation timer counts from here. */
  callStartedAt?: string;
  endedAt?: string;
  /** Whether waiting patients may chat with the host before admission. */
  waitingChat: boolean;
  /** How many guests may be in the call at once. */
  guestLimit: number;
}

export interface ParticipantView {
  id: string;
  role: ParticipantRole;
  displayName: string;
  state: ParticipantState;
  /** Set for patients and guests; hosts do not arrive. */
  arrival?: Arrival;
  /** ISO 8601: when they knocked (joined the waiting room). */
  knockedAt: string;
  admittedAt?: string;
  /** 1-based place in the queue while `waiting`. */
  position?: number;
  /** Only shown to people in the call, for the call itself. */
  peerId?: string;
  /**
   * Taken from one sequence for all participants each time someone (re-)enters the call (0 before): a higher
   * epoch means a newer page, and of two people the one with the higher epoch places the call.
   */
  epoch: number;
  leftReason?: LeaveReason;
}

export interface Announcement {
  id: string;
  text: string;
  at: string;
  from: string;
}

/** A message before admission, in the thread between one waiting participant and the hosts. */
export interface WaitingChatMessage {
  id: string;
  /** The waiting participant this thread is with. */
  threadId: string;
  authorId: string;
  authorName: string;
  authorRole: ParticipantRole;
  text: string;
  at: string;
}

/** What one participant sees of the room; pushed again after every change. */
export interface RoomView {
  room: RoomSummary;
  you: ParticipantView;
  /** Hosts see everyone present (the waiting list included); others see only who is in the call. */
  participants: ParticipantView[];
  announcements: Announcement[];
  chat: WaitingChatMessage[];
  /** The server's clock (ISO 8601) when the view was made, so the timer can correct for skew. */
  serverTime: string;
}

/** One ICE server entry, shaped like the browser's `RTCIceServer`. */
export interface IceServer {
  urls: string | string[];
  username?: string;
  credential?: string;
}

/** What the element hands to `RTCPeerConnection`: none on loopback, STUN/TURN in production. */
export interface IceConfiguration {
  iceServers: IceServer[];
  /** `relay` forces every call through TURN (tests, or clinics that must not expose addresses). */
  iceTransportPolicy: 'all' | 'relay';
  /** ISO 8601: when the TURN credentials stop working; fetch a fresh configuration before then. */
  expiresAt?: string;
}

/** Where the PeerServer answers, split the way PeerJS's `Peer` options want it. */
export interface SignalingLocation {
  host: string;
  port: number;
  /** Always starts and ends with `/`. */
  path: string;
  secure: boolean;
  key: string;
}

/** The limits a file shared in the call must meet, checked by sender and receiver alike. */
export interface FilePolicy {
  maxBytes: number;
  /** MIME types; the receiver also checks that the bytes look like the declared type. */
  allowedTypes: string[];
}

/** The answer to `POST /teleconsult/join`: everything the element needs to wait, then call. */
export interface JoinResult {
  /**
   * Present when the join was made with a booking's video access link: the join token to use for every
   * further request (and after a page refresh) instead of the link.
   */
  token?: string;
  view: RoomView;
  peer: { id: string; credential: string };
  signaling: SignalingLocation;
  ice: IceConfiguration;
  files: FilePolicy;
}
