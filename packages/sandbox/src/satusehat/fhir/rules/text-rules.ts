import type { Json } from '../../http/json';
import { type OutcomeIssue, ruleIssue } from '../../http/operation-outcome';
import { forEachString } from '../paths';
import { at, type RuleContext } from './context';

/** RuleNumber 10134: `Text is empty: ''` for any empty string element (FHIR forbids them everywhere). */
export function textIssues(resource: Json, ctx: RuleContext): OutcomeIssue[] {
  const issues: OutcomeIssue[] = [];
  forEachString(resource, (text, path) => {
    if (text.trim() === '')
      issues.push(
        ruleIssue('value', `Text is empty: '${text}' (RuleNumber: 10134)`, at(resource, ctx, path)),
      );
  });
  return issues;
}
