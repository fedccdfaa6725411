import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startVideo, type VideoSandbox } from '../../../src/peer/index';
import { waitForStun } from '../../../src/peer/stun-probe';

const hasCoturn = existsSync('/usr/bin/turnserver');

describe('the video part of the sandbox', () => {
  let video: VideoSandbox | undefined;
  afterEach(async () => {
    await video?.close();
    video = undefined;
  });

  it('starts a PeerServer the service sends browsers to, with no ICE servers on loopback', async () => {
    video = await startVideo();
    const room = await video.service.createRoom({ kind: 'adhoc' });
    const host = await video.service.mintJoinToken({ roomId: room.id, role: 'host', displayName: 'dr. Ani' });
    const joined = await video.service.join(host.token);
    expect(joined.ice).toEqual({ iceServers: [], iceTransportPolicy: 'all' });
    expect(joined.signaling).toMatchObject({ host: '127.0.0.1', port: video.peer.port, path: '/signal/' });
    const open = await new Promise<string>((resolve) => {
      const { id, credential } = joined.peer;
      const ws = new WebSocket(
        `ws://127.0.0.1:${video?.peer.port}/signal/peerjs?key=sehatkit&id=${id}&token=${credential}`,
      );
      ws.once('message', (data) => {
        resolve(JSON.parse(String(data)).type);
        ws.close();
      });
    });
    expect(open).toBe('OPEN');
  });

  it.skipIf(!hasCoturn)('runs coturn for relay-only calls and stops it on close', async () => {
    video = await startVideo({ relayOnly: true });
    expect(video.turn?.url).toMatch(/^turn:127\.0\.0\.1:\d+\?transport=udp$/);
    const room = await video.service.createRoom({ kind: 'adhoc' });
    const minted = await video.service.mintJoinToken({
      roomId: room.id,
      role: 'patient',
      displayName: 'Budi',
    });
    const { ice } = await video.service.join(minted.token);
    expect(ice.iceTransportPolicy).toBe('relay');
    expect(ice.iceServers).toEqual([
      {
        urls: [video.turn?.url],
        username: expect.stringMatching(/^\d+:p[0-9a-f]{24}$/),
        credential: expect.any(String),
      },
    ]);
    const port = video.turn?.port as number;
    await video.close();
    video = undefined;
    await expect(waitForStun('127.0.0.1', port, 600)).rejects.toThrow('did not answer');
  });
});
