import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatIdentifier,
  isValidCardNumber,
  isValidNik,
  parseIdentifier,
  parseMemberIdentifier,
  validateIdentifier,
} from '../../../src/format/index';

describe('identifier parser, formatter and validators', () => {
  it('drops the separators people type or paste', () => {
    expect(parseIdentifier(' 0001 2345-6789.0 ')).toBe('0001234567890');
    expect(parseIdentifier('9271\u00a00603\u202f1200/0001')).toBe('9271060312000001');
  });

  it('groups digits in fours for display and round-trips through the parser', () => {
    expect(formatIdentifier('card', '0001234567890')).toBe('0001 2345 6789 0');
    expect(formatIdentifier('nik', '9271060312000001')).toBe('9271 0603 1200 0001');
    fc.assert(
      fc.property(fc.stringMatching(/^\d{13}$/), (card) => {
        expect(parseIdentifier(formatIdentifier('card', card))).toBe(card);
      }),
    );
  });

  it('leaves a value with letters unformatted so the reader sees what they typed', () => {
    expect(formatIdentifier('nik', '12ab')).toBe('12ab');
  });

  it('says which rule a value breaks, without repeating the value', () => {
    expect(validateIdentifier('card', '')).toMatchObject({ code: 'required' });
    expect(validateIdentifier('card', '00012345x7890')).toMatchObject({ code: 'invalid_characters' });
    expect(validateIdentifier('card', '000123456789')).toMatchObject({
      code: 'too_short',
      expected: 13,
      actual: 12,
    });
    expect(validateIdentifier('nik', '92710603120000011')).toMatchObject({ code: 'too_long', expected: 16 });
    expect(validateIdentifier('card', '0000000000000')).toMatchObject({ code: 'all_zero' });
    expect(validateIdentifier('nik', '0271060312000001')).toMatchObject({ code: 'invalid_region' });
    const problem = validateIdentifier('nik', '927106031200000');
    expect(problem?.message).not.toContain('927106031200000');
    expect(validateIdentifier('card', '0001234567890')).toBeUndefined();
    expect(isValidNik('9271060312000001')).toBe(true);
    expect(isValidCardNumber('9271060312000001')).toBe(false);
  });

  it('accepts exactly the digit strings of the right length (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (s) => {
        const ok = /^[1-9]\d{15}$/.test(s);
        expect(isValidNik(s)).toBe(ok);
      }),
    );
  });
});

describe('parseMemberIdentifier', () => {
  it('tells a card number from a NIK by length', () => {
    expect(parseMemberIdentifier('0001 2345 6789 0')).toEqual({
      ok: true,
      kind: 'card',
      value: '0001234567890',
    });
    expect(parseMemberIdentifier('9271060312000001')).toEqual({
      ok: true,
      kind: 'nik',
      value: '9271060312000001',
    });
  });

  it('reports a wrong length against the nearer kind', () => {
    expect(parseMemberIdentifier('000123456789')).toMatchObject({
      ok: false,
      kind: 'card',
      issue: { code: 'too_short' },
    });
    expect(parseMemberIdentifier('927106031200000')).toMatchObject({
      ok: false,
      kind: 'nik',
      issue: { code: 'too_short' },
    });
    expect(parseMemberIdentifier('')).toMatchObject({
      ok: false,
      kind: undefined,
      issue: { code: 'required' },
    });
  });

  it('holds a forced kind even when the length fits the other', () => {
    expect(parseMemberIdentifier('0001234567890', 'nik')).toMatchObject({
      ok: false,
      kind: 'nik',
      issue: { code: 'too_short', expected: 16, actual: 13 },
    });
  });
});
