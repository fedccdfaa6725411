import { randomUUID } from 'node:crypto';
import { decodeJwt } from 'jose';
import { VIDEO_AUDIENCE } from '../../booking/server/access-link';
import { ConfigurationError } from '../../errors/configuration-error';
import { ConflictError, ForbiddenError, NotFoundError } from '../../errors/remote-errors';
import { ValidationError } from '../../errors/validation-error';
import { parseConfig, parseInput } from '../../errors/zod-issues';
import { type Clock, systemClock } from '../../logging/clock';
import { type Logger, redactingLogger, silentLogger } from '../../logging/logger';
import { Redactor } from '../../logging/redact';
import type { Queryable } from '../../storage/database';
import { migrate } from '../../storage/migrations';
import { DEFAULT_FILE_POLICY } from '../file-policy';
import type { RoomNotice } from '../notices';
import type {
  FilePolicy,
  IceConfiguration,
  JoinResult,
  ParticipantRole,
  RoomView,
  SignalingLocation,
} from '../types';
import { bookingAccessWindow } from './access-window';
import { arrivalFor } from './arrival';
import { iceConfiguration } from './ice';
import { newParticipantId, newPeerId, newRoomId, roomOfPeerId } from './ids';
import { type CreateRoomInput, createRoomSchema, type MintTokenInput, mintTokenSchema } from './inputs';
import { type JoinClaims, JoinTokens, tokenRefused } from './join-token';
import { teleconsultMigrations } from './migrations';
import { type TeleconsultOptions, teleconsultOptionsSchema } from './options';
import { PeerCredentials } from './peer-credentials';
import { Presence } from './presence';
import type { MessageRecord, ParticipantRecord, RoomRecord } from './records';
import { memoryRoomEventBus, type RoomEventBus } from './room-events';
import { RoomStore } from './room-store';
import { roomView } from './room-view';
import { signalingLocation } from './signaling';

const MINUTE = 60_000;
const SNAPSHOT_TTL_MS = 5_000;

interface RoomSnapshot {
  room: RoomRecord;
  participants: ParticipantRecord[];
  announcements: MessageRecord[];
  chat: MessageRecord[];
}

/** A verified join token with the room and seat it opens. */
export interface Session {
  claims: JoinClaims;
  room: RoomRecord;
  participant: ParticipantRecord;
}

export interface MintedToken {
  token: string;
  roomId: string;
  role: ParticipantRole;
  subject: string;
  /** ISO 8601. */
  validFrom: string;
  validUntil: string;
}

/** Who acts on a room from the host's side, recorded as the author of announcements and of the end. */
export interface Actor {
  id: string;
  name: string;
}

/**
 * Rooms, join tokens and the waiting room of video consultations. The host's backend calls `createRoom` and
 * `mintJoinToken`; the server handler's teleconsult routes call the rest on behalf of browsers; the
 * PeerServer asks `authorizePeer` before it lets a browser in.
 */
export class TeleconsultService {
  readonly events: RoomEventBus;
  readonly files: FilePolicy;
  readonly #store: RoomStore;
  readonly #tokens: JoinTokens;
  readonly #peers: PeerCredentials;
  readonly #clock: Clock;
  readonly #logger: Logger;
  readonly #options: TeleconsultOptions;
  readonly #presence: Presence;
  #signaling: SignalingLocation | undefined;
  readonly #snapshots = new Map<string, { snapshot: Promise<RoomSnapshot>; expires: number }>();

