import { demoApi, handlerApi } from './lib/api';
import { bi, byId, formatDateTime, h } from './lib/dom';
import { initLanguage, lang } from './lib/i18n';

initLanguage();

interface SatuSehatView {
  url: string;
  organizationId: string;
  types: {
    type: string;
    count: number;
    latest: { id: string; lastUpdated: string; summary: string; resource: unknown }[];
  }[];
}
interface PcareView {
  url: string;
  registrations: {
    queueNumber: string;
    date: string;
    card: string;
    name: string;
    poliCode: string;
    status: string;
    visitNumber: string | null;
  }[];
  visits: {
    visitNumber: string;
    date: string;
    card: string;
    name: string;
    diagnoses: string[];
    drugs: number;
    procedures: number;
  }[];
  icareLinks: { card: string; name: string; views: number }[];
}
interface MailView {
  mailUrl?: string;
  messages: {
    id: string;
    receivedAt: string;
    to: string[];
    subject: string;
    calendarMethod: string | null;
  }[];
}
interface AppointmentRow {
  id: string;
  status: string;
  serviceName: { id: string; en: string };
  practitionerName: string;
  start: string;
  patient: { name: string; email: string };
}
interface RoomsView {
  available: boolean;
  rooms: {
    roomId: string;
    title: string;
    status: string;
    participants: { displayName: string; role: string; arrival?: string; state: string; since: string }[];
    log: { at: string; type: string; text: string }[];
  }[];
}

const table = (head: (string | Node)[], rows: (string | Node)[][]) =>
  h(
    'table',
    {},
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        head.map((c) => h('th', { scope: 'col' }, c)),
      ),
    ),
    h(
      'tbody',
      {},
      rows.map((r) =>
        h(
          'tr',
          {},
          r.map((c) => h('td', {}, c)),
        ),
      ),
    ),
  );
const empty = (id: string, en: string) => h('p', { class: 'muted' }, bi(id, en));
const when = (iso: string) => (iso ? formatDateTime(iso, lang()) : '');

let firstRender = true;

function renderSatuSehat(view: SatuSehatView): void {
  // Keep what the reader opened across the automatic refresh.
  const opened = new Set(
    Array.from(document.querySelectorAll<HTMLElement>('#satusehat details[data-type][open]')).map(
      (d) => d.dataset.type,
    ),
  );
  const isOpen = (type: string) => (firstRender ? type === 'Encounter' : opened.has(type));
  firstRender = false;
  byId('ss-where').textContent = `(${view.url}, organization ${view.organizationId})`;
  const sent = view.types.filter((t) => t.count > 0);
  byId('satusehat').replaceChildren(
    sent.length === 0
      ? empty(
          'Belum ada yang dikirim. Tanda tangani kunjungan di ruang dokter.',
          "Nothing sent yet. Sign a visit in the doctor's room.",
        )
      : h(
          'div',
          {},
          sent.map((t) =>
            h(
              'details',
              { open: isOpen(t.type), 'data-type': t.type },
              h('summary', {}, h('strong', {}, t.type), ` · ${t.count}`),
              table(
                [bi('Diperbarui', 'Updated'), 'ID', bi('Isi', 'Content'), 'JSON'],
                t.latest.map((r) => [
                  when(r.lastUpdated),
                  h('span', { class: 'code' }, r.id),
                  r.summary,
                  h(
                    'details',
                    {},
                    h('summary', {}, bi('Lihat', 'Show')),
                    h('pre', {}, JSON.stringify(r.resource, null, 2)),
                  ),
                ]),
              ),
            ),
          ),
        ),
  );
}

function renderPcare(view: PcareView): void {
  byId('pcare-where').textContent = `(${view.url})`;
  const member = (r: { name: string; card: string }) => [
    r.name,
    ' ',
    h('span', { class: 'code muted' }, r.card),
  ];
  byId('pcare').replaceChildren(
    h('h3', {}, bi('Pendaftaran', 'Registrations')),
    view.registrations.length
      ? table(
          [
            bi('Tanggal', 'Date'),
            bi('Antrean', 'Queue'),
            bi('Peserta', 'Member'),
            'Poli',
            bi('Kunjungan', 'Visit'),
          ],
          view.registrations.map((r) => [
            r.date,
            r.queueNumber,
            h('span', {}, member(r)),
            r.poliCode,
            r.visitNumber ?? '—',
          ]),
        )
      : empty('Belum ada.', 'None yet.'),
    h('h3', {}, bi('Kunjungan', 'Visits')),
    view.visits.length
      ? table(
          [
            bi('Nomor', 'Number'),
            bi('Tanggal', 'Date'),
            bi('Peserta', 'Member'),
            'ICD-10',
            bi('Obat', 'Drugs'),
          ],
          view.visits.map((v) => [
            h('span', { class: 'code' }, v.visitNumber),
            v.date,
            h('span', {}, member(v)),
            v.diagnoses.join(', '),
            String(v.drugs),
          ]),
        )
      : empty('Belum ada.', 'None yet.'),
    h('h3', {}, bi('Tautan i-Care', 'i-Care links')),
    view.icareLinks.length
      ? table(
          [bi('Peserta', 'Member'), bi('Dibuka', 'Views')],
          view.icareLinks.map((l) => [h('span', {}, member(l)), String(l.views)]),
        )
      : empty('Belum ada.', 'None yet.'),
  );
}

