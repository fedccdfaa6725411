/**
 * Reference lists as pCare serves them, in wire shape. Codes and names mirror the public shapes of
 * bpjs.md §3 (field names) with a small, plausible content set; lists whose real content is not in the
 * spec (status pulang, sarana, member-type codes) are illustrative and say so in the simulator docs.
 */

export const POLI = [
  { kdPoli: '001', nmPoli: 'UMUM', poliSakit: true },
  { kdPoli: '002', nmPoli: 'GIGI & MULUT', poliSakit: true },
  { kdPoli: '003', nmPoli: 'KIA', poliSakit: true },
  { kdPoli: '008', nmPoli: 'KB', poliSakit: false },
  { kdPoli: '021', nmPoli: 'KONSELING', poliSakit: false },
] as const;

export const DOKTER = [
  { kdDokter: '900001', nmDokter: 'dr. Ratna Sari' },
  { kdDokter: '900002', nmDokter: 'drg. Budi Hartono' },
  { kdDokter: '900003', nmDokter: 'dr. Intan Permata' },
] as const;

export const KESADARAN = [
  { kdSadar: '01', nmSadar: 'Compos mentis' },
  { kdSadar: '02', nmSadar: 'Somnolence' },
  { kdSadar: '03', nmSadar: 'Sopor' },
  { kdSadar: '04', nmSadar: 'Coma' },
] as const;

/** `kdStatusPulang` 4 is Rujuk Vertikal (bpjs.md §3.2); the other codes are illustrative. */
export const STATUS_PULANG = {
  outpatient: [
    { kdStatusPulang: '3', nmStatusPulang: 'Berobat Jalan' },
    { kdStatusPulang: '4', nmStatusPulang: 'Rujuk Vertikal' },
    { kdStatusPulang: '6', nmStatusPulang: 'Rujuk Horizontal' },
    { kdStatusPulang: '9', nmStatusPulang: 'Lain-lain' },
  ],
  inpatient: [
    { kdStatusPulang: '0', nmStatusPulang: 'Sembuh' },
    { kdStatusPulang: '1', nmStatusPulang: 'Meninggal' },
    { kdStatusPulang: '2', nmStatusPulang: 'Pulang Paksa' },
    { kdStatusPulang: '4', nmStatusPulang: 'Rujuk Vertikal' },
    { kdStatusPulang: '6', nmStatusPulang: 'Rujuk Horizontal' },
    { kdStatusPulang: '9', nmStatusPulang: 'Lain-lain' },
  ],
} as const;

export const SPESIALIS = [
  { kdSpesialis: 'ANA', nmSpesialis: 'ANAK' },
  { kdSpesialis: 'INT', nmSpesialis: 'PENYAKIT DALAM' },
  { kdSpesialis: 'OBG', nmSpesialis: 'OBSTETRI & GINEKOLOGI' },
  { kdSpesialis: 'MAT', nmSpesialis: 'MATA' },
  { kdSpesialis: 'JAN', nmSpesialis: 'JANTUNG DAN PEMBULUH DARAH' },
] as const;

export const SUBSPESIALIS: Record<
  string,
  readonly { kdSubSpesialis: string; nmSubSpesialis: string; kdPoliRujuk: string }[]
> = {
  ANA: [{ kdSubSpesialis: '3', nmSubSpesialis: 'ANAK', kdPoliRujuk: 'ANA' }],
  INT: [
    { kdSubSpesialis: '26', nmSubSpesialis: 'PENYAKIT DALAM', kdPoliRujuk: 'INT' },
    { kdSubSpesialis: '27', nmSubSpesialis: 'ENDOKRIN-METABOLIK-DIABETES', kdPoliRujuk: 'INT' },
  ],
  OBG: [{ kdSubSpesialis: '8', nmSubSpesialis: 'OBSTETRI & GINEKOLOGI', kdPoliRujuk: 'OBG' }],
  MAT: [{ kdSubSpesialis: '19', nmSubSpesialis: 'MATA', kdPoliRujuk: 'MAT' }],
  JAN: [{ kdSubSpesialis: '12', nmSubSpesialis: 'JANTUNG DAN PEMBULUH DARAH', kdPoliRujuk: 'JAN' }],
};

