import { createServer, type Socket } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { isTransportError, type TransportError } from '../../src/errors/index';
import { createHttpClient } from '../../src/http/http-client';
import { createNodeFetch } from '../../src/http/node/index';
import { silentLogger } from '../../src/logging/logger';
import { type LoopbackServer, startLoopbackServer } from '../support/http-server';

const servers: LoopbackServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(handle: Parameters<typeof startLoopbackServer>[0]): Promise<LoopbackServer> {
  const server = await startLoopbackServer(handle);
  servers.push(server);
  return server;
}

describe('createNodeFetch', () => {
  it('answers a GET with status, headers, body and URL, and keeps the socket for the next request', async () => {
    const ports: number[] = [];
    const server = await serve((req, res) => {
      ports.push(req.socket.remotePort ?? 0);
      res
        .writeHead(200, { 'content-type': 'application/fhir+json', 'x-request-id': 'abc' })
        .end('{"ok":true}');
    });
    const fetch = createNodeFetch();
    const first = await fetch(`${server.url}/fhir/Patient?identifier=x`, {
      headers: { Authorization: 'Bearer t' },
    });
    expect(first.status).toBe(200);
    expect(first.headers.get('x-request-id')).toBe('abc');
    expect(first.url).toBe(`${server.url}/fhir/Patient?identifier=x`);
    expect(await first.json()).toEqual({ ok: true });
    await (await fetch(`${server.url}/again`)).text();
    expect(server.requests[0]?.headers.authorization).toBe('Bearer t');
    expect(server.requests[0]?.headers['accept-encoding']).toBe('gzip, deflate, br');
    expect(ports[0]).toBe(ports[1]);
  });

  it('sends a string body with its byte length and fetch’s default content type', async () => {
    const server = await serve((_req, res) => res.writeHead(201).end('created'));
    const fetch = createNodeFetch();
    const response = await fetch(server.url, { method: 'POST', body: 'nama=Siti Aminah ✓' });
    expect(response.status).toBe(201);
    expect(server.requests[0]?.body).toBe('nama=Siti Aminah ✓');
    expect(server.requests[0]?.headers['content-length']).toBe(
      String(Buffer.byteLength('nama=Siti Aminah ✓')),
    );
    expect(server.requests[0]?.headers['content-type']).toBe('text/plain;charset=UTF-8');
  });

  it('gives a 204 an empty body', async () => {
    const server = await serve((_req, res) => res.writeHead(204).end());
    const response = await createNodeFetch()(server.url, { method: 'DELETE' });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
  });

  it('decodes a gzip body', async () => {
    const server = await serve((_req, res) =>
      res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync('{"kode":"J06.9"}')),
    );
    expect(await (await createNodeFetch()(server.url)).json()).toEqual({ kode: 'J06.9' });
  });

  it('follows redirects as fetch does: a POST after 302 becomes a GET, a 307 keeps method and body', async () => {
    const server = await serve((req, res) => {
      if (req.url === '/moved') res.writeHead(302, { location: '/here' }).end();
      else if (req.url === '/kept') res.writeHead(307, { location: '/here' }).end();
      else res.writeHead(200).end(req.method);
    });
    const fetch = createNodeFetch();
    const moved = await fetch(`${server.url}/moved`, { method: 'POST', body: '{}' });
    expect(await moved.text()).toBe('GET');
    expect(moved.url).toBe(`${server.url}/here`);
    expect(server.requests[1]?.body).toBe('');
    const kept = await fetch(`${server.url}/kept`, { method: 'POST', body: '{"a":1}' });
    expect(await kept.text()).toBe('POST');
    expect(server.requests[3]?.body).toBe('{"a":1}');
  });

  it('does not carry the Authorization header to another origin on a redirect', async () => {
    const other = await serve((_req, res) => res.end('elsewhere'));
    const server = await serve((_req, res) => res.writeHead(302, { location: `${other.url}/x` }).end());
    await (await createNodeFetch()(server.url, { headers: { authorization: 'Bearer secret-token' } })).text();
    expect(server.requests[0]?.headers.authorization).toBe('Bearer secret-token');
    expect(other.requests[0]?.headers.authorization).toBeUndefined();
  });

  it('rejects with the abort reason when the signal aborts', async () => {
    const server = await serve(() => {
      /* never answers */
    });
    const controller = new AbortController();
    const pending = createNodeFetch()(server.url, { signal: controller.signal });
    setTimeout(() => controller.abort(new DOMException('stop', 'AbortError')), 50);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('rejects a refused connection as fetch does, with TypeError("fetch failed")', async () => {
    const server = await serve((_q, res) => res.end());
    const url = server.url;
    await servers.pop()?.close();
    const error = await createNodeFetch()(url).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as TypeError).message).toBe('fetch failed');
  });

  it('sends a request again on a fresh socket when the server reset the kept-alive one it reused', async () => {
    // A raw server: answers the first request on a connection and resets the connection on the next one.
    const seen: string[] = [];
    const sockets = new Set<Socket>();
    const raw = createServer((socket) => {
      sockets.add(socket);
      let requests = 0;
      socket.on('data', (chunk) => {
        seen.push(chunk.toString().split('\r\n')[0] ?? '');
        requests += 1;
        if (requests > 1) socket.resetAndDestroy();
        else socket.write('HTTP/1.1 200 OK\r\ncontent-length: 2\r\nconnection: keep-alive\r\n\r\nok');
      });
    });
    await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
    const { port } = raw.address() as { port: number };
    try {
      const fetch = createNodeFetch();
      expect(await (await fetch(`http://127.0.0.1:${port}/a`)).text()).toBe('ok');
      expect(await (await fetch(`http://127.0.0.1:${port}/b`, { method: 'POST', body: 'x' })).text()).toBe(
        'ok',
      );
      expect(seen).toEqual(['GET /a HTTP/1.1', 'POST /b HTTP/1.1', 'POST /b HTTP/1.1']);
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => raw.close(resolve));
    }
  });

  it('carries createHttpClient: GET retried after 503, POST never repeated, timeouts typed', async () => {
    let calls = 0;
    const server = await serve((req, res) => {
      calls += 1;
      if (req.url === '/slow') return;
      if (req.method === 'GET' && calls < 2) res.writeHead(503, { 'content-type': 'text/plain' }).end('busy');
      else if (req.method === 'POST') res.writeHead(503).end('down');
      else res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
    const http = createHttpClient({
      source: 'satusehat',
      baseUrl: server.url,
      logger: silentLogger,
      fetch: createNodeFetch(),
      retry: { backoffLimitMs: 20 },
    });
    const got = await http.send({ method: 'GET', path: 'Patient' });
    expect(got.status).toBe(200);
    expect(got.body).toBe('{"ok":true}');
    expect(got.url).toBe(`${server.url}/Patient`);
    const posted = await http.send({ method: 'POST', path: 'Bundle', json: { resourceType: 'Bundle' } });
    expect(posted.status).toBe(503);
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(server.requests.find((r) => r.method === 'POST')?.headers['content-type']).toBe(
      'application/json',
    );
    const error = await http.send({ method: 'GET', path: 'slow', timeoutMs: 100 }).catch((e: unknown) => e);
    expect(isTransportError(error)).toBe(true);
    expect((error as TransportError).failure).toBe('timeout');
  });
  it('gives createHttpClient the same text, status, headers and URL as Response.text() would', async () => {
    const server = await serve((req, res) => {
      if (req.url === '/moved') return res.writeHead(302, { location: '/Patient/P1' }).end();
      if (req.url === '/Patient/P1') {
        return res
          .writeHead(200, { 'content-encoding': 'gzip', 'x-request-id': 'abc', 'set-cookie': ['a=1', 'b=2'] })
          .end(gzipSync('\uFEFF{"nama":"Siti Aminah ✓"}'));
      }
      if (req.url === '/broken') return res.writeHead(200).end(Buffer.from([0x7b, 0xff, 0x7d]));
      res.writeHead(422, 'Unprocessable', { 'content-type': 'application/json' }).end('{"error":"nik"}');
    });
    const http = createHttpClient({
      source: 'satusehat',
      baseUrl: server.url,
      logger: silentLogger,
      fetch: createNodeFetch(),
    });
    const moved = await http.send({ method: 'GET', path: 'moved', headers: { authorization: 'Bearer t' } });
    expect(moved.status).toBe(200);
    expect(moved.url).toBe(`${server.url}/Patient/P1`);
    expect(moved.body).toBe('{"nama":"Siti Aminah ✓"}');
    expect(moved.headers.get('x-request-id')).toBe('abc');
    expect(moved.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    expect(server.requests[1]?.headers.authorization).toBe('Bearer t');
    expect((await http.send({ method: 'GET', path: 'broken' })).body).toBe('{\uFFFD}');
    const refused = await http.send({ method: 'POST', path: 'Patient', json: { nik: 'x' } });
    expect(refused.status).toBe(422);
    expect(refused.contentType).toBe('application/json');
    expect(refused.body).toBe('{"error":"nik"}');
    expect(server.requests.at(-1)?.body).toBe('{"nik":"x"}');
  });
});
