import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir } from '../../../../../scripts/fixtures';
import {
  decryptPayload,
  encryptPayload,
  encryptText,
  expectedAuthorization,
  expectedSignature,
  responseKey,
} from '../../../src/bpjs/protocol/crypto';

interface Vector {
  name: string;
  consId: string;
  secret: string;
  ts: string;
  user: string;
  pass: string;
  kdApp: string;
  xSignature: string;
  xAuthorization: string;
  aesKeyHex: string;
  ivHex: string;
  plaintext: string;
  lzCompressed: string;
  encryptedResponse: string;
}

const dir = fixturesDir();
const file = dir ? path.join(dir, 'bpjs-vectors.json') : undefined;
const vectors: Vector[] = file ? JSON.parse(readFileSync(file, 'utf8')) : [];

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
