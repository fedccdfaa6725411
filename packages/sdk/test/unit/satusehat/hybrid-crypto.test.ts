import { describe, expect, it } from 'vitest';
import { isDecryptionError } from '../../../src/errors/guards';
import { base64ToBytes } from '../../../src/satusehat/kyc/base64';
import {
  decryptMessage,
  encryptMessage,
  generateExchangeKeyPair,
  importRecipientKey,
} from '../../../src/satusehat/kyc/hybrid-crypto';

const text = (s: string) => new TextEncoder().encode(s);

describe('KYC hybrid encryption (WebCrypto)', () => {
  it('round-trips a message through RSA-OAEP-SHA256 + AES-256-GCM', async () => {
    const pair = await generateExchangeKeyPair();
    const recipient = await importRecipientKey(pair.publicKeyPem);
    const message = await encryptMessage(text('{"agent_name":"Budi"}'), recipient);
    expect(new TextDecoder().decode(await decryptMessage(message, pair.privateKey))).toBe(
      '{"agent_name":"Budi"}',
    );
  });

  it('frames the wire bytes as documented: key(256) ‖ iv(12) ‖ ciphertext ‖ tag(16), base64 in 76 columns', async () => {
    const pair = await generateExchangeKeyPair();
    const plaintext = text('x'.repeat(100));
    const message = await encryptMessage(plaintext, await importRecipientKey(pair.publicKeyPem));
    expect(message.startsWith('-----BEGIN ENCRYPTED MESSAGE-----\r\n')).toBe(true);
    expect(message.endsWith('\n-----END ENCRYPTED MESSAGE-----')).toBe(true);
    const lines = message.split(/\r?\n/).slice(1, -1);
    expect(lines.slice(0, -1).every((l) => l.length === 76)).toBe(true);
    expect(base64ToBytes(lines.join('')).length).toBe(256 + 12 + plaintext.length + 16);
  });

  it('uses a fresh key and IV per message', async () => {
    const pair = await generateExchangeKeyPair();
    const recipient = await importRecipientKey(pair.publicKeyPem);
    const a = await encryptMessage(text('same'), recipient);
    const b = await encryptMessage(text('same'), recipient);
    expect(a).not.toBe(b);
  });

  it('refuses a tampered message and a message for another key with DecryptionError', async () => {
    const pair = await generateExchangeKeyPair();
    const other = await generateExchangeKeyPair();
    const message = await encryptMessage(text('secret'), await importRecipientKey(pair.publicKeyPem));
    const wrongKey = await decryptMessage(message, other.privateKey).catch((e: unknown) => e);
    expect(isDecryptionError(wrongKey)).toBe(true);
    const lines = message.split('\n');
    const body = lines[1] as string;
    lines[1] = (body[0] === 'A' ? 'B' : 'A') + body.slice(1);
    expect(
      isDecryptionError(await decryptMessage(lines.join('\n'), pair.privateKey).catch((e: unknown) => e)),
    ).toBe(true);
    expect(
      isDecryptionError(await decryptMessage('not framed', pair.privateKey).catch((e: unknown) => e)),
    ).toBe(true);
  });

  it('refuses a public key that is not PEM', async () => {
    await expect(importRecipientKey('MIIBIjANBg')).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});
