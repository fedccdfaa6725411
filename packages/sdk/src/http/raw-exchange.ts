/**
 * A side door between a `fetch` of this package and `createHttpClient`: a fetch that can hand back a response's
 * status, headers and decoded text without building a WHATWG body stream carries its exchange under this key.
 * The HTTP client reads the text as it arrives instead of wrapping it in a stream and reading the stream back,
 * which cost about as much CPU as the rest of the response handling. Any other fetch is used as a fetch.
 * `Symbol.for`, so the key is shared even when the package is loaded twice.
 */
export const RAW_EXCHANGE: unique symbol = Symbol.for('@sehatkit/sdk/http raw exchange');

export interface RawInit {
  method: string;
  headers: Headers;
  body: string | undefined;
  signal: AbortSignal;
}

export interface RawResponse {
  status: number;
  statusText: string;
  /** Built when first read: most answers are never asked for more than their content type. */
  readonly headers: Headers;
  /** The `content-type` header, or ''. */
  contentType: string;
  /** Where the response came from, after redirects. */
  url: string;
  /** The body decoded as UTF-8 (a leading byte order mark dropped), as `Response.text()` reads it. */
  text: string;
}

export type RawExchange = (url: string, init: RawInit) => Promise<RawResponse>;

/** The raw exchange a fetch carries, if any. */
export function rawExchangeOf(fetch: typeof globalThis.fetch | undefined): RawExchange | undefined {
  return (fetch as { [RAW_EXCHANGE]?: RawExchange } | undefined)?.[RAW_EXCHANGE];
}
