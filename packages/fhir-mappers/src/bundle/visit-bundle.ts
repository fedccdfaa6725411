import type { Bundle, BundleEntry, FhirResource, Reference } from 'fhir/r4';
import { FhirMappingError } from '../errors/fhir-mapping-error';
import {
  buildAllergyIntolerance,
  buildClinicalImpression,
  buildComposition,
  type ConditionLink,
} from '../mappers/assessment';
import { buildCondition, buildProcedure } from '../mappers/condition';
import {
  type MappingContext,
  parseOptions,
  type ResolvedClinicalContext,
  type ResolvedContext,
  resolveContext,
} from '../mappers/context';
import { buildEncounter, visitLabel } from '../mappers/encounter';
import { buildMedicationDispense, buildMedicationRequest } from '../mappers/medication-request';
import { buildVitalSignObservations } from '../mappers/observation';
import { parseRecord } from '../records/parse';
import { type ParsedVisit, type VisitRecord, visitRecordSchema } from '../records/visit';
import { validateForSatuSehat } from '../validation/validate';
import { randomUuid, type UuidSource } from './uuid';

export interface VisitBundleOptions extends MappingContext {
  /** Source of the entries' UUIDs; default random v4 from Web Crypto. */
  createUuid?: UuidSource;
  /**
   * Run validateForSatuSehat on the Bundle before returning it and throw FhirMappingError on any error-level
   * issue. Default true. The mappers already refuse bad records; this checks the assembled whole.
   */
  validate?: boolean;
}

/**
 * A whole visit as one SATUSEHAT transaction Bundle (POST to the FHIR base): the Encounter, its Conditions,
 * vital-sign Observations, Procedures, MedicationRequests and MedicationDispenses (Medication contained),
 * AllergyIntolerances, ClinicalImpression and Composition. Each entry's fullUrl is `urn:uuid:<uuid>` and
 * references run both ways through them (Encounter.diagnosis -> Condition, Condition.encounter -> Encounter,
 * MedicationDispense.authorizingPrescription -> MedicationRequest...), as the platform requires.
 *
 * A visit with `encounterId` (or a diagnosis with `conditionId`) updates that resource: its entry is a PUT.
 */
export function buildVisitBundle(visit: VisitRecord, options: VisitBundleOptions): Bundle<FhirResource> {
  const ctx = resolveContext(options);
  const parsed = parseRecord(visitRecordSchema, visit, 'visit', parseOptions(ctx));
  return buildChecked(parsed, ctx, options);
}

/**
 * `buildVisitBundle` for a visit the caller already parsed with `parseRecord(visitRecordSchema, …)`, so a
 * record checked before any I/O is not parsed a second time. The result is the same Bundle, validated the same
 * way unless `validate: false`. Give the parse the same `now` and `timeZone` as these options, and change a
 * parsed visit only in ways its schema allows (such as another patient or practitioner reference); when in
 * doubt, parse again.
 */
export function buildVisitBundleFromParsed(
  visit: ParsedVisit,
  options: VisitBundleOptions,
): Bundle<FhirResource> {
  return buildChecked(visit, resolveContext(options), options);
}

function buildChecked(
  parsed: ParsedVisit,
  ctx: ResolvedContext,
  options: VisitBundleOptions,
): Bundle<FhirResource> {
  const bundle = assembleVisitBundle(parsed, ctx, options.createUuid ?? randomUuid);
  if (options.validate !== false) {
    const errors = validateForSatuSehat(bundle, { organizationId: ctx.organizationId, now: ctx.now }).filter(
      (i) => i.severity === 'error',
    );
    if (errors.length > 0) {
      throw new FhirMappingError(
        'visit bundle',
        errors.map((i) => ({ path: i.path, message: i.message, code: i.code })),
      );
    }
  }
  return bundle;
}

function entry(fullUrl: string, resource: FhirResource & { id?: string }): BundleEntry<FhirResource> {
  const type = resource.resourceType;
  return {
    fullUrl,
    resource,
    request:
      resource.id === undefined
        ? { method: 'POST', url: type }
        : { method: 'PUT', url: `${type}/${resource.id}` },
  };
}

/** Builds the Bundle from an already parsed visit (the SDK's sync reuses this after its own checks). */
export function assembleVisitBundle(
  visit: ParsedVisit,
  base: Omit<ResolvedClinicalContext, 'patient' | 'encounter' | 'practitioner'>,
  createUuid: UuidSource,
): Bundle<FhirResource> {
  const urn = () => `urn:uuid:${createUuid()}`;
  const encounterUrl = urn();
  const ctx: ResolvedClinicalContext = {
    ...base,
    patient: visit.patient,
    practitioner: visit.practitioner,
    encounter: { reference: encounterUrl, display: visitLabel(visit, base as ResolvedClinicalContext) },
  };
  const defaultRecordedAt = visit.finishedAt ?? visit.inProgressAt ?? visit.arrivedAt;
  const conditionUrls = visit.diagnoses.map(() => urn());
  const conditionRefs: Reference[] = conditionUrls.map((reference) => ({ reference }));
  const entries: BundleEntry<FhirResource>[] = [
    entry(encounterUrl, buildEncounter(visit, ctx, conditionRefs)),
  ];
  visit.diagnoses.forEach((d, i) => {
    entries.push(entry(conditionUrls[i] as string, buildCondition(d, ctx, defaultRecordedAt)));
  });
  if (visit.vitalSigns !== undefined) {
    for (const obs of buildVitalSignObservations(visit.vitalSigns, ctx)) entries.push(entry(urn(), obs));
  }
  for (const p of visit.procedures) entries.push(entry(urn(), buildProcedure(p, ctx)));
  const requestUrlByItem = new Map<string, string>();
  const rx = visit.prescription;
  if (rx !== undefined) {
    for (const line of rx.lines) {
      const url = urn();
      requestUrlByItem.set(line.itemId, url);
      entries.push(entry(url, buildMedicationRequest(rx, line, ctx)));
    }
    for (const d of visit.dispenses) {
      const line = rx.lines.find((l) => l.itemId === d.itemId);
      entries.push(
        entry(
          urn(),
          buildMedicationDispense(d, rx.id, ctx, {
            authorizingPrescription: requestUrlByItem.get(d.itemId),
            prescribedDosage: line?.dosage,
          }),
        ),
      );
    }
  }
  for (const a of visit.allergies) entries.push(entry(urn(), buildAllergyIntolerance(a, ctx)));
  if (visit.clinicalImpression !== undefined) {
    const links: ConditionLink[] = visit.diagnoses.map((d, i) => ({
      code: d.code,
      display: d.display,
      reference: { reference: conditionUrls[i] as string },
    }));
    entries.push(entry(urn(), buildClinicalImpression(visit.clinicalImpression, ctx, links)));
  }
  if (visit.summary !== undefined) entries.push(entry(urn(), buildComposition(visit.summary, ctx)));
  return { resourceType: 'Bundle', type: 'transaction', entry: entries };
}
