import type { Json } from '../../http/json';
import type { OutcomeIssue } from '../../http/operation-outcome';
import { codingIssues } from './coding-rules';
import type { Rule, RuleContext } from './context';
import { dateIssues } from './date-rules';
import { encounterIssues } from './encounter-rules';
import { identifierIssues } from './identifier-rules';
import {
  mandatoryReferenceIssues,
  organizationAccessIssues,
  unknownReferenceIssues,
} from './reference-rules';
import { structureIssues } from './structure';
import { textIssues } from './text-rules';
import { typedValueIssues } from './typed-value-rules';

export type { RuleContext } from './context';

const CONTENT_RULES: readonly Rule[] = [
  identifierIssues,
  mandatoryReferenceIssues,
  unknownReferenceIssues,
  codingIssues,
  dateIssues,
  textIssues,
  encounterIssues,
  (resource, ctx) =>
    ctx.rejectStandaloneMedication && resource.resourceType === 'Medication'
      ? [
          {
            severity: 'error',
            code: 'business-rule',
            text: 'Medication must be sent contained in MedicationRequest or MedicationDispense',
            expression: [ctx.root ?? 'Medication'],
          },
        ]
      : [],
];

/**
 * Every issue the platform would raise for this resource. Structural problems stop the check (the platform
 * cannot unmarshal further); access problems come next; the content rules report together.
 */
export function validateResource(resource: Json, ctx: RuleContext): OutcomeIssue[] {
  const structure = [...structureIssues(resource, ctx), ...typedValueIssues(resource, ctx)];
  if (structure.length > 0) return structure;
  const access = organizationAccessIssues(resource, ctx);
  if (access.length > 0) return access;
  return CONTENT_RULES.flatMap((rule) => rule(resource, ctx));
}
