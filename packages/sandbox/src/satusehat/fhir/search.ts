import { isObject, type Json } from '../http/json';
import type { OutcomeIssue } from '../http/operation-outcome';
import { valuesAt } from './paths';
import type { StoredResource } from './store';

/** Reference search parameters per resource type ('*' applies to all), each to the element paths it reads. */
const REFERENCE_PARAMS: Record<string, Record<string, readonly string[]>> = {
  '*': { subject: ['subject'], patient: ['subject', 'patient'], encounter: ['encounter', 'context'] },
  Encounter: {
    practitioner: ['participant.individual'],
    participant: ['participant.individual'],
    location: ['location.location'],
    'service-provider': ['serviceProvider'],
  },
  Organization: { partof: ['partOf'] },
  Location: { organization: ['managingOrganization'], partof: ['partOf'] },
  MedicationDispense: { context: ['context'], prescription: ['authorizingPrescription'] },
  ServiceRequest: { 'based-on': ['basedOn'] },
  Observation: { 'based-on': ['basedOn'], specimen: ['specimen'] },
  DiagnosticReport: { specimen: ['specimen'], 'based-on': ['basedOn'] },
  Specimen: { request: ['request'], collector: ['collection.collector'] },
  Condition: {},
};

const CONTROL_PARAMS = new Set(['_count', '_page_token', '_sort', '_format']);
const DEFAULT_COUNT = 100;
const MAX_COUNT = 1000;

export class InvalidQuery extends Error {
  readonly diagnostics: string;
  constructor(diagnostics: string) {
    super('invalid_query');
    this.diagnostics = diagnostics;
  }
}

/** The 400 the platform gives a malformed search (satusehat.md §3.4: `invalid_query`). */
export function invalidQueryIssue(error: InvalidQuery): OutcomeIssue {
  return { severity: 'error', code: 'value', text: 'invalid_query', diagnostics: error.diagnostics };
}

function referenceMatches(reference: unknown, wanted: string, targetType: string | undefined): boolean {
  if (typeof reference !== 'string') return false;
  if (wanted.includes('/')) return reference === wanted;
  return (
    reference === `${targetType ?? reference.split('/')[0]}/${wanted}` || reference.endsWith(`/${wanted}`)
  );
}

function identifierMatches(resource: Json, query: string): boolean {
  const pipe = query.indexOf('|');
  const system = pipe >= 0 ? query.slice(0, pipe) : undefined;
  const value = pipe >= 0 ? query.slice(pipe + 1) : query;
  const list = valuesAt(resource, 'identifier');
  return list.some(
    (id) =>
      isObject(id) &&
      (system === undefined || system === '' || id.system === system) &&
      (value === '' || id.value === value),
  );
}

function nameMatches(resource: Json, query: string): boolean {
  const needle = query.toLowerCase();
  const texts: string[] = [];
  for (const name of valuesAt(resource, 'name')) {
    if (typeof name === 'string') texts.push(name);
    else if (isObject(name)) {
      if (typeof name.text === 'string') texts.push(name.text);
      if (typeof name.family === 'string') texts.push(name.family);
      if (Array.isArray(name.given))
        texts.push(...name.given.filter((g): g is string => typeof g === 'string'));
    }
  }
  return texts.some((t) => t.toLowerCase().includes(needle));
}

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function checkedDate(value: string): string {
  const ok =
    PARTIAL_DATE.test(value) &&
    (value.length < 10 || !Number.isNaN(Date.parse(`${value}T00:00:00Z`))) &&
    (value.length < 7 || Number(value.slice(5, 7)) <= 12);
  if (!ok) throw new InvalidQuery(`error parsing date "${value}": invalid dateTime: ${value}`);
  return value;
}

