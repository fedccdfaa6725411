import { isNotFoundError, isRemoteValidationError } from '@sehatkit/sdk';
import { clinicDate, type DemoClients, POLI_UMUM } from '../clinic';
import { failureText } from '../failure-text';
import type { BpjsStatus, CheckIn, DemoPatient } from './patient';

/** Asks pCare about a card number; undefined when BPJS knows no such member. */
export async function checkMembership(
  clients: DemoClients,
  cardNumber: string,
): Promise<BpjsStatus | undefined> {
  return (await lookUpMember(clients, cardNumber))?.status;
}

/** The membership and the NIK pCare holds for a card, so registration can tell a card that is someone else's. */
export async function lookUpMember(
  clients: DemoClients,
  cardNumber: string,
): Promise<{ status: BpjsStatus; nik: string | null } | undefined> {
  try {
    const m = await clients.bpjs.pcare.members.byCardNumber(cardNumber);
    const status: BpjsStatus = {
      checkedAt: new Date().toISOString(),
      memberNumber: m.memberNumber,
      active: m.active,
      statusDescription: m.statusDescription,
      ...(m.careClass ? { careClass: m.careClass.name } : {}),
      ...(m.primaryCareProvider
        ? { providerCode: m.primaryCareProvider.code, providerName: m.primaryCareProvider.name }
        : {}),
    };
    return { status, nik: m.nik };
  } catch (error) {
    if (isNotFoundError(error)) return undefined;
    throw error;
  }
}

/** Queue numbers for patients the clinic serves without pCare (general patients, refused registrations). */
export class LocalQueue {
  #date = '';
  #next = 1;

  take(date: string): string {
    if (date !== this.#date) {
      this.#date = date;
      this.#next = 1;
    }
    return `U${String(this.#next++).padStart(3, '0')}`;
  }
}

/**
 * Checks a patient in at Poli Umum for today. A BPJS patient with an active membership is registered in
 * pCare (pendaftaran), whose queue number is used; when BPJS refuses, the patient is still seen, as a
 * general patient, and the refusal is kept to show. Checking in twice on one day changes nothing.
 */
export async function checkIn(
  patient: DemoPatient,
  clients: DemoClients,
  queue: LocalQueue,
  now = new Date(),
): Promise<CheckIn> {
  const date = clinicDate(now);
  if (patient.checkIn?.date === date) return patient.checkIn;
  const { other } = patient.registration;
  let queueNumber: string | undefined;
  let refusal: CheckIn['pcareRefusal'];
  if (other.payer === 'bpjs' && other.bpjsCardNumber) {
    patient.bpjs = (await checkMembership(clients, other.bpjsCardNumber)) ?? patient.bpjs;
    const member = patient.bpjs;
    if (!member) {
      refusal = { id: 'BPJS tidak mengenal nomor kartu ini.', en: 'BPJS does not know this card number.' };
    } else if (!member.active) {
      refusal = {
        id: `Kepesertaan tidak aktif (${member.statusDescription}).`,
        en: `Membership inactive (${member.statusDescription}).`,
      };
    } else {
      try {
        const registered = await clients.bpjs.pcare.registrations.add({
          memberNumber: member.memberNumber,
          providerCode: member.providerCode ?? '',
          date,
          poliCode: POLI_UMUM.pcareCode,
        });
        queueNumber = registered.queueNumber;
      } catch (error) {
        if (!isRemoteValidationError(error)) throw error;
        refusal = failureText(error);
      }
    }
  }
  const checkedIn: CheckIn = {
    date,
    at: now.toISOString(),
    poliCode: POLI_UMUM.pcareCode,
    poliName: POLI_UMUM.name,
    queueNumber: queueNumber ?? queue.take(date),
    pcare: queueNumber !== undefined,
    ...(refusal ? { pcareRefusal: refusal } : {}),
  };
  patient.checkIn = checkedIn;
  return checkedIn;
}
