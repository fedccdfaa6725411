import type { Json } from '../../http/json';
import { type OutcomeIssue, ruleIssue } from '../../http/operation-outcome';
import { at, located, type RuleContext } from './context';

/** Date-time elements the validator checks, per resource type (playbook rawat jalan; kamus validasi). */
const DATE_PATHS: Record<string, readonly string[]> = {
  Encounter: ['period.start', 'period.end', 'statusHistory.period.start', 'statusHistory.period.end'],
  Condition: ['onsetDateTime', 'recordedDate', 'abatementDateTime'],
  Observation: ['effectiveDateTime', 'issued', 'effectivePeriod.start', 'effectivePeriod.end'],
  Procedure: ['performedDateTime', 'performedPeriod.start', 'performedPeriod.end'],
  Composition: ['date'],
  AllergyIntolerance: ['recordedDate', 'onsetDateTime'],
  ClinicalImpression: ['effectiveDateTime', 'date'],
  MedicationRequest: ['authoredOn'],
  MedicationDispense: ['whenPrepared', 'whenHandedOver'],
  ServiceRequest: ['authoredOn', 'occurrenceDateTime'],
  DiagnosticReport: ['effectiveDateTime', 'issued'],
  Specimen: ['receivedTime', 'collection.collectedDateTime'],
  EpisodeOfCare: ['period.start', 'period.end', 'statusHistory.period.start', 'statusHistory.period.end'],
};

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
/** "Not Allowed : Future Date or Past Date older than 31st August 2022" (list-response, satusehat.md §3.0). */
const OLDEST_ALLOWED = Date.UTC(2022, 7, 31);

/** Parses a full date-time with offset, rejecting impossible calendar dates; undefined when malformed. */
export function parseDateTime(value: string): number | undefined {
  const m = DATE_TIME.exec(value);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as number[];
  const probe = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 0));
  if (probe.getUTCMonth() !== (month ?? 1) - 1 || probe.getUTCDate() !== day) return undefined;
  if ((hour ?? 0) > 23 || (minute ?? 0) > 59 || (second ?? 0) > 59) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/** RuleNumber 10132: format `YYYY-MM-DDThh:mm:ss+00:00`, not in the future, not before 31 August 2022. */
export function dateIssues(resource: Json, ctx: RuleContext): OutcomeIssue[] {
  const issues: OutcomeIssue[] = [];
  for (const path of DATE_PATHS[String(resource.resourceType)] ?? []) {
    for (const found of located(resource, path)) {
      if (typeof found.value !== 'string') continue;
      const expression = at(resource, ctx, found.path);
      const ms = parseDateTime(found.value);
      if (ms === undefined) {
        issues.push(
          ruleIssue(
            'format',
            `Invalid date time format : ${found.value} (RuleNumber: 10132). Format allowed : YYYY-MM-DDThh:mm:ss+00:00`,
            expression,
          ),
        );
      } else if (ms > ctx.now || ms < OLDEST_ALLOWED) {
        issues.push(
          ruleIssue(
            'value',
            `Invalid date time value : ${found.value} (RuleNumber: 10132) Not Allowed : Future Date or Past Date older than 31st August 2022`,
            expression,
          ),
        );
      }
    }
  }
  return issues;
}
