import type { Json } from '../../http/json';
import type { OutcomeIssue } from '../../http/operation-outcome';
import { at, type RuleContext } from './context';

/** Elements without which the platform cannot even unmarshal the resource (FHIR R4 1..1 cardinalities). */
const REQUIRED: Record<string, readonly string[]> = {
  Encounter: ['status', 'class'],
  Observation: ['status', 'code'],
  Procedure: ['status', 'subject'],
  MedicationRequest: ['status', 'intent', 'subject'],
  MedicationDispense: ['status'],
  Composition: ['status', 'type', 'date', 'title'],
  ServiceRequest: ['status', 'intent', 'subject'],
  DiagnosticReport: ['status', 'code'],
};

/** `unparseable_resource` with the diagnostics shape of the Postman "Error 400" example (satusehat.md §4.1). */
export function structureIssues(resource: Json, ctx: RuleContext): OutcomeIssue[] {
  const type = String(resource.resourceType);
  const issues: OutcomeIssue[] = [];
  for (const field of REQUIRED[type] ?? []) {
    if (resource[field] === undefined || resource[field] === null) {
      issues.push({
        severity: 'error',
        code: 'structure',
        text: 'unparseable_resource',
        diagnostics: `missing required field "${field}"`,
        expression: [at(resource, ctx, field)],
      });
    }
  }
  return issues;
}
