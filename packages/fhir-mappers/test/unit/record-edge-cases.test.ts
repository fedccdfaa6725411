import { describe, expect, it } from 'vitest';
import { buildVisitBundle, FhirMappingError, sequentialUuids, type VisitRecord } from '../../src/index';
import { CONTEXT, finishedVisit } from '../support/records';

function issuesOf(visit: VisitRecord) {
  try {
    buildVisitBundle(visit, { ...CONTEXT, createUuid: sequentialUuids(1) });
  } catch (error) {
    if (error instanceof FhirMappingError) return error.issues;
    throw error;
  }
  return [];
}

// Unit tables are plain objects: a unit named after an inherited property must not be found in them.
describe('records naming inherited properties as units', () => {
  it('refuses a vital sign in the unit "constructor" rather than sending NaN', () => {
    for (const unit of ['constructor', 'toString', '__proto__']) {
      const visit = finishedVisit();
      visit.vitalSigns = { ...visit.vitalSigns!, temperature: { value: 37, unit } };
      expect(issuesOf(visit)).toContainEqual(
        expect.objectContaining({ path: 'vitalSigns.temperature.unit', code: 'unknown_unit' }),
      );
    }
  });

  it('refuses a dose in the unit "toString"', () => {
    const visit = finishedVisit();
    const line = visit.prescription!.lines[0]!;
    line.dosage = { ...line.dosage, dose: { value: 1, unit: 'toString' } };
    expect(issuesOf(visit)).toContainEqual(
      expect.objectContaining({ path: 'prescription.lines[0].dosage.dose.unit', code: 'unknown_unit' }),
    );
  });
});
