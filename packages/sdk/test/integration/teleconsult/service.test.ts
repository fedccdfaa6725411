import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isConflictError, isForbiddenError, isValidationError } from '../../../src/errors/index';
import type { Database } from '../../../src/storage/database';
import type { RoomNotice } from '../../../src/teleconsult/index';
import type { TeleconsultService } from '../../../src/teleconsult/server/index';
import { testDatabases } from '../../support/databases';
import { APPOINTMENT, bookingRoom, MINUTE, teleconsultFor } from './fixtures';

async function refusal(promise: Promise<unknown>): Promise<{ code: string; reason: string | undefined }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { code: string; reason?: string };
    return { code: e.code, reason: e.reason };
  }
  throw new Error('expected a refusal');
}

describe.each(testDatabases())('teleconsult service on $name', (store) => {
  let db: Database;
  let service: TeleconsultService;
  let clock: Awaited<ReturnType<typeof teleconsultFor>>['clock'];
  let notices: RoomNotice[];

  // One database per store; every test makes its own rooms, so tests never see each other's rows.
  beforeAll(async () => {
    db = await store.open();
  });
  afterAll(async () => {
    await db.close();
  });
  beforeEach(async () => {
    ({ service, clock } = await teleconsultFor(db, { presenceGraceMs: 50 }));
    notices = [];
    service.events.subscribeAll((_room, notice) => notices.push(notice));
  });
  afterEach(() => {
    service.close();
  });

  async function seat(roomId: string, role: 'host' | 'patient' | 'guest', name: string, subject?: string) {
    const minted = await service.mintJoinToken({
      roomId,
      role,
      displayName: name,
      ...(subject ? { subject } : {}),
    });
    const joined = await service.join(minted.token);
    return { token: minted.token, joined, session: () => service.session(minted.token) };
  }

  it('gives the same open room when a booking asks twice', async () => {
    const a = await bookingRoom(service, 'bk-twice');
    const b = await bookingRoom(service, 'bk-twice');
    expect(b.id).toBe(a.id);
    expect(a.kind).toBe('booking');
    const other = await bookingRoom(service, 'bk-other');
    expect(other.id).not.toBe(a.id);
  });

  it('rejects a booking room without times, naming the field, before writing anything', async () => {
    const error = await service
      .createRoom({ kind: 'booking', bookingId: 'bk-no-times', scheduledStart: 'tomorrow' } as never)
      .catch((e: unknown) => e);
    expect(isValidationError(error)).toBe(true);
    const paths = (error as { issues: { path: string }[] }).issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['scheduledStart', 'scheduledEnd']));
    const { rows } = await db.query(
      "SELECT count(*)::int AS n FROM teleconsult_rooms WHERE booking_id = 'bk-no-times'",
    );
    expect(rows[0]).toEqual({ n: 0 });
  });

  it('refuses a NIK as a token subject', async () => {
    const room = await service.createRoom({ kind: 'adhoc' });
    const error = await service
      .mintJoinToken({ roomId: room.id, role: 'patient', displayName: 'Siti', subject: '3174091203850007' })
      .catch((e: unknown) => e);
    expect(isValidationError(error)).toBe(true);
    expect((error as Error).message).not.toContain('3174091203850007');
  });

  it('puts a patient in the waiting room on time and a host straight in', async () => {
    const room = await bookingRoom(service);
    const host = await seat(room.id, 'host', 'dr. Ani');
    expect(host.joined.view.you).toMatchObject({ role: 'host', state: 'admitted' });
    expect(host.joined.view.you.arrival).toBeUndefined();
    const patient = await seat(room.id, 'patient', 'Budi');
    expect(patient.joined.view.you).toMatchObject({ state: 'waiting', arrival: 'on_time', position: 1 });
    expect(notices).toContainEqual(
      expect.objectContaining({
        type: 'knock',
        participantId: patient.joined.view.you.id,
        arrival: 'on_time',
      }),
    );
    expect(patient.joined.peer.id.startsWith(`${room.id}-`)).toBe(true);
    expect(patient.joined.peer.credential).toMatch(/^[0-9a-f]{64}$/);
    expect(patient.joined.ice).toEqual({ iceServers: [], iceTransportPolicy: 'all' });
  });

  it('marks a patient late after ten minutes and a quick consultation as walk-in', async () => {
    const room = await bookingRoom(service);
    clock.set(APPOINTMENT + 11 * MINUTE);
    const late = await seat(room.id, 'patient', 'Budi');
    expect(late.joined.view.you.arrival).toBe('late');
    const adhoc = await service.createRoom({ kind: 'adhoc' });
    const walkIn = await seat(adhoc.id, 'patient', 'Citra');
    expect(walkIn.joined.view.you.arrival).toBe('walk_in');
  });

  it('shows the host the waiting list in knock order but hides other waiting patients from a patient', async () => {
    const room = await service.createRoom({ kind: 'adhoc' });
    const host = await seat(room.id, 'host', 'dr. Ani');
    const first = await seat(room.id, 'patient', 'Budi');
    clock.advance(1000);
    const second = await seat(room.id, 'patient', 'Citra');
    const hostView = await service.view(room.id, host.joined.view.you.id);
    expect(
      hostView.participants.filter((p) => p.state === 'waiting').map((p) => [p.displayName, p.position]),
    ).toEqual([
      ['Budi', 1],
      ['Citra', 2],
    ]);
    const secondView = await service.view(room.id, second.joined.view.you.id);
    expect(secondView.you.position).toBe(2);
    // The host in the call is shown; the other waiting patient is not.
    expect(secondView.participants.map((p) => p.displayName)).toEqual(['dr. Ani', 'Citra']);
    // Peer ids of people in the call are not shown to someone still waiting.
    expect(JSON.stringify(secondView)).not.toContain(host.joined.peer.id);
    expect(first.joined.view.you.position).toBe(1);
  });

  it('gives a refreshed page its seat and peer id back without knocking again', async () => {
    const room = await bookingRoom(service);
    await seat(room.id, 'host', 'dr. Ani');
    const patient = await seat(room.id, 'patient', 'Budi');
    await service.admit(room.id, patient.joined.view.you.id);
    expect(patient.joined.view.you.epoch).toBe(0);
    const entered = await service.enterCall(await patient.session());
    expect(entered.epoch).toBeGreaterThan(0);
    const again = await service.join(patient.token);
    expect(again.view.you.id).toBe(patient.joined.view.you.id);
    expect(again.view.you.state).toBe('in_call');
    expect(again.peer).toEqual(patient.joined.peer);
    expect((await service.enterCall(await patient.session())).epoch).toBeGreaterThan(entered.epoch);
    expect(notices.filter((n) => n.type === 'knock')).toHaveLength(1);
  });

  it('admits and denies from the waiting room; a denied patient cannot come back', async () => {
    const room = await service.createRoom({ kind: 'adhoc' });
    const budi = await seat(room.id, 'patient', 'Budi');
    const citra = await seat(room.id, 'patient', 'Citra');
    await service.admit(room.id, budi.joined.view.you.id);
    await service.deny(room.id, citra.joined.view.you.id, 'Silakan buat janji');
    expect(notices).toContainEqual({ type: 'admitted', participantId: budi.joined.view.you.id });
    expect(notices).toContainEqual({
      type: 'denied',
      participantId: citra.joined.view.you.id,
      reason: 'Silakan buat janji',
    });
    expect(await refusal(service.join(citra.token))).toEqual({ code: 'FORBIDDEN', reason: 'denied' });
    expect(await refusal(citra.session())).toEqual({ code: 'FORBIDDEN', reason: 'denied' });
  });

  it('keeps a patient out of the call until admitted', async () => {
    const room = await service.createRoom({ kind: 'adhoc' });
    const budi = await seat(room.id, 'patient', 'Budi');
    expect(await refusal(service.enterCall(await budi.session()))).toEqual({
      code: 'FORBIDDEN',
      reason: 'not_admitted',
    });
  });

  it('numbers call entries across participants, so the later one is known', async () => {
    const room = await service.createRoom({ kind: 'adhoc' });
    const host = await seat(room.id, 'host', 'dr. Ani');
    const patient = await seat(room.id, 'patient', 'Budi');
    await service.admit(room.id, patient.joined.view.you.id);
    const first = await service.enterCall(await host.session());
    const second = await service.enterCall(await patient.session());
    expect(second.epoch).toBeGreaterThan(first.epoch);
    const view = await service.view(room.id, host.joined.view.you.id);
    const epochs = Object.fromEntries(view.participants.map((p) => [p.displayName, p.epoch]));
    expect(epochs).toEqual({ 'dr. Ani': first.epoch, Budi: second.epoch });
  });

  it('starts the consultation timer when host and patient are first in the call together', async () => {
    const room = await bookingRoom(service);
    const host = await seat(room.id, 'host', 'dr. Ani');
    await service.enterCall(await host.session());
    expect((await service.room(room.id)).callStartedAt).toBeUndefined();
    const patient = await seat(room.id, 'patient', 'Budi');
    await service.admit(room.id, patient.joined.view.you.id);
    clock.advance(30_000);
    await service.enterCall(await patient.session());
    expect((await service.room(room.id)).callStartedAt).toBe(clock.now());
    clock.advance(12 * MINUTE);
    await service.endRoom(room.id, { id: 'h', name: 'dr. Ani' });
    expect(notices.at(-1)).toEqual({ type: 'ended', endedBy: 'dr. Ani', durationSeconds: 720 });
  });

  it('holds guests to the room limit, counting those in the call', async () => {
    const room = await service.createRoom({ kind: 'adhoc', guestLimit: 1 });
    const host = await seat(room.id, 'host', 'dr. Ani');
    const invited = await service.inviteGuest(await host.session(), 'Ibu Budi');
    expect(invited.role).toBe('guest');
    const guest = await service.join(invited.token);
    expect(await refusal(service.inviteGuest(await host.session(), 'Penerjemah'))).toEqual({
      code: 'CONFLICT',
      reason: 'guest_limit',
    });
    await service.admit(room.id, guest.view.you.id);
    const second = await seat(room.id, 'guest', 'Penerjemah');
    expect(await refusal(service.admit(room.id, second.joined.view.you.id))).toEqual({
      code: 'CONFLICT',
      reason: 'guest_limit',
    });
  });

  it('carries waiting-room chat between one patient and the hosts, and announcements to all', async () => {
    const room = await service.createRoom({ kind: 'adhoc' });
    const host = await seat(room.id, 'host', 'dr. Ani');
    const budi = await seat(room.id, 'patient', 'Budi');
    const citra = await seat(room.id, 'patient', 'Citra');
    await service.waitingChat(await budi.session(), 'Dok, saya sudah siap');
    await service.waitingChat(await host.session(), 'Sebentar ya', budi.joined.view.you.id);
    await service.announce(room.id, 'Dokter terlambat 10 menit', { id: 'h', name: 'dr. Ani' });
    const budiView = await service.view(room.id, budi.joined.view.you.id);
    expect(budiView.chat.map((m) => [m.authorName, m.text])).toEqual([
      ['Budi', 'Dok, saya sudah siap'],
      ['dr. Ani', 'Sebentar ya'],
    ]);
    const citraView = await service.view(room.id, citra.joined.view.you.id);
    expect(citraView.chat).toEqual([]);
    expect(citraView.announcements.map((a) => a.text)).toEqual(['Dokter terlambat 10 menit']);
    const hostView = await service.view(room.id, host.joined.view.you.id);
    expect(hostView.chat).toHaveLength(2);
  });

  it('refuses waiting-room chat when the room turned it off', async () => {
    const room = await service.createRoom({ kind: 'adhoc', waitingChat: false });
    const budi = await seat(room.id, 'patient', 'Budi');
    expect(await refusal(service.waitingChat(await budi.session(), 'halo'))).toEqual({
      code: 'FORBIDDEN',
      reason: 'chat_disabled',
    });
  });

  it('ends the room for everyone and deletes the waiting-room messages', async () => {
    const room = await service.createRoom({ kind: 'adhoc' });
    await seat(room.id, 'host', 'dr. Ani');
    const budi = await seat(room.id, 'patient', 'Budi');
    await service.waitingChat(await budi.session(), 'halo');
    await service.endRoom(room.id);
    const { rows } = await db.query(
      'SELECT count(*)::int AS n FROM teleconsult_messages WHERE room_id = $1',
      [room.id],
    );
    expect(rows[0]).toEqual({ n: 0 });
    expect(await refusal(service.join(budi.token))).toEqual({ code: 'FORBIDDEN', reason: 'room_ended' });
    const error = await service.admit(room.id, budi.joined.view.you.id).catch((e: unknown) => e);
    expect(isConflictError(error)).toBe(true);
  });

  it('lets someone who left knock again', async () => {
    const room = await service.createRoom({ kind: 'adhoc' });
    const budi = await seat(room.id, 'patient', 'Budi');
    await service.admit(room.id, budi.joined.view.you.id);
    await service.leave(await budi.session());
    expect(await refusal(budi.session())).toEqual({ code: 'FORBIDDEN', reason: 'not_in_room' });
    const back = await service.join(budi.token);
    expect(back.view.you).toMatchObject({ id: budi.joined.view.you.id, state: 'waiting' });
  });

  it('counts someone whose event stream stayed closed past the grace period as disconnected', async () => {
    const room = await service.createRoom({ kind: 'adhoc' });
    const budi = await seat(room.id, 'patient', 'Budi');
    const closeFirst = service.present(await budi.session());
    closeFirst();
    // A refresh reopens the stream within the grace period: nothing happens.
    const closeSecond = service.present(await budi.session());
    await new Promise((r) => setTimeout(r, 120));
    expect(notices.some((n) => n.type === 'left')).toBe(false);
    closeSecond();
    await expect
      .poll(() => notices.find((n) => n.type === 'left'), { timeout: 2000 })
      .toEqual({
        type: 'left',
        participantId: budi.joined.view.you.id,
        reason: 'disconnected',
      });
  });

  describe('join token windows', () => {
    it('refuses an expired link and a link that is not valid yet', async () => {
      const room = await service.createRoom({ kind: 'adhoc' });
      const now = clock.now();
      const future = await service.mintJoinToken({
        roomId: room.id,
        role: 'patient',
        displayName: 'Budi',
        validFrom: new Date(now + 60 * MINUTE).toISOString(),
        validUntil: new Date(now + 120 * MINUTE).toISOString(),
      });
      expect(await refusal(service.join(future.token))).toEqual({
        code: 'FORBIDDEN',
        reason: 'token_not_yet_valid',
      });
      const short = await service.mintJoinToken({
        roomId: room.id,
        role: 'patient',
        displayName: 'Citra',
        validUntil: new Date(now + 5 * MINUTE).toISOString(),
      });
      clock.advance(6 * MINUTE);
      expect(await refusal(service.join(short.token))).toEqual({
        code: 'FORBIDDEN',
        reason: 'token_expired',
      });
    });

    it('applies the booking access-link window even to a token minted with a wider one', async () => {
      const room = await bookingRoom(service);
      const wide = await service.mintJoinToken({
        roomId: room.id,
        role: 'patient',
        displayName: 'Budi',
        validFrom: new Date(APPOINTMENT - 24 * 60 * MINUTE).toISOString(),
        validUntil: new Date(APPOINTMENT + 24 * 60 * MINUTE).toISOString(),
      });
      clock.set(APPOINTMENT - 61 * MINUTE);
      expect(await refusal(service.join(wide.token))).toEqual({
        code: 'FORBIDDEN',
        reason: 'booking_not_open_yet',
      });
      clock.set(APPOINTMENT - 59 * MINUTE);
      expect((await service.join(wide.token)).view.you.state).toBe('waiting');
      clock.set(APPOINTMENT + 20 * MINUTE + 61 * MINUTE);
      expect(await refusal(service.session(wide.token))).toEqual({
        code: 'FORBIDDEN',
        reason: 'booking_window_closed',
      });
    });

    it('defaults a booking patient token to the access-link window', async () => {
      const room = await bookingRoom(service);
      const minted = await service.mintJoinToken({ roomId: room.id, role: 'patient', displayName: 'Budi' });
      expect(minted.validFrom).toBe(new Date(APPOINTMENT - 60 * MINUTE).toISOString());
      expect(minted.validUntil).toBe(new Date(APPOINTMENT + 80 * MINUTE).toISOString());
      expect(minted.subject).toBe('patient');
    });

    it('refuses a token signed with another secret', async () => {
      const room = await service.createRoom({ kind: 'adhoc' });
      const { service: other } = await teleconsultFor(db, {
        signingSecret: 'another-clinic-secret-0123456789abcdefgh',
      });
      const forged = await other.mintJoinToken({ roomId: room.id, role: 'host', displayName: 'Mallory' });
      const error = await service.join(forged.token).catch((e: unknown) => e);
      expect(isForbiddenError(error)).toBe(true);
      expect((error as { reason: string }).reason).toBe('token_invalid');
      other.close();
    });
  });

  describe('PeerServer authorisation', () => {
    it('lets a peer in only with its own credential while admitted to an open room', async () => {
      const room = await service.createRoom({ kind: 'adhoc' });
      const host = await seat(room.id, 'host', 'dr. Ani');
      const budi = await seat(room.id, 'patient', 'Budi');
      const { id, credential } = budi.joined.peer;
      expect(await service.authorizePeer(id, credential)).toBeUndefined();
      await service.admit(room.id, budi.joined.view.you.id);
      expect(await service.authorizePeer(id, credential)).toEqual({
        roomId: room.id,
        participantId: budi.joined.view.you.id,
      });
      expect(await service.authorizePeer(id, host.joined.peer.credential)).toBeUndefined();
      expect(await service.authorizePeer(host.joined.peer.id, credential)).toBeUndefined();
      await service.endRoom(room.id);
      expect(await service.authorizePeer(id, credential)).toBeUndefined();
    });
  });
});
