import { isObject } from '../http/json';

/** Every value at a dotted path, flattening arrays on the way: `participant.individual` → each individual. */
export function valuesAt(resource: unknown, path: string): unknown[] {
  let current: unknown[] = [resource];
  for (const key of path.split('.')) {
    const next: unknown[] = [];
    for (const item of current) {
      if (!isObject(item)) continue;
      const value = item[key];
      if (value === undefined) continue;
      if (Array.isArray(value)) next.push(...value);
      else next.push(value);
    }
    current = next;
  }
  return current;
}

/** Calls `visit` for every string reference (`{ reference: "…" }`) anywhere in a resource, with its path. */
export function forEachReference(
  value: unknown,
  visit: (holder: Record<string, unknown>, path: string) => void,
  path = '',
): void {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) forEachReference(item, visit, `${path}[${i}]`);
    return;
  }
  if (!isObject(value)) return;
  if (typeof value.reference === 'string') visit(value, path);
  for (const [key, item] of Object.entries(value)) {
    if (key === 'reference') continue;
    forEachReference(item, visit, path ? `${path}.${key}` : key);
  }
}

/** Every string anywhere in a value, with its FHIRPath-like location. */
export function forEachString(value: unknown, visit: (text: string, path: string) => void, path = ''): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value))
    for (const [i, item] of value.entries()) forEachString(item, visit, `${path}[${i}]`);
  else if (isObject(value))
    for (const [key, item] of Object.entries(value))
      forEachString(item, visit, path ? `${path}.${key}` : key);
}
