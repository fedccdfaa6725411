import { clone, isObject, type Json } from '../http/json';
import type { OutcomeIssue } from '../http/operation-outcome';
import type { SimulatorClient } from '../options';
import type { SimulatorState } from '../state';
import { forEachReference } from './paths';
import { checkWrite, statusFor } from './write-checks';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface PlannedEntry {
  index: number;
  method: 'POST' | 'PUT';
  type: string;
  id: string;
  fullUrl: string | undefined;
  original: Json;
  resource: Json;
}

export interface TransactionResult {
  status: number;
  body: Json;
  issues?: OutcomeIssue[];
}

function fullUrlIssues(type: string, fullUrl: unknown, seen: Set<string>): OutcomeIssue[] {
  const issue = (text: string): OutcomeIssue => ({ severity: 'error', code: 'value', text });
  if (typeof fullUrl !== 'string' || fullUrl === '') {
    return [issue(`Invalid resource ${type} due to missing fullUrl element (RuleNumber: 20021)`)];
  }
  if (!fullUrl.startsWith('urn:uuid')) {
    return [
      issue(
        `Invalid element ${type}.fullUrl due to invalid fullUrl format. It must begin with 'urn:uuid' (RuleNumber: 20018)`,
      ),
    ];
  }
  if (!fullUrl.startsWith('urn:uuid:')) {
    return [
      issue(
        `Invalid element ${type}.fullUrl due to invalid fullUrl format. It must be in the format: 'urn:uuid:{{uuid_value}}' (RuleNumber: 20017)`,
      ),
    ];
  }
  if (!UUID.test(fullUrl.slice('urn:uuid:'.length))) {
    return [issue(`Invalid element ${type}.fullUrl due to invalid UUID format (RuleNumber: 20019)`)];
  }
  if (seen.has(fullUrl)) {
    return [
      issue(`Invalid element ${type}.fullUrl due to duplicate fullUrl: ${fullUrl} (RuleNumber: 20020)`),
    ];
  }
  seen.add(fullUrl);
  return [];
}

function referencedFullUrls(resource: Json): Set<string> {
  const refs = new Set<string>();
  forEachReference(resource, (holder) => {
    if (String(holder.reference).startsWith('urn:uuid:')) refs.add(String(holder.reference));
  });
  return refs;
}

/**
 * A transaction Bundle posted to the FHIR base: `urn:uuid` fullUrls resolved to the ids the platform
 * assigns, every entry validated, and nothing written unless every entry passes (satusehat.md §3.16;
 * rules 20011–20021). The response shape is FHIR's transaction-response (the platform's is undocumented).
 */
