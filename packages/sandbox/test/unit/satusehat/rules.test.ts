import { describe, expect, it } from 'vitest';
import { parseDateTime } from '../../../src/satusehat/fhir/rules/date-rules';
import { type RuleContext, validateResource } from '../../../src/satusehat/fhir/rules/index';
import { FhirStore } from '../../../src/satusehat/fhir/store';
import type { Json } from '../../../src/satusehat/http/json';

const NOW = Date.parse('2026-11-22T12:00:00Z');
const ORG = '100';

function ctx(overrides: Partial<RuleContext> = {}): RuleContext {
  const store = new FhirStore({ now: () => NOW });
  store.put('Patient', 'P1', { resourceType: 'Patient' }, undefined);
  store.put('Practitioner', 'N1', { resourceType: 'Practitioner' }, undefined);
  store.put('Organization', ORG, { resourceType: 'Organization' }, undefined);
  return {
    organizationId: ORG,
    now: NOW,
    store,
    operation: 'create',
    rejectStandaloneMedication: false,
    ...overrides,
  };
}

const t = (hoursAgo: number) => `${new Date(NOW - hoursAgo * 3_600_000).toISOString().slice(0, 19)}+00:00`;

function encounter(overrides: Json = {}): Json {
  return {
    resourceType: 'Encounter',
    identifier: [{ system: `http://sys-ids.kemkes.go.id/encounter/${ORG}`, value: 'V1' }],
    status: 'arrived',
    class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB' },
    subject: { reference: 'Patient/P1' },
    participant: [{ individual: { reference: 'Practitioner/N1' } }],
    period: { start: t(3) },
    statusHistory: [{ status: 'arrived', period: { start: t(3) } }],
    serviceProvider: { reference: `Organization/${ORG}` },
    ...overrides,
  };
}

const texts = (issues: { text: string }[]) => issues.map((i) => i.text);

describe('simulator validation rules', () => {
  it('accepts a well-formed arrived Encounter', () => {
    expect(validateResource(encounter(), ctx())).toEqual([]);
  });

  it('stops at a structural problem before the content rules', () => {
    const { status: _s, ...noStatus } = encounter({ serviceProvider: undefined });
    const issues = validateResource(noStatus, ctx());
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'structure',
        text: 'unparseable_resource',
        diagnostics: 'missing required field "status"',
      }),
    ]);
  });

  it("refuses an Encounter for an organization that is not the sender's", () => {
    const issues = validateResource(encounter({ serviceProvider: { reference: 'Organization/999' } }), ctx());
    expect(issues).toEqual([expect.objectContaining({ code: 'forbidden' })]);
  });

  it('checks date format and range (10132), empty text (10134) and unknown patients (20007)', () => {
    const issues = validateResource(
      encounter({ period: { start: '2026-11-22' }, subject: { reference: 'Patient/P404', display: '' } }),
      ctx(),
    );
    expect(texts(issues)).toEqual([
      'Resource not found Patient/P404 (RuleNumber: 20007)',
      'Invalid date time format : 2026-11-22 (RuleNumber: 10132). Format allowed : YYYY-MM-DDThh:mm:ss+00:00',
      "Text is empty: '' (RuleNumber: 10134)",
    ]);
  });

  it('accepts references to resources created earlier in the same Bundle', () => {
    const issues = validateResource(
      encounter({ subject: { reference: 'Patient/PNEW' } }),
      ctx({ bundleReferences: new Set(['Patient/PNEW']) }),
    );
    expect(issues).toEqual([]);
  });

  it('enforces the Encounter lifecycle: forward only, history matching, finished with diagnosis and end', () => {
    const existing = encounter({ status: 'finished' });
    const backwards = validateResource(encounter(), ctx({ operation: 'update', existing }));
    expect(texts(backwards)).toContain('Invalid Encounter status transition: finished -> arrived');

    const finishedBare = validateResource(
      encounter({ status: 'finished', statusHistory: [{ status: 'finished', period: { start: t(1) } }] }),
      ctx(),
    );
    expect(texts(finishedBare)).toEqual(
      expect.arrayContaining([
        "A finished Encounter must record 'arrived' in statusHistory (arrived, in-progress, finished)",
        'A finished Encounter must carry at least one diagnosis',
        'A finished Encounter must have period.end',
      ]),
    );

    const complete = encounter({
      status: 'finished',
      period: { start: t(3), end: t(1) },
      statusHistory: [
        { status: 'arrived', period: { start: t(3), end: t(2) } },
        { status: 'in-progress', period: { start: t(2), end: t(1) } },
        { status: 'finished', period: { start: t(1), end: t(1) } },
      ],
      diagnosis: [{ condition: { reference: 'Condition/c1' }, rank: 1 }],
    });
    expect(validateResource(complete, ctx({ operation: 'update', existing: encounter() }))).toEqual([]);
  });

  it('parses only real calendar date-times with an offset', () => {
    expect(parseDateTime('2024-02-29T10:00:00+07:00')).toBe(Date.parse('2024-02-29T03:00:00Z'));
    expect(parseDateTime('2023-02-29T10:00:00+07:00')).toBeUndefined();
    expect(parseDateTime('2024-05-02T08:30:00')).toBeUndefined();
    expect(parseDateTime('2024-05-02T24:00:00Z')).toBeUndefined();
  });
});

describe('simulator type checks', () => {
  it('reports an integer sent as a string as 10254 and other type mismatches as 20008', () => {
    const issues = validateResource(
      encounter({
        diagnosis: [{ condition: { reference: 'Condition/c1' }, rank: 'Satu' }],
        location: [{ location: { reference: 'Location/l1' } }],
        serviceProvider: { reference: `Organization/${ORG}` },
        statusHistory: [{ status: 'arrived', period: { start: t(3) } }],
        active: 'yes',
      }),
      ctx(),
    );
    expect(texts(issues)).toEqual([
      "Integer formated as a string: 'Satu' (RuleNumber: 10254)",
      'Failed to unmarshal request payload (RuleNumber: 20008)',
    ]);
    const observation = validateResource(
      {
        resourceType: 'Observation',
        status: 'final',
        code: { coding: [{ system: 'http://loinc.org', code: '8867-4' }] },
        subject: { reference: 'Patient/P1' },
        encounter: { reference: 'Encounter/e1' },
        valueQuantity: { value: '80', unit: '/min', system: 'http://unitsofmeasure.org', code: '/min' },
      },
      ctx(),
    );
    expect(observation[0]).toMatchObject({ diagnostics: 'valueQuantity.value: expected a decimal number' });
  });
});
