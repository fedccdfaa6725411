import type { Json } from '../http/json';
import type { OutcomeIssue } from '../http/operation-outcome';
import type { SimulatorClient } from '../options';
import type { SimulatorState } from '../state';
import { type RuleContext, validateResource } from './rules/index';
import { isUniqueIdentifierSystem } from './store';

export interface WriteTarget {
  type: string;
  /** Set for updates. */
  id?: string;
  resource: Json;
  /** `Bundle.entry[i].resource` inside a transaction. */
  root?: string;
  bundleReferences?: ReadonlySet<string>;
  /** Identifiers claimed by earlier entries of the same transaction: `Type|system|value`. */
  claimedIdentifiers?: Set<string>;
}

export function statusFor(issues: readonly OutcomeIssue[]): number {
  if (issues.some((i) => i.code === 'forbidden')) return 403;
  // A missing update target has no expression; an unknown reference inside the payload has one.
  if (issues.some((i) => i.code === 'not-found' && !i.expression)) return 404;
  return 400;
}

function identifierKeys(type: string, resource: Json): string[] {
  const raw = resource.identifier;
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return (list as Json[])
    .filter(
      (i) =>
        typeof i?.system === 'string' && typeof i.value === 'string' && isUniqueIdentifierSystem(i.system),
    )
    .map((i) => `${type}|${String(i.system)}|${String(i.value)}`);
}

/**
 * What the platform checks before a write: who may write this type, that an update targets the sender's
 * own resource with the same id, the validation rules, and duplicate identifiers. Returns no issues when
 * the write may go ahead.
 */
export function checkWrite(
  state: SimulatorState,
  client: SimulatorClient,
  target: WriteTarget,
): OutcomeIssue[] {
  const { type, id, resource } = target;
  if (type === 'Practitioner') {
    return [
      {
        severity: 'error',
        code: 'forbidden',
        text: 'Resource Practitioner is not allowed for current access class (RuleNumber: 20004)',
      },
    ];
  }
  if (type === 'Patient' && id !== undefined) {
    return [
      {
        severity: 'error',
        code: 'forbidden',
        text: 'Organization not allowed to edit Patient (RuleNumber: 20016)',
      },
    ];
  }
  let existing: Json | undefined;
  if (id !== undefined) {
    if (resource.id !== id) {
      return [
        {
          severity: 'error',
          code: 'structure',
          text: 'resource_mismatch',
          diagnostics: `resource id mismatch, id of specified resource: ${id}, id from payload: ${String(resource.id ?? '')}`,
        },
      ];
    }
    const stored = state.store.get(type, id);
    if (!stored)
      return [
        {
          severity: 'error',
          code: 'not-found',
          text: `Resource not found ${type}/${id} (RuleNumber: 20007)`,
        },
      ];
    if (stored.ownerOrganization !== undefined && stored.ownerOrganization !== client.organizationId) {
      return [
        { severity: 'error', code: 'forbidden', text: 'resource cannot be accessed due to business rule' },
      ];
    }
    existing = stored.resource;
  }
  const ctx: RuleContext = {
    organizationId: client.organizationId,
    now: state.clock.now(),
    store: state.store,
    operation: id === undefined ? 'create' : 'update',
    ...(existing ? { existing } : {}),
    ...(target.root ? { root: target.root } : {}),
    ...(target.bundleReferences ? { bundleReferences: target.bundleReferences } : {}),
    rejectStandaloneMedication: state.options.rejectStandaloneMedication,
  };
  const issues = validateResource(resource, ctx);
  if (issues.length > 0) return issues;

  // The verbatim duplicate answer of the list-response page (rule 20002 in the kamus validasi).
  const duplicate: OutcomeIssue = {
    severity: 'error',
    code: 'duplicate',
    text: `Found duplicate resource: ${type}`,
  };
  if (state.store.duplicateOf(type, resource, id)) return [duplicate];
  if (target.claimedIdentifiers) {
    const keys = identifierKeys(type, resource);
    if (keys.some((k) => target.claimedIdentifiers?.has(k))) return [duplicate];
    for (const k of keys) target.claimedIdentifiers.add(k);
  }
  return [];
}
