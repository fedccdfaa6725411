import { TransportError } from '../errors/remote-errors';
import type { SehatErrorSource } from '../errors/sehat-error';
import type { HttpResponse } from './http-client';

/** True when the body looks like an HTML page (gateways and proxies answer errors that way). */
export function isHtml(response: HttpResponse): boolean {
  return response.contentType.includes('text/html') || /^\s*<(!doctype|html)/i.test(response.body);
}

/**
 * Parses a JSON body or returns undefined when there is none. A body that is not JSON (a text/plain
 * "no healthy upstream", an HTML error page) becomes a TransportError naming the status, never a SyntaxError.
 */
export function readJson(response: HttpResponse, source: SehatErrorSource): unknown {
  if (response.body.trim() === '') return undefined;
  try {
    return JSON.parse(response.body);
  } catch {
    const kind = isHtml(response) ? 'an HTML page' : `a ${response.contentType || 'non-JSON'} body`;
    const failure = response.status >= 500 ? 'server_error' : 'unexpected_body';
    throw new TransportError(
      source,
      failure,
      `${source} answered HTTP ${response.status} with ${kind}`,
      response.status,
    );
  }
}

/** Reads a `Retry-After` header (seconds or an HTTP date) as milliseconds from now. */
export function retryAfterMs(headers: Headers, now: number): number | undefined {
  const value = headers.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
