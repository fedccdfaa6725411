import { DecryptionError } from '../../errors/remote-errors';
import { ValidationError } from '../../errors/validation-error';
import { base64ToBytes, bytesToBase64, wrapLines } from './base64';

/**
 * SATUSEHAT's KYC message encryption with WebCrypto only, so it runs in Node, browsers and workers
 * (satusehat.md §6, rest-api-kyc steps 1–7): a fresh AES-256-GCM key (12-byte IV, 16-byte tag) encrypts the
 * message; RSA-OAEP with SHA-256 wraps that key for the recipient. Wire bytes are
 * `wrappedKey ‖ iv ‖ ciphertext ‖ tag`, base64 in 76-column lines between ENCRYPTED MESSAGE markers.
 */
const BEGIN = '-----BEGIN ENCRYPTED MESSAGE-----';
const END = '-----END ENCRYPTED MESSAGE-----';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const RSA_OAEP = { name: 'RSA-OAEP', hash: 'SHA-256' } as const;

const subtle = () => globalThis.crypto.subtle;
// WebCrypto's BufferSource typing wants ArrayBuffer-backed views; ours always are.
const buf = (bytes: Uint8Array) => bytes as Uint8Array<ArrayBuffer>;

function pemBody(pem: string, label: string): Uint8Array {
  const match = new RegExp(`-----BEGIN ${label}-----([\\s\\S]+?)-----END ${label}-----`).exec(pem);
  if (!match?.[1]) throw new ValidationError('PEM key', [{ path: '', message: `Must be a PEM ${label}` }]);
  return base64ToBytes(match[1].replace(/\s+/g, ''));
}

export function toPem(der: ArrayBuffer, label: string): string {
  return `-----BEGIN ${label}-----\n${wrapLines(bytesToBase64(new Uint8Array(der)), 64).join('\n')}\n-----END ${label}-----`;
}

/** Imports an RSA public key (SPKI PEM) that messages are encrypted to. */
export async function importRecipientKey(publicKeyPem: string): Promise<CryptoKey> {
  try {
    return await subtle().importKey('spki', buf(pemBody(publicKeyPem, 'PUBLIC KEY')), RSA_OAEP, false, [
      'encrypt',
    ]);
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    throw new ValidationError('PEM key', [{ path: '', message: 'Is not an RSA public key' }]);
  }
}

/** A fresh RSA-2048 pair for one exchange; the public half travels in the request as SPKI PEM. */
export async function generateExchangeKeyPair(): Promise<{ publicKeyPem: string; privateKey: CryptoKey }> {
  const pair = await subtle().generateKey(
    { ...RSA_OAEP, modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]) },
    true,
    ['encrypt', 'decrypt'],
  );
  const spki = await subtle().exportKey('spki', pair.publicKey);
  return { publicKeyPem: toPem(spki, 'PUBLIC KEY'), privateKey: pair.privateKey };
}

export async function encryptMessage(plaintext: Uint8Array, recipient: CryptoKey): Promise<string> {
  const aesKey = await subtle().generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt']);
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const sealed = new Uint8Array(
    await subtle().encrypt({ name: 'AES-GCM', iv, tagLength: 128 }, aesKey, buf(plaintext)),
  );
  const rawKey = await subtle().exportKey('raw', aesKey);
  const wrapped = new Uint8Array(await subtle().encrypt({ name: 'RSA-OAEP' }, recipient, rawKey));
  const wire = new Uint8Array(wrapped.length + iv.length + sealed.length);
  wire.set(wrapped, 0);
  wire.set(iv, wrapped.length);
  wire.set(sealed, wrapped.length + iv.length);
  return `${BEGIN}\r\n${wrapLines(bytesToBase64(wire), 76).join('\n')}\n${END}`;
}

export async function decryptMessage(message: string, privateKey: CryptoKey): Promise<Uint8Array> {
  const fail = (why: string) => new DecryptionError('satusehat', `Could not decrypt the KYC answer: ${why}`);
  const start = message.indexOf(BEGIN);
  const end = message.indexOf(END);
  if (start < 0 || end < start) throw fail('no ENCRYPTED MESSAGE frame');
  let wire: Uint8Array;
  try {
    wire = base64ToBytes(message.slice(start + BEGIN.length, end).replace(/\s+/g, ''));
  } catch {
    throw fail('invalid base64');
  }
  const modulusLength = (privateKey.algorithm as RsaHashedKeyAlgorithm).modulusLength;
  const wrappedLength = modulusLength / 8;
  if (wire.length < wrappedLength + IV_BYTES + TAG_BYTES) throw fail('message too short');
  try {
    const rawKey = await subtle().decrypt(
      { name: 'RSA-OAEP' },
      privateKey,
      buf(wire.slice(0, wrappedLength)),
    );
    const aesKey = await subtle().importKey('raw', rawKey, { name: 'AES-GCM' }, false, ['decrypt']);
    const iv = wire.slice(wrappedLength, wrappedLength + IV_BYTES);
    const sealed = wire.slice(wrappedLength + IV_BYTES);
    return new Uint8Array(
      await subtle().decrypt({ name: 'AES-GCM', iv: buf(iv), tagLength: 128 }, aesKey, buf(sealed)),
    );
  } catch {
    throw fail('wrong key or tampered message');
  }
}
