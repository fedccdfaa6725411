import type { Json } from '../../http/json';
import { type OutcomeIssue, ruleIssue } from '../../http/operation-outcome';
import { forEachReference } from '../paths';
import { at, located, type RuleContext } from './context';

/** References the platform insists on, with the resource types each may point to. */
const MANDATORY: Record<string, readonly { path: string; types: readonly string[] }[]> = {
  Encounter: [
    { path: 'subject', types: ['Patient'] },
    { path: 'serviceProvider', types: ['Organization'] },
  ],
  Condition: [
    { path: 'subject', types: ['Patient'] },
    { path: 'encounter', types: ['Encounter'] },
  ],
  Observation: [
    { path: 'subject', types: ['Patient', 'Group', 'Device', 'Location'] },
    { path: 'encounter', types: ['Encounter'] },
  ],
  Procedure: [
    { path: 'subject', types: ['Patient', 'Group'] },
    { path: 'encounter', types: ['Encounter'] },
  ],
  AllergyIntolerance: [{ path: 'patient', types: ['Patient'] }],
  Composition: [
    { path: 'subject', types: ['Patient'] },
    { path: 'encounter', types: ['Encounter'] },
  ],
};

function pointsTo(reference: string, types: readonly string[]): boolean {
  if (reference.startsWith('urn:uuid:')) return true; // resolved by the transaction before these rules run
  const [type, id, ...rest] = reference.split('/');
  return rest.length === 0 && !!id && types.includes(type ?? '');
}

/** RuleNumber 10124: `Reference is mandatory : Encounter.serviceProvider` (list-response, satusehat.md §4.1). */
export function mandatoryReferenceIssues(resource: Json, ctx: RuleContext): OutcomeIssue[] {
  const type = String(resource.resourceType);
  const issues: OutcomeIssue[] = [];
  for (const rule of MANDATORY[type] ?? []) {
    const found = located(resource, `${rule.path}.reference`);
    const ok = found.some((f) => typeof f.value === 'string' && pointsTo(f.value, rule.types));
    if (!ok) {
      issues.push(
        ruleIssue(
          'value',
          `Reference is mandatory : ${type}.${rule.path} (RuleNumber: 10124)`,
          at(resource, ctx, rule.path),
        ),
      );
    }
  }
  return issues;
}

/** Master data a resource may point at: patients from the MPI and practitioners from the Nakes index. */
const MASTER_TYPES = new Set(['Patient', 'Practitioner']);

/** RuleNumber 20007: a reference to a patient or practitioner the platform does not know. */
export function unknownReferenceIssues(resource: Json, ctx: RuleContext): OutcomeIssue[] {
  const issues: OutcomeIssue[] = [];
  forEachReference(resource, (holder, path) => {
    const reference = String(holder.reference);
    const [type, id, ...rest] = reference.split('/');
    if (!type || !id || rest.length > 0 || !MASTER_TYPES.has(type)) return;
    if (ctx.bundleReferences?.has(reference) || ctx.store.get(type, id)) return;
    issues.push(
      ruleIssue('not-found', `Resource not found ${type}/${id} (RuleNumber: 20007)`, at(resource, ctx, path)),
    );
  });
  return issues;
}

/** The organization itself or one of its sub-organizations (partOf chain) stored in the platform. */
export function belongsTo(orgRef: string, ctx: RuleContext): boolean {
  let id = orgRef.startsWith('Organization/') ? orgRef.slice('Organization/'.length) : undefined;
  for (let depth = 0; id && depth < 8; depth += 1) {
    if (id === ctx.organizationId) return true;
    const parent = ctx.store.get('Organization', id)?.resource.partOf as Json | undefined;
    id = typeof parent?.reference === 'string' ? parent.reference.replace(/^Organization\//, '') : undefined;
  }
  return false;
}

/**
 * A client writes only for its own facility: "resource cannot be accessed due to business rule"
 * (rest-api-kfa/kyc/wilayah, "ketentuan Kode Akses API", satusehat.md §1.2).
 */
export function organizationAccessIssues(resource: Json, ctx: RuleContext): OutcomeIssue[] {
  if (resource.resourceType !== 'Encounter') return [];
  const ref = (resource.serviceProvider as Json | undefined)?.reference;
  if (typeof ref !== 'string' || ref.startsWith('urn:uuid:') || belongsTo(ref, ctx)) return [];
  return [
    ruleIssue(
      'forbidden',
      'resource cannot be accessed due to business rule',
      at(resource, ctx, 'serviceProvider'),
    ),
  ];
}
