import { createCipheriv, createDecipheriv, createHash, createHmac, timingSafeEqual } from 'node:crypto';
import LZString from 'lz-string';

/**
 * The simulator's side of the BPJS envelope, written against node:crypto on purpose: it must not share
 * code with the SDK, so a bug in one shows up as a failure in the other (bpjs.md §1.3, §2.2, §7.2).
 */

/** X-signature BPJS expects: base64(HMAC-SHA256(secret, consId & timestamp)). */
export function expectedSignature(consId: string, secret: string, timestamp: string): string {
  return createHmac('sha256', secret).update(`${consId}&${timestamp}`, 'utf8').digest('base64');
}

/** Constant-time comparison of two header values. */
export function sameValue(given: string, expected: string): boolean {
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** X-authorization: `Basic base64(user:password:kdAplikasi)`. */
export function expectedAuthorization(user: string, password: string, appCode: string): string {
  return `Basic ${Buffer.from(`${user}:${password}:${appCode}`, 'utf8').toString('base64')}`;
}

/** key = SHA-256(consId + secret + timestamp); iv = its first 16 bytes. */
export function responseKey(consId: string, secret: string, timestamp: string): { key: Buffer; iv: Buffer } {
  const key = createHash('sha256')
    .update(consId + secret + timestamp, 'utf8')
    .digest();
  return { key, iv: key.subarray(0, 16) };
}

/** JSON -> LZ-string (encoded URI component) -> AES-256-CBC (PKCS#7) -> base64. */
export function encryptPayload(data: unknown, consId: string, secret: string, timestamp: string): string {
  const lz = LZString.compressToEncodedURIComponent(JSON.stringify(data));
  return encryptText(lz, consId, secret, timestamp);
}

export function encryptText(text: string, consId: string, secret: string, timestamp: string): string {
  const { key, iv } = responseKey(consId, secret, timestamp);
  const cipher = createCipheriv('aes-256-cbc', key, iv);
  return Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]).toString('base64');
}

/** The reverse, for the simulator's own tests and the Mobile JKN driver's diagnostics. */
export function decryptPayload(
  ciphertext: string,
  consId: string,
  secret: string,
  timestamp: string,
): unknown {
  const { key, iv } = responseKey(consId, secret, timestamp);
  const decipher = createDecipheriv('aes-256-cbc', key, iv);
  const lz = Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64')), decipher.final()]).toString(
    'utf8',
  );
  const json = LZString.decompressFromEncodedURIComponent(lz);
  if (!json) throw new Error('LZ-string returned nothing');
  return JSON.parse(json);
}
