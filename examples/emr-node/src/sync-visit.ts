import { isRemoteValidationError, isSehatError } from '@sehatkit/sdk';
import type { BpjsClient } from '@sehatkit/sdk/bpjs';
import type { SatuSehatClient, SyncVisitRecord } from '@sehatkit/sdk/satusehat';
import type { FinishedVisit } from './finished-visit';

/** One line of progress: which service, what is happening. */
export interface Progress {
  service: 'SATUSEHAT' | 'pCare';
  step: string;
}

export type ServiceOutcome<T> =
  | ({ status: 'sent' } & T)
  | { status: 'skipped'; reason: string }
  | { status: 'failed'; code: string; message: string };

/** What was sent, with the ids each service assigned: the clinic stores them beside its own visit. */
export interface SyncReport {
  visitNumber: string;
  satusehat: ServiceOutcome<{
    outcome: 'created' | 'updated' | 'unchanged';
    encounterId: string;
    resources: { resourceType: string; id: string }[];
  }>;
  pcare: ServiceOutcome<{
    queueNumber: string;
    visitNumber: string;
    drugs: { name: string; lineCode: string }[];
  }>;
}

/** The SATUSEHAT part of the visit, in the shape `visits.sync()` takes. */
export function toSatuSehat(visit: FinishedVisit): SyncVisitRecord {
  return {
    registrationNumber: visit.visitNumber,
    status: 'finished',
    patient: { nik: visit.patient.nik, name: visit.patient.name },
    practitioner: { nik: visit.doctor.nik, name: visit.doctor.name },
    location: { id: visit.poli.satusehatLocationId, name: visit.poli.name },
    arrivedAt: visit.arrivedAt,
    inProgressAt: visit.startedAt,
    finishedAt: visit.finishedAt,
    dischargeDisposition: 'home',
    vitalSigns: {
      measuredAt: visit.startedAt,
      systolic: visit.vitals.systolic,
      diastolic: visit.vitals.diastolic,
      heartRate: visit.vitals.heartRate,
      respiratoryRate: visit.vitals.respiratoryRate,
      temperature: visit.vitals.temperatureC,
      weight: visit.vitals.weightKg,
      height: visit.vitals.heightCm,
    },
    diagnoses: visit.diagnoses.map((d, i) => ({
      code: d.icd10,
      display: d.name,
      role: i === 0 ? ('primary' as const) : ('secondary' as const),
    })),
    procedures: visit.procedures.map((p) => ({
      code: p.icd9cm,
      display: p.name,
      performedStart: visit.startedAt,
    })),
    prescription: {
      id: visit.prescription.number,
      authoredAt: visit.finishedAt,
      lines: visit.prescription.lines.map((line, i) => ({
        itemId: `${visit.prescription.number}-${i + 1}`,
        medicationType: 'NC' as const,
        product: { kfaCode: line.kfaCode, display: line.name },
        dosage: {
          dose: { value: line.dose, unit: line.unit },
          route: 'O' as const,
          frequency: { times: line.timesPerDay },
          durationDays: line.days,
        },
        quantity: { value: line.quantity, unit: line.unit },
      })),
    },
  };
}

const localDate = (when: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(when);

function failed(error: unknown): { status: 'failed'; code: string; message: string } {
  if (isRemoteValidationError(error)) {
    return { status: 'failed', code: error.code, message: error.issues.map((i) => i.message).join('; ') };
  }
  if (isSehatError(error)) return { status: 'failed', code: error.code, message: error.message };
  throw error;
}

/**
 * Sends a finished visit: the whole visit to SATUSEHAT in one transaction, then for a BPJS member the
 * registration, the kunjungan and its drugs to pCare. A failure on one side does not stop the other; the
 * report says what each service holds. SATUSEHAT can be called again safely (the visit number finds the
 * Encounter); pCare cannot, so keep `report.pcare.visitNumber` with the visit.
 */
export async function syncVisit(
  visit: FinishedVisit,
  clients: { satusehat: SatuSehatClient; bpjs: BpjsClient },
  onProgress: (progress: Progress) => void = () => undefined,
): Promise<SyncReport> {
  const report: SyncReport = {
    visitNumber: visit.visitNumber,
    satusehat: { status: 'skipped', reason: 'not attempted' },
    pcare: { status: 'skipped', reason: 'not a BPJS patient' },
  };

  onProgress({
    service: 'SATUSEHAT',
    step: 'sending the Encounter, diagnoses, vital signs, procedure and prescription',
  });
  try {
    const result = await clients.satusehat.visits.sync(toSatuSehat(visit), { facilityName: 'Klinik Contoh' });
    report.satusehat = {
      status: 'sent',
      outcome: result.outcome,
      encounterId: result.encounterId,
      resources: result.resources.map((r) => ({ resourceType: r.resourceType, id: r.id })),
    };
  } catch (error) {
    report.satusehat = failed(error);
  }

  const card = visit.patient.bpjsCardNumber;
  if (!card) return report;
  try {
    onProgress({ service: 'pCare', step: 'checking the membership' });
    const member = await clients.bpjs.pcare.members.byCardNumber(card);
    if (!member.active) {
      report.pcare = { status: 'skipped', reason: `membership not active: ${member.statusDescription}` };
      return report;
    }
    const date = localDate(visit.arrivedAt);
    onProgress({ service: 'pCare', step: 'registering at the poli (pendaftaran)' });
    const { queueNumber } = await clients.bpjs.pcare.registrations.add({
      memberNumber: member.memberNumber,
      providerCode: member.primaryCareProvider?.code ?? '',
      date,
      poliCode: visit.poli.pcareCode,
      complaint: visit.complaint,
    });
    onProgress({ service: 'pCare', step: 'sending the kunjungan' });
    const { visitNumber } = await clients.bpjs.pcare.visits.add({
      memberNumber: member.memberNumber,
      date,
      poliCode: visit.poli.pcareCode,
      complaint: visit.complaint,
      vitals: {
        systolic: visit.vitals.systolic,
        diastolic: visit.vitals.diastolic,
        heartRate: visit.vitals.heartRate,
        respiratoryRate: visit.vitals.respiratoryRate,
        weightKg: visit.vitals.weightKg,
        heightCm: visit.vitals.heightCm,
      },
      temperatureC: visit.vitals.temperatureC,
      dischargeStatusCode: '3', // Berobat Jalan
      doctorCode: visit.doctor.pcareCode,
      diagnoses: visit.diagnoses.slice(0, 3).map((d) => d.icd10),
      prognosisCode: '02', // Bonam
    });
    const drugs: { name: string; lineCode: string }[] = [];
    for (const line of visit.prescription.lines) {
      onProgress({ service: 'pCare', step: `sending the drug ${line.name}` });
      const { lineCode } = await clients.bpjs.pcare.drugs.add({
        visitNumber,
        ...(line.dphoCode
          ? { dpho: true, drugCode: line.dphoCode }
          : { dpho: false, nonDphoName: line.name }),
        timesPerDay: line.timesPerDay,
        amountPerTime: line.dose,
        quantity: line.quantity,
      });
      drugs.push({ name: line.name, lineCode });
    }
    report.pcare = { status: 'sent', queueNumber, visitNumber, drugs };
  } catch (error) {
    report.pcare = failed(error);
  }
  return report;
}
