import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toBase64 } from '../../../src/bpjs/bytes';
import { decryptJson } from '../../../src/bpjs/decrypt';
import { openEnvelope, readEnvelope } from '../../../src/bpjs/envelope';
import { isDecryptionError } from '../../../src/errors/guards';
import { VECTORS } from './support/vectors';

/** Resolves to the error thrown, or fails the property when the call succeeds or throws anything else. */
async function decryptionFailure(
  ciphertext: string,
  secret: { consId: string; consSecret: string; timestamp: string },
) {
  try {
    await decryptJson(ciphertext, secret);
  } catch (error) {
    return isDecryptionError(error);
  }
  return false;
}

const vectors = fc.constantFrom(...VECTORS);

describe('envelope decryption never crashes', () => {
  it('turns random bytes into a DecryptionError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 0, maxLength: 512 }), vectors, async (bytes, v) =>
        decryptionFailure(toBase64(bytes), { consId: v.consId, consSecret: v.secret, timestamp: v.ts }),
      ),
      { numRuns: 300 },
    );
  });

  it('turns truncated base64 of a real ciphertext into a DecryptionError', async () => {
    await fc.assert(
      fc.asyncProperty(vectors, fc.nat(), async (v, n) => {
        const cut = n % v.encryptedResponse.length;
        return decryptionFailure(v.encryptedResponse.slice(0, cut), {
          consId: v.consId,
          consSecret: v.secret,
          timestamp: v.ts,
        });
      }),
      { numRuns: 300 },
    );
  });

  it('turns a real ciphertext opened with a wrong secret or timestamp into a DecryptionError', async () => {
    await fc.assert(
      fc.asyncProperty(
        vectors,
        fc.string({ minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        async (v, secret, shift) => {
          const wrongSecret = secret === v.secret ? `${secret}x` : secret;
          const wrongTs = String(Number(v.ts) + shift);
          return (
            (await decryptionFailure(v.encryptedResponse, {
              consId: v.consId,
              consSecret: wrongSecret,
              timestamp: v.ts,
            })) &&
            (await decryptionFailure(v.encryptedResponse, {
              consId: v.consId,
              consSecret: v.secret,
              timestamp: wrongTs,
            }))
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('flips of single ciphertext bits end in a DecryptionError or, rarely, different data, never a crash', async () => {
    await fc.assert(
      fc.asyncProperty(vectors, fc.nat(), async (v, n) => {
        const bytes = Uint8Array.from(atob(v.encryptedResponse), (ch) => ch.charCodeAt(0));
        const index = n % bytes.length;
        bytes[index] = (bytes[index] as number) ^ (1 << (n % 8));
        try {
          const data = await decryptJson(toBase64(bytes), {
            consId: v.consId,
            consSecret: v.secret,
            timestamp: v.ts,
          });
          return JSON.stringify(data) !== v.plaintext;
        } catch (error) {
          return isDecryptionError(error);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads any JSON value as an envelope or as none, without throwing', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const envelope = readEnvelope(value);
        return envelope === undefined || typeof envelope.message === 'string';
      }),
    );
  });

  it('opens envelopes of arbitrary non-string payloads as the payload itself', async () => {
    const v = VECTORS[0] as (typeof VECTORS)[number];
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.array(fc.jsonValue()), fc.dictionary(fc.string(), fc.jsonValue()), fc.constant(null)),
        async (payload) => {
          const opened = await openEnvelope(
            { code: 412, message: 'x', response: payload },
            { consId: v.consId, consSecret: v.secret, timestamp: v.ts },
          );
          expect(opened).toEqual(payload);
          return true;
        },
      ),
    );
  });
});
