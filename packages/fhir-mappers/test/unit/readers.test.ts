import { describe, expect, it } from 'vitest';
import {
  FhirMappingError,
  parseRuleNumber,
  readBundle,
  readOperationOutcome,
  readPatientSearch,
  readPractitioner,
  readTransactionResponse,
} from '../../src/index';

const BASE = 'https://api-satusehat-stg.dto.kemkes.go.id/fhir-r4/v1';

describe('readers of what SATUSEHAT returns', () => {
  it('parses the RuleNumber out of an OperationOutcome issue text', () => {
    const issues = readOperationOutcome({
      resourceType: 'OperationOutcome',
      text: { status: 'generated' },
      issue: [
        {
          severity: 'error',
          code: 'value',
          details: {
            text: 'Wrong organization ID provided by system URL: http://sys-ids.kemkes.go.id/encounter/100025753 (RuleNumber: 10117)',
          },
          expression: ['Encounter.identifier[0].system'],
        },
        { severity: 'error', code: 'duplicate', details: { text: 'Found duplicate resource: Encounter' } },
      ],
    });
    expect(issues).toEqual([
      {
        severity: 'error',
        code: 'value',
        message:
          'Wrong organization ID provided by system URL: http://sys-ids.kemkes.go.id/encounter/100025753 (RuleNumber: 10117)',
        ruleNumber: 10117,
        location: 'Encounter.identifier[0].system',
        expression: ['Encounter.identifier[0].system'],
      },
      { severity: 'error', code: 'duplicate', message: 'Found duplicate resource: Encounter' },
    ]);
    expect(
      parseRuleNumber('Invalid date time value : 2021-06-02T12:28:03Z (RuleNumber: 10132) Not Allowed'),
    ).toBe(10132);
    expect(parseRuleNumber('no rule here')).toBeUndefined();
  });

  it('reads the token endpoint outcome with its non-standard severity and structural errors with diagnostics', () => {
    const [auth] = readOperationOutcome({
      resourceType: 'OperationOutcome',
      issue: [
        {
          severity: 'invalid',
          code: 'value',
          details: { text: 'The user or system was not able to be authenticated' },
        },
      ],
    });
    expect(auth?.severity).toBe('error');
    const [structure] = readOperationOutcome({
      resourceType: 'OperationOutcome',
      issue: [
        {
          code: 'structure',
          details: { text: 'unparseable_resource' },
          diagnostics: 'missing required field "status"',
          expression: ['Bundle.entry[0].resource.serviceRequest'],
          severity: 'error',
        },
      ],
    });
    expect(structure).toMatchObject({
      message: 'unparseable_resource',
      diagnostics: 'missing required field "status"',
    });
  });

  it('reads a Patient search with masked name and NIK', () => {
    const matches = readPatientSearch({
      resourceType: 'Bundle',
      type: 'searchset',
      total: 1,
      entry: [
        {
          fullUrl: `${BASE}/Patient/P02478375538`,
          resource: {
            resourceType: 'Patient',
            id: 'P02478375538',
            active: true,
            gender: 'male',
            birthDate: '1992-01-09',
            identifier: [
              { system: 'https://fhir.kemkes.go.id/id/ihs-number', value: 'P02478375538' },
              { system: 'https://fhir.kemkes.go.id/id/nik', value: '################' },
            ],
            name: [{ use: 'official', text: 'Ar****** Pu***' }],
          },
          search: { mode: 'match' },
        },
      ],
      link: [{ relation: 'search', url: `${BASE}/Patient/?identifier=...` }],
    });
    expect(matches).toEqual([
      expect.objectContaining({
        ihsNumber: 'P02478375538',
        name: 'Ar****** Pu***',
        nameMasked: true,
        nik: '################',
        nikMasked: true,
        gender: 'male',
        birthDate: '1992-01-09',
      }),
    ]);
    expect(readPatientSearch({ resourceType: 'Bundle', type: 'searchset', total: 0, entry: [] })).toEqual([]);
  });

  it('reads a practitioner with the STR qualification', () => {
    const read = readPractitioner({
      resourceType: 'Practitioner',
      id: '10009880728',
      name: [{ text: 'dr. Alexander' }],
      qualification: [
        {
          code: { coding: [{ code: 'STR-KKI', display: 'Surat Tanda Registrasi Dokter' }] },
          identifier: [{ system: 'https://fhir.kemkes.go.id/id/str-kki-number', value: '140171217-1463280' }],
          period: { start: '2017-11-08', end: '2027-11-08' },
        },
      ],
    });
    expect(read.qualifications).toEqual([
      {
        code: 'STR-KKI',
        display: 'Surat Tanda Registrasi Dokter',
        number: '140171217-1463280',
        start: '2017-11-08',
        end: '2027-11-08',
      },
    ]);
    expect(read.nameMasked).toBe(false);
  });

  it('pairs a transaction response with the request fullUrls', () => {
    const request = {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        {
          fullUrl: 'urn:uuid:00000001-0000-4000-8000-000000000001',
          resource: { resourceType: 'Encounter' },
          request: { method: 'POST', url: 'Encounter' },
        },
        {
          fullUrl: 'urn:uuid:00000001-0000-4000-8000-000000000002',
          resource: { resourceType: 'Condition' },
          request: { method: 'POST', url: 'Condition' },
        },
      ],
    };
    const response = {
      resourceType: 'Bundle',
      type: 'transaction-response',
      entry: [
        {
          response: {
            status: '201 Created',
            location: 'Encounter/2823ed1d-3e3e-434e-9a5b-9c579d192787/_history/MTY2MDIyODUwOTgxMDAwNDAwMA',
          },
        },
        {
          response: {
            status: '201 Created',
            location: `${BASE}/Condition/4bbbe654-14f5-4ab3-a36e-a1e307f67bb8`,
          },
        },
      ],
    };
    expect(readTransactionResponse(response, request)).toEqual([
      expect.objectContaining({
        status: 201,
        fullUrl: 'urn:uuid:00000001-0000-4000-8000-000000000001',
        resourceType: 'Encounter',
        id: '2823ed1d-3e3e-434e-9a5b-9c579d192787',
        versionId: 'MTY2MDIyODUwOTgxMDAwNDAwMA',
      }),
      expect.objectContaining({
        status: 201,
        resourceType: 'Condition',
        id: '4bbbe654-14f5-4ab3-a36e-a1e307f67bb8',
      }),
    ]);
  });

  it('throws FhirMappingError (unreadable_resource) for a document of the wrong shape', () => {
    for (const bad of [
      null,
      'html',
      { resourceType: 'Patient' },
      { resourceType: 'Bundle', type: 'searchset', entry: 'x' },
    ]) {
      const read = () => readPatientSearch(bad);
      expect(read).toThrow(FhirMappingError);
      try {
        read();
      } catch (error) {
        expect((error as FhirMappingError).reason).toBe('unreadable_resource');
      }
    }
    expect(() => readOperationOutcome({ resourceType: 'Patient' })).toThrow(FhirMappingError);
    expect(readBundle({ resourceType: 'Bundle', type: 'collection' }).entries).toEqual([]);
  });
});
