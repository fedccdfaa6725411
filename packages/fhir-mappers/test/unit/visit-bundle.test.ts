import type { BundleEntry, Condition, Encounter, FhirResource, MedicationDispense } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { buildVisitBundle, randomUuid, sequentialUuids, UUID_PATTERN } from '../../src/index';
import { CONTEXT, finishedVisit, PHARMACIST_REF } from '../support/records';

const byType = <T extends FhirResource>(entries: BundleEntry<FhirResource>[], type: T['resourceType']) =>
  entries.filter((e) => e.resource?.resourceType === type) as BundleEntry<T>[];

describe('buildVisitBundle', () => {
  it('makes a transaction of the visit with urn:uuid fullUrls and POST requests', () => {
    const bundle = buildVisitBundle(finishedVisit(), { ...CONTEXT, createUuid: sequentialUuids(1) });
    expect(bundle.type).toBe('transaction');
    const entries = bundle.entry ?? [];
    expect(entries.map((e) => e.resource?.resourceType)).toEqual([
      'Encounter',
      'Condition',
      'Condition',
      ...Array(6).fill('Observation'),
      'Procedure',
      'MedicationRequest',
      'MedicationRequest',
    ]);
    for (const e of entries) {
      expect(e.fullUrl).toMatch(/^urn:uuid:/);
      expect(UUID_PATTERN.test(e.fullUrl!.slice(9))).toBe(true);
      expect(e.request).toEqual({ method: 'POST', url: e.resource?.resourceType });
    }
    expect(new Set(entries.map((e) => e.fullUrl)).size).toBe(entries.length);
  });

  it('resolves references both ways: Encounter.diagnosis to Conditions, Condition.encounter to the Encounter', () => {
    const bundle = buildVisitBundle(finishedVisit(), { ...CONTEXT, createUuid: sequentialUuids(2) });
    const entries = bundle.entry ?? [];
    const [encounterEntry] = byType<Encounter>(entries, 'Encounter');
    const conditions = byType<Condition>(entries, 'Condition');
    expect(encounterEntry?.resource?.diagnosis?.map((d) => d.condition.reference)).toEqual(
      conditions.map((c) => c.fullUrl),
    );
    for (const c of conditions) expect(c.resource?.encounter?.reference).toBe(encounterEntry?.fullUrl);
    for (const e of entries.slice(1)) {
      const r = e.resource as { encounter?: { reference?: string }; context?: { reference?: string } };
      expect(r.encounter?.reference ?? r.context?.reference).toBe(encounterEntry?.fullUrl);
    }
    expect(conditions[0]?.resource?.encounter?.display).toBe(
      'Kunjungan Ardianto Putra di hari Kamis, 2 Mei 2024',
    );
  });

  it('links a dispense to the MedicationRequest of its prescription line and reuses its signa', () => {
    const visit = finishedVisit();
    visit.dispenses = [
      {
        itemId: 'RX-2024-000123-1',
        medicationType: 'NC',
        product: { kfaCode: '93001019', display: 'Paracetamol 500 mg Tablet (KIMIA FARMA)' },
        quantity: { value: 9, unit: 'TAB' },
        preparedAt: '2024-05-02T09:00:00+07:00',
        pharmacist: PHARMACIST_REF,
      },
    ];
    const entries = buildVisitBundle(visit, { ...CONTEXT, createUuid: sequentialUuids(3) }).entry ?? [];
    const [dispense] = byType<MedicationDispense>(entries, 'MedicationDispense');
    const requestEntry = entries.find(
      (e) =>
        e.resource?.resourceType === 'MedicationRequest' &&
        e.resource.identifier?.[1]?.value === 'RX-2024-000123-1',
    );
    expect(dispense?.resource?.authorizingPrescription).toEqual([{ reference: requestEntry?.fullUrl }]);
    expect(dispense?.resource?.dosageInstruction?.[0]?.text).toBe('3 x 1 tablet sesudah makan');
  });

  it('updates an Encounter SATUSEHAT already has with a PUT', () => {
    const visit = { ...finishedVisit(), encounterId: '2823ed1d-3e3e-434e-9a5b-9c579d192787' };
    const [first] = buildVisitBundle(visit, { ...CONTEXT, createUuid: sequentialUuids(4) }).entry ?? [];
    expect(first?.request).toEqual({ method: 'PUT', url: 'Encounter/2823ed1d-3e3e-434e-9a5b-9c579d192787' });
    expect(first?.resource?.id).toBe('2823ed1d-3e3e-434e-9a5b-9c579d192787');
  });

  it('is deterministic with a sequential uuid source and unique with the random one', () => {
    const a = buildVisitBundle(finishedVisit(), { ...CONTEXT, createUuid: sequentialUuids(9) });
    const b = buildVisitBundle(finishedVisit(), { ...CONTEXT, createUuid: sequentialUuids(9) });
    expect(a).toEqual(b);
    const c = buildVisitBundle(finishedVisit(), { ...CONTEXT, createUuid: randomUuid });
    const d = buildVisitBundle(finishedVisit(), { ...CONTEXT });
    expect(c.entry?.[0]?.fullUrl).not.toBe(d.entry?.[0]?.fullUrl);
  });

  it('adds allergy, clinical impression and summary with links to the diagnoses', () => {
    const visit = finishedVisit();
    visit.allergies = [
      {
        id: 'ALG-1',
        category: 'food',
        substance: { system: 'snomed', code: '227493005', display: 'Cashew nut' },
        recordedAt: '2024-05-02T08:15:00+07:00',
      },
    ];
    visit.clinicalImpression = {
      id: 'CI-1',
      summary: 'ISPA dengan DM tipe 2 terkontrol',
      effectiveAt: '2024-05-02T08:40:00+07:00',
      prognosis: 'good',
      findings: [{ code: 'J06.9', display: 'Acute upper respiratory infection, unspecified' }],
    };
    visit.summary = {
      id: 'DOC-1',
      title: 'Resume Medis',
      date: '2024-05-02T08:45:00+07:00',
      sections: [{ code: '42344-2', display: 'Discharge diet', text: 'Kurangi gula' }],
    };
    const entries = buildVisitBundle(visit, { ...CONTEXT, createUuid: sequentialUuids(5) }).entry ?? [];
    const conditionUrls = entries
      .filter((e) => e.resource?.resourceType === 'Condition')
      .map((e) => e.fullUrl);
    const ci = entries.find((e) => e.resource?.resourceType === 'ClinicalImpression')?.resource as {
      problem?: { reference?: string }[];
      finding?: { itemReference?: { reference?: string } }[];
    };
    expect(ci.problem?.map((p) => p.reference)).toEqual(conditionUrls);
    expect(ci.finding?.[0]?.itemReference?.reference).toBe(conditionUrls[0]);
    expect(entries.at(-1)?.resource?.resourceType).toBe('Composition');
    expect(entries.some((e) => e.resource?.resourceType === 'AllergyIntolerance')).toBe(true);
  });
});
