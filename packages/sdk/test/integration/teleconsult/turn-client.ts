import { createHash, createHmac, randomBytes } from 'node:crypto';
import { createSocket, type Socket } from 'node:dgram';

/**
 * Just enough of a TURN client (RFC 8656 Allocate with long-term credentials, RFC 8489 message format) to
 * ask a real coturn whether it accepts a credential. Written from the RFCs for the tests; the SDK has no
 * TURN client of its own, the browser is the client in production.
 */
const MAGIC_COOKIE = 0x2112a442;
const BINDING_REQUEST = 0x0001;
const ALLOCATE_REQUEST = 0x0003;
const ALLOCATE_SUCCESS = 0x0103;
const ATTR = {
  username: 0x0006,
  messageIntegrity: 0x0008,
  errorCode: 0x0009,
  realm: 0x0014,
  nonce: 0x0015,
  xorRelayedAddress: 0x0016,
  requestedTransport: 0x0019,
} as const;

interface Attribute {
  type: number;
  value: Buffer;
}

interface StunMessage {
  type: number;
  transactionId: Buffer;
  attributes: Attribute[];
}

function attribute(type: number, value: Buffer): Buffer {
  const padded = Buffer.alloc(4 + Math.ceil(value.length / 4) * 4);
  padded.writeUInt16BE(type, 0);
  padded.writeUInt16BE(value.length, 2);
  value.copy(padded, 4);
  return padded;
}

function encode(type: number, transactionId: Buffer, attrs: Buffer[], integrityKey?: Buffer): Buffer {
  const header = Buffer.alloc(20);
  header.writeUInt16BE(type, 0);
  header.writeUInt32BE(MAGIC_COOKIE, 4);
  transactionId.copy(header, 8);
  let body = Buffer.concat(attrs);
  if (integrityKey) {
    // The length covers MESSAGE-INTEGRITY itself (24 bytes) while the HMAC is computed (RFC 8489 §14.5).
    header.writeUInt16BE(body.length + 24, 2);
    const hmac = createHmac('sha1', integrityKey)
      .update(Buffer.concat([header, body]))
      .digest();
    body = Buffer.concat([body, attribute(ATTR.messageIntegrity, hmac)]);
  }
  header.writeUInt16BE(body.length, 2);
  return Buffer.concat([header, body]);
}

function decode(packet: Buffer): StunMessage {
  const length = packet.readUInt16BE(2);
  const attributes: Attribute[] = [];
  let offset = 20;
  while (offset < 20 + length) {
    const type = packet.readUInt16BE(offset);
    const size = packet.readUInt16BE(offset + 2);
    attributes.push({ type, value: packet.subarray(offset + 4, offset + 4 + size) });
    offset += 4 + Math.ceil(size / 4) * 4;
  }
  return { type: packet.readUInt16BE(0), transactionId: packet.subarray(8, 20), attributes };
}

const find = (m: StunMessage, type: number) => m.attributes.find((a) => a.type === type)?.value;

export interface AllocateOutcome {
  ok: boolean;
  /** The STUN error code when refused (401 for bad or expired credentials). */
  errorCode?: number;
  relayedAddress?: string;
}

export class TurnProbe {
  readonly #socket: Socket = createSocket('udp4');
  readonly #host: string;
  readonly #port: number;

  constructor(host: string, port: number) {
    this.#host = host;
    this.#port = port;
  }

  #exchange(packet: Buffer, timeoutMs = 1000): Promise<StunMessage> {
    const transactionId = packet.subarray(8, 20);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#socket.off('message', onMessage);
        reject(new Error('no answer from the TURN server'));
      }, timeoutMs);
      const onMessage = (message: Buffer) => {
        const decoded = decode(message);
        if (!decoded.transactionId.equals(transactionId)) return;
        clearTimeout(timer);
        this.#socket.off('message', onMessage);
        resolve(decoded);
      };
      this.#socket.on('message', onMessage);
      this.#socket.send(packet, this.#port, this.#host);
    });
  }

  /** Resolves once the server answers a Binding request. */
  async ready(deadlineMs = 10_000): Promise<void> {
    const until = Date.now() + deadlineMs;
    for (;;) {
      try {
        await this.#exchange(encode(BINDING_REQUEST, randomBytes(12), []), 300);
        return;
      } catch (error) {
        if (Date.now() > until) throw error;
      }
    }
  }

  /** An Allocate with the long-term credential mechanism: unauthenticated first, to learn realm and nonce. */
  async allocate(username: string, password: string): Promise<AllocateOutcome> {
    const transport = attribute(ATTR.requestedTransport, Buffer.from([17, 0, 0, 0]));
    const challenge = await this.#exchange(encode(ALLOCATE_REQUEST, randomBytes(12), [transport]));
    const realm = find(challenge, ATTR.realm);
    const nonce = find(challenge, ATTR.nonce);
    if (!realm || !nonce) return { ok: false, errorCode: errorCode(challenge) };
    const key = createHash('md5').update(`${username}:${realm.toString()}:${password}`).digest();
    const answer = await this.#exchange(
      encode(
        ALLOCATE_REQUEST,
        randomBytes(12),
        [
          attribute(ATTR.username, Buffer.from(username)),
          attribute(ATTR.realm, realm),
          attribute(ATTR.nonce, nonce),
          transport,
        ],
        key,
      ),
    );
    if (answer.type !== ALLOCATE_SUCCESS) return { ok: false, errorCode: errorCode(answer) };
    const relayed = find(answer, ATTR.xorRelayedAddress);
    return { ok: true, ...(relayed ? { relayedAddress: xorAddress(relayed) } : {}) };
  }

  close() {
    this.#socket.close();
  }
}

function errorCode(m: StunMessage): number | undefined {
  const value = find(m, ATTR.errorCode);
  return value ? (value[2] as number) * 100 + (value[3] as number) : undefined;
}

function xorAddress(value: Buffer): string {
  const port = value.readUInt16BE(2) ^ (MAGIC_COOKIE >>> 16);
  const ip = (value.readUInt32BE(4) ^ MAGIC_COOKIE) >>> 0;
  return `${ip >>> 24}.${(ip >>> 16) & 255}.${(ip >>> 8) & 255}.${ip & 255}:${port}`;
}
