import type { FhirResource } from 'fhir/r4';
import { z } from 'zod';
import { type OutcomeIssue, readOperationOutcome } from './operation-outcome';
import { readWith } from './unreadable';

const resourceSchema = z.looseObject({ resourceType: z.string().min(1) });

const entrySchema = z.looseObject({
  fullUrl: z.string().optional(),
  resource: resourceSchema.optional(),
  search: z.looseObject({ mode: z.string().optional() }).optional(),
  request: z.looseObject({ method: z.string(), url: z.string() }).optional(),
  response: z
    .looseObject({
      status: z.string(),
      location: z.string().optional(),
      etag: z.string().optional(),
      lastModified: z.string().optional(),
      outcome: z.unknown().optional(),
    })
    .optional(),
});

const bundleSchema = z.looseObject({
  resourceType: z.literal('Bundle'),
  type: z.string(),
  total: z.number().int().nonnegative().optional(),
  entry: z.array(entrySchema).default([]),
});

export interface BundleEntryRead {
  fullUrl?: string;
  resource?: FhirResource;
  request?: { method: string; url: string };
  response?: { status: string; location?: string; etag?: string; lastModified?: string; outcome?: unknown };
  searchMode?: string;
}

export interface BundleRead {
  type: string;
  total?: number;
  entries: BundleEntryRead[];
}

/** Reads any Bundle (searchset, transaction, transaction-response, collection) into its entries. */
export function readBundle(input: unknown): BundleRead {
  const bundle = readWith(bundleSchema, input, 'Bundle');
  return {
    type: bundle.type,
    ...(bundle.total === undefined ? {} : { total: bundle.total }),
    entries: bundle.entry.map((e) => {
      const read: BundleEntryRead = {};
      if (e.fullUrl !== undefined) read.fullUrl = e.fullUrl;
      if (e.resource !== undefined) read.resource = e.resource as unknown as FhirResource;
      if (e.request !== undefined) read.request = { method: e.request.method, url: e.request.url };
      if (e.response !== undefined) read.response = e.response;
      if (e.search?.mode !== undefined) read.searchMode = e.search.mode;
      return read;
    }),
  };
}

/** What became of one entry of a transaction SATUSEHAT processed. */
export interface TransactionEntryResult {
  /** HTTP status of the entry, e.g. 201. */
  status: number;
  /** The entry's fullUrl in the request (`urn:uuid:...`) when the request Bundle is given. */
  fullUrl?: string;
  resourceType?: string;
  /** The id SATUSEHAT assigned. */
  id?: string;
  versionId?: string;
  location?: string;
  /** Issues of an entry that failed. */
  outcome?: OutcomeIssue[];
}

const LOCATION = /(?:^|\/)([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/([^/]+))?\/?$/;

/**
 * Reads a transaction-response Bundle. Entries answer the request's entries in order (FHIR R4 §3.1.0.11.4),
 * so passing the request Bundle pairs each `urn:uuid:` fullUrl with the id SATUSEHAT gave it.
 */
export function readTransactionResponse(response: unknown, request?: unknown): TransactionEntryResult[] {
  const read = readBundle(response);
  const requestEntries = request === undefined ? [] : readBundle(request).entries;
  return read.entries.map((e, i) => {
    const statusText = e.response?.status ?? '';
    const result: TransactionEntryResult = { status: Number.parseInt(statusText, 10) || 0 };
    const fullUrl = requestEntries[i]?.fullUrl;
    if (fullUrl !== undefined) result.fullUrl = fullUrl;
    const location = e.response?.location;
    const m = location === undefined ? null : LOCATION.exec(location);
    if (location !== undefined) result.location = location;
    if (m) {
      result.resourceType = m[1] as string;
      result.id = m[2] as string;
      if (m[3] !== undefined) result.versionId = m[3];
    } else if (e.resource !== undefined) {
      result.resourceType = e.resource.resourceType;
      if (e.resource.id !== undefined) result.id = e.resource.id;
    }
    if (e.response?.outcome !== undefined) result.outcome = readOperationOutcome(e.response.outcome);
    return result;
  });
}
