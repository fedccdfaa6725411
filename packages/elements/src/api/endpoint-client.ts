import { EndpointError, type ProblemBody } from './endpoint-error';

export interface EndpointOptions {
  /**
   * Where the host mounted the server handler: a path on the page's origin (`/api/sehat`) or an absolute
   * URL. Required; elements never talk to SATUSEHAT or BPJS themselves.
   */
  endpoint: string;
  /**
   * Whether cookies go with each request. Default `same-origin`: the host's session cookie reaches a
   * handler on the page's own origin. Use `include` for a handler on another origin (it must allow
   * credentials in its CORS settings), `omit` to never send them.
   */
  credentials?: RequestCredentials;
  /** Extra headers on every request, e.g. the host's own `Authorization`. Default: none. */
  headers?: Record<string, string>;
  /** Sent as `Accept-Language` so problem texts match the page. Default: none. */
  lang?: string;
  /** Default: the global `fetch`. */
  fetch?: typeof fetch;
}

/**
 * JSON over HTTP to the host's server handler. Failures become an {@link EndpointError} keyed by the
 * problem's stable `code`; an aborted request rejects with the platform's `AbortError` unchanged.
 */
export class EndpointClient {
  readonly #options: EndpointOptions;

  constructor(options: EndpointOptions) {
    this.#options = options;
  }

  get<T>(
    path: string,
    query: Record<string, string | number | undefined> = {},
    signal?: AbortSignal,
  ): Promise<T> {
    const url = this.#url(path);
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== '') url.searchParams.set(key, String(value));
    }
    return this.#send<T>(url, { method: 'GET' }, signal);
  }

  post<T>(path: string, body: unknown, signal?: AbortSignal): Promise<T> {
    return this.#send<T>(
      this.#url(path),
      { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } },
      signal,
    );
  }

  #url(path: string): URL {
    const base = this.#options.endpoint.replace(/\/+$/, '');
    const origin = typeof document === 'undefined' ? 'http://localhost/' : document.baseURI;
    return new URL(`${base}/${path.replace(/^\/+/, '')}`, origin);
  }

  async #send<T>(url: URL, init: RequestInit, signal: AbortSignal | undefined): Promise<T> {
    const headers: Record<string, string> = {
      Accept: 'application/json, application/problem+json',
      ...(this.#options.lang ? { 'Accept-Language': this.#options.lang } : {}),
      ...(init.headers as Record<string, string> | undefined),
      ...this.#options.headers,
    };
    const doFetch = this.#options.fetch ?? fetch;
    let response: Response;
    try {
      response = await doFetch(url, {
        ...init,
        headers,
        credentials: this.#options.credentials ?? 'same-origin',
        ...(signal ? { signal } : {}),
      });
    } catch (error) {
      if (signal?.aborted) throw signal.reason ?? error;
      // fetch rejects with a bare TypeError for DNS, refused connections and CORS refusals alike.
      throw new EndpointError('TRANSPORT_FAILED', 0, 'The server handler could not be reached.', {
        reason: 'network',
        cause: error,
      });
    }
    const text = await response.text();
    let body: unknown;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      throw new EndpointError(
        'TRANSPORT_FAILED',
        response.status,
        `Expected JSON, got HTTP ${response.status}.`,
        {
          reason: 'unexpected_body',
        },
      );
    }
    if (!response.ok) {
      const problem = (typeof body === 'object' && body !== null ? body : {}) as ProblemBody;
      throw EndpointError.fromProblem(response.status, problem, response.headers.get('Retry-After'));
    }
    return body as T;
  }
}
