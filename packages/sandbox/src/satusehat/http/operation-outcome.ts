import { fhirResponse } from './json';

/** One OperationOutcome issue as SATUSEHAT writes it (satusehat.md §4.1). */
export interface OutcomeIssue {
  severity: 'fatal' | 'error' | 'warning' | 'information' | 'invalid';
  code: string;
  text: string;
  expression?: string[];
  diagnostics?: string;
}

export function operationOutcome(issues: readonly OutcomeIssue[]): Record<string, unknown> {
  return {
    resourceType: 'OperationOutcome',
    // Every official validation example carries this narrative stub.
    text: { status: 'generated' },
    issue: issues.map((i) => ({
      severity: i.severity,
      code: i.code,
      details: { text: i.text },
      ...(i.expression ? { expression: i.expression } : {}),
      ...(i.diagnostics ? { diagnostics: i.diagnostics } : {}),
    })),
  };
}

export function outcomeResponse(issues: readonly OutcomeIssue[], status = 400): Response {
  return fhirResponse(operationOutcome(issues), status);
}

/** An issue whose text carries its rule number the way the platform embeds it: `… (RuleNumber: 10124)`. */
export function ruleIssue(
  code: string,
  text: string,
  expression?: string,
  severity: OutcomeIssue['severity'] = 'error',
): OutcomeIssue {
  return { severity, code, text, ...(expression ? { expression: [expression] } : {}) };
}
