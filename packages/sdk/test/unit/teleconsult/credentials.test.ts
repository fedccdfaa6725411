import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newPeerId, newRoomId, roomOfPeerId } from '../../../src/teleconsult/server/ids';
import { PeerCredentials } from '../../../src/teleconsult/server/peer-credentials';
import { turnCredentials } from '../../../src/teleconsult/server/turn-credentials';

const SECRET = 'unit-signing-secret-0123456789abcdef-012';

describe('peer ids and credentials', () => {
  it('issues ids PeerJS accepts, each carrying its room', () => {
    const room = newRoomId();
    const id = newPeerId(room);
    // peerjs lib/util.ts validateId
    expect(id).toMatch(/^[A-Za-z0-9]+(?:[ _-][A-Za-z0-9]+)*$/);
    expect(roomOfPeerId(id)).toBe(room);
    expect(newPeerId(room)).not.toBe(id);
    expect(roomOfPeerId('bob')).toBeUndefined();
    expect(roomOfPeerId(`${room}-short`)).toBeUndefined();
  });

  it('accepts only the credential made for that id with that secret', () => {
    const peers = new PeerCredentials(SECRET);
    const id = newPeerId(newRoomId());
    const credential = peers.credentialFor(id);
    expect(peers.verify(id, credential)).toBe(true);
    expect(peers.verify(newPeerId(newRoomId()), credential)).toBe(false);
    expect(new PeerCredentials('another-secret-0123456789abcdef-0123').verify(id, credential)).toBe(false);
    expect(peers.verify(id, credential.toUpperCase())).toBe(false);
    expect(peers.verify(id, '')).toBe(false);
  });

  it('never accepts a random credential', () => {
    const peers = new PeerCredentials(SECRET);
    const id = newPeerId(newRoomId());
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9a-f]{64}$/), (guess) => {
        expect(peers.verify(id, guess)).toBe(guess === peers.credentialFor(id));
      }),
    );
  });
});

describe('TURN REST credentials (draft-uberti-behave-turn-rest-00)', () => {
  it('puts the expiry before the user and signs the username with HMAC-SHA1', () => {
    const now = Date.parse('2026-03-02T02:00:00Z');
    const minted = turnCredentials({ secret: 'north', user: 'p1', ttlSeconds: 3600, now });
    expect(minted.username).toBe(`${now / 1000 + 3600}:p1`);
    expect(minted.expiresAt).toBe(now + 3_600_000);
    expect(minted.credential).toBe(createHmac('sha1', 'north').update(minted.username).digest('base64'));
    expect(Buffer.from(minted.credential, 'base64')).toHaveLength(20);
  });
});
