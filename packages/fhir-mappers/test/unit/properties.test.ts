import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildVisitBundle,
  FhirMappingError,
  mapClinicalImpression,
  mapMedicationDispense,
  mapPatient,
  mapPrescription,
  mapVitalSigns,
  readOperationOutcome,
  readPatientSearch,
  readTransactionResponse,
  sequentialUuids,
  validateForSatuSehat,
} from '../../src/index';
import { validPatient, validVisit } from '../support/arbitraries';
import { fhirSchemaErrors } from '../support/fhir-schema';
import { CONTEXT, finishedVisit, NOW, nikPatient, ORG_ID } from '../support/records';

/** Runs `run` and passes only when it returns or throws a FhirMappingError; any other exception fails. */
function onlyMappingErrors(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    if (!(error instanceof FhirMappingError)) throw error;
    expect(error.issues.length).toBeGreaterThan(0);
  }
}

describe('properties', () => {
  // Compile the 3 MB HL7 schema once, outside the timed properties.
  beforeAll(() => {
    fhirSchemaErrors({ resourceType: 'Basic' });
  }, 60_000);

  it('maps any valid visit to a schema-valid Bundle that passes validateForSatuSehat', () => {
    fc.assert(
      fc.property(validVisit, fc.integer({ min: 0, max: 1000 }), (visit, seed) => {
        const bundle = buildVisitBundle(visit, { ...CONTEXT, createUuid: sequentialUuids(seed) });
        expect(fhirSchemaErrors(bundle)).toEqual([]);
        for (const entry of bundle.entry ?? []) expect(fhirSchemaErrors(entry.resource)).toEqual([]);
        expect(validateForSatuSehat(bundle, { organizationId: ORG_ID, now: NOW })).toEqual([]);
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('maps any valid patient to a schema-valid Patient that passes validateForSatuSehat', () => {
    fc.assert(
      fc.property(validPatient, (patient) => {
        const resource = mapPatient(patient, CONTEXT);
        expect(fhirSchemaErrors(resource)).toEqual([]);
        expect(validateForSatuSehat(resource, { organizationId: ORG_ID, now: NOW })).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('answers arbitrary garbage with a FhirMappingError and nothing else', () => {
    const clinical = {
      ...CONTEXT,
      patient: { ihsNumber: 'P02478375538', name: 'A' },
      encounter: { reference: 'Encounter/e' },
    };
    fc.assert(
      fc.property(fc.anything(), (garbage) => {
        onlyMappingErrors(() => buildVisitBundle(garbage as never, CONTEXT));
        onlyMappingErrors(() => mapPatient(garbage as never, CONTEXT));
        onlyMappingErrors(() => mapPrescription(garbage as never, clinical));
        onlyMappingErrors(() => mapPatient(nikPatient(), garbage as never));
        onlyMappingErrors(() =>
          mapMedicationDispense(garbage as never, { ...clinical, prescriptionId: 'RX-1' }),
        );
        onlyMappingErrors(() =>
          mapClinicalImpression(
            { id: 'CI-1', summary: 'Stabil', effectiveAt: '2024-05-02T01:00:00Z' },
            { ...clinical, conditions: garbage as never },
          ),
        );
        onlyMappingErrors(() =>
          mapVitalSigns({ measuredAt: '2024-05-02T01:00:00Z', heartRate: 80 }, garbage as never),
        );
        onlyMappingErrors(() => readPatientSearch(garbage));
        onlyMappingErrors(() => readOperationOutcome(garbage));
        onlyMappingErrors(() => readTransactionResponse(garbage));
        expect(Array.isArray(validateForSatuSehat(garbage))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('answers a valid visit with one field replaced by garbage with a FhirMappingError or a valid Bundle', () => {
    const paths = [
      ['registrationNumber'],
      ['status'],
      ['arrivedAt'],
      ['patient', 'ihsNumber'],
      ['vitalSigns', 'temperature'],
      ['diagnoses', 0, 'code'],
      ['procedures', 0, 'performedStart'],
      ['prescription', 'lines', 0, 'dosage'],
      ['prescription', 'lines', 1, 'ingredients'],
    ] as const;
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.anything(), (path, garbage) => {
        const visit = structuredClone(finishedVisit()) as unknown as Record<string | number, unknown>;
        let node = visit;
        for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
        node[path[path.length - 1] as string | number] = garbage;
        try {
          const bundle = buildVisitBundle(visit as never, CONTEXT);
          expect(validateForSatuSehat(bundle, { organizationId: ORG_ID, now: NOW })).toEqual([]);
        } catch (error) {
          expect(error).toBeInstanceOf(FhirMappingError);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps datetimes in order and in UTC whatever offset they were written in', () => {
    fc.assert(
      fc.property(validVisit, (visit) => {
        const encounter = buildVisitBundle(visit, CONTEXT).entry?.[0]?.resource as {
          statusHistory: { period: { start: string; end?: string } }[];
        };
        for (const { period } of encounter.statusHistory) {
          expect(period.start).toMatch(/\+00:00$/);
          if (period.end !== undefined) expect(period.end >= period.start).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });
});
