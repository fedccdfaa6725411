import { generateKeyPairSync } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { decryptWith, encryptFor } from '../../../src/satusehat/kyc/kyc-crypto';
import { Wire } from './wire';

let wire: Wire;
afterEach(() => wire?.close());

describe('simulated KFA, Master Wilayah, Consent and KYC', () => {
  it('serves KFA v2 pages and refuses missing parameters FastAPI-style', async () => {
    wire = await Wire.start();
    const page = await wire.call('GET', '/kfa-v2/products/all?page=1&size=2&product_type=farmasi');
    expect(page.json).toMatchObject({ page: 1, size: 2, items: { data: expect.any(Array) } });
    const missing = await wire.call('GET', '/kfa-v2/products/all?size=2&product_type=farmasi');
    expect(missing.status).toBe(422);
    expect(missing.json).toEqual({
      detail: [{ loc: ['query', 'page'], msg: 'field required', type: 'value_error.missing' }],
    });
    const code = ((page.json.items as { data: { kfa_code: string }[] }).data[0] as { kfa_code: string })
      .kfa_code;
    const detail = await wire.call('GET', `/kfa-v2/products?identifier=kfa&code=${code}`);
    expect(detail.json).toMatchObject({
      search_code: code,
      search_identifier: 'kfa',
      result: { kfa_code: code },
    });
  });

  it('serves regions and answers a missing parent filter in the Wilayah envelope', async () => {
    wire = await Wire.start();
    const provinces = await wire.call('GET', '/masterdata/v1/provinces?codes=31,96');
    expect(provinces.json).toMatchObject({ status: 200, error: false, message: 'success' });
    expect((provinces.json.data as { name: string }[]).map((p) => p.name)).toEqual([
      'DKI Jakarta',
      'Papua Barat Daya',
    ]);
    const bad = await wire.call('GET', '/masterdata/v1/cities');
    expect(bad.json).toEqual({ status_code: 400, message: 'province_codes is required', data: null });
  });

  it('records consent and refuses an unknown patient', async () => {
    wire = await Wire.start();
    const body = { patient_id: 'P02478375538', action: 'OPTIN', agent: 'Petugas' };
    const saved = await wire.call('POST', '/consent/v1/Consent', body);
    expect(saved.json).toMatchObject({
      resourceType: 'Consent',
      policyRule: { coding: [{ code: 'OPTIN' }] },
    });
    const unknown = await wire.call('POST', '/consent/v1/Consent', { ...body, patient_id: 'P00000000001' });
    expect(unknown.status).toBe(404);
  });

  it('answers KYC generate-url encrypted to the public key inside the request, and in plain JSON', async () => {
    wire = await Wire.start();
    const client = generateKeyPairSync('rsa', {
      modulusLength: 2048,
      publicKeyEncoding: { type: 'spki', format: 'pem' },
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    });
    const payload = { agent_name: 'Bambang', agent_nik: '3171012345678901', public_key: client.publicKey };
    const encrypted = await wire.call(
      'POST',
      '/kyc/v1/generate-url',
      encryptFor(wire.sim.kycPublicKeyPem, Buffer.from(JSON.stringify(payload))),
      wire.token,
      {
        'content-type': 'text/plain',
      },
    );
    expect(encrypted.headers.get('content-type')).toContain('text/plain');
    const answer = JSON.parse(decryptWith(client.privateKey, encrypted.text).toString()) as {
      data: { url: string };
    };
    expect(answer).toMatchObject({
      metadata: { code: '200', message: 'OK' },
      data: { agent_name: 'Bambang' },
    });
    expect(answer.data.url).toContain('/kyc/v1/validation-web/');

    const plain = await wire.call('POST', '/kyc/v1/generate-url', payload);
    expect(plain.json).toMatchObject({ metadata: { code: '200' }, data: { agent_nik: '3171012345678901' } });

    const garbage = await wire.call(
      'POST',
      '/kyc/v1/generate-url',
      '-----BEGIN ENCRYPTED MESSAGE-----\r\nAAAA\n-----END ENCRYPTED MESSAGE-----',
      wire.token,
      {
        'content-type': 'text/plain',
      },
    );
    expect(garbage.json).toMatchObject({
      metadata: { code: '400' },
      data: { error: expect.stringContaining('failed to decrypt') },
    });
  });

  it('issues challenge codes for known NIKs only', async () => {
    wire = await Wire.start();
    const known = await wire.call('POST', '/kyc/v1/challenge-code', {
      metadata: { method: 'request_per_nik' },
      data: { nik: '9271060312000001', name: 'Ardianto Putra' },
    });
    expect(known.json).toMatchObject({
      data: { ihs_number: 'P02478375538', challenge_code: expect.stringMatching(/^\d{6}$/) },
    });
    expect((known.json.data as { created_timestamp: string }).created_timestamp).toMatch(/\+07:00$/);
    const unknown = await wire.call('POST', '/kyc/v1/challenge-code', {
      metadata: { method: 'request_per_nik' },
      data: { nik: '3171999999999999', name: 'X' },
    });
    expect(unknown.json).toMatchObject({ metadata: { code: '404' } });
  });
});
