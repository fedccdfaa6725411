import { afterEach, describe, expect, it } from 'vitest';
import { isTransportError, type TransportError } from '../../src/errors/index';
import { createHttpClient } from '../../src/http/http-client';
import { readJson, retryAfterMs } from '../../src/http/response-body';
import type { Logger } from '../../src/logging/logger';
import { silentLogger } from '../../src/logging/logger';
import { type LoopbackServer, startLoopbackServer } from '../support/http-server';

let server: LoopbackServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const fastRetry = { backoffLimitMs: 20 };

describe('createHttpClient', () => {
  it('retries an idempotent GET after 503 and returns the eventual answer', async () => {
    let calls = 0;
    server = await startLoopbackServer((_req, res) => {
      calls += 1;
      if (calls < 3) res.writeHead(503, { 'content-type': 'text/plain' }).end('no healthy upstream');
      else res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
    const http = createHttpClient({
      source: 'satusehat',
      baseUrl: server.url,
      logger: silentLogger,
      retry: fastRetry,
    });
    const response = await http.send({ method: 'GET', path: 'fhir-r4/v1/Patient' });
    expect(response.status).toBe(200);
    expect(readJson(response, 'satusehat')).toEqual({ ok: true });
    expect(calls).toBe(3);
  });

  it('never repeats a POST, even after 503', async () => {
    server = await startLoopbackServer((_req, res) => res.writeHead(503).end('down'));
    const http = createHttpClient({
      source: 'bpjs',
      baseUrl: server.url,
      logger: silentLogger,
      retry: fastRetry,
    });
    const response = await http.send({ method: 'POST', path: 'pendaftaran', body: '{}' });
    expect(response.status).toBe(503);
    expect(server.requests).toHaveLength(1);
  });

  it('turns a timeout into a TransportError of kind timeout', async () => {
    server = await startLoopbackServer(() => {
      /* never answers */
    });
    const http = createHttpClient({
      source: 'bpjs',
      baseUrl: server.url,
      logger: silentLogger,
      timeoutMs: 100,
    });
    const error = await http.send({ method: 'POST', path: 'x' }).catch((e: unknown) => e);
    expect(isTransportError(error)).toBe(true);
    expect((error as TransportError).failure).toBe('timeout');
  });

  it('turns a refused connection into a TransportError of kind network', async () => {
    server = await startLoopbackServer((_q, res) => res.end());
    const url = server.url;
    await server.close();
    server = undefined;
    const http = createHttpClient({
      source: 'satusehat',
      baseUrl: url,
      logger: silentLogger,
      retry: { limit: 0 },
    });
    const error = await http.send({ method: 'GET', path: 'x' }).catch((e: unknown) => e);
    expect((error as TransportError).failure).toBe('network');
  });

  it('reports an HTML error page as a transport error naming the status, not a SyntaxError', async () => {
    server = await startLoopbackServer((_q, res) =>
      res.writeHead(502, { 'content-type': 'text/html' }).end('<html><body>Bad Gateway</body></html>'),
    );
    const http = createHttpClient({
      source: 'bpjs',
      baseUrl: server.url,
      logger: silentLogger,
      retry: { limit: 0 },
    });
    const response = await http.send({ method: 'GET', path: 'x' });
    expect(() => readJson(response, 'bpjs')).toThrowError(/HTTP 502 with an HTML page/);
  });

  it('logs requests with NIKs masked', async () => {
    server = await startLoopbackServer((_q, res) => res.end('{}'));
    const lines: string[] = [];
    const logger: Logger = { ...silentLogger, debug: (m, f) => lines.push(m + JSON.stringify(f)) };
    const { Redactor } = await import('../../src/logging/redact');
    const { redactingLogger } = await import('../../src/logging/logger');
    const http = createHttpClient({
      source: 'satusehat',
      baseUrl: server.url,
      logger: redactingLogger(logger, new Redactor()),
    });
    await http.send({ method: 'GET', path: 'Patient', searchParams: { identifier: 'nik|3171012345678901' } });
    expect(lines.join('\n')).not.toContain('3171012345678901');
    expect(lines.join('\n')).toContain('8901');
  });

  it('reads Retry-After in seconds and as an HTTP date', () => {
    const now = Date.parse('2026-11-22T00:00:00Z');
    expect(retryAfterMs(new Headers({ 'retry-after': '3' }), now)).toBe(3000);
    expect(retryAfterMs(new Headers({ 'retry-after': 'Sun, 22 Nov 2026 00:00:05 GMT' }), now)).toBe(5000);
    expect(retryAfterMs(new Headers(), now)).toBeUndefined();
  });
});
