import type { SehatErrorSource } from '@sehatkit/sdk';
import type { AlertTerms, BpjsTerms, CommonTerms, DrugTerms, SearchTerms } from './types';

// Bahasa Indonesia: the default language of every element.

// Every source but our own server; a source the SDK adds fails to compile here until it is named.
const SERVICES: Record<Exclude<SehatErrorSource, 'sehatkit'>, string> = {
  bpjs: 'BPJS Kesehatan',
  satusehat: 'SATUSEHAT',
  kfa: 'KFA',
  store: 'penyimpanan data',
  smtp: 'layanan email',
  peer: 'layanan video',
  payment: 'layanan pembayaran',
};

const service = (source: string): string =>
  Object.hasOwn(SERVICES, source) ? SERVICES[source as keyof typeof SERVICES] : 'server klinik';
/** Nama layanan di awal kalimat. */
const Service = (source: string): string => {
  const name = service(source);
  return name.charAt(0).toUpperCase() + name.slice(1);
};

export const common: CommonTerms = {
  error(code, source, retryAfterSeconds) {
    switch (code) {
      case 'VALIDATION_FAILED':
        return 'Data yang dikirim tidak sesuai. Periksa kembali isian Anda.';
      case 'REMOTE_VALIDATION_FAILED':
        return `${Service(source)} menolak permintaan ini.`;
      case 'AUTHENTICATION_FAILED':
        return `Server klinik tidak dapat masuk ke ${service(source)}. Hubungi admin klinik.`;
      case 'FORBIDDEN':
        return 'Anda tidak berwenang melakukan ini. Masuk sebagai petugas klinik.';
      case 'NOT_FOUND':
        return 'Data tidak ditemukan.';
      case 'CONFLICT':
        return 'Data baru saja berubah. Muat ulang lalu coba lagi.';
      case 'RATE_LIMITED':
        return retryAfterSeconds
          ? `Terlalu banyak permintaan. Coba lagi dalam ${retryAfterSeconds} detik.`
          : 'Terlalu banyak permintaan. Coba lagi sebentar lagi.';
      case 'DECRYPTION_FAILED':
        return `Jawaban dari ${service(source)} tidak dapat dibaca. Coba lagi.`;
      case 'CONFIGURATION_INVALID':
        return 'Server klinik belum diatur untuk fitur ini. Hubungi admin klinik.';
      default:
        return source === 'sehatkit'
          ? 'Server klinik sedang bermasalah. Coba lagi.'
          : `${Service(source)} sedang tidak tersedia. Coba lagi nanti.`;
    }
  },
  unreachable: 'Server klinik tidak dapat dihubungi. Periksa koneksi internet Anda.',
  retry: 'Coba lagi',
  close: 'Tutup',
  loading: 'Memuat…',
  sources: 'Sumber',
};

export const bpjs: BpjsTerms = {
  label: (kind) =>
    kind === 'card' ? 'Nomor kartu BPJS' : kind === 'nik' ? 'NIK' : 'Nomor kartu BPJS atau NIK',
  help: (kind) =>
    kind === 'card'
      ? '13 digit, tertera di kartu JKN-KIS.'
      : kind === 'nik'
        ? '16 digit, tertera di KTP.'
        : 'Kartu JKN-KIS 13 digit atau NIK 16 digit.',
  identifierIssue(code, expected, actual) {
    switch (code) {
      case 'required':
        return 'Nomor belum diisi.';
      case 'invalid_characters':
        return 'Hanya boleh berisi angka.';
      case 'too_short':
        return `Kurang ${expected - actual} digit: harus ${expected} digit.`;
      case 'too_long':
        return `Kelebihan ${actual - expected} digit: harus ${expected} digit.`;
      case 'invalid_region':
        return 'NIK tidak diawali angka 0: dua angka pertama adalah kode provinsi.';
      default:
        return 'Nomor ini tidak valid.';
    }
  },
  verify: 'Periksa',
  checking: 'Memeriksa kepesertaan…',
  active: 'Aktif',
  inactive: 'Tidak aktif',
  result: 'Hasil pemeriksaan kepesertaan BPJS',
  name: 'Nama',
  cardNumber: 'Nomor kartu',
  nik: 'NIK',
  careClass: 'Kelas rawat',
  memberType: 'Jenis peserta',
  provider: 'FKTP terdaftar',
  arrears: 'Tunggakan iuran',
  noArrears: 'Tidak ada',
  coverageEnd: 'Berlaku hingga',
  birthDate: 'Tanggal lahir',
  statusReason: 'Keterangan',
  arrearsReason: (amount) => `Ada tunggakan iuran ${amount}.`,
  notFound: (kind) =>
    kind === 'nik'
      ? 'Tidak ada peserta BPJS dengan NIK ini. Periksa kembali nomornya.'
      : 'Tidak ada peserta BPJS dengan nomor kartu ini. Periksa kembali nomornya.',
  unavailable: 'Layanan BPJS Kesehatan sedang tidak tersedia. Coba lagi nanti.',
  forbidden: 'Anda tidak berwenang memeriksa kepesertaan BPJS. Masuk sebagai petugas klinik.',
};

