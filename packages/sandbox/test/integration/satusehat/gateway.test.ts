import { afterEach, describe, expect, it } from 'vitest';
import { Wire } from './wire';

let wire: Wire | undefined;
afterEach(async () => {
  await wire?.close();
  wire = undefined;
});

const clock = (start: number) => {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
};

describe('simulated OAuth2 and gateway', () => {
  it('issues the Apigee token object with every number as a string', async () => {
    wire = await Wire.start({ tokenTtlSeconds: 14399 });
    const answer = await wire.tokenRequest(wire.sim.credentials.clientId, wire.sim.credentials.clientSecret);
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({
      token_type: 'BearerToken',
      expires_in: '14399',
      refresh_token_expires_in: '0',
      status: 'approved',
      api_product_list_json: ['api-sandbox'],
    });
    expect(answer.json.issued_at).toMatch(/^\d{13}$/);
    expect(answer.json.access_token).toMatch(/^[A-Za-z0-9]{28}$/);
  });

  it('answers bad credentials in the documented shapes', async () => {
    wire = await Wire.start();
    const unknown = await wire.tokenRequest('nobody', 'x');
    expect(unknown.status).toBe(401);
    expect(unknown.json).toEqual({ ErrorCode: 'invalid_client', Error: 'ClientId is Invalid' });
    const wrongSecret = await wire.tokenRequest(wire.sim.credentials.clientId, 'wrong');
    expect(wrongSecret.status).toBe(401);
    expect(wrongSecret.json).toMatchObject({
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'invalid', code: 'value' }],
    });
    const grant = await wire.tokenRequest(
      wire.sim.credentials.clientId,
      wire.sim.credentials.clientSecret,
      'password',
    );
    expect(grant.status).toBe(400);
  });

  it('throttles token requests for a minute after a failure when asked to', async () => {
    const c = clock(Date.parse('2026-11-22T00:00:00Z'));
    wire = await Wire.start({ clock: c, throttleAuthFailures: true });
    await wire.tokenRequest(wire.sim.credentials.clientId, 'wrong');
    const blocked = await wire.tokenRequest(wire.sim.credentials.clientId, wire.sim.credentials.clientSecret);
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).toBe('60');
    c.advance(60_001);
    expect(
      (await wire.tokenRequest(wire.sim.credentials.clientId, wire.sim.credentials.clientSecret)).status,
    ).toBe(200);
  });

  it('answers a missing, unknown or expired token with the gateway faults', async () => {
    const c = clock(Date.now());
    wire = await Wire.start({ clock: c, tokenTtlSeconds: 60 });
    const none = await wire.raw('/fhir-r4/v1/Patient/P02478375538');
    expect(none.status).toBe(401);
    expect(none.json).toEqual({
      fault: { faultstring: 'Invalid access token', detail: { errorcode: 'oauth.v2.InvalidAccessToken' } },
    });
    expect((await wire.fhir('GET', '/Patient/P02478375538', undefined, 'madeup')).status).toBe(401);
    c.advance(60_000);
    const expired = await wire.fhir('GET', '/Patient/P02478375538');
    expect(expired.json).toEqual({
      fault: {
        faultstring: 'Access Token expired',
        detail: { errorcode: 'keymanagement.service.access_token_expired' },
      },
    });
  });

  it('refuses an API the client has no product for, with the WWW-Authenticate challenge', async () => {
    wire = await Wire.start({
      clients: [{ clientId: 'lab', clientSecret: 'lab-secret', organizationId: '100', products: ['fhir'] }],
    });
    const answer = await wire.call('GET', '/kfa-v2/products/all?page=1&size=1&product_type=farmasi');
    expect(answer.status).toBe(401);
    expect(answer.headers.get('www-authenticate')).toContain('InvalidAPICallAsNoApiProductMatchFound');
  });

  it('injects faults per route and per request header', async () => {
    wire = await Wire.start();
    wire.sim.faults.serverError('GET /fhir-r4/v1/Patient', {
      times: 1,
      body: 'Gateway Timeout',
      status: 504,
    });
    const failed = await wire.fhir('GET', '/Patient/P02478375538');
    expect([failed.status, failed.text, failed.headers.get('content-type')]).toEqual([
      504,
      'Gateway Timeout',
      'text/plain',
    ]);
    expect((await wire.fhir('GET', '/Patient/P02478375538')).status).toBe(200);
    const limited = await wire.call('GET', '/fhir-r4/v1/Patient/P02478375538', undefined, wire.token, {
      'x-simulator-fault': 'rate-limit=9',
    });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('9');
    const viaAdmin = await wire.raw('/_sim/faults', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'server-error', route: '/masterdata', times: 1 }),
    });
    expect(viaAdmin.status).toBe(201);
    expect((await wire.call('GET', '/masterdata/v1/provinces')).status).toBe(503);
  });

  it('sends an empty 404 for an unknown URL', async () => {
    wire = await Wire.start();
    const answer = await wire.call('GET', '/fhir-r4/v2/Patient');
    expect([answer.status, answer.text]).toEqual([404, '']);
  });
});
