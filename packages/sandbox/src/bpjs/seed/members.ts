import { SIMULATED_CLINIC } from './providers';

/**
 * The members the simulator knows, each named by what it demonstrates. Except for the child, names and NIKs
 * are the SATUSEHAT sandbox patients the SATUSEHAT simulator also seeds, so the demo clinic can follow one
 * person through both services; card numbers, member types and statuses are synthetic.
 */
export type SeedMemberKey =
  | 'activePbi'
  | 'activeWorkerHypertension'
  | 'activeOtherFktp'
  | 'inactive'
  | 'arrears'
  | 'elderlyDiabetes'
  | 'child';

export interface SeedMember {
  key: SeedMemberKey;
  /** What this member is for, in one line. */
  description: string;
  cardNumber: string;
  nik: string;
  familyCardNumber: string;
  name: string;
  sex: 'L' | 'P';
  /** ISO yyyy-mm-dd. */
  birthDate: string;
  relationship: string;
  memberType: { kode: string; nama: string };
  careClass: { kode: string; nama: string };
  provider: { kdProvider: string; nmProvider: string };
  active: boolean;
  statusDescription: string;
  /** Premium arrears in rupiah. */
  arrears: number;
  bloodType: string;
  phone: string;
  prolanis: string | null;
  referBack: string | null;
  coverageStart: string;
  coverageEnd: string;
  /** What Mobile JKN sends with `POST /peserta` when the clinic does not know the patient yet. */
  address: {
    street: string;
    province: { code: string; name: string };
    regency: { code: string; name: string };
    district: { code: string; name: string };
    village: { code: string; name: string };
    rw: string;
    rt: string;
  };
}

const BANDUNG = {
  province: { code: '32', name: 'JAWA BARAT' },
  regency: { code: '3273', name: 'KOTA BANDUNG' },
  district: { code: '327301', name: 'SUKASARI' },
  village: { code: '3273011001', name: 'GEGERKALONG' },
};

const PUSKESMAS = { kdProvider: '0189U002', nmProvider: 'Puskesmas Sukamaju (Simulator)' };

