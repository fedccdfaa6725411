import { describe, expect, it } from 'vitest';
import { validateForSatuSehat } from '../../src/index';
import { NOW, ORG_ID } from '../support/records';

const check = (input: unknown) => validateForSatuSehat(input, { organizationId: ORG_ID, now: NOW });
const MEDICATION_TYPE = 'https://fhir.kemkes.go.id/r4/StructureDefinition/MedicationType';
const medicationOfType = (code: string) => ({
  resourceType: 'Medication',
  identifier: [{ system: `http://sys-ids.kemkes.go.id/medication/${ORG_ID}`, value: 'RX-1' }],
  extension: [
    {
      url: MEDICATION_TYPE,
      valueCodeableConcept: {
        coding: [{ system: 'http://terminology.kemkes.go.id/CodeSystem/medication-type', code }],
      },
    },
  ],
  ingredient: [
    { itemCodeableConcept: { coding: [{ system: 'http://sys-ids.kemkes.go.id/kfa', code: '91000101' }] } },
  ],
});

// Names every plain object inherits: the rule tables must not mistake them for resource types or codes.
describe('validateForSatuSehat on documents that name inherited properties', () => {
  it('treats a resourceType such as constructor as an unknown type, not as a rule', () => {
    for (const resourceType of ['constructor', '__defineGetter__', 'toString', 'hasOwnProperty']) {
      expect(
        check({ resourceType, identifier: [{ system: `http://sys-ids.kemkes.go.id/encounter/${ORG_ID}` }] }),
      ).toEqual([]);
    }
  });

  it('refuses toString or constructor as a medication type code (10031)', () => {
    for (const code of ['toString', 'constructor', 'valueOf']) {
      expect(check(medicationOfType(code))).toContainEqual(
        expect.objectContaining({
          path: 'Medication.extension.valueCodeableConcept.coding[0].code',
          ruleNumber: 10031,
          code: 'code_not_found',
        }),
      );
    }
    expect(check(medicationOfType('SD'))).toEqual([]);
  });
});
