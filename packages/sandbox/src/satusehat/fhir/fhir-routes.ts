import { randomInt } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { gateway } from '../auth/gateway';
import { mayRead, SUPPRESSED_OUTCOME } from '../consent/consent-registry';
import type { SimulatorEnv } from '../http/env';
import { fhirResponse, isObject, type Json } from '../http/json';
import { type OutcomeIssue, outcomeResponse } from '../http/operation-outcome';
import type { SimulatorState } from '../state';
import { applyPatch, isPatchDocument, PatchError } from './json-patch';
import { maskPerson } from './masking';
import { InvalidQuery, invalidQueryIssue, searchBundle } from './search';
import { isUniqueIdentifierSystem, type StoredResource } from './store';
import { processTransaction } from './transaction';
import { checkWrite, statusFor } from './write-checks';

const BASE = '/fhir-r4/v1';
const RESOURCE_TYPE = /^[A-Z][A-Za-z]{1,63}$/;
const RESOURCE_ID = /^[A-Za-z0-9\-.]{1,64}$/;

type Ctx = Context<SimulatorEnv>;

function fhirBaseOf(c: Ctx, linkBaseUrl: string | undefined): string {
  return `${linkBaseUrl ?? new URL(c.req.url).origin}${BASE}`;
}

function notFound(type: string, id: string): Response {
  return outcomeResponse(
    [{ severity: 'error', code: 'not-found', text: `Resource not found ${type}/${id} (RuleNumber: 20007)` }],
    404,
  );
}

/** Reads a JSON body or answers the platform's 400 for an unreadable one (rules 20005/20006). */
async function readBody(c: Ctx): Promise<{ body: unknown } | { error: Response }> {
  const text = await c.req.text();
  try {
    return { body: JSON.parse(text) };
  } catch (error) {
    return {
      error: outcomeResponse([
        {
          severity: 'error',
          code: 'structure',
          text: 'unparseable_resource',
          diagnostics: `Invalid JSON Payload Format (RuleNumber: 20006): ${(error as Error).message}`,
        },
      ]),
    };
  }
}

function typeMismatch(urlType: string, payloadType: unknown): Response {
  return outcomeResponse([
    {
      severity: 'error',
      code: 'structure',
      text: 'resource_mismatch',
      diagnostics: `resource type mismatch, type from URL: ${urlType}, type from payload: ${String(payloadType)}`,
    },
  ]);
}

function written(resource: Json, base: string, status: number): Response {
  const meta = resource.meta as Json;
  return fhirResponse(maskPerson(resource), status, {
    location: `${base}/${String(resource.resourceType)}/${String(resource.id)}/_history/${String(meta.versionId)}`,
    etag: `W/"${String(meta.versionId)}"`,
  });
}

/** Types the platform stamps with its own profile on create, as the IG's Organization response shows. */
const PROFILED = new Set(['Organization', 'Patient']);

function withProfile(resource: Json): Json {
  const type = String(resource.resourceType);
  if (!PROFILED.has(type)) return resource;
  const profile = `https://fhir.kemkes.go.id/r4/StructureDefinition/${type}|4.0.1`;
  const meta = (resource.meta as Json | undefined) ?? {};
  const profiles = Array.isArray(meta.profile) ? (meta.profile as string[]) : [];
  return {
    ...resource,
    meta: { ...meta, profile: profiles.includes(profile) ? profiles : [profile, ...profiles] },
  };
}

function refuse(issues: OutcomeIssue[]): Response {
  return outcomeResponse(issues, statusFor(issues));
}

