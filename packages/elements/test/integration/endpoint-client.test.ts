import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { kfaProducts } from '@sehatkit/sandbox';
import { createDrugSafety, createKfaRecordCatalogue } from '@sehatkit/sdk/drugs';
import { createSehatHandler, type RunningServer, serve } from '@sehatkit/sdk/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EndpointClient } from '../../src/api/endpoint-client';
import { EndpointError } from '../../src/api/endpoint-error';

// The elements' client against the real server handler on loopback: each failure becomes the error
// family's code the elements translate.
let handler: RunningServer;
let html: { url: string; close(): Promise<void> };

beforeAll(async () => {
  handler = await serve(
    createSehatHandler({
      basePath: '/api/sehat',
      rateLimit: { limit: 3, windowMs: 60_000 },
      drugs: createDrugSafety({ catalogue: createKfaRecordCatalogue(kfaProducts, { name: 'sandbox' }) }),
    }),
  );
  // What a misconfigured reverse proxy answers: an HTML error page.
  const server = createServer((_req, res) => {
    res.writeHead(502, { 'content-type': 'text/html' });
    res.end('<html><body>Bad Gateway</body></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  html = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
});

afterAll(async () => {
  await handler?.close();
  await html?.close();
});

const client = (endpoint = `${handler.url}/api/sehat`) => new EndpointClient({ endpoint, lang: 'id' });

async function failure(promise: Promise<unknown>): Promise<EndpointError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(EndpointError);
  return error as EndpointError;
}

describe('EndpointClient against the server handler', () => {
  it('returns the JSON of a successful call, with the endpoint given with or without a trailing slash', async () => {
    const body = await client(`${handler.url}/api/sehat/`).get<{ status: string }>('/health');
    expect(body.status).toBe('ok');
  });

  it('turns a 400 problem into VALIDATION_FAILED with the field paths', async () => {
    const error = await failure(client().get('drugs/search', { q: 'a' }));
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', httpStatus: 400 });
    expect(error.issues[0]?.path).toBe('q');
    expect(error.requestId).toBeTruthy();
  });

  it('turns a refused staff route into FORBIDDEN and an unknown route into NOT_FOUND', async () => {
    expect(await failure(client().post('drugs/check', { orders: [] }))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'no_authorize_hook',
    });
    expect(await failure(client().get('nothing/here'))).toMatchObject({ code: 'NOT_FOUND', httpStatus: 404 });
  });

  it('carries the wait of a 429 as retryAfterSeconds', async () => {
    const c = client();
    let error: EndpointError | undefined;
    for (let i = 0; i < 5 && !error; i++) {
      error = await c.get('drugs/search', { q: 'ibuprofen' }).then(
        () => undefined,
        (e: EndpointError) => e,
      );
    }
    expect(error).toMatchObject({ code: 'RATE_LIMITED', httpStatus: 429 });
    expect(error?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('reports an HTML answer and an unreachable handler as TRANSPORT_FAILED with their reason', async () => {
    expect(await failure(client(html.url).get('health'))).toMatchObject({
      code: 'TRANSPORT_FAILED',
      reason: 'unexpected_body',
      httpStatus: 502,
    });
    await html.close();
    expect(await failure(client(html.url).get('health'))).toMatchObject({
      code: 'TRANSPORT_FAILED',
      reason: 'network',
      httpStatus: 0,
    });
  });

  it('rejects an aborted request with the AbortError, not as a failure of the server', async () => {
    const controller = new AbortController();
    const pending = client().get('health', {}, controller.signal);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
