import { randomBytes } from 'node:crypto';

// PeerJS accepts ids matching /^[A-Za-z0-9]+(?:[ _-][A-Za-z0-9]+)*$/ (peerjs lib/util.ts validateId).
const ROOM_ID = /^r[0-9a-f]{24}$/;
const PARTICIPANT_ID = /^p[0-9a-f]{24}$/;
const PEER_ID = /^(r[0-9a-f]{24})-[0-9a-f]{32}$/;

export const newRoomId = () => `r${randomBytes(12).toString('hex')}`;
export const newParticipantId = () => `p${randomBytes(12).toString('hex')}`;

/**
 * A peer id carries its room as a prefix plus 128 random bits: nobody can guess another participant's id,
 * and the PeerServer can tell from the id alone which room a message may go to.
 */
export const newPeerId = (roomId: string) => `${roomId}-${randomBytes(16).toString('hex')}`;

export const isRoomId = (v: string) => ROOM_ID.test(v);
export const isParticipantId = (v: string) => PARTICIPANT_ID.test(v);

/** The room a peer id belongs to, or undefined when it is not one of ours. */
export function roomOfPeerId(peerId: string): string | undefined {
  return PEER_ID.exec(peerId)?.[1];
}
