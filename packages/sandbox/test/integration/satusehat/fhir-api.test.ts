import { afterEach, describe, expect, it } from 'vitest';
import { SIMULATOR_CLIENT } from '../../../src/satusehat/index';
import { condition, encounter, utc, Wire } from './wire';

let wire: Wire;
afterEach(() => wire?.close());

const KLINIK_B = { clientId: 'klinik-b', clientSecret: 'klinik-b-secret', organizationId: '10080066' };
const rules = (json: Record<string, unknown>) =>
  (json.issue as { details: { text: string } }[]).map((i) =>
    Number(/RuleNumber: (\d+)/.exec(i.details.text)?.[1] ?? 0),
  );

function bundle(entries: { fullUrl?: string; resource: unknown; method?: string; url?: string }[]) {
  return {
    resourceType: 'Bundle',
    type: 'transaction',
    entry: entries.map((e) => ({
      ...(e.fullUrl === undefined ? {} : { fullUrl: e.fullUrl }),
      resource: e.resource,
      request: {
        method: e.method ?? 'POST',
        url: e.url ?? (e.resource as { resourceType: string }).resourceType,
      },
    })),
  };
}

const U1 = 'urn:uuid:a1a1a1a1-0000-4000-8000-000000000001';
const U2 = 'urn:uuid:a1a1a1a1-0000-4000-8000-000000000002';
const U3 = 'urn:uuid:a1a1a1a1-0000-4000-8000-000000000003';

