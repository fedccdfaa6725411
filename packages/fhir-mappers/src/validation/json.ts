/** Narrowing helpers for walking resources that arrive as arbitrary JSON. */

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The codings of a CodeableConcept (or a lone Coding, as Encounter.class is). */
export function codings(value: unknown): Json[] {
  if (!isObject(value)) return [];
  if (Array.isArray(value.coding)) return value.coding.filter(isObject);
  return typeof value.system === 'string' || typeof value.code === 'string' ? [value] : [];
}
