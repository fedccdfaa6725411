import {
  constants,
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  createPublicKey,
  type KeyObject,
  privateDecrypt,
  publicEncrypt,
  randomBytes,
} from 'node:crypto';

/**
 * The KYC hybrid scheme, the simulator's own implementation with node:crypto (satusehat.md §6, rest-api-kyc):
 * wire bytes = RSA-OAEP-SHA256(aesKey) ‖ iv(12) ‖ AES-256-GCM ciphertext ‖ tag(16), base64 in 76-column lines,
 * framed by `-----BEGIN ENCRYPTED MESSAGE-----\r\n` and `\n-----END ENCRYPTED MESSAGE-----`.
 */
const BEGIN = '-----BEGIN ENCRYPTED MESSAGE-----';
const END = '-----END ENCRYPTED MESSAGE-----';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class KycCryptoError extends Error {}

export function armor(bytes: Buffer): string {
  const lines = bytes.toString('base64').match(/.{1,76}/g) ?? [];
  return `${BEGIN}\r\n${lines.join('\n')}\n${END}`;
}

export function unarmor(text: string): Buffer {
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start < 0 || end < 0 || end < start) throw new KycCryptoError('missing ENCRYPTED MESSAGE frame');
  const body = text.slice(start + BEGIN.length, end).replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body)) throw new KycCryptoError('invalid base64');
  return Buffer.from(body, 'base64');
}

function modulusBytes(key: KeyObject): number {
  const bits = key.asymmetricKeyDetails?.modulusLength;
  if (!bits) throw new KycCryptoError('not an RSA key');
  return bits / 8;
}

export function encryptFor(recipientPublicKeyPem: string, plaintext: Buffer): string {
  let recipient: KeyObject;
  try {
    recipient = createPublicKey(recipientPublicKeyPem);
  } catch {
    throw new KycCryptoError('invalid public_key');
  }
  const key = randomBytes(32);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  const wrapped = publicEncrypt(
    { key: recipient, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' },
    key,
  );
  return armor(Buffer.concat([wrapped, iv, ciphertext, cipher.getAuthTag()]));
}

export function decryptWith(privateKeyPem: string, message: string): Buffer {
  const key = createPrivateKey(privateKeyPem);
  const bytes = unarmor(message);
  const wrappedLength = modulusBytes(key);
  if (bytes.length < wrappedLength + IV_BYTES + TAG_BYTES) throw new KycCryptoError('message too short');
  let aesKey: Buffer;
  try {
    aesKey = privateDecrypt(
      { key, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' },
      bytes.subarray(0, wrappedLength),
    );
  } catch {
    throw new KycCryptoError('crypto/rsa: decryption error');
  }
  const iv = bytes.subarray(wrappedLength, wrappedLength + IV_BYTES);
  const tag = bytes.subarray(bytes.length - TAG_BYTES);
  const ciphertext = bytes.subarray(wrappedLength + IV_BYTES, bytes.length - TAG_BYTES);
  try {
    const decipher = createDecipheriv('aes-256-gcm', aesKey, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  } catch {
    throw new KycCryptoError('cipher: message authentication failed');
  }
}
