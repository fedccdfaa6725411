import { seedMember } from '@sehatkit/sandbox/bpjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isNotFoundError } from '../../../src/errors/guards';
import { type BpjsTestBed, startBpjs } from './support/bpjs';

describe('pCare peserta against the simulator', () => {
  let bed: BpjsTestBed;
  beforeAll(async () => {
    bed = await startBpjs();
  });
  afterAll(() => bed.close());

  it('finds an active PBI member by card number', async () => {
    const seed = seedMember('activePbi');
    const member = await bed.client.pcare.members.byCardNumber(seed.cardNumber);
    expect(member).toMatchObject({
      memberNumber: seed.cardNumber,
      nik: seed.nik,
      name: seed.name,
      active: true,
      statusDescription: 'AKTIF',
      careClass: { code: '3', name: 'KELAS III' },
      memberType: { name: 'PBI (APBN)' },
      primaryCareProvider: { code: '0189U001' },
      birthDate: seed.birthDate,
    });
  });

  it('finds the same member by NIK', async () => {
    const seed = seedMember('elderlyDiabetes');
    const member = await bed.client.pcare.members.byNik(seed.nik);
    expect(member.memberNumber).toBe(seed.cardNumber);
    expect(member.prolanisProgram).toBe('DM');
    expect(member.referBackProgram).toBe('DM');
  });

  it('reports an inactive member as inactive, with the reason', async () => {
    const member = await bed.client.pcare.members.byCardNumber(seedMember('inactive').cardNumber);
    expect(member.active).toBe(false);
    expect(member.statusDescription).toBe('TIDAK AKTIF: PENANGGUHAN PESERTA');
  });

  it('reports arrears in rupiah', async () => {
    const member = await bed.client.pcare.members.byCardNumber(seedMember('arrears').cardNumber);
    expect(member).toMatchObject({ active: false, arrears: 1_050_000 });
  });

  it('shows a member registered at another FKTP with that provider', async () => {
    const member = await bed.client.pcare.members.byCardNumber(seedMember('activeOtherFktp').cardNumber);
    expect(member.primaryCareProvider).toEqual({ code: '0189U002', name: 'Puskesmas Sukamaju (Simulator)' });
  });

  it('throws NotFoundError for an unknown card number, without the number in the message', async () => {
    const error = await bed.client.pcare.members.byCardNumber('0009999999999').catch((e) => e);
    expect(isNotFoundError(error)).toBe(true);
    expect(error.message).not.toContain('0009999999999');
  });
});
