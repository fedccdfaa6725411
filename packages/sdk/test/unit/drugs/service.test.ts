import { kfaProducts } from '@sehatkit/sandbox';
import { describe, expect, it } from 'vitest';
import { createKfaRecordCatalogue } from '../../../src/drugs/catalogue/local-catalogue';
import { memoryAlertStore } from '../../../src/drugs/policy/alert-store';
import { createAlertCounter } from '../../../src/drugs/policy/metrics';
import { createDrugSafety } from '../../../src/drugs/service';
import { isValidationError } from '../../../src/errors/guards';
import { manualClock } from '../../../src/logging/clock';

const catalogue = createKfaRecordCatalogue(kfaProducts, { name: 'sandbox' });
const code = (brand: string) => kfaProducts.find((p) => p.nama_dagang === brand)?.kfa_code as string;

function service() {
  const store = memoryAlertStore();
  const metrics = createAlertCounter();
  const clock = manualClock(Date.parse('2026-11-22T02:00:00Z'));
  return { store, metrics, clock, drugs: createDrugSafety({ catalogue, store, metrics, clock }) };
}

describe('drug safety service', () => {
  it('resolves product codes through the catalogue before checking (Panadol + Mixagrip Flu)', async () => {
    const { drugs } = service();
    const result = await drugs.check({
      orders: [
        { id: 'r1', productCode: code('Panadol'), dose: { amount: 2, unit: 'kaplet', perDay: 4 } },
        { id: 'r2', productCode: code('Mixagrip Flu'), dose: { amount: 1, unit: 'kaplet', perDay: 3 } },
      ],
    });
    expect(result.issues.map((i) => i.kind)).toEqual(['DOSEH', 'DUPTHPY']);
    expect(result.knowledgeBase.version).toBe(drugs.knowledgeBase.version);
    expect(result.checkedAt).toBe('2026-11-22T02:00:00.000Z');
  });

  it('reports a product code the catalogue does not know as NOT_CHECKED', async () => {
    const { drugs } = service();
    const result = await drugs.check({
      orders: [{ id: 'x', productCode: '93999998', display: 'Obat luar negeri' }],
    });
    expect(result.issues[0]).toMatchObject({ kind: 'NOT_CHECKED', lines: ['x'] });
  });

  it('takes golongan from the catalogue so RxPERT gating works on codes alone', async () => {
    const { drugs } = service();
    const orders = [{ id: 'a', productCode: code('Proris') }];
    const current = [{ id: 'b', productCode: code('Aspilets') }];
    expect((await drugs.check({ orders, currentMedications: current })).issues.length).toBeGreaterThan(0);
    expect(
      (await drugs.check({ orders, currentMedications: current, policy: { gating: 'rxpert' } })).issues,
    ).toEqual([]);
  });

  it('records a coded override, suppresses the finding for that patient and counts it', async () => {
    const { drugs, store, metrics, clock } = service();
    const request = {
      orders: [{ id: 'o', productCode: code('Ponstan') }],
      currentMedications: [{ id: 'c', productCode: code('Warfarin (generik)') }],
      patient: { id: 'pasien-7' },
    };
    const [issue] = (await drugs.check(request)).issues;
    expect(issue?.tier).toBe('interruptive');
    const record = await drugs.override({
      patientId: 'pasien-7',
      issue: issue!,
      reasonCode: 'will-monitor',
      by: 'dr-ana',
    });
    expect(record).toMatchObject({ reasonCode: 'will-monitor', suppressedUntil: '2027-11-22T02:00:00.000Z' });
    expect((await store.overrides('pasien-7')).map((o) => o.id)).toEqual([record.id]);
    expect((await drugs.check(request)).issues[0]?.tier).toBe('suppressed');
    expect((await drugs.check({ ...request, patient: { id: 'pasien-8' } })).issues[0]?.tier).toBe(
      'interruptive',
    );
    clock.advance(366 * 86_400_000);
    expect((await drugs.check(request)).issues[0]?.tier).toBe('interruptive');
    expect(metrics.snapshot()['ddi.warfarin-nsaid']).toEqual({
      shown: 3,
      overridden: 1,
      overrideRate: 1 / 3,
    });
  });

  it('requires text for "other", a second person for hard stops, and a known reason code', async () => {
    const { drugs } = service();
    const issue = {
      id: 'DRG:x',
      kind: 'DRG',
      severity: 'CI' as const,
      tier: 'hard-stop' as const,
      suppressionKey: 'x',
      knowledgeBase: { version: '0.1.0' },
    };
    const fail = async (req: object) => {
      try {
        await drugs.override({
          patientId: 'p',
          issue,
          by: 'dr',
          reasonCode: 'benefit-outweighs-risk',
          ...req,
        });
      } catch (error) {
        if (isValidationError(error)) return error.field;
        throw error;
      }
      return undefined;
    };
    expect(await fail({})).toBe('coSignedBy');
    expect(await fail({ coSignedBy: 'apt-budi', reasonCode: 'other' })).toBe('reasonText');
    expect(await fail({ coSignedBy: 'apt-budi', reasonCode: 'because' })).toBe('reasonCode');
    const record = await drugs.override({
      patientId: 'p',
      issue,
      by: 'dr',
      coSignedBy: 'apt-budi',
      reasonCode: 'no-alternative',
    });
    expect(record.suppressedUntil).toBeUndefined();
  });

  it('returns a product with its ingredients mapped to the knowledge base', async () => {
    const { drugs } = service();
    const p = await drugs.product(code('Mixagrip Flu'));
    expect(p?.ingredientIds).toEqual(['paracetamol', 'phenylephrine', 'chlorphenamine']);
    expect(await drugs.product('93999997')).toBeUndefined();
  });
});
