import type { VisitInput as PcareVisitInput } from '@sehatkit/sdk/bpjs';
import { DEMO_DOCTOR, POLI_UMUM } from '../clinic';
import type { DemoVisit } from './visit';

/** Berobat Jalan: the patient goes home with treatment (pCare kdStatusPulang 3). */
const OUTPATIENT_HOME = '3';

/** The kunjungan pCare takes for a signed visit: vitals, up to three ICD-10 codes (primary first), therapy. */
export function pcareVisit(visit: DemoVisit, memberNumber: string, date: string): PcareVisitInput {
  const { input } = visit;
  const v = input.vitals;
  const diagnoses = [...input.diagnoses].sort((a, b) =>
    a.role === 'primary' ? -1 : b.role === 'primary' ? 1 : 0,
  );
  const therapy = input.prescription
    .map((line) => `${line.display} ${line.timesPerDay}x${line.doseAmount} ${line.doseUnit}`)
    .join('; ');
  return {
    memberNumber,
    date,
    poliCode: POLI_UMUM.pcareCode,
    complaint: input.complaint,
    anamnesis: input.anamnesis ?? '',
    consciousnessCode: v.consciousness,
    vitals: {
      systolic: v.systolic,
      diastolic: v.diastolic,
      heartRate: v.heartRate,
      respiratoryRate: v.respiratoryRate ?? 0,
      weightKg: v.weightKg ?? 0,
      heightCm: v.heightCm ?? 0,
    },
    temperatureC: v.temperatureC,
    dischargeStatusCode: OUTPATIENT_HOME,
    doctorCode: DEMO_DOCTOR.pcareDoctorCode,
    diagnoses: diagnoses.slice(0, 3).map((d) => d.code),
    prognosisCode: input.prognosis,
    drugTherapy: therapy.slice(0, 1000),
  };
}
