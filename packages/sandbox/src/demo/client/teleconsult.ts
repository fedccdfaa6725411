import { demoApi, handlerApi, RequestError } from './lib/api';
import { config } from './lib/config';
import { bi, byId, h } from './lib/dom';
import { clearIssues, readForm, showIssues } from './lib/forms';
import { type Bilingual, initLanguage } from './lib/i18n';
import { mountVideoRoom } from './lib/video';

initLanguage();

interface Practitioner {
  id: string;
  name: string;
  title?: string;
  availableNow: boolean;
}

const select = byId<HTMLSelectElement>('practitioner');
const available = byId<HTMLInputElement>('available-now');
const availability = byId('availability-status');
const status = byId('room-status');
let practitioners: Practitioner[] = [];

const notice = (kind: 'ok' | 'error', text: Bilingual) =>
  h('p', { class: `notice notice-${kind}` }, bi(text));
const failure = (error: unknown): Bilingual =>
  error instanceof RequestError ? error.text : { id: 'Terjadi kesalahan.', en: 'Something went wrong.' };

async function load(): Promise<void> {
  ({ practitioners } = await demoApi<{ practitioners: Practitioner[] }>('/teleconsult/practitioners'));
  select.replaceChildren(
    ...practitioners.map((p) => h('option', { value: p.id }, p.title ? `${p.name}, ${p.title}` : p.name)),
  );
  sync();
}

function sync(): void {
  available.checked = practitioners.find((p) => p.id === select.value)?.availableNow ?? false;
}

select.addEventListener('change', sync);

available.addEventListener('change', async () => {
  try {
    // The server handler's staff route; the consultation-hours element on the public site lists the change.
    await handlerApi(`/booking/practitioners/${encodeURIComponent(select.value)}/available-now`, {
      method: 'PUT',
      body: available.checked ? { available: true, minutes: 60 } : { available: false },
    });
    await load();
    availability.replaceChildren(
      notice(
        'ok',
        available.checked
          ? {
              id: 'Tampil di situs klinik sebagai tersedia sekarang.',
              en: 'Listed on the clinic website as available now.',
            }
          : { id: 'Tidak lagi tampil sebagai tersedia.', en: 'No longer listed as available.' },
      ),
    );
  } catch (error) {
    available.checked = !available.checked;
    availability.replaceChildren(notice('error', failure(error)));
  }
});

byId('open-room').addEventListener('click', async () => {
  try {
    const { token } = await demoApi<{ token: string }>('/teleconsult/host', {
      body: { practitionerId: select.value },
    });
    status.replaceChildren(
      bi(
        'Ruang Anda terbuka. Pasien yang datang muncul di daftar tunggu.',
        'Your room is open. Patients who arrive appear in the waiting list.',
      ),
    );
    mountVideoRoom(byId('room-host'), token, status);
  } catch (error) {
    status.replaceChildren(notice('error', failure(error)));
  }
});

const form = byId<HTMLFormElement>('patient-link-form');
const summary = byId('error-summary');
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  try {
    const { url } = await demoApi<{ url: string }>('/teleconsult/patient-link', {
      body: { practitionerId: select.value, ...readForm(form) },
    });
    clearIssues(form, summary);
    const full = new URL(url, location.origin).href;
    byId('patient-link').replaceChildren(
      h(
        'p',
        { class: 'notice notice-ok' },
        bi('Tautan pasien siap. ', "The patient's link is ready. "),
        h(
          'a',
          { href: full, target: '_blank', rel: 'noopener', id: 'patient-link-anchor' },
          bi('Buka di jendela baru', 'Open in a new window'),
        ),
        ' ',
        h(
          'button',
          { type: 'button', class: 'small', onclick: () => void navigator.clipboard?.writeText(full) },
          bi('Salin tautan', 'Copy the link'),
        ),
      ),
    );
  } catch (error) {
    if (error instanceof RequestError && error.issues.length) showIssues(form, summary, error.issues);
    else byId('patient-link').replaceChildren(notice('error', failure(error)));
  }
});

if (!config().video) byId('video-missing').hidden = false;
else await load();
