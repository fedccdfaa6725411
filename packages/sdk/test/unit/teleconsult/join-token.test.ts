import { SignJWT, UnsecuredJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../../src/logging/clock';
import { JoinTokens } from '../../../src/teleconsult/server/join-token';
import { deriveKey } from '../../../src/teleconsult/server/keys';

const SECRET = 'unit-signing-secret-0123456789abcdef-012';
const T0 = Date.parse('2026-03-02T02:00:00Z');
const claims = {
  roomId: 'r0123456789abcdef01234567',
  role: 'patient' as const,
  subject: 'patient',
  displayName: 'Budi Santoso',
  appointmentStart: T0 + 3_600_000,
  validFrom: T0,
  validUntil: T0 + 7_200_000,
};

async function reason(p: Promise<unknown>) {
  return p.then(
    () => 'accepted',
    (e: { reason?: string }) => e.reason,
  );
}

describe('join tokens', () => {
  it('round-trips the room, role, name, appointment and window', async () => {
    const tokens = new JoinTokens(SECRET, manualClock(T0 + 60_000));
    const verified = await tokens.verify(await tokens.mint(claims));
    expect(verified).toEqual({ ...claims, tokenId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  });

  it('refuses tokens before, and after, their window, allowing 30 s of clock skew', async () => {
    const clock = manualClock(T0 - 31_000);
    const tokens = new JoinTokens(SECRET, clock);
    const token = await tokens.mint(claims);
    expect(await reason(tokens.verify(token))).toBe('token_not_yet_valid');
    clock.set(T0 - 29_000);
    expect(await reason(tokens.verify(token))).toBe('accepted');
    clock.set(claims.validUntil + 31_000);
    expect(await reason(tokens.verify(token))).toBe('token_expired');
  });

  it('refuses a token signed with another secret, an unsigned token and a missing one', async () => {
    const clock = manualClock(T0 + 60_000);
    const ours = new JoinTokens(SECRET, clock);
    const theirs = new JoinTokens('another-signing-secret-0123456789abcdef', clock);
    expect(await reason(ours.verify(await theirs.mint(claims)))).toBe('token_invalid');
    const unsigned = new UnsecuredJWT({ rid: claims.roomId, role: 'host', name: 'x' })
      .setSubject('x')
      .setIssuer('sehatkit')
      .setAudience('sehatkit:teleconsult')
      .setNotBefore(T0 / 1000)
      .setExpirationTime(T0 / 1000 + 3600)
      .setJti('j')
      .encode();
    expect(await reason(ours.verify(unsigned))).toBe('token_invalid');
    expect(await reason(ours.verify(undefined))).toBe('token_missing');
    expect(await reason(ours.verify('not.a.jwt'))).toBe('token_invalid');
  });

  it('refuses a token signed with the raw secret instead of the derived key', async () => {
    const clock = manualClock(T0 + 60_000);
    const raw = await new SignJWT({ rid: claims.roomId, role: 'host', name: 'x' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer('sehatkit')
      .setAudience('sehatkit:teleconsult')
      .setNotBefore(T0 / 1000)
      .setExpirationTime(T0 / 1000 + 3600)
      .setJti('j')
      .sign(new TextEncoder().encode(SECRET));
    expect(await reason(new JoinTokens(SECRET, clock).verify(raw))).toBe('token_invalid');
    // The same claims with the derived key pass, so the refusal above is about the key alone.
    const derived = await new SignJWT({ rid: claims.roomId, role: 'host', name: 'x' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer('sehatkit')
      .setAudience('sehatkit:teleconsult')
      .setNotBefore(T0 / 1000)
      .setExpirationTime(T0 / 1000 + 3600)
      .setJti('j')
      .sign(deriveKey(SECRET, 'join-token'));
    expect(await reason(new JoinTokens(SECRET, clock).verify(derived))).toBe('accepted');
  });

  it('refuses a genuine signature over a role it does not know', async () => {
    const clock = manualClock(T0 + 60_000);
    const odd = await new SignJWT({ rid: claims.roomId, role: 'admin', name: 'x' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer('sehatkit')
      .setAudience('sehatkit:teleconsult')
      .setNotBefore(T0 / 1000)
      .setExpirationTime(T0 / 1000 + 3600)
      .setJti('j')
      .sign(deriveKey(SECRET, 'join-token'));
    expect(await reason(new JoinTokens(SECRET, clock).verify(odd))).toBe('token_invalid');
  });
});
