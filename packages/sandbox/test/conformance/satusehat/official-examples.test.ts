import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixturesDir } from '../../../../../scripts/fixtures';
import { type SatuSehatSimulator, startSatuSehatSimulator } from '../../../src/satusehat/index';

/**
 * The simulator against the official SATUSEHAT example payloads (sid-indonesia/fhir-specification, read in
 * place from ../shared/fixtures): each is accepted once its organization id and dates are moved to the
 * simulator's organization and to the recent past, and the answer has the shape of the paired
 * `*-Response.json`. Mutated copies are refused with the RuleNumbers the platform documents.
 */
const dir = fixturesDir();
const examples = dir ? path.join(dir, 'satusehat-examples') : undefined;

type Json = Record<string, unknown>;

function load(relative: string): Json {
  return JSON.parse(readFileSync(path.join(examples as string, relative), 'utf8')) as Json;
}

// The IG examples use several organization ids (10000004, 1000004, 10084561).
const IG_ORGS = /^(10000004|1000004|10084561)$/;
const DATE_OR_DATETIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2}))?$/;

/** Moves org ids to `org` and every date into the last day, keeping their order and spacing. */
function adjust(value: Json, org: string, now: number): Json {
  const dates: number[] = [];
  const collect = (v: unknown): void => {
    if (typeof v === 'string' && DATE_OR_DATETIME.test(v))
      dates.push(Date.parse(v.length === 10 ? `${v}T00:00:00Z` : v));
    else if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') Object.values(v).forEach(collect);
  };
  collect(value);
  const earliest = Math.min(...dates);
  const base = now - 20 * 3_600_000;
  const rewrite = (v: unknown, key?: string): unknown => {
    if (typeof v === 'string') {
      if (DATE_OR_DATETIME.test(v) && key !== 'birthDate') {
        const ms = Date.parse(v.length === 10 ? `${v}T00:00:00Z` : v);
        return `${new Date(base + (ms - earliest)).toISOString().slice(0, 19)}+00:00`;
      }
      return v
        .replace(/^(http:\/\/sys-ids\.kemkes\.go\.id\/[a-z-]+\/)(\d+)/, (m, prefix: string, id: string) =>
          IG_ORGS.test(id) ? prefix + org : m,
        )
        .replace(/^Organization\/(\d+)$/, (m, id: string) => (IG_ORGS.test(id) ? `Organization/${org}` : m));
    }
    if (Array.isArray(v)) return v.map((item) => rewrite(item));
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, item]) => [k, rewrite(item, k)]));
    return v;
  };
  return rewrite(value) as Json;
}

/** Every key path, arrays collapsed: `participant[].type[].coding[].system`. */
function keyPaths(value: unknown, prefix = '', out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) keyPaths(item, `${prefix}[]`, out);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      const p = prefix ? `${prefix}.${k}` : k;
      out.add(p);
      keyPaths(v, p, out);
    }
  return out;
}

function keysSortedEverywhere(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(keysSortedEverywhere);
  if (!value || typeof value !== 'object') return true;
  const keys = Object.keys(value);
  return keys.join() === [...keys].sort().join() && Object.values(value).every(keysSortedEverywhere);
}

function expectPlatformMeta(resource: Json): void {
  const meta = resource.meta as Json;
  expect(resource.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(meta.lastUpdated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}\+00:00$/);
  // versionId is the unpadded base64 of lastUpdated in epoch nanoseconds, as in every official response.
  const ns = Buffer.from(String(meta.versionId), 'base64').toString('utf8');
  const lastUpdated = String(meta.lastUpdated);
  const micros = Date.parse(`${lastUpdated.slice(0, 19)}Z`) * 1000 + Number(lastUpdated.slice(20, 26));
  expect(ns).toBe(`${micros}000`);
}

