import { randomBytes } from 'node:crypto';
import { createSocket } from 'node:dgram';

// RFC 8489 §5: a Binding request is a 20-byte header with this magic cookie and a random transaction id.
const BINDING_REQUEST = 0x0001;
const MAGIC_COOKIE = 0x2112a442;

/** Sends STUN Binding requests until the server answers one, so a freshly spawned coturn is known to listen. */
export async function waitForStun(host: string, port: number, deadlineMs = 10_000): Promise<void> {
  const socket = createSocket(host.includes(':') ? 'udp6' : 'udp4');
  const until = Date.now() + deadlineMs;
  try {
    for (;;) {
      const request = Buffer.alloc(20);
      request.writeUInt16BE(BINDING_REQUEST, 0);
      request.writeUInt32BE(MAGIC_COOKIE, 4);
      randomBytes(12).copy(request, 8);
      const answered = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => finish(false), 250);
        const onMessage = (message: Buffer) => {
          if (message.length >= 20 && message.subarray(8, 20).equals(request.subarray(8, 20))) finish(true);
        };
        function finish(value: boolean) {
          clearTimeout(timer);
          socket.off('message', onMessage);
          resolve(value);
        }
        socket.on('message', onMessage);
        socket.send(request, port, host);
      });
      if (answered) return;
      if (Date.now() > until) throw new Error(`coturn did not answer on ${host}:${port}`);
    }
  } finally {
    socket.close();
  }
}
