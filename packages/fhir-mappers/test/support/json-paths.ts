/** The structure of a JSON document: every leaf path with array indices dropped (`identifier.system`). */
export function structurePaths(node: unknown, prefix = '', out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) {
    for (const item of node) structurePaths(item, prefix, out);
  } else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node))
      structurePaths(value, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.add(prefix);
  }
  return out;
}

/** Every value found under a key of this name anywhere in the document (`system`, `code`...). */
export function valuesOf(node: unknown, key: string, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) {
    for (const item of node) valuesOf(item, key, out);
  } else if (typeof node === 'object' && node !== null) {
    for (const [k, value] of Object.entries(node)) {
      if (k === key && typeof value === 'string') out.add(value);
      valuesOf(value, key, out);
    }
  }
  return out;
}
