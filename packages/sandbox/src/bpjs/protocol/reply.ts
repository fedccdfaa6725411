import type { Context } from 'hono';

export type Service = 'pcare' | 'antrean' | 'icare';

export interface BpjsEnv {
  Variables: {
    service: Service;
    /** The X-timestamp of this request: the response is encrypted with it. */
    timestamp: string;
    encrypt: (data: unknown) => string;
    /** Set by the `wrong-key` fault: encrypt with timestamp + 1. */
    wrongKey: boolean;
  };
}

export type BpjsContext = Context<BpjsEnv>;

export interface FieldMessage {
  field: string;
  message: string;
}

/** pCare and i-Care write `metaData`; the Antrean services write lower-case `metadata` (bpjs.md §2.1). */
function envelope(c: BpjsContext, response: unknown, code: number, message: string) {
  const meta = { message, code };
  return c.get('service') === 'antrean' ? { response, metadata: meta } : { response, metaData: meta };
}

/** A successful answer: the payload is always encrypted with the request's timestamp. */
export function replyData(c: BpjsContext, data: unknown, code = 200, message = 'OK') {
  const status = code === 201 ? 201 : 200;
  return c.json(envelope(c, c.get('encrypt')(data), code, message), status);
}

/** 200 with no payload (deletes, edits, panggil): `response: null`. */
export function replyOk(c: BpjsContext, message = 'OK') {
  return c.json(envelope(c, null, 200, message), 200);
}

/** Nothing found: metaData code 204 inside an HTTP 200, because a 204 cannot carry the envelope. */
export function replyNoContent(c: BpjsContext) {
  return c.json(envelope(c, null, 204, 'NO_CONTENT'), 200);
}

/** pCare's business validation: HTTP 412 with a plain, unencrypted `{field, message}` list (bpjs.md §2.3). */
export function replyPrecondition(c: BpjsContext, issues: FieldMessage[]) {
  return c.json(envelope(c, issues, 412, 'PRECONDITION_FAILED'), 412);
}

/** An error with only a message (401, 404, 500 "Cannot access child value…"). */
export function replyError(c: BpjsContext, code: 401 | 403 | 404 | 412 | 500, message: string) {
  return c.json(envelope(c, null, code, message), code);
}

/** Antrean's refusal: metadata code 201 with the reason, in an HTTP 200 (bpjs.md §5). */
export function replyRefused(c: BpjsContext, message: string) {
  return c.json(envelope(c, null, 201, message), 200);
}

/** Reads the body as JSON whatever the content type says (text/plain, x-www-form-urlencoded: bpjs.md §1.2, §5(a)). */
export async function readJsonBody(c: BpjsContext): Promise<Record<string, unknown> | undefined> {
  try {
    const value: unknown = JSON.parse(await c.req.text());
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
