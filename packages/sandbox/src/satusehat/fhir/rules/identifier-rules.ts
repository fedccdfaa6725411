import type { Json } from '../../http/json';
import { type OutcomeIssue, ruleIssue } from '../../http/operation-outcome';
import { at, located, type RuleContext } from './context';

// http://sys-ids.kemkes.go.id/{kind}/{orgId}[/…]; kinds that are not org-scoped are listed apart.
const SYS_IDS = /^http:\/\/sys-ids\.kemkes\.go\.id\/([a-z-]+)\/([^/]+)(\/.*)?$/;
const NOT_ORG_SCOPED = new Set(['kfa', 'referral-number']);

/**
 * RuleNumber 10117: identifier systems that embed an organization must embed the sender's own
 * (`Wrong organization ID provided by system URL: …`, github.com/ivanwilliammd/satusehat-integration/issues/18),
 * and an Encounter's identifier must use the encounter system (`Invalid identifier system: …`, list-response).
 */
export function identifierIssues(resource: Json, ctx: RuleContext): OutcomeIssue[] {
  const issues: OutcomeIssue[] = [];
  const type = String(resource.resourceType);
  const systems = [
    ...located(resource, 'identifier.system'),
    ...(type === 'Practitioner' || type === 'Patient'
      ? []
      : located(resource, 'qualification.identifier.system')),
  ];
  for (const { value, path } of systems) {
    if (typeof value !== 'string') continue;
    const match = SYS_IDS.exec(value);
    if (
      type === 'Encounter' &&
      path.startsWith('identifier') &&
      !value.startsWith('http://sys-ids.kemkes.go.id/encounter/')
    ) {
      issues.push(
        ruleIssue(
          'value',
          `Invalid identifier system: ${value} (RuleNumber: 10117)`,
          at(resource, ctx, path),
        ),
      );
      continue;
    }
    if (!match || NOT_ORG_SCOPED.has(match[1] ?? '')) continue;
    if (match[2] !== ctx.organizationId) {
      issues.push(
        ruleIssue(
          'value',
          `Wrong organization ID provided by system URL: ${value} (RuleNumber: 10117)`,
          at(resource, ctx, path),
        ),
      );
    }
  }
  return issues;
}
