import type { Report } from './issue';
import { isObject, type Json, str } from './json';
import { rulesFor } from './resource-rules';
import { sysIdsKind } from './sys-ids';
import { walkResource } from './walk';

/** What checking one resource needs from the validation under way. */
export interface Env {
  organizationId: string | undefined;
  /** The current time in the platform format. */
  now: string;
  report: Report;
  /** fullUrls of the Bundle being checked; undefined for a resource checked on its own. */
  fullUrls: ReadonlySet<string> | undefined;
}

// Which `http://sys-ids.kemkes.go.id/{kind}/…` systems fit a resource's own identifier.
const IDENTIFIER_KINDS: Record<string, readonly string[]> = {
  Encounter: ['encounter'],
  Condition: ['condition'],
  Observation: ['observation'],
  Procedure: ['procedure'],
  MedicationRequest: ['prescription', 'prescription-item'],
  MedicationDispense: ['prescription', 'prescription-item', 'medicationdispense'],
  Medication: ['medication'],
  AllergyIntolerance: ['allergy'],
  ClinicalImpression: ['clinicalimpression'],
  Composition: ['composition'],
  Organization: ['organization'],
  Location: ['location'],
  Patient: ['mrn'],
};

const NO_IDS: ReadonlySet<string> = new Set();
const NONE: readonly Json[] = [];

/** The ids of the resource's contained resources (absent ids as ''), for resolving `#id` references. */
function containedIds(contained: readonly Json[]): ReadonlySet<string> {
  if (contained.length === 0) return NO_IDS;
  const ids = new Set<string>();
  for (const c of contained) ids.add(str(c.id) ?? '');
  return ids;
}

/**
 * One resource (and its contained ones): the element walk, the identifier kinds, and its type's rules.
 * `path` is where it sits (`Bundle.entry[3].resource`, or its type when checked alone).
 */
export function checkResource(resource: Json, path: string, env: Env): void {
  const { organizationId, fullUrls, report } = env;
  const contained = Array.isArray(resource.contained) ? resource.contained.filter(isObject) : NONE;
  walkResource(resource, path, { organizationId, fullUrls, containedIds: containedIds(contained), report });
  for (let i = 0; i < contained.length; i += 1) {
    const c = contained[i] as Json;
    const at = `${path}.contained[${i}]`;
    walkResource(c, at, { organizationId, fullUrls, containedIds: NO_IDS, report });
    checkIdentifierKinds(c, at, report);
  }
  checkIdentifierKinds(resource, path, report);
  rulesFor(resource.resourceType as string)?.(resource, path, env);
}

/** Whether an identifier's system, if it is a sys-ids one, is of a kind the resource may carry. */
function kindFits(identifier: unknown, kinds: readonly string[]): boolean {
  const system = isObject(identifier) ? str(identifier.system) : undefined;
  const kind = system === undefined ? undefined : sysIdsKind(system);
  return kind === undefined || kinds.includes(kind);
}

function reportKind(identifier: unknown, path: string, resource: Json, report: Report): void {
  report({
    path: `${path}.system`,
    message: `Invalid identifier system: ${(identifier as Json).system} is not a ${resource.resourceType} identifier system`,
    ruleNumber: 10117,
    severity: 'error',
    code: 'invalid_identifier_system',
  });
}

/** RuleNumber 10117: a resource's own identifiers use its kind of system (an Encounter no `condition/…`). */
function checkIdentifierKinds(resource: Json, path: string, report: Report): void {
  const type = str(resource.resourceType) ?? '';
  const kinds = Object.hasOwn(IDENTIFIER_KINDS, type) ? IDENTIFIER_KINDS[type] : undefined;
  if (kinds === undefined) return;
  const identifier = resource.identifier;
  if (!Array.isArray(identifier)) {
    if (!kindFits(identifier, kinds)) reportKind(identifier, `${path}.identifier`, resource, report);
    return;
  }
  for (let i = 0; i < identifier.length; i += 1) {
    if (!kindFits(identifier[i], kinds))
      reportKind(identifier[i], `${path}.identifier[${i}]`, resource, report);
  }
}
