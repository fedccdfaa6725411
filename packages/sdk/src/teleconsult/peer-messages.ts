/**
 * Messages the two browsers exchange over their PeerJS DataConnection. PeerJS gives no mute state, no
 * hang-up that reliably reaches the other side (peerjs #780, #636, #1032) and no file transfer, so these
 * carry them. Anything that does not parse is dropped: the other browser is not trusted either.
 */

export interface MediaState {
  microphone: boolean;
  camera: boolean;
  screen: boolean;
}

export type PeerMessage =
  | { t: 'hello'; participantId: string; epoch: number; media: MediaState }
  | { t: 'media'; media: MediaState }
  | { t: 'chat'; id: string; text: string; at: string }
  | { t: 'file-offer'; id: string; name: string; type: string; size: number; sha256: string }
  | { t: 'file-chunk'; id: string; index: number; data: ArrayBuffer }
  | { t: 'file-end'; id: string }
  | { t: 'file-cancel'; id: string; reason: string }
  | { t: 'bye'; reason: 'left' | 'ended' };

/** Longest chat message, in characters. */
export const CHAT_MAX_LENGTH = 2000;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isId = (v: unknown): v is string => typeof v === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

function isMediaState(v: unknown): v is MediaState {
  return (
    isObject(v) &&
    typeof v['microphone'] === 'boolean' &&
    typeof v['camera'] === 'boolean' &&
    typeof v['screen'] === 'boolean'
  );
}

function toArrayBuffer(v: unknown): ArrayBuffer | undefined {
  if (v instanceof ArrayBuffer) return v;
  if (ArrayBuffer.isView(v)) return v.buffer.slice(v.byteOffset, v.byteOffset + v.byteLength) as ArrayBuffer;
  return undefined;
}

/** Returns the message when it is one of ours and well formed, otherwise undefined. */
export function parsePeerMessage(raw: unknown): PeerMessage | undefined {
  if (!isObject(raw) || typeof raw['t'] !== 'string') return undefined;
  switch (raw['t']) {
    case 'hello':
      return isId(raw['participantId']) && isCount(raw['epoch']) && isMediaState(raw['media'])
        ? { t: 'hello', participantId: raw['participantId'], epoch: raw['epoch'], media: raw['media'] }
        : undefined;
    case 'media':
      return isMediaState(raw['media']) ? { t: 'media', media: raw['media'] } : undefined;
    case 'chat':
      return isId(raw['id']) &&
        isText(raw['text'], CHAT_MAX_LENGTH) &&
        raw['text'].trim() !== '' &&
        isText(raw['at'], 40)
        ? { t: 'chat', id: raw['id'], text: raw['text'], at: raw['at'] }
        : undefined;
    case 'file-offer':
      return isId(raw['id']) &&
        isText(raw['name'], 255) &&
        isText(raw['type'], 127) &&
        isCount(raw['size']) &&
        typeof raw['sha256'] === 'string' &&
        /^[0-9a-f]{64}$/.test(raw['sha256'])
        ? {
            t: 'file-offer',
            id: raw['id'],
            name: raw['name'],
            type: raw['type'],
            size: raw['size'],
            sha256: raw['sha256'],
          }
        : undefined;
    case 'file-chunk': {
      const data = toArrayBuffer(raw['data']);
      return isId(raw['id']) && isCount(raw['index']) && data
        ? { t: 'file-chunk', id: raw['id'], index: raw['index'], data }
        : undefined;
    }
    case 'file-end':
      return isId(raw['id']) ? { t: 'file-end', id: raw['id'] } : undefined;
    case 'file-cancel':
      return isId(raw['id']) && isText(raw['reason'], 64)
        ? { t: 'file-cancel', id: raw['id'], reason: raw['reason'] }
        : undefined;
    case 'bye':
      return raw['reason'] === 'left' || raw['reason'] === 'ended'
        ? { t: 'bye', reason: raw['reason'] }
        : undefined;
    default:
      return undefined;
  }
}
