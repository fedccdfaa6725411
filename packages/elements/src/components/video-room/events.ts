import type {
  Arrival,
  ConnectionQuality,
  LeaveReason,
  MediaState,
  ParticipantRole,
} from '@sehatkit/sdk/teleconsult';
import type { SharedFile } from './file-transfer';
import type { VideoErrorCode } from './video-room-controller';

const init = <T>(detail: T) => ({ detail, bubbles: true, composed: true });

export interface SehatKnockDetail {
  participantId: string;
  displayName: string;
  role: ParticipantRole;
  arrival: Arrival;
}

/** Someone knocked on the waiting room (hosts hear it; the element shows them in the waiting list). */
export class SehatKnockEvent extends CustomEvent<SehatKnockDetail> {
  constructor(detail: SehatKnockDetail) {
    super('sehat-knock', init(detail));
  }
}

/** `self` is true when this browser's participant was let in. */
export class SehatAdmittedEvent extends CustomEvent<{ participantId: string; self: boolean }> {
  constructor(detail: { participantId: string; self: boolean }) {
    super('sehat-admitted', init(detail));
  }
}

/** This browser entered the call (`self`), or another participant's video arrived. */
export class SehatJoinedEvent extends CustomEvent<{
  participantId: string;
  displayName: string;
  self: boolean;
}> {
  constructor(detail: { participantId: string; displayName: string; self: boolean }) {
    super('sehat-joined', init(detail));
  }
}

/** Someone left: `left` on purpose, `disconnected` (gone too long), `denied` or `ended`. */
export class SehatLeftEvent extends CustomEvent<{
  participantId: string;
  reason: LeaveReason;
  self: boolean;
}> {
  constructor(detail: { participantId: string; reason: LeaveReason; self: boolean }) {
    super('sehat-left', init(detail));
  }
}

export interface SehatMediaToggleDetail {
  participantId: string;
  kind: keyof MediaState;
  enabled: boolean;
  /** False when the change was made on the other side and reached this browser. */
  self: boolean;
}

/** A microphone, camera or screen share went on or off, here or on the other side. */
export class SehatMediaToggleEvent extends CustomEvent<SehatMediaToggleDetail> {
  constructor(detail: SehatMediaToggleDetail) {
    super('sehat-media-toggle', init(detail));
  }
}

export interface SehatConnectionQualityDetail {
  /** The connection to this participant; absent for this browser's own link to the clinic. */
  participantId?: string;
  quality: ConnectionQuality | 'reconnecting';
}

/** Connection quality changed, or the element lost and then regained its connection. */
export class SehatConnectionQualityEvent extends CustomEvent<SehatConnectionQualityDetail> {
  constructor(detail: SehatConnectionQualityDetail) {
    super('sehat-connection-quality', init(detail));
  }
}

export interface SehatVideoErrorDetail {
  /**
   * A device or call failure (`permission_denied`, `no_device`, `screenshare_failed`, `playback_blocked`…) or
   * the server's code.
   */
  code: VideoErrorCode | string;
  /** More precise: the device (`camera`, `microphone`), or the server's reason (`token_expired`, `not_host`). */
  reason?: string;
  /** The localised text the element shows. */
  message: string;
}

/** Something failed; the element already explains it on screen. */
export class SehatVideoErrorEvent extends CustomEvent<SehatVideoErrorDetail> {
  constructor(detail: SehatVideoErrorDetail) {
    super('sehat-video-error', init(detail));
  }
}

export interface SehatConsultationEndedDetail {
  roomId: string;
  endedBy?: string;
  /** From when host and patient were first in the call together. */
  durationSeconds?: number;
}

/** The host ended the consultation: the moment to ask for payment or send documents. */
export class SehatConsultationEndedEvent extends CustomEvent<SehatConsultationEndedDetail> {
  constructor(detail: SehatConsultationEndedDetail) {
    super('sehat-consultation-ended', init(detail));
  }
}

/** A file arrived complete, its SHA-256 and content checked; `file.url` is revoked when the call ends. */
export class SehatFileReceivedEvent extends CustomEvent<{ file: SharedFile }> {
  constructor(detail: { file: SharedFile }) {
    super('sehat-file-received', init(detail));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sehat-knock': SehatKnockEvent;
    'sehat-admitted': SehatAdmittedEvent;
    'sehat-joined': SehatJoinedEvent;
    'sehat-left': SehatLeftEvent;
    'sehat-media-toggle': SehatMediaToggleEvent;
    'sehat-connection-quality': SehatConnectionQualityEvent;
    'sehat-video-error': SehatVideoErrorEvent;
    'sehat-consultation-ended': SehatConsultationEndedEvent;
    'sehat-file-received': SehatFileReceivedEvent;
  }
}
