import type { FhirResource } from 'fhir/r4';

export type ResourceType = FhirResource['resourceType'];

/** The R4 type of a resource type name: `ResourceOf<'Encounter'>` is `Encounter` from `fhir/r4`. */
export type ResourceOf<K extends ResourceType> = Extract<FhirResource, { resourceType: K }>;

/** Search parameters; an array repeats the parameter (`identifier=a&identifier=b`). */
export type SearchParams = Record<string, string | number | boolean | undefined | readonly string[]>;

export interface SearchOptions {
  /** Follow `next` links up to this many pages in all. Default 20. */
  maxPages?: number;
}

export interface SearchResult<T> {
  /** Matches from every page read, in server order. */
  resources: T[];
  /** The server's `total` (all matches, not only those read). */
  total: number | undefined;
  /** Pages read. */
  pages: number;
  /** True when a `next` link remained after `maxPages`. */
  truncated: boolean;
}

/** One RFC 6902 operation; SATUSEHAT's Patient PATCH accepts only `replace` (satusehat.md §3.4). */
export interface JsonPatchOperation {
  op: 'add' | 'remove' | 'replace' | 'move' | 'copy' | 'test';
  path: string;
  value?: unknown;
  from?: string;
}
