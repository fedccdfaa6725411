import { describe, expect, it } from 'vitest';
import { bpjsAuthorization, bpjsSignature, bpjsTimestamp, signedHeaders } from '../../../src/bpjs/signature';
import { manualClock } from '../../../src/logging/clock';
import { VECTORS } from './support/vectors';

describe('BPJS request signing', () => {
  it.each(VECTORS)('signs $name exactly like OpenSSL and Python', async (v) => {
    expect(await bpjsSignature(v.consId, v.secret, v.ts)).toBe(v.xSignature);
    expect(bpjsAuthorization(v.user, v.pass, v.kdApp)).toBe(v.xAuthorization);
  });

  it('takes whole UTC seconds, floored, never milliseconds', () => {
    const clock = manualClock(1_700_000_000_999);
    expect(bpjsTimestamp(clock)).toBe('1700000000');
    clock.set(1_700_000_000_500);
    expect(bpjsTimestamp(clock)).toBe('1700000000');
  });

  it('applies the configured clock offset in seconds', () => {
    const clock = manualClock(1_700_000_000_000);
    expect(bpjsTimestamp(clock, 90)).toBe('1700000090');
    expect(bpjsTimestamp(clock, -30)).toBe('1699999970');
  });

  it('builds the header set with the signature sent raw, not URL-encoded', async () => {
    const v = VECTORS[2];
    if (!v) throw new Error('vector missing');
    const headers = await signedHeaders({
      consId: v.consId,
      consSecret: v.secret,
      timestamp: v.ts,
      userKey: 'uk',
      authorization: v.xAuthorization,
    });
    expect(headers).toEqual({
      'X-cons-id': v.consId,
      'X-timestamp': v.ts,
      'X-signature': v.xSignature,
      'X-authorization': v.xAuthorization,
      user_key: 'uk',
    });
    expect(headers['X-signature']).toContain('/');
  });
});
