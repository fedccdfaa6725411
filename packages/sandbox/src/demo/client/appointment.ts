import { handlerApi, RequestError } from './lib/api';
import { bi, byId, h } from './lib/dom';
import { readForm } from './lib/forms';
import { initLanguage } from './lib/i18n';

initLanguage();

const appointmentId = location.pathname.match(/^\/janji\/([^/]+)$/)?.[1];
const token = new URLSearchParams(location.search).get('token');
const host = byId('appointment-host');

if (appointmentId) {
  // Back from the payment page: the element settles the payment and shows the appointment's state.
  host.replaceChildren(
    h('sehat-booking', { endpoint: '/api', 'appointment-id': decodeURIComponent(appointmentId) }),
  );
} else if (token) {
  host.replaceChildren(
    h(
      'p',
      {},
      bi(
        'Anda membuka tautan pengelolaan janji temu dari email.',
        'You opened the manage link from your email.',
      ),
    ),
  );
  const manage = byId('manage');
  manage.hidden = false;
  const form = byId<HTMLFormElement>('cancel-form');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const { reason } = readForm(form) as { reason: string };
    try {
      await handlerApi('/booking/manage/cancel', { body: { token, ...(reason ? { reason } : {}) } });
      form.hidden = true;
      byId('manage-status').replaceChildren(
        h(
          'p',
          { class: 'notice notice-ok' },
          bi(
            'Janji temu dibatalkan. Email pembatalan sudah dikirim.',
            'The appointment is cancelled. A cancellation email was sent.',
          ),
        ),
      );
    } catch (error) {
      const text = error instanceof RequestError ? error.text : { id: 'Gagal.', en: 'Failed.' };
      byId('manage-status').replaceChildren(h('p', { class: 'notice notice-error' }, bi(text)));
    }
  });
} else {
  host.replaceChildren(
    h(
      'p',
      {},
      bi(
        'Buka halaman ini dari tautan di email janji temu Anda.',
        'Open this page from the link in your appointment email.',
      ),
    ),
  );
}
