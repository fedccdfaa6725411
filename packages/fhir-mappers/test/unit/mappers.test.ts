import type { Encounter, MedicationRequest, Observation } from 'fhir/r4';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildVisitBundle,
  mapAllergy,
  mapClinicalImpression,
  mapCondition,
  mapEncounter,
  mapFacility,
  mapLocation,
  mapMedicationDispense,
  mapOrganization,
  mapPatient,
  mapPrescription,
  mapProcedure,
  mapVisitSummary,
  mapVitalSigns,
  sequentialUuids,
  validateForSatuSehat,
} from '../../src/index';
import { fhirSchemaErrors } from '../support/fhir-schema';
import {
  CONTEXT,
  DOCTOR_REF,
  finishedVisit,
  NOW,
  nikPatient,
  ORG_ID,
  PATIENT_REF,
  PHARMACIST_REF,
} from '../support/records';

const ENCOUNTER = { reference: 'Encounter/2823ed1d-3e3e-434e-9a5b-9c579d192787' };
const CLINICAL = { ...CONTEXT, patient: PATIENT_REF, practitioner: DOCTOR_REF, encounter: ENCOUNTER };

function expectAccepted(resource: object): void {
  expect(fhirSchemaErrors(resource)).toEqual([]);
  expect(validateForSatuSehat(resource, { organizationId: ORG_ID, now: NOW })).toEqual([]);
}

