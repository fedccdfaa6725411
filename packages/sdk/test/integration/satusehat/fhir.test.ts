import { SIMULATOR_CLIENT } from '@sehatkit/sandbox/satusehat';
import type { Condition, Encounter } from 'fhir/r4';
import { afterEach, describe, expect, it } from 'vitest';
import {
  isConflictError,
  isForbiddenError,
  isNotFoundError,
  isRemoteValidationError,
  isValidationError,
} from '../../../src/errors/guards';
import type { ForbiddenError } from '../../../src/errors/remote-errors';
import type { RemoteValidationError } from '../../../src/errors/remote-validation-error';
import type { ValidationError } from '../../../src/errors/validation-error';
import { ARDIANTO, closeHarnesses, DR_ALEXANDER, type Harness, startHarness } from './harness';

afterEach(closeHarnesses);

const utc = (msAgo: number) => `${new Date(Date.now() - msAgo).toISOString().slice(0, 19)}+00:00`;

function arrivedEncounter(h: Harness, visitNumber: string): Encounter {
  const org = h.sim.credentials.organizationId;
  const start = utc(3_600_000);
  return {
    resourceType: 'Encounter',
    identifier: [{ system: `http://sys-ids.kemkes.go.id/encounter/${org}`, value: visitNumber }],
    status: 'arrived',
    class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB', display: 'ambulatory' },
    subject: { reference: `Patient/${ARDIANTO.ihs}`, display: ARDIANTO.name },
    participant: [
      {
        type: [
          {
            coding: [
              {
                system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType',
                code: 'ATND',
                display: 'attender',
              },
            ],
          },
        ],
        individual: { reference: `Practitioner/${DR_ALEXANDER.ihs}`, display: DR_ALEXANDER.name },
      },
    ],
    period: { start },
    location: [{ location: { reference: `Location/${h.sim.locationId}`, display: 'Poli Umum 1' } }],
    statusHistory: [{ status: 'arrived', period: { start } }],
    serviceProvider: { reference: `Organization/${org}` },
  };
}

const KLINIK_B = { clientId: 'klinik-b', clientSecret: 'klinik-b-secret-value', organizationId: '10080066' };

describe('SATUSEHAT FHIR operations', () => {
  it('creates, reads, updates and patches an Encounter, with ids and versions from the platform', async () => {
    const h = await startHarness();
    const created = await h.client.fhir.create(arrivedEncounter(h, 'V-100'));
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.meta?.versionId).toBeTruthy();

    const read = await h.client.fhir.read('Encounter', created.id as string);
    expect(read.identifier?.[0]?.value).toBe('V-100');

    const start = read.period?.start as string;
    const inProgress = await h.client.fhir.update<Encounter>({
      ...read,
      status: 'in-progress',
      statusHistory: [
        { status: 'arrived', period: { start, end: utc(1_800_000) } },
        { status: 'in-progress', period: { start: utc(1_800_000) } },
      ],
    });
    expect(inProgress.status).toBe('in-progress');
    expect(inProgress.meta?.versionId).not.toBe(created.meta?.versionId);

    const patched = await h.client.fhir.patch('Encounter', created.id as string, [
      { op: 'replace', path: '/period/start', value: utc(3_500_000) },
    ]);
    expect(patched.period?.start).toBe(utc(3_500_000));
  });

  it('surfaces a RuleNumber error with its number and location', async () => {
    const h = await startHarness();
    const { serviceProvider: _dropped, ...withoutProvider } = arrivedEncounter(h, 'V-101');
    const error = await h.client.fhir.create(withoutProvider as Encounter).catch((e: unknown) => e);
    expect(isRemoteValidationError(error)).toBe(true);
    const remote = error as RemoteValidationError;
    expect(remote.ruleNumbers).toContain(10124);
    expect(remote.issues).toContainEqual(
      expect.objectContaining({ ruleNumber: 10124, location: 'Encounter.serviceProvider', code: 'value' }),
    );
    expect(remote.message).toContain('[rule 10124]');
  });

  it('reports a wrong organization in the identifier system as rule 10117', async () => {
    const h = await startHarness();
    const encounter = arrivedEncounter(h, 'V-102');
    encounter.identifier = [{ system: 'http://sys-ids.kemkes.go.id/encounter/10000004', value: 'V-102' }];
    const error = (await h.client.fhir.create(encounter).catch((e: unknown) => e)) as RemoteValidationError;
    expect(error.ruleNumbers).toEqual([10117]);
    expect(error.issues[0]?.location).toBe('Encounter.identifier[0].system');
  });

  it('turns a second Encounter with the same identifier into a ConflictError (duplicate)', async () => {
    const h = await startHarness();
    await h.client.fhir.create(arrivedEncounter(h, 'V-103'));
    const error = await h.client.fhir.create(arrivedEncounter(h, 'V-103')).catch((e: unknown) => e);
    expect(isConflictError(error)).toBe(true);
    expect((error as ForbiddenError).reason).toBe('duplicate');
  });

  it('reads a missing resource as NotFoundError', async () => {
    const h = await startHarness();
    const error = await h.client.fhir
      .read('Encounter', '00000000-0000-4000-8000-000000000000')
      .catch((e: unknown) => e);
    expect(isNotFoundError(error)).toBe(true);
  });

  it('follows next links until every page is read', async () => {
    const h = await startHarness();
    const all = await h.client.fhir.search('Practitioner', { _count: 3 });
    expect(all.resources).toHaveLength(11);
    expect(all.pages).toBe(4);
    expect(all.total).toBe(11);
    expect(all.truncated).toBe(false);
    const capped = await h.client.fhir.search('Practitioner', { _count: 3 }, { maxPages: 2 });
    expect(capped.resources).toHaveLength(6);
    expect(capped.truncated).toBe(true);
  });

  it('posts a transaction Bundle whose urn:uuid references come back resolved', async () => {
    const h = await startHarness();
    const encounterUrl = 'urn:uuid:6f0b6a55-1a9a-4b3c-9c1e-7d1b8d8d0001';
    const conditionUrl = 'urn:uuid:6f0b6a55-1a9a-4b3c-9c1e-7d1b8d8d0002';
    const condition: Condition = {
      resourceType: 'Condition',
      clinicalStatus: {
        coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }],
      },
      category: [
        {
          coding: [
            {
              system: 'http://terminology.hl7.org/CodeSystem/condition-category',
              code: 'encounter-diagnosis',
            },
          ],
        },
      ],
      code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10', code: 'J06.9' }] },
      subject: { reference: `Patient/${ARDIANTO.ihs}` },
      encounter: { reference: encounterUrl },
    };
    const response = await h.client.fhir.transaction({
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        {
          fullUrl: encounterUrl,
          resource: arrivedEncounter(h, 'V-104'),
          request: { method: 'POST', url: 'Encounter' },
        },
        { fullUrl: conditionUrl, resource: condition, request: { method: 'POST', url: 'Condition' } },
      ],
    });
    expect(response.type).toBe('transaction-response');
    const [enc, cond] = (response.entry ?? []).map((e) => e.response?.location?.split('/')[1] as string);
    const stored = await h.client.fhir.read('Condition', cond as string);
    expect(stored.encounter?.reference).toBe(`Encounter/${enc}`);
  });

  it('rejects bad input with a ValidationError naming the field, before any request', async () => {
    const h = await startHarness();
    const before = h.sim.stats.requests;
    const bad = [
      h.client.fhir.read('encounter' as 'Encounter', 'x'),
      h.client.fhir.read('Encounter', 'has spaces'),
      h.client.fhir.patch('Encounter', 'abc', []),
      h.client.fhir.update(arrivedEncounter(h, 'no-id')),
      h.client.lookups.patientByNik('31710123'),
    ];
    const errors = await Promise.all(bad.map((p) => p.catch((e: unknown) => e)));
    for (const e of errors) expect(isValidationError(e)).toBe(true);
    expect((errors[3] as ValidationError).field).toBe('id');
    expect(h.sim.stats.requests).toBe(before);
  });
});

