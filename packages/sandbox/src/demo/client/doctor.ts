import type {
  DrugIssue,
  IcareResponse,
  MedicationLineInput,
  PatientContextInput,
  ProductSummary,
} from '@sehatkit/sdk/server';
import { demoApi, handlerApi, RequestError } from './lib/api';
import { bi, byId, clear, h } from './lib/dom';
import { clearIssues, readForm, showIssues } from './lib/forms';
import { type Bilingual, initLanguage, localize } from './lib/i18n';
import { type PatientSummary, payerPill } from './lib/patients';

initLanguage();

interface PatientDetail extends PatientSummary {
  registration: {
    identity: { nik: string };
    health: {
      conditions: string[];
      egfr?: number;
      gestationalWeek?: number;
      weightKg?: number;
      heightCm?: number;
    };
    other: { bpjsCardNumber?: string };
  };
  currentMedications: CurrentMedication[];
  drugContext: PatientContextInput;
  bpjsStatus?: { active: boolean; memberNumber: string; providerName?: string };
}
interface CurrentMedication {
  id: string;
  productCode?: string;
  ingredientId?: string;
  display: string;
}
interface Diagnosis {
  code: string;
  display: string;
  role: 'primary' | 'secondary';
}
interface Line {
  id: string;
  product: ProductSummary;
}
interface Step {
  key: string;
  label: Bilingual;
  status: 'pending' | 'running' | 'done' | 'failed' | 'skipped';
  detail?: Bilingual;
}
interface Visit {
  id: string;
  status: 'sending' | 'done' | 'partial';
  steps: Step[];
  satusehat?: { outcome: string; encounterId: string; resources: { resourceType: string; id: string }[] };
  pcare?: {
    memberNumber: string;
    queueNumber?: string;
    visitNumber?: string;
    drugs: { display: string; dpho: boolean; drugCode?: string }[];
  };
}

type AlertsElement = HTMLElement & {
  orders?: MedicationLineInput[];
  currentMedications?: MedicationLineInput[];
  patient?: PatientContextInput;
  requestSign(): Promise<boolean>;
  findings: DrugIssue[];
};
type BadgeElement = HTMLElement & {
  patient?: PatientContextInput;
  currentMedications?: MedicationLineInput[];
  otherOrders?: MedicationLineInput[];
};

const form = byId<HTMLFormElement>('visit-form');
const summary = byId('error-summary');
const alerts = byId<AlertsElement>('alerts');
const rxLines = byId('rx-lines');
const signStatus = byId('sign-status');

let patient: PatientDetail | undefined;
let startedAt = new Date();
let diagnoses: Diagnosis[] = [];
let procedures: { code: string; display: string }[] = [];
let current: CurrentMedication[] = [];
let lines: Line[] = [];
let overrideRecordIds: string[] = [];
let lineSequence = 0;

const notice = (kind: 'ok' | 'warn' | 'error', text: Bilingual, ...extra: (Node | string)[]) =>
  h('p', { class: `notice notice-${kind}` }, bi(text), ...extra);
const failure = (error: unknown): Bilingual =>
  error instanceof RequestError ? error.text : { id: 'Terjadi kesalahan.', en: 'Something went wrong.' };

// ---- the queue ----

