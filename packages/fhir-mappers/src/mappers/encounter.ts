import type { Encounter, EncounterStatusHistory, Reference } from 'fhir/r4';
import { FhirMappingError } from '../errors/fhir-mapping-error';
import { parseRecord } from '../records/parse';
import { type ParsedVisit, type VisitRecord, visitRecordSchema } from '../records/visit';
import { DIAGNOSIS_USES, DISCHARGE_DISPOSITIONS, ENCOUNTER_CLASSES } from '../terminology/clinical';
import { CODE_SYSTEMS, orgScopedSystem } from '../terminology/systems';
import { utcToEpoch } from '../time/datetime';
import { indonesianDate } from '../time/local-display';
import { type MappingContext, parseOptions, type ResolvedContext, resolveContext } from './context';
import {
  coding,
  concept,
  locationReference,
  organizationReference,
  patientReference,
  period,
  practitionerReference,
} from './fhir-helpers';

/**
 * The statusHistory SATUSEHAT wants: arrived, then in-progress, then finished, each with its period
 * (spec §3.6; the finished entry starts and ends at the finish time, as in the official Postman example).
 */
function statusHistory(visit: ParsedVisit): EncounterStatusHistory[] {
  const history: EncounterStatusHistory[] = [
    { status: 'arrived', period: period(visit.arrivedAt, visit.inProgressAt) },
  ];
  if (visit.status === 'arrived' || visit.inProgressAt === undefined) return history;
  history.push({ status: 'in-progress', period: period(visit.inProgressAt, visit.finishedAt) });
  if (visit.status === 'finished' && visit.finishedAt !== undefined) {
    history.push({ status: 'finished', period: { start: visit.finishedAt, end: visit.finishedAt } });
  }
  return history;
}

/** Ranks as SATUSEHAT reads them: the primary diagnosis 1, secondary ones 2, 3... in the record's order. */
export function diagnosisRanks(visit: ParsedVisit): number[] {
  let next = 2;
  return visit.diagnoses.map((d) => (d.role === 'primary' ? 1 : next++));
}

/** "Kunjungan Budi Santoso di hari Selasa, 14 Juni 2022", the label SATUSEHAT's examples give a visit. */
export function visitLabel(visit: ParsedVisit, ctx: ResolvedContext): string {
  return `Kunjungan ${visit.patient.name} di hari ${indonesianDate(utcToEpoch(visit.arrivedAt), ctx.timeZone ?? 'WIB')}`;
}

/** Builds the Encounter; `conditions[i]` references the Condition of `visit.diagnoses[i]`. */
export function buildEncounter(
  visit: ParsedVisit,
  ctx: ResolvedContext,
  conditions: readonly Reference[],
): Encounter {
  // Set element by element in the resource's order, optional ones only when present (see buildCondition).
  const encounter = { resourceType: 'Encounter' } as Encounter;
  if (visit.encounterId !== undefined) encounter.id = visit.encounterId;
  encounter.identifier = [
    { system: orgScopedSystem('encounter', ctx.organizationId), value: visit.registrationNumber },
  ];
  encounter.status = visit.status;
  encounter.class = coding(CODE_SYSTEMS.actCode, visit.class, ENCOUNTER_CLASSES[visit.class]);
  encounter.subject = patientReference(visit.patient);
  encounter.participant = [
    {
      type: [concept(CODE_SYSTEMS.participationType, 'ATND', 'attender')],
      individual: practitionerReference(visit.practitioner),
    },
  ];
  encounter.period = period(visit.arrivedAt, visit.finishedAt);
  encounter.location = [{ location: locationReference(visit.location) }];
  if (visit.diagnoses.length > 0) {
    const ranks = diagnosisRanks(visit);
    encounter.diagnosis = visit.diagnoses.map((d, i) => {
      const use = DIAGNOSIS_USES[d.use];
      return {
        condition: { ...(conditions[i] as Reference), display: d.display },
        use: concept(CODE_SYSTEMS.diagnosisRole, use.code, use.display),
        rank: ranks[i] as number,
      };
    });
  }
  encounter.statusHistory = statusHistory(visit);
  if (visit.dischargeDisposition !== undefined) {
    encounter.hospitalization = {
      dischargeDisposition: concept(
        CODE_SYSTEMS.dischargeDisposition,
        visit.dischargeDisposition,
        DISCHARGE_DISPOSITIONS[visit.dischargeDisposition],
      ),
    };
  }
  encounter.serviceProvider = organizationReference(ctx.organizationId);
  return encounter;
}

/**
 * The visit's Encounter on its own, for the lifecycle calls (POST at arrival, PUT at in-progress and finish).
 * Its diagnoses must already exist in SATUSEHAT (`conditionId`); to send a visit with new diagnoses in one
 * request, use buildVisitBundle.
 */
export function mapEncounter(visit: VisitRecord, context: MappingContext): Encounter {
  const ctx = resolveContext(context);
  const parsed = parseRecord(visitRecordSchema, visit, 'visit', parseOptions(ctx));
  const missing = parsed.diagnoses.flatMap((d, i) =>
    d.conditionId === undefined
      ? [
          {
            path: `diagnoses[${i}].conditionId`,
            message:
              'Required to reference the diagnosis from an Encounter sent alone; or use buildVisitBundle',
            code: 'required',
          },
        ]
      : [],
  );
  if (missing.length > 0) throw new FhirMappingError('visit', missing);
  return buildEncounter(
    parsed,
    ctx,
    parsed.diagnoses.map((d) => ({ reference: `Condition/${d.conditionId}` })),
  );
}