describe.skipIf(!examples)('simulator conformance with the official SATUSEHAT examples', () => {
  let sim: SatuSehatSimulator;
  let token: string;
  let org: string;
  const now = Date.now();

  const call = async (method: string, url: string, body?: unknown) => {
    const response = await fetch(`${sim.url}/fhir-r4/v1${url}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, text, json: JSON.parse(text) as Json };
  };

  // A fresh platform per example: the examples share identifiers, which a second POST would duplicate.
  beforeEach(async () => {
    sim = await startSatuSehatSimulator();
    org = sim.credentials.organizationId;
    const response = await fetch(`${sim.url}/oauth2/v1/accesstoken?grant_type=client_credentials`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        client_id: sim.credentials.clientId,
        client_secret: sim.credentials.clientSecret,
      }),
    });
    token = ((await response.json()) as { access_token: string }).access_token;
  });
  afterEach(() => sim.close());

  const paired: [string, string, 'equal' | 'subset'][] = [
    ['Encounter', 'Example-Encounter-Registration', 'equal'],
    ['Condition', 'Example-Condition-A15.0', 'equal'],
    ['Condition', 'Example-Condition-E11.9', 'equal'],
    ['Organization', 'Example-Organization-Create', 'equal'],
    // The official Location response belongs to a richer payload than its request example; ours must not
    // answer with anything the platform's does not have.
    ['Location', 'Example-Location-Create', 'subset'],
  ];

  for (const [type, name, mode] of paired) {
    it(`accepts ${name}-Payload and answers like ${name}-Response`, async () => {
      const payload = adjust(load(`id-fhir/${name}-Payload.json`), org, now);
      const answer = await call('POST', `/${type}`, payload);
      expect(answer.status, answer.text).toBe(201);
      expectPlatformMeta(answer.json);
      expect(keysSortedEverywhere(answer.json)).toBe(true);
      const ours = keyPaths(answer.json);
      const theirs = keyPaths(load(`id-fhir/${name}-Response.json`));
      if (mode === 'equal') expect([...ours].sort()).toEqual([...theirs].sort());
      else expect([...ours].filter((p) => !theirs.has(p))).toEqual([]);
    });
  }

  it('accepts the in-progress update of the registered Encounter and answers like its Response', async () => {
    const created = await call(
      'POST',
      '/Encounter',
      adjust(load('id-fhir/Example-Encounter-Registration-Payload.json'), org, now),
    );
    const update = adjust(load('id-fhir/Example-Encounter-Inprogress-Payload.json'), org, now);
    update.id = created.json.id;
    const answer = await call('PUT', `/Encounter/${String(created.json.id)}`, update);
    expect(answer.status, answer.text).toBe(200);
    expectPlatformMeta(answer.json);
    expect((answer.json.meta as Json).versionId).not.toBe((created.json.meta as Json).versionId);
    expect([...keyPaths(answer.json)].sort()).toEqual(
      [...keyPaths(load('id-fhir/Example-Encounter-Inprogress-Response.json'))].sort(),
    );
  });

  it('accepts the use-case Encounter-Create example', async () => {
    const answer = await call('POST', '/Encounter', adjust(load('usecase/Encounter-Create.json'), org, now));
    expect(answer.status, answer.text).toBe(201);
  });

  it('accepts the official Encounter and Condition together in one transaction Bundle', async () => {
    const encounter = adjust(load('id-fhir/Example-Encounter-Registration-Payload.json'), org, now);
    const condition = adjust(load('id-fhir/Example-Condition-E11.9-Payload.json'), org, now);
    const encounterUrl = 'urn:uuid:0b1b6a1e-8a41-4c51-9d1c-5a2b3c4d5e61';
    condition.encounter = { ...(condition.encounter as Json), reference: encounterUrl };
    const answer = await call('POST', '', {
      resourceType: 'Bundle',
      type: 'transaction',
      entry: [
        { fullUrl: encounterUrl, resource: encounter, request: { method: 'POST', url: 'Encounter' } },
        {
          fullUrl: 'urn:uuid:0b1b6a1e-8a41-4c51-9d1c-5a2b3c4d5e62',
          resource: condition,
          request: { method: 'POST', url: 'Condition' },
        },
      ],
    });
    expect(answer.status, answer.text).toBe(200);
    const entries = answer.json.entry as { response: { status: string; location: string } }[];
    expect(entries.map((e) => e.response.status)).toEqual(['201 Created', '201 Created']);
    const conditionId = entries[1]?.response.location.split('/')[1];
    const stored = await call('GET', `/Condition/${conditionId}`);
    expect((stored.json.encounter as Json).reference).toBe(
      entries[0]?.response.location.split('/_history')[0],
    );
  });

  describe('mutated copies are refused with the documented RuleNumbers', () => {
    const rules = (json: Json) =>
      (json.issue as { details: { text: string } }[]).map((i) =>
        Number(/RuleNumber: (\d+)/.exec(i.details.text)?.[1]),
      );

    const registration = () => adjust(load('id-fhir/Example-Encounter-Registration-Payload.json'), org, now);

    it('a wrong organization in the identifier system: 10117', async () => {
      const payload = registration();
      payload.identifier = [{ system: 'http://sys-ids.kemkes.go.id/encounter/10000004', value: 'P20240001' }];
      const answer = await call('POST', '/Encounter', payload);
      expect(answer.status).toBe(400);
      expect(rules(answer.json)).toEqual([10117]);
      expect((answer.json.issue as { expression: string[] }[])[0]?.expression).toEqual([
        'Encounter.identifier[0].system',
      ]);
    });

    it('a date in the future: 10132', async () => {
      const payload = registration();
      payload.period = { start: `${new Date(now + 86_400_000).toISOString().slice(0, 19)}+00:00` };
      const answer = await call('POST', '/Encounter', payload);
      expect(rules(answer.json)).toEqual([10132]);
      expect(answer.text).toContain('Not Allowed : Future Date or Past Date older than 31st August 2022');
    });

    it('a date before 31 August 2022 (the unadjusted example): 10132', async () => {
      const payload = adjust(load('id-fhir/Example-Encounter-Registration-Payload.json'), org, now);
      payload.period = { start: '2022-06-14T07:00:00+07:00' };
      expect(rules((await call('POST', '/Encounter', payload)).json)).toEqual([10132]);
    });

    it('a date without time: 10132 format', async () => {
      const payload = adjust(load('id-fhir/Example-Condition-A15.0-Payload.json'), org, now);
      payload.recordedDate = '2024-07-29';
      const answer = await call('POST', '/Condition', payload);
      expect(rules(answer.json)).toEqual([10132]);
      expect(answer.text).toContain('Format allowed : YYYY-MM-DDThh:mm:ss+00:00');
    });

    it('a missing serviceProvider: 10124', async () => {
      const { serviceProvider: _removed, ...payload } = registration();
      const answer = await call('POST', '/Encounter', payload);
      expect(rules(answer.json)).toEqual([10124]);
      expect(answer.text).toContain('Reference is mandatory : Encounter.serviceProvider (RuleNumber: 10124)');
    });

    it('an unknown class code: 10001; a foreign participant coding system: 10002', async () => {
      const payload = registration();
      payload.class = { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'xxx' };
      const participant = (payload.participant as Json[])[0] as Json;
      ((participant.type as Json[])[0] as { coding: Json[] }).coding = [
        { system: 'http://xxx.org', code: 'ATND' },
      ];
      const answer = await call('POST', '/Encounter', payload);
      expect(rules(answer.json).sort()).toEqual([10001, 10002]);
    });
  });
});
