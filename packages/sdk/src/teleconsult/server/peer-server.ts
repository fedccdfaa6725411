import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { PeerServer } from 'peer';
import { type WebSocket, WebSocketServer } from 'ws';
import { z } from 'zod';
import { parseConfig } from '../../errors/zod-issues';
import { type Logger, redactingLogger, silentLogger } from '../../logging/logger';
import { Redactor } from '../../logging/redact';
import { roomOfPeerId } from './ids';
import { captureTimers } from './owned-timers';
import type { TeleconsultService } from './teleconsult-service';

export interface PeerServerOptions {
  /** Decides who may connect (`authorizePeer`) and tells the server whom to drop when they leave. */
  teleconsult: TeleconsultService;
  /** Default 0: a free port. Production deployments usually pick one (9000) behind a TLS proxy. */
  port?: number;
  /** Default 127.0.0.1. */
  hostname?: string;
  /** URL path of the signalling endpoint. Default `/signal`. */
  path?: string;
  /** PeerJS connection key (not a secret; it only separates apps). Default `sehatkit`. */
  key?: string;
  /**
   * The URL browsers use when it differs from where this server listens (behind nginx with TLS:
   * `wss://video.klinik.example/signal`). Set as the service's signalling location unless it has one.
   */
  publicUrl?: string;
  /** Trust `X-Forwarded-*` from a proxy in front. Default false. */
  proxied?: boolean;
  /** Milliseconds without a heartbeat (PeerJS sends one every 5 s) before a socket counts as dead. Default 60 000. */
  aliveTimeoutMs?: number;
  /** Default: silent. */
  logger?: Logger;
}

export interface RunningPeerServer {
  /** Where this server listens, e.g. `http://127.0.0.1:43121/signal`. */
  url: string;
  port: number;
  /** Open signalling sockets. */
  connections(): number;
  close(): Promise<void>;
}

const optionsSchema = z.object({
  teleconsult: z.custom<TeleconsultService>(
    (v) => typeof v === 'object' && v !== null && 'authorizePeer' in v,
    'must be a TeleconsultService from createTeleconsult()',
  ),
  port: z.number().int().min(0).max(65535).optional(),
  hostname: z.string().min(1).optional(),
  path: z
    .string()
    .regex(/^\/[A-Za-z0-9._~/-]*$/, 'must start with "/"')
    .optional(),
  key: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/)
    .optional(),
  publicUrl: z.url().optional(),
  proxied: z.boolean().optional(),
  aliveTimeoutMs: z.number().int().min(10_000).optional(),
  logger: z.custom<Logger>().optional(),
});

// Signalling messages a PeerJS client may send without a destination; everything else must name a peer.
const UNADDRESSED = new Set(['HEARTBEAT', 'LEAVE']);
// An SDP offer with many candidates is a few kilobytes; nothing legitimate comes near this.
const MAX_MESSAGE_BYTES = 64 * 1024;

interface Grant {
  roomId: string;
  participantId: string;
}

/**
 * Starts the PeerJS signalling server (the `peer` package) with what it lacks for a clinic: a browser gets
 * in only with a peer id our server issued and the credential bound to it, while its participant is admitted
 * to an open room; it can signal only peers of its own room; a refreshed page takes its id back at once
 * (the stale socket is closed first, so there is no "ID is taken"); and people who leave, are denied or
 * whose room ends are disconnected.
 */
