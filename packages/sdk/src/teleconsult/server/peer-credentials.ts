import { createHmac, timingSafeEqual } from 'node:crypto';
import { deriveKey } from './keys';

/**
 * The PeerJS `token` a participant's browser presents to the PeerServer: an HMAC of its peer id. PeerServer
 * hands a seat back to whoever presents the same token (`realm` keeps the old client until `alive_timeout`),
 * so a refreshed page with the same credential gets its id back instead of "ID is taken" (peerjs #224, #294),
 * while nobody without the credential can take the id.
 */
export class PeerCredentials {
  readonly #key: Uint8Array;

  constructor(signingSecret: string) {
    this.#key = deriveKey(signingSecret, 'peer-credential');
  }

  credentialFor(peerId: string): string {
    return createHmac('sha256', this.#key).update(peerId).digest('hex');
  }

  verify(peerId: string, credential: string): boolean {
    if (!/^[0-9a-f]{64}$/.test(credential)) return false;
    return timingSafeEqual(Buffer.from(this.credentialFor(peerId), 'hex'), Buffer.from(credential, 'hex'));
  }
}