async function loadQueue(): Promise<void> {
  const { patients } = await demoApi<{ patients: PatientSummary[] }>('/patients');
  const queue = byId('queue');
  clear(queue);
  const waiting = patients.filter((p) => p.checkedInToday);
  for (const p of waiting) {
    const pressed = patient?.id === p.id;
    queue.append(
      h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            class: 'pick',
            'aria-pressed': String(pressed),
            'data-patient': p.id,
            onclick: () => void open(p.id),
          },
          h('strong', {}, `${p.checkIn?.queueNumber ?? ''} · ${p.name}`),
          h('br'),
          h(
            'small',
            { class: 'muted' },
            `${p.ageYears} `,
            bi('th', 'y'),
            ' · ',
            p.visits ? bi('sudah diperiksa', 'seen') : bi('menunggu', 'waiting'),
          ),
          ' ',
          payerPill(p),
        ),
      ),
    );
  }
  byId('queue-status').replaceChildren(
    waiting.length
      ? bi(`${waiting.length} pasien hari ini`, `${waiting.length} patients today`)
      : h(
          'span',
          {},
          bi('Belum ada yang check-in. ', 'Nobody checked in yet. '),
          h('a', { href: '/meja-depan' }, bi('Ke meja depan', 'To the front desk')),
        ),
  );
  const other = byId<HTMLSelectElement>('other-patient');
  other.replaceChildren(
    h('option', { value: '', 'data-en': '(choose)' }, '(pilih)'),
    ...patients.map((p) => h('option', { value: p.id }, `${p.name} (${p.id})`)),
  );
  localize(other);
}

byId<HTMLSelectElement>('other-patient').addEventListener('change', (event) => {
  const id = (event.target as HTMLSelectElement).value;
  if (id) void open(id);
});

// ---- opening a patient ----

async function open(id: string): Promise<void> {
  const { patient: p } = await demoApi<{ patient: PatientDetail }>(`/patients/${id}`);
  patient = p;
  startedAt = new Date();
  diagnoses = [];
  procedures = [];
  current = p.currentMedications.map((m) => ({ ...m }));
  lines = [];
  overrideRecordIds = [];
  form.reset();
  clearIssues(form, summary);
  clear(signStatus);
  byId('no-patient').hidden = true;
  byId('visit').hidden = false;
  byId('progress').hidden = true;
  form.hidden = false;
  const facts = byId('patient-facts');
  const health = p.registration.health;
  facts.replaceChildren(
    h(
      'p',
      {},
      h('span', { class: 'code' }, p.id),
      ' · ',
      `${p.ageYears} `,
      bi('tahun', 'years'),
      ' · ',
      p.sex === 'female' ? bi('perempuan', 'female') : bi('laki-laki', 'male'),
      ' · ',
      payerPill(p),
    ),
    h(
      'p',
      {},
      h('strong', {}, bi('Alergi: ', 'Allergies: ')),
      p.allergies.length
        ? p.allergies.flatMap((a, i) => [i ? ', ' : '', h('span', { class: 'pill bad' }, bi(a))])
        : bi('tidak ada yang tercatat', 'none recorded'),
    ),
    p.pregnant
      ? h(
          'p',
          {},
          h(
            'span',
            { class: 'pill warn' },
            bi(
              `Hamil ${health.gestationalWeek ?? '?'} minggu`,
              `Pregnant, ${health.gestationalWeek ?? '?'} weeks`,
            ),
          ),
        )
      : '',
    health.egfr !== undefined ? h('p', {}, h('span', { class: 'pill warn' }, `eGFR ${health.egfr}`)) : '',
    health.conditions.length
      ? h(
          'p',
          {},
          h('strong', {}, bi('Penyakit kronis: ', 'Chronic conditions: ')),
          health.conditions.join(', '),
        )
      : '',
    p.scenario ? h('p', { class: 'muted' }, bi(p.scenario)) : '',
  );
  byId('patient-name').textContent = p.name;
  if (health.weightKg !== undefined) byId<HTMLInputElement>('weight').value = String(health.weightKg);
  if (health.heightCm !== undefined) byId<HTMLInputElement>('height').value = String(health.heightCm);
  renderDiagnoses();
  renderProcedures();
  renderCurrent();
  renderLines();
  await loadQueue();
  byId('patient-name').focus();
}

// ---- diagnoses ----

const codeInput = byId<HTMLInputElement>('diagnosis-code');
const displayInput = byId<HTMLInputElement>('diagnosis-display');
const icdOptions = byId('icd10-options');
const suggestions = new Map<string, string>();
let suggestTimer: ReturnType<typeof setTimeout> | undefined;

