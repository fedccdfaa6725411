import type { IceConfiguration, IceServer } from '../types';
import { turnCredentials } from './turn-credentials';

export interface IceSettings {
  stunUrls?: string[];
  turn?: { urls: string[]; secret: string; ttlSeconds?: number };
  relayOnly?: boolean;
}

/**
 * The ICE configuration for one participant. No servers at all by default: PeerJS would otherwise fall
 * back to Google STUN and the shared public PeerJS TURN (peerjs lib/util.ts DEFAULT_CONFIG), which a clinic
 * must not depend on.
 */
export function iceConfiguration(settings: IceSettings, user: string, now: number): IceConfiguration {
  const iceServers: IceServer[] = [];
  if (settings.stunUrls?.length) iceServers.push({ urls: settings.stunUrls });
  let expiresAt: string | undefined;
  if (settings.turn) {
    const minted = turnCredentials({
      secret: settings.turn.secret,
      user,
      ttlSeconds: settings.turn.ttlSeconds ?? 3600,
      now,
    });
    iceServers.push({ urls: settings.turn.urls, username: minted.username, credential: minted.credential });
    expiresAt = new Date(minted.expiresAt).toISOString();
  }
  return {
    iceServers,
    iceTransportPolicy: settings.relayOnly ? 'relay' : 'all',
    ...(expiresAt ? { expiresAt } : {}),
  };
}
