const PREFIX = 'urn:uuid:';
const LENGTH = PREFIX.length + 36;

// What each of a UUID's 36 characters must be (1: hex digit, 2: dash), and what each ASCII character is.
const SHAPE = Uint8Array.from('xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx', (c) => (c === '-' ? 2 : 1));
const KIND = new Uint8Array(128);
for (const c of '0123456789abcdefABCDEF') KIND[c.charCodeAt(0)] = 1;
KIND['-'.charCodeAt(0)] = 2;

/**
 * Whether the text is `urn:uuid:` and a UUID (the same test as UUID_PATTERN after the prefix). A table look-up
 * per character rather than the regular expression: the characters of a random UUID are random, so the
 * expression's range tests mispredict on every other digit, and each Bundle entry's fullUrl is checked.
 */
export function isUrnUuid(text: string): boolean {
  if (text.length !== LENGTH || !text.startsWith(PREFIX)) return false;
  let mismatch = 0;
  for (let i = 0; i < 36; i += 1) {
    const code = text.charCodeAt(PREFIX.length + i);
    mismatch |= (code < 128 ? (KIND[code] as number) : 0) ^ (SHAPE[i] as number);
  }
  return mismatch === 0;
}
