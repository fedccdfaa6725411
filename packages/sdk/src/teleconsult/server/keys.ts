import { createHmac } from 'node:crypto';

/**
 * One signing secret serves two purposes; each gets its own key derived with HMAC over a fixed label so a
 * join-token signature can never double as a PeerServer credential or the other way round.
 */
export function deriveKey(secret: string, purpose: 'join-token' | 'peer-credential'): Uint8Array {
  return new Uint8Array(createHmac('sha256', secret).update(`sehatkit/teleconsult/${purpose}`).digest());
}
