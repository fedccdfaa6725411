/**
 * A finished outpatient visit as a clinic's EMR holds it: its own ids and field names, not SATUSEHAT's or
 * BPJS's. `sync-visit.ts` maps it to both services.
 */
export interface FinishedVisit {
  /** The EMR's visit number; SATUSEHAT keeps it as the Encounter identifier, so a resend never duplicates. */
  visitNumber: string;
  patient: { nik: string; name: string; bpjsCardNumber?: string };
  /** The doctor: NIK for SATUSEHAT's health-worker index, the pCare doctor code for BPJS. */
  doctor: { nik: string; name: string; pcareCode: string };
  /** The room registered in SATUSEHAT, and the pCare poli. */
  poli: { satusehatLocationId: string; name: string; pcareCode: string };
  arrivedAt: Date;
  startedAt: Date;
  finishedAt: Date;
  complaint: string;
  vitals: {
    systolic: number;
    diastolic: number;
    heartRate: number;
    respiratoryRate: number;
    temperatureC: number;
    weightKg: number;
    heightCm: number;
  };
  /** ICD-10; the first is the main diagnosis. */
  diagnoses: { icd10: string; name: string }[];
  /** ICD-9-CM. */
  procedures: { icd9cm: string; name: string }[];
  prescription: {
    number: string;
    lines: {
      kfaCode: string;
      name: string;
      /** pCare DPHO code, when the drug is on the national formulary. */
      dphoCode?: string;
      dose: number;
      unit: 'TAB' | 'CAP' | 'mL';
      timesPerDay: number;
      days: number;
      quantity: number;
    }[];
  };
}

const minutesAgo = (minutes: number, now: number) => new Date(now - minutes * 60_000);

/**
 * The example's visit: a SATUSEHAT sandbox patient who is also an active BPJS member of the simulated
 * clinic, seen this morning for a respiratory infection. Times lie in the past: SATUSEHAT refuses the future.
 */
export function sampleVisit(options: {
  locationId: string;
  now?: number;
  cardNumber?: string;
}): FinishedVisit {
  const now = options.now ?? Date.now();
  const visitNumber = `RJ-${new Date(now).toISOString().slice(0, 10).replaceAll('-', '')}-0001`;
  return {
    visitNumber,
    patient: {
      nik: '9271060312000001',
      name: 'Ardianto Putra',
      bpjsCardNumber: options.cardNumber ?? '0001880000011',
    },
    doctor: { nik: '7209061211900001', name: 'dr. Alexander', pcareCode: '900001' },
    poli: { satusehatLocationId: options.locationId, name: 'Poli Umum', pcareCode: '001' },
    arrivedAt: minutesAgo(50, now),
    startedAt: minutesAgo(30, now),
    finishedAt: minutesAgo(5, now),
    complaint: 'Demam dan batuk sejak 3 hari',
    vitals: {
      systolic: 120,
      diastolic: 80,
      heartRate: 88,
      respiratoryRate: 20,
      temperatureC: 38.1,
      weightKg: 64,
      heightCm: 170,
    },
    diagnoses: [{ icd10: 'J06.9', name: 'Acute upper respiratory infection, unspecified' }],
    procedures: [{ icd9cm: '89.7', name: 'General physical examination' }],
    prescription: {
      number: `${visitNumber}-R`,
      lines: [
        {
          kfaCode: '93100003',
          name: 'Paracetamol 500 mg Tablet (SANMOL)',
          dphoCode: '190100001',
          dose: 1,
          unit: 'TAB',
          timesPerDay: 3,
          days: 3,
          quantity: 9,
        },
      ],
    },
  };
}
