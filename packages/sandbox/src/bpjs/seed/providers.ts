/** Facilities of the simulated rayon. Codes follow the pCare pattern (branch, kind letter, sequence); all synthetic. */

/** The clinic the simulator's credentials belong to: the demo clinic. */
export const SIMULATED_CLINIC = {
  kdProvider: '0189U001',
  nmProvider: 'Klinik Pratama SehatKit (Simulator)',
} as const;

export const FKTP_PROVIDERS = [
  SIMULATED_CLINIC,
  { kdProvider: '0189U002', nmProvider: 'Puskesmas Sukamaju (Simulator)' },
  { kdProvider: '0189U003', nmProvider: 'Klinik Dokter Keluarga Melati (Simulator)' },
  { kdProvider: '0189G001', nmProvider: 'Praktik Dokter Gigi Senyum (Simulator)' },
] as const;

export interface ReferralHospital {
  kdppk: string;
  nmppk: string;
  alamatPpk: string;
  telpPpk: string;
  kelas: string;
  nmkc: string;
  distance: number;
  kapasitas: number;
  /** Sub-specialty codes with a practice, and the schedule text pCare shows. */
  subSpesialis: Record<string, string>;
  /** Special referral codes the hospital accepts. */
  khusus: readonly string[];
}

export const REFERRAL_HOSPITALS: readonly ReferralHospital[] = [
  {
    kdppk: '0189R001',
    nmppk: 'RSUD Kota Sehat (Simulator)',
    alamatPpk: 'Jl. Merdeka No. 1',
    telpPpk: '022-5550101',
    kelas: 'B',
    nmkc: 'KC Simulator',
    distance: 3200,
    kapasitas: 120,
    subSpesialis: {
      '3': 'Senin-Jumat 08:00-14:00',
      '26': 'Senin-Sabtu 08:00-14:00',
      '27': 'Selasa, Kamis 09:00-13:00',
      '8': 'Senin-Jumat 08:00-12:00',
      '12': 'Rabu, Jumat 10:00-14:00',
    },
    khusus: ['IGD', 'HDL', 'JIW', 'KEM', 'RAT', 'HIV', 'THA', 'HEM'],
  },
  {
    kdppk: '0189R002',
    nmppk: 'RS Harapan Bunda (Simulator)',
    alamatPpk: 'Jl. Kenanga No. 45',
    telpPpk: '022-5550202',
    kelas: 'C',
    nmkc: 'KC Simulator',
    distance: 5100,
    kapasitas: 60,
    subSpesialis: {
      '3': 'Senin-Sabtu 08:00-13:00',
      '26': 'Senin-Jumat 13:00-17:00',
      '19': 'Senin, Rabu 08:00-12:00',
    },
    khusus: ['IGD', 'KLT', 'PAR'],
  },
];
