import type { Json } from '../../http/json';
import { type OutcomeIssue, ruleIssue } from '../../http/operation-outcome';
import { at, type RuleContext } from './context';
import { parseDateTime } from './date-rules';

/**
 * The Encounter lifecycle the playbook prescribes (satusehat.md §3.6): arrived → in-progress → finished, each
 * step recorded in statusHistory, and a finished visit carrying its diagnoses and an end time. The platform's
 * texts for these checks are not published; the messages here are the simulator's own.
 */
const NEXT: Record<string, readonly string[]> = {
  planned: ['planned', 'arrived', 'triaged', 'in-progress', 'cancelled'],
  arrived: ['arrived', 'triaged', 'in-progress', 'finished', 'cancelled'],
  triaged: ['triaged', 'in-progress', 'finished', 'cancelled'],
  'in-progress': ['in-progress', 'onleave', 'finished'],
  onleave: ['onleave', 'in-progress', 'finished'],
  finished: ['finished'],
  cancelled: ['cancelled'],
  'entered-in-error': ['entered-in-error'],
  unknown: ['unknown'],
};

const ORDER = ['planned', 'arrived', 'triaged', 'in-progress', 'onleave', 'finished'];

export function encounterIssues(resource: Json, ctx: RuleContext): OutcomeIssue[] {
  if (resource.resourceType !== 'Encounter' || typeof resource.status !== 'string') return [];
  const issues: OutcomeIssue[] = [];
  const status = resource.status;
  const history = Array.isArray(resource.statusHistory) ? (resource.statusHistory as Json[]) : [];
  const statuses = history.map((h) => h?.status);

  const previous = ctx.existing?.status;
  if (
    typeof previous === 'string' &&
    status !== 'entered-in-error' &&
    !(NEXT[previous] ?? []).includes(status)
  ) {
    issues.push(
      ruleIssue(
        'business-rule',
        `Invalid Encounter status transition: ${previous} -> ${status}`,
        at(resource, ctx, 'status'),
      ),
    );
  }

  if (history.length > 0 && statuses[statuses.length - 1] !== status) {
    issues.push(
      ruleIssue(
        'business-rule',
        `Encounter.status '${status}' must equal the status of the last statusHistory entry ('${String(statuses[statuses.length - 1])}')`,
        at(resource, ctx, `statusHistory[${history.length - 1}].status`),
      ),
    );
  }

  // statusHistory only moves forward, and its periods follow each other in time.
  let lastRank = -1;
  let lastStart = Number.NEGATIVE_INFINITY;
  history.forEach((entry, i) => {
    const rank = ORDER.indexOf(String(entry?.status));
    if (rank >= 0 && rank < lastRank) {
      issues.push(
        ruleIssue(
          'business-rule',
          `statusHistory goes backwards at '${String(entry?.status)}'`,
          at(resource, ctx, `statusHistory[${i}].status`),
        ),
      );
    }
    if (rank >= 0) lastRank = rank;
    const period = entry?.period as Json | undefined;
    const start = typeof period?.start === 'string' ? parseDateTime(period.start) : undefined;
    const end = typeof period?.end === 'string' ? parseDateTime(period.end) : undefined;
    if (start !== undefined && end !== undefined && end < start) {
      issues.push(
        ruleIssue(
          'business-rule',
          'statusHistory period ends before it starts',
          at(resource, ctx, `statusHistory[${i}].period`),
        ),
      );
    }
    if (start !== undefined && start < lastStart) {
      issues.push(
        ruleIssue(
          'business-rule',
          'statusHistory periods are not in time order',
          at(resource, ctx, `statusHistory[${i}].period.start`),
        ),
      );
    }
    if (start !== undefined) lastStart = start;
  });

  if (status === 'finished') {
    for (const required of ['arrived', 'in-progress', 'finished']) {
      if (!statuses.includes(required)) {
        issues.push(
          ruleIssue(
            'business-rule',
            `A finished Encounter must record '${required}' in statusHistory (arrived, in-progress, finished)`,
            at(resource, ctx, 'statusHistory'),
          ),
        );
      }
    }
    const diagnoses = Array.isArray(resource.diagnosis) ? (resource.diagnosis as Json[]) : [];
    if (diagnoses.length === 0) {
      issues.push(
        ruleIssue(
          'business-rule',
          'A finished Encounter must carry at least one diagnosis',
          at(resource, ctx, 'diagnosis'),
        ),
      );
    }
    diagnoses.forEach((d, i) => {
      const ref = (d?.condition as Json | undefined)?.reference;
      if (typeof ref !== 'string' || !(ref.startsWith('Condition/') || ref.startsWith('urn:uuid:'))) {
        issues.push(
          ruleIssue(
            'value',
            `Reference is mandatory : Encounter.diagnosis[${i}].condition (RuleNumber: 10124)`,
            at(resource, ctx, `diagnosis[${i}].condition`),
          ),
        );
      }
    });
    const period = resource.period as Json | undefined;
    if (typeof period?.end !== 'string') {
      issues.push(
        ruleIssue(
          'business-rule',
          'A finished Encounter must have period.end',
          at(resource, ctx, 'period.end'),
        ),
      );
    }
  }
  return issues;
}
