import ky, { HTTPError, type KyInstance, type Options, TimeoutError } from 'ky';
import { TransportError } from '../errors/remote-errors';
import type { SehatErrorSource } from '../errors/sehat-error';
import { type Logger, silentLogger } from '../logging/logger';
import { defaultRedactor, type Redactor } from '../logging/redact';
import { type RawResponse, rawExchangeOf } from './raw-exchange';

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RetryPolicy {
  /** Attempts after the first. Default 2. */
  limit?: number;
  /** Methods that may be retried. Default: GET and HEAD only; writes are never repeated behind the caller's back. */
  methods?: readonly HttpMethod[];
  /** Statuses that trigger a retry. Default 408, 429, 500, 502, 503, 504. */
  statusCodes?: readonly number[];
  /** Ceiling of one backoff delay. Default 10 s. */
  backoffLimitMs?: number;
  /** A Retry-After longer than this is not waited for. Default 60 s. */
  maxRetryAfterMs?: number;
}

export interface HttpClientOptions {
  source: SehatErrorSource;
  baseUrl: string;
  fetch?: typeof fetch;
  logger: Logger;
  redactor?: Redactor;
  /** Per-attempt timeout. Default 30 s. */
  timeoutMs?: number;
  retry?: RetryPolicy;
}

export interface HttpRequest {
  method: HttpMethod;
  /** Relative to the base URL, without a leading slash, or an absolute URL. */
  path: string;
  searchParams?: Record<string, string | number | boolean | undefined>;
  headers?: Record<string, string>;
  /** A JSON body (serialised and typed `application/json`). */
  json?: unknown;
  /** A raw body, sent with whatever content type `headers` name. */
  body?: string;
  timeoutMs?: number;
  /** `false` turns retries off for this request even when its method allows them. */
  retry?: false;
}

/** A response whose status the caller interprets: each protocol decides what a 412 or a 401 means. */
export interface HttpResponse {
  status: number;
  headers: Headers;
  url: string;
  contentType: string;
  body: string;
  durationMs: number;
}

export interface HttpClient {
  send(request: HttpRequest): Promise<HttpResponse>;
}

const DEFAULT_RETRY_STATUSES = [408, 429, 500, 502, 503, 504];
const ABSOLUTE_URL = /^https?:\/\//;

/**
 * The init key under which `send` hands the request's headers and body past ky to the fetch adapter below. ky
 * passes options it does not know through to `fetch` (it documents this for undici's `dispatcher`).
 */
const PAYLOAD = 'sehatPayload';
interface Payload {
  headers: Headers;
  body: string | undefined;
  /** What the fetch answered without a body stream (see RAW_EXCHANGE), and the Response ky got for it. */
  answer?: RawResponse;
  response?: Response;
}
type AdapterInit = { [PAYLOAD]?: Payload };

/**
 * The fetch ky calls. ky builds a Request with the headers and body and clones it before every attempt so it
 * could retry; in Node that turns a string body into a stream, tees it and pipes it again inside fetch, and
 * copies the headers twice, which doubled the CPU time of a POST. Headers and body therefore stay out of
 * ky's Request and go to fetch as given, on every attempt, so a retry still resends them. Method, URL and the
 * abort signal that carries ky's timeout come from the Request ky built.
 *
 * A fetch carrying a raw exchange (createNodeFetch) is asked for the text directly: ky gets a Response with
 * the status but no body, and `send` takes text and headers from the payload of the attempt that answered.
 */
function fetchAdapter(injected: typeof fetch | undefined): typeof fetch {
  const raw = rawExchangeOf(injected);
  return (async (request: Request, init?: AdapterInit) => {
    const payload = init?.[PAYLOAD];
    if (raw !== undefined && payload !== undefined) {
      const answer = await raw(request.url, {
        method: request.method,
        headers: payload.headers,
        body: payload.body,
        signal: request.signal,
      });
      // ky reads headers only to decide on a retry (Retry-After), which a 2xx never needs; copying them into
      // a Response costs more than the rest of it.
      const ok = answer.status >= 200 && answer.status < 300;
      const response = new Response(null, {
        status: answer.status,
        statusText: answer.statusText,
        ...(ok ? {} : { headers: answer.headers }),
      });
      payload.answer = answer;
      payload.response = response;
      return response;
    }
    // Read per call, like ky does, so a fetch installed after construction is the one used.
    const transport = injected ?? globalThis.fetch;
    const requestInit: RequestInit = { method: request.method, signal: request.signal };
    if (payload !== undefined) requestInit.headers = payload.headers;
    if (payload?.body !== undefined) requestInit.body = payload.body;
    return transport(request.url, requestInit);
  }) as typeof fetch;
}

