import { describe, expect, it } from 'vitest';
import { formatDate, formatRupiah, isIsoDate, parseBpjsDate, toBpjsDate } from '../../../src/format/index';

// Intl inserts a no-break space between the symbol and the amount; compare on plain spaces.
const plain = (s: string) => s.replace(/\s/g, ' ');

describe('formatRupiah', () => {
  it('writes rupiah without fractions in both locales', () => {
    expect(plain(formatRupiah(150000, 'id'))).toBe('Rp 150.000');
    expect(plain(formatRupiah(150000.6, 'en'))).toMatch(/^IDR 150,001$/);
    expect(plain(formatRupiah(0))).toBe('Rp 0');
  });
});

describe('dates', () => {
  it('reads BPJS dd-mm-yyyy dates and rejects impossible ones', () => {
    expect(parseBpjsDate('25-10-1939')).toBe('1939-10-25');
    expect(parseBpjsDate('31-02-2024')).toBeUndefined();
    expect(parseBpjsDate('1939-10-25')).toBeUndefined();
    expect(toBpjsDate('2026-11-22')).toBe('22-11-2026');
    expect(() => toBpjsDate('22-11-2026')).toThrow(RangeError);
  });

  it('formats a calendar date without shifting the day by time zone', () => {
    expect(formatDate('2050-01-01', 'id')).toBe('1 Januari 2050');
    expect(formatDate('2050-01-01', 'en')).toBe('January 1, 2050');
    expect(formatDate('not a date', 'id')).toBe('not a date');
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
  });
});