codeInput.addEventListener('input', () => {
  const value = codeInput.value.trim();
  const known = suggestions.get(value.toUpperCase());
  if (known) displayInput.value = known;
  clearTimeout(suggestTimer);
  if (value.length < 2) return;
  suggestTimer = setTimeout(async () => {
    try {
      const { diagnoses: found } = await demoApi<{ diagnoses: { code: string; name: string }[] }>(
        `/icd10?q=${encodeURIComponent(value)}`,
      );
      icdOptions.replaceChildren(...found.map((d) => h('option', { value: d.code }, d.name)));
      for (const d of found) suggestions.set(d.code.toUpperCase(), d.name);
      const exact = suggestions.get(codeInput.value.trim().toUpperCase());
      if (exact) displayInput.value = exact;
    } catch {
      icdOptions.replaceChildren();
    }
  }, 200);
});

byId('add-diagnosis').addEventListener('click', () => {
  const code = codeInput.value.trim().toUpperCase();
  if (!code) {
    codeInput.focus();
    return;
  }
  if (!diagnoses.some((d) => d.code === code)) {
    diagnoses.push({
      code,
      display: displayInput.value.trim() || suggestions.get(code) || code,
      role: diagnoses.length ? 'secondary' : 'primary',
    });
  }
  codeInput.value = '';
  displayInput.value = '';
  renderDiagnoses();
  codeInput.focus();
});

function renderDiagnoses(): void {
  const body = byId('diagnoses');
  body.replaceChildren(
    ...diagnoses.map((d, i) =>
      h(
        'tr',
        {},
        h('td', { class: 'code' }, d.code),
        h('td', {}, d.display),
        h(
          'td',
          {},
          h('input', {
            type: 'radio',
            name: 'primary-diagnosis',
            'aria-label': `${d.code} utama`,
            'data-en-aria-label': `${d.code} primary`,
            checked: d.role === 'primary',
            onchange: () => {
              diagnoses = diagnoses.map((x, j) => ({ ...x, role: i === j ? 'primary' : 'secondary' }));
            },
          }),
        ),
        h(
          'td',
          {},
          h(
            'button',
            {
              type: 'button',
              class: 'small danger',
              onclick: () => {
                diagnoses.splice(i, 1);
                if (diagnoses.length && !diagnoses.some((x) => x.role === 'primary'))
                  (diagnoses[0] as Diagnosis).role = 'primary';
                renderDiagnoses();
                codeInput.focus();
              },
            },
            bi(`Hapus ${d.code}`, `Remove ${d.code}`),
          ),
        ),
      ),
    ),
  );
  localize(body);
}

// ---- procedures ----

async function loadProcedures(): Promise<void> {
  const { procedures: list } = await demoApi<{ procedures: { code: string; display: string }[] }>('/icd9cm');
  byId('procedure').replaceChildren(
    ...list.map((p) => h('option', { value: p.code }, `${p.code} · ${p.display}`)),
  );
}

byId('add-procedure').addEventListener('click', () => {
  const select = byId<HTMLSelectElement>('procedure');
  const option = select.selectedOptions[0];
  if (!option || procedures.some((p) => p.code === option.value)) return;
  procedures.push({ code: option.value, display: (option.textContent ?? '').replace(/^[\d.]+ · /, '') });
  renderProcedures();
});

function renderProcedures(): void {
  byId('procedures').replaceChildren(
    ...procedures.map((p, i) =>
      h(
        'li',
        {},
        h('span', { class: 'code' }, p.code),
        ` ${p.display} `,
        h(
          'button',
          {
            type: 'button',
            class: 'small danger',
            onclick: () => {
              procedures.splice(i, 1);
              renderProcedures();
            },
          },
          bi('Hapus', 'Remove'),
        ),
      ),
    ),
  );
}

// ---- what the patient already takes ----

