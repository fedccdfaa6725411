import type { FilePolicy } from './types';

/**
 * Files shared in a consultation: lab results, photos of a rash, a referral letter. They travel browser to
 * browser over the data channel and are never stored by the server.
 */
export const DEFAULT_FILE_POLICY: FilePolicy = {
  maxBytes: 10 * 1024 * 1024,
  allowedTypes: ['application/pdf', 'image/jpeg', 'image/png', 'image/webp', 'text/plain'],
};

/**
 * Bytes of file per data-channel message. Large messages close SCTP channels in some browsers (peerjs #241,
 * #289; RTCMultiConnection #695 "max 65536 bytes"), and PeerJS splits anything over its `chunkedMTU` of
 * 16 300 bytes itself; 16 000 bytes plus the message envelope stays in one piece.
 */
export const FILE_CHUNK_BYTES = 16_000;

export type FileRefusal = 'too_large' | 'type_not_allowed' | 'empty' | 'content_mismatch';

/** Checks a file's declared type and size against the policy; undefined means it may be sent. */
export function checkFileOffer(
  offer: { type: string; size: number },
  policy: FilePolicy,
): FileRefusal | undefined {
  if (offer.size === 0) return 'empty';
  if (offer.size > policy.maxBytes) return 'too_large';
  if (!policy.allowedTypes.includes(offer.type.toLowerCase())) return 'type_not_allowed';
  return undefined;
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  prefix.every((b, i) => bytes[at + i] === b);

/**
 * True when the first bytes of a file look like its declared type, so a renamed executable is not passed
 * on as a "photo". Plain text must be UTF-8 without NUL bytes.
 */
export function contentMatchesType(type: string, head: Uint8Array): boolean {
  switch (type.toLowerCase()) {
    case 'application/pdf':
      return startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d]); // %PDF-
    case 'image/jpeg':
      return startsWith(head, [0xff, 0xd8, 0xff]);
    case 'image/png':
      return startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    case 'image/webp':
      return startsWith(head, [0x52, 0x49, 0x46, 0x46]) && startsWith(head, [0x57, 0x45, 0x42, 0x50], 8);
    case 'image/gif':
      return startsWith(head, [0x47, 0x49, 0x46, 0x38]);
    case 'text/plain':
      if (head.includes(0)) return false;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(trimPartialUtf8(head));
        return true;
      } catch {
        return false;
      }
    default:
      // A type the host allowed but we cannot recognise: the allow-list is the host's decision.
      return true;
  }
}

// The head of a file may cut a multi-byte character in two; drop the incomplete tail before decoding.
function trimPartialUtf8(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const byte = bytes[end - back] as number;
    if ((byte & 0xc0) === 0x80) continue;
    const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    if (need > back) end -= back;
    break;
  }
  return bytes.subarray(0, end);
}
