import type { Bundle, FhirResource } from 'fhir/r4';
import { ForbiddenError, TransportError } from '../../errors/remote-errors';
import { ValidationError } from '../../errors/validation-error';
import { parseInput } from '../../errors/zod-issues';
import { isOperationOutcome } from '../transport/operation-outcome';
import type { SatuSehatTransport } from '../transport/satusehat-transport';
import { fhirId, patchSchema, resourceSchema, resourceTypeName, transactionSchema } from './inputs';
import type {
  JsonPatchOperation,
  ResourceOf,
  ResourceType,
  SearchOptions,
  SearchParams,
  SearchResult,
} from './types';

const SUPPRESSED = 'suppressed';

/** Bundles the SDK built and validated itself (validateForSatuSehat, stricter than transactionSchema). */
const validatedBundles = new WeakSet<Bundle>();

/**
 * Marks a Bundle the caller built and validated with validateForSatuSehat, so `transaction` does not check its
 * shape a second time. Internal to the SDK (visit sync); not exported from the package.
 */
export function markValidated(bundle: Bundle): Bundle {
  validatedBundles.add(bundle);
  return bundle;
}

function queryString(params: SearchParams): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) query.append(name, String(v));
    else query.append(name, String(value));
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

/**
 * A 200 OperationOutcome instead of the resource: the platform withholds data whose patient has not
 * consented (satusehat.md §3.15, `suppressed`).
 */
function expectResource<T>(body: unknown, type: string, action: string): T {
  if (isOperationOutcome(body) && (body.issue ?? []).some((i) => i.code === SUPPRESSED)) {
    throw new ForbiddenError(
      `SATUSEHAT withheld the data of ${action}: the patient has not given consent (OPTIN)`,
      {
        source: 'satusehat',
        reason: 'consent_required',
      },
    );
  }
  if (
    typeof body !== 'object' ||
    body === null ||
    (body as { resourceType?: unknown }).resourceType !== type
  ) {
    throw new TransportError(
      'satusehat',
      'unexpected_body',
      `SATUSEHAT answered ${action} with something other than a ${type}`,
    );
  }
  return body as T;
}

/** Generic FHIR R4 operations on SATUSEHAT, typed by resource with `fhir/r4` (satusehat.md §3.0). */
export class FhirClient {
  readonly #t: SatuSehatTransport;

  constructor(transport: SatuSehatTransport) {
    this.#t = transport;
  }

  /** `GET /{type}/{id}`. NotFoundError when there is none; ForbiddenError (`consent_required`) when withheld. */
  async read<K extends ResourceType>(type: K, id: string): Promise<ResourceOf<K>> {
    parseInput(resourceTypeName, type, 'resource type');
    parseInput(fhirId, id, 'resource id');
    const action = `read ${type}`;
    const { body } = await this.#t.json({
      api: 'fhir',
      method: 'GET',
      path: `${type}/${encodeURIComponent(id)}`,
      action,
    });
    return expectResource<ResourceOf<K>>(body, type, action);
  }

  /** `GET /{type}?…`, following `next` links, returning the matching resources of every page read. */
  async search<K extends ResourceType>(
    type: K,
    params: SearchParams = {},
    options: SearchOptions = {},
  ): Promise<SearchResult<ResourceOf<K>>> {
    parseInput(resourceTypeName, type, 'resource type');
    const maxPages = options.maxPages ?? 20;
    if (!Number.isInteger(maxPages) || maxPages < 1) {
      throw new ValidationError('search options', [
        { path: 'maxPages', message: 'Must be a positive integer' },
      ]);
    }
    const action = `search ${type}`;
    const resources: ResourceOf<K>[] = [];
    let total: number | undefined;
    let path: string | undefined = `${type}${queryString(params)}`;
    let pages = 0;
    while (path !== undefined && pages < maxPages) {
      const { body } = await this.#t.json({ api: 'fhir', method: 'GET', path, action });
      const bundle = expectResource<Bundle>(body, 'Bundle', action);
      pages += 1;
      if (pages === 1 && typeof bundle.total === 'number') total = bundle.total;
      for (const entry of bundle.entry ?? []) {
        if (entry.resource?.resourceType === type && entry.search?.mode !== 'outcome')
          resources.push(entry.resource as ResourceOf<K>);
      }
      path = bundle.link?.find((l) => l.relation === 'next')?.url;
    }
    return { resources, total, pages, truncated: path !== undefined };
  }

  /** The first match of a search, or undefined. */
  async searchOne<K extends ResourceType>(type: K, params: SearchParams): Promise<ResourceOf<K> | undefined> {
    return (await this.search(type, params, { maxPages: 1 })).resources[0];
  }

  /** `POST /{type}`: the stored resource with the id and meta the platform assigned. */
  async create<T extends FhirResource>(resource: T): Promise<T> {
    const input = parseInput(resourceSchema, resource, 'resource');
    const type = input.resourceType;
    const action = `create ${type}`;
    const { body } = await this.#t.json({ api: 'fhir', method: 'POST', path: type, json: resource, action });
    // The MPI answers a Patient registration with `{success, data: {patient_id}}` (satusehat.md §3.4).
    const mpi =
      (body as { data?: { patient_id?: unknown }; create_patient?: { data?: { patient_id?: unknown } } }) ??
      {};
    const patientId = mpi.data?.patient_id ?? mpi.create_patient?.data?.patient_id;
    if (type === 'Patient' && typeof patientId === 'string')
      return (await this.read('Patient', patientId)) as T;
    return expectResource<T>(body, type, action);
  }

  /** `PUT /{type}/{id}` with the whole resource; it must carry its id. */
  async update<T extends FhirResource>(resource: T): Promise<T> {
    const input = parseInput(resourceSchema, resource, 'resource');
    if (!input.id) throw new ValidationError('resource', [{ path: 'id', message: 'Required for an update' }]);
    const action = `update ${input.resourceType}`;
    const { body } = await this.#t.json({
      api: 'fhir',
      method: 'PUT',
      path: `${input.resourceType}/${encodeURIComponent(input.id)}`,
      json: resource,
      action,
    });
    return expectResource<T>(body, input.resourceType, action);
  }

  /** `PATCH /{type}/{id}` with a JSON Patch (`application/json-patch+json`). */
  async patch<K extends ResourceType>(
    type: K,
    id: string,
    operations: readonly JsonPatchOperation[],
  ): Promise<ResourceOf<K>> {
    parseInput(resourceTypeName, type, 'resource type');
    parseInput(fhirId, id, 'resource id');
    parseInput(patchSchema, operations, 'JSON patch');
    const action = `patch ${type}`;
    const { body } = await this.#t.json({
      api: 'fhir',
      method: 'PATCH',
      path: `${type}/${encodeURIComponent(id)}`,
      body: JSON.stringify(operations),
      headers: { 'content-type': 'application/json-patch+json' },
      action,
    });
    return expectResource<ResourceOf<K>>(body, type, action);
  }

  /**
   * A transaction Bundle, posted to the FHIR base (satusehat.md §3.16): all entries are stored or none is.
   * Returns the transaction-response with each entry's `response.location`.
   */
  async transaction(bundle: Bundle): Promise<Bundle> {
    if (!validatedBundles.has(bundle)) parseInput(transactionSchema, bundle, 'transaction Bundle');
    const action = 'transaction';
    const { body } = await this.#t.json({ api: 'fhir', method: 'POST', path: '', json: bundle, action });
    return expectResource<Bundle>(body, 'Bundle', action);
  }
}
