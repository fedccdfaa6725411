import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { RAW_EXCHANGE, type RawExchange } from '../raw-exchange';

export interface NodeFetchOptions {
  /** Most sockets open at once to one host. Default: no limit, as with Node's fetch. */
  maxSockets?: number;
  /**
   * How long an idle socket is kept for the next request, unless the server announces less
   * (`Keep-Alive: timeout=…`, honoured by Node's agent). Default 4000 ms, Node's fetch default.
   */
  idleSocketMs?: number;
}

type FetchInput = Parameters<typeof fetch>[0];
type FetchInit = NonNullable<Parameters<typeof fetch>[1]>;

const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 20;
const RESET_CODES = new Set(['ECONNRESET', 'EPIPE']);
const BODY_HEADERS = [
  'content-type',
  'content-length',
  'content-encoding',
  'content-language',
  'content-location',
];
const CREDENTIAL_HEADERS = ['authorization', 'cookie', 'proxy-authorization'];

/** As fetch redirects (WHATWG Fetch, HTTP-redirect fetch): 303, and 301/302 after a POST, go on as a GET. */
function becomesGet(status: number, method: string): boolean {
  if (status === 303) return method !== 'HEAD';
  return (status === 301 || status === 302) && method === 'POST';
}

/**
 * A `fetch` for Node built on `node:http`/`node:https` with keep-alive agents, for the SDK's clients'
 * `fetch` option where throughput matters: it spends about a third of the CPU time Node's built-in fetch
 * (undici) spends on a request (see packages/sdk/bench/satusehat-sync.bench.ts). It implements what those
 * clients send (a URL, a method, headers, a string or byte body, an abort signal) with fetch's defaults
 * (redirects followed, gzip/deflate/br accepted, network failures as `TypeError('fetch failed')`); any other
 * input, such as a Request object or a stream body, is handed to the global fetch unchanged.
 *
 * ```ts
 * import { createNodeFetch } from '@sehatkit/sdk/http/node';
 * const satusehat = new SatuSehatClient({ ...credentials, fetch: createNodeFetch() });
 * ```
 */
export function createNodeFetch(options: NodeFetchOptions = {}): typeof fetch {
  const agentOptions = {
    keepAlive: true,
    maxSockets: options.maxSockets ?? Number.POSITIVE_INFINITY,
    timeout: options.idleSocketMs ?? 4000,
    scheduling: 'lifo' as const,
  };
  const agents = { http: new HttpAgent(agentOptions), https: new HttpsAgent(agentOptions) };

  /** Sends, following redirects as fetch does; the final response's body is left to the caller. */
  const follow = async (
    url: string,
    method: string,
    headers: Record<string, string>,
    body: string | Uint8Array | undefined,
    signal: AbortSignal | undefined,
  ): Promise<{ res: IncomingMessage; target: URL; method: string }> => {
    signal?.throwIfAborted();
    let target = new URL(url);
    let payload = body;
    for (let redirects = 0; ; redirects += 1) {
      const res = await exchange(agents, target, method, headers, payload, signal);
      const location = res.headers.location;
      if (!REDIRECT_STATUSES.has(res.statusCode ?? 0) || location === undefined) {
        return { res, target, method };
      }
      res.resume();
      if (redirects === MAX_REDIRECTS) {
        throw new TypeError('fetch failed', { cause: 'redirect count exceeded' });
      }
      const next = new URL(location, target);
      if (becomesGet(res.statusCode ?? 0, method)) {
        method = 'GET';
        payload = undefined;
        for (const name of BODY_HEADERS) delete headers[name];
      }
      // Credentials do not follow a request to another origin.
      if (next.origin !== target.origin) for (const name of CREDENTIAL_HEADERS) delete headers[name];
      target = next;
    }
  };

  const nodeFetch = (async (input: FetchInput, init: FetchInit = {}) => {
    const body = init.body;
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : undefined;
    const plainBody = body == null || typeof body === 'string' || body instanceof Uint8Array;
    if (url === undefined || !plainBody || (init.redirect !== undefined && init.redirect !== 'follow')) {
      return globalThis.fetch(input, init);
    }
    const signal = init.signal ?? undefined;
    const payload = body ?? undefined;
    const method = (init.method ?? 'GET').toUpperCase();
    const final = await follow(url, method, requestHeaders(init.headers, payload), payload, signal);
    return toResponse(final.res, final.target.href, final.method, signal);
  }) as typeof fetch;

  // What createHttpClient uses instead of the Response above: the same exchange, the body read as text at once.
  const raw: RawExchange = async (url, init) => {
    const method = init.method.toUpperCase();
    const { res, target, ...last } = await follow(
      url,
      method,
      requestHeaders(init.headers, init.body),
      init.body,
      init.signal,
    );
    const status = res.statusCode ?? 0;
    let text = '';
    if (NULL_BODY_STATUSES.has(status) || last.method === 'HEAD') res.resume();
    else text = utf8(await readAll(decoded(res), init.signal));
    const rawHeaders = res.rawHeaders;
    let headers: Headers | undefined;
    return {
      status,
      statusText: res.statusMessage ?? '',
      get headers() {
        headers ??= responseHeaders(rawHeaders);
        return headers;
      },
      contentType: res.headers['content-type'] ?? '',
      url: target.href,
      text,
    };
  };
  return Object.assign(nodeFetch, { [RAW_EXCHANGE]: raw });
}