export async function createPeerServer(options: PeerServerOptions): Promise<RunningPeerServer> {
  parseConfig(optionsSchema, options, 'PeerServer');
  const service = options.teleconsult;
  const logger = redactingLogger(options.logger ?? silentLogger, new Redactor());
  const path = (options.path ?? '/signal').replace(/\/+$/, '') || '/';
  const key = options.key ?? 'sehatkit';
  const hostname = options.hostname ?? '127.0.0.1';

  const byPeer = new Map<string, Set<WebSocket>>();
  const byParticipant = new Map<string, Set<WebSocket>>();
  const byRoom = new Map<string, Set<WebSocket>>();
  const track = (map: Map<string, Set<WebSocket>>, id: string, ws: WebSocket) => {
    const set = map.get(id) ?? new Set<WebSocket>();
    set.add(ws);
    map.set(id, set);
    ws.once('close', () => {
      set.delete(ws);
      if (set.size === 0 && map.get(id) === set) map.delete(id);
    });
  };
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });

  const admit = (ws: WebSocket, request: IncomingMessage, peerId: string, grant: Grant) => {
    track(byPeer, peerId, ws);
    track(byParticipant, grant.participantId, ws);
    track(byRoom, grant.roomId, ws);
    // Filter before `peer` sees the message: it relays anything to any id it knows.
    const emit = ws.emit.bind(ws);
    ws.emit = ((event: string | symbol, ...args: unknown[]) => {
      if (event === 'message' && !allowedMessage(args[0], grant.roomId)) return false;
      return emit(event, ...args);
    }) as typeof ws.emit;
    wss.emit('connection', ws, request);
  };

  const refuse = (ws: WebSocket, message: string) => {
    // PeerJS turns an ERROR message into a `server-error` with this text, rather than an unexplained close.
    ws.send(JSON.stringify({ type: 'ERROR', payload: { msg: message } }));
    ws.close(1008, 'refused');
  };

  const onUpgrade = (wsPath: string) => (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'http://peer.invalid');
    if (url.pathname !== wsPath) {
      socket.destroy();
      return;
    }
    const peerId = url.searchParams.get('id') ?? '';
    const credential = url.searchParams.get('token') ?? '';
    const keyOk = url.searchParams.get('key') === key;
    const decide =
      keyOk && peerId && credential ? service.authorizePeer(peerId, credential) : Promise.resolve(undefined);
    decide
      .then(async (grant) => {
        // A socket still registered under this id (a page refreshed after a network loss, whose old socket
        // never closed) would make `peer` reuse the client without sending OPEN: close it first.
        if (grant) await closeAll(byPeer.get(peerId));
        wss.handleUpgrade(request, socket, head, (ws) => {
          if (!grant) {
            logger.warn('peer connection refused', { room: roomOfPeerId(peerId) ?? 'unknown' });
            refuse(ws, 'Not admitted to this consultation.');
            return;
          }
          admit(ws, request, peerId, grant);
        });
      })
      .catch((error: unknown) => {
        logger.error('peer authorization failed', { error });
        socket.destroy();
      });
  };

  const started = await new Promise<{ server: Server; stop(): void }>((resolve, reject) => {
    const captured = captureTimers(() =>
      PeerServer(
        {
          port: options.port ?? 0,
          host: hostname,
          path,
          key,
          proxied: options.proxied ?? false,
          allow_discovery: false,
          alive_timeout: options.aliveTimeoutMs ?? 60_000,
          createWebSocketServer: (wsOptions) => {
            // `peer` calls this while mounting, before it listens, with the HTTP server it created.
            const server = wsOptions.server as Server;
            server.on('upgrade', onUpgrade(wsOptions.path as string));
            server.once('error', reject);
            return wss;
          },
        },
        (server) => resolve({ server: server as Server, stop: () => captured.stop() }),
      ),
    );
  });

  const unsubscribe = service.events.subscribeAll((roomId, notice) => {
    if (notice.type === 'ended') void closeAll(byRoom.get(roomId));
    else if (notice.type === 'left' || notice.type === 'denied')
      void closeAll(byParticipant.get(notice.participantId));
  });

  const address = started.server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}${path}`;
  if (!service.signaling) service.useSignaling(options.publicUrl ?? url, key);
  logger.info('PeerServer listening', { url });

  return {
    url,
    port: address.port,
    connections: () => [...byPeer.values()].reduce((n, set) => n + set.size, 0),
    async close() {
      unsubscribe();
      started.stop();
      await closeAll(new Set(wss.clients));
      wss.close();
      started.server.closeAllConnections();
      await new Promise<void>((done) => started.server.close(() => done()));
    },
  };
}

function allowedMessage(raw: unknown, roomId: string): boolean {
  let message: { type?: unknown; dst?: unknown };
  try {
    message = JSON.parse(String(raw));
  } catch {
    return false;
  }
  if (typeof message !== 'object' || message === null || typeof message.type !== 'string') return false;
  if (message.dst === undefined || message.dst === null) return UNADDRESSED.has(message.type);
  return typeof message.dst === 'string' && roomOfPeerId(message.dst) === roomId;
}

/** Closes sockets and waits until `peer` has seen each close (it deregisters the client then). */
async function closeAll(sockets: Set<WebSocket> | undefined): Promise<void> {
  if (!sockets?.size) return;
  await Promise.all(
    [...sockets].map(
      (ws) =>
        new Promise<void>((done) => {
          if (ws.readyState === ws.CLOSED) return done();
          ws.once('close', () => done());
          ws.terminate();
        }),
    ),
  );
}