const asLine = (m: CurrentMedication): MedicationLineInput => ({
  id: m.id,
  display: m.display,
  ...(m.productCode ? { productCode: m.productCode } : {}),
  ...(m.ingredientId ? { ingredientId: m.ingredientId } : {}),
});

byId('current-search').addEventListener('sehat-drug-select', (event) => {
  const product = (event as CustomEvent<{ product: ProductSummary }>).detail.product;
  const id = `cur-${product.code}`.replace(/[^A-Za-z0-9_.:-]/g, '-');
  if (!current.some((m) => m.id === id)) {
    current.push({
      id,
      display: product.name,
      ...(product.kind === 'product' ? { productCode: product.code } : { ingredientId: product.code }),
    });
  }
  renderCurrent();
});

function renderCurrent(): void {
  byId('current-meds').replaceChildren(
    ...(current.length
      ? current.map((m, i) =>
          h(
            'li',
            {},
            `${m.display} `,
            h(
              'button',
              {
                type: 'button',
                class: 'small danger',
                onclick: () => {
                  current.splice(i, 1);
                  renderCurrent();
                },
              },
              bi('Hapus', 'Remove'),
            ),
          ),
        )
      : [h('li', { class: 'muted' }, bi('Tidak ada yang tercatat.', 'None recorded.'))]),
  );
  refreshChecks();
}

// ---- the prescription ----

const UNIT_BY_FORM: [RegExp, string][] = [
  [/kapsul|capsule/i, 'CAP'],
  [/sirup|syrup|suspensi|suspension|larutan|eliksir/i, 'mL'],
  [/tetes|drops/i, 'ORDROP'],
  [/inhal/i, 'PUFF'],
  [/sachet|serbuk|puyer|powder/i, '{sachet}'],
];
const UNITS = ['TAB', 'CAP', 'mL', 'SYRUP', 'SUSP', 'ORDROP', 'PWD', 'PUFF', '{sachet}'];
const unitFor = (form?: string) => UNIT_BY_FORM.find(([re]) => re.test(form ?? ''))?.[1] ?? 'TAB';

function addLine(product: ProductSummary): void {
  clear(byId('rx-notice'));
  lineSequence += 1;
  lines.push({ id: `rx${lineSequence}`, product });
  renderLines();
  rxLines.querySelector<HTMLInputElement>(`tr[data-line="rx${lineSequence}"] input`)?.focus();
}

/**
 * A prescription to SATUSEHAT names a KFA product, so picking an active ingredient offers that
 * ingredient's products to choose from instead.
 */
async function offerProducts(ingredient: ProductSummary): Promise<void> {
  const rxNotice = byId('rx-notice');
  let products: ProductSummary[] = [];
  try {
    const { results } = await handlerApi<{ results: ProductSummary[] }>(
      `/drugs/search?q=${encodeURIComponent(ingredient.name)}`,
    );
    products = results.filter((r) => r.kind === 'product').slice(0, 6);
  } catch {
    products = [];
  }
  rxNotice.replaceChildren(
    h(
      'div',
      { class: 'notice notice-warn' },
      h(
        'p',
        {},
        bi(
          `${ingredient.name} adalah zat aktif. Resep ke SATUSEHAT memerlukan produk (kode KFA): pilih salah satu.`,
          `${ingredient.name} is an active ingredient. A prescription to SATUSEHAT needs a product (KFA code): choose one.`,
        ),
      ),
      products.length
        ? h(
            'div',
            { class: 'actions' },
            products.map((p) =>
              h('button', { type: 'button', class: 'small', onclick: () => addLine(p) }, p.name),
            ),
          )
        : h('p', {}, bi('Tidak ada produk di katalog.', 'No product in the catalogue.')),
    ),
  );
  rxNotice.querySelector('button')?.focus();
}

byId('rx-search').addEventListener('sehat-drug-select', (event) => {
  const product = (event as CustomEvent<{ product: ProductSummary }>).detail.product;
  if (product.kind === 'product') addLine(product);
  else void offerProducts(product);
});

