import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BpjsSimulator, startBpjsSimulator } from '../../../src/bpjs/index';
import { meta, raw } from './support/raw-client';

describe('BPJS simulator gateway', () => {
  let sim: BpjsSimulator;
  beforeAll(async () => {
    sim = await startBpjsSimulator();
  });
  afterAll(() => sim.close());

  it('answers a signed request with metaData and a response encrypted under the sent timestamp', async () => {
    const reply = await raw(sim, 'pcare', 'GET', 'kesadaran');
    expect(reply.status).toBe(200);
    expect(reply.json?.metaData).toEqual({ message: 'OK', code: 200 });
    expect(typeof reply.json?.response).toBe('string');
    expect(reply.data).toMatchObject({
      count: 4,
      list: [{ kdSadar: '01', nmSadar: 'Compos mentis' }, {}, {}, {}],
    });
  });

  it('refuses a missing user_key and a wrong one in plain text, as a 3scale-style gateway does', async () => {
    const missing = await raw(sim, 'pcare', 'GET', 'kesadaran', { headers: { user_key: null } });
    expect([missing.status, missing.text]).toEqual([401, 'Authentication parameters missing']);
    const wrong = await raw(sim, 'pcare', 'GET', 'kesadaran', { headers: { user_key: 'nope' } });
    expect([wrong.status, wrong.text]).toEqual([403, 'Authentication failed']);
    const antreanKeyOnPcare = await raw(sim, 'pcare', 'GET', 'kesadaran', {
      headers: { user_key: sim.credentials.userKeys.antrean },
    });
    expect(antreanKeyOnPcare.status).toBe(403);
  });

  it('refuses an unknown cons-id with "not registered for this service"', async () => {
    const reply = await raw(sim, 'pcare', 'GET', 'kesadaran', { headers: { 'X-cons-id': '1' } });
    expect(reply.status).toBe(404);
    expect(reply.json?.metaData).toEqual({
      code: 404,
      message: 'Unauthorized! You are not registered for this service!',
    });
  });

  it('refuses a timestamp in milliseconds and one outside the window', async () => {
    const ms = await raw(sim, 'pcare', 'GET', 'kesadaran', { ts: String(Date.now()) });
    expect(ms.status).toBe(401);
    const old = await raw(sim, 'pcare', 'GET', 'kesadaran', {
      ts: String(Math.floor(Date.now() / 1000) - 301),
    });
    expect(old.status).toBe(401);
    expect(String(meta(old).message)).toContain('window');
    const edge = await raw(sim, 'pcare', 'GET', 'kesadaran', {
      ts: String(Math.floor(Date.now() / 1000) - 290),
    });
    expect(edge.status).toBe(200);
  });

  it('refuses a signature made with another secret or for another timestamp', async () => {
    const reply = await raw(sim, 'pcare', 'GET', 'kesadaran', { headers: { 'X-signature': 'AAAA' } });
    expect(reply.status).toBe(401);
  });

  it('needs the pCare login on pCare and i-Care, but not on Antrean', async () => {
    expect(
      (await raw(sim, 'pcare', 'GET', 'kesadaran', { headers: { 'X-authorization': null } })).status,
    ).toBe(401);
    expect(
      (
        await raw(sim, 'icare', 'POST', 'api/pcare/validate', {
          body: { param: '0001880000011' },
          headers: { 'X-authorization': null },
        })
      ).status,
    ).toBe(401);
    const antrean = await raw(sim, 'antrean', 'GET', 'ref/poli/tanggal/2030-01-01', {
      headers: { 'X-authorization': null },
    });
    expect(antrean.status).toBe(200);
    expect(antrean.json?.metadata).toEqual({ message: 'OK', code: 200 });
    expect(antrean.json).not.toHaveProperty('metaData');
    const wrongLogin = await raw(sim, 'antrean', 'GET', 'ref/poli/tanggal/2030-01-01', {
      headers: { 'X-authorization': 'Basic eDp5OjA5NQ==' },
    });
    expect(wrongLogin.status).toBe(401);
  });

  it('logs every request with its content type and envelope code', async () => {
    const before = sim.requests().length;
    await raw(sim, 'pcare', 'GET', 'prognosa');
    expect(sim.requests().slice(before)).toEqual([
      expect.objectContaining({
        service: 'pcare',
        method: 'GET',
        path: '/pcare-rest/prognosa',
        status: 200,
        code: 200,
      }),
    ]);
  });
});
