import { type ChildProcess, spawn } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coturnConfig, turnCredentials } from '../../../src/teleconsult/server/index';
import { TURN_SECRET } from './fixtures';
import { TurnProbe } from './turn-client';

const TURNSERVER = '/usr/bin/turnserver';

async function freeUdpPort(): Promise<number> {
  const socket = createSocket('udp4');
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const { port } = socket.address();
  await new Promise<void>((resolve) => socket.close(() => resolve()));
  return port;
}

// coturn is a Debian package (apt-get install coturn); without it there is nothing to check against.
describe.skipIf(!existsSync(TURNSERVER))('coturn with the generated configuration', () => {
  let dir: string;
  let coturn: ChildProcess;
  let port: number;
  // A TURN server keeps one allocation per client address and port: each attempt uses its own socket.
  const allocate = async (username: string, credential: string) => {
    const probe = new TurnProbe('127.0.0.1', port);
    try {
      return await probe.allocate(username, credential);
    } finally {
      probe.close();
    }
  };

  beforeAll(async () => {
    port = await freeUdpPort();
    dir = mkdtempSync(path.join(tmpdir(), 'sehat-coturn-'));
    const file = path.join(dir, 'turnserver.conf');
    writeFileSync(
      file,
      coturnConfig({
        realm: 'klinik.test',
        secret: TURN_SECRET,
        listeningIps: ['127.0.0.1'],
        relayIps: ['127.0.0.1'],
        port,
        minPort: 50_000,
        maxPort: 50_999,
        allowLoopbackPeers: true,
        logFile: path.join(dir, 'turn.log'),
      }),
    );
    coturn = spawn(TURNSERVER, ['-c', file, '--pidfile', path.join(dir, 'turn.pid')], { stdio: 'ignore' });
    const probe = new TurnProbe('127.0.0.1', port);
    await probe.ready().finally(() => probe.close());
  });
  afterAll(() => {
    coturn?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('allocates a relay for a credential minted by turnCredentials', async () => {
    const { username, credential } = turnCredentials({
      secret: TURN_SECRET,
      user: 'p0123456789abcdef01234567',
      ttlSeconds: 600,
      now: Date.now(),
    });
    const outcome = await allocate(username, credential);
    expect(outcome).toMatchObject({ ok: true });
    expect(outcome.relayedAddress).toMatch(/^127\.0\.0\.1:50\d{3}$/);
  });

  it('refuses a credential whose time has passed', async () => {
    const { username, credential } = turnCredentials({
      secret: TURN_SECRET,
      user: 'p0123456789abcdef01234567',
      ttlSeconds: 60,
      now: Date.now() - 3_600_000,
    });
    expect(await allocate(username, credential)).toEqual({ ok: false, errorCode: 401 });
  });

  it('refuses a credential made with another secret', async () => {
    const { username, credential } = turnCredentials({
      secret: 'not-the-shared-secret-0123456789abcdefghij',
      user: 'p0123456789abcdef01234567',
      ttlSeconds: 600,
      now: Date.now(),
    });
    expect(await allocate(username, credential)).toEqual({ ok: false, errorCode: 401 });
  });
});
