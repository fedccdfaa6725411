import { config } from './lib/config';
import { bi, byId, h } from './lib/dom';
import { initLanguage } from './lib/i18n';

initLanguage();

const status = byId('booking-status');
const booking = byId('booking');

booking.addEventListener('sehat-booking-confirmed', () => {
  const mail = config().urls.mail;
  status.replaceChildren(
    h(
      'p',
      { class: 'notice notice-ok' },
      bi(
        'Email konfirmasi dengan undangan kalender dikirim ke kotak surat sandbox. ',
        'A confirmation email with a calendar invite went to the sandbox mailbox. ',
      ),
      mail
        ? h(
            'a',
            { href: mail, target: '_blank', rel: 'noopener' },
            bi('Buka kotak surat', 'Open the mailbox'),
          )
        : '',
    ),
  );
});

booking.addEventListener('sehat-payment-required', () => {
  status.replaceChildren(
    h(
      'p',
      { class: 'notice notice-warn' },
      bi(
        'Waktu ditahan sampai pembayaran di halaman pembayaran sandbox selesai.',
        'The time is held until payment on the sandbox payment page.',
      ),
    ),
  );
});
