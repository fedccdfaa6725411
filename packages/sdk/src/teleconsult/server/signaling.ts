import type { SignalingLocation } from '../types';

/** Splits a PeerServer URL (`wss://video.klinik.example/signal`) into PeerJS's `Peer` options. */
export function signalingLocation(url: string, key: string): SignalingLocation {
  const parsed = new URL(url);
  const secure = parsed.protocol === 'https:' || parsed.protocol === 'wss:';
  const path = parsed.pathname.endsWith('/') ? parsed.pathname : `${parsed.pathname}/`;
  return {
    host: parsed.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: parsed.port ? Number(parsed.port) : secure ? 443 : 80,
    path,
    secure,
    key,
  };
}
