import { isSehatError, type Logger } from '@sehatkit/sdk';
import { clinicDate, type DemoClients, POLI_UMUM } from '../clinic';
import { failureText } from '../failure-text';
import type { Bilingual } from '../messages';
import type { DemoPatient } from '../patients/patient';
import { DemoError } from '../problem';
import { matchFormulary } from './formulary';
import { pcareVisit } from './to-pcare';
import { satusehatVisit } from './to-satusehat';
import type { DemoVisit, SyncStep } from './visit';

/** The steps in the order they run, as the doctor page lists them before anything is sent. */
export function plannedSteps(): SyncStep[] {
  const step = (key: SyncStep['key'], id: string, en: string): SyncStep => ({
    key,
    label: { id, en },
    status: 'pending',
  });
  return [
    step(
      'satusehat-patient',
      'SATUSEHAT: cari pasien (NIK → nomor IHS)',
      'SATUSEHAT: find the patient (NIK → IHS number)',
    ),
    step(
      'satusehat-bundle',
      'SATUSEHAT: kirim Encounter, diagnosis, tanda vital, tindakan dan resep',
      'SATUSEHAT: send the Encounter, diagnoses, vital signs, procedures and prescription',
    ),
    step('pcare-registration', 'pCare: pendaftaran di Poli Umum', 'pCare: registration at Poli Umum'),
    step('pcare-visit', 'pCare: kirim kunjungan', 'pCare: send the visit (kunjungan)'),
    step('pcare-drugs', 'pCare: kirim obat', 'pCare: send the drugs'),
  ];
}

class StepRunner {
  constructor(readonly visit: DemoVisit) {}

  step(key: SyncStep['key']): SyncStep {
    return this.visit.steps.find((s) => s.key === key) as SyncStep;
  }

  /** Runs a step unless an earlier send already did it, so sending again repeats only what failed. */
  async run(key: SyncStep['key'], work: () => Promise<Bilingual>): Promise<void> {
    const step = this.step(key);
    if (step.status === 'done') return;
    step.status = 'running';
    try {
      step.detail = await work();
      step.status = 'done';
    } catch (error) {
      step.status = 'failed';
      step.detail = failureText(error);
      throw error;
    }
  }

  skipPending(keys: SyncStep['key'][], why: Bilingual): void {
    for (const key of keys) {
      const step = this.step(key);
      if (step.status === 'pending') {
        step.status = 'skipped';
        step.detail = why;
      }
    }
  }
}

/** Failures the step already shows; anything else is a bug in the demo, worth a log line too. */
function noteUnexpected(error: unknown, logger: Logger): void {
  if (error instanceof DemoError || isSehatError(error)) return;
  logger.error('demo: sending a visit failed unexpectedly', { error: String(error) });
}

/**
 * Sends a signed visit out, step by step, updating `visit.steps` as it goes so the page can show progress:
 * to SATUSEHAT with the SDK's visit sync (one transaction; sending again finds the Encounter instead of
 * duplicating it), and for a BPJS patient with an active membership, the kunjungan and its drugs to pCare.
 * A failure in one service does not stop the other.
 */