/** UTF-8 decode as fetch's `text()` does it: malformed bytes become U+FFFD, a leading byte order mark goes. */
function utf8(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Lower-cased headers with the ones fetch would add: a type for a string body, what is accepted, an agent. */
function requestHeaders(init: FetchInit['headers'], body: string | Uint8Array | undefined) {
  const headers: Record<string, string> = {};
  if (init instanceof Headers) {
    init.forEach((value, name) => {
      headers[name] = value;
    });
  } else if (init !== undefined) {
    const pairs = Array.isArray(init) ? init : Object.entries(init);
    for (const [name, value] of pairs) {
      const key = (name as string).toLowerCase();
      headers[key] = key in headers ? `${headers[key]}, ${value}` : String(value);
    }
  }
  headers.accept ??= '*/*';
  headers['accept-encoding'] ??= 'gzip, deflate, br';
  headers['user-agent'] ??= 'node';
  if (typeof body === 'string') headers['content-type'] ??= 'text/plain;charset=UTF-8';
  return headers;
}

function exchange(
  agents: { http: HttpAgent; https: HttpsAgent },
  target: URL,
  method: string,
  headers: Record<string, string>,
  body: string | Uint8Array | undefined,
  signal: AbortSignal | undefined,
  retried = false,
): Promise<IncomingMessage> {
  const secure = target.protocol === 'https:';
  if (!secure && target.protocol !== 'http:') {
    return Promise.reject(
      new TypeError('fetch failed', { cause: `unsupported protocol ${target.protocol}` }),
    );
  }
  const send = secure ? httpsRequest : httpRequest;
  const length =
    body === undefined
      ? method === 'POST' || method === 'PUT' || method === 'PATCH'
        ? 0
        : undefined
      : Buffer.byteLength(body);
  return new Promise((resolve, reject) => {
    const req = send(target, {
      method,
      agent: secure ? agents.https : agents.http,
      headers: length === undefined ? headers : { ...headers, 'content-length': String(length) },
      ...(signal ? { signal } : {}),
    });
    req.once('response', resolve);
    req.once('error', (error: NodeJS.ErrnoException) => {
      if (signal?.aborted) return reject(signal.reason);
      // A kept-alive socket the server closed just as it was reused: the request never reached it, so it
      // goes once more on a fresh socket (the race Node's http documentation describes for `reusedSocket`).
      if (req.reusedSocket && !retried && RESET_CODES.has(error.code ?? '')) {
        exchange(agents, target, method, headers, body, signal, true).then(resolve, reject);
        return;
      }
      reject(new TypeError('fetch failed', { cause: error }));
    });
    req.end(body);
  });
}

function decoded(res: IncomingMessage): Readable {
  const encoding = res.headers['content-encoding']?.trim().toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return res.pipe(createGunzip());
  if (encoding === 'deflate') return res.pipe(createInflate());
  if (encoding === 'br') return res.pipe(createBrotliDecompress());
  return res;
}

function responseHeaders(raw: string[]): Headers {
  const headers = new Headers();
  for (let i = 0; i < raw.length; i += 2) headers.append(raw[i] as string, raw[i + 1] as string);
  return headers;
}

async function toResponse(
  res: IncomingMessage,
  url: string,
  method: string,
  signal: AbortSignal | undefined,
): Promise<Response> {
  const status = res.statusCode ?? 0;
  const headers = responseHeaders(res.rawHeaders);
  let body: Buffer | null = null;
  if (NULL_BODY_STATUSES.has(status) || method === 'HEAD') res.resume();
  else body = await readAll(decoded(res), signal);
  const response = new Response(body as Uint8Array<ArrayBuffer> | null, {
    status,
    statusText: res.statusMessage ?? '',
    headers,
  });
  // The Response constructor cannot set the URL a response came from; callers read it for messages and logs.
  Object.defineProperty(response, 'url', { value: url });
  return response;
}

function readAll(stream: Readable, signal: AbortSignal | undefined): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.once('end', () => resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)));
    stream.once('error', (error) =>
      reject(signal?.aborted ? signal.reason : new TypeError('fetch failed', { cause: error })),
    );
  });
}
