/**
 * People the simulator knows as the Master Patient Index and the Nakes index.
 *
 * The first ten of each list are the sandbox dummy data SATUSEHAT documents for its staging server
 * (satusehat.md §3.4 and §3.5, from the Patient and Practitioner API pages), so code written against the
 * simulator keeps working against the real sandbox. The IG examples' Budi Santoso (Patient/100000030009)
 * and Dokter Bronsig (Practitioner/N10000001) are added so the official example payloads resolve; their
 * NIKs are simulator data.
 */
export interface SeedPerson {
  nik: string;
  name: string;
  gender: 'male' | 'female';
  birthDate: string;
  ihs: string;
}

export const SANDBOX_PATIENTS: readonly SeedPerson[] = [
  {
    nik: '9271060312000001',
    name: 'Ardianto Putra',
    gender: 'male',
    birthDate: '1992-01-09',
    ihs: 'P02478375538',
  },
  {
    nik: '9204014804000002',
    name: 'Claudia Sintia',
    gender: 'female',
    birthDate: '1989-11-03',
    ihs: 'P03647103112',
  },
  {
    nik: '9104224509000003',
    name: 'Elizabeth Dior',
    gender: 'female',
    birthDate: '1976-07-07',
    ihs: 'P00805884304',
  },
  {
    nik: '9104223107000004',
    name: 'Dr. Alan Bagus Prasetya',
    gender: 'male',
    birthDate: '1977-09-03',
    ihs: 'P00912894463',
  },
  {
    nik: '9104224606000005',
    name: 'Ghina Assyifa',
    gender: 'female',
    birthDate: '2004-08-21',
    ihs: 'P01654557057',
  },
  {
    nik: '9104025209000006',
    name: 'Salsabilla Anjani Rizki',
    gender: 'female',
    birthDate: '2001-04-16',
    ihs: 'P02280547535',
  },
  {
    nik: '9201076001000007',
    name: 'Theodore Elisjah',
    gender: 'female',
    birthDate: '1985-09-18',
    ihs: 'P01836748436',
  },
  {
    nik: '9201394901000008',
    name: 'Sonia Herdianti',
    gender: 'female',
    birthDate: '1996-06-08',
    ihs: 'P00883356749',
  },
  {
    nik: '9201076407000009',
    name: 'Nancy Wang',
    gender: 'female',
    birthDate: '1955-10-10',
    ihs: 'P01058967035',
  },
  {
    nik: '9210060207000010',
    name: 'Syarif Muhammad',
    gender: 'male',
    birthDate: '1988-11-02',
    ihs: 'P02428473601',
  },
  {
    nik: '3174031711440009',
    name: 'Budi Santoso',
    gender: 'male',
    birthDate: '1944-11-17',
    ihs: '100000030009',
  },
];

export const SANDBOX_PRACTITIONERS: readonly SeedPerson[] = [
  {
    nik: '7209061211900001',
    name: 'dr. Alexander',
    gender: 'male',
    birthDate: '1994-01-01',
    ihs: '10009880728',
  },
  {
    nik: '3322071302900002',
    name: 'dr. Yoga Yandika, Sp.A',
    gender: 'male',
    birthDate: '1995-02-02',
    ihs: '10006926841',
  },
  {
    nik: '3171071609900003',
    name: 'dr. Syarifuddin, Sp.Pd.',
    gender: 'male',
    birthDate: '1988-03-03',
    ihs: '10001354453',
  },
  {
    nik: '3207192310600004',
    name: 'dr. Nicholas Evan, Sp.B.',
    gender: 'male',
    birthDate: '1986-04-04',
    ihs: '10010910332',
  },
  {
    nik: '6408130207800005',
    name: 'dr. Dito Arifin, Sp.M.',
    gender: 'male',
    birthDate: '1985-05-05',
    ihs: '10018180913',
  },
  {
    nik: '3217040109800006',
    name: 'dr. Olivia Kirana, Sp.OG',
    gender: 'female',
    birthDate: '1984-06-06',
    ihs: '10002074224',
  },
  {
    nik: '3519111703800007',
    name: 'dr. Alicia Chrissy, Sp.N.',
    gender: 'female',
    birthDate: '1982-07-07',
    ihs: '10012572188',
  },
  {
    nik: '5271002009700008',
    name: 'dr. Nathalie Tan, Sp.PK.',
    gender: 'female',
    birthDate: '1981-08-08',
    ihs: '10018452434',
  },
  {
    nik: '3313096403900009',
    name: 'Sheila Annisa S.Kep',
    gender: 'female',
    birthDate: '1980-09-09',
    ihs: '10014058550',
  },
  {
    nik: '3578083008700010',
    name: 'apt. Aditya Pradhana, S.Farm.',
    gender: 'female',
    birthDate: '1980-10-10',
    ihs: '10001915884',
  },
  {
    nik: '3174012502700011',
    name: 'Dokter Bronsig',
    gender: 'male',
    birthDate: '1970-02-25',
    ihs: 'N10000001',
  },
];

export const NIK_SYSTEM = 'https://fhir.kemkes.go.id/id/nik';
export const PATIENT_IHS_SYSTEM = 'https://fhir.kemkes.go.id/id/ihs-number';
export const PRACTITIONER_IHS_SYSTEM = 'https://fhir.kemkes.go.id/id/nakes-his-number';

export function patientResource(person: SeedPerson): Record<string, unknown> {
  return {
    resourceType: 'Patient',
    id: person.ihs,
    meta: {
      profile: [
        'https://fhir.kemkes.go.id/r4/StructureDefinition/Patient|4.0.1',
        'https://fhir.kemkes.go.id/r4/StructureDefinition/Patient',
      ],
    },
    active: true,
    identifier: [
      { system: PATIENT_IHS_SYSTEM, use: 'official', value: person.ihs },
      { system: NIK_SYSTEM, use: 'official', value: person.nik },
    ],
    name: [{ use: 'official', text: person.name }],
    gender: person.gender,
    birthDate: person.birthDate,
    deceasedBoolean: false,
    multipleBirthBoolean: false,
    communication: [
      {
        language: {
          coding: [{ system: 'urn:ietf:bcp:47', code: 'id', display: 'Indonesian' }],
          text: 'Indonesian',
        },
        preferred: true,
      },
    ],
  };
}

export function practitionerResource(person: SeedPerson): Record<string, unknown> {
  return {
    resourceType: 'Practitioner',
    id: person.ihs,
    identifier: [
      { system: PRACTITIONER_IHS_SYSTEM, use: 'official', value: person.ihs },
      { system: NIK_SYSTEM, use: 'official', value: person.nik },
    ],
    name: [{ use: 'official', text: person.name }],
    gender: person.gender,
    birthDate: person.birthDate,
  };
}