export const SEED_MEMBERS: readonly SeedMember[] = [
  {
    key: 'activePbi',
    description: 'Active PBI (contribution paid by the state) member, class III, registered at the clinic',
    cardNumber: '0001880000011',
    nik: '9271060312000001',
    familyCardNumber: '9271060312000101',
    name: 'ARDIANTO PUTRA',
    sex: 'L',
    birthDate: '1992-01-09',
    relationship: 'Peserta',
    memberType: { kode: '21', nama: 'PBI (APBN)' },
    careClass: { kode: '3', nama: 'KELAS III' },
    provider: SIMULATED_CLINIC,
    active: true,
    statusDescription: 'AKTIF',
    arrears: 0,
    bloodType: 'O',
    phone: '081200000011',
    prolanis: null,
    referBack: null,
    coverageStart: '2014-01-01',
    coverageEnd: '2050-12-31',
    address: { street: 'Jl. Setiabudi No. 11', ...BANDUNG, rw: '002', rt: '003' },
  },
  {
    key: 'activeWorkerHypertension',
    description: 'Active wage-earner (PPU) member, class I, Prolanis hypertension, registered at the clinic',
    cardNumber: '0001880000022',
    nik: '9204014804000002',
    familyCardNumber: '9204014804000102',
    name: 'CLAUDIA SINTIA',
    sex: 'P',
    birthDate: '1989-11-03',
    relationship: 'Peserta',
    memberType: { kode: '13', nama: 'PEKERJA PENERIMA UPAH (PPU) SWASTA' },
    careClass: { kode: '1', nama: 'KELAS I' },
    provider: SIMULATED_CLINIC,
    active: true,
    statusDescription: 'AKTIF',
    arrears: 0,
    bloodType: 'A',
    phone: '081200000022',
    prolanis: 'HT',
    referBack: null,
    coverageStart: '2016-03-01',
    coverageEnd: '2050-12-31',
    address: { street: 'Jl. Gegerkalong Hilir No. 22', ...BANDUNG, rw: '004', rt: '001' },
  },
  {
    key: 'activeOtherFktp',
    description: 'Active self-paying (PBPU) member, class II, registered at another FKTP (the Puskesmas)',
    cardNumber: '0001880000033',
    nik: '9210060207000010',
    familyCardNumber: '9210060207000110',
    name: 'SYARIF MUHAMMAD',
    sex: 'L',
    birthDate: '1988-11-02',
    relationship: 'Peserta',
    memberType: { kode: '14', nama: 'PEKERJA BUKAN PENERIMA UPAH (PBPU)' },
    careClass: { kode: '2', nama: 'KELAS II' },
    provider: PUSKESMAS,
    active: true,
    statusDescription: 'AKTIF',
    arrears: 0,
    bloodType: 'B',
    phone: '081200000033',
    prolanis: null,
    referBack: null,
    coverageStart: '2018-07-01',
    coverageEnd: '2050-12-31',
    address: { street: 'Jl. Sukajadi No. 33', ...BANDUNG, rw: '001', rt: '005' },
  },
  {
    key: 'inactive',
    description: 'Inactive member: membership suspended, cannot be served on JKN',
    cardNumber: '0001880000044',
    nik: '9104224509000003',
    familyCardNumber: '9104224509000103',
    name: 'ELIZABETH DIOR',
    sex: 'P',
    birthDate: '1976-07-07',
    relationship: 'Peserta',
    memberType: { kode: '13', nama: 'PEKERJA PENERIMA UPAH (PPU) SWASTA' },
    careClass: { kode: '2', nama: 'KELAS II' },
    provider: SIMULATED_CLINIC,
    active: false,
    statusDescription: 'TIDAK AKTIF: PENANGGUHAN PESERTA',
    arrears: 0,
    bloodType: 'AB',
    phone: '081200000044',
    prolanis: null,
    referBack: null,
    coverageStart: '2015-05-01',
    coverageEnd: '2025-12-31',
    address: { street: 'Jl. Cihampelas No. 44', ...BANDUNG, rw: '003', rt: '002' },
  },
  {
    key: 'arrears',
    description: 'Self-paying member, class I, inactive because of unpaid contributions (arrears)',
    cardNumber: '0001880000055',
    nik: '9104224606000005',
    familyCardNumber: '9104224606000105',
    name: 'GHINA ASSYIFA',
    sex: 'P',
    birthDate: '2004-08-21',
    relationship: 'Peserta',
    memberType: { kode: '14', nama: 'PEKERJA BUKAN PENERIMA UPAH (PBPU)' },
    careClass: { kode: '1', nama: 'KELAS I' },
    provider: SIMULATED_CLINIC,
    active: false,
    statusDescription: 'TIDAK AKTIF KARENA MENUNGGAK IURAN',
    arrears: 1_050_000,
    bloodType: 'O',
    phone: '081200000055',
    prolanis: null,
    referBack: null,
    coverageStart: '2022-01-01',
    coverageEnd: '2050-12-31',
    address: { street: 'Jl. Dago No. 55', ...BANDUNG, rw: '006', rt: '004' },
  },
  {
    key: 'elderlyDiabetes',
    description: 'Active retired civil servant, class I, Prolanis diabetes and Program Rujuk Balik',
    cardNumber: '0001880000066',
    nik: '9201076407000009',
    familyCardNumber: '9201076407000109',
    name: 'NANCY WANG',
    sex: 'P',
    birthDate: '1955-10-10',
    relationship: 'Peserta',
    memberType: { kode: '31', nama: 'PENSIUNAN PNS' },
    careClass: { kode: '1', nama: 'KELAS I' },
    provider: SIMULATED_CLINIC,
    active: true,
    statusDescription: 'AKTIF',
    arrears: 0,
    bloodType: 'A',
    phone: '081200000066',
    prolanis: 'DM',
    referBack: 'DM',
    coverageStart: '2014-01-01',
    coverageEnd: '2050-12-31',
    address: { street: 'Jl. Ciumbuleuit No. 66', ...BANDUNG, rw: '002', rt: '006' },
  },
  {
    key: 'child',
    description: 'Active child dependant of the PPU member, class I, registered at the clinic',
    cardNumber: '0001880000077',
    nik: '3273014512190001',
    familyCardNumber: '9204014804000102',
    name: 'AISYAH PUTRI',
    sex: 'P',
    birthDate: '2019-12-05',
    relationship: 'Anak',
    memberType: { kode: '13', nama: 'PEKERJA PENERIMA UPAH (PPU) SWASTA' },
    careClass: { kode: '1', nama: 'KELAS I' },
    provider: SIMULATED_CLINIC,
    active: true,
    statusDescription: 'AKTIF',
    arrears: 0,
    bloodType: 'A',
    phone: '081200000022',
    prolanis: null,
    referBack: null,
    coverageStart: '2020-01-01',
    coverageEnd: '2050-12-31',
    address: { street: 'Jl. Gegerkalong Hilir No. 22', ...BANDUNG, rw: '004', rt: '001' },
  },
];

/** A seeded member by its key: `seedMember('inactive').cardNumber`. */
export function seedMember(key: SeedMemberKey): SeedMember {
  const member = SEED_MEMBERS.find((m) => m.key === key);
  if (!member) throw new RangeError(`no seeded member ${key}`);
  return member;
}
