import { decryptJson, type ResponseSecret } from './decrypt';

/**
 * The BPJS response envelope, normalised. pCare and i-Care write `metaData` with a numeric code; the
 * Antrean services write `metadata`; VClaim-family gateways send the code as a string (spec §2.1, §6.3
 * item 6). All of them land here in one shape.
 */
export interface BpjsEnvelope {
  /** `metaData.code` as a number; undefined when absent or not numeric. */
  code: number | undefined;
  message: string;
  /** `response` exactly as received: a ciphertext string, a plain object or array, or null. */
  response: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads an envelope from a parsed body; undefined when the body carries neither `metaData` nor `metadata`. */
export function readEnvelope(body: unknown): BpjsEnvelope | undefined {
  if (!isRecord(body)) return undefined;
  const meta = isRecord(body.metaData) ? body.metaData : isRecord(body.metadata) ? body.metadata : undefined;
  if (!meta) return undefined;
  return {
    code: toCode(meta.code),
    message: typeof meta.message === 'string' ? meta.message : '',
    response: body.response,
  };
}

function toCode(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)) return Number(value);
  return undefined;
}

/**
 * The envelope's payload as data. Only a non-empty string is ciphertext: 412 lists, nulls and objects pass
 * through untouched (decrypting them is what breaks one peer library on every validation error, spec §6.3
 * item 7). The secret must carry the timestamp that was sent with the request.
 */
export async function openEnvelope(envelope: BpjsEnvelope, secret: ResponseSecret): Promise<unknown> {
  const { response } = envelope;
  if (typeof response === 'string') {
    return response.trim() === '' ? null : decryptJson(response, secret);
  }
  return response ?? null;
}
