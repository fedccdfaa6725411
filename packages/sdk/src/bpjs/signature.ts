import type { Clock } from '../logging/clock';
import { toBase64, utf8 } from './bytes';

/**
 * Request signing for every BPJS web service (pCare, Antrean FKTP, i-Care): spec §1.2–1.3, after the
 * official header description mirrored at https://dinkes.batangkab.go.id/pcare.
 */

/** The application code BPJS expects in X-authorization for FKTP services (spec §1.2: fixed at `095`). */
export const DEFAULT_APP_CODE = '095';

/**
 * X-timestamp: whole seconds since the epoch in UTC, floored. Rounding (as one peer does) can put the
 * value up to half a second in the future; milliseconds are rejected outright (spec §6.3 item 3).
 * `offsetSeconds` corrects a host clock known to disagree with BPJS's.
 */
export function bpjsTimestamp(clock: Clock, offsetSeconds = 0): string {
  return String(Math.floor(clock.now() / 1000) + Math.trunc(offsetSeconds));
}

/** X-signature: base64 of HMAC-SHA256 over `consId&timestamp`, keyed with the consumer secret. Sent raw, not URL-encoded. */
export async function bpjsSignature(consId: string, consSecret: string, timestamp: string): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    utf8(consSecret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = await crypto.subtle.sign('HMAC', key, utf8(`${consId}&${timestamp}`));
  return toBase64(new Uint8Array(mac));
}

/** X-authorization: `Basic base64(username:password:appCode)` with the FKTP's pCare web login. */
export function bpjsAuthorization(username: string, password: string, appCode = DEFAULT_APP_CODE): string {
  return `Basic ${toBase64(utf8(`${username}:${password}:${appCode}`))}`;
}

export interface SignedHeadersInput {
  consId: string;
  consSecret: string;
  timestamp: string;
  userKey: string;
  /** The precomputed X-authorization value, when the service takes one. */
  authorization?: string;
}

/** The header set of one request. The timestamp is fixed by the caller so decryption can reuse it. */
export async function signedHeaders(input: SignedHeadersInput): Promise<Record<string, string>> {
  const headers: Record<string, string> = {
    'X-cons-id': input.consId,
    'X-timestamp': input.timestamp,
    'X-signature': await bpjsSignature(input.consId, input.consSecret, input.timestamp),
    user_key: input.userKey,
  };
  if (input.authorization) headers['X-authorization'] = input.authorization;
  return headers;
}
