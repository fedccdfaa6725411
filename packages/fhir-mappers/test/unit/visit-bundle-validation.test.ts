import { describe, expect, it } from 'vitest';
import { buildVisitBundle, FhirMappingError, validateForSatuSehat } from '../../src/index';
import { CONTEXT, finishedVisit, NOW, ORG_ID } from '../support/records';

function thrownBy(run: () => unknown): FhirMappingError {
  try {
    run();
  } catch (error) {
    if (error instanceof FhirMappingError) return error;
    throw error;
  }
  throw new Error('expected a FhirMappingError');
}

// buildVisitBundle checks what it built with the whole public validator, not a shortcut: what the caller
// injects (here the UUID source) is caught exactly as validateForSatuSehat reports it.
describe('buildVisitBundle validation', () => {
  it.each([
    ['repeats a UUID', () => '2823ed1d-3e3e-434e-9a5b-9c579d192787', 'fullurl_duplicate'],
    ['gives no UUID', () => 'visit-1', 'fullurl_uuid'],
  ])(
    'refuses the Bundle when the UUID source %s, with the issues validateForSatuSehat reports',
    (_, createUuid, code) => {
      const error = thrownBy(() => buildVisitBundle(finishedVisit(), { ...CONTEXT, createUuid }));
      expect(error.issues.map((i) => i.code)).toContain(code);
      const unchecked = buildVisitBundle(finishedVisit(), { ...CONTEXT, createUuid, validate: false });
      const reported = validateForSatuSehat(unchecked, { organizationId: ORG_ID, now: NOW })
        .filter((i) => i.severity === 'error')
        .map(({ path, message, code }) => ({ path, message, code }));
      expect(error.issues).toEqual(reported);
    },
  );
});
