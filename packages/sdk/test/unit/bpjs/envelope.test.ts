import { describe, expect, it } from 'vitest';
import { openEnvelope, readEnvelope } from '../../../src/bpjs/envelope';
import { VECTORS } from './support/vectors';

const v = VECTORS[0] as (typeof VECTORS)[number];
const secret = { consId: v.consId, consSecret: v.secret, timestamp: v.ts };

describe('BPJS envelope', () => {
  it('reads pCare metaData with a numeric code', () => {
    expect(readEnvelope({ response: null, metaData: { code: 200, message: 'OK' } })).toEqual({
      code: 200,
      message: 'OK',
      response: null,
    });
  });

  it('reads Antrean lower-case metadata and string codes alike', () => {
    expect(readEnvelope({ metadata: { code: '201', message: 'Gagal' } })?.code).toBe(201);
    expect(readEnvelope({ metadata: { code: 1, message: 'OK' } })?.code).toBe(1);
    expect(readEnvelope({ metaData: { code: ' 412 ', message: 'x' } })?.code).toBe(412);
  });

  it('has no envelope for bodies without either casing', () => {
    expect(readEnvelope({ response: 'x' })).toBeUndefined();
    expect(readEnvelope([1, 2])).toBeUndefined();
    expect(readEnvelope('OK')).toBeUndefined();
  });

  it('leaves a non-numeric code undefined instead of guessing', () => {
    expect(readEnvelope({ metaData: { code: 'OK', message: 'x' } })?.code).toBeUndefined();
  });

  it('decrypts only a non-empty string response', async () => {
    const encrypted = readEnvelope({ response: v.encryptedResponse, metaData: { code: 200, message: 'OK' } });
    if (!encrypted) throw new Error('no envelope');
    expect(await openEnvelope(encrypted, secret)).toEqual(JSON.parse(v.plaintext));
  });

  it('passes a 412 list through undecrypted', async () => {
    const list = [{ field: 'noKartu', message: 'Belum melakukan pendaftaran pada poli tersebut.' }];
    const envelope = readEnvelope({
      response: list,
      metaData: { code: 412, message: 'PRECONDITION_FAILED' },
    });
    if (!envelope) throw new Error('no envelope');
    expect(await openEnvelope(envelope, secret)).toEqual(list);
  });

  it('turns null, a missing response and an empty string into null', async () => {
    for (const body of [{ response: null }, {}, { response: '' }, { response: '   ' }]) {
      const envelope = readEnvelope({ ...body, metaData: { code: 200, message: 'OK' } });
      if (!envelope) throw new Error('no envelope');
      expect(await openEnvelope(envelope, secret)).toBeNull();
    }
  });
});
