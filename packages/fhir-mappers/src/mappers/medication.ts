import type { Dosage, Medication, MedicationIngredient, TimingRepeat } from 'fhir/r4';
import type { ParsedDispense } from '../records/dispense';
import type { ParsedDosage, ParsedPrescriptionLine } from '../records/medication';
import { ATC_ROUTES, MEDICATION_TYPES } from '../terminology/medication';
import { CODE_SYSTEMS, EXTENSIONS, orgScopedSystem, PROFILES } from '../terminology/systems';
import { coding, concept, days, drugQuantity } from './fhir-helpers';

/** The id of the Medication contained in a MedicationRequest or MedicationDispense, referenced as `#medication`. */
export const CONTAINED_MEDICATION_ID = 'medication';

type MedicationPart = Pick<
  ParsedPrescriptionLine | ParsedDispense,
  'medicationType' | 'ingredients' | 'form'
> & {
  product?: { kfaCode: string; display: string } | undefined;
  name?: string;
};

/** What the medication is called in references: the KFA product name, else the racikan's name. */
export function medicationDisplay(m: MedicationPart): string {
  return m.product?.display ?? m.name ?? m.ingredients.map((i) => i.display).join(' / ');
}

function ingredientOf(ing: MedicationPart['ingredients'][number]): MedicationIngredient {
  const ingredient: MedicationIngredient = {
    itemCodeableConcept: concept(CODE_SYSTEMS.kfa, ing.kfaCode, ing.display),
    isActive: true,
  };
  if (ing.strength !== undefined) {
    const per = drugQuantity(ing.strength.per);
    ingredient.strength = {
      numerator: { value: ing.strength.value, system: CODE_SYSTEMS.ucum, code: ing.strength.unit },
      denominator: { value: per.value, system: per.system, code: per.code },
    };
  }
  return ingredient;
}

/**
 * The Medication SATUSEHAT requires inside MedicationRequest/MedicationDispense since playbook v6.2
 * (contained, referenced without a `Medication/` prefix), with the mandatory MedicationType extension.
 * Element by element in the resource's order, optional ones only when present (see buildCondition).
 */
export function buildContainedMedication(
  m: MedicationPart,
  itemId: string,
  organizationId: string,
): Medication {
  const medication = {
    resourceType: 'Medication',
    id: CONTAINED_MEDICATION_ID,
    meta: { profile: [PROFILES.medication] },
    identifier: [{ system: orgScopedSystem('medication', organizationId), use: 'official', value: itemId }],
  } as Medication;
  if (m.product !== undefined)
    medication.code = concept(CODE_SYSTEMS.kfa, m.product.kfaCode, m.product.display);
  medication.status = 'active';
  if (m.form !== undefined)
    medication.form = concept(CODE_SYSTEMS.medicationForm, m.form.code, m.form.display);
  if (m.ingredients.length > 0) medication.ingredient = m.ingredients.map(ingredientOf);
  medication.extension = [
    {
      url: EXTENSIONS.medicationType,
      valueCodeableConcept: {
        coding: [coding(CODE_SYSTEMS.medicationType, m.medicationType, MEDICATION_TYPES[m.medicationType])],
      },
    },
  ];
  return medication;
}

/** The signa as a FHIR Dosage: timing.repeat, WHO ATC route, ordered dose (spec §3.10). */
export function buildDosage(d: ParsedDosage): Dosage {
  const dosage: Dosage = { sequence: 1 };
  if (d.text !== undefined) dosage.text = d.text;
  if (d.patientInstruction !== undefined) dosage.patientInstruction = d.patientInstruction;
  const repeat: TimingRepeat = {
    frequency: d.frequency.times,
    period: d.frequency.every,
    periodUnit: d.frequency.unit,
  };
  if (d.durationDays !== undefined) repeat.boundsDuration = days(d.durationDays);
  dosage.timing = { repeat };
  if (d.asNeeded) dosage.asNeededBoolean = true;
  dosage.route = concept(CODE_SYSTEMS.atcRoute, d.route, ATC_ROUTES[d.route]);
  dosage.doseAndRate = [
    { type: concept(CODE_SYSTEMS.doseRateType, 'ordered', 'Ordered'), doseQuantity: drugQuantity(d.dose) },
  ];
  return dosage;
}
