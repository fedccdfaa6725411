import { describe, expect, it } from 'vitest';
import { BpjsClient } from '../../../src/bpjs/client';
import { createSehatHandler } from '../../../src/server/create-handler';
import type { SehatHandlerOptions } from '../../../src/server/options';

// These requests are refused or rejected before the client is called: nothing listens on that port.
const bpjs = new BpjsClient({
  consId: '1234',
  consSecret: 'cons-secret-for-tests',
  pcare: { username: 'klinik', password: 'pcare-password-for-tests', userKey: 'user-key-for-tests' },
  baseUrls: { pcare: 'http://127.0.0.1:9/pcare', icare: 'http://127.0.0.1:9/icare' },
  retry: { limit: 0 },
  timeoutMs: 2000,
});

const CARD = '0001880000011';
const NIK = '9271060312000001';

const lookup = (body: unknown, headers: Record<string, string> = {}) =>
  new Request('http://clinic.test/bpjs/members/lookup', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

const handler = (options: SehatHandlerOptions = {}) => createSehatHandler({ bpjs, ...options });

describe('BPJS routes', () => {
  it('are not mounted unless the host passes a BPJS client', async () => {
    const res = await createSehatHandler({ authorize: () => true })(lookup({ cardNumber: CARD }));
    expect(res.status).toBe(404);
  });

  it('refuse member lookups and i-Care without an authorize hook, and when the hook says no', async () => {
    const closed = await handler()(lookup({ cardNumber: CARD }));
    expect(closed.status).toBe(403);
    expect(await closed.json()).toMatchObject({ code: 'FORBIDDEN', reason: 'no_authorize_hook' });
    const icare = await handler()(
      new Request('http://clinic.test/bpjs/icare', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ cardNumber: CARD }),
      }),
    );
    expect(icare.status).toBe(403);
    const actions: string[] = [];
    const denied = await handler({
      authorize: (_r, action) => {
        actions.push(action);
        return false;
      },
    })(lookup({ nik: NIK }));
    expect(denied.status).toBe(403);
    expect(actions).toEqual(['bpjs.member']);
  });

  it('answers a malformed number with 400 naming the field, without echoing the number', async () => {
    const h = handler({ authorize: () => true });
    const short = await h(lookup({ cardNumber: '000188000001' }));
    expect(short.status).toBe(400);
    const body = await short.text();
    expect(JSON.parse(body)).toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [{ path: 'cardNumber', message: 'BPJS card number must have 13 digits, got 12' }],
    });
    expect(body).not.toContain('000188000001');
    const letters = await h(lookup({ nik: '92710603120000x1' }));
    expect(await letters.json()).toMatchObject({ issues: [{ path: 'nik' }] });
    const both = await h(lookup({ cardNumber: CARD, nik: NIK }));
    expect(both.status).toBe(400);
    expect(await both.json()).toMatchObject({ issues: [{ path: 'cardNumber' }] });
    const neither = await h(lookup({}));
    expect(neither.status).toBe(400);
    const extra = await h(lookup({ cardNumber: CARD, name: 'x' }));
    expect(extra.status).toBe(400);
  });
});
