import { TransportError } from '../../errors/remote-errors';
import type { SehatErrorSource } from '../../errors/sehat-error';
import type { HttpClient, HttpMethod, HttpResponse } from '../../http/http-client';
import type { Clock } from '../../logging/clock';
import type { Logger } from '../../logging/logger';
import type { Redactor } from '../../logging/redact';
import type { TokenProvider } from '../auth/token-provider';
import type { SatuSehatApi, SatuSehatEndpoints } from '../endpoints';
import { errorFromResponse, isTokenRejection } from './response-errors';

export interface ApiRequest {
  api: SatuSehatApi;
  method: HttpMethod;
  /** Relative to the API's base URL (`Encounter/123`), or an absolute URL on the same host (a paging link). */
  path: string;
  searchParams?: Record<string, string | number | boolean | undefined>;
  json?: unknown;
  body?: string;
  headers?: Record<string, string>;
  /** For messages: `read Encounter`. */
  action: string;
}

export interface TransportOptions {
  http: HttpClient;
  tokens: TokenProvider;
  endpoints: SatuSehatEndpoints;
  clock: Clock;
  logger: Logger;
  redactor: Redactor;
}

function parseBody(response: HttpResponse): unknown {
  try {
    return response.body.trim() === '' ? undefined : JSON.parse(response.body);
  } catch {
    return undefined;
  }
}

/**
 * Every authenticated SATUSEHAT call goes through here: the bearer token, exactly one retry when the gateway
 * says the token is invalid or expired (never a loop), and the answer turned into data or a typed error.
 */
export class SatuSehatTransport {
  readonly #o: TransportOptions;

  constructor(options: TransportOptions) {
    this.#o = options;
  }

  get endpoints(): SatuSehatEndpoints {
    return this.#o.endpoints;
  }

  #url(request: ApiRequest): string {
    const base = this.#o.endpoints[request.api];
    if (/^https?:\/\//.test(request.path)) {
      // A link the server handed back (paging). The bearer token only goes to the configured API: a link
      // naming another host (an internal name behind the gateway) is re-based onto it, or refused.
      const link = new URL(request.path);
      const api = new URL(base);
      if (link.origin === api.origin) return request.path;
      const at = link.pathname.indexOf(api.pathname);
      if (at >= 0) return `${base}${link.pathname.slice(at + api.pathname.length)}${link.search}`;
      throw new TransportError(
        'satusehat',
        'unexpected_body',
        `SATUSEHAT returned a link outside the API during ${request.action}`,
      );
    }
    return request.path === '' ? base : `${base}/${request.path.replace(/^\//, '')}`;
  }

  /** Sends with a token; a response of any status comes back, after at most one token refresh. */
  async send(request: ApiRequest): Promise<HttpResponse> {
    const url = this.#url(request);
    const attempt = async (token: string) =>
      this.#o.http.send({
        method: request.method,
        path: url,
        ...(request.searchParams ? { searchParams: request.searchParams } : {}),
        ...(request.json !== undefined ? { json: request.json } : {}),
        ...(request.body !== undefined ? { body: request.body } : {}),
        headers: { ...request.headers, authorization: `Bearer ${token}` },
      });
    const token = await this.#o.tokens.accessToken();
    const first = await attempt(token);
    // Only a 401 can be a token rejection; other answers are not parsed here.
    if (first.status !== 401 || !isTokenRejection(first, parseBody(first))) return first;
    // The gateway refused the token before the request reached the API, so resending is safe even for a POST.
    this.#o.logger.info('satusehat token rejected; refreshing once', { action: request.action });
    await this.#o.tokens.invalidate(token);
    return attempt(await this.#o.tokens.accessToken());
  }

  /** Sends and returns the parsed JSON of a 2xx answer, or throws the typed error for anything else. */
  async json(
    request: ApiRequest,
    source: SehatErrorSource = 'satusehat',
  ): Promise<{ body: unknown; response: HttpResponse }> {
    const response = await this.send(request);
    return { body: this.read(response, request.action, source), response };
  }

  /** Parses a 2xx body, or throws the error the answer stands for. */
  read(response: HttpResponse, action: string, source: SehatErrorSource = 'satusehat'): unknown {
    if (response.status < 200 || response.status >= 300) throw this.error(response, action, source);
    if (response.body.trim() === '') return undefined;
    try {
      return JSON.parse(response.body);
    } catch {
      throw new TransportError(
        source,
        'unexpected_body',
        `SATUSEHAT answered ${action} with a body that is not JSON`,
        response.status,
      );
    }
  }

  error(response: HttpResponse, action: string, source: SehatErrorSource = 'satusehat') {
    const error = errorFromResponse(response, {
      source,
      redactor: this.#o.redactor,
      now: this.#o.clock.now(),
      action,
    });
    this.#o.logger.warn('satusehat request failed', {
      action,
      status: response.status,
      code: error.code,
      reason: error.reason,
    });
    return error;
  }
}
