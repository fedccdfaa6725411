import type { FilePolicy, FileRefusal, PeerMessage } from '@sehatkit/sdk/teleconsult';
import { checkFileOffer, contentMatchesType, FILE_CHUNK_BYTES } from '@sehatkit/sdk/teleconsult';
import type { BufferedConnection, DataConnection } from 'peerjs';

/** A file sent or received in this call. Nothing is kept after it: object URLs are revoked on leave. */
export interface SharedFile {
  id: string;
  name: string;
  type: string;
  size: number;
  direction: 'in' | 'out';
  /** Bytes moved so far. */
  done: number;
  status: 'sending' | 'receiving' | 'done' | 'refused';
  refusal?: FileRefusal | 'failed';
  sha256?: string;
  /** For received files once complete and checked. */
  url?: string;
  from?: string;
}

// Pause sending while this much is queued in the channel (PeerJS's own buffer plus the browser's).
const HIGH_WATER = 1024 * 1024;

export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

async function drained(conn: DataConnection): Promise<void> {
  // PeerJS queues messages itself (`bufferSize`, in messages) before the browser's own buffer.
  const queued = () =>
    (conn.dataChannel?.bufferedAmount ?? 0) +
    ((conn as unknown as Partial<BufferedConnection>).bufferSize ?? 0) * FILE_CHUNK_BYTES;
  while (queued() > HIGH_WATER) {
    if (!conn.open) throw new Error('channel closed');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Sends one file in chunks with backpressure, announced with its SHA-256. The sender checks the policy before
 * calling this; the receiver checks again (size, type, content, digest) because it trusts nobody.
 */
export async function sendFile(
  conn: DataConnection,
  file: File,
  id: string,
  onProgress: (done: number) => void,
): Promise<void> {
  const bytes = await file.arrayBuffer();
  const sha256 = await sha256Hex(bytes);
  conn.send({
    t: 'file-offer',
    id,
    name: file.name,
    type: file.type,
    size: file.size,
    sha256,
  } satisfies PeerMessage);
  for (let offset = 0, index = 0; offset < bytes.byteLength; offset += FILE_CHUNK_BYTES, index++) {
    await drained(conn);
    const data = bytes.slice(offset, offset + FILE_CHUNK_BYTES);
    conn.send({ t: 'file-chunk', id, index, data } satisfies PeerMessage);
    onProgress(Math.min(offset + FILE_CHUNK_BYTES, bytes.byteLength));
  }
  conn.send({ t: 'file-end', id } satisfies PeerMessage);
}

interface Incoming {
  file: SharedFile;
  expected: string;
  chunks: ArrayBuffer[];
}

/** Collects incoming files from every peer, checking each against the policy as it arrives. */
export class FileReceiver {
  readonly #policy: FilePolicy;
  readonly #incoming = new Map<string, Incoming>();
  readonly #urls = new Set<string>();
  readonly #update: (file: SharedFile) => void;

  constructor(policy: FilePolicy, update: (file: SharedFile) => void) {
    this.#policy = policy;
    this.#update = update;
  }

  /** Handles a file message; returns a `file-cancel` to send back when the offer is refused. */
  async handle(from: string, message: PeerMessage): Promise<PeerMessage | undefined> {
    const key = `${from}/${'id' in message ? message.id : ''}`;
    if (message.t === 'file-offer') {
      const file: SharedFile = {
        id: message.id,
        name: message.name.replace(/[\\/]/g, '_'),
        type: message.type,
        size: message.size,
        direction: 'in',
        done: 0,
        status: 'receiving',
        sha256: message.sha256,
        from,
      };
      const refusal = checkFileOffer(message, this.#policy);
      if (refusal || this.#incoming.size >= 3) {
        this.#update({ ...file, status: 'refused', refusal: refusal ?? 'failed' });
        return { t: 'file-cancel', id: message.id, reason: refusal ?? 'busy' };
      }
      this.#incoming.set(key, { file, expected: message.sha256, chunks: [] });
      this.#update(file);
      return undefined;
    }
    const entry = this.#incoming.get(key);
    if (!entry) return undefined;
    if (message.t === 'file-chunk') {
      entry.file.done += message.data.byteLength;
      if (entry.file.done > entry.file.size) return this.#fail(key, entry, 'too_large');
      entry.chunks.push(message.data);
      this.#update({ ...entry.file });
      return undefined;
    }
    if (message.t === 'file-cancel') {
      this.#incoming.delete(key);
      this.#update({ ...entry.file, status: 'refused', refusal: 'failed' });
      return undefined;
    }
    if (message.t === 'file-end') {
      this.#incoming.delete(key);
      const blob = new Blob(entry.chunks, { type: entry.file.type });
      const bytes = await blob.arrayBuffer();
      const head = new Uint8Array(bytes, 0, Math.min(bytes.byteLength, 64));
      if (bytes.byteLength !== entry.file.size || (await sha256Hex(bytes)) !== entry.expected) {
        return this.#fail(key, entry, 'failed');
      }
      if (!contentMatchesType(entry.file.type, head)) return this.#fail(key, entry, 'content_mismatch');
      const url = URL.createObjectURL(blob);
      this.#urls.add(url);
      this.#update({ ...entry.file, status: 'done', url });
    }
    return undefined;
  }

  #fail(key: string, entry: Incoming, refusal: FileRefusal | 'failed'): PeerMessage {
    this.#incoming.delete(key);
    this.#update({ ...entry.file, status: 'refused', refusal });
    return { t: 'file-cancel', id: entry.file.id, reason: refusal };
  }

  /** Forgets every file: the call is over. */
  clear(): void {
    for (const url of this.#urls) URL.revokeObjectURL(url);
    this.#urls.clear();
    this.#incoming.clear();
  }
}