const ordersFor = (except?: string): MedicationLineInput[] =>
  lines
    .filter((l) => l.id !== except)
    .map((l) => ({ id: l.id, productCode: l.product.code, display: l.product.name }));

function renderLines(): void {
  rxLines.replaceChildren(
    ...lines.map((line, index) => {
      const unit = unitFor(line.product.dosageForm);
      const badge = h('sehat-drug-badge', {
        endpoint: '/api',
        'product-code': line.product.code,
        'product-name': line.product.name,
        'line-id': line.id,
      }) as BadgeElement;
      const field = (name: string, value: string, label: Bilingual, extra: Record<string, string> = {}) =>
        h('input', {
          name: `prescription.${index}.${name}`,
          id: `${line.id}-${name}`,
          value,
          inputmode: 'decimal',
          'aria-label': `${label.id}: ${line.product.name}`,
          'data-en-aria-label': `${label.en}: ${line.product.name}`,
          ...extra,
        });
      const dose = field('doseAmount', '1', { id: 'Dosis', en: 'Dose' });
      const times = field('timesPerDay', '3', { id: 'Kali per hari', en: 'Times per day' });
      const days = field('durationDays', '5', { id: 'Lama (hari)', en: 'Days' });
      const quantity = field('quantity', '15', { id: 'Jumlah', en: 'Quantity' });
      const recompute = () => {
        const n = Number(dose.value.replace(',', '.')) * Number(times.value) * Number(days.value);
        if (Number.isFinite(n) && n > 0) quantity.value = String(Math.ceil(n));
      };
      for (const input of [dose, times, days]) input.addEventListener('input', recompute);
      const unitSelect = h(
        'select',
        {
          name: `prescription.${index}.doseUnit`,
          id: `${line.id}-doseUnit`,
          'aria-label': `Satuan: ${line.product.name}`,
          'data-en-aria-label': `Unit: ${line.product.name}`,
        },
        UNITS.map((u) => h('option', { value: u, selected: u === unit }, u.replace(/[{}]/g, ''))),
      );
      return h(
        'tr',
        { 'data-line': line.id },
        h(
          'td',
          {},
          line.product.name,
          h('br'),
          h(
            'small',
            { class: 'muted' },
            line.product.ingredients.map((i) => `${i.name} ${i.strength ?? ''}`.trim()).join(' + '),
          ),
        ),
        h('td', {}, badge),
        h('td', { class: 'num' }, dose),
        h('td', {}, unitSelect),
        h('td', { class: 'num' }, times),
        h('td', { class: 'num' }, days),
        h('td', { class: 'num' }, quantity),
        h(
          'td',
          {},
          h(
            'button',
            {
              type: 'button',
              class: 'small danger',
              onclick: () => {
                lines = lines.filter((l) => l.id !== line.id);
                renderLines();
                (document.querySelector('#rx-search') as HTMLElement | null)?.focus();
              },
            },
            bi('Hapus', 'Remove'),
          ),
        ),
      );
    }),
  );
  byId('rx-empty').hidden = lines.length > 0;
  localize(rxLines);
  refreshChecks();
}

/** Hands the current facts to every badge and to the alerts, which check again by themselves. */
function refreshChecks(): void {
  if (!patient) return;
  const currentLines = current.map(asLine);
  for (const row of rxLines.querySelectorAll<HTMLElement>('tr[data-line]')) {
    const badge = row.querySelector('sehat-drug-badge') as BadgeElement | null;
    if (!badge) continue;
    badge.patient = patient.drugContext;
    badge.currentMedications = currentLines;
    badge.otherOrders = ordersFor(row.dataset.line);
  }
  alerts.patient = patient.drugContext;
  alerts.currentMedications = currentLines;
  alerts.orders = ordersFor();
}

alerts.addEventListener('sehat-override', (event) => {
  const records = (event as CustomEvent<{ records: { id: string }[] }>).detail.records;
  overrideRecordIds = records.map((r) => r.id);
});