describe('simulated FHIR API', () => {
  it('searches patients by name and birth date with the Patient/? link form', async () => {
    wire = await Wire.start();
    const answer = await wire.fhir('GET', '/Patient?name=claudia&birthdate=1989-11');
    expect(answer.json).toMatchObject({ resourceType: 'Bundle', type: 'searchset', total: 1 });
    const links = answer.json.link as { relation: string; url: string }[];
    expect(links.map((l) => l.relation)).toEqual(['search', 'first', 'self']);
    expect(links[0]?.url).toBe(`${wire.sim.url}/fhir-r4/v1/Patient/?name=claudia&birthdate=1989-11`);
    expect((answer.json.entry as { search: unknown }[])[0]?.search).toEqual({ mode: 'match' });
  });

  it('answers a malformed search with invalid_query', async () => {
    wire = await Wire.start();
    const bad = await wire.fhir('GET', '/Patient?birthdate=2024-07-021');
    expect(bad.status).toBe(400);
    expect((bad.json.issue as unknown[])[0]).toMatchObject({
      code: 'value',
      details: { text: 'invalid_query' },
      diagnostics: 'error parsing date "2024-07-021": invalid dateTime: 2024-07-021',
    });
    expect((await wire.fhir('GET', '/Patient?colour=blue')).status).toBe(400);
  });

  it('keeps to the Encounter lifecycle on PUT', async () => {
    wire = await Wire.start();
    const { organizationId: org } = wire.sim.credentials;
    const created = await wire.fhir('POST', '/Encounter', encounter(org, wire.sim.locationId, 'V1'));
    const id = String(created.json.id);
    const finishedNoDiagnosis = {
      ...encounter(org, wire.sim.locationId, 'V1'),
      id,
      status: 'finished',
      period: { start: utc(3), end: utc(1) },
      statusHistory: [
        { status: 'arrived', period: { start: utc(3), end: utc(2) } },
        { status: 'in-progress', period: { start: utc(2), end: utc(1) } },
        { status: 'finished', period: { start: utc(1), end: utc(1) } },
      ],
    };
    const refused = await wire.fhir('PUT', `/Encounter/${id}`, finishedNoDiagnosis);
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('must carry at least one diagnosis');

    const cond = await wire.fhir('POST', '/Condition', condition(`Encounter/${id}`));
    const finished = {
      ...finishedNoDiagnosis,
      diagnosis: [{ condition: { reference: `Condition/${String(cond.json.id)}` }, rank: 1 }],
    };
    expect((await wire.fhir('PUT', `/Encounter/${id}`, finished)).status).toBe(200);
    const back = await wire.fhir('PUT', `/Encounter/${id}`, {
      ...encounter(org, wire.sim.locationId, 'V1'),
      id,
    });
    expect(back.text).toContain('Invalid Encounter status transition: finished -> arrived');
  });

  it('refuses a PUT whose id differs from the URL, one to a missing resource and one to another facility', async () => {
    wire = await Wire.start({ clients: [SIMULATOR_CLIENT, KLINIK_B] });
    const { organizationId: org } = wire.sim.credentials;
    const created = await wire.fhir('POST', '/Encounter', encounter(org, wire.sim.locationId, 'V2'));
    const id = String(created.json.id);
    const mismatch = await wire.fhir('PUT', `/Encounter/${id}`, {
      ...encounter(org, wire.sim.locationId, 'V2'),
      id: 'other',
    });
    expect(mismatch.json.issue).toEqual([
      expect.objectContaining({ code: 'structure', details: { text: 'resource_mismatch' } }),
    ]);
    const missing = await wire.fhir('PUT', '/Encounter/nope', {
      ...encounter(org, wire.sim.locationId, 'V3'),
      id: 'nope',
    });
    expect([missing.status, rules(missing.json)]).toEqual([404, [20007]]);
    const other = await wire.newToken(KLINIK_B.clientId, KLINIK_B.clientSecret);
    const foreign = await wire.fhir(
      'PUT',
      `/Encounter/${id}`,
      { ...encounter(org, wire.sim.locationId, 'V2'), id },
      other,
    );
    expect(foreign.status).toBe(403);
  });

  it('applies a JSON Patch and requires its content type', async () => {
    wire = await Wire.start();
    const { organizationId: org } = wire.sim.credentials;
    const id = String(
      (await wire.fhir('POST', '/Encounter', encounter(org, wire.sim.locationId, 'V4'))).json.id,
    );
    const patch = [{ op: 'replace', path: '/period/start', value: utc(4) }];
    expect((await wire.fhir('PATCH', `/Encounter/${id}`, patch)).status).toBe(415);
    const answer = await wire.call('PATCH', `/fhir-r4/v1/Encounter/${id}`, patch, wire.token, {
      'content-type': 'application/json-patch+json',
    });
    expect(answer.status).toBe(200);
    expect((answer.json.period as { start: string }).start).toBe(utc(4));
  });

  it('registers a new patient in the MPI and refuses a second with the same NIK', async () => {
    wire = await Wire.start();
    const patient = {
      resourceType: 'Patient',
      identifier: [
        { system: 'https://fhir.kemkes.go.id/id/nik', use: 'official', value: '3171010101900001' },
      ],
      name: [{ use: 'official', text: 'Siti Aminah' }],
      gender: 'female',
      birthDate: '1990-01-01',
    };
    const created = await wire.fhir('POST', '/Patient', patient);
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      success: true,
      data: { patient_id: expect.stringMatching(/^P\d{11}$/) },
    });
    const again = await wire.fhir('POST', '/Patient', patient);
    expect(again.json.issue).toEqual([expect.objectContaining({ code: 'duplicate' })]);
  });

  it('answers a fully withheld search with the suppressed outcome', async () => {
    wire = await Wire.start({ clients: [SIMULATOR_CLIENT, KLINIK_B] });
    const { organizationId: org } = wire.sim.credentials;
    await wire.fhir('POST', '/Encounter', encounter(org, wire.sim.locationId, 'V5'));
    const other = await wire.newToken(KLINIK_B.clientId, KLINIK_B.clientSecret);
    const answer = await wire.fhir('GET', '/Encounter?subject=P02478375538', undefined, other);
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ code: 'suppressed' }] });
  });
});

