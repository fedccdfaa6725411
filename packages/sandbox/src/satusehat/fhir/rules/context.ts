import type { Json } from '../../http/json';
import type { OutcomeIssue } from '../../http/operation-outcome';
import type { FhirStore } from '../store';

export interface RuleContext {
  /** The organization of the client that sent the request (1 client id ↔ 1 organization). */
  organizationId: string;
  now: number;
  store: FhirStore;
  /** `create` for POST, `update` for PUT/PATCH. */
  operation: 'create' | 'update';
  /** The stored version an update replaces. */
  existing?: Json;
  /** `Type/id` of resources created earlier in the same transaction Bundle. */
  bundleReferences?: ReadonlySet<string>;
  /** Where the resource sits, e.g. `Bundle.entry[2].resource`; default its resource type. */
  root?: string;
  rejectStandaloneMedication: boolean;
}

export type Rule = (resource: Json, ctx: RuleContext) => OutcomeIssue[];

/** The FHIRPath of an element for an issue's `expression`. */
export function at(resource: Json, ctx: RuleContext, path: string): string {
  const root = ctx.root ?? String(resource.resourceType);
  return path ? `${root}.${path}` : root;
}

/** Values at a dotted path with the concrete indexed path of each: `statusHistory[1].period.start`. */
export function located(value: unknown, path: string): { value: unknown; path: string }[] {
  let current: { value: unknown; path: string }[] = [{ value, path: '' }];
  for (const key of path.split('.')) {
    const next: { value: unknown; path: string }[] = [];
    for (const item of current) {
      if (typeof item.value !== 'object' || item.value === null || Array.isArray(item.value)) continue;
      const child = (item.value as Json)[key];
      const base = item.path ? `${item.path}.${key}` : key;
      if (child === undefined) continue;
      if (Array.isArray(child))
        for (const [i, c] of child.entries()) next.push({ value: c, path: `${base}[${i}]` });
      else next.push({ value: child, path: base });
    }
    current = next;
  }
  return current;
}