export const SARANA = [
  { kdSarana: '1', nmSarana: 'REKAM MEDIK' },
  { kdSarana: '2', nmSarana: 'LABORATORIUM' },
  { kdSarana: '5', nmSarana: 'RADIOLOGI' },
] as const;

/** Special referral kinds (aditbaco doc-comment, bpjs.md §3). */
export const KHUSUS = [
  { kdKhusus: 'IGD', nmKhusus: 'ALIH RAWAT' },
  { kdKhusus: 'HDL', nmKhusus: 'HEMODIALISA' },
  { kdKhusus: 'JIW', nmKhusus: 'JIWA' },
  { kdKhusus: 'KLT', nmKhusus: 'KUSTA' },
  { kdKhusus: 'PAR', nmKhusus: 'TB-MDR' },
  { kdKhusus: 'KEM', nmKhusus: 'SARANA KEMOTERAPI' },
  { kdKhusus: 'RAT', nmKhusus: 'SARANA RADIOTERAPI' },
  { kdKhusus: 'HIV', nmKhusus: 'HIV-ODHA' },
  { kdKhusus: 'THA', nmKhusus: 'THALASEMIA' },
  { kdKhusus: 'HEM', nmKhusus: 'HEMOFILI' },
] as const;

/**
 * An ICD-10 subset with WHO titles. `nonSpesialis` marks diagnoses an FKTP is expected to treat itself;
 * referring one out needs TACC (bpjs.md §3.2).
 */
export const DIAGNOSA = [
  {
    kdDiag: 'A09',
    nmDiag: 'Diarrhoea and gastroenteritis of presumed infectious origin',
    nonSpesialis: true,
  },
  { kdDiag: 'A15.0', nmDiag: 'Tuberculosis of lung, confirmed by sputum microscopy', nonSpesialis: false },
  { kdDiag: 'B35.4', nmDiag: 'Tinea corporis', nonSpesialis: true },
  { kdDiag: 'C50.9', nmDiag: 'Malignant neoplasm of breast, unspecified', nonSpesialis: false },
  { kdDiag: 'D56.1', nmDiag: 'Beta thalassaemia', nonSpesialis: false },
  { kdDiag: 'D66', nmDiag: 'Hereditary factor VIII deficiency', nonSpesialis: false },
  {
    kdDiag: 'E11.5',
    nmDiag: 'Non-insulin-dependent diabetes mellitus with peripheral circulatory complications',
    nonSpesialis: false,
  },
  {
    kdDiag: 'E11.9',
    nmDiag: 'Non-insulin-dependent diabetes mellitus without complications',
    nonSpesialis: true,
  },
  { kdDiag: 'F20.9', nmDiag: 'Schizophrenia, unspecified', nonSpesialis: false },
  { kdDiag: 'H10.9', nmDiag: 'Conjunctivitis, unspecified', nonSpesialis: true },
  { kdDiag: 'H52.1', nmDiag: 'Myopia', nonSpesialis: false },
  { kdDiag: 'I10', nmDiag: 'Essential (primary) hypertension', nonSpesialis: true },
  { kdDiag: 'I21.9', nmDiag: 'Acute myocardial infarction, unspecified', nonSpesialis: false },
  { kdDiag: 'J00', nmDiag: 'Acute nasopharyngitis [common cold]', nonSpesialis: true },
  { kdDiag: 'J06.9', nmDiag: 'Acute upper respiratory infection, unspecified', nonSpesialis: true },
  { kdDiag: 'J45.9', nmDiag: 'Asthma, unspecified', nonSpesialis: true },
  { kdDiag: 'K02.1', nmDiag: 'Caries of dentine', nonSpesialis: true },
  { kdDiag: 'K04.0', nmDiag: 'Pulpitis', nonSpesialis: true },
  { kdDiag: 'K29.7', nmDiag: 'Gastritis, unspecified', nonSpesialis: true },
  { kdDiag: 'K30', nmDiag: 'Dyspepsia', nonSpesialis: true },
  { kdDiag: 'L30.9', nmDiag: 'Dermatitis, unspecified', nonSpesialis: true },
  { kdDiag: 'M79.1', nmDiag: 'Myalgia', nonSpesialis: true },
  { kdDiag: 'N18.5', nmDiag: 'Chronic kidney disease, stage 5', nonSpesialis: false },
  { kdDiag: 'N39.0', nmDiag: 'Urinary tract infection, site not specified', nonSpesialis: true },
  { kdDiag: 'O80', nmDiag: 'Single spontaneous delivery', nonSpesialis: true },
  { kdDiag: 'R50.9', nmDiag: 'Fever, unspecified', nonSpesialis: true },
  { kdDiag: 'Z00.0', nmDiag: 'General medical examination', nonSpesialis: true },
  { kdDiag: 'Z34.9', nmDiag: 'Supervision of normal pregnancy, unspecified', nonSpesialis: true },
] as const;

