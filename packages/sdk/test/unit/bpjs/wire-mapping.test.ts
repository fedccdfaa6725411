import { describe, expect, it } from 'vitest';
import { memberFromWire, type PesertaWire } from '../../../src/bpjs/pcare/members';
import { registrationInputSchema, registrationToWire } from '../../../src/bpjs/pcare/registrations';
import { visitInputSchema, visitToWire } from '../../../src/bpjs/pcare/visit-input';

describe('domain <-> wire mapping', () => {
  it('reads the peserta shape of bpjs.md §3.0 into a Member', () => {
    const wire: PesertaWire = {
      noKartu: '0000039043765',
      nama: 'SITI',
      hubunganKeluarga: 'Peserta',
      sex: 'P',
      tglLahir: '25-10-1939',
      tglMulaiAktif: '12-11-2014',
      tglAkhirBerlaku: '01-01-2050',
      kdProviderPst: { kdProvider: '0114U163', nmProvider: 'KLINIK' },
      kdProviderGigi: { kdProvider: null, nmProvider: null },
      jnsKelas: { nama: 'KELAS I', kode: '1' },
      jnsPeserta: { nama: 'PENSIUNAN', kode: '15' },
      golDarah: 'O',
      noHP: '0812',
      noKTP: '3174031711440009',
      pstProl: 'HT',
      pstPrb: 'HT',
      aktif: true,
      ketAktif: 'AKTIF',
      asuransi: { kdAsuransi: null, nmAsuransi: null, noAsuransi: null, cob: false },
      tunggakan: 0,
    };
    const member = memberFromWire(wire);
    expect(member).toMatchObject({
      memberNumber: '0000039043765',
      nik: '3174031711440009',
      sex: 'female',
      birthDate: '1939-10-25',
      coverageEnd: '2050-01-01',
      active: true,
      primaryCareProvider: { code: '0114U163', name: 'KLINIK' },
      dentalProvider: null,
      careClass: { code: '1', name: 'KELAS I' },
      prolanisProgram: 'HT',
      otherInsurance: null,
    });
  });

  it('writes the pendaftaran body of bpjs.md §3.1 with dd-mm-yyyy and kdTkp', () => {
    const input = registrationInputSchema.parse({
      memberNumber: '0001113569638',
      providerCode: '0114U163',
      date: '2026-01-31',
      poliCode: '001',
      complaint: 'Demam sejak 2 hari',
    });
    expect(registrationToWire(input)).toEqual({
      kdProviderPeserta: '0114U163',
      tglDaftar: '31-01-2026',
      noKartu: '0001113569638',
      kdPoli: '001',
      keluhan: 'Demam sejak 2 hari',
      kunjSakit: true,
      sistole: 0,
      diastole: 0,
      beratBadan: 0,
      tinggiBadan: 0,
      respRate: 0,
      lingkarPerut: 0,
      heartRate: 0,
      rujukBalik: 0,
      kdTkp: '10',
    });
  });

  it('writes kunjungan/v1 with nulls (never "") for absent values and -1 for no TACC', () => {
    const parsed = visitInputSchema.parse({
      memberNumber: '0000043678034',
      date: '2026-08-13',
      poliCode: '001',
      dischargeStatusCode: '3',
      doctorCode: '123456',
      diagnoses: ['J00'],
      prognosisCode: '01',
      temperatureC: 36.5,
    });
    const wire = visitToWire(parsed, null);
    expect(wire).toMatchObject({
      noKunjungan: null,
      tglDaftar: '13-08-2026',
      tglPulang: '13-08-2026',
      kdDiag1: 'J00',
      kdDiag2: null,
      kdDiag3: null,
      rujukLanjut: null,
      kdPoliRujukInternal: null,
      kdTacc: -1,
      alasanTacc: null,
      alergiMakan: '00',
      alergiUdara: '00',
      alergiObat: '00',
      kdSadar: '01',
      suhu: '36.5',
    });
    expect(Object.keys(wire)).not.toContain('terapi');
  });

  it('writes a sub-specialist referral with kdSubSpesialis1 and a TACC', () => {
    const parsed = visitInputSchema.parse({
      memberNumber: '0000043678034',
      date: '2026-01-15',
      poliCode: '001',
      dischargeStatusCode: '4',
      doctorCode: '123456',
      diagnoses: ['I10'],
      prognosisCode: '02',
      referral: {
        kind: 'subSpecialist',
        estimatedDate: '2026-01-17',
        providerCode: '0116R028',
        subSpecialistCode: '26',
      },
      tacc: { kind: 'comorbidity', reason: '>= 7 Hari' },
    });
    const wire = visitToWire(parsed, '0114U1630126Y000001');
    expect(wire.noKunjungan).toBe('0114U1630126Y000001');
    expect(wire.rujukLanjut).toEqual({
      tglEstRujuk: '17-01-2026',
      kdppk: '0116R028',
      subSpesialis: { kdSubSpesialis1: '26', kdSarana: null },
      khusus: null,
    });
    expect([wire.kdTacc, wire.alasanTacc]).toEqual([4, '>= 7 Hari']);
  });
});