/** `POST /Patient` is the Master Patient Index registration: a new IHS number for a new NIK (satusehat.md §3.4). */
function createPatient(state: SimulatorState, c: Ctx, resource: Json): Response {
  const identifiers = Array.isArray(resource.identifier) ? (resource.identifier as Json[]) : [];
  const nik = identifiers.find(
    (i) =>
      i.system === 'https://fhir.kemkes.go.id/id/nik' || i.system === 'https://fhir.kemkes.go.id/id/nik-ibu',
  );
  const issues: OutcomeIssue[] = [];
  if (!nik || typeof nik.value !== 'string' || !/^\d{16}$/.test(nik.value)) {
    issues.push({
      severity: 'error',
      code: 'value',
      text: 'Patient.identifier NIK (16 digits) is mandatory',
      expression: ['Patient.identifier'],
    });
  }
  if (typeof resource.gender !== 'string') {
    issues.push({
      severity: 'error',
      code: 'value',
      text: 'Element not null: Patient.gender (RuleNumber: 10413)',
      expression: ['Patient.gender'],
    });
  }
  if (issues.length > 0) return refuse(issues);
  const newborn = nik?.system === 'https://fhir.kemkes.go.id/id/nik-ibu';
  if (!newborn && state.store.duplicateOf('Patient', resource)) {
    return refuse([{ severity: 'error', code: 'duplicate', text: 'Found duplicate resource: Patient' }]);
  }
  const ihs = `P${String(randomInt(0, 1e11)).padStart(11, '0')}`;
  const stored = state.store.put(
    'Patient',
    ihs,
    withProfile({
      ...resource,
      identifier: [
        { system: 'https://fhir.kemkes.go.id/id/ihs-number', use: 'official', value: ihs },
        ...identifiers,
      ],
    }),
    c.var.client.organizationId,
  );
  if (state.options.patientCreateResponse === 'resource')
    return written(stored, fhirBaseOf(c, state.options.linkBaseUrl), 201);
  const result = { success: true, data: { patient_id: ihs } };
  return fhirResponse(newborn ? { create_patient: result } : result, 201);
}