export const PROGNOSA = [
  { kdPrognosa: '01', nmPrognosa: 'Sanam (Sembuh)' },
  { kdPrognosa: '02', nmPrognosa: 'Bonam (Baik)' },
  { kdPrognosa: '03', nmPrognosa: 'Malam (Buruk/Jelek)' },
  { kdPrognosa: '04', nmPrognosa: 'Dubia Ad Sanam/Bonam' },
  { kdPrognosa: '05', nmPrognosa: 'Dubia Ad Malam' },
] as const;

/** `alergi/jenis/{01|02|03}`: food, air, drug; `00` is "Tidak Ada" (bpjs.md §3). */
export const ALERGI: Record<'01' | '02' | '03', readonly { kdAlergi: string; nmAlergi: string }[]> = {
  '01': [
    { kdAlergi: '00', nmAlergi: 'Tidak Ada' },
    { kdAlergi: '01', nmAlergi: 'Seafood' },
    { kdAlergi: '02', nmAlergi: 'Gandum' },
    { kdAlergi: '03', nmAlergi: 'Susu Sapi' },
    { kdAlergi: '04', nmAlergi: 'Kacang-kacangan' },
    { kdAlergi: '99', nmAlergi: 'Lain-lain' },
  ],
  '02': [
    { kdAlergi: '00', nmAlergi: 'Tidak Ada' },
    { kdAlergi: '01', nmAlergi: 'Udara Panas' },
    { kdAlergi: '02', nmAlergi: 'Udara Dingin' },
    { kdAlergi: '03', nmAlergi: 'Udara Kotor' },
    { kdAlergi: '99', nmAlergi: 'Lain-lain' },
  ],
  '03': [
    { kdAlergi: '00', nmAlergi: 'Tidak Ada' },
    { kdAlergi: '01', nmAlergi: 'Penisilin' },
    { kdAlergi: '02', nmAlergi: 'Sulfonamida' },
    { kdAlergi: '03', nmAlergi: 'NSAID' },
    { kdAlergi: '99', nmAlergi: 'Lain-lain' },
  ],
};

/** DPHO entries: generic drugs of the national formulary, with synthetic codes. */
export const OBAT_DPHO = [
  { kdObat: '190100001', nmObat: 'Parasetamol tablet 500 mg', sedia: 1200 },
  { kdObat: '190100002', nmObat: 'Amoksisilin kapsul 500 mg', sedia: 800 },
  { kdObat: '190100003', nmObat: 'Metformin tablet 500 mg', sedia: 1500 },
  { kdObat: '190100004', nmObat: 'Amlodipin tablet 5 mg', sedia: 900 },
  { kdObat: '190100005', nmObat: 'Kaptopril tablet 25 mg', sedia: 600 },
  { kdObat: '190100006', nmObat: 'Klorfeniramin maleat tablet 4 mg', sedia: 700 },
  { kdObat: '190100007', nmObat: 'Antasida DOEN tablet kunyah', sedia: 500 },
  { kdObat: '190100008', nmObat: 'Omeprazol kapsul 20 mg', sedia: 400 },
  { kdObat: '190100009', nmObat: 'Salbutamol tablet 2 mg', sedia: 300 },
  { kdObat: '190100010', nmObat: 'Ibuprofen tablet 400 mg', sedia: 650 },
  { kdObat: '190100011', nmObat: 'Oralit serbuk 200 ml', sedia: 250 },
  { kdObat: '190100012', nmObat: 'Zink tablet dispersibel 20 mg', sedia: 300 },
  { kdObat: '190100013', nmObat: 'Glibenklamid tablet 5 mg', sedia: 450 },
  { kdObat: '190100014', nmObat: 'Simvastatin tablet 10 mg', sedia: 350 },
] as const;

