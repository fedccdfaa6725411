import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  ConflictError,
  isConfigurationError,
  RateLimitError,
  TransportError,
} from '../../../src/errors/index';
import { manualClock } from '../../../src/logging/clock';
import type { Logger } from '../../../src/logging/logger';
import type { RouteModule } from '../../../src/server/context';
import { buildHandler, createSehatHandler } from '../../../src/server/create-handler';
import type { SehatHandlerOptions } from '../../../src/server/options';

// A feature module shaped like the real ones: one staff route, one public route, one that fails.
const probe: RouteModule = {
  name: 'probe',
  enabled: () => true,
  mount(app, ctx) {
    app.post('/members/lookup', ctx.staff('bpjs.member'), async (c) => {
      const body = await ctx.body(
        c,
        z.object({ cardNumber: z.string().regex(/^\d{13}$/, 'must be 13 digits') }),
        'lookup',
      );
      return c.json({ card: body.cardNumber, by: c.get('staff')?.id ?? null });
    });
    app.get('/public/search', ctx.publicLimit, (c) => {
      const q = ctx.query(c, z.object({ q: z.string().min(2) }), 'search');
      return c.json({ q: q.q });
    });
    app.get('/fail/:kind', () => {
      throw new Error('boom with secret-value-123 inside');
    });
    app.get('/busy', () => {
      throw new RateLimitError('bpjs', 'i-Care asks to wait 00:00:05', 5000);
    });
    app.get('/taken', () => {
      throw new ConflictError('That slot was just taken.', { reason: 'slot_taken' });
    });
    app.get('/upstream', () => {
      throw new TransportError('bpjs', 'server_error', 'bpjs answered HTTP 503 for card 0001234567890', 503);
    });
  },
};

function handler(options: SehatHandlerOptions = {}) {
  return buildHandler(options, [probe]);
}

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  new Request(`http://clinic.test${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('createSehatHandler', () => {
  it('refuses staff routes when the host supplied no authorize hook', async () => {
    const res = await handler()(post('/members/lookup', { cardNumber: '0001234567890' }));
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await res.json()).toMatchObject({ code: 'FORBIDDEN', reason: 'no_authorize_hook' });
  });

  it('asks the hook per action and records the principal it returns', async () => {
    const seen: string[] = [];
    const h = handler({
      authorize: (_req, action) => {
        seen.push(action);
        return { id: 'dr-ani' };
      },
    });
    const res = await h(post('/members/lookup', { cardNumber: '0001234567890' }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ card: '0001234567890', by: 'dr-ani' });
    expect(seen).toEqual(['bpjs.member']);
    const denied = await handler({ authorize: () => false })(
      post('/members/lookup', { cardNumber: '0001234567890' }),
    );
    expect(denied.status).toBe(403);
  });

  it('answers bad input with 400 and the field path', async () => {
    const h = handler({ authorize: () => true });
    const res = await h(post('/members/lookup', { cardNumber: '12' }));
    expect(res.status).toBe(400);
    const problem = await res.json();
    expect(problem).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ path: 'cardNumber' }] });
    const malformed = await h(post('/members/lookup', '{not json'));
    expect(await malformed.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [{ code: 'invalid_json' }],
    });
  });

  it('limits public routes per client and says when to come back', async () => {
    const clock = manualClock(Date.parse('2026-11-22T08:00:00Z'));
    const h = handler({
      rateLimit: { limit: 3, windowMs: 60_000 },
      clock,
      clientKey: (r) => r.headers.get('x-client') ?? '',
    });
    const get = (client: string) =>
      h(new Request('http://clinic.test/public/search?q=amox', { headers: { 'x-client': client } }));
    for (let i = 0; i < 3; i++) expect((await get('a')).status).toBe(200);
    const limited = await get('a');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBe(20);
    expect((await get('b')).status).toBe(200);
    clock.advance(20_000);
    expect((await get('a')).status).toBe(200);
  });

  it('hides internals of unexpected errors and logs them redacted', async () => {
    const lines: string[] = [];
    const logger: Logger = {
      debug: () => {},
      info: () => {},
      warn: () => {},
      error: (m, f) => lines.push(`${m} ${JSON.stringify(f)}`),
    };
    const res = await handler({ logger, secrets: ['secret-value-123'] })(
      new Request('http://clinic.test/fail/x'),
    );
    expect(res.status).toBe(500);
    const body = await res.text();
    expect(body).not.toContain('boom');
    expect(JSON.parse(body)).toMatchObject({ code: 'INTERNAL_ERROR' });
    expect(lines.join('\n')).toContain('request failed');
    expect(lines.join('\n')).not.toContain('secret-value-123');
  });

  it('maps the error family to statuses, with Retry-After, reasons and masked card numbers', async () => {
    const h = handler();
    const busy = await h(new Request('http://clinic.test/busy'));
    expect(busy.status).toBe(429);
    expect(busy.headers.get('retry-after')).toBe('5');
    expect(await busy.json()).toMatchObject({ code: 'RATE_LIMITED', source: 'bpjs', retryAfterSeconds: 5 });
    const taken = await h(new Request('http://clinic.test/taken'));
    expect(taken.status).toBe(409);
    expect(await taken.json()).toMatchObject({ code: 'CONFLICT', reason: 'slot_taken' });
    const upstream = await h(new Request('http://clinic.test/upstream'));
    expect(upstream.status).toBe(502);
    const text = await upstream.text();
    expect(text).not.toContain('0001234567890');
    expect(text).toContain('7890');
  });

  it('carries a request id on every response, and answers unknown routes with a 404 problem', async () => {
    const res = await createSehatHandler()(new Request('http://clinic.test/nope'));
    expect(res.status).toBe(404);
    expect(res.headers.get('x-request-id')).toBeTruthy();
    expect(await res.json()).toMatchObject({ code: 'NOT_FOUND', requestId: res.headers.get('x-request-id') });
  });

  it('answers CORS preflights only for the configured origins', async () => {
    const h = handler({ cors: { origin: ['https://klinik.example'] } });
    const preflight = (origin: string) =>
      h(
        new Request('http://clinic.test/public/search', {
          method: 'OPTIONS',
          headers: { origin, 'access-control-request-method': 'GET' },
        }),
      );
    expect((await preflight('https://klinik.example')).headers.get('access-control-allow-origin')).toBe(
      'https://klinik.example',
    );
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('accepts a predicate for origins not known in advance', async () => {
    const h = handler({ cors: { origin: (o) => o.endsWith('.klinik.example'), credentials: true } });
    const preflight = (origin: string) =>
      h(
        new Request('http://clinic.test/public/search', {
          method: 'OPTIONS',
          headers: { origin, 'access-control-request-method': 'GET' },
        }),
      );
    const allowed = await preflight('https://cabang-2.klinik.example');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://cabang-2.klinik.example');
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    expect(
      (await preflight('https://klinik.example.evil')).headers.get('access-control-allow-origin'),
    ).toBeNull();
  });

  it('mounts under a base path', async () => {
    const res = await createSehatHandler({ basePath: '/api/sehat' })(
      new Request('http://clinic.test/api/sehat/health'),
    );
    expect(await res.json()).toMatchObject({ status: 'ok' });
  });

  it('fails at construction, naming the option, when configured wrongly', () => {
    expect(() => createSehatHandler({ basePath: 'api/' })).toThrowError(/basePath/);
    try {
      createSehatHandler({ cors: { origin: '*', credentials: true } });
      expect.unreachable();
    } catch (error) {
      expect(isConfigurationError(error)).toBe(true);
      expect((error as Error).message).toContain('cors.credentials');
    }
  });
});
