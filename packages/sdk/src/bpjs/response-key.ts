import { utf8 } from './bytes';

export interface ResponseKey {
  /** The 32-byte AES-256 key: SHA-256 of `consId + consSecret + timestamp`. */
  key: Uint8Array<ArrayBuffer>;
  /** The first 16 bytes of the same digest. */
  iv: Uint8Array<ArrayBuffer>;
}

/**
 * Derives the key and IV of an encrypted BPJS response (spec §2.2). The timestamp must be the X-timestamp
 * that was SENT with the request; computing a fresh one is the most common peer bug (spec §6.3 item 1).
 */
export async function deriveResponseKey(
  consId: string,
  consSecret: string,
  timestamp: string,
): Promise<ResponseKey> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', utf8(consId + consSecret + timestamp)));
  return { key: digest, iv: digest.slice(0, 16) };
}