function definedParams(params: HttpRequest['searchParams']): Record<string, string> | undefined {
  if (params === undefined) return undefined;
  const out: Record<string, string> = {};
  let any = false;
  for (const key of Object.keys(params)) {
    const value = params[key];
    if (value === undefined) continue;
    out[key] = String(value);
    any = true;
  }
  return any ? out : undefined;
}

/**
 * The one HTTP factory of the SDK: ky with timeouts, a retry policy for idempotent verbs only, and
 * redacted request logs. Failures of the exchange itself become TransportError; responses of any
 * status come back to the caller once retries are spent.
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const redactor = options.redactor ?? defaultRedactor;
  const log = options.logger;
  // Redacting a URL for a line nobody reads is wasted work on every request.
  const logs = log !== silentLogger;
  const retry = options.retry ?? {};
  const methods = (retry.methods ?? ['GET', 'HEAD']).map((m) => m.toLowerCase());
  const base = options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;

  const client: KyInstance = ky.create({
    fetch: fetchAdapter(options.fetch),
    timeout: options.timeoutMs ?? 30_000,
    throwHttpErrors: true,
    retry: {
      limit: retry.limit ?? 2,
      methods,
      statusCodes: [...(retry.statusCodes ?? DEFAULT_RETRY_STATUSES)],
      afterStatusCodes: [413, 429, 503],
      backoffLimit: retry.backoffLimitMs ?? 10_000,
      maxRetryAfter: retry.maxRetryAfterMs ?? 60_000,
      jitter: true,
    },
    hooks: {
      beforeRetry: [
        ({ request, retryCount, error }) => {
          const status = error instanceof HTTPError ? error.response.status : error.name;
          log.warn('retrying request', {
            source: options.source,
            method: request.method,
            url: redactor.text(request.url),
            attempt: retryCount + 1,
            after: status,
          });
        },
      ],
    },
  });

  return {
    async send(request) {
      const url = ABSOLUTE_URL.test(request.path) ? request.path : base + request.path.replace(/^\//, '');
      const started = performance.now();
      const searchParams = definedParams(request.searchParams);
      let response: Response;
      let payload: Payload | undefined;
      try {
        // Built here rather than by ky, so a header value that is not allowed fails at once, not after retries.
        const headers = new Headers(request.headers);
        let body = request.body;
        if (request.json !== undefined) {
          body = JSON.stringify(request.json);
          if (!headers.has('content-type')) headers.set('content-type', 'application/json');
        }
        // What ky's Request would have refused before the first attempt, refused here for the same reason.
        if (body !== undefined && (request.method === 'GET' || request.method === 'HEAD')) {
          throw new TypeError(`A ${request.method} request cannot have a body`);
        }
        payload = { headers, body };
        const init: Options & AdapterInit = { method: request.method, [PAYLOAD]: payload };
        if (searchParams !== undefined) init.searchParams = searchParams;
        if (request.timeoutMs) init.timeout = request.timeoutMs;
        if (request.retry === false) init.retry = 0;
        response = await client(url, init);
      } catch (error) {
        if (error instanceof HTTPError) response = error.response;
        else throw transportFailure(options.source, error, redactor, request.method, url);
      }
      const answer = payload?.response === response ? payload.answer : undefined;
      const text = answer ? answer.text : await response.text();
      const durationMs = Math.round(performance.now() - started);
      const responseUrl = answer?.url ?? (response.url || url);
      if (logs) {
        log.debug('http exchange', {
          source: options.source,
          method: request.method,
          url: redactor.text(responseUrl),
          status: response.status,
          durationMs,
        });
      }
      if (answer) {
        return {
          status: response.status,
          get headers() {
            return answer.headers;
          },
          url: responseUrl,
          contentType: answer.contentType,
          body: text,
          durationMs,
        };
      }
      return {
        status: response.status,
        headers: response.headers,
        url: responseUrl,
        contentType: response.headers.get('content-type') ?? '',
        body: text,
        durationMs,
      };
    },
  };
}

function transportFailure(
  source: SehatErrorSource,
  error: unknown,
  redactor: Redactor,
  method: string,
  url: string,
): TransportError {
  const target = `${method} ${redactor.text(new URL(url).origin + new URL(url).pathname)}`;
  if (error instanceof TimeoutError) {
    return new TransportError(source, 'timeout', `${source} did not answer in time (${target})`);
  }
  const detail = error instanceof Error ? redactor.text(error.message) : 'unknown error';
  return new TransportError(source, 'network', `Could not reach ${source} (${target}): ${detail}`);
}
