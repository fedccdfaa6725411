import { describe, expect, it } from 'vitest';
import { isConfigurationError } from '../../../src/errors/index';
import { coturnConfig } from '../../../src/teleconsult/server/coturn-config';

const SECRET = 'coturn-shared-secret-0123456789abcdefghij';

describe('coturnConfig', () => {
  it('writes a TURN REST configuration for production with TLS', () => {
    const conf = coturnConfig({
      realm: 'klinik.example',
      secret: SECRET,
      externalIp: '203.0.113.10/10.0.0.5',
      tlsPort: 443,
      certFile: '/etc/letsencrypt/live/turn.klinik.example/fullchain.pem',
      keyFile: '/etc/letsencrypt/live/turn.klinik.example/privkey.pem',
    });
    const lines = conf.trim().split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'use-auth-secret',
        `static-auth-secret=${SECRET}`,
        'realm=klinik.example',
        'tls-listening-port=443',
        'external-ip=203.0.113.10/10.0.0.5',
        'no-tlsv1',
        'no-cli',
        'denied-peer-ip=10.0.0.0-10.255.255.255',
        'denied-peer-ip=127.0.0.0-127.255.255.255',
        'fingerprint',
      ]),
    );
    expect(lines).not.toContain('no-tls');
    expect(lines).not.toContain('allow-loopback-peers');
  });

  it('turns TLS off without a certificate and allows loopback only when asked', () => {
    const lines = coturnConfig({ realm: 'test', secret: SECRET, allowLoopbackPeers: true }).split('\n');
    expect(lines).toEqual(expect.arrayContaining(['no-tls', 'no-dtls', 'allow-loopback-peers']));
    expect(lines).not.toContain('denied-peer-ip=127.0.0.0-127.255.255.255');
  });

  it('refuses a value that would smuggle in another option, and a short secret, naming the field', () => {
    for (const [options, field] of [
      [{ realm: 'x\nallow-loopback-peers', secret: SECRET }, 'realm'],
      [{ realm: 'x', secret: 'short' }, 'secret'],
      [{ realm: 'x', secret: SECRET, certFile: '/c.pem' }, 'keyFile'],
      [{ realm: 'x', secret: SECRET, listeningIps: ['localhost'] }, 'listeningIps[0]'],
    ] as const) {
      const error = (() => {
        try {
          coturnConfig(options as never);
        } catch (e) {
          return e;
        }
      })();
      expect(isConfigurationError(error)).toBe(true);
      expect((error as { issues: { path: string }[] }).issues.map((i) => i.path)).toContain(field);
      expect((error as Error).message).not.toContain(SECRET);
    }
  });
});
