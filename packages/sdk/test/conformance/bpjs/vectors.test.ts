import { encryptPayload, startBpjsSimulator } from '@sehatkit/sandbox/bpjs';
import { describe, expect, it } from 'vitest';
import { type BpjsVector, bpjsVectors } from '../../../../../scripts/fixtures';
import { toHex } from '../../../src/bpjs/bytes';
import { BpjsClient } from '../../../src/bpjs/client';
import { decompress, decryptJson, decryptResponse } from '../../../src/bpjs/decrypt';
import { openEnvelope, readEnvelope } from '../../../src/bpjs/envelope';
import { failureFor } from '../../../src/bpjs/remote-failure';
import { deriveResponseKey } from '../../../src/bpjs/response-key';
import { bpjsAuthorization, bpjsSignature } from '../../../src/bpjs/signature';
import { isDecryptionError, isRemoteValidationError } from '../../../src/errors/guards';
import { manualClock } from '../../../src/logging/clock';
import { Redactor } from '../../../src/logging/redact';

const vectors = bpjsVectors();

describe.skipIf(vectors.length === 0)(
  'BPJS cross-implementation vectors (bpjs.md §7.2), read in place',
  () => {
    it.each(vectors)('client signing reproduces $name', async (v) => {
      expect(await bpjsSignature(v.consId, v.secret, v.ts)).toBe(v.xSignature);
      expect(bpjsAuthorization(v.user, v.pass, v.kdApp)).toBe(v.xAuthorization);
    });

    it.each(vectors)('client key derivation and decryption reproduce $name', async (v) => {
      const { key, iv } = await deriveResponseKey(v.consId, v.secret, v.ts);
      expect([toHex(key), toHex(iv)]).toEqual([v.aesKeyHex, v.ivHex]);
      expect(
        await decryptResponse(v.encryptedResponse, {
          consId: v.consId,
          consSecret: v.secret,
          timestamp: v.ts,
        }),
      ).toBe(v.plaintext);
    });

    it.each(vectors)(
      "the simulator's encryption of $name is byte-identical, and the client opens it",
      async (v) => {
        const ciphertext = encryptPayload(JSON.parse(v.plaintext), v.consId, v.secret, v.ts);
        expect(ciphertext).toBe(v.encryptedResponse);
        expect(
          await decryptJson(ciphertext, { consId: v.consId, consSecret: v.secret, timestamp: v.ts }),
        ).toEqual(JSON.parse(v.plaintext));
      },
    );

    it.each(vectors)('the simulator accepts what the client signs for $name at its timestamp', async (v) => {
      const clock = manualClock(Number(v.ts) * 1000 + 999);
      const sim = await startBpjsSimulator({
        clock,
        credentials: {
          consId: v.consId,
          consSecret: v.secret,
          pcareUsername: v.user,
          pcarePassword: v.pass,
          appCode: v.kdApp,
          userKeys: { pcare: 'vector-user-key', antrean: 'vector-antrean-key' },
        },
      });
      try {
        const client = new BpjsClient({
          consId: v.consId,
          consSecret: v.secret,
          pcare: { username: v.user, password: v.pass, userKey: 'vector-user-key', appCode: v.kdApp },
          baseUrls: sim.urls,
          clock,
        });
        const list = await client.pcare.references.consciousness();
        expect(list.items[0]).toEqual({ code: '01', name: 'Compos mentis' });
      } finally {
        await sim.close();
      }
    });

    describe('negative cases of bpjs.md §7.2', () => {
      it.each(vectors)('$name with timestamp + 1 is a DecryptionError', async (v) => {
        const error = await decryptJson(v.encryptedResponse, {
          consId: v.consId,
          consSecret: v.secret,
          timestamp: String(Number(v.ts) + 1),
        }).catch((e) => e);
        expect(isDecryptionError(error)).toBe(true);
      });

      it('an empty LZ-string is a DecryptionError', () => {
        expect(() => decompress('')).toThrow(expect.objectContaining({ code: 'DECRYPTION_FAILED' }));
      });

      it('a 412 envelope with an array passes through undecrypted and becomes a remote validation error', async () => {
        const v = vectors[0] as BpjsVector;
        const body = {
          response: [{ field: 'noKartu', message: 'Belum melakukan pendaftaran pada poli tersebut.' }],
          metaData: { message: 'PRECONDITION_FAILED', code: 412 },
        };
        const envelope = readEnvelope(body);
        if (!envelope) throw new Error('no envelope');
        const payload = await openEnvelope(envelope, {
          consId: v.consId,
          consSecret: v.secret,
          timestamp: v.ts,
        });
        expect(payload).toEqual(body.response);
        const error = failureFor({
          service: 'pcare',
          operation: 'POST kunjungan/v1',
          httpStatus: 412,
          code: 412,
          message: envelope.message,
          payload,
          retryAfterMs: undefined,
          redactor: new Redactor(),
        });
        expect(isRemoteValidationError(error)).toBe(true);
        if (isRemoteValidationError(error)) expect(error.issues[0]?.location).toBe('noKartu');
      });
    });
  },
);
