import { isFhirMappingError, readOperationOutcome } from '@sehatkit/fhir-mappers';
import type { RemoteIssue } from '../../errors/remote-validation-error';
import type { Redactor } from '../../logging/redact';

export interface OperationOutcomeWire {
  resourceType: 'OperationOutcome';
  issue?: { code?: unknown; [field: string]: unknown }[];
}

export function isOperationOutcome(value: unknown): value is OperationOutcomeWire {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { resourceType?: unknown }).resourceType === 'OperationOutcome'
  );
}

// Texts that are only a machine label; the diagnostics carry the meaning (satusehat.md §4.1).
const LABELS = new Set(['unparseable_resource', 'invalid_query', 'resource_mismatch', 'invalid_patch']);

/**
 * SATUSEHAT's issues as the error family's RemoteIssues, read with @sehatkit/fhir-mappers' reader (RuleNumber
 * from `details.text`, first expression as location). Texts are redacted: the platform echoes payload values.
 */
export function issuesFromOutcome(outcome: unknown, redactor: Redactor): RemoteIssue[] {
  let issues: ReturnType<typeof readOperationOutcome>;
  try {
    issues = readOperationOutcome(outcome);
  } catch (error) {
    if (!isFhirMappingError(error)) throw error;
    return [{ message: 'SATUSEHAT answered with an unreadable OperationOutcome', severity: 'error' }];
  }
  return issues.map((issue) => {
    const message =
      LABELS.has(issue.message) && issue.diagnostics
        ? `${issue.message}: ${issue.diagnostics}`
        : issue.message;
    return {
      message: redactor.text(message),
      ...(issue.location ? { location: redactor.text(issue.location) } : {}),
      ...(issue.ruleNumber !== undefined ? { ruleNumber: issue.ruleNumber } : {}),
      severity: issue.severity,
      code: issue.code,
    };
  });
}
