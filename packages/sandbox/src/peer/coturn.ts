import { type ChildProcess, spawn } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { coturnConfig } from '@sehatkit/sdk/teleconsult/server';
import { waitForStun } from './stun-probe';

export interface CoturnOptions {
  /** The secret the server handler mints TURN credentials with. */
  secret: string;
  /** Default 127.0.0.1. */
  hostname?: string;
  /** UDP/TCP port; default a free one. */
  port?: number;
  /** Default `sehatkit.sandbox`. */
  realm?: string;
  /** The `turnserver` binary. Default: `$TURNSERVER_PATH` or `turnserver` on the PATH (Debian: apt-get install coturn). */
  binary?: string;
}

export interface RunningCoturn {
  /** A `turn:` URL for the ICE configuration, e.g. `turn:127.0.0.1:40123?transport=udp`. */
  url: string;
  port: number;
  close(): Promise<void>;
}

async function freeUdpPort(host: string): Promise<number> {
  const socket = createSocket(host.includes(':') ? 'udp6' : 'udp4');
  await new Promise<void>((resolve) => socket.bind(0, host, resolve));
  const { port } = socket.address();
  await new Promise<void>((resolve) => socket.close(() => resolve()));
  return port;
}

/**
 * Runs coturn on loopback with the configuration `coturnConfig` generates, so TURN REST credentials minted
 * by the server handler are checked by the real server. Peers on loopback are allowed here only: in the
 * sandbox both browsers and the relay share 127.0.0.1.
 */
export async function startCoturn(options: CoturnOptions): Promise<RunningCoturn> {
  const hostname = options.hostname ?? '127.0.0.1';
  const port = options.port ?? (await freeUdpPort(hostname));
  const dir = mkdtempSync(path.join(tmpdir(), 'sehatkit-coturn-'));
  const file = path.join(dir, 'turnserver.conf');
  writeFileSync(
    file,
    coturnConfig({
      realm: options.realm ?? 'sehatkit.sandbox',
      secret: options.secret,
      listeningIps: [hostname],
      relayIps: [hostname],
      port,
      allowLoopbackPeers: true,
      logFile: path.join(dir, 'turnserver.log'),
    }),
    { mode: 0o600 },
  );
  const binary = options.binary ?? process.env.TURNSERVER_PATH ?? 'turnserver';
  const child: ChildProcess = spawn(binary, ['-c', file, '--pidfile', path.join(dir, 'turnserver.pid')], {
    stdio: 'ignore',
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const failed = new Promise<never>((_, reject) => {
    child.once('error', reject);
    void exited.then(() => reject(new Error(`${binary} exited before it answered`)));
  });
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 2000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await Promise.race([waitForStun(hostname, port), failed]);
  } catch (error) {
    await close();
    throw error;
  }
  failed.catch(() => undefined);
  const host = hostname.includes(':') ? `[${hostname}]` : hostname;
  return { url: `turn:${host}:${port}?transport=udp`, port, close };
}
