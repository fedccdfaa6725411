import { z } from 'zod';
import { readWith } from './unreadable';

/** One issue of an OperationOutcome, shaped so the SDK can hand it on as a RemoteIssue. */
export interface OutcomeIssue {
  severity: 'fatal' | 'error' | 'warning' | 'information';
  /** FHIR issue type: `value`, `format`, `duplicate`, `structure`, `forbidden`, `suppressed`... */
  code: string;
  /** `details.text`, else `diagnostics`, else the code. */
  message: string;
  /** SATUSEHAT's `(RuleNumber: NNNNN)` found in the text. */
  ruleNumber?: number;
  /** The first expression (FHIRPath of the offending element). */
  location?: string;
  expression?: string[];
  diagnostics?: string;
}

const RULE_NUMBER = /RuleNumber:\s*(\d+)/i;

/** The RuleNumber SATUSEHAT writes into an issue's text: `... (RuleNumber: 10117)` gives 10117. */
export function parseRuleNumber(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const m = RULE_NUMBER.exec(text);
  return m ? Number(m[1]) : undefined;
}

const SEVERITIES = new Set(['fatal', 'error', 'warning', 'information']);

const outcomeSchema = z.looseObject({
  resourceType: z.literal('OperationOutcome'),
  issue: z
    .array(
      z.looseObject({
        // The token endpoint answers with the non-standard severity "invalid" (spec §2.4): read, not rejected.
        severity: z.string().optional(),
        code: z.string().optional(),
        details: z.looseObject({ text: z.string().optional() }).optional(),
        diagnostics: z.string().optional(),
        expression: z.array(z.string()).optional(),
        location: z.array(z.string()).optional(),
      }),
    )
    .default([]),
});

export function isOperationOutcome(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { resourceType?: unknown }).resourceType === 'OperationOutcome'
  );
}

/** Reads an OperationOutcome into issues with their RuleNumbers parsed out of `details.text` (or diagnostics). */
export function readOperationOutcome(input: unknown): OutcomeIssue[] {
  const outcome = readWith(outcomeSchema, input, 'OperationOutcome');
  return outcome.issue.map((issue) => {
    const text = issue.details?.text;
    const message = text ?? issue.diagnostics ?? issue.code ?? 'unknown';
    const expression = issue.expression ?? issue.location;
    const read: OutcomeIssue = {
      severity: SEVERITIES.has(issue.severity ?? '') ? (issue.severity as OutcomeIssue['severity']) : 'error',
      code: issue.code ?? 'unknown',
      message,
    };
    const ruleNumber = parseRuleNumber(text) ?? parseRuleNumber(issue.diagnostics);
    if (ruleNumber !== undefined) read.ruleNumber = ruleNumber;
    if (expression !== undefined && expression.length > 0) {
      read.expression = expression;
      read.location = expression[0];
    }
    if (issue.diagnostics !== undefined && issue.diagnostics !== message)
      read.diagnostics = issue.diagnostics;
    return read;
  });
}
