/** A code with its display name, the shape of every pCare reference pair. */
export interface Coded {
  code: string;
  name: string;
}

/** Builds a Coded from a wire pair, or null when BPJS sent none (`{kdProvider: null, …}` is common). */
export function coded(code: unknown, name: unknown): Coded | null {
  if (code === null || code === undefined || code === '') return null;
  return { code: String(code), name: name === null || name === undefined ? '' : String(name) };
}

export const str = (value: unknown): string => (value === null || value === undefined ? '' : String(value));
export const strOrNull = (value: unknown): string | null =>
  value === null || value === undefined || value === '' ? null : String(value);
export const num = (value: unknown): number => {
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : 0;
};
