import { Catalogue } from '../../translations/catalogue';

/** The texts of `<sehat-consult-hours>`. Bahasa Indonesia is built in; English loads on first use. */
export interface ConsultHoursTerms {
  heading: string;
  intro: string;
  none: string;
  since(time: string): string;
  until(time: string): string;
  join: string;
  updated(time: string): string;
}

export const id: ConsultHoursTerms = {
  heading: 'Konsultasi video sekarang',
  intro:
    'Dokter berikut sedang menerima konsultasi video tanpa janji. Masuk ke ruang tunggu dan dokter akan memanggil Anda.',
  none: 'Saat ini belum ada dokter yang menerima konsultasi video. Silakan coba lagi nanti atau buat janji temu.',
  since: (time) => `Tersedia sejak ${time}`,
  until: (time) => `sampai ${time}`,
  join: 'Masuk ruang tunggu',
  updated: (time) => `Diperbarui ${time}`,
};

export const consultHoursTerms = /* @__PURE__ */ new Catalogue<ConsultHoursTerms>(id, {
  en: () => import('./consult-hours-terms.en').then((m) => m.en),
});
