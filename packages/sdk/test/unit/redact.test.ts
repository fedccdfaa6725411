import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redactingLogger } from '../../src/logging/logger';
import { maskIdentifier, REDACTED, Redactor } from '../../src/logging/redact';

describe('Redactor', () => {
  it('masks a NIK and a BPJS card number inside free text down to the last four digits', () => {
    const r = new Redactor();
    expect(r.text('Patient?identifier=https://fhir.kemkes.go.id/id/nik|3171012345678901')).toBe(
      'Patient?identifier=https://fhir.kemkes.go.id/id/nik|************8901',
    );
    expect(r.text('peserta/0001234567890')).toBe('peserta/*********7890');
  });

  it('leaves digit runs of other lengths alone (dates, codes, queue numbers)', () => {
    const r = new Redactor();
    expect(r.text('tglDaftar 22-11-2026 kdPoli 001 ts 1732234567')).toBe(
      'tglDaftar 22-11-2026 kdPoli 001 ts 1732234567',
    );
  });

  it('removes registered secret values wherever they appear', () => {
    const r = new Redactor().addSecret('s3cr3t-value');
    expect(r.text('failed with key s3cr3t-value in url ?k=s3cr3t-value')).toBe(
      `failed with key ${REDACTED} in url ?k=${REDACTED}`,
    );
  });

  it('redacts secret-named keys and masks identifier-named keys in nested objects', () => {
    const r = new Redactor();
    const out = r.value({
      headers: { 'X-authorization': 'Basic abc', 'X-signature': 'sig', 'X-cons-id': '1234' },
      body: { noKartu: '0000039043765', nik: 3171012345678901, client_secret: 'x', nama: 'SITI' },
    });
    expect(out).toEqual({
      headers: { 'X-authorization': REDACTED, 'X-signature': REDACTED, 'X-cons-id': '1234' },
      body: { noKartu: '*********3765', nik: '************8901', client_secret: REDACTED, nama: 'SITI' },
    });
  });

  it('terminates on cyclic structures', () => {
    const a: Record<string, unknown> = { name: 'a' };
    a.self = a;
    expect(new Redactor().value(a)).toEqual({ name: 'a', self: '[…]' });
  });

  it('never lets a 16-digit run through, whatever surrounds it', () => {
    fc.assert(
      fc.property(fc.string(), fc.stringMatching(/^\d{16}$/), fc.string(), (pre, nik, post) => {
        const safePre = pre.replace(/\d+$/, '');
        const safePost = post.replace(/^\d+/, '');
        expect(new Redactor().text(`${safePre}${nik}${safePost}`)).not.toContain(nik);
      }),
    );
  });

  it('masks short values completely', () => {
    expect(maskIdentifier('123')).toBe('***');
  });
});

describe('redactingLogger', () => {
  it('hands the host logger redacted messages and fields only', () => {
    const lines: unknown[] = [];
    const sink = (message: string, fields?: unknown) => lines.push({ message, fields });
    const logger = redactingLogger(
      { debug: sink, info: sink, warn: sink, error: sink },
      new Redactor().addSecret('consumer-secret'),
    );
    logger.info('member 0001234567890 looked up with consumer-secret', {
      password: 'p',
      nik: '3171012345678901',
    });
    expect(JSON.stringify(lines)).not.toMatch(/0001234567890|consumer-secret|3171012345678901|"p"/);
  });
});
