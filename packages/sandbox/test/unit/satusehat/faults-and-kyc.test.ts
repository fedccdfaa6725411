import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FaultInjector } from '../../../src/satusehat/faults/faults';
import {
  armor,
  decryptWith,
  encryptFor,
  KycCryptoError,
  unarmor,
} from '../../../src/satusehat/kyc/kyc-crypto';

const noTokens = { expireAll() {}, revokeAll() {} };

describe('fault rules', () => {
  it('match by method and path prefix, and spend their uses', () => {
    const faults = new FaultInjector(noTokens);
    const rule = faults.serverError('POST /fhir-r4/v1$', { times: 2 });
    expect(faults.take('GET', '/fhir-r4/v1')).toEqual([]);
    expect(faults.take('POST', '/fhir-r4/v1/Encounter')).toEqual([]);
    expect(faults.take('POST', '/fhir-r4/v1')).toHaveLength(1);
    expect(faults.take('POST', '/fhir-r4/v1')).toHaveLength(1);
    expect(faults.take('POST', '/fhir-r4/v1')).toEqual([]);
    expect(rule.hits).toBe(2);
    expect(faults.active).toHaveLength(0);
  });

  it('apply latency together with at most one failure', () => {
    const faults = new FaultInjector(noTokens);
    faults.rateLimit('/kfa-v2');
    faults.serverError('/kfa-v2');
    faults.latency('/kfa-v2', 50);
    const hit = faults.take('GET', '/kfa-v2/products/all');
    expect(hit.map((f) => f.kind)).toEqual(['latency', 'rate-limit']);
  });
});

describe('KYC crypto (node:crypto)', () => {
  const pair = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });

  it('round-trips and frames as documented', () => {
    const message = encryptFor(pair.publicKey, Buffer.from('{"ok":true}'));
    expect(message.startsWith('-----BEGIN ENCRYPTED MESSAGE-----\r\n')).toBe(true);
    expect(unarmor(message).length).toBe(256 + 12 + 11 + 16);
    expect(decryptWith(pair.privateKey, message).toString()).toBe('{"ok":true}');
  });

  it('refuses a message for another key and a broken frame', () => {
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const message = encryptFor(
      other.publicKey.export({ type: 'spki', format: 'pem' }) as string,
      Buffer.from('x'),
    );
    expect(() => decryptWith(pair.privateKey, message)).toThrow(KycCryptoError);
    expect(() => unarmor('no frame')).toThrow(KycCryptoError);
    expect(() => decryptWith(pair.privateKey, armor(Buffer.alloc(10)))).toThrow('message too short');
  });
});
