/**
 * `@sehatkit/sdk/teleconsult`: the browser-safe half of video consultation. Types of rooms, participants and
 * ICE configuration, the event-stream notices, the messages browsers exchange in a call, and the file and
 * connection-quality rules both sides apply. Rooms, tokens and the PeerServer live in `/teleconsult/server`.
 */

export { TELECONSULT_PATHS } from './api-paths';
export {
  checkFileOffer,
  contentMatchesType,
  DEFAULT_FILE_POLICY,
  FILE_CHUNK_BYTES,
  type FileRefusal,
} from './file-policy';
export { type RoomNotice, type RoomNoticeType, STREAM_EVENTS } from './notices';
export { CHAT_MAX_LENGTH, type MediaState, type PeerMessage, parsePeerMessage } from './peer-messages';
export { type ConnectionQuality, classifyQuality, lossBetween, type QualitySample } from './quality';
export type {
  Announcement,
  Arrival,
  FilePolicy,
  IceConfiguration,
  IceServer,
  JoinResult,
  LeaveReason,
  ParticipantRole,
  ParticipantState,
  ParticipantView,
  RoomKind,
  RoomStatus,
  RoomSummary,
  RoomView,
  SignalingLocation,
  WaitingChatMessage,
} from './types';
