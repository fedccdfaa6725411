import { kfaProducts } from '@sehatkit/sandbox';
import { type SatuSehatSimulator, startSatuSehatSimulator } from '@sehatkit/sandbox/satusehat';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKfaCatalogue } from '../../../src/drugs/catalogue/kfa-catalogue';
import { createDrugSafety } from '../../../src/drugs/service';
import { SatuSehatClient } from '../../../src/satusehat/client';

let sim: SatuSehatSimulator;
let client: SatuSehatClient;

beforeAll(async () => {
  sim = await startSatuSehatSimulator();
  client = new SatuSehatClient({
    baseUrl: sim.url,
    ...sim.credentials,
    retry: { backoffLimitMs: 50 },
    kyc: { serverPublicKey: sim.kycPublicKeyPem },
  });
});
afterAll(async () => {
  await sim?.close();
});

const codeOf = (brand: string) => kfaProducts.find((p) => p.nama_dagang === brand)?.kfa_code as string;

describe('KFA catalogue over the SATUSEHAT client and the KFA v2 simulator', () => {
  it('resolves a POA to its template and BZA ingredients with golongan from controlled_drug', async () => {
    const kfa = createKfaCatalogue({ lookup: client.kfa });
    const product = await kfa.get('93002205');
    expect(product).toMatchObject({
      source: 'kfa',
      templateCode: '92000511',
      ingredients: [{ name: 'Paracetamol', kfaCode: '91000101', strength: '120 mg/5 mL' }],
      golongan: 'bebas',
      golonganSource: 'kfa',
    });
  });

  it('answers a template (POV) code through a product that uses it', async () => {
    const kfa = createKfaCatalogue({ lookup: client.kfa });
    expect((await kfa.get('92000511'))?.ingredients[0]?.kfaCode).toBe('91000101');
  });

  it('answers an unknown code with undefined and checks it as NOT_CHECKED', async () => {
    const drugs = createDrugSafety({ catalogue: createKfaCatalogue({ lookup: client.kfa }) });
    const result = await drugs.check({
      orders: [{ id: 'x', productCode: '93999990', display: 'Produk tidak dikenal' }],
    });
    expect(result.issues.map((i) => i.kind)).toEqual(['NOT_CHECKED']);
  });

  it('checks a prescription given only KFA codes (warfarin + Ponstan)', async () => {
    const drugs = createDrugSafety({ catalogue: createKfaCatalogue({ lookup: client.kfa }) });
    const result = await drugs.check({
      orders: [{ id: 'MedicationRequest/1', productCode: codeOf('Ponstan') }],
      currentMedications: [{ id: 'MedicationStatement/9', productCode: codeOf('Warfarin (generik)') }],
    });
    expect(result.issues[0]).toMatchObject({ ruleId: 'ddi.warfarin-nsaid', tier: 'interruptive' });
  });

  it('fills type-ahead from KFA search when the local index has too few hits', async () => {
    const drugs = createDrugSafety({ catalogue: createKfaCatalogue({ lookup: client.kfa }) });
    const hits = await drugs.search('erphamol', { limit: 5 });
    expect(hits.some((h) => h.kind === 'product' && h.id === '93002205')).toBe(true);
  });
});
