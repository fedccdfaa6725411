import { TransportError } from '../../errors/remote-errors';
import type { BpjsAnswer } from '../transport';

/** A page of a pCare list: `count` is the total BPJS reports, `items` this page. */
export interface Page<T> {
  count: number;
  items: T[];
}

const unexpected = (operation: string, what: string) =>
  new TransportError('bpjs', 'unexpected_body', `pCare answered ${operation} with ${what}`);

/** Reads `{count, list}`; a 204 is an empty page. */
export function readList<W, T>(answer: BpjsAnswer, operation: string, map: (wire: W) => T): Page<T> {
  if (answer.kind === 'empty') return { count: 0, items: [] };
  const data = answer.data as { count?: unknown; list?: unknown } | null;
  const list = Array.isArray(data) ? data : data?.list;
  if (!Array.isArray(list)) throw unexpected(operation, 'a payload that is not a list');
  const count = typeof data === 'object' && data && 'count' in data ? Number(data.count) : list.length;
  return { count: Number.isFinite(count) ? count : list.length, items: (list as W[]).map(map) };
}

/** Reads a single object; undefined for 204 / null. */
export function readObject<W>(answer: BpjsAnswer, operation: string): W | undefined {
  if (answer.kind === 'empty') return undefined;
  if (typeof answer.data !== 'object' || answer.data === null || Array.isArray(answer.data)) {
    throw unexpected(operation, 'a payload that is not an object');
  }
  return answer.data as W;
}

/**
 * The key a create returns. pCare answers `{field, message}` for pendaftaran and `[{field, message}]` for
 * kunjungan/v1, and older documents show the other shape for each (spec §2.3 [CONFLICT]): both are read.
 */
export function readCreated(answer: BpjsAnswer, field: string, operation: string): string {
  const data = answer.kind === 'data' ? answer.data : undefined;
  const items = Array.isArray(data) ? data : data ? [data] : [];
  const pairs = items.filter(
    (i): i is { field?: unknown; message: unknown } => typeof i === 'object' && i !== null && 'message' in i,
  );
  const match = pairs.find((p) => p.field === field) ?? (pairs.length === 1 ? pairs[0] : undefined);
  if (!match || (typeof match.message !== 'string' && typeof match.message !== 'number')) {
    throw unexpected(operation, `no ${field} in the create result`);
  }
  return String(match.message);
}