function renderMail(view: MailView): void {
  byId('mail').replaceChildren(
    view.messages.length
      ? table(
          [
            bi('Diterima', 'Received'),
            bi('Kepada', 'To'),
            bi('Subjek', 'Subject'),
            bi('Kalender', 'Calendar'),
          ],
          view.messages.map((m) => [
            when(m.receivedAt),
            m.to.join(', '),
            view.mailUrl
              ? h(
                  'a',
                  { href: `${view.mailUrl}/messages/${m.id}/view`, target: '_blank', rel: 'noopener' },
                  m.subject,
                )
              : m.subject,
            m.calendarMethod ?? '—',
          ]),
        )
      : empty(
          'Belum ada email. Buat janji temu di situs klinik.',
          'No email yet. Book an appointment on the clinic website.',
        ),
  );
}

function renderAppointments(rows: AppointmentRow[]): void {
  byId('appointments').replaceChildren(
    rows.length
      ? table(
          [
            bi('Waktu', 'Time'),
            bi('Layanan', 'Service'),
            bi('Dokter', 'Practitioner'),
            bi('Pasien', 'Patient'),
            'Status',
          ],
          rows.map((a) => [when(a.start), bi(a.serviceName), a.practitionerName, a.patient.name, a.status]),
        )
      : empty('Belum ada janji temu.', 'No appointments yet.'),
  );
}

function renderRooms(view: RoomsView): void {
  byId('rooms').replaceChildren(
    !view.available
      ? empty('Video konsultasi tidak berjalan.', 'Video consultation is not running.')
      : view.rooms.length
        ? h(
            'div',
            {},
            view.rooms.map((room) =>
              h(
                'div',
                { 'data-room': room.roomId },
                h('h3', {}, room.title, ' ', h('span', { class: 'pill' }, room.status)),
                room.participants.length
                  ? table(
                      [
                        bi('Nama', 'Name'),
                        bi('Peran', 'Role'),
                        bi('Kedatangan', 'Arrival'),
                        bi('Keadaan', 'State'),
                      ],
                      room.participants.map((p) => [p.displayName, p.role, p.arrival ?? '—', p.state]),
                    )
                  : empty('Belum ada yang menunggu.', 'Nobody waiting yet.'),
              ),
            ),
          )
        : empty(
            'Belum ada ruang. Buka ruang dokter di halaman telekonsultasi.',
            'No rooms yet. Open a doctor room on the teleconsultation page.',
          ),
  );
}

async function refresh(): Promise<void> {
  const now = Date.now();
  const from = new Date(now - 86_400_000).toISOString();
  const to = new Date(now + 60 * 86_400_000).toISOString();
  const [ss, pcare, mail, appointments, rooms] = await Promise.allSettled([
    demoApi<SatuSehatView>('/behind/satusehat'),
    demoApi<PcareView>('/behind/pcare'),
    demoApi<MailView>('/behind/mail'),
    handlerApi<{ appointments: AppointmentRow[] }>(
      `/booking/appointments?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
    ),
    demoApi<RoomsView>('/teleconsult/rooms'),
  ]);
  if (ss.status === 'fulfilled') renderSatuSehat(ss.value);
  if (pcare.status === 'fulfilled') renderPcare(pcare.value);
  if (mail.status === 'fulfilled') renderMail(mail.value);
  if (appointments.status === 'fulfilled') renderAppointments(appointments.value.appointments);
  if (rooms.status === 'fulfilled') renderRooms(rooms.value);
  byId('updated').replaceChildren(
    bi('Diperbarui ', 'Updated '),
    formatDateTime(new Date().toISOString(), lang()),
  );
}

byId('refresh').addEventListener('click', () => void refresh());
setInterval(() => {
  // Open <details> would collapse on every re-render; refresh only while nothing is being read closely.
  if (document.visibilityState === 'visible' && !document.querySelector('#satusehat details details[open]'))
    void refresh();
}, 5000);
await refresh();
