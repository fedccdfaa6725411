import type { Bilingual } from './messages';

/** One page of the demo: its body fragment, the script that drives it, and whether it is a staff page. */
export interface PageSpec {
  path: string;
  fragment: string;
  title: Bilingual;
  /** Staff pages set the demo staff session; public pages are what patients see. */
  staff: boolean;
  /** The page in the navigation, when it is listed there. */
  nav?: Bilingual;
  /**
   * Elements loaded by their own cdn entry (`cdn/components/<name>/define.js`) besides the autoloader,
   * so a page whose main content is that element starts loading it with the page.
   */
  preload?: string[];
}

export const PAGES: readonly PageSpec[] = [
  {
    path: '/',
    fragment: 'home',
    title: { id: 'Beranda', en: 'Home' },
    staff: false,
    nav: { id: 'Beranda', en: 'Home' },
  },
  {
    path: '/meja-depan',
    fragment: 'front-desk',
    title: { id: 'Meja depan', en: 'Front desk' },
    staff: true,
    nav: { id: 'Meja depan', en: 'Front desk' },
  },
  {
    path: '/dokter',
    fragment: 'doctor',
    title: { id: 'Ruang dokter', en: "Doctor's room" },
    staff: true,
    nav: { id: 'Dokter', en: 'Doctor' },
  },
  {
    path: '/situs',
    fragment: 'website',
    title: { id: 'Situs klinik', en: 'Clinic website' },
    staff: false,
    nav: { id: 'Situs klinik', en: 'Clinic website' },
  },
  {
    path: '/telekonsultasi',
    fragment: 'teleconsult',
    title: { id: 'Telekonsultasi', en: 'Teleconsultation' },
    staff: true,
    preload: ['video-room'],
    nav: { id: 'Telekonsultasi', en: 'Teleconsultation' },
  },
  {
    path: '/di-balik-layar',
    fragment: 'behind',
    title: { id: 'Di balik layar', en: 'Behind the scenes' },
    staff: true,
    nav: { id: 'Di balik layar', en: 'Behind the scenes' },
  },
  // Pages reached from links (emails, the consultation-hours list), not from the navigation.
  {
    path: '/konsultasi',
    fragment: 'patient-room',
    title: { id: 'Konsultasi video', en: 'Video consultation' },
    staff: false,
    preload: ['video-room'],
  },
  {
    path: '/tunggu/:practitionerId',
    fragment: 'patient-room',
    title: { id: 'Ruang tunggu', en: 'Waiting room' },
    staff: false,
    preload: ['video-room'],
  },
  {
    path: '/janji',
    fragment: 'appointment',
    title: { id: 'Janji temu Anda', en: 'Your appointment' },
    staff: false,
  },
  {
    path: '/janji/:appointmentId',
    fragment: 'appointment',
    title: { id: 'Janji temu Anda', en: 'Your appointment' },
    staff: false,
  },
];
