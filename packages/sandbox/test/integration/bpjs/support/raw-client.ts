import type { BpjsSimulator } from '../../../../src/bpjs/index';
import {
  decryptPayload,
  expectedAuthorization,
  expectedSignature,
} from '../../../../src/bpjs/protocol/crypto';

export interface RawReply {
  status: number;
  contentType: string;
  text: string;
  json: Record<string, unknown> | undefined;
  /** The X-timestamp that was sent. */
  ts: string;
  /** The decrypted `response`, when it was a string. */
  data: unknown;
}

export interface RawOptions {
  body?: unknown;
  /** Header overrides; `null` removes a header. */
  headers?: Record<string, string | null>;
  /** X-timestamp to send. Default: now. */
  ts?: string;
  contentType?: string;
}

/**
 * Calls the simulator the way a BPJS client does, built from node:crypto here (not the SDK), so these tests
 * pin the simulator's behaviour on its own.
 */
export async function raw(
  sim: BpjsSimulator,
  service: 'pcare' | 'antrean' | 'icare',
  method: string,
  path: string,
  options: RawOptions = {},
): Promise<RawReply> {
  const c = sim.credentials;
  const ts = options.ts ?? String(Math.floor(Date.now() / 1000));
  const headers: Record<string, string> = {
    'X-cons-id': c.consId,
    'X-timestamp': ts,
    'X-signature': expectedSignature(c.consId, c.consSecret, ts),
    'X-authorization': expectedAuthorization(c.pcareUsername, c.pcarePassword, c.appCode),
    user_key: service === 'antrean' ? c.userKeys.antrean : c.userKeys.pcare,
    'Content-Type':
      options.contentType ?? (method === 'GET' ? 'application/json; charset=utf-8' : 'text/plain'),
  };
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    if (value === null) delete headers[name];
    else headers[name] = value;
  }
  const response = await fetch(`${sim.urls[service]}/${path.replace(/^\//, '')}`, {
    method,
    headers,
    ...(options.body !== undefined
      ? { body: typeof options.body === 'string' ? options.body : JSON.stringify(options.body) }
      : {}),
  });
  const text = await response.text();
  let json: Record<string, unknown> | undefined;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    json = undefined;
  }
  const encrypted = json?.response;
  const data =
    typeof encrypted === 'string' && encrypted !== ''
      ? decryptPayload(encrypted, c.consId, c.consSecret, ts)
      : encrypted;
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    text,
    json,
    ts,
    data,
  };
}

const wib = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Jakarta',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function todayIso(offsetDays = 0): string {
  return wib.format(Date.now() + offsetDays * 86_400_000);
}

export function todayDmy(offsetDays = 0): string {
  const [y, m, d] = todayIso(offsetDays).split('-');
  return `${d}-${m}-${y}`;
}

/** The envelope's meta block, whichever casing the service uses. */
export function meta(reply: RawReply): { code?: number; message?: string } {
  const json = reply.json ?? {};
  return (json.metaData ?? json.metadata ?? {}) as { code?: number; message?: string };
}