export function mountFhir(app: Hono<SimulatorEnv>, state: SimulatorState): void {
  const fhirBase = (c: Ctx) => fhirBaseOf(c, state.options.linkBaseUrl);
  app.use(`${BASE}/*`, gateway(state, 'fhir'));
  app.use(BASE, gateway(state, 'fhir'));

  const present = (c: Ctx) => (stored: StoredResource) =>
    mayRead(stored, c.var.client.organizationId, state.consents) ? maskPerson(stored.resource) : undefined;

  app.get(`${BASE}/metadata`, (c) =>
    fhirResponse({
      resourceType: 'CapabilityStatement',
      status: 'active',
      date: new Date(state.clock.now()).toISOString(),
      kind: 'instance',
      fhirVersion: '4.0.1',
      format: ['json'],
      software: { name: 'SehatKit SATUSEHAT simulator' },
      implementation: { description: 'Local simulator of the SATUSEHAT FHIR R4 API', url: fhirBase(c) },
      rest: [{ mode: 'server', interaction: [{ code: 'transaction' }] }],
    }),
  );

  const transaction = async (c: Ctx) => {
    const parsed = await readBody(c);
    if ('error' in parsed) return parsed.error;
    if (!isObject(parsed.body) || parsed.body.resourceType !== 'Bundle')
      return typeMismatch('Bundle', (parsed.body as Json)?.resourceType);
    const result = processTransaction(state, c.var.client, parsed.body, fhirBase(c));
    return result.issues
      ? outcomeResponse(result.issues, result.status)
      : fhirResponse(result.body, result.status);
  };
  app.post(BASE, transaction);
  app.post(`${BASE}/`, transaction);

  // `identifier=system|value` on an indexed system narrows the scan to one resource; the predicates still run.
  const candidates = (type: string, params: URLSearchParams): StoredResource[] => {
    const identifier = params.getAll('identifier');
    const [system, value] = identifier.length === 1 ? (identifier[0] ?? '').split('|') : [];
    if (system && value && isUniqueIdentifierSystem(system)) {
      const hit = state.store.findByIdentifier(type, system, value);
      return hit ? [hit] : [];
    }
    return state.store.list(type);
  };

  const search = (c: Ctx) => {
    const type = c.req.param('type') ?? '';
    if (!RESOURCE_TYPE.test(type)) return c.body(null, 404);
    const params = new URL(c.req.url).searchParams;
    try {
      const { bundle, withheld } = searchBundle(
        type,
        candidates(type, params),
        params,
        fhirBase(c),
        present(c),
      );
      // Consent: when every match was withheld, the platform answers 200 with a `suppressed` outcome.
      return withheld > 0 && bundle.total === 0
        ? fhirResponse(SUPPRESSED_OUTCOME, 200)
        : fhirResponse(bundle);
    } catch (error) {
      if (error instanceof InvalidQuery) return outcomeResponse([invalidQueryIssue(error)]);
      throw error;
    }
  };
  app.get(`${BASE}/:type`, search);
  app.get(`${BASE}/:type/`, search);

  app.get(`${BASE}/:type/:id`, (c) => {
    const { type, id } = c.req.param();
    if (!RESOURCE_TYPE.test(type) || !RESOURCE_ID.test(id)) return notFound(type, id);
    const stored = state.store.get(type, id);
    if (!stored) return notFound(type, id);
    const shown = present(c)(stored);
    return shown ? fhirResponse(shown) : fhirResponse(SUPPRESSED_OUTCOME, 200);
  });

  app.post(`${BASE}/:type`, async (c) => {
    const type = c.req.param('type');
    if (!RESOURCE_TYPE.test(type)) return c.body(null, 404);
    const parsed = await readBody(c);
    if ('error' in parsed) return parsed.error;
    const resource = parsed.body;
    if (!isObject(resource) || resource.resourceType !== type)
      return typeMismatch(type, (resource as Json)?.resourceType);
    if (type === 'Bundle' && resource.type === 'transaction') {
      return outcomeResponse([
        {
          severity: 'error',
          code: 'not-supported',
          text: `Post transaction Bundles to the FHIR base URL ${BASE}, not ${BASE}/Bundle`,
        },
      ]);
    }
    if (type === 'Patient') return createPatient(state, c, resource);
    const issues = checkWrite(state, c.var.client, { type, resource });
    if (issues.length > 0) return refuse(issues);
    const { id: _ignored, ...body } = resource;
    return written(
      state.store.put(type, state.store.newId(), withProfile(body), c.var.client.organizationId),
      fhirBase(c),
      201,
    );
  });

  app.put(`${BASE}/:type/:id`, async (c) => {
    const { type, id } = c.req.param();
    if (!RESOURCE_TYPE.test(type) || !RESOURCE_ID.test(id)) return notFound(type, id);
    const parsed = await readBody(c);
    if ('error' in parsed) return parsed.error;
    const resource = parsed.body;
    if (!isObject(resource) || resource.resourceType !== type)
      return typeMismatch(type, (resource as Json)?.resourceType);
    const issues = checkWrite(state, c.var.client, { type, id, resource });
    if (issues.length > 0) return refuse(issues);
    return written(state.store.put(type, id, resource, c.var.client.organizationId), fhirBase(c), 200);
  });

  app.patch(`${BASE}/:type/:id`, async (c) => {
    const { type, id } = c.req.param();
    if (!RESOURCE_TYPE.test(type) || !RESOURCE_ID.test(id)) return notFound(type, id);
    if (!(c.req.header('content-type') ?? '').includes('application/json-patch+json')) {
      return outcomeResponse(
        [
          {
            severity: 'error',
            code: 'not-supported',
            text: 'PATCH requires Content-Type: application/json-patch+json',
          },
        ],
        415,
      );
    }
    const parsed = await readBody(c);
    if ('error' in parsed) return parsed.error;
    if (!isPatchDocument(parsed.body)) {
      return outcomeResponse([
        {
          severity: 'error',
          code: 'structure',
          text: 'unparseable_resource',
          diagnostics: 'body must be a JSON Patch array',
        },
      ]);
    }
    const stored = state.store.get(type, id);
    if (!stored) return notFound(type, id);
    let patched: Json;
    try {
      patched = applyPatch(stored.resource, parsed.body);
    } catch (error) {
      if (!(error instanceof PatchError)) throw error;
      return outcomeResponse([
        { severity: 'error', code: 'processing', text: 'invalid_patch', diagnostics: error.message },
      ]);
    }
    delete patched.meta;
    const issues = checkWrite(state, c.var.client, { type, id, resource: patched });
    if (issues.length > 0) return refuse(issues);
    return written(state.store.put(type, id, patched, c.var.client.organizationId), fhirBase(c), 200);
  });
}