describe('SATUSEHAT lookups', () => {
  it('finds a sandbox patient and practitioner by NIK; names and NIKs come back masked', async () => {
    const h = await startHarness();
    const patient = await h.client.lookups.patientByNik(ARDIANTO.nik);
    expect(patient?.id).toBe(ARDIANTO.ihs);
    expect(patient?.name?.[0]?.text).toBe('Ar** Pu**');
    expect(JSON.stringify(patient)).not.toContain(ARDIANTO.nik);
    const practitioner = await h.client.lookups.practitionerByNik(DR_ALEXANDER.nik);
    expect(practitioner?.id).toBe(DR_ALEXANDER.ihs);
    expect(await h.client.lookups.patientByNik('3171000000000000')).toBeUndefined();
  });

  it("reads the facility's organization, its locations and an encounter by visit number", async () => {
    const h = await startHarness();
    const org = await h.client.lookups.organization();
    expect(org.id).toBe(h.sim.credentials.organizationId);
    const locations = await h.client.lookups.locations();
    expect(locations.map((l) => l.id)).toEqual([h.sim.locationId]);
    expect(await h.client.lookups.encounterByIdentifier('V-200')).toBeUndefined();
    const created = await h.client.fhir.create(arrivedEncounter(h, 'V-200'));
    expect((await h.client.lookups.encounterByIdentifier('V-200'))?.id).toBe(created.id);
  });
});

describe('SATUSEHAT consent gating', () => {
  it("withholds another facility's data until the patient opts in", async () => {
    const h = await startHarness({ sim: { clients: [SIMULATOR_CLIENT, KLINIK_B] } });
    const created = await h.client.fhir.create(arrivedEncounter(h, 'V-300'));
    const other = h.newClient(KLINIK_B);
    const withheld = await other.fhir.read('Encounter', created.id as string).catch((e: unknown) => e);
    expect(isForbiddenError(withheld)).toBe(true);
    expect((withheld as ForbiddenError).reason).toBe('consent_required');

    await h.client.consent.update({ patientId: ARDIANTO.ihs, action: 'OPTIN', agent: 'Petugas' });
    await expect(other.fhir.read('Encounter', created.id as string)).resolves.toMatchObject({
      id: created.id,
    });
  });

  it("refuses an Encounter for another facility's organization as a business rule", async () => {
    const h = await startHarness({ sim: { clients: [SIMULATOR_CLIENT, KLINIK_B] } });
    const encounter = arrivedEncounter(h, 'V-301');
    encounter.serviceProvider = { reference: `Organization/${KLINIK_B.organizationId}` };
    const error = await h.client.fhir.create(encounter).catch((e: unknown) => e);
    expect(isForbiddenError(error)).toBe(true);
    expect((error as Error).message).toContain('business rule');
  });
});

describe('SATUSEHAT paging links behind a gateway', () => {
  it('re-bases next links that name an internal host onto the configured API, so the token stays put', async () => {
    const h = await startHarness({ sim: { linkBaseUrl: 'http://fhir-store.internal:8080' } });
    const all = await h.client.fhir.search('Patient', { _count: 4 });
    expect(all.pages).toBe(3);
    expect(all.resources).toHaveLength(11);
  });
});
