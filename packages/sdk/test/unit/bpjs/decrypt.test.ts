import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { toHex } from '../../../src/bpjs/bytes';
import { decompress, decryptJson, decryptResponse } from '../../../src/bpjs/decrypt';
import { deriveResponseKey } from '../../../src/bpjs/response-key';
import { isDecryptionError } from '../../../src/errors/guards';
import { VECTORS } from './support/vectors';

const secretOf = (v: (typeof VECTORS)[number], ts = v.ts) => ({
  consId: v.consId,
  consSecret: v.secret,
  timestamp: ts,
});

describe('BPJS response decryption', () => {
  it.each(VECTORS)('derives the key and IV of $name', async (v) => {
    const { key, iv } = await deriveResponseKey(v.consId, v.secret, v.ts);
    expect(toHex(key)).toBe(v.aesKeyHex);
    expect(toHex(iv)).toBe(v.ivHex);
  });

  it.each(VECTORS)('decrypts and decompresses $name to the exact plaintext', async (v) => {
    expect(await decryptResponse(v.encryptedResponse, secretOf(v))).toBe(v.plaintext);
    expect(await decryptJson(v.encryptedResponse, secretOf(v))).toEqual(JSON.parse(v.plaintext));
  });

  it.each(VECTORS)('refuses $name with the timestamp plus one second', async (v) => {
    const error = await decryptJson(v.encryptedResponse, secretOf(v, String(Number(v.ts) + 1))).catch(
      (e) => e,
    );
    expect(isDecryptionError(error)).toBe(true);
    expect((error as { source?: string }).source).toBe('bpjs');
  });

  it('treats an empty LZ-string result as a decryption error, not as empty data', () => {
    expect(LZString.decompressFromEncodedURIComponent('')).toBeNull();
    expect(() => decompress('')).toThrow(expect.objectContaining({ code: 'DECRYPTION_FAILED' }));
    expect(() => decompress('@@@@')).toThrow(expect.objectContaining({ code: 'DECRYPTION_FAILED' }));
  });

  it('refuses base64 that is not whole AES blocks before touching the cipher', async () => {
    const v = VECTORS[1];
    if (!v) throw new Error('vector missing');
    for (const text of [
      v.encryptedResponse.slice(0, -4),
      'not base64!',
      'QUJD',
      v.encryptedResponse.replace(/=+$/, ''),
    ]) {
      const error = await decryptResponse(text, secretOf(v)).catch((e) => e);
      expect(isDecryptionError(error)).toBe(true);
    }
  });

  it('never puts key material in the error message', async () => {
    const v = VECTORS[1];
    if (!v) throw new Error('vector missing');
    const error = await decryptResponse(v.encryptedResponse, secretOf(v, '1')).catch((e) => e);
    expect(isDecryptionError(error)).toBe(true);
    for (const secret of [v.secret, v.aesKeyHex, v.consId + v.secret])
      expect(error.message).not.toContain(secret);
  });
});
