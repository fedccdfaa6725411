import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { type Logger, silentLogger } from '@sehatkit/sdk';
import { type Database, openDatabase } from '@sehatkit/sdk/storage';
import {
  type BookingAccess,
  createPeerServer,
  createTeleconsult,
  type RunningPeerServer,
  type TeleconsultService,
} from '@sehatkit/sdk/teleconsult/server';
import { type RunningCoturn, startCoturn } from './coturn';

export interface VideoSandboxOptions {
  /** The store; default: its own PGlite (in `dataDir/teleconsult`, or in memory). */
  database?: Database;
  dataDir?: string;
  /** Default 127.0.0.1. */
  hostname?: string;
  /** PeerServer port; default a free one. */
  peerPort?: number;
  /** Also run coturn on loopback and hand out TURN credentials. Default false (no ICE servers on loopback). */
  turn?: boolean;
  /** Force every call through the TURN relay (`iceTransportPolicy: 'relay'`); implies `turn`. */
  relayOnly?: boolean;
  /** Booking's access-link check, so booking emails' video links open the room. */
  bookingAccess?: BookingAccess;
  /** Default: random per start. */
  signingSecret?: string;
  /** How long a closed tab keeps its seat. Default: the service's 30 s. */
  presenceGraceMs?: number;
  logger?: Logger;
}

export interface VideoSandbox {
  service: TeleconsultService;
  peer: RunningPeerServer;
  turn?: RunningCoturn;
  close(): Promise<void>;
}

/** The video part of the sandbox: rooms and the waiting room, the PeerServer, and coturn when asked. */
export async function startVideo(options: VideoSandboxOptions = {}): Promise<VideoSandbox> {
  const hostname = options.hostname ?? '127.0.0.1';
  const logger = options.logger ?? silentLogger;
  const closers: (() => Promise<void>)[] = [];
  const close = async () => {
    for (const closeOne of closers.reverse()) await closeOne().catch(() => undefined);
  };
  try {
    let database = options.database;
    if (!database) {
      const own = await openDatabase(
        options.dataDir ? { dataDir: path.join(options.dataDir, 'teleconsult') } : {},
      );
      closers.push(() => own.close());
      database = own;
    }
    let turn: RunningCoturn | undefined;
    const turnSecret = randomBytes(24).toString('hex');
    if (options.turn || options.relayOnly) {
      turn = await startCoturn({ secret: turnSecret, hostname });
      closers.push(turn.close);
    }
    const service = await createTeleconsult({
      database,
      signingSecret: options.signingSecret ?? randomBytes(32).toString('hex'),
      ...(turn
        ? { ice: { turn: { urls: [turn.url], secret: turnSecret }, relayOnly: options.relayOnly ?? false } }
        : {}),
      ...(options.bookingAccess ? { bookingAccess: options.bookingAccess } : {}),
      ...(options.presenceGraceMs !== undefined ? { presenceGraceMs: options.presenceGraceMs } : {}),
      logger,
    });
    closers.push(async () => service.close());
    const peer = await createPeerServer({
      teleconsult: service,
      hostname,
      ...(options.peerPort !== undefined ? { port: options.peerPort } : {}),
      logger,
    });
    closers.push(peer.close);
    return { service, peer, ...(turn ? { turn } : {}), close };
  } catch (error) {
    await close();
    throw error;
  }
}
