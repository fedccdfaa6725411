import { afterEach, describe, expect, it } from 'vitest';
import {
  isConfigurationError,
  isDecryptionError,
  isNotFoundError,
  isValidationError,
} from '../../../src/errors/guards';
import { ConsentClient } from '../../../src/satusehat/consent/consent-client';
import { ARDIANTO, closeHarnesses, startHarness } from './harness';

afterEach(closeHarnesses);

describe('KFA v2', () => {
  it('searches products by keyword and reads one by KFA code and by NIE', async () => {
    const h = await startHarness();
    const page = await h.client.kfa.searchProducts({ keyword: 'paracetamol', size: 5 });
    expect(page.total).toBeGreaterThan(0);
    expect(page.products.length).toBeLessThanOrEqual(5);
    const first = page.products[0];
    expect(first?.kfa_code).toMatch(/^\d{8}$/);
    const byCode = await h.client.kfa.product('kfa', first?.kfa_code as string);
    expect(byCode?.name).toBe(first?.name);
    if (first?.nie) expect((await h.client.kfa.product('nie', first.nie))?.kfa_code).toBe(first.kfa_code);
    expect(await h.client.kfa.product('kfa', '93999999')).toBeUndefined();
  });

  it('pages through the catalogue', async () => {
    const h = await startHarness();
    const one = await h.client.kfa.searchProducts({ size: 1, page: 1 });
    if (one.total < 2) return;
    const two = await h.client.kfa.searchProducts({ size: 1, page: 2 });
    expect(two.products[0]?.kfa_code).not.toBe(one.products[0]?.kfa_code);
  });

  it('refuses an oversized page before asking', async () => {
    const h = await startHarness();
    const error = await h.client.kfa.searchProducts({ size: 5000 }).catch((e: unknown) => e);
    expect(isValidationError(error)).toBe(true);
  });
});

describe('Master Wilayah', () => {
  it('lists provinces and walks down to villages', async () => {
    const h = await startHarness();
    const provinces = await h.client.masterdata.provinces();
    expect(provinces.find((p) => p.code === '31')?.name).toBe('DKI Jakarta');
    const cities = await h.client.masterdata.cities({ provinceCodes: ['31'] });
    expect(cities.every((c) => c.parentCode === '31')).toBe(true);
    const districts = await h.client.masterdata.districts({ cityCodes: ['3171'] });
    expect(districts.length).toBeGreaterThan(0);
    const villages = await h.client.masterdata.villages({
      districtCodes: [districts.at(-1)?.code as string],
    });
    expect(villages.every((v) => v.code.length === 10)).toBe(true);
    expect(await h.client.masterdata.provinces({ codes: ['11', '96'] })).toHaveLength(2);
  });
});

describe('Consent', () => {
  it('records OPTIN then OPTOUT and reads the current choice back', async () => {
    const h = await startHarness();
    expect(await h.client.consent.get(ARDIANTO.ihs)).toBeUndefined();
    await h.client.consent.update({ patientId: ARDIANTO.ihs, action: 'OPTIN', agent: 'Petugas Pendaftaran' });
    expect(ConsentClient.isOptIn(await h.client.consent.get(ARDIANTO.ihs))).toBe(true);
    await h.client.consent.update({
      patientId: ARDIANTO.ihs,
      action: 'OPTOUT',
      agent: 'Petugas Pendaftaran',
    });
    expect(ConsentClient.isOptIn(await h.client.consent.get(ARDIANTO.ihs))).toBe(false);
  });

  it('reports an unknown patient as NotFoundError', async () => {
    const h = await startHarness();
    const error = await h.client.consent.get('P99999999999').catch((e: unknown) => e);
    expect(isNotFoundError(error)).toBe(true);
  });
});

describe('KYC', () => {
  it('generates a validation URL through the encrypted exchange (WebCrypto client, node:crypto simulator)', async () => {
    const h = await startHarness();
    const session = await h.client.kyc.generateUrl({
      agentName: 'Budi Petugas',
      agentNik: '3171012345678901',
    });
    expect(session.agentName).toBe('Budi Petugas');
    expect(session.url).toBe(`${h.sim.url}/kyc/v1/validation-web/${session.token}`);
    const page = await fetch(session.url);
    expect(await page.text()).toContain('Budi Petugas');
  });

  it('issues a challenge code for a patient', async () => {
    const h = await startHarness();
    const code = await h.client.kyc.challengeCode({ nik: ARDIANTO.nik, name: ARDIANTO.name });
    expect(code.challengeCode).toMatch(/^\d{6}$/);
    expect(code.ihsNumber).toBe(ARDIANTO.ihs);
    expect(Date.parse(code.expiresAt) - Date.parse(code.createdAt)).toBe(5 * 60_000);
  });

  it('reports a message encrypted to the wrong key as a DecryptionError', async () => {
    const h = await startHarness();
    const pair = await crypto.subtle.generateKey(
      { name: 'RSA-OAEP', hash: 'SHA-256', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]) },
      true,
      ['encrypt', 'decrypt'],
    );
    const spki = Buffer.from(await crypto.subtle.exportKey('spki', pair.publicKey)).toString('base64');
    const wrongKey = `-----BEGIN PUBLIC KEY-----\n${spki}\n-----END PUBLIC KEY-----`;
    const client = h.newClient({ kyc: { serverPublicKey: wrongKey } });
    const error = await client.kyc
      .generateUrl({ agentName: 'Budi', agentNik: '3171012345678901' })
      .catch((e: unknown) => e);
    expect(isDecryptionError(error)).toBe(true);
  });

  it('needs the SATUSEHAT public key to be configured', async () => {
    const h = await startHarness();
    const client = h.newClient({ kyc: undefined });
    const error = await client.kyc
      .generateUrl({ agentName: 'Budi', agentNik: '3171012345678901' })
      .catch((e: unknown) => e);
    expect(isConfigurationError(error)).toBe(true);
    expect((error as Error).message).toContain('kyc.serverPublicKey');
  });
});
