import type { Arrival, ConnectionQuality, FileRefusal, LeaveReason } from '@sehatkit/sdk/teleconsult';
import { Catalogue } from '../../translations/catalogue';
import type { MediaProblem } from './local-media';

/** Every text of `<sehat-video-room>`; Bahasa Indonesia is built in, English loads on first use. */
export interface VideoRoomTerms {
  roomLabel: string;
  setupTitle: string;
  setupHelp: string;
  yourName: string;
  microphone: string;
  camera: string;
  preview: string;
  join: string;
  joining: string;
  /** Why a device is unavailable and what to do about it. */
  mediaProblem(kind: 'microphone' | 'camera', problem: MediaProblem): string;
  waitingTitle: string;
  position(position: number): string;
  waitingHelp: string;
  announcements: string;
  waitingChat: string;
  messageLabel: string;
  send: string;
  waitingList: string;
  nobodyWaiting: string;
  arrival(arrival: Arrival): string;
  admit: string;
  deny: string;
  announce: string;
  announcementLabel: string;
  inCall: string;
  you: string;
  timer: string;
  microphoneOn: string;
  microphoneOff: string;
  cameraOn: string;
  cameraOff: string;
  shareScreen: string;
  stopSharing: string;
  pictureInPicture: string;
  fullScreen: string;
  chat: string;
  files: string;
  sendFile: string;
  /** `types` is a short list such as "PDF, JPEG, PNG". */
  fileHelp(maxMegabytes: number, types: string): string;
  fileRefused(reason: FileRefusal | 'failed'): string;
  download: string;
  addGuest: string;
  guestName: string;
  guestLink: string;
  copy: string;
  leave: string;
  endForAll: string;
  muted(name: string): string;
  cameraOffFor(name: string): string;
  sharingScreen(name: string): string;
  quality(quality: ConnectionQuality): string;
  reconnecting: string;
  restored: string;
  connecting: string;
  endedTitle: string;
  endedHelp: string;
  leftTitle: string;
  deniedTitle: string;
  left(name: string, reason: LeaveReason): string;
  /** A refusal by the server (`reason` of a FORBIDDEN problem) or a failure of the call. */
  failure(code: string, reason: string | undefined): string;
  retry: string;
  /** The browser refused to start the remote sound or video without a tap (autoplay policy). */
  playbackBlocked: string;
  /** The button that starts it. */
  startPlayback: string;
}

const mb = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