// ---- signing and sending ----

function visitBody(): Record<string, unknown> {
  const data = readForm(form);
  const rx = (data.prescription ?? {}) as Record<string, Record<string, string>>;
  return {
    patientId: patient?.id ?? '',
    startedAt: startedAt.toISOString(),
    complaint: data.complaint,
    anamnesis: data.anamnesis,
    vitals: data.vitals,
    diagnoses,
    procedures,
    currentMedications: current,
    prescription: lines.map((line, index) => ({
      id: line.id,
      productCode: line.product.code,
      display: line.product.name,
      ingredients: line.product.ingredients.map((i) => ({
        name: i.name,
        ...(i.strength ? { strength: i.strength } : {}),
      })),
      ...(rx[index] ?? {}),
    })),
    overrideRecordIds,
  };
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  if (!patient) return;
  const button = byId<HTMLButtonElement>('sign');
  button.disabled = true;
  clear(signStatus);
  try {
    // 1. The visit must be complete before anyone is asked to justify a warning.
    await demoApi('/visits/check', { body: visitBody() });
    clearIssues(form, summary);
    // 2. <sehat-drug-alerts> refuses while a warning lacks a reason, and records the reasons.
    const allowed = await alerts.requestSign();
    if (!allowed) {
      signStatus.replaceChildren(
        notice('warn', {
          id: 'Belum bisa ditandatangani: pilih alasan untuk setiap peringatan yang memerlukannya.',
          en: 'Cannot sign yet: choose a reason for every warning that needs one.',
        }),
      );
      return;
    }
    // 3. Send: SATUSEHAT and pCare, with progress.
    const { visit } = await demoApi<{ visit: Visit }>('/visits', { body: visitBody() });
    form.hidden = true;
    showProgress(visit);
    void follow(visit.id);
  } catch (error) {
    if (error instanceof RequestError && error.issues.length) showIssues(form, summary, error.issues);
    else signStatus.replaceChildren(notice('error', failure(error)));
  } finally {
    button.disabled = false;
  }
});

const MARKS: Record<Step['status'], string> = {
  pending: '○',
  running: '…',
  done: '✓',
  failed: '✕',
  skipped: '–',
};
const STATUS_TEXT: Record<Step['status'], Bilingual> = {
  pending: { id: 'menunggu', en: 'waiting' },
  running: { id: 'berjalan', en: 'running' },
  done: { id: 'selesai', en: 'done' },
  failed: { id: 'gagal', en: 'failed' },
  skipped: { id: 'dilewati', en: 'skipped' },
};

function showProgress(visit: Visit): void {
  const progress = byId('progress');
  const firstShow = progress.hidden;
  progress.hidden = false;
  byId('visit-id').textContent = visit.id;
  byId('steps').replaceChildren(
    ...visit.steps.map((s) =>
      h(
        'li',
        { 'data-status': s.status, 'data-step': s.key },
        h('span', { class: 'mark', 'aria-hidden': 'true' }, MARKS[s.status]),
        h(
          'span',
          {},
          bi(s.label),
          ' ',
          h('span', { class: 'visually-hidden' }, '(', bi(STATUS_TEXT[s.status]), ')'),
        ),
        s.detail ? h('span', { class: 'detail' }, bi(s.detail)) : null,
      ),
    ),
  );
  const running = visit.steps.find((s) => s.status === 'running');
  const now = byId('progress-now');
  if (visit.status === 'sending')
    now.replaceChildren(running ? bi(running.label) : bi('Mengirim…', 'Sending…'));
  else if (visit.status === 'done')
    now.replaceChildren(bi('Selesai: semua terkirim.', 'Done: everything was sent.'));
  else
    now.replaceChildren(
      bi(
        'Selesai dengan kegagalan: lihat langkah yang ditandai ✕.',
        'Finished with failures: see the steps marked ✕.',
      ),
    );
  renderReport(visit);
  byId('resend').hidden = visit.status !== 'partial';
  const card = patient?.bpjsStatus?.memberNumber;
  byId('open-icare').hidden = visit.status === 'sending' || !card || !patient?.bpjsStatus?.active;
  if (firstShow) byId('progress-title').focus();
}

