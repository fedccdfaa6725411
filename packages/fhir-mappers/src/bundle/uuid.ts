/** Where a Bundle's `urn:uuid:` fullUrls come from. Inject a deterministic one in tests. */
export type UuidSource = () => string;

// Lower-case hex digits of each byte value, as character codes.
const HEX_CODES = new Uint8Array(512);
for (let i = 0; i < 256; i += 1) {
  const hex = (i + 0x100).toString(16).slice(1);
  HEX_CODES[2 * i] = hex.charCodeAt(0);
  HEX_CODES[2 * i + 1] = hex.charCodeAt(1);
}
const DASH = 0x2d;
const ascii = new TextDecoder();
const text = new Uint8Array(36);

/**
 * The RFC 9562 text form of the 16 bytes at `offset`, stamped as version 4 (high nibble of byte 6) and variant
 * 10 (top bits of byte 8). Written as character codes and decoded once: the string comes out flat, whereas
 * joining 20 pieces (as Node's own randomUUID does) leaves a rope that every later reader (the fullUrl check,
 * Set hashing, JSON.stringify) must first flatten, which costs more than making it.
 */
function formatV4(bytes: Uint8Array, offset: number): string {
  bytes[offset + 6] = ((bytes[offset + 6] as number) & 0x0f) | 0x40;
  bytes[offset + 8] = ((bytes[offset + 8] as number) & 0x3f) | 0x80;
  let at = 0;
  for (let i = 0; i < 16; i += 1) {
    if (i === 4 || i === 6 || i === 8 || i === 10) text[at++] = DASH;
    const b = bytes[offset + i] as number;
    text[at++] = HEX_CODES[2 * b] as number;
    text[at++] = HEX_CODES[2 * b + 1] as number;
  }
  return ascii.decode(text);
}

// Random bytes for 256 UUIDs at a time: one getRandomValues call (Web Crypto, present in browsers, Node 20+,
// Deno and workers, and allowed outside secure contexts, unlike randomUUID) instead of one per entry.
const POOL_SIZE = 256;
const pool = new Uint8Array(16 * POOL_SIZE);
let nextInPool = POOL_SIZE;

/** Random UUID v4 from Web Crypto's CSPRNG; each pooled byte is used for one UUID only. */
export const randomUuid: UuidSource = () => {
  if (nextInPool === POOL_SIZE) {
    globalThis.crypto.getRandomValues(pool);
    nextInPool = 0;
  }
  const offset = 16 * nextInPool;
  nextInPool += 1;
  return formatV4(pool, offset);
};

/**
 * A repeatable sequence of valid UUID v4 values: the same seed gives the same UUIDs in the same order, so a
 * test can compare whole Bundles. Not random; never use it for real submissions.
 */
export function sequentialUuids(seed = 0): UuidSource {
  let counter = 0;
  return () => {
    counter += 1;
    const bytes = new Uint8Array(16);
    const view = new DataView(bytes.buffer);
    view.setUint32(0, seed >>> 0);
    view.setUint32(12, counter >>> 0);
    return formatV4(bytes, 0);
  };
}
