/**
 * JSON as the platform writes it: object keys in alphabetical order at every depth, which is how the
 * Google-Cloud-Healthcare-style store behind SATUSEHAT echoes resources (satusehat.md §3.0).
 */
export function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort())
    out[key] = sortKeysDeep((value as Record<string, unknown>)[key]);
  return out;
}

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

export function fhirResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(sortKeysDeep(body)), {
    status,
    headers: { 'content-type': 'application/fhir+json; charset=utf-8', ...headers },
  });
}

export function textResponse(body: string, status: number, headers: Record<string, string> = {}): Response {
  return new Response(body, { status, headers: { 'content-type': 'text/plain', ...headers } });
}

/** A deep copy through JSON: what a resource looks like after a round trip over the wire. */
export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
