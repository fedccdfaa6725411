import type { DetectedIssue, Reference } from 'fhir/r4';
import type { DrugIssue } from '../engine/issue';
import type { OverrideRecord } from '../policy/alert-store';
import { OVERRIDE_REASON_SYSTEM } from '../policy/override-reasons';
import type { Citation } from '../schema/primitives';

export const ACT_CODE_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';
/** Our own code for findings HL7 has no code for (NOT_CHECKED). */
export const SEHATKIT_ISSUE_SYSTEM = 'https://sehatkit.dev/fhir/CodeSystem/detected-issue';

const DISPLAY: Record<DrugIssue['kind'], string> = {
  DRG: 'Drug Interaction Alert',
  ALGY: 'Allergy Alert',
  DUPTHPY: 'Duplicate Therapy Alert',
  DOSEH: 'High Dose Alert',
  PREG: 'Drug Pregnancy Alert',
  LACT: 'Lactation Alert',
  PEALRT: 'Pediatric Alert',
  GEALRT: 'Geriatric Alert',
  COND: 'Condition Alert',
  NOT_CHECKED: 'Not checked: could not be resolved to an ingredient',
};

const SEVERITY: Record<DrugIssue['severity'], 'high' | 'moderate' | 'low'> = {
  CI: 'high',
  MAJ: 'high',
  MOD: 'moderate',
  MIN: 'low',
};

export interface DetectedIssueOptions {
  /** Language of `detail`; `id` (default) or `en`. */
  language?: 'id' | 'en';
  /** FHIR reference of the patient, e.g. `Patient/P0123`. */
  patient?: string;
  /** Maps a line id to the resource it came from (`MedicationRequest/…`). Default: the id as a display. */
  reference?: (lineId: string) => Reference;
  /** When the check ran (ISO). */
  identified?: string;
  /** The prescriber's override, which becomes the mitigation. */
  override?: OverrideRecord;
}

function citationText(c: Citation): string {
  return [c.title, c.section, c.publisher, c.year, c.id]
    .filter((x) => x !== undefined && x !== '')
    .join(', ');
}

/** A FHIR R4 DetectedIssue for one finding (status `preliminary`, or `final` once overridden). */
export function toDetectedIssue(issue: DrugIssue, options: DetectedIssueOptions = {}): DetectedIssue {
  const lang = options.language ?? 'id';
  const reference = options.reference ?? ((lineId: string) => ({ display: lineId }));
  const code =
    issue.kind === 'NOT_CHECKED'
      ? { system: SEHATKIT_ISSUE_SYSTEM, code: 'NOT_CHECKED', display: DISPLAY.NOT_CHECKED }
      : { system: ACT_CODE_SYSTEM, code: issue.kind, display: DISPLAY[issue.kind] };
  const o = options.override;
  return {
    resourceType: 'DetectedIssue',
    status: o ? 'final' : 'preliminary',
    code: { coding: [code], text: issue.summary[lang] },
    severity: SEVERITY[issue.severity],
    ...(options.patient ? { patient: { reference: options.patient } } : {}),
    ...(options.identified ? { identifiedDateTime: options.identified } : {}),
    ...(issue.lines.length > 0 ? { implicated: issue.lines.map(reference) } : {}),
    ...(issue.evidence.length > 0
      ? { evidence: [{ detail: issue.evidence.map((c) => ({ display: citationText(c) })) }] }
      : {}),
    detail: [issue.detail[lang], issue.management?.[lang]].filter(Boolean).join(' '),
    ...(o
      ? {
          mitigation: [
            {
              action: {
                coding: [{ system: OVERRIDE_REASON_SYSTEM, code: o.reasonCode }],
                ...(o.reasonText ? { text: o.reasonText } : {}),
              },
              date: o.at,
              author: { display: o.by },
            },
          ],
        }
      : {}),
  };
}