/** Procedures per kdTkp (10 RJTP, 20 RITP, 50 promotif; bpjs.md §3). Codes synthetic except the spec's 01007 example. */
export const TINDAKAN: Record<
  '10' | '20' | '50',
  readonly { kdTindakan: string; nmTindakan: string; maxTarif: number; withValue: boolean }[]
> = {
  '10': [
    { kdTindakan: '01007', nmTindakan: 'Perawatan luka', maxTarif: 25000, withValue: false },
    { kdTindakan: '01010', nmTindakan: 'Pemeriksaan gula darah sederhana', maxTarif: 10000, withValue: true },
    { kdTindakan: '01011', nmTindakan: 'Pemeriksaan asam urat sederhana', maxTarif: 10000, withValue: true },
    { kdTindakan: '01012', nmTindakan: 'Pemeriksaan kolesterol sederhana', maxTarif: 10000, withValue: true },
    { kdTindakan: '02001', nmTindakan: 'Pencabutan gigi sulung', maxTarif: 30000, withValue: false },
    { kdTindakan: '02003', nmTindakan: 'Tumpatan gigi tetap', maxTarif: 60000, withValue: false },
    { kdTindakan: '03001', nmTindakan: 'Pemasangan IUD', maxTarif: 100000, withValue: false },
  ],
  '20': [
    { kdTindakan: '20001', nmTindakan: 'Observasi rawat inap per hari', maxTarif: 120000, withValue: false },
  ],
  '50': [{ kdTindakan: '50001', nmTindakan: 'Penyuluhan kesehatan kelompok', maxTarif: 0, withValue: false }],
};

/** Prolanis clubs of the clinic (kelompok/club/{01|02}). */
export const CLUBS = [
  {
    clubId: 1001,
    jnsKelompok: { kdProgram: '01', nmProgram: 'Diabetes Melitus' },
    tglMulai: '01-01-2024',
    tglAkhir: '31-12-2030',
    alamat: 'Aula Klinik Pratama SehatKit',
    nama: 'Klub Prolanis DM Sehat Sejahtera',
    ketua_noHP: '081200001001',
    ketua_nama: 'Hj. Siti Aminah',
  },
  {
    clubId: 1002,
    jnsKelompok: { kdProgram: '02', nmProgram: 'Hipertensi' },
    tglMulai: '01-01-2024',
    tglAkhir: '31-12-2030',
    alamat: 'Taman Kota Gegerkalong',
    nama: 'Klub Prolanis HT Jantung Sehat',
    ketua_noHP: '081200001002',
    ketua_nama: 'Bapak Darmawan',
  },
] as const;

export const KEGIATAN_KINDS: Record<string, string> = {
  '01': 'Senam',
  '10': 'Penyuluhan',
  '11': 'Penyuluhan dan Senam',
};
export const KELOMPOK_KINDS: Record<string, string> = { '01': 'Diabetes Melitus', '02': 'Hipertensi' };

/** The clinic's practice schedule, which Antrean FKTP serves as ref/poli and ref/dokter (bpjs.md §5(a)). */
export const JADWAL = [
  { kodepoli: '001', kodedokter: 900001, jampraktek: '08:00-12:00', kapasitas: 30 },
  { kodepoli: '001', kodedokter: 900003, jampraktek: '13:00-17:00', kapasitas: 20 },
  { kodepoli: '002', kodedokter: 900002, jampraktek: '08:00-12:00', kapasitas: 10 },
  { kodepoli: '003', kodedokter: 900003, jampraktek: '08:00-11:00', kapasitas: 15 },
] as const;
