import { SEED_MEMBERS, type SeedMemberKey } from '../../bpjs/index';
import type { Bilingual } from '../messages';
import type { CurrentMedication } from './patient';
import type { RegistrationInput } from './registration-schema';

export interface SeedPatient {
  /** Fixed medical record number, so links in the README and tests stay valid. */
  id: string;
  scenario: Bilingual;
  registration: RegistrationInput;
  currentMedications: CurrentMedication[];
  /** Checked in at Poli Umum when the demo starts, so the doctor has a queue at once. */
  checkedIn: boolean;
}

const member = (key: SeedMemberKey) => {
  const found = SEED_MEMBERS.find((m) => m.key === key);
  if (!found) throw new Error(`the BPJS simulator has no seeded member ${key}`);
  return found;
};

const titleCase = (name: string) =>
  name
    .toLowerCase()
    .replace(/(^|[\s'-])(\p{L})/gu, (_, lead: string, letter: string) => lead + letter.toUpperCase());

/**
 * The registration of a BPJS simulator member. Names and NIKs are the SATUSEHAT sandbox patients the
 * SATUSEHAT simulator also seeds, so one person can be followed through both services.
 */
function fromMember(
  key: SeedMemberKey,
  health: RegistrationInput['health'],
  other: Partial<RegistrationInput['other']> = {},
): RegistrationInput {
  const m = member(key);
  return {
    identity: {
      nik: m.nik,
      name: titleCase(m.name),
      birthDate: m.birthDate,
      sex: m.sex === 'P' ? 'female' : 'male',
      birthPlace: 'Bandung',
      citizenship: 'WNI',
      familyCardNumber: m.familyCardNumber,
    },
    social: { phone: m.phone, maritalStatus: 'married' },
    address: {
      line: m.address.street,
      rt: m.address.rt,
      rw: m.address.rw,
      provinceCode: m.address.province.code,
      cityCode: m.address.regency.code,
    },
    health,
    other: { payer: 'bpjs', bpjsCardNumber: m.cardNumber, consentSatusehat: true, ...other },
  };
}

/**
 * The demo's patients, one per interesting case of the drug checks and of BPJS: a penicillin allergy,
 * a pregnancy, an inactive BPJS membership, and an elderly patient with impaired kidneys. Ardianto is not
 * pre-registered: he is the front desk's example of a new patient (see `EXAMPLE_REGISTRATIONS`).
 */
export const SEED_PATIENTS: readonly SeedPatient[] = [
  {
    id: 'RM-000101',
    scenario: {
      id: 'Hamil 30 minggu dengan hipertensi: OAINS dan penghambat ACE memicu peringatan kehamilan.',
      en: 'Pregnant, 30 weeks, with hypertension: NSAIDs and ACE inhibitors raise pregnancy warnings.',
    },
    registration: fromMember('activeWorkerHypertension', {
      bloodType: 'A',
      pregnant: true,
      gestationalWeek: '30',
      conditions: 'I10',
      weightKg: '68',
      heightCm: '158',
    }),
    currentMedications: [
      { id: 'cur-methyldopa', ingredientId: 'methyldopa', display: 'Metildopa 250 mg tablet' },
    ],
    checkedIn: true,
  },
  {
    id: 'RM-000102',
    scenario: {
      id: 'Lansia 71 tahun, diabetes, fungsi ginjal turun (eGFR 25): OAINS memicu peringatan ginjal dan usia lanjut.',
      en: 'Elderly (71), diabetic, reduced kidney function (eGFR 25): NSAIDs raise kidney and old-age warnings.',
    },
    registration: fromMember('elderlyDiabetes', {
      bloodType: 'A',
      egfr: '25',
      conditions: 'E11.9, N18.4',
      weightKg: '55',
      heightCm: '152',
    }),
    currentMedications: [
      { id: 'cur-metformin', ingredientId: 'metformin', display: 'Metformin 500 mg tablet' },
      { id: 'cur-amlodipine', ingredientId: 'amlodipine', display: 'Amlodipin 5 mg tablet' },
    ],
    checkedIn: true,
  },
  {
    id: 'RM-000103',
    scenario: {
      id: 'Kepesertaan BPJS tidak aktif (penangguhan): dilayani sebagai pasien umum, kunjungan tidak dikirim ke pCare.',
      en: 'BPJS membership inactive (suspended): served as a general patient, the visit is not sent to pCare.',
    },
    registration: fromMember('inactive', { bloodType: 'AB' }, { payer: 'general' }),
    currentMedications: [],
    checkedIn: true,
  },
];

/** Ready-made new registrations for the front desk's "fill in an example" buttons. */
export const EXAMPLE_REGISTRATIONS: readonly {
  key: string;
  label: Bilingual;
  registration: RegistrationInput;
}[] = [
  {
    key: 'penicillin',
    label: {
      id: 'Ardianto Putra: alergi penisilin, BPJS PBI aktif',
      en: 'Ardianto Putra: penicillin allergy, active BPJS (PBI)',
    },
    registration: fromMember('activePbi', {
      bloodType: 'O',
      allergyGroups: ['alg.penicillin'],
      otherAllergies: '',
      weightKg: '64',
      heightCm: '170',
    }),
  },
  {
    key: 'other-fktp',
    label: {
      id: 'Syarif Muhammad: BPJS aktif, terdaftar di FKTP lain',
      en: 'Syarif Muhammad: active BPJS, registered at another FKTP',
    },
    registration: fromMember('activeOtherFktp', { bloodType: 'B' }),
  },
  {
    key: 'arrears',
    label: {
      id: 'Ghina Assyifa: BPJS tidak aktif karena tunggakan iuran',
      en: 'Ghina Assyifa: BPJS inactive because of arrears',
    },
    registration: fromMember('arrears', { bloodType: 'O' }, { payer: 'general' }),
  },
];