describe('simulated transaction Bundles', () => {
  it('stores nothing when one entry fails, and cascades 20012/20013 to the entries after it', async () => {
    wire = await Wire.start();
    const { organizationId: org } = wire.sim.credentials;
    const before = wire.sim.store.count('Encounter');
    const bad = { ...encounter(org, wire.sim.locationId, 'B1'), serviceProvider: undefined };
    const answer = await wire.fhir(
      'POST',
      '',
      bundle([
        { fullUrl: U1, resource: bad },
        { fullUrl: U2, resource: condition(U1) },
        {
          fullUrl: U3,
          resource: { ...condition(`Encounter/x`), subject: { reference: 'Patient/P03647103112' } },
        },
      ]),
    );
    expect(answer.status).toBe(400);
    expect(rules(answer.json)).toEqual([10124, 20013, 20012]);
    expect(wire.sim.store.count('Encounter')).toBe(before);
    expect(wire.sim.store.count('Condition')).toBe(0);
  });

  it('checks fullUrls (20017–20021) and refuses a nested Bundle (20011)', async () => {
    wire = await Wire.start();
    const { organizationId: org } = wire.sim.credentials;
    const enc = encounter(org, wire.sim.locationId, 'B2');
    const cases: [Parameters<typeof bundle>[0], number][] = [
      [[{ resource: enc }], 20021],
      [[{ fullUrl: 'Encounter/1', resource: enc }], 20018],
      [[{ fullUrl: 'urn:uuidX', resource: enc }], 20017],
      [[{ fullUrl: 'urn:uuid:not-a-uuid', resource: enc }], 20019],
      [
        [
          { fullUrl: U1, resource: enc },
          { fullUrl: U1, resource: condition(U1) },
        ],
        20020,
      ],
      [[{ fullUrl: U1, resource: { resourceType: 'Bundle', type: 'collection' } }], 20011],
    ];
    for (const [entries, rule] of cases) {
      const answer = await wire.fhir('POST', '', bundle(entries));
      expect(answer.status, JSON.stringify(entries[0]?.fullUrl)).toBe(400);
      expect(rules(answer.json)).toContain(rule);
    }
  });

  it('refuses a urn:uuid reference that names no entry', async () => {
    wire = await Wire.start();
    const answer = await wire.fhir('POST', '', bundle([{ fullUrl: U2, resource: condition(U1) }]));
    expect(answer.status).toBe(400);
    expect(answer.text).toContain('does not match any fullUrl');
  });

  it('answers with transaction-response entries in request order', async () => {
    wire = await Wire.start();
    const { organizationId: org } = wire.sim.credentials;
    const answer = await wire.fhir(
      'POST',
      '',
      bundle([
        { fullUrl: U2, resource: condition(U1) },
        { fullUrl: U1, resource: encounter(org, wire.sim.locationId, 'B3') },
      ]),
    );
    expect(answer.json.type).toBe('transaction-response');
    const entries = answer.json.entry as { response: { status: string; location: string; etag: string } }[];
    expect(entries.map((e) => e.response.location.split('/')[0])).toEqual(['Condition', 'Encounter']);
    expect(entries[0]?.response.etag).toMatch(/^W\/"[A-Za-z0-9+/]+"$/);
  });
});

describe('simulator windows for the demo', () => {
  it('lists what arrived per resource type', async () => {
    wire = await Wire.start();
    const { organizationId: org } = wire.sim.credentials;
    await wire.fhir('POST', '/Encounter', encounter(org, wire.sim.locationId, 'D1'));
    const counts = await wire.raw('/_sim/resources');
    expect(counts.json.resources).toMatchObject({ Encounter: 1, Patient: 11, Practitioner: 11 });
    const list = await wire.raw('/_sim/resources/Encounter');
    expect(list.json).toMatchObject({ type: 'Encounter', total: 1, items: [{ ownerOrganization: org }] });
    const key = await wire.raw('/_sim/kyc/public-key');
    expect(key.text).toBe(wire.sim.kycPublicKeyPem);
  });
});
