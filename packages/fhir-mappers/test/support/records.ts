import type { PatientRecord, VisitRecord } from '../../src/index';

/** A fixed "now" after every time below, so tests never depend on the wall clock. */
export const NOW = Date.parse('2024-06-01T00:00:00Z');
export const ORG_ID = '10000004';
export const CONTEXT = { organizationId: ORG_ID, name: 'Klinik Sehat Sentosa', now: NOW } as const;

/** SATUSEHAT sandbox dummy patient and practitioner (spec §3.4, §3.5). */
export const PATIENT_REF = { ihsNumber: 'P02478375538', name: 'Ardianto Putra' };
export const DOCTOR_REF = { ihsNumber: '10009880728', name: 'dr. Alexander' };
export const PHARMACIST_REF = { ihsNumber: '10001915884', name: 'apt. Aditya Pradhana, S.Farm.' };
export const POLI_REF = {
  id: 'ef011065-38c9-46f8-9c35-d1fe68966a3e',
  name: 'Ruang 1A, Poliklinik Rawat Jalan',
};

/**
 * The benchmark's visit and the richest fixture: Encounter, 6 vital signs, 2 diagnoses, 1 procedure and
 * 2 prescription lines (one a racikan).
 */
export function finishedVisit(): VisitRecord {
  return {
    registrationNumber: 'REG-2024-000123',
    status: 'finished',
    patient: PATIENT_REF,
    practitioner: DOCTOR_REF,
    location: POLI_REF,
    arrivedAt: '2024-05-02T08:00:00+07:00',
    inProgressAt: '2024-05-02T08:20:00+07:00',
    finishedAt: '2024-05-02T08:45:00+07:00',
    dischargeDisposition: 'home',
    vitalSigns: {
      measuredAt: '2024-05-02T08:10:00+07:00',
      systolic: 120,
      diastolic: 80,
      heartRate: 88,
      respiratoryRate: 20,
      temperature: { value: 37.8, unit: 'Cel' },
      oxygenSaturation: 98,
    },
    diagnoses: [
      { code: 'J06.9', display: 'Acute upper respiratory infection, unspecified', role: 'primary' },
      { code: 'E11.9', display: 'Type 2 diabetes mellitus without complications', role: 'secondary' },
    ],
    procedures: [
      {
        code: '89.7',
        display: 'General physical examination',
        category: 'diagnostic',
        performedStart: '2024-05-02T08:20:00+07:00',
        performedEnd: '2024-05-02T08:30:00+07:00',
      },
    ],
    prescription: {
      id: 'RX-2024-000123',
      authoredAt: '2024-05-02T08:40:00+07:00',
      lines: [
        {
          itemId: 'RX-2024-000123-1',
          medicationType: 'NC',
          product: { kfaCode: '93001019', display: 'Paracetamol 500 mg Tablet (KIMIA FARMA)' },
          ingredients: [
            {
              kfaCode: '91000101',
              display: 'Paracetamol',
              strength: { value: 500, unit: 'mg', per: { value: 1, unit: 'TAB' } },
            },
          ],
          form: { code: 'BS066', display: 'Tablet' },
          dosage: {
            dose: { value: 1, unit: 'TAB' },
            route: 'O',
            frequency: { times: 3 },
            durationDays: 3,
            text: '3 x 1 tablet sesudah makan',
          },
          quantity: { value: 9, unit: 'TAB' },
          reason: { code: 'J06.9', display: 'Acute upper respiratory infection, unspecified' },
        },
        {
          itemId: 'RX-2024-000123-2',
          medicationType: 'EP',
          name: 'Puyer batuk',
          ingredients: [
            { kfaCode: '93000301', display: 'Ambroxol HCl 30 mg Tablet' },
            { kfaCode: '93000401', display: 'Chlorpheniramine Maleate 4 mg Tablet' },
          ],
          dosage: {
            dose: { value: 1, unit: '{bungkus}' },
            route: 'O',
            frequency: { times: 3 },
            durationDays: 3,
          },
          quantity: { value: 9, unit: '{bungkus}' },
        },
      ],
    },
  };
}

/** A patient with NIK and a complete address, as SATUSEHAT's MPI wants for creation. */
export function nikPatient(): PatientRecord {
  return {
    nik: '9271060312000001',
    name: 'Ardianto Putra',
    gender: 'male',
    birthDate: '1992-01-09',
    birthPlace: 'Jayapura',
    address: {
      line: 'Jl. Raya Abepura No. 12',
      city: 'Kota Jayapura',
      postalCode: '99351',
      provinceCode: '92',
      cityCode: '9271',
      districtCode: '927106',
      villageCode: '9271061001',
      rt: '002',
      rw: '005',
    },
    phone: '081234567890',
    maritalStatus: 'married',
    citizenship: 'WNI',
  };
}