function renderReport(visit: Visit): void {
  const report = byId('report');
  const parts: HTMLElement[] = [];
  if (visit.satusehat) {
    parts.push(
      h('h3', {}, 'SATUSEHAT'),
      h(
        'p',
        {},
        'Encounter ',
        h('span', { class: 'code' }, visit.satusehat.encounterId),
        ` (${visit.satusehat.outcome})`,
      ),
      h(
        'table',
        {},
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, bi('Sumber daya', 'Resource')),
            h('th', { scope: 'col' }, 'ID'),
          ),
        ),
        h(
          'tbody',
          {},
          visit.satusehat.resources.map((r) =>
            h('tr', {}, h('td', {}, r.resourceType), h('td', { class: 'code' }, r.id)),
          ),
        ),
      ),
    );
  }
  if (visit.pcare?.visitNumber) {
    parts.push(
      h('h3', {}, 'pCare'),
      h(
        'p',
        {},
        bi('Nomor kunjungan ', 'Visit number '),
        h('span', { class: 'code' }, visit.pcare.visitNumber),
        visit.pcare.queueNumber ? [' · ', bi('antrean ', 'queue '), visit.pcare.queueNumber] : '',
      ),
      h(
        'ul',
        {},
        visit.pcare.drugs.map((d) =>
          h('li', {}, d.display, ' · ', d.dpho ? `DPHO ${d.drugCode ?? ''}` : 'non-DPHO'),
        ),
      ),
    );
  }
  report.replaceChildren(...parts);
}

async function follow(id: string): Promise<void> {
  for (;;) {
    await new Promise((r) => setTimeout(r, 300));
    const { visit } = await demoApi<{ visit: Visit }>(`/visits/${id}`);
    showProgress(visit);
    if (visit.status !== 'sending') {
      await loadQueue();
      return;
    }
  }
}

byId('resend').addEventListener('click', async () => {
  const id = byId('visit-id').textContent ?? '';
  const { visit } = await demoApi<{ visit: Visit }>(`/visits/${id}/resend`, { body: {} });
  showProgress(visit);
  void follow(id);
});

byId('open-icare').addEventListener('click', async () => {
  const card = patient?.bpjsStatus?.memberNumber;
  if (!card) return;
  const status = byId('icare-status');
  // Opened at once (a popup after a request is often blocked), pointed at the link when it arrives.
  const tab = window.open('about:blank', '_blank');
  status.replaceChildren(
    h('p', { class: 'muted' }, bi('Meminta tautan i-Care…', 'Asking for the i-Care link…')),
  );
  try {
    const { url } = await handlerApi<IcareResponse>('/bpjs/icare', { body: { cardNumber: card } });
    if (tab) {
      tab.opener = null;
      tab.location.href = url;
    }
    status.replaceChildren(
      notice(
        'ok',
        { id: 'Riwayat i-Care dibuka di tab baru. ', en: 'The i-Care history opened in a new tab. ' },
        h('a', { href: url, target: '_blank', rel: 'noopener' }, bi('Buka lagi', 'Open again')),
      ),
    );
  } catch (error) {
    tab?.close();
    status.replaceChildren(notice('error', failure(error)));
  }
});

byId('next-patient').addEventListener('click', () => {
  patient = undefined;
  byId('visit').hidden = true;
  byId('no-patient').hidden = false;
  void loadQueue().then(() => byId('queue').querySelector<HTMLElement>('button')?.focus());
});

await Promise.all([loadQueue(), loadProcedures()]);
const requested = new URLSearchParams(location.search).get('pasien');
if (requested) await open(requested);
