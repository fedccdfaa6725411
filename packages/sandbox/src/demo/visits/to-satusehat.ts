import type { SyncVisitRecord } from '@sehatkit/sdk/satusehat';
import { DEMO_DOCTOR, POLI_UMUM } from '../clinic';
import type { DemoVisit } from './visit';
import { CONSCIOUSNESS } from './visit-schema';

/**
 * The signed visit as the SATUSEHAT client's visit sync takes it (the `VisitRecord` of
 * @sehatkit/fhir-mappers, with the practitioner by NIK): Encounter, diagnoses, vital signs, procedures and
 * the prescription, sent as one transaction.
 */
export function satusehatVisit(
  visit: DemoVisit,
  context: { ihsNumber: string; patientName: string; locationId: string },
): SyncVisitRecord {
  const { input } = visit;
  const v = input.vitals;
  return {
    registrationNumber: visit.id,
    status: 'finished',
    patient: { ihsNumber: context.ihsNumber, name: context.patientName },
    practitioner: { nik: DEMO_DOCTOR.nik, name: DEMO_DOCTOR.name },
    location: { id: context.locationId, name: `${POLI_UMUM.name} 1` },
    arrivedAt: visit.arrivedAt,
    inProgressAt: visit.startedAt,
    finishedAt: visit.finishedAt,
    dischargeDisposition: 'home',
    vitalSigns: {
      measuredAt: visit.startedAt,
      systolic: v.systolic,
      diastolic: v.diastolic,
      heartRate: v.heartRate,
      temperature: v.temperatureC,
      consciousness: CONSCIOUSNESS[v.consciousness].snomed,
      ...(v.respiratoryRate !== undefined ? { respiratoryRate: v.respiratoryRate } : {}),
      ...(v.oxygenSaturation !== undefined ? { oxygenSaturation: v.oxygenSaturation } : {}),
      ...(v.heightCm !== undefined ? { height: v.heightCm } : {}),
      ...(v.weightKg !== undefined ? { weight: v.weightKg } : {}),
    },
    diagnoses: input.diagnoses.map((d) => ({ code: d.code, display: d.display, role: d.role })),
    procedures: input.procedures.map((p) => ({
      code: p.code,
      display: p.display,
      performedStart: visit.startedAt,
    })),
    ...(input.prescription.length
      ? {
          prescription: {
            id: `${visit.id}-R`,
            authoredAt: visit.finishedAt,
            lines: input.prescription.map((line, i) => ({
              itemId: `${visit.id}-R-${i + 1}`,
              medicationType: 'NC' as const,
              product: { kfaCode: line.productCode, display: line.display },
              dosage: {
                dose: { value: line.doseAmount, unit: line.doseUnit },
                route: line.doseUnit === 'PUFF' ? ('Inhal' as const) : ('O' as const),
                frequency: { times: line.timesPerDay },
                durationDays: line.durationDays,
                ...(line.instruction ? { patientInstruction: line.instruction } : {}),
              },
              quantity: { value: line.quantity, unit: line.doseUnit },
            })),
          },
        }
      : {}),
  };
}