  private constructor(options: TeleconsultOptions) {
    this.#options = options;
    this.#clock = options.clock ?? systemClock;
    const redactor = new Redactor().addSecret(options.signingSecret).addSecret(options.ice?.turn?.secret);
    this.#logger = redactingLogger(options.logger ?? silentLogger, redactor);
    this.#store = new RoomStore(options.database);
    this.#tokens = new JoinTokens(options.signingSecret, this.#clock);
    this.#peers = new PeerCredentials(options.signingSecret);
    this.events = options.events ?? memoryRoomEventBus();
    this.files = options.files ?? DEFAULT_FILE_POLICY;
    this.#presence = new Presence(options.presenceGraceMs ?? 30_000, (id) =>
      this.#dropAbsent(id).catch((error: unknown) =>
        this.#logger.error('teleconsult presence update failed', { participantId: id, error }),
      ),
    );
    // Notices from other instances (a shared bus) make this one's snapshot stale too.
    this.events.subscribeAll((roomId) => this.#snapshots.delete(roomId));
    if (options.signaling) {
      this.#signaling = signalingLocation(options.signaling.url, options.signaling.key ?? 'sehatkit');
    }
  }

  /** Validates the options, runs the migrations and returns the service. */
  static async create(options: TeleconsultOptions): Promise<TeleconsultService> {
    parseConfig(teleconsultOptionsSchema, options, 'teleconsult');
    await migrate(options.database, teleconsultMigrations);
    return new TeleconsultService(options);
  }

  /** Secrets this service holds, for the server handler's redactor. */
  get secrets(): string[] {
    return [this.#options.signingSecret, ...(this.#options.ice?.turn ? [this.#options.ice.turn.secret] : [])];
  }

  /** Where browsers reach the PeerServer; set once by `createPeerServer` when the options named none. */
  get signaling(): SignalingLocation | undefined {
    return this.#signaling;
  }

  useSignaling(url: string, key = 'sehatkit'): void {
    this.#signaling = signalingLocation(url, key);
  }

  /** A room for a booking (the same open room again when asked twice) or an ad-hoc quick consultation. */
  async createRoom(input: CreateRoomInput, createdBy?: string): Promise<RoomRecord> {
    const data = parseInput(createRoomSchema, input, 'room');
    const room: RoomRecord = {
      id: newRoomId(),
      kind: data.kind,
      waitingChat: data.waitingChat ?? true,
      guestLimit: data.guestLimit ?? this.#options.guestLimit ?? 2,
      status: 'open',
      createdAt: this.#clock.now(),
      ...(data.title ? { title: data.title } : {}),
      ...(createdBy ? { createdBy } : {}),
    };
    if (data.kind === 'booking') {
      room.bookingId = data.bookingId;
      room.scheduledStart = Date.parse(data.scheduledStart);
      room.scheduledEnd = Date.parse(data.scheduledEnd);
      const existing = await this.#store.openRoomForBooking(this.#store.db, data.bookingId);
      if (existing) return existing;
    }
    try {
      const created = await this.#store.insertRoom(this.#store.db, room);
      this.#logger.info('teleconsult room created', { roomId: created.id, kind: created.kind });
      return created;
    } catch (error) {
      // Two requests for the same booking raced; the unique index let one through.
      const existing = room.bookingId
        ? await this.#store.openRoomForBooking(this.#store.db, room.bookingId)
        : undefined;
      if (existing) return existing;
      throw error;
    }
  }

  async room(roomId: string): Promise<RoomRecord> {
    const room = await this.#store.room(this.#store.db, roomId);
    if (!room) throw new NotFoundError('No such consultation room.', { reason: 'room_not_found' });
    return room;
  }

  /** Mints a join token; the host's backend hands it to the patient (a link) or to its own element. */
  async mintJoinToken(input: MintTokenInput): Promise<MintedToken> {
    const data = parseInput(mintTokenSchema, input, 'join token');
    const room = await this.room(data.roomId);
    if (room.status !== 'open')
      throw new ConflictError('The consultation has ended.', { reason: 'room_ended' });
    const now = this.#clock.now();
    const window = this.#bookingWindow(room);
    const validFrom = data.validFrom ? Date.parse(data.validFrom) : (window?.from ?? now);
    const validUntil = data.validUntil
      ? Date.parse(data.validUntil)
      : (window?.until ?? now + (this.#options.adhocTokenMinutes ?? 240) * MINUTE);
    if (validUntil <= validFrom) {
      throw parseInputError('validUntil', 'must be after validFrom');
    }
    const subject =
      data.subject ??
      (data.role === 'patient' && room.kind === 'booking' ? 'patient' : `${data.role}-${randomUUID()}`);
    const appointmentStart = data.appointmentStart
      ? Date.parse(data.appointmentStart)
      : data.role === 'patient'
        ? room.scheduledStart
        : undefined;
    const token = await this.#tokens.mint({
      roomId: room.id,
      role: data.role,
      subject,
      displayName: data.displayName,
      ...(appointmentStart !== undefined ? { appointmentStart } : {}),
      validFrom,
      validUntil,
    });
    return {
      token,
      roomId: room.id,
      role: data.role,
      subject,
      validFrom: new Date(validFrom).toISOString(),
      validUntil: new Date(validUntil).toISOString(),
    };
  }

  /**
   * Checks a join token and, for a booking room, the booking's access-link window; returns the seat it
   * opens. Refusals are ForbiddenErrors whose `reason` the element localises.
   */
  async session(token: string | undefined): Promise<Session> {
    const claims = await this.#tokens.verify(token);
    const room = await this.#openRoom(this.#store.db, claims);
    const participant = await this.#store.seat(this.#store.db, room.id, claims.subject);
    if (!participant) throw new ForbiddenError('Join the room first.', { reason: 'not_joined' });
    if (participant.state === 'denied') {
      throw new ForbiddenError('The host did not admit you to this consultation.', { reason: 'denied' });
    }
    if (participant.state === 'left' || participant.state === 'ended') {
      throw new ForbiddenError('You are no longer in this consultation.', { reason: 'not_in_room' });
    }
    return { claims, room, participant };
  }

  /**
   * Takes a seat: a new patient or guest knocks and waits; a host is in at once; someone who refreshed the
   * page or lost the network gets the same seat (and peer id) back without knocking again.
   */
  async join(token: string | undefined, input: { displayName?: string } = {}): Promise<JoinResult> {
    const exchanged = await this.#exchangeBookingLink(token, input.displayName);
    const claims = await this.#tokens.verify(exchanged ?? token);
    const signaling = this.#signaling;
    if (!signaling) {
      throw new ConfigurationError('teleconsult', [
        { path: 'signaling', message: 'no PeerServer: pass signaling or start createPeerServer()' },
      ]);
    }
    const now = this.#clock.now();
    const { seat, notice } = await this.#store.db.transaction(async (tx) => {
      const room = await this.#openRoom(tx, claims, true);
      const existing = await this.#store.seat(tx, room.id, claims.subject, true);
      const isHost = claims.role === 'host';
      const arrival = isHost
        ? null
        : arrivalFor(claims.appointmentStart, now, (this.#options.lateAfterMinutes ?? 10) * MINUTE);
      const entry = {
        state: isHost ? ('admitted' as const) : ('waiting' as const),
        knockedAt: now,
        admittedAt: isHost ? now : null,
      };
      if (!existing) {
        const { seat, created } = await this.#store.claimSeat(tx, {
          id: newParticipantId(),
          roomId: room.id,
          subject: claims.subject,
          role: claims.role,
          displayName: claims.displayName,
          peerId: newPeerId(room.id),
          ...entry,
          ...(arrival ? { arrival } : {}),
          ...(claims.appointmentStart !== undefined ? { appointmentStart: claims.appointmentStart } : {}),
          admittedAt: isHost ? now : undefined,
          epoch: 0,
        } as ParticipantRecord);
        return { seat, notice: created ? knockNotice(seat) : undefined };
      }
      if (existing.state === 'denied') {
        throw new ForbiddenError('The host did not admit you to this consultation.', { reason: 'denied' });
      }
      if (existing.state === 'left' || existing.state === 'ended') {
        const seat = await this.#store.update(tx, existing.id, {
          ...entry,
          arrival,
          displayName: claims.displayName,
          leftAt: null,
          leftReason: null,
          joinedAt: null,
        });
        return { seat, notice: knockNotice(seat) };
      }
      return { seat: existing, notice: undefined };
    });
    if (notice) this.#publish(seat.roomId, notice);
    this.#logger.info('teleconsult join', { roomId: seat.roomId, participantId: seat.id, role: seat.role });
    return {
      ...(exchanged ? { token: exchanged } : {}),
      view: await this.view(seat.roomId, seat.id),
      peer: { id: seat.peerId, credential: this.#peers.credentialFor(seat.peerId) },
      signaling,
      ice: this.ice(seat.id),
      files: this.files,
    };
  }

  /** What one participant sees of the room right now. */
  async view(roomId: string, participantId: string): Promise<RoomView> {
    const { room, participants, announcements, chat } = await this.#snapshot(roomId);
    const viewer = participants.find((p) => p.id === participantId);
    if (!viewer) throw new NotFoundError('No such participant.', { reason: 'participant_not_found' });
    const visibleChat =
      viewer.role === 'host' ? chat.slice(-100) : chat.filter((m) => m.threadId === viewer.id).slice(-50);
    return roomView({ room, viewer, participants, announcements, chat: visibleChat, now: this.#clock.now() });
  }

  /**
   * The room as stored, read once per change however many participants' streams ask for their view of it:
   * every notice invalidates it, and it expires after a few seconds regardless.
   */
  #snapshot(roomId: string): Promise<RoomSnapshot> {
    const cached = this.#snapshots.get(roomId);
    if (cached && cached.expires > Date.now()) return cached.snapshot;
    const q = this.#store.db;
    const snapshot = (async () => ({
      room: await this.room(roomId),
      participants: await this.#store.participants(q, roomId),
      announcements: await this.#store.messages(q, roomId, 'announcement', 5),
      chat: await this.#store.messages(q, roomId, 'chat', 200),
    }))();
    this.#snapshots.set(roomId, { snapshot, expires: Date.now() + SNAPSHOT_TTL_MS });
    snapshot.catch(() => this.#snapshots.delete(roomId));
    return snapshot;
  }

  /** Fresh ICE servers (TURN credentials expire); the element asks again before `expiresAt`. */
  ice(participantId: string): IceConfiguration {
    return iceConfiguration(this.#options.ice ?? {}, participantId, this.#clock.now());
  }

  /** Lets a waiting patient or guest into the call. Guests count against the room's guest limit. */
  async admit(roomId: string, participantId: string): Promise<ParticipantRecord> {
    const now = this.#clock.now();
    const { seat, changed } = await this.#store.db.transaction(async (tx) => {
      const room = await this.#lockOpenRoom(tx, roomId);
      const p = await this.#participantIn(tx, room.id, participantId);
      if (p.state === 'admitted' || p.state === 'in_call') return { seat: p, changed: false };
      if (p.state !== 'waiting') {
        throw new ConflictError('Only someone in the waiting room can be admitted.', {
          reason: 'not_waiting',
        });
      }
      if (p.role === 'guest') {
        const guests = (await this.#store.participants(tx, room.id)).filter(
          (g) => g.role === 'guest' && (g.state === 'admitted' || g.state === 'in_call'),
        );
        if (guests.length >= room.guestLimit) {
          throw new ConflictError(`At most ${room.guestLimit} guests may join this call.`, {
            reason: 'guest_limit',
          });
        }
      }
      return {
        seat: await this.#store.update(tx, p.id, { state: 'admitted', admittedAt: now }),
        changed: true,
      };
    });
    if (changed) this.#publish(roomId, { type: 'admitted', participantId });
    return seat;
  }

  /** Turns someone away from the waiting room, or removes them from the call. Hosts cannot be denied. */
  async deny(roomId: string, participantId: string, reason?: string): Promise<ParticipantRecord> {
    const now = this.#clock.now();
    const seat = await this.#store.db.transaction(async (tx) => {
      const room = await this.#lockOpenRoom(tx, roomId);
      const p = await this.#participantIn(tx, room.id, participantId);
      if (p.role === 'host') throw new ConflictError('A host cannot be denied.', { reason: 'is_host' });
      if (p.state === 'denied') return p;
      if (p.state === 'left' || p.state === 'ended') {
        throw new ConflictError('They already left.', { reason: 'not_present' });
      }
      return this.#store.update(tx, p.id, { state: 'denied', leftAt: now, leftReason: 'denied' });
    });
    this.#publish(roomId, { type: 'denied', participantId, ...(reason ? { reason } : {}) });
    return seat;
  }

  /** Posts a message every participant sees, the waiting room included ("dr. Ani is running 10 min late"). */
  async announce(roomId: string, text: string, author: Actor): Promise<void> {
    await this.#lockOpenRoomOutside(roomId);
    const message = await this.#store.insertMessage(this.#store.db, {
      id: randomUUID(),
      roomId,
      kind: 'announcement',
      authorId: author.id,
      authorName: author.name,
      authorRole: 'host',
      body: text,
      createdAt: this.#clock.now(),
    });
    this.#publish(roomId, {
      type: 'announcement',
      announcement: {
        id: message.id,
        text: message.body,
        at: new Date(message.createdAt).toISOString(),
        from: message.authorName,
      },
    });
  }

  /**
   * Chat before admission, when the room allows it: a waiting participant writes to the hosts; a host writes
   * to one waiting participant (`to`).
   */
  async waitingChat(session: Session, text: string, to?: string): Promise<void> {
    const { room, participant } = session;
    if (!room.waitingChat) {
      throw new ForbiddenError('Chat before admission is off for this room.', { reason: 'chat_disabled' });
    }
    let threadId = participant.id;
    if (participant.role === 'host') {
      if (!to) throw parseInputError('to', 'a host writes to one participant');
      const peer = await this.#participantIn(this.#store.db, room.id, to);
      if (peer.state !== 'waiting' && peer.state !== 'admitted') {
        throw new ConflictError('They are not in the waiting room.', { reason: 'not_waiting' });
      }
      threadId = peer.id;
    } else if (participant.state !== 'waiting' && participant.state !== 'admitted') {
      throw new ForbiddenError('Chat before admission is for the waiting room.', { reason: 'not_waiting' });
    }
    const message: MessageRecord = await this.#store.insertMessage(this.#store.db, {
      id: randomUUID(),
      roomId: room.id,
      kind: 'chat',
      threadId,
      authorId: participant.id,
      authorName: participant.displayName,
      authorRole: participant.role,
      body: text,
      createdAt: this.#clock.now(),
    });
    this.#publish(room.id, {
      type: 'chat',
      message: {
        id: message.id,
        threadId,
        authorId: message.authorId,
        authorName: message.authorName,
        authorRole: message.authorRole,
        text: message.body,
        at: new Date(message.createdAt).toISOString(),
      },
    });
  }

  /**
   * Marks the participant's browser as in the call. Each entry takes the next number of a sequence shared
   * by all participants (the epoch): the others drop connections from before a refresh, and whoever entered
   * later places the calls. The consultation timer starts when a host and a patient are first in together.
   */
  async enterCall(session: Session): Promise<ParticipantRecord> {
    const now = this.#clock.now();
    const seat = await this.#store.db.transaction(async (tx) => {
      const room = await this.#lockOpenRoom(tx, session.room.id);
      const p = await this.#participantIn(tx, room.id, session.participant.id);
      if (p.state !== 'admitted' && p.state !== 'in_call') {
        throw new ForbiddenError('Wait until the host admits you.', { reason: 'not_admitted' });
      }
      const updated = await this.#store.update(tx, p.id, {
        state: 'in_call',
        epoch: await this.#store.nextEntry(tx),
        ...(p.joinedAt === undefined ? { joinedAt: now } : {}),
      });
      const everyone = await this.#store.participants(tx, room.id);
      const inCall = everyone.filter((x) => x.state === 'in_call');
      if (
        room.callStartedAt === undefined &&
        inCall.some((x) => x.role === 'host') &&
        inCall.some((x) => x.role === 'patient')
      ) {
        await this.#store.startCall(tx, room.id, now);
      }
      return updated;
    });
    this.#publish(seat.roomId, { type: 'joined', participantId: seat.id, epoch: seat.epoch });
    return seat;
  }

  /** The participant leaves; the others are told at once, whether or not their peer connection noticed. */
  async leave(session: Session, reason: 'left' | 'disconnected' = 'left'): Promise<void> {
    await this.#leave(session.participant.id, reason);
  }

  /** Ends the consultation for everyone; waiting-room messages are deleted. */
  async endRoom(roomId: string, endedBy?: Actor): Promise<void> {
    const now = this.#clock.now();
    const room = await this.room(roomId);
    const ended = await this.#store.db.transaction((tx) => this.#store.endRoom(tx, roomId, now, endedBy?.id));
    if (!ended) return;
    this.#presence.forgetRoom(roomId);
    const durationSeconds =
      room.callStartedAt === undefined ? undefined : Math.round((now - room.callStartedAt) / 1000);
    this.#publish(roomId, {
      type: 'ended',
      ...(endedBy ? { endedBy: endedBy.name } : {}),
      ...(durationSeconds !== undefined ? { durationSeconds } : {}),
    });
    this.#logger.info('teleconsult room ended', { roomId, durationSeconds });
  }

  /** A host invites a guest (family member, interpreter): a guest token for this room, within the limit. */
  async inviteGuest(session: Session, displayName: string): Promise<MintedToken> {
    const { room } = session;
    const guests = (await this.#store.participants(this.#store.db, room.id)).filter(
      (g) => g.role === 'guest' && (g.state === 'waiting' || g.state === 'admitted' || g.state === 'in_call'),
    );
    if (guests.length >= room.guestLimit) {
      throw new ConflictError(`At most ${room.guestLimit} guests may join this call.`, {
        reason: 'guest_limit',
      });
    }
    const window = this.#bookingWindow(room);
    const now = this.#clock.now();
    return this.mintJoinToken({
      roomId: room.id,
      role: 'guest',
      displayName,
      validFrom: new Date(now).toISOString(),
      validUntil: new Date(
        window?.until ?? now + (this.#options.adhocTokenMinutes ?? 240) * MINUTE,
      ).toISOString(),
    });
  }

  /**
   * Whether a browser may use the PeerServer with this peer id: the credential must be ours for that id and
   * the seat must be admitted or in the call of an open room.
   */
  async authorizePeer(
    peerId: string,
    credential: string,
  ): Promise<{ roomId: string; participantId: string } | undefined> {
    const roomId = roomOfPeerId(peerId);
    if (!roomId || !this.#peers.verify(peerId, credential)) return undefined;
    const participant = await this.#store.participantByPeer(this.#store.db, peerId);
    if (!participant || participant.roomId !== roomId) return undefined;
    if (participant.state !== 'admitted' && participant.state !== 'in_call') return undefined;
    const room = await this.#store.room(this.#store.db, roomId);
    if (room?.status !== 'open') return undefined;
    return { roomId, participantId: participant.id };
  }

  /** The participant's event stream opened (cancelling a pending "disconnected"); call the result when it closes. */
  present(session: Session): () => void {
    return this.#presence.connect(session.participant.id, session.room.id);
  }

  /** Stops presence timers; the database stays open (it belongs to the host). */
  close(): void {
    this.#presence.close();
  }

  /**
   * A booking email's video access link, checked by booking itself (signature, window, cancelled or moved),
   * becomes a join token for the patient's seat in the appointment's room. Undefined for any other token.
   */
  async #exchangeBookingLink(token: string | undefined, displayName: string | undefined) {
    const booking = this.#options.bookingAccess;
    if (!booking || !token || !isBookingAccessLink(token)) return undefined;
    const access = await booking.checkAccess(token);
    const room = await this.createRoom({
      kind: 'booking',
      bookingId: access.appointmentId,
      scheduledStart: access.appointment.start,
      scheduledEnd: access.appointment.end,
      title: access.appointment.practitionerName,
    });
    const minted = await this.mintJoinToken({
      roomId: room.id,
      role: 'patient',
      subject: 'patient',
      displayName: displayName?.trim().slice(0, 80) || 'Pasien',
      validFrom: new Date(access.opensAt).toISOString(),
      validUntil: new Date(access.closesAt).toISOString(),
    });
    return minted.token;
  }

  async #dropAbsent(participantId: string): Promise<void> {
    const p = await this.#store.participant(this.#store.db, participantId);
    if (!p || (p.state !== 'waiting' && p.state !== 'admitted' && p.state !== 'in_call')) return;
    this.#logger.info('teleconsult participant gone', { roomId: p.roomId, participantId });
    await this.#leave(participantId, 'disconnected');
  }

  async #leave(participantId: string, reason: 'left' | 'disconnected'): Promise<void> {
    const now = this.#clock.now();
    const seat = await this.#store.db.transaction(async (tx) => {
      const p = await this.#store.participant(tx, participantId, true);
      if (!p || (p.state !== 'waiting' && p.state !== 'admitted' && p.state !== 'in_call')) return undefined;
      return this.#store.update(tx, p.id, { state: 'left', leftAt: now, leftReason: reason });
    });
    if (seat) this.#publish(seat.roomId, { type: 'left', participantId, reason });
  }

  #bookingWindow(room: RoomRecord) {
    return bookingAccessWindow(room);
  }

  async #openRoom(q: Queryable, claims: JoinClaims, lock = false): Promise<RoomRecord> {
    const room = await this.#store.room(q, claims.roomId, lock);
    if (!room) throw tokenRefused('token_invalid', 'This consultation link is not valid.');
    if (room.status !== 'open') {
      throw new ForbiddenError('This consultation has ended.', { reason: 'room_ended' });
    }
    const window = claims.role === 'host' ? undefined : this.#bookingWindow(room);
    const now = this.#clock.now();
    if (window && (now < window.from || now > window.until)) {
      throw new ForbiddenError(
        now < window.from
          ? 'The consultation room opens one hour before the appointment.'
          : 'The consultation room closed one hour after the appointment.',
        { reason: now < window.from ? 'booking_not_open_yet' : 'booking_window_closed' },
      );
    }
    return room;
  }

  async #lockOpenRoom(tx: Queryable, roomId: string): Promise<RoomRecord> {
    const room = await this.#store.room(tx, roomId, true);
    if (!room) throw new NotFoundError('No such consultation room.', { reason: 'room_not_found' });
    if (room.status !== 'open')
      throw new ConflictError('The consultation has ended.', { reason: 'room_ended' });
    return room;
  }

  async #lockOpenRoomOutside(roomId: string): Promise<void> {
    await this.#store.db.transaction((tx) => this.#lockOpenRoom(tx, roomId));
  }

  async #participantIn(q: Queryable, roomId: string, participantId: string): Promise<ParticipantRecord> {
    const p = await this.#store.participant(q, participantId, true);
    if (!p || p.roomId !== roomId) {
      throw new NotFoundError('No such participant in this room.', { reason: 'participant_not_found' });
    }
    return p;
  }

  #publish(roomId: string, notice: RoomNotice): void {
    this.#snapshots.delete(roomId);
    this.events.publish(roomId, notice);
  }
}

function knockNotice(seat: ParticipantRecord): RoomNotice {
  if (seat.role === 'host') return { type: 'updated' };
  return {
    type: 'knock',
    participantId: seat.id,
    displayName: seat.displayName,
    role: seat.role,
    arrival: seat.arrival ?? 'walk_in',
  };
}

/** True for a token whose audience is booking's video access link; its signature is booking's to check. */
function isBookingAccessLink(token: string): boolean {
  try {
    const aud = decodeJwt(token).aud;
    return aud === VIDEO_AUDIENCE || (Array.isArray(aud) && aud.includes(VIDEO_AUDIENCE));
  } catch {
    return false;
  }
}

const parseInputError = (path: string, message: string) =>
  new ValidationError('request', [{ path, message, code: 'custom' }]);

/** Creates the teleconsultation service (runs its migrations). */
export function createTeleconsult(options: TeleconsultOptions): Promise<TeleconsultService> {
  return TeleconsultService.create(options);
}