/** One search parameter as a predicate; unknown parameters are an invalid query, as on the platform. */
function predicate(type: string, name: string, value: string): (resource: Json) => boolean {
  const refPaths = REFERENCE_PARAMS[type]?.[name] ?? REFERENCE_PARAMS['*']?.[name];
  if (refPaths) {
    const targetType = name === 'subject' || name === 'patient' ? 'Patient' : undefined;
    return (r) =>
      refPaths.some((p) =>
        valuesAt(r, `${p}.reference`).some((ref) => referenceMatches(ref, value, targetType)),
      );
  }
  switch (name) {
    case '_id':
      return (r) => r.id === value;
    case 'identifier':
      return (r) => identifierMatches(r, value);
    case 'nik':
      return (r) => identifierMatches(r, `https://fhir.kemkes.go.id/id/nik|${value}`);
    case 'name':
      return (r) => nameMatches(r, value);
    case 'gender':
      return (r) => r.gender === value;
    case 'status':
      return (r) => value.split(',').includes(String(r.status));
    case 'birthdate': {
      const date = checkedDate(value);
      return (r) => typeof r.birthDate === 'string' && r.birthDate.startsWith(date);
    }
    case 'code':
      return (r) =>
        valuesAt(r, 'code.coding').some((c) => {
          if (!isObject(c)) return false;
          const [system, code] = value.includes('|') ? value.split('|') : [undefined, value];
          return (system === undefined || c.system === system) && c.code === code;
        });
    default:
      throw new InvalidQuery(`unsupported search parameter "${name}" for resource type ${type}`);
  }
}

export interface SearchOutcome {
  bundle: Json;
  /** Matches `present` withheld (consent), so an all-withheld search can answer `suppressed`. */
  withheld: number;
}

/**
 * A searchset Bundle as the platform returns it: `total`, `link` search/first/self with the `Type/?query`
 * form, entries with `fullUrl` and `search.mode: match` (satusehat.md §3.4), and a `next` link with a
 * `_page_token` when a page is full (GCP-style paging, an inference: satusehat.md §4.3).
 */
export function searchBundle(
  type: string,
  candidates: readonly StoredResource[],
  params: URLSearchParams,
  fhirBase: string,
  present: (stored: StoredResource) => Json | undefined,
): SearchOutcome {
  const predicates: ((r: Json) => boolean)[] = [];
  for (const [name, value] of params) {
    if (CONTROL_PARAMS.has(name)) continue;
    predicates.push(predicate(type, name, value));
  }
  const countParam = params.get('_count');
  const count = countParam === null ? DEFAULT_COUNT : Number(countParam);
  if (!Number.isInteger(count) || count < 0 || count > MAX_COUNT) {
    throw new InvalidQuery(`invalid _count "${countParam}": must be an integer between 0 and ${MAX_COUNT}`);
  }
  const tokenParam = params.get('_page_token');
  const offset = tokenParam === null ? 0 : Number(Buffer.from(tokenParam, 'base64url').toString('utf8'));
  if (!Number.isInteger(offset) || offset < 0) throw new InvalidQuery('invalid _page_token');

  const matches: Json[] = [];
  let withheld = 0;
  for (const stored of candidates) {
    if (!predicates.every((p) => p(stored.resource))) continue;
    const shown = present(stored);
    if (shown) matches.push(shown);
    else withheld += 1;
  }
  const page = matches.slice(offset, offset + count);

  const query = new URLSearchParams([...params].filter(([k]) => k !== '_page_token'));
  const url = (extra?: Record<string, string>) => {
    const q = new URLSearchParams(query);
    for (const [k, v] of Object.entries(extra ?? {})) q.set(k, v);
    const text = q.toString();
    return `${fhirBase}/${type}/?${text}`;
  };
  const link = [
    { relation: 'search', url: url() },
    { relation: 'first', url: url() },
    { relation: 'self', url: tokenParam === null ? url() : url({ _page_token: tokenParam }) },
  ];
  if (offset + count < matches.length) {
    link.push({
      relation: 'next',
      url: url({ _page_token: Buffer.from(String(offset + count)).toString('base64url') }),
    });
  }
  return {
    withheld,
    bundle: {
      resourceType: 'Bundle',
      type: 'searchset',
      total: matches.length,
      link,
      entry: page.map((resource) => ({
        fullUrl: `${fhirBase}/${type}/${String(resource.id)}`,
        resource,
        search: { mode: 'match' },
      })),
    },
  };
}