export const drugs: DrugTerms = {
  tier: (tier) =>
    ({
      'hard-stop': 'Harus dihentikan',
      interruptive: 'Perlu alasan',
      passive: 'Perhatian',
      suppressed: 'Informasi',
    })[tier],
  severity: (severity) => ({ CI: 'Kontraindikasi', MAJ: 'Berat', MOD: 'Sedang', MIN: 'Ringan' })[severity],
  kind: (kind) =>
    ({
      ALGY: 'Alergi',
      DRG: 'Interaksi obat',
      DUPTHPY: 'Duplikasi terapi',
      DOSEH: 'Dosis berlebih',
      PREG: 'Kehamilan',
      LACT: 'Menyusui',
      PEALRT: 'Usia anak',
      GEALRT: 'Usia lanjut',
      COND: 'Kondisi pasien',
      NOT_CHECKED: 'Tidak dapat diperiksa',
    })[kind],
  golongan: (g) =>
    ({
      narkotika: 'Narkotika',
      psikotropika: 'Psikotropika',
      'obat-keras': 'Obat keras',
      'bebas-terbatas': 'Obat bebas terbatas',
      bebas: 'Obat bebas',
    })[g],
  matchLevel: (level) =>
    ({
      exact: 'zat aktif yang sama',
      'same-group': 'golongan yang sama',
      'cross-sensitivity': 'reaksi silang',
    })[level],
  badgeLabel: (product, count, tier) =>
    count === 0
      ? `${product}: tidak ada peringatan`
      : `${product}: ${count} peringatan${tier ? `, tingkat tertinggi ${drugs.tier(tier).toLowerCase()}` : ''}. Buka rincian.`,
  badgeSummary: (count) => `${count} peringatan`,
  noFindings: 'Tidak ada peringatan untuk pasien ini.',
  basicInfo: 'Informasi dasar',
  boxedWarning: 'Peringatan khusus (boxed warning)',
  contraindications: 'Kontraindikasi',
  findingsForPatient: 'Temuan untuk pasien ini',
  matchedAllergen: (allergen, level) => `Cocok dengan alergi tercatat: ${allergen} (${level}).`,
  management: 'Saran tindakan',
  ingredients: 'Zat aktif',
  dosageForm: 'Bentuk sediaan',
  route: 'Rute pemberian',
  releasePattern: 'Pola pelepasan',
  flavour: 'Rasa',
  manufacturer: 'Produsen',
  registration: 'Nomor izin edar (NIE)',
  packaging: 'Kemasan',
  golonganLabel: 'Golongan',
  kfaCode: 'Kode KFA',
  productNotFound: 'Obat ini tidak ada di kamus obat.',
  notFoundForCheck: 'Obat ini tidak ditemukan di kamus obat, sehingga tidak dapat diperiksa.',
  forbiddenCheck: 'Anda tidak berwenang memeriksa resep. Masuk sebagai petugas klinik.',
};

export const alerts: AlertTerms = {
  heading: 'Peringatan resep',
  noIssues: 'Tidak ada peringatan untuk resep ini.',
  overrideReason: 'Alasan tetap meresepkan',
  chooseReason: 'Pilih alasan…',
  overrideNote: 'Catatan',
  noteRequired: 'Tuliskan catatan untuk alasan ini.',
  reasonRequired: 'Pilih alasan untuk peringatan ini.',
  sign: 'Tandatangani resep',
  signing: 'Menyimpan alasan…',
  signBlocked: (count) => `Resep belum dapat ditandatangani: ${count} peringatan masih memerlukan alasan.`,
  signed: 'Alasan tersimpan. Resep dapat ditandatangani.',
  signVetoed: 'Penandatanganan ditahan oleh aplikasi klinik.',
  moreFindings: (count) => `${count} informasi lain`,
};

export const search: SearchTerms = {
  label: (purpose) => (purpose === 'current' ? 'Obat yang sedang dikonsumsi' : 'Cari obat'),
  placeholder: 'Nama obat atau zat aktif',
  help: 'Ketik minimal 2 huruf. Pilih dengan panah atas/bawah dan Enter; Escape untuk menutup.',
  searching: 'Mencari…',
  resultCount: (count) => (count === 0 ? 'Tidak ada obat yang cocok.' : `${count} obat ditemukan.`),
};
