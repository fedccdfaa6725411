import type { Bundle, Encounter, FhirResource, MedicationRequest } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { buildVisitBundle, sequentialUuids, validateForSatuSehat } from '../../src/index';
import { CONTEXT, finishedVisit, NOW, ORG_ID } from '../support/records';

const fresh = (): Bundle<FhirResource> =>
  buildVisitBundle(finishedVisit(), { ...CONTEXT, createUuid: sequentialUuids(1) });
const resourceAt = <T extends FhirResource>(b: Bundle<FhirResource>, i: number) =>
  b.entry?.[i]?.resource as T;
const check = (input: unknown, organizationId: string | undefined = ORG_ID) =>
  validateForSatuSehat(input, { organizationId, now: NOW });
const rules = (input: unknown) => check(input).map((i) => i.ruleNumber ?? i.code);

describe('validateForSatuSehat', () => {
  it('finds nothing wrong with a visit Bundle the mappers built', () => {
    expect(check(fresh())).toEqual([]);
  });

  it('flags an identifier system carrying another organisation id (10117)', () => {
    const b = fresh();
    resourceAt<Encounter>(b, 0).identifier![0]!.system = 'http://sys-ids.kemkes.go.id/encounter/100025753';
    expect(check(b)).toEqual([
      {
        path: 'Bundle.entry[0].resource.identifier[0].system',
        message:
          'Wrong organization ID provided by system URL: http://sys-ids.kemkes.go.id/encounter/100025753',
        ruleNumber: 10117,
        severity: 'error',
        code: 'invalid_identifier_system',
      },
    ]);
  });

  it('infers the organisation from the resources when none is given, so disagreeing systems still show', () => {
    const b = fresh();
    const mr = resourceAt<MedicationRequest>(b, 10);
    mr.identifier![1]!.system = 'http://sys-ids.kemkes.go.id/prescription-item/999';
    expect(check(b, undefined).map((i) => i.path)).toEqual([
      'Bundle.entry[10].resource.identifier[1].system',
    ]);
  });

  it('flags a missing serviceProvider as "Reference is mandatory" (10124)', () => {
    const b = fresh();
    delete resourceAt<Encounter>(b, 0).serviceProvider;
    expect(check(b)).toEqual([
      expect.objectContaining({
        path: 'Bundle.entry[0].resource.serviceProvider',
        message: 'Reference is mandatory : Bundle.entry[0].resource.serviceProvider',
        ruleNumber: 10124,
      }),
    ]);
  });

  it('flags datetimes not in UTC +00:00, in the future, or before 31 August 2022 (10132)', () => {
    const b = fresh();
    const encounter = resourceAt<Encounter>(b, 0);
    encounter.period!.start = '2024-05-02T08:00:00+07:00';
    encounter.statusHistory![0]!.period!.start = '2030-01-01T00:00:00+00:00';
    (resourceAt(b, 3) as { effectiveDateTime?: string }).effectiveDateTime = '2022-06-14T00:00:00+00:00';
    expect(check(b).map((i) => [i.path, i.ruleNumber, i.code])).toEqual([
      ['Bundle.entry[0].resource.period.start', 10132, 'invalid_datetime_format'],
      ['Bundle.entry[0].resource.statusHistory[0].period.start', 10132, 'invalid_datetime_value'],
      ['Bundle.entry[0].resource.statusHistory[0].period.end', undefined, 'end_before_start'],
      ['Bundle.entry[3].resource.effectiveDateTime', 10132, 'invalid_datetime_value'],
    ]);
  });

  it('refuses a finished Encounter without a diagnosis', () => {
    const b = fresh();
    delete resourceAt<Encounter>(b, 0).diagnosis;
    expect(rules(b)).toEqual(['finished_without_diagnosis']);
  });

  it('refuses a Medication without the medicationType extension, and KFA codes at the wrong level', () => {
    const b = fresh();
    const med = resourceAt<MedicationRequest>(b, 10).contained![0] as {
      extension?: unknown;
      code?: { coding: { code: string }[] };
    };
    delete med.extension;
    med.code!.coding[0]!.code = '94000001';
    expect(check(b).map((i) => [i.path, i.ruleNumber ?? i.code])).toEqual([
      ['Bundle.entry[10].resource.contained[0].extension', 'element_not_found'],
      ['Bundle.entry[10].resource.contained[0].code.coding[0].code', 10024],
    ]);
  });

  it('wants the Medication contained, not referenced as Medication/id (playbook v6.2)', () => {
    const b = fresh();
    resourceAt<MedicationRequest>(b, 10).medicationReference = { reference: 'Medication/abc' };
    expect(rules(b)).toContain('medication_not_contained');
  });

  it('flags a wrong code system with the rule of its element (10003 Condition.code)', () => {
    const b = fresh();
    (resourceAt(b, 1) as { code: { coding: { system: string }[] } }).code.coding[0]!.system =
      'http://xxx.org';
    expect(check(b)).toEqual([
      expect.objectContaining({ path: 'Bundle.entry[1].resource.code.coding[0].system', ruleNumber: 10003 }),
    ]);
  });

  it('flags empty text (10134)', () => {
    const b = fresh();
    (resourceAt(b, 1) as { code: { coding: { display: string }[] } }).code.coding[0]!.display = ' ';
    expect(rules(b)).toEqual([10134]);
  });

  it('applies the Bundle rules: fullUrl format (20017-20019), duplicates (20020), missing (20021), nesting (20011)', () => {
    const b = fresh();
    const e = b.entry!;
    e[1]!.fullUrl = 'Condition/1';
    e[2]!.fullUrl = 'urn:uuid-123';
    e[3]!.fullUrl = 'urn:uuid:not-a-uuid';
    e[4]!.fullUrl = e[5]!.fullUrl;
    delete e[6]!.fullUrl;
    e.push({
      fullUrl: 'urn:uuid:00000000-0000-4000-8000-00000000ffff',
      resource: { resourceType: 'Bundle', type: 'collection' },
    });
    const found = check(b).filter((i) => i.ruleNumber !== undefined && i.ruleNumber >= 20000);
    expect(found.map((i) => [i.path, i.ruleNumber])).toEqual([
      ['Bundle.entry[1].fullUrl', 20018],
      ['Bundle.entry[2].fullUrl', 20017],
      ['Bundle.entry[3].fullUrl', 20019],
      ['Bundle.entry[5].fullUrl', 20020],
      ['Bundle.entry[6].fullUrl', 20021],
      ['Bundle.entry[12].resource', 20011],
    ]);
  });

  it('flags a urn:uuid reference that matches no entry', () => {
    const b = fresh();
    (resourceAt(b, 1) as { encounter: { reference: string } }).encounter.reference =
      'urn:uuid:00000000-0000-4000-8000-0000000000aa';
    expect(check(b)).toEqual([
      expect.objectContaining({
        path: 'Bundle.entry[1].resource.encounter.reference',
        code: 'unresolved_reference',
      }),
    ]);
  });

  it('checks a lone resource too, and says so when the input is no resource at all', () => {
    const encounter = resourceAt<Encounter>(fresh(), 0);
    encounter.diagnosis = encounter.diagnosis?.map((d, i) => ({
      ...d,
      condition: { reference: `Condition/c${i}` },
    }));
    expect(check(encounter)).toEqual([]);
    expect(check({ hello: 'world' })).toEqual([expect.objectContaining({ code: 'structure' })]);
    expect(check(null)).toEqual([expect.objectContaining({ code: 'structure' })]);
  });
});
