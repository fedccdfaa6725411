/**
 * Separators people type or paste inside identifiers: spaces (including no-break and thin spaces), dots,
 * dashes and slashes. They carry no meaning, so the parser drops them before validating.
 */
const SEPARATORS = /[\s.\-/\u00a0\u2009\u202f]/g;

/** The input without separators; any other character is kept so validation can report it. */
export function stripSeparators(input: string): string {
  return input.replace(SEPARATORS, '');
}

/** Groups a digit string for display: `groupDigits('0001234567890', [4, 4, 4, 1])` -> `0001 2345 6789 0`. */
export function groupDigits(digits: string, groups: readonly number[], separator = ' '): string {
  const parts: string[] = [];
  let at = 0;
  for (const size of groups) {
    if (at >= digits.length) break;
    parts.push(digits.slice(at, at + size));
    at += size;
  }
  if (at < digits.length) parts.push(digits.slice(at));
  return parts.join(separator);
}
