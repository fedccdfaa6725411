import type { MedicationDispense, MedicationRequest } from 'fhir/r4';
import { z } from 'zod';
import { FhirMappingError } from '../errors/fhir-mapping-error';
import { localId } from '../records/common';
import { type DispenseRecord, dispenseRecordSchema, type ParsedDispense } from '../records/dispense';
import type { ParsedDosage, ParsedPrescriptionLine } from '../records/medication';
import { parseRecord } from '../records/parse';
import {
  type ParsedPrescription,
  type PrescriptionRecord,
  prescriptionSchema,
} from '../records/prescription';
import { CODE_SYSTEMS, orgScopedSystem } from '../terminology/systems';
import {
  type ClinicalContext,
  parseOptions,
  type ResolvedClinicalContext,
  resolveClinicalContext,
} from './context';
import {
  concept,
  days,
  drugQuantity,
  locationReference,
  organizationReference,
  patientReference,
  practitionerReference,
} from './fhir-helpers';
import {
  buildContainedMedication,
  buildDosage,
  CONTAINED_MEDICATION_ID,
  medicationDisplay,
} from './medication';

function prescriptionIdentifiers(organizationId: string, prescriptionId: string, itemId: string) {
  return [
    {
      system: orgScopedSystem('prescription', organizationId),
      use: 'official' as const,
      value: prescriptionId,
    },
    { system: orgScopedSystem('prescription-item', organizationId), use: 'official' as const, value: itemId },
  ];
}

export function buildMedicationRequest(
  rx: ParsedPrescription,
  line: ParsedPrescriptionLine,
  ctx: ResolvedClinicalContext,
): MedicationRequest {
  // Element by element in the resource's order, optional ones only when present (see buildCondition).
  const prescriber = rx.prescriber ?? ctx.practitioner;
  const request = {
    resourceType: 'MedicationRequest',
    contained: [buildContainedMedication(line, line.itemId, ctx.organizationId)],
    identifier: prescriptionIdentifiers(ctx.organizationId, rx.id, line.itemId),
    status: 'active',
    intent: 'order',
    category: [concept(CODE_SYSTEMS.medicationRequestCategory, 'outpatient', 'Outpatient')],
    priority: 'routine',
    medicationReference: { reference: `#${CONTAINED_MEDICATION_ID}`, display: medicationDisplay(line) },
    subject: patientReference(ctx.patient),
    encounter: { ...ctx.encounter },
    authoredOn: rx.authoredAt,
  } as MedicationRequest;
  if (prescriber !== undefined) request.requester = practitionerReference(prescriber);
  if (line.reason !== undefined) {
    request.reasonCode = [concept(CODE_SYSTEMS.icd10, line.reason.code, line.reason.display)];
  }
  if (line.note !== undefined) request.note = [{ text: line.note }];
  request.dosageInstruction = [buildDosage(line.dosage)];
  request.dispenseRequest =
    line.dosage.durationDays === undefined
      ? { quantity: drugQuantity(line.quantity), performer: organizationReference(ctx.organizationId) }
      : {
          quantity: drugQuantity(line.quantity),
          expectedSupplyDuration: days(line.dosage.durationDays),
          performer: organizationReference(ctx.organizationId),
        };
  request.substitution = { allowedBoolean: line.substitutionAllowed };
  return request;
}

export function buildMedicationDispense(
  d: ParsedDispense,
  prescriptionId: string,
  ctx: ResolvedClinicalContext,
  links: { authorizingPrescription?: string; prescribedDosage?: ParsedDosage } = {},
): MedicationDispense {
  const dosage = d.dosage ?? links.prescribedDosage;
  const dispense = {
    resourceType: 'MedicationDispense',
    contained: [buildContainedMedication(d, d.itemId, ctx.organizationId)],
    identifier: prescriptionIdentifiers(ctx.organizationId, d.prescriptionId ?? prescriptionId, d.itemId),
    status: 'completed',
    category: concept(CODE_SYSTEMS.medicationDispenseCategory, 'outpatient', 'Outpatient'),
    medicationReference: { reference: `#${CONTAINED_MEDICATION_ID}`, display: medicationDisplay(d) },
    subject: patientReference(ctx.patient),
    context: { ...ctx.encounter },
    performer: [{ actor: practitionerReference(d.pharmacist) }],
  } as MedicationDispense;
  if (d.location !== undefined) dispense.location = locationReference(d.location);
  if (links.authorizingPrescription !== undefined) {
    dispense.authorizingPrescription = [{ reference: links.authorizingPrescription }];
  }
  dispense.quantity = drugQuantity(d.quantity);
  if (d.daysSupply !== undefined) dispense.daysSupply = days(d.daysSupply);
  dispense.whenPrepared = d.preparedAt;
  if (d.handedOverAt !== undefined) dispense.whenHandedOver = d.handedOverAt;
  if (dosage !== undefined) dispense.dosageInstruction = [buildDosage(dosage)];
  return dispense;
}

/**
 * A prescription as SATUSEHAT MedicationRequests, one per line, each with its Medication contained (KFA 92/93,
 * or a racikan's ingredients) and identified by prescription and prescription-item number.
 */
export function mapPrescription(
  prescription: PrescriptionRecord,
  context: ClinicalContext,
): MedicationRequest[] {
  const ctx = resolveClinicalContext(context);
  const rx = parseRecord(prescriptionSchema, prescription, 'prescription', parseOptions(ctx));
  return rx.lines.map((line) => buildMedicationRequest(rx, line, ctx));
}

const dispenseLinksSchema = z.object({
  prescriptionId: localId.optional(),
  authorizingPrescription: z
    .string()
    .regex(
      /^(?:MedicationRequest\/[A-Za-z0-9\-.]{1,64}|urn:uuid:[0-9a-fA-F-]{36})$/,
      'Must be MedicationRequest/<id> or urn:uuid:<uuid>',
    )
    .optional(),
});

/** What a dispense sent on its own needs besides its visit: the prescription it fills. */
export interface DispenseContext extends ClinicalContext {
  /** The prescription number, when the dispense record does not carry it. */
  prescriptionId?: string;
  /** `MedicationRequest/<id>` (or `urn:uuid:` in a Bundle) of the prescription line it fills. */
  authorizingPrescription?: string;
}

/** A dispense as a SATUSEHAT MedicationDispense (KFA 93, contained Medication). */
export function mapMedicationDispense(
  dispense: DispenseRecord,
  context: DispenseContext,
): MedicationDispense {
  const ctx = resolveClinicalContext(context);
  const links = parseRecord(dispenseLinksSchema, context, 'mapping context');
  const d = parseRecord(dispenseRecordSchema, dispense, 'dispense', parseOptions(ctx));
  const prescriptionId = d.prescriptionId ?? links.prescriptionId;
  if (prescriptionId === undefined) {
    throw new FhirMappingError('dispense', [
      {
        path: 'prescriptionId',
        message: 'Required: the prescription number this dispense fills',
        code: 'required',
      },
    ]);
  }
  return buildMedicationDispense(d, prescriptionId, ctx, {
    authorizingPrescription: links.authorizingPrescription,
  });
}
