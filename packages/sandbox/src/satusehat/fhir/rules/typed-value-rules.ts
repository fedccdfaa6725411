import { isObject, type Json } from '../../http/json';
import { type OutcomeIssue, ruleIssue } from '../../http/operation-outcome';
import { at, type RuleContext } from './context';

// FHIR R4 elements whose JSON type is fixed wherever they appear in the resources clinics send.
const INTEGER_KEYS = new Set([
  'rank',
  'sequence',
  'multipleBirthInteger',
  'valueInteger',
  'numberOfRepeatsAllowed',
]);
const DECIMAL_PARENTS = new Set([
  'valueQuantity',
  'quantity',
  'doseQuantity',
  'numerator',
  'denominator',
  'low',
  'high',
]);
const BOOLEAN_KEYS = new Set([
  'active',
  'deceasedBoolean',
  'multipleBirthBoolean',
  'isActive',
  'valueBoolean',
  'preferred',
  'allowedBoolean',
]);

/**
 * Values of the wrong JSON type: an integer sent as a string is RuleNumber 10254 ("Integer formated as a
 * string", list-response); other type mismatches fail to unmarshal, RuleNumber 20008 (kamus validasi v1.1).
 */
export function typedValueIssues(resource: Json, ctx: RuleContext): OutcomeIssue[] {
  const issues: OutcomeIssue[] = [];
  const unmarshal = (path: string, expected: string) =>
    issues.push({
      severity: 'error',
      code: 'structure',
      text: 'Failed to unmarshal request payload (RuleNumber: 20008)',
      diagnostics: `${path}: expected ${expected}`,
      expression: [at(resource, ctx, path)],
    });
  const walk = (value: unknown, path: string, parentKey: string | undefined): void => {
    if (Array.isArray(value)) {
      for (const [i, item] of value.entries()) walk(item, `${path}[${i}]`, parentKey);
      return;
    }
    if (!isObject(value)) return;
    for (const [key, item] of Object.entries(value)) {
      const here = path ? `${path}.${key}` : key;
      if (INTEGER_KEYS.has(key) && !Number.isInteger(item)) {
        if (typeof item === 'string') {
          issues.push(
            ruleIssue(
              'value',
              `Integer formated as a string: '${item}' (RuleNumber: 10254)`,
              at(resource, ctx, here),
            ),
          );
        } else unmarshal(here, 'an integer');
      } else if (
        key === 'value' &&
        parentKey !== undefined &&
        DECIMAL_PARENTS.has(parentKey) &&
        typeof item !== 'number'
      ) {
        unmarshal(here, 'a decimal number');
      } else if (BOOLEAN_KEYS.has(key) && typeof item !== 'boolean') {
        unmarshal(here, 'true or false');
      } else walk(item, here, key);
    }
  };
  walk(resource, '', undefined);
  return issues;
}
