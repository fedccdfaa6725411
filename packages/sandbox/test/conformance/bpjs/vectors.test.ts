import { describe, expect, it } from 'vitest';
import { bpjsVectors } from '../../../../../scripts/fixtures';
import {
  decryptPayload,
  encryptPayload,
  encryptText,
  expectedAuthorization,
  expectedSignature,
  responseKey,
} from '../../../src/bpjs/protocol/crypto';

const vectors = bpjsVectors();

describe.skipIf(vectors.length === 0)("the simulator's protocol against the shared BPJS vectors", () => {
  it.each(vectors)('expects the signature and authorization of $name', (v) => {
    expect(expectedSignature(v.consId, v.secret, v.ts)).toBe(v.xSignature);
    expect(expectedAuthorization(v.user, v.pass, v.kdApp)).toBe(v.xAuthorization);
  });

  it.each(vectors)('derives the key and IV of $name', (v) => {
    const { key, iv } = responseKey(v.consId, v.secret, v.ts);
    expect([key.toString('hex'), iv.toString('hex')]).toEqual([v.aesKeyHex, v.ivHex]);
  });

  it.each(vectors)('encrypts $name to the same ciphertext, through LZ and AES', (v) => {
    expect(encryptText(v.lzCompressed, v.consId, v.secret, v.ts)).toBe(v.encryptedResponse);
    expect(encryptPayload(JSON.parse(v.plaintext), v.consId, v.secret, v.ts)).toBe(v.encryptedResponse);
    expect(decryptPayload(v.encryptedResponse, v.consId, v.secret, v.ts)).toEqual(JSON.parse(v.plaintext));
  });
});
