import type { Json } from '../../http/json';
import { type OutcomeIssue, ruleIssue } from '../../http/operation-outcome';
import { at, located, type RuleContext } from './context';

interface CodingRule {
  /** Path to the Coding (or to an element with system/code). */
  path: string;
  systems: readonly string[];
  /** Allowed codes when the system is right; omitted means any code. */
  codes?: readonly string[];
  /** Rule number for a wrong system; code-not-found is always 10001. */
  systemRule: number;
}

const V3_ACT_CODE = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';
const PARTICIPATION = 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType';
const DIAGNOSIS_ROLE = 'http://terminology.hl7.org/CodeSystem/diagnosis-role';

// Sources: satusehat.md §3.1 code-system table, §4.1 list-response examples (10001, 10002), and the kamus
// validasi transcribed in ivanwilliammd/satusehat-integration:src/SSResponse/SSValidationError.php (10003–10012).
const RULES: Record<string, readonly CodingRule[]> = {
  Encounter: [
    {
      path: 'class',
      systems: [V3_ACT_CODE],
      codes: ['AMB', 'EMER', 'IMP', 'HH', 'TELE', 'FLD', 'VR', 'ACUTE', 'NONAC', 'OBSENC', 'PRENC', 'SS'],
      systemRule: 10002,
    },
    {
      path: 'participant.type.coding',
      systems: [PARTICIPATION],
      codes: [
        'ATND',
        'ADM',
        'CON',
        'DIS',
        'REF',
        'PPRF',
        'SPRF',
        'PART',
        'TRANS',
        'ESC',
        'CALLBCK',
        'EMERGENCY',
        'TRANSLATOR',
      ],
      systemRule: 10002,
    },
    {
      path: 'diagnosis.use.coding',
      systems: [DIAGNOSIS_ROLE],
      codes: ['AD', 'DD', 'CC', 'CM', 'pre-op', 'post-op', 'billing'],
      systemRule: 10002,
    },
  ],
  Condition: [
    {
      path: 'code.coding',
      systems: [
        'http://hl7.org/fhir/sid/icd-10',
        'http://snomed.info/sct',
        'http://terminology.kemkes.go.id/CodeSystem/clinical-term',
      ],
      systemRule: 10003,
    },
    {
      path: 'clinicalStatus.coding',
      systems: ['http://terminology.hl7.org/CodeSystem/condition-clinical'],
      codes: ['active', 'recurrence', 'relapse', 'inactive', 'remission', 'resolved'],
      systemRule: 10006,
    },
    {
      path: 'category.coding',
      systems: [
        'http://terminology.hl7.org/CodeSystem/condition-category',
        'http://terminology.kemkes.go.id',
      ],
      systemRule: 10007,
    },
  ],
  Observation: [
    {
      path: 'category.coding',
      systems: ['http://terminology.hl7.org/CodeSystem/observation-category'],
      systemRule: 10009,
    },
    {
      path: 'code.coding',
      systems: [
        'http://loinc.org',
        'http://snomed.info/sct',
        'http://terminology.kemkes.go.id/CodeSystem/examination',
        'http://terminology.kemkes.go.id/CodeSystem/clinical-term',
      ],
      systemRule: 10010,
    },
    { path: 'valueQuantity', systems: ['http://unitsofmeasure.org'], systemRule: 10012 },
  ],
};

const ENCOUNTER_STATUSES = [
  'planned',
  'arrived',
  'triaged',
  'in-progress',
  'onleave',
  'finished',
  'cancelled',
  'entered-in-error',
  'unknown',
];

/** RuleNumbers 10001 (code not found) and 10002/10003/… (invalid coding system). */
export function codingIssues(resource: Json, ctx: RuleContext): OutcomeIssue[] {
  const issues: OutcomeIssue[] = [];
  const type = String(resource.resourceType);
  if (
    type === 'Encounter' &&
    typeof resource.status === 'string' &&
    !ENCOUNTER_STATUSES.includes(resource.status)
  ) {
    issues.push(
      ruleIssue(
        'value',
        `Code not found: '${resource.status}' in system: http://hl7.org/fhir/encounter-status (RuleNumber: 10001)`,
        at(resource, ctx, 'status'),
      ),
    );
  }
  for (const rule of RULES[type] ?? []) {
    for (const coding of located(resource, rule.path)) {
      const value = coding.value as Json;
      if (typeof value !== 'object' || value === null) continue;
      const system = value.system;
      if (typeof system !== 'string') continue;
      if (!rule.systems.includes(system)) {
        issues.push(
          ruleIssue(
            'value',
            `Invalid coding system: ${system} (RuleNumber: ${rule.systemRule})`,
            at(resource, ctx, `${coding.path}.system`),
          ),
        );
      } else if (rule.codes && typeof value.code === 'string' && !rule.codes.includes(value.code)) {
        issues.push(
          ruleIssue(
            'value',
            `Code not found: '${value.code}' in system: ${system} (RuleNumber: 10001)`,
            at(resource, ctx, `${coding.path}.code`),
          ),
        );
      }
    }
  }
  return issues;
}
