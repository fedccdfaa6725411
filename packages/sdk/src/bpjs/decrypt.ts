import LZString from 'lz-string';
import { DecryptionError } from '../errors/remote-errors';
import { fromBase64, fromUtf8 } from './bytes';
import { deriveResponseKey } from './response-key';

export interface ResponseSecret {
  consId: string;
  consSecret: string;
  /** The X-timestamp sent with the request this response answers. */
  timestamp: string;
}

const AES_BLOCK = 16;

/**
 * Turns an encrypted `response` string back into the JSON text BPJS compressed:
 * base64 -> AES-256-CBC (PKCS#7, WebCrypto) -> UTF-8 -> LZ-string `decompressFromEncodedURIComponent`.
 * Every failure is a DecryptionError with a message that names the stage, never the key material.
 */
export async function decryptResponse(ciphertext: string, secret: ResponseSecret): Promise<string> {
  const bytes = fromBase64(ciphertext);
  if (!bytes || bytes.length === 0 || bytes.length % AES_BLOCK !== 0) {
    throw new DecryptionError('bpjs', 'The encrypted response is not whole AES blocks of base64');
  }
  const { key, iv } = await deriveResponseKey(secret.consId, secret.consSecret, secret.timestamp);
  let compressed: string;
  try {
    const aesKey = await crypto.subtle.importKey('raw', key, { name: 'AES-CBC' }, false, ['decrypt']);
    const plain = await crypto.subtle.decrypt({ name: 'AES-CBC', iv }, aesKey, bytes);
    compressed = fromUtf8(new Uint8Array(plain));
  } catch (cause) {
    throw new DecryptionError(
      'bpjs',
      'The response could not be decrypted: wrong consumer secret, or a timestamp other than the one sent',
      { cause },
    );
  }
  return decompress(compressed);
}

/**
 * LZ-string signals failure by returning null or "" (pieroxy/lz-string#94) and can throw on input outside
 * its alphabet; all three become a DecryptionError rather than empty data.
 */
export function decompress(compressed: string): string {
  let text: string | null;
  try {
    text = LZString.decompressFromEncodedURIComponent(compressed);
  } catch (cause) {
    throw new DecryptionError('bpjs', 'The decrypted response is not valid LZ-string data', { cause });
  }
  if (text === null || text === '') {
    throw new DecryptionError('bpjs', 'The decrypted response decompressed to nothing');
  }
  return text;
}

/** Decrypts and parses; the JSON step is part of decryption because garbage keys yield garbage text. */
export async function decryptJson(ciphertext: string, secret: ResponseSecret): Promise<unknown> {
  const text = await decryptResponse(ciphertext, secret);
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new DecryptionError('bpjs', 'The decrypted response is not JSON', { cause });
  }
}
