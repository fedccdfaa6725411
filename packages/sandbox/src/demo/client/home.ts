import { demoApi } from './lib/api';
import { config } from './lib/config';
import { bi, byId, h } from './lib/dom';
import { type Bilingual, initLanguage } from './lib/i18n';

const PART_NAMES: Record<string, Bilingual> = {
  demo: { id: 'Klinik demo (halaman ini)', en: 'Demo clinic (this site)' },
  api: { id: 'Server handler SehatKit', en: 'SehatKit server handler' },
  satusehat: { id: 'Simulator SATUSEHAT', en: 'SATUSEHAT simulator' },
  bpjs: { id: 'Simulator BPJS Kesehatan', en: 'BPJS Kesehatan simulator' },
  mail: { id: 'Kotak surat sandbox', en: 'Sandbox mailbox' },
  payment: { id: 'Halaman pembayaran sandbox', en: 'Sandbox payment page' },
  smtp: { id: 'SMTP sink', en: 'SMTP sink' },
  peer: { id: 'PeerServer (video)', en: 'PeerServer (video)' },
};

initLanguage();

const parts = byId('parts');
for (const [part, url] of Object.entries(config().urls)) {
  if (!url) continue;
  const link = url.startsWith('http') ? h('a', { href: url }, url) : h('span', { class: 'code' }, url);
  parts.append(h('tr', {}, h('td', {}, bi(PART_NAMES[part] ?? { id: part, en: part })), h('td', {}, link)));
}

interface Scenario {
  name: string;
  text: Bilingual;
  registered: boolean;
}
const list = byId('scenarios');
demoApi<{ scenarios: Scenario[] }>('/scenarios').then(
  ({ scenarios }) => {
    for (const s of scenarios) {
      const where = s.registered
        ? bi('Sudah terdaftar dan menunggu di Poli Umum.', 'Registered and waiting at Poli Umum.')
        : bi('Pasien baru: contoh di meja depan.', 'New patient: an example at the front desk.');
      list.append(
        h(
          'li',
          {},
          h('strong', {}, s.name),
          ' · ',
          bi(s.text),
          h('br'),
          h('small', { class: 'muted' }, where),
        ),
      );
    }
  },
  () =>
    list.append(
      h('li', {}, bi('Daftar pasien tidak dapat dimuat.', 'The patient list could not be loaded.')),
    ),
);