export function processTransaction(
  state: SimulatorState,
  client: SimulatorClient,
  bundle: Json,
  fhirBase: string,
): TransactionResult {
  const fail = (issues: OutcomeIssue[], status = statusFor(issues)): TransactionResult => ({
    status,
    body: {},
    issues,
  });
  if (bundle.type !== 'transaction') {
    return fail(
      [
        {
          severity: 'error',
          code: 'not-supported',
          text: `Bundle type '${String(bundle.type)}' is not supported; send a transaction Bundle`,
        },
      ],
      400,
    );
  }
  const entries = Array.isArray(bundle.entry) ? (bundle.entry as unknown[]) : [];

  // 1. Envelope rules: fullUrl, request, no nested Bundle.
  const envelope: OutcomeIssue[] = [];
  const seen = new Set<string>();
  const planned: PlannedEntry[] = [];
  entries.forEach((raw, index) => {
    const entry = isObject(raw) ? raw : {};
    const resource = isObject(entry.resource) ? entry.resource : undefined;
    const type = typeof resource?.resourceType === 'string' ? resource.resourceType : 'Resource';
    const at = `Bundle.entry[${index}]`;
    if (!resource) {
      envelope.push({
        severity: 'error',
        code: 'structure',
        text: 'unparseable_resource',
        diagnostics: 'missing resource',
        expression: [at],
      });
      return;
    }
    if (type === 'Bundle') {
      envelope.push({
        severity: 'error',
        code: 'value',
        text: 'Forbidden nested bundle (RuleNumber: 20011)',
        expression: [`${at}.resource`],
      });
      return;
    }
    const request = isObject(entry.request) ? entry.request : {};
    const method = String(request.method ?? '').toUpperCase();
    const url = String(request.url ?? '');
    if (method !== 'POST' && method !== 'PUT') {
      envelope.push({
        severity: 'error',
        code: 'not-supported',
        text: `Bundle.entry.request.method '${method}' is not supported in a transaction`,
        expression: [`${at}.request.method`],
      });
      return;
    }
    const [urlType, urlId] = url.replace(/^\//, '').split('/');
    if (urlType !== type || (method === 'PUT' && !urlId) || (method === 'POST' && urlId)) {
      envelope.push({
        severity: 'error',
        code: 'structure',
        text: 'resource_mismatch',
        diagnostics: `request.url '${url}' does not match a ${method} of ${type}`,
        expression: [`${at}.request.url`],
      });
      return;
    }
    // POST entries are referenced through their fullUrl, so it is mandatory; a PUT may omit it.
    if (method === 'POST' || entry.fullUrl !== undefined) {
      const issues = fullUrlIssues(type, entry.fullUrl, seen).map((i) => ({
        ...i,
        expression: [`${at}.fullUrl`],
      }));
      if (issues.length > 0) {
        envelope.push(...issues);
        return;
      }
    }
    planned.push({
      index,
      method,
      type,
      id: method === 'PUT' ? (urlId as string) : state.store.newId(),
      fullUrl: typeof entry.fullUrl === 'string' ? entry.fullUrl : undefined,
      original: resource,
      resource: clone(resource),
    });
  });
  if (envelope.length > 0) return fail(envelope);

  // 2. Resolve urn:uuid references to the assigned ids, in both directions (Encounter ↔ Condition).
  const resolved = new Map<string, string>();
  for (const p of planned) if (p.fullUrl) resolved.set(p.fullUrl, `${p.type}/${p.id}`);
  const bundleReferences = new Set(resolved.values());
  const unresolved: OutcomeIssue[] = [];
  for (const p of planned) {
    if (p.method === 'POST') delete p.resource.id;
    else p.resource.id = p.id;
    forEachReference(p.resource, (holder, path) => {
      const ref = String(holder.reference);
      if (!ref.startsWith('urn:uuid:')) return;
      const target = resolved.get(ref);
      if (target) holder.reference = target;
      else
        unresolved.push({
          severity: 'error',
          code: 'not-found',
          text: `Reference ${ref} does not match any fullUrl in the Bundle`,
          expression: [`Bundle.entry[${p.index}].resource.${path}.reference`],
        });
    });
  }
  if (unresolved.length > 0) return fail(unresolved);

  // 3. Validate in order; after the first failure, later entries are refused as the platform cascades.
  const issues: OutcomeIssue[] = [];
  const failedUrls = new Set<string>();
  const claimedIdentifiers = new Set<string>();
  for (const p of planned) {
    if (issues.length > 0) {
      const dependsOnFailure = [...referencedFullUrls(p.original)].some((u) => failedUrls.has(u));
      issues.push({
        severity: 'error',
        code: 'processing',
        text: dependsOnFailure
          ? `Invalid resource ${p.type} due to previous error (RuleNumber: 20013)`
          : `Forbidden resource ${p.type} due to previous error (RuleNumber: 20012)`,
        expression: [`Bundle.entry[${p.index}].resource`],
      });
      if (p.fullUrl) failedUrls.add(p.fullUrl);
      continue;
    }
    const found = checkWrite(state, client, {
      type: p.type,
      ...(p.method === 'PUT' ? { id: p.id } : {}),
      resource: p.resource,
      root: `Bundle.entry[${p.index}].resource`,
      bundleReferences,
      claimedIdentifiers,
    });
    if (found.length > 0) {
      issues.push(...found);
      if (p.fullUrl) failedUrls.add(p.fullUrl);
    }
  }
  if (issues.length > 0) return fail(issues);

  // 4. All or nothing: only now does anything reach the store.
  const responseEntries = planned.map((p) => {
    const created = p.method === 'POST';
    const stored = state.store.put(p.type, p.id, p.resource, client.organizationId);
    const meta = stored.meta as Json;
    return {
      fullUrl: `${fhirBase}/${p.type}/${p.id}`,
      response: {
        status: created ? '201 Created' : '200 OK',
        location: `${p.type}/${p.id}/_history/${String(meta.versionId)}`,
        etag: `W/"${String(meta.versionId)}"`,
        lastModified: meta.lastUpdated,
      },
    };
  });
  return {
    status: 200,
    body: { resourceType: 'Bundle', type: 'transaction-response', entry: responseEntries },
  };
}
