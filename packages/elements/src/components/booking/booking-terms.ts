import type { PartOfDay } from '@sehatkit/sdk/booking';
import { Catalogue } from '../../translations/catalogue';

/** The texts of `<sehat-booking>`. Bahasa Indonesia is built in; English loads on first use. */
export interface BookingTerms {
  heading: string;
  service: string;
  practitioner: string;
  anyPractitioner: string;
  chooseService: string;
  date: string;
  previousDays: string;
  nextDays: string;
  time: string;
  partOfDay(part: PartOfDay): string;
  timeZoneNote(label: string): string;
  timeZone: string;
  deviceZone: string;
  noSlotsOnDay: string;
  noSlotsInRange: string;
  seatsLeft(count: number): string;
  selected: string;
  details: string;
  name: string;
  birthDate: string;
  phone: string;
  email: string;
  nik: string;
  nikHelp: string;
  optional: string;
  payer: string;
  payerGeneral: string;
  payerBpjs: string;
  bpjsCardNumber: string;
  bpjsHelp: string;
  consent(clinic: string): string;
  required: string;
  invalidEmail: string;
  invalidPhone: string;
  invalidDate: string;
  futureDate: string;
  digits(count: number, got: number): string;
  consentRequired: string;
  back: string;
  submit: string;
  submitting: string;
  summary: string;
  price(amount: string): string;
  free: string;
  video: string;
  inPerson: string;
  confirmedHeading: string;
  confirmedText(email: string): string;
  addToCalendar: string;
  bookAnother: string;
  slotTaken: string;
  paymentHeading: string;
  paymentText(until: string): string;
  pay: string;
  checkPayment: string;
  paymentPending: string;
  paymentExpired: string;
  /** Paid too late: the time went to someone else and the payment was returned. */
  paymentRefunded: string;
  cancelled: string;
  vetoed: string;
}

export const id: BookingTerms = {
  heading: 'Buat janji temu',
  service: 'Layanan',
  practitioner: 'Dokter / tenaga kesehatan',
  anyPractitioner: 'Siapa saja yang tersedia',
  chooseService: 'Pilih layanan',
  date: 'Tanggal',
  previousDays: 'Tanggal sebelumnya',
  nextDays: 'Tanggal berikutnya',
  time: 'Jam',
  partOfDay: (part) => ({ morning: 'Pagi', midday: 'Siang', afternoon: 'Sore', evening: 'Malam' })[part],
  timeZoneNote: (label) => `Jam ditampilkan dalam ${label}.`,
  timeZone: 'Zona waktu',
  deviceZone: 'Zona waktu perangkat ini',
  noSlotsOnDay: 'Tidak ada jadwal kosong pada tanggal ini.',
  noSlotsInRange: 'Tidak ada jadwal kosong pada tanggal-tanggal ini. Coba tanggal berikutnya.',
  seatsLeft: (count) => `sisa ${count} tempat`,
  selected: 'Dipilih',
  details: 'Data pasien',
  name: 'Nama lengkap',
  birthDate: 'Tanggal lahir',
  phone: 'Nomor HP',
  email: 'Email',
  nik: 'NIK',
  nikHelp: '16 digit, tertera di KTP.',
  optional: 'opsional',
  payer: 'Cara bayar',
  payerGeneral: 'Umum / pribadi',
  payerBpjs: 'BPJS Kesehatan',
  bpjsCardNumber: 'Nomor kartu BPJS',
  bpjsHelp: '13 digit, tertera di kartu JKN-KIS.',
  consent: (clinic) =>
    `Saya setuju ${clinic} menyimpan dan memakai data di atas untuk janji temu ini dan menghubungi saya tentangnya.`,
  required: 'Wajib diisi.',
  invalidEmail: 'Alamat email tidak valid.',
  invalidPhone: 'Nomor HP tidak valid, misalnya 0812-3456-7890.',
  invalidDate: 'Tanggal tidak valid.',
  futureDate: 'Tanggal lahir tidak boleh di masa depan.',
  digits: (count, got) => `Harus ${count} digit angka (sekarang ${got}).`,
  consentRequired: 'Persetujuan diperlukan untuk membuat janji temu.',
  back: 'Kembali',
  submit: 'Buat janji',
  submitting: 'Mengirim…',
  summary: 'Ringkasan',
  price: (amount) => `Biaya ${amount}`,
  free: 'Tanpa biaya di muka',
  video: 'Konsultasi video',
  inPerson: 'Datang ke klinik',
  confirmedHeading: 'Janji temu dikonfirmasi',
  confirmedText: (email) => `Konfirmasi dan undangan kalender dikirim ke ${email}.`,
  addToCalendar: 'Tambahkan ke kalender',
  bookAnother: 'Buat janji lain',
  slotTaken: 'Maaf, jadwal itu baru saja dipesan orang lain. Silakan pilih jadwal lain.',
  paymentHeading: 'Selesaikan pembayaran',
  paymentText: (until) =>
    `Jadwal ini kami tahan untuk Anda sampai ${until}. Selesaikan pembayaran sebelum itu.`,
  pay: 'Bayar sekarang',
  checkPayment: 'Saya sudah bayar',
  paymentPending: 'Pembayaran belum kami terima.',
  paymentExpired: 'Waktu pembayaran habis dan jadwal dilepas. Silakan pilih jadwal lagi.',
  paymentRefunded:
    'Pembayaran diterima setelah waktunya habis dan jadwal itu sudah diambil orang lain. Pembayaran Anda dikembalikan; silakan pilih jadwal lain.',
  cancelled: 'Janji temu ini sudah dibatalkan.',
  vetoed: 'Pengiriman dibatalkan oleh halaman ini.',
};

export const bookingTerms = /* @__PURE__ */ new Catalogue<BookingTerms>(id, {
  en: () => import('./booking-terms.en').then((m) => m.en),
});
