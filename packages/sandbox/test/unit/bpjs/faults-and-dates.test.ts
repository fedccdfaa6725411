import { describe, expect, it } from 'vitest';
import { parseDmy, parseYmd, toDmy, todayWib } from '../../../src/bpjs/dates';
import { BpjsFaults, clockText } from '../../../src/bpjs/faults/faults';
import { BodyCheck } from '../../../src/bpjs/pcare/body-check';
import { SEED_MEMBERS } from '../../../src/bpjs/seed/members';

describe('simulator helpers', () => {
  it('matches fault routes by method and prefix, and spends counted faults', () => {
    const faults = new BpjsFaults();
    const post = faults.serverError('POST /pcare-rest/pendaftaran', { times: 2 });
    const exact = faults.latency('/pcare-rest/kesadaran$');
    expect(faults.take('GET', '/pcare-rest/pendaftaran/tglDaftar/01-01-2026/0/10')).toEqual([]);
    expect(faults.take('POST', '/pcare-rest/pendaftaran')).toEqual([post]);
    expect(faults.take('GET', '/pcare-rest/kesadaran/x')).toEqual([]);
    expect(faults.take('GET', '/pcare-rest/kesadaran')).toEqual([exact]);
    faults.take('POST', '/pcare-rest/pendaftaran');
    expect(faults.active).toEqual([exact]);
    faults.remove(exact);
    expect(faults.active).toEqual([]);
  });

  it('writes waits as HH:MM:SS', () => {
    expect(clockText(5)).toBe('00:00:05');
    expect(clockText(3725)).toBe('01:02:05');
  });

  it('reads dd-mm-yyyy and yyyy-mm-dd only as real dates', () => {
    expect(parseDmy('29-02-2028')).toBe('2028-02-29');
    expect(parseDmy('29-02-2027')).toBeUndefined();
    expect(parseDmy('2027-02-01')).toBeUndefined();
    expect(parseYmd('2027-02-01')).toBe('2027-02-01');
    expect(toDmy('2027-02-01')).toBe('01-02-2027');
    expect(todayWib(Date.parse('2026-03-01T17:30:00Z'))).toBe('2026-03-02');
  });

  it('tells wrong JSON types (500) from business problems (412)', () => {
    const check = new BodyCheck({ sistole: '120', noKartu: '1', rujukLanjut: '' });
    check.number('sistole');
    expect(check.typeError).toBe('Input string was not in a correct format.');
    const objects = new BodyCheck({ rujukLanjut: '' });
    objects.object('rujukLanjut');
    expect(objects.typeError).toContain('JValue');
    const missing = new BodyCheck({});
    missing.string('kdPoli');
    expect([missing.typeError, missing.issues]).toEqual([
      undefined,
      [{ field: 'kdPoli', message: 'kdPoli wajib diisi' }],
    ]);
  });

  it('seeds members whose identifiers are well formed and unique, one per key', () => {
    const cards = new Set(SEED_MEMBERS.map((m) => m.cardNumber));
    const keys = new Set(SEED_MEMBERS.map((m) => m.key));
    expect(cards.size).toBe(SEED_MEMBERS.length);
    expect(keys.size).toBe(SEED_MEMBERS.length);
    for (const m of SEED_MEMBERS) {
      expect(m.cardNumber).toMatch(/^\d{13}$/);
      expect(m.nik).toMatch(/^[1-9]\d{15}$/);
      expect(m.familyCardNumber).toMatch(/^\d{16}$/);
    }
    expect(
      SEED_MEMBERS.filter((m) => !m.active)
        .map((m) => m.key)
        .sort(),
    ).toEqual(['arrears', 'inactive']);
  });
});
