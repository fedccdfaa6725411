import { demoApi, RequestError } from './lib/api';
import { bi, byId } from './lib/dom';
import { clearIssues, readForm, showIssues } from './lib/forms';
import { initLanguage } from './lib/i18n';
import { mountVideoRoom } from './lib/video';

initLanguage();

const host = byId('room-host');
const status = byId('room-status');
const query = new URLSearchParams(location.search).get('token');
const fragment = new URLSearchParams(location.hash.slice(1)).get('join');
const walkIn = location.pathname.match(/^\/tunggu\/([^/]+)$/)?.[1];

if (query || fragment) {
  // A booking email's video link (`?token=`) or a link the clinic made (`#join=`).
  mountVideoRoom(host, (query ?? fragment) as string, status);
} else if (walkIn) {
  const practitionerId = decodeURIComponent(walkIn);
  const form = byId<HTMLFormElement>('name-step');
  const summary = byId('error-summary');
  form.hidden = false;
  byId('display-name').focus();
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = byId<HTMLButtonElement>('enter');
    button.disabled = true;
    try {
      const { token } = await demoApi<{ token: string }>(`/walk-in/${encodeURIComponent(practitionerId)}`, {
        body: readForm(form),
      });
      clearIssues(form, summary);
      form.hidden = true;
      // Kept in the fragment so a refreshed page returns to the same seat.
      history.replaceState(null, '', `/konsultasi#join=${encodeURIComponent(token)}`);
      mountVideoRoom(host, token, status);
    } catch (error) {
      if (error instanceof RequestError && error.issues.length) showIssues(form, summary, error.issues);
      else if (error instanceof RequestError) status.replaceChildren(bi(error.text));
    } finally {
      button.disabled = false;
    }
  });
} else {
  status.replaceChildren(
    bi(
      'Tautan ini tidak lengkap: buka tautan dari email janji temu atau dari klinik.',
      'This link is incomplete: open the link from your appointment email or from the clinic.',
    ),
  );
}
