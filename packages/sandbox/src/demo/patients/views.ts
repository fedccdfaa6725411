import { clinicDate } from '../clinic';
import { ageInYears, type DemoPatient } from './patient';
import { ALLERGY_GROUPS } from './registration-schema';

/** One line of the patient list: enough to pick the right person, and the queue state. */
export function patientSummary(p: DemoPatient, now = new Date()) {
  const { identity, other, health } = p.registration;
  const today = clinicDate(now);
  return {
    id: p.id,
    name: identity.name,
    sex: identity.sex,
    birthDate: identity.birthDate,
    ageYears: ageInYears(identity.birthDate, now),
    payer: other.payer,
    bpjs: p.bpjs ? { active: p.bpjs.active, statusDescription: p.bpjs.statusDescription } : undefined,
    scenario: p.scenario,
    allergies: allergyLabels(p),
    pregnant: health.pregnant,
    checkIn: p.checkIn,
    checkedInToday: p.checkIn?.date === today,
    visits: p.visits.length,
  };
}

export function allergyLabels(p: DemoPatient) {
  const { health } = p.registration;
  const groups = health.allergyGroups.map(
    (id) => ALLERGY_GROUPS.find((g) => g.id === id)?.label ?? { id, en: id },
  );
  const others = (health.otherAllergies ?? '')
    .split(/[,;]/)
    .map((a) => a.trim())
    .filter(Boolean)
    .map((a) => ({ id: a, en: a }));
  return [...groups, ...others];
}

/**
 * The patient facts `<sehat-drug-*>` send with a check: never the NIK or the name, only what the rules use
 * (the record number identifies the patient to override records).
 */
export function drugPatientContext(p: DemoPatient, now = new Date()) {
  const { identity, health } = p.registration;
  const otherAllergies = (health.otherAllergies ?? '')
    .split(/[,;]/)
    .map((a) => a.trim())
    .filter(Boolean);
  return {
    id: p.id,
    ageYears: ageInYears(identity.birthDate, now),
    sex: identity.sex,
    ...(health.weightKg !== undefined ? { weightKg: health.weightKg } : {}),
    ...(health.pregnant
      ? {
          pregnancy: {
            pregnant: true,
            ...(health.gestationalWeek ? { gestationalWeek: health.gestationalWeek } : {}),
          },
        }
      : {}),
    ...(health.lactating ? { lactating: true } : {}),
    ...(health.egfr !== undefined ? { egfr: health.egfr } : {}),
    conditions: health.conditions,
    allergies: [
      ...health.allergyGroups.map((classId) => ({
        classId,
        name: ALLERGY_GROUPS.find((g) => g.id === classId)?.label.id ?? classId,
        type: 'allergy' as const,
        severeReaction: health.severeReaction,
      })),
      ...otherAllergies.map((name) => ({
        name,
        type: 'allergy' as const,
        severeReaction: health.severeReaction,
      })),
    ],
  };
}

/** Everything the doctor page needs about one patient. */
export function patientDetail(p: DemoPatient, now = new Date()) {
  return {
    ...patientSummary(p, now),
    registration: p.registration,
    registeredAt: p.registeredAt,
    currentMedications: p.currentMedications,
    drugContext: drugPatientContext(p, now),
    bpjsStatus: p.bpjs,
    visitIds: p.visits,
  };
}