export const id: VideoRoomTerms = {
  roomLabel: 'Ruang konsultasi video',
  setupTitle: 'Periksa kamera dan mikrofon',
  setupHelp: 'Pastikan wajah Anda terlihat dan suara terdengar jelas sebelum masuk.',
  yourName: 'Nama Anda',
  microphone: 'Mikrofon',
  camera: 'Kamera',
  preview: 'Pratinjau kamera Anda',
  join: 'Masuk ruang tunggu',
  joining: 'Menghubungkan…',
  mediaProblem(kind, problem) {
    const device = kind === 'camera' ? 'kamera' : 'mikrofon';
    switch (problem) {
      case 'permission_denied':
        return `Izin ${device} ditolak. Klik ikon gembok di bilah alamat, izinkan ${device}, lalu muat ulang halaman.`;
      case 'no_device':
        return `Tidak ada ${device} yang terdeteksi. Anda tetap bisa masuk; dokter ${kind === 'camera' ? 'tidak akan melihat Anda' : 'tidak akan mendengar Anda'}.`;
      case 'device_busy':
        return `${device[0]?.toUpperCase()}${device.slice(1)} sedang dipakai aplikasi lain. Tutup aplikasi itu lalu pilih ulang perangkat.`;
      case 'insecure_context':
        return 'Halaman ini harus dibuka lewat https agar kamera dan mikrofon bisa dipakai.';
      default:
        return `Peramban ini tidak mendukung ${device}. Gunakan Chrome, Edge, Firefox atau Safari versi terbaru.`;
    }
  },
  waitingTitle: 'Anda berada di ruang tunggu',
  position: (n) => (n === 1 ? 'Anda berikutnya.' : `Antrean Anda: ${n}.`),
  waitingHelp: 'Dokter akan mempersilakan Anda masuk. Jangan tutup halaman ini.',
  announcements: 'Pengumuman',
  waitingChat: 'Pesan ke klinik',
  messageLabel: 'Tulis pesan',
  send: 'Kirim',
  waitingList: 'Ruang tunggu',
  nobodyWaiting: 'Belum ada pasien yang menunggu.',
  arrival: (a) => ({ on_time: 'Tepat waktu', late: 'Terlambat', walk_in: 'Tanpa janji' })[a],
  admit: 'Persilakan masuk',
  deny: 'Tolak',
  announce: 'Umumkan',
  announcementLabel: 'Pengumuman ke ruang tunggu',
  inCall: 'Dalam panggilan',
  you: 'Anda',
  timer: 'Durasi konsultasi',
  microphoneOn: 'Matikan mikrofon',
  microphoneOff: 'Nyalakan mikrofon',
  cameraOn: 'Matikan kamera',
  cameraOff: 'Nyalakan kamera',
  shareScreen: 'Bagikan layar',
  stopSharing: 'Berhenti berbagi layar',
  pictureInPicture: 'Gambar dalam gambar',
  fullScreen: 'Layar penuh',
  chat: 'Obrolan',
  files: 'Berkas',
  sendFile: 'Kirim berkas',
  fileHelp: (max, types) => `${types}, paling besar ${mb(max)} MB. Berkas tidak disimpan setelah panggilan.`,
  fileRefused: (reason) =>
    ({
      too_large: 'Berkas terlalu besar.',
      type_not_allowed: 'Jenis berkas ini tidak diizinkan.',
      empty: 'Berkas kosong.',
      content_mismatch: 'Isi berkas tidak sesuai jenisnya.',
      failed: 'Berkas gagal dikirim.',
    })[reason],
  download: 'Unduh',
  addGuest: 'Tambah tamu',
  guestName: 'Nama tamu (keluarga, penerjemah)',
  guestLink: 'Tautan untuk tamu',
  copy: 'Salin',
  leave: 'Keluar',
  endForAll: 'Akhiri untuk semua',
  muted: (name) => `Mikrofon ${name} mati`,
  cameraOffFor: (name) => `Kamera ${name} mati`,
  sharingScreen: (name) => `${name} membagikan layar`,
  quality: (q) => ({ good: 'Koneksi baik', fair: 'Koneksi kurang stabil', poor: 'Koneksi buruk' })[q],
  reconnecting: 'Koneksi terputus. Mencoba menyambung kembali…',
  restored: 'Tersambung kembali.',
  connecting: 'Menyambungkan…',
  endedTitle: 'Konsultasi selesai',
  endedHelp: 'Terima kasih. Klinik akan mengirim langkah berikutnya.',
  leftTitle: 'Anda telah keluar dari konsultasi',
  deniedTitle: 'Dokter belum dapat menerima Anda',
  left: (name, reason) => (reason === 'disconnected' ? `${name} terputus` : `${name} keluar`),
  failure(code, reason) {
    switch (reason ?? code) {
      case 'token_missing':
      case 'token_invalid':
      case 'not_joined':
        return 'Tautan konsultasi ini tidak valid. Minta tautan baru ke klinik.';
      case 'token_expired':
      case 'booking_window_closed':
      case 'too_late':
        return 'Tautan konsultasi ini sudah kedaluwarsa.';
      case 'token_not_yet_valid':
      case 'booking_not_open_yet':
      case 'too_early':
        return 'Ruang konsultasi belum dibuka. Silakan kembali mendekati jadwal Anda.';
      case 'room_ended':
        return 'Konsultasi ini sudah berakhir.';
      case 'denied':
        return 'Dokter belum dapat menerima Anda.';
      case 'cancelled':
      case 'superseded':
        return 'Janji ini dibatalkan atau dipindah. Gunakan tautan di email terbaru.';
      case 'not_host':
        return 'Hanya dokter yang dapat melakukan ini.';
      case 'guest_limit':
        return 'Jumlah tamu sudah maksimal.';
      case 'unsupported_browser':
        return 'Peramban ini tidak mendukung panggilan video.';
      case 'signaling_refused':
      case 'signaling_failed':
        return 'Tidak dapat terhubung ke layanan video klinik.';
      case 'screenshare_failed':
        return 'Layar tidak dapat dibagikan.';
      case 'playback_blocked':
        return id.playbackBlocked;
      default:
        return 'Terjadi kesalahan. Coba lagi.';
    }
  },
  retry: 'Coba lagi',
  playbackBlocked: 'Peramban menahan suara dan video panggilan. Ketuk tombol untuk memulainya.',
  startPlayback: 'Ketuk untuk memulai suara/video',
};

/** The room's texts: Bahasa Indonesia by default, English fetched on first use. */
export const videoRoomTerms = /* @__PURE__ */ new Catalogue<VideoRoomTerms>(id, {
  en: () => import('./terms-en').then((m) => m.en),
});