export async function sendVisit(
  visit: DemoVisit,
  patient: DemoPatient,
  deps: { clients: DemoClients; logger: Logger },
): Promise<void> {
  const { clients } = deps;
  const steps = new StepRunner(visit);
  const { identity } = patient.registration;

  try {
    let ihsNumber = patient.registration.ihsNumber;
    let patientName = identity.name;
    await steps.run('satusehat-patient', async () => {
      const found = await clients.satusehat.lookups.patientByNik(identity.nik);
      if (!found?.id) {
        throw new DemoError(404, 'NOT_FOUND', {
          id: 'Pasien belum terdaftar di SATUSEHAT (Master Patient Index).',
          en: 'The patient is not in SATUSEHAT yet (Master Patient Index).',
        });
      }
      ihsNumber = found.id;
      // SATUSEHAT answers with masked names; the Encounter shows the name the clinic holds.
      patientName = identity.name;
      return { id: `Nomor IHS ${ihsNumber}`, en: `IHS number ${ihsNumber}` };
    });
    await steps.run('satusehat-bundle', async () => {
      const result = await clients.satusehat.visits.sync(
        satusehatVisit(visit, {
          ihsNumber: ihsNumber as string,
          patientName,
          locationId: clients.locationId,
        }),
        { timeZone: 'WIB', facilityName: 'Klinik SehatKit Demo' },
      );
      visit.satusehat = {
        outcome: result.outcome,
        encounterId: result.encounterId,
        patientId: result.patientId,
        resources: result.resources.map((r) => ({
          resourceType: r.resourceType,
          id: r.id,
          status: r.status,
        })),
      };
      const counts = countByType(result.resources.map((r) => r.resourceType));
      const outcome = {
        created: ['dibuat', 'created'],
        updated: ['diperbarui', 'updated'],
        unchanged: ['sudah ada, tidak dikirim ulang', 'already there, not sent again'],
      }[result.outcome];
      return {
        id: `Encounter ${outcome[0]}: ${result.encounterId} (${counts})`,
        en: `Encounter ${outcome[1]}: ${result.encounterId} (${counts})`,
      };
    });
  } catch (error) {
    noteUnexpected(error, deps.logger);
    steps.skipPending(['satusehat-bundle'], {
      id: 'Tidak dikirim karena langkah sebelumnya gagal.',
      en: 'Not sent because the step before failed.',
    });
  }

  const pcareSteps: SyncStep['key'][] = ['pcare-registration', 'pcare-visit', 'pcare-drugs'];
  const member = patient.bpjs;
  if (patient.registration.other.payer !== 'bpjs' || !member?.active) {
    steps.skipPending(pcareSteps, {
      id: 'Bukan pasien BPJS aktif: kunjungan tidak dikirim ke pCare.',
      en: 'Not an active BPJS patient: the visit is not sent to pCare.',
    });
  } else {
    try {
      const checkIn = patient.checkIn;
      const date = checkIn?.date ?? clinicDate(new Date(visit.finishedAt));
      let queueNumber = visit.pcare?.queueNumber ?? (checkIn?.pcare ? checkIn.queueNumber : undefined);
      await steps.run('pcare-registration', async () => {
        if (queueNumber) {
          return {
            id: `Sudah terdaftar saat check-in (antrean ${queueNumber}).`,
            en: `Registered at check-in (queue ${queueNumber}).`,
          };
        }
        const registered = await clients.bpjs.pcare.registrations.add({
          memberNumber: member.memberNumber,
          providerCode: member.providerCode ?? '',
          date,
          poliCode: POLI_UMUM.pcareCode,
          complaint: visit.input.complaint,
        });
        queueNumber = registered.queueNumber;
        return { id: `Antrean ${queueNumber}.`, en: `Queue ${queueNumber}.` };
      });
      visit.pcare ??= { memberNumber: member.memberNumber, drugs: [] };
      const report = visit.pcare;
      if (queueNumber) report.queueNumber = queueNumber;
      await steps.run('pcare-visit', async () => {
        const { visitNumber } = await clients.bpjs.pcare.visits.add(
          pcareVisit(visit, member.memberNumber, date),
        );
        report.visitNumber = visitNumber;
        return { id: `Nomor kunjungan ${visitNumber}.`, en: `Visit number ${visitNumber}.` };
      });
      await steps.run('pcare-drugs', async () => {
        if (visit.input.prescription.length === 0) return { id: 'Tidak ada resep.', en: 'No prescription.' };
        for (const [index, line] of visit.input.prescription.entries()) {
          if (report.drugs.some((d) => d.line === index)) continue;
          const match = await matchFormulary(clients.bpjs, line);
          const added = await clients.bpjs.pcare.drugs.add({
            visitNumber: report.visitNumber as string,
            dpho: match.dpho,
            ...(match.dpho ? { drugCode: match.drugCode } : { nonDphoName: match.name }),
            timesPerDay: line.timesPerDay,
            amountPerTime: line.doseAmount,
            quantity: line.quantity,
          });
          report.drugs.push({
            line: index,
            display: line.display,
            dpho: match.dpho,
            lineCode: added.lineCode,
            ...(match.drugCode ? { drugCode: match.drugCode } : {}),
          });
        }
        const dpho = report.drugs.filter((d) => d.dpho).length;
        const other = report.drugs.length - dpho;
        return {
          id: `${report.drugs.length} obat terkirim (${dpho} DPHO, ${other} non-DPHO).`,
          en: `${report.drugs.length} drugs sent (${dpho} DPHO, ${other} non-DPHO).`,
        };
      });
    } catch (error) {
      noteUnexpected(error, deps.logger);
      steps.skipPending(pcareSteps, {
        id: 'Tidak dikirim karena langkah sebelumnya gagal.',
        en: 'Not sent because the step before failed.',
      });
    }
  }
  visit.status = visit.steps.some((s) => s.status === 'failed') ? 'partial' : 'done';
}

function countByType(types: string[]): string {
  const counts = new Map<string, number>();
  for (const type of types) counts.set(type, (counts.get(type) ?? 0) + 1);
  return [...counts].map(([type, n]) => `${n} ${type}`).join(', ');
}
