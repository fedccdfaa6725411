import { describe, expect, it } from 'vitest';
import {
  buildVisitBundle,
  buildVisitBundleFromParsed,
  FhirMappingError,
  parseRecord,
  sequentialUuids,
  visitRecordSchema,
} from '../../src/index';
import { CONTEXT, DOCTOR_REF, finishedVisit } from '../support/records';

const parse = (visit = finishedVisit()) =>
  parseRecord(visitRecordSchema, visit, 'visit', { now: CONTEXT.now });

describe('buildVisitBundleFromParsed', () => {
  it('builds the same Bundle as buildVisitBundle from the visit it parsed', () => {
    const fromRecord = buildVisitBundle(finishedVisit(), { ...CONTEXT, createUuid: sequentialUuids(7) });
    const fromParsed = buildVisitBundleFromParsed(parse(), { ...CONTEXT, createUuid: sequentialUuids(7) });
    expect(fromParsed).toEqual(fromRecord);
  });

  it('takes a parsed visit whose practitioner was swapped for another valid reference', () => {
    const other = { ihsNumber: '10000000042', name: 'dr. Siti Aminah' };
    const swapped = buildVisitBundleFromParsed({ ...parse(), practitioner: other }, CONTEXT);
    const expected = buildVisitBundle({ ...finishedVisit(), practitioner: other }, CONTEXT);
    const [encounter] = swapped.entry ?? [];
    expect(JSON.stringify(encounter?.resource)).toContain('Practitioner/10000000042');
    expect(JSON.stringify(encounter?.resource)).not.toContain(DOCTOR_REF.ihsNumber);
    expect(swapped.entry?.length).toBe(expected.entry?.length);
  });

  it('still validates the assembled Bundle: a finished visit changed to have no diagnosis is refused', () => {
    const broken = { ...parse(), diagnoses: [] };
    const error = (() => {
      try {
        buildVisitBundleFromParsed(broken, CONTEXT);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(FhirMappingError);
    expect((error as FhirMappingError).issues.map((i) => i.code)).toContain('finished_without_diagnosis');
    expect(() => buildVisitBundleFromParsed(broken, { ...CONTEXT, validate: false })).not.toThrow();
  });

  it('checks its options like buildVisitBundle does', () => {
    expect(() => buildVisitBundleFromParsed(parse(), { ...CONTEXT, organizationId: 'not an id!' })).toThrow(
      FhirMappingError,
    );
  });
});
