import { beforeAll, describe, expect, it } from 'vitest';
import { fhirSchemaErrors } from '../support/fhir-schema';

// The schema check the other suites rely on must be able to fail, or their green means nothing.
describe('the FHIR R4 JSON schema used by the tests', () => {
  // Compile the 3 MB HL7 schema once, outside the first test's 5 s budget (slow on a loaded machine).
  beforeAll(() => {
    fhirSchemaErrors({ resourceType: 'Basic' });
  }, 60_000);

  it('accepts a minimal valid Encounter', () => {
    expect(
      fhirSchemaErrors({ resourceType: 'Encounter', status: 'arrived', class: { code: 'AMB' } }),
    ).toEqual([]);
  });

  it('rejects an unknown status, a misspelt element and a wrong datetime', () => {
    expect(
      fhirSchemaErrors({ resourceType: 'Encounter', status: 'done', class: { code: 'AMB' } }),
    ).not.toEqual([]);
    expect(
      fhirSchemaErrors({ resourceType: 'Encounter', status: 'arrived', class: { code: 'AMB' }, subjekt: {} }),
    ).not.toEqual([]);
    expect(
      fhirSchemaErrors({
        resourceType: 'Observation',
        status: 'final',
        code: {},
        effectiveDateTime: '14/06/2022',
      }),
    ).not.toEqual([]);
  });
});