describe('resource mappers', () => {
  // Compile the 3 MB HL7 schema once, outside the first test's 5 s budget (slow on a loaded machine).
  beforeAll(() => {
    fhirSchemaErrors({ resourceType: 'Basic' });
  }, 60_000);

  it('maps a NIK patient with region codes, RT/RW, birth place and citizenship', () => {
    const patient = mapPatient(nikPatient(), CONTEXT);
    expectAccepted(patient);
    expect(patient.identifier).toEqual([
      { use: 'official', system: 'https://fhir.kemkes.go.id/id/nik', value: '9271060312000001' },
    ]);
    expect(patient.meta?.profile).toEqual(['https://fhir.kemkes.go.id/r4/StructureDefinition/Patient']);
    const admin = patient.address?.[0]?.extension?.[0];
    expect(admin?.url).toBe('https://fhir.kemkes.go.id/r4/StructureDefinition/administrativeCode');
    expect(admin?.extension?.map((e) => [e.url, e.valueCode])).toEqual([
      ['province', '92'],
      ['city', '9271'],
      ['district', '927106'],
      ['village', '9271061001'],
      ['rt', '002'],
      ['rw', '005'],
    ]);
    expect(patient.extension?.map((e) => e.url)).toEqual([
      'https://fhir.kemkes.go.id/r4/StructureDefinition/birthPlace',
      'https://fhir.kemkes.go.id/r4/StructureDefinition/citizenshipStatus',
    ]);
    expect(patient.maritalStatus?.coding?.[0]?.code).toBe('M');
  });

  it('identifies a newborn by the mother NIK and birth order, and a foreigner by passport', () => {
    const { nik: _nik, ...rest } = nikPatient();
    const newborn = mapPatient(
      { ...rest, name: 'Bayi Ny. Claudia', motherNik: '9204014804000002', birthOrder: 0 },
      CONTEXT,
    );
    expectAccepted(newborn);
    expect(newborn.identifier?.[0]?.system).toBe('https://fhir.kemkes.go.id/id/nik-ibu');
    expect(newborn.multipleBirthInteger).toBe(0);
    const foreigner = mapPatient({ ...rest, passportNumber: 'A01111223', citizenship: 'WNA' }, CONTEXT);
    expectAccepted(foreigner);
    expect(foreigner.identifier?.[0]?.system).toBe('https://fhir.kemkes.go.id/id/paspor');
  });

  it('maps a department under the facility organisation and a poli room', () => {
    const { organizations, locations } = mapFacility({
      organizationId: ORG_ID,
      name: 'Klinik Sehat Sentosa',
      departments: [{ id: 'POLI-UMUM', name: 'Poli Umum', phone: '+6221-7830426' }],
      locations: [
        { id: 'G-1-R-1', name: 'Ruang Periksa 1', position: { longitude: 106.83, latitude: -6.23 } },
      ],
    });
    const org = organizations[0]!;
    expectAccepted(org);
    expect(org.partOf).toEqual({ reference: `Organization/${ORG_ID}`, display: 'Klinik Sehat Sentosa' });
    expect(org.identifier?.[0]?.system).toBe(`http://sys-ids.kemkes.go.id/organization/${ORG_ID}`);
    const room = locations[0]!;
    expectAccepted(room);
    expect(room.identifier?.[0]?.system).toBe(`http://sys-ids.kemkes.go.id/location/${ORG_ID}`);
    expect(room.physicalType?.coding?.[0]?.code).toBe('ro');
    expect(mapOrganization({ id: 'LAB', name: 'Laboratorium' }, CONTEXT).type?.[0]?.coding?.[0]?.code).toBe(
      'dept',
    );
    expect(mapLocation({ id: 'APOTEK', name: 'Apotek' }, CONTEXT).managingOrganization).toEqual({
      reference: `Organization/${ORG_ID}`,
    });
  });

  it('maps the Encounter lifecycle with arrived, in-progress and finished statusHistory in UTC', () => {
    const visit = {
      ...finishedVisit(),
      diagnoses: finishedVisit().diagnoses?.map((d, i) => ({ ...d, conditionId: `c-${i}` })),
    };
    const encounter: Encounter = mapEncounter(visit, CONTEXT);
    expectAccepted(encounter);
    expect(encounter.identifier).toEqual([
      { system: `http://sys-ids.kemkes.go.id/encounter/${ORG_ID}`, value: 'REG-2024-000123' },
    ]);
    expect(encounter.statusHistory).toEqual([
      { status: 'arrived', period: { start: '2024-05-02T01:00:00+00:00', end: '2024-05-02T01:20:00+00:00' } },
      {
        status: 'in-progress',
        period: { start: '2024-05-02T01:20:00+00:00', end: '2024-05-02T01:45:00+00:00' },
      },
      {
        status: 'finished',
        period: { start: '2024-05-02T01:45:00+00:00', end: '2024-05-02T01:45:00+00:00' },
      },
    ]);
    expect(encounter.class).toEqual({
      system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
      code: 'AMB',
      display: 'ambulatory',
    });
    expect(encounter.diagnosis?.map((d) => [d.condition.reference, d.rank])).toEqual([
      ['Condition/c-0', 1],
      ['Condition/c-1', 2],
    ]);
    expect(encounter.serviceProvider).toEqual({ reference: `Organization/${ORG_ID}` });
  });

  it('maps an arrived visit with only the arrived status', () => {
    const { inProgressAt: _i, finishedAt: _f, diagnoses: _d, ...rest } = finishedVisit();
    const encounter = mapEncounter({ ...rest, status: 'arrived', dischargeDisposition: undefined }, CONTEXT);
    expectAccepted(encounter);
    expect(encounter.statusHistory).toEqual([
      { status: 'arrived', period: { start: '2024-05-02T01:00:00+00:00' } },
    ]);
    expect(encounter.period).toEqual({ start: '2024-05-02T01:00:00+00:00' });
  });

  it('maps vital signs to LOINC Observations with UCUM units, converting Fahrenheit', () => {
    const observations: Observation[] = mapVitalSigns(
      {
        measuredAt: '2024-05-02T08:10:00+07:00',
        systolic: { value: 120, unit: 'mmHg' },
        diastolic: 80,
        heartRate: { value: 88, unit: 'bpm' },
        respiratoryRate: 20,
        temperature: { value: 98.6, unit: '[degF]' },
        oxygenSaturation: 98,
        height: { value: 1.7, unit: 'm' },
        weight: 65,
        consciousness: 'alert',
      },
      CLINICAL,
    );
    for (const obs of observations) expectAccepted(obs);
    expect(observations.map((o) => o.code.coding?.[0]?.code)).toEqual([
      '8480-6',
      '8462-4',
      '8867-4',
      '9279-1',
      '8310-5',
      '59408-5',
      '8302-2',
      '29463-7',
      '67775-7',
    ]);
    const temperature = observations[4]!;
    expect(temperature.valueQuantity).toEqual({
      value: 37,
      unit: 'C',
      system: 'http://unitsofmeasure.org',
      code: 'Cel',
    });
    expect(observations[6]?.valueQuantity?.value).toBe(170);
    expect(temperature.category?.[0]?.coding?.[0]?.code).toBe('vital-signs');
    expect(temperature.effectiveDateTime).toBe('2024-05-02T01:10:00+00:00');
    // Resources share no objects: editing one must not change another.
    observations[0]!.category![0]!.coding![0]!.code = 'edited';
    expect(observations[1]?.category?.[0]?.coding?.[0]?.code).toBe('vital-signs');
    expect(observations[8]?.valueCodeableConcept?.coding?.[0]).toEqual({
      system: 'http://snomed.info/sct',
      code: '248234008',
      display: 'Mentally alert',
    });
  });

  it('maps diagnoses and procedures with ICD-10 and ICD-9-CM', () => {
    const condition = mapCondition(
      { code: 'A15.0', display: 'Tuberculosis of lung', role: 'primary', recordedAt: '2024-05-02T01:00:00Z' },
      CLINICAL,
    );
    expectAccepted(condition);
    expect(condition.code?.coding?.[0]?.system).toBe('http://hl7.org/fhir/sid/icd-10');
    expect(condition.encounter).toEqual(ENCOUNTER);
    const procedure = mapProcedure(
      {
        code: '87.44',
        display: 'Routine chest x-ray',
        category: 'diagnostic',
        performedStart: '2024-05-02T01:30:00Z',
        reasons: [{ code: 'A15.0', display: 'Tuberculosis of lung' }],
      },
      CLINICAL,
    );
    expectAccepted(procedure);
    expect(procedure.code?.coding?.[0]?.system).toBe('http://hl7.org/fhir/sid/icd-9-cm');
    expect(procedure.category?.coding?.[0]?.code).toBe('103693007');
  });

  it('maps a prescription with contained Medication, medicationType extension and KFA codes', () => {
    const requests: MedicationRequest[] = mapPrescription(finishedVisit().prescription!, CLINICAL);
    for (const mr of requests) expectAccepted(mr);
    const [tablet, racikan] = requests;
    expect(tablet?.medicationReference).toEqual({
      reference: '#medication',
      display: 'Paracetamol 500 mg Tablet (KIMIA FARMA)',
    });
    const medication = tablet?.contained?.[0] as { code?: unknown; extension?: unknown[] };
    expect(medication.code).toEqual({
      coding: [
        {
          system: 'http://sys-ids.kemkes.go.id/kfa',
          code: '93001019',
          display: 'Paracetamol 500 mg Tablet (KIMIA FARMA)',
        },
      ],
    });
    expect(medication.extension).toEqual([
      {
        url: 'https://fhir.kemkes.go.id/r4/StructureDefinition/MedicationType',
        valueCodeableConcept: {
          coding: [
            {
              system: 'http://terminology.kemkes.go.id/CodeSystem/medication-type',
              code: 'NC',
              display: 'Non-compound',
            },
          ],
        },
      },
    ]);
    expect(tablet?.identifier?.map((i) => i.system)).toEqual([
      `http://sys-ids.kemkes.go.id/prescription/${ORG_ID}`,
      `http://sys-ids.kemkes.go.id/prescription-item/${ORG_ID}`,
    ]);
    expect(tablet?.dosageInstruction?.[0]?.timing?.repeat).toMatchObject({
      frequency: 3,
      period: 1,
      periodUnit: 'd',
    });
    expect(tablet?.dosageInstruction?.[0]?.route?.coding?.[0]).toEqual({
      system: 'http://www.whocc.no/atc',
      code: 'O',
      display: 'Oral',
    });
    const compound = racikan?.contained?.[0] as { code?: unknown; ingredient?: unknown[] };
    expect(compound.code).toBeUndefined();
    expect(compound.ingredient).toHaveLength(2);
    expect(racikan?.medicationReference?.display).toBe('Puyer batuk');
    expect(racikan?.dispenseRequest?.quantity).toEqual({
      value: 9,
      unit: 'bungkus',
      system: 'http://unitsofmeasure.org',
      code: '{bungkus}',
    });
  });

  it('maps a dispense of an actual product (KFA 93) with its prescription identifiers', () => {
    const dispense = mapMedicationDispense(
      {
        itemId: 'RX-2024-000123-1',
        medicationType: 'NC',
        product: { kfaCode: '93001019', display: 'Paracetamol 500 mg Tablet (KIMIA FARMA)' },
        quantity: { value: 9, unit: 'TAB' },
        daysSupply: 3,
        preparedAt: '2024-05-02T09:00:00+07:00',
        handedOverAt: '2024-05-02T09:10:00+07:00',
        pharmacist: PHARMACIST_REF,
      },
      { ...CLINICAL, prescriptionId: 'RX-2024-000123', authorizingPrescription: 'MedicationRequest/abc-1' },
    );
    expectAccepted(dispense);
    expect(dispense.identifier?.[0]?.value).toBe('RX-2024-000123');
    expect(dispense.authorizingPrescription).toEqual([{ reference: 'MedicationRequest/abc-1' }]);
    expect(dispense.whenHandedOver).toBe('2024-05-02T02:10:00+00:00');
  });

  it('maps allergy, clinical impression with prognosis, and the visit summary Composition', () => {
    const allergy = mapAllergy(
      {
        id: 'ALG-1',
        category: 'medication',
        substance: { system: 'kfa', code: '91000330', display: 'Amoxicillin' },
        recordedAt: '2024-05-02T01:15:00Z',
        reactions: [{ code: '271807003', display: 'Eruption of skin', severity: 'moderate' }],
      },
      CLINICAL,
    );
    expectAccepted(allergy);
    expect(allergy.patient).toEqual({ reference: 'Patient/P02478375538', display: 'Ardianto Putra' });
    const impression = mapClinicalImpression(
      {
        id: 'CI-1',
        summary: 'ISPA ringan, kondisi stabil',
        effectiveAt: '2024-05-02T01:40:00Z',
        prognosis: 'good',
        findings: [{ code: 'J06.9', display: 'Acute upper respiratory infection' }],
      },
      CLINICAL,
    );
    expectAccepted(impression);
    expect(impression.prognosisCodeableConcept?.[0]?.coding?.[0]?.code).toBe('170968001');
    const summary = mapVisitSummary(
      {
        id: 'DOC-1',
        title: 'Resume Medis Rawat Jalan',
        date: '2024-05-02T01:45:00Z',
        sections: [
          { code: '42344-2', display: 'Discharge diet', text: 'Diet lunak <rendah garam> & cukup cairan' },
        ],
      },
      CLINICAL,
    );
    expectAccepted(summary);
    expect(summary.section?.[0]?.text?.div).toBe(
      '<div xmlns="http://www.w3.org/1999/xhtml">Diet lunak &lt;rendah garam&gt; &amp; cukup cairan</div>',
    );
    expect(summary.type?.coding?.[0]?.code).toBe('18842-5');
  });

  it('reads naive local times in the clinic zone: 08:00 WITA is 00:00 UTC', () => {
    const observations = mapVitalSigns(
      { measuredAt: '2024-05-02T08:00:00', heartRate: 80 },
      { ...CLINICAL, timeZone: 'WITA' },
    );
    expect(observations[0]?.effectiveDateTime).toBe('2024-05-02T00:00:00+00:00');
  });

  it('builds bundles whose every resource is schema-valid', () => {
    const bundle = buildVisitBundle(finishedVisit(), { ...CONTEXT, createUuid: sequentialUuids(7) });
    expect(fhirSchemaErrors(bundle)).toEqual([]);
    for (const entry of bundle.entry ?? []) expect(fhirSchemaErrors(entry.resource)).toEqual([]);
  });
});
