import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { Database } from '../../../src/storage/database';
import { openDatabase } from '../../../src/storage/open-database';
import {
  createPeerServer,
  type RunningPeerServer,
  type TeleconsultService,
} from '../../../src/teleconsult/server/index';
import { teleconsultFor } from './fixtures';

/** A raw signalling client speaking PeerJS's WebSocket protocol, as the browser library does. */
class SignalClient {
  readonly messages: { type: string; src?: string; payload?: unknown }[] = [];
  readonly opened: Promise<void>;
  readonly closed: Promise<number>;
  readonly socket: WebSocket;

  constructor(url: string, params: Record<string, string>) {
    const query = new URLSearchParams({ key: 'sehatkit', version: '1.5.5', ...params });
    this.socket = new WebSocket(`${url.replace(/^http/, 'ws')}/peerjs?${query}`);
    this.socket.on('message', (data) => this.messages.push(JSON.parse(String(data))));
    this.opened = new Promise((resolve, reject) => {
      this.socket.on('message', (data) => {
        const message = JSON.parse(String(data));
        if (message.type === 'OPEN') resolve();
        else if (message.type === 'ERROR' || message.type === 'ID-TAKEN') reject(new Error(message.type));
      });
      this.socket.on('close', () => reject(new Error('closed before OPEN')));
    });
    this.opened.catch(() => undefined);
    this.closed = new Promise((resolve) => this.socket.on('close', (code) => resolve(code)));
  }

  send(message: Record<string, unknown>) {
    this.socket.send(JSON.stringify(message));
  }

  received(type: string, from?: string) {
    return this.messages.some((m) => m.type === type && (from === undefined || m.src === from));
  }
}

describe('PeerServer behind teleconsult admission', () => {
  let db: Database;
  let service: TeleconsultService;
  let peer: RunningPeerServer;
  const clients: SignalClient[] = [];

  const connect = (params: Record<string, string>) => {
    const client = new SignalClient(peer.url, params);
    clients.push(client);
    return client;
  };

  async function admittedPeer(roomId: string, name: string) {
    const minted = await service.mintJoinToken({ roomId, role: 'patient', displayName: name });
    const joined = await service.join(minted.token);
    await service.admit(roomId, joined.view.you.id);
    return { ...joined.peer, participantId: joined.view.you.id };
  }

  beforeAll(async () => {
    db = await openDatabase();
    ({ service } = await teleconsultFor(db, { signaling: undefined }));
    peer = await createPeerServer({ teleconsult: service });
  });
  afterAll(async () => {
    for (const c of clients) c.socket.terminate();
    await peer.close();
    service.close();
    await db.close();
  });

  it('tells the service where browsers find it', () => {
    expect(service.signaling).toEqual({
      host: '127.0.0.1',
      port: peer.port,
      path: '/signal/',
      secure: false,
      key: 'sehatkit',
    });
  });

  it('refuses a connection without a credential', async () => {
    const room = await service.createRoom({ kind: 'adhoc' });
    const { id } = await admittedPeer(room.id, 'Budi');
    const client = connect({ id, token: '' });
    await expect(client.opened).rejects.toThrow();
    expect(await client.closed).toBeGreaterThan(0);
  });

  it('refuses a forged credential and an id that was never issued', async () => {
    const room = await service.createRoom({ kind: 'adhoc' });
    const { id, credential } = await admittedPeer(room.id, 'Budi');
    const forged = connect({ id, token: credential.replace(/^./, (c) => (c === '0' ? '1' : '0')) });
    await expect(forged.opened).rejects.toThrow('ERROR');
    expect(forged.messages[0]).toEqual({
      type: 'ERROR',
      payload: { msg: 'Not admitted to this consultation.' },
    });
    const guessed = connect({ id: `${room.id}-${'0'.repeat(32)}`, token: credential });
    await expect(guessed.opened).rejects.toThrow('ERROR');
    const wrongKey = connect({ id, token: credential, key: 'peerjs' });
    await expect(wrongKey.opened).rejects.toThrow('ERROR');
  });

  it('refuses a patient who is still in the waiting room', async () => {
    const room = await service.createRoom({ kind: 'adhoc' });
    const minted = await service.mintJoinToken({ roomId: room.id, role: 'patient', displayName: 'Budi' });
    const joined = await service.join(minted.token);
    const client = connect({ id: joined.peer.id, token: joined.peer.credential });
    await expect(client.opened).rejects.toThrow('ERROR');
  });

  it('lets an admitted participant in with its issued id and credential', async () => {
    const room = await service.createRoom({ kind: 'adhoc' });
    const { id, credential } = await admittedPeer(room.id, 'Budi');
    const client = connect({ id, token: credential });
    await expect(client.opened).resolves.toBeUndefined();
  });

  it('gives a refreshed page its id back at once instead of "ID is taken"', async () => {
    const room = await service.createRoom({ kind: 'adhoc' });
    const { id, credential } = await admittedPeer(room.id, 'Budi');
    const before = connect({ id, token: credential });
    await before.opened;
    // The old socket is still open, as after a network loss the server has not noticed yet.
    const after = connect({ id, token: credential });
    await expect(after.opened).resolves.toBeUndefined();
    await before.closed;
    expect(after.received('ID-TAKEN')).toBe(false);
    expect(peer.connections()).toBeGreaterThan(0);
  });

  it('relays signalling within a room and drops it towards another room', async () => {
    const roomA = await service.createRoom({ kind: 'adhoc' });
    const roomB = await service.createRoom({ kind: 'adhoc' });
    const alice = await admittedPeer(roomA.id, 'Alice');
    const bob = await admittedPeer(roomA.id, 'Bob');
    const carol = await admittedPeer(roomB.id, 'Carol');
    const a = connect({ id: alice.id, token: alice.credential });
    const b = connect({ id: bob.id, token: bob.credential });
    const c = connect({ id: carol.id, token: carol.credential });
    await Promise.all([a.opened, b.opened, c.opened]);
    a.send({ type: 'OFFER', dst: carol.id, payload: { sdp: 'x' } });
    a.send({ type: 'OFFER', dst: bob.id, payload: { sdp: 'y' } });
    await expect.poll(() => b.received('OFFER', alice.id)).toBe(true);
    expect(c.received('OFFER')).toBe(false);
  });

  it('disconnects someone the host denies, and everyone when the room ends', async () => {
    const room = await service.createRoom({ kind: 'adhoc' });
    const budi = await admittedPeer(room.id, 'Budi');
    const citra = await admittedPeer(room.id, 'Citra');
    const b = connect({ id: budi.id, token: budi.credential });
    const c = connect({ id: citra.id, token: citra.credential });
    await Promise.all([b.opened, c.opened]);
    await service.deny(room.id, budi.participantId);
    await b.closed;
    expect(c.socket.readyState).toBe(WebSocket.OPEN);
    await service.endRoom(room.id);
    await c.closed;
  });
});
