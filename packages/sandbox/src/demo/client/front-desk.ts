import { validateIdentifier } from '@sehatkit/sdk/format';
import type { MemberView, PatientLookupResponse } from '@sehatkit/sdk/server';
import { demoApi, handlerApi, RequestError } from './lib/api';
import { bi, byId, clear, h } from './lib/dom';
import { clearIssues, fillForm, readForm, showIssues } from './lib/forms';
import { type Bilingual, initLanguage } from './lib/i18n';
import { type PatientSummary, payerPill } from './lib/patients';

initLanguage();

const form = byId<HTMLFormElement>('registration');
const summary = byId('error-summary');
const saved = byId('saved');
const list = byId('patient-list');
const listStatus = byId('patient-status');
const nik = byId<HTMLInputElement>('nik');
const card = byId<HTMLInputElement>('card');
const ihs = byId<HTMLInputElement>('ihs-number');
const satusehatResult = byId('satusehat-result');
const bpjsOutcome = byId('bpjs-outcome');
let clinicProviderCode = '';

function notice(kind: 'ok' | 'warn' | 'error', text: Bilingual, ...extra: (Node | string)[]): HTMLElement {
  return h('p', { class: `notice notice-${kind}` }, bi(text), ...extra);
}

function failure(error: unknown): Bilingual {
  return error instanceof RequestError
    ? error.text
    : { id: 'Terjadi kesalahan.', en: 'Something went wrong.' };
}

// ---- the register ----

async function loadPatients(): Promise<void> {
  try {
    const { patients } = await demoApi<{ patients: PatientSummary[] }>('/patients');
    clear(list);
    for (const p of patients) list.append(patientItem(p));
    listStatus.replaceChildren(bi(`${patients.length} pasien`, `${patients.length} patients`));
  } catch (error) {
    listStatus.replaceChildren(notice('error', failure(error)));
  }
}

function patientItem(p: PatientSummary): HTMLElement {
  const sex = p.sex === 'female' ? bi('P', 'F') : bi('L', 'M');
  const state = p.checkedInToday
    ? h(
        'span',
        { class: 'pill ok' },
        bi(`Antrean ${p.checkIn?.queueNumber}`, `Queue ${p.checkIn?.queueNumber}`),
        p.checkIn?.pcare ? ' · pCare' : '',
      )
    : h(
        'button',
        { type: 'button', class: 'small', onclick: () => void doCheckIn(p.id, button) },
        bi('Daftarkan ke Poli Umum', 'Check in at Poli Umum'),
      );
  const button = state;
  const refusal =
    p.checkedInToday && p.checkIn?.pcareRefusal
      ? h('small', { class: 'muted' }, bi('pCare: ', 'pCare: '), bi(p.checkIn.pcareRefusal))
      : null;
  return h(
    'li',
    { 'data-patient': p.id },
    h('strong', {}, p.name),
    ' ',
    h('span', { class: 'muted code' }, p.id),
    h('br'),
    h('span', { class: 'muted' }, `${p.ageYears} `, bi('th', 'y'), ' · ', sex, ' · '),
    payerPill(p),
    ' ',
    state,
    refusal ? h('br') : null,
    refusal,
  );
}

async function doCheckIn(id: string, button: HTMLElement): Promise<void> {
  button.setAttribute('disabled', '');
  try {
    await demoApi(`/patients/${id}/check-in`, { body: {} });
    await loadPatients();
    list.querySelector<HTMLElement>(`[data-patient="${id}"] .pill`)?.focus();
  } catch (error) {
    button.removeAttribute('disabled');
    listStatus.replaceChildren(notice('error', failure(error)));
  }
}

// ---- address selects from SATUSEHAT's Master Wilayah ----

interface Region {
  code: string;
  name: string;
}
const selects = ['province', 'city', 'district', 'village'].map((id) => byId<HTMLSelectElement>(id));

async function fillSelect(index: number, parent: string): Promise<void> {
  const select = selects[index] as HTMLSelectElement;
  const blank = h('option', { value: '', 'data-en': '(choose)' }, '(pilih)');
  select.replaceChildren(blank);
  for (const below of selects.slice(index + 1)) below.replaceChildren(h('option', { value: '' }, '—'));
  if (index > 0 && !parent) return;
  const level = select.dataset.level as string;
  try {
    const { regions } = await demoApi<{ regions: Region[] }>(
      `/regions/${level}${parent ? `?parent=${encodeURIComponent(parent)}` : ''}`,
    );
    for (const r of regions) select.append(h('option', { value: r.code }, r.name));
    if (regions.length === 0) blank.textContent = '—';
  } catch {
    blank.textContent = '!';
  }
}

selects.forEach((select, index) => {
  if (index < selects.length - 1)
    select.addEventListener('change', () => void fillSelect(index + 1, select.value));
});

async function setRegions(codes: (string | undefined)[]): Promise<void> {
  for (const [index, code] of codes.entries()) {
    const select = selects[index] as HTMLSelectElement;
    if (!code) return;
    select.value = code;
    if (index < selects.length - 1) await fillSelect(index + 1, code);
  }
}

// ---- examples ----

interface Example {
  key: string;
  label: Bilingual;
  registration: { address: Record<string, string | undefined> } & Record<string, unknown>;
}

async function loadOptions(): Promise<void> {
  const [{ examples }, options] = await Promise.all([
    demoApi<{ examples: Example[] }>('/examples'),
    demoApi<{ allergyGroups: { id: string; label: Bilingual }[]; clinicProviderCode: string }>(
      '/form-options',
    ),
  ]);
  clinicProviderCode = options.clinicProviderCode;
  const checks = byId('allergy-checks');
  for (const group of options.allergyGroups) {
    const id = `allergy-${group.id.replace(/\W/g, '-')}`;
    checks.append(
      h(
        'label',
        {},
        h('input', {
          type: 'checkbox',
          id,
          name: 'health.allergyGroups',
          value: group.id,
          'data-multiple': '',
        }),
        bi(group.label),
      ),
    );
  }
  const host = byId('examples');
  for (const example of examples) {
    host.append(
      h(
        'button',
        {
          type: 'button',
          class: 'small',
          'data-example': example.key,
          onclick: () => void useExample(example),
        },
        bi(example.label),
      ),
      ' ',
    );
  }
}

async function useExample(example: Example): Promise<void> {
  resetForm();
  const { address, ...rest } = example.registration;
  fillForm(form, rest);
  fillForm(form, {
    address: { line: address.line, rt: address.rt, rw: address.rw, postalCode: address.postalCode },
  });
  await setRegions([address.provinceCode, address.cityCode, address.districtCode, address.villageCode]);
  nik.focus();
}

function resetForm(): void {
  form.reset();
  ihs.value = '';
  clearIssues(form, summary);
  clear(saved);
  clear(satusehatResult);
  clear(bpjsOutcome);
  (byId('bpjs-verify') as HTMLElement & { reset?: () => void }).reset?.();
}

byId('clear-form').addEventListener('click', () => {
  resetForm();
  nik.focus();
});

// ---- SATUSEHAT lookup by NIK (the server handler's staff route; no element needed) ----

const NIK_TEXT: Record<string, Bilingual> = {
  required: { id: 'Isi NIK dulu.', en: 'Enter the NIK first.' },
  too_short: { id: 'NIK terdiri dari 16 angka.', en: 'A NIK has 16 digits.' },
  too_long: { id: 'NIK terdiri dari 16 angka.', en: 'A NIK has 16 digits.' },
  invalid_characters: { id: 'NIK hanya berisi angka.', en: 'A NIK has digits only.' },
};

byId('lookup-satusehat').addEventListener('click', async () => {
  const value = nik.value.replace(/[\s.-]/g, '');
  const problem = validateIdentifier('nik', value);
  if (problem) {
    // Refused before any request: the same rule the server applies.
    showIssues(form, summary, [
      {
        path: 'identity.nik',
        message: NIK_TEXT[problem.code] ?? { id: 'NIK tidak valid.', en: 'Invalid NIK.' },
      },
    ]);
    nik.focus();
    return;
  }
  satusehatResult.replaceChildren(
    h('p', { class: 'muted' }, bi('Mencari di SATUSEHAT…', 'Searching SATUSEHAT…')),
  );
  try {
    const { patient } = await handlerApi<PatientLookupResponse>('/satusehat/patients/lookup', {
      body: { nik: value },
    });
    ihs.value = patient.ihsNumber;
    satusehatResult.replaceChildren(
      notice(
        'ok',
        { id: `Ditemukan: nomor IHS ${patient.ihsNumber}`, en: `Found: IHS number ${patient.ihsNumber}` },
        h('br'),
        h('small', {}, bi('Nama di SATUSEHAT (disamarkan): ', 'Name in SATUSEHAT (masked): '), patient.name),
      ),
    );
  } catch (error) {
    ihs.value = '';
    const notFound = error instanceof RequestError && error.status === 404;
    satusehatResult.replaceChildren(
      notFound
        ? notice('warn', {
            id: 'Belum ada di SATUSEHAT: kunjungannya tidak dapat dikirim sampai pasien terdaftar di Master Patient Index.',
            en: 'Not in SATUSEHAT yet: visits cannot be sent until the patient is in the Master Patient Index.',
          })
        : notice('error', failure(error)),
    );
  }
});

// ---- BPJS membership with <sehat-bpjs-verify> ----

const titleCase = (name: string) =>
  name.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_, lead: string, c: string) => lead + c.toUpperCase());

function setIfEmpty(input: HTMLInputElement, value: string | null | undefined): void {
  if (!input.value && value) input.value = value;
}

byId('bpjs-verify').addEventListener('sehat-verified', (event) => {
  const member = (event as CustomEvent<{ member: MemberView }>).detail.member;
  card.value = member.memberNumber;
  setIfEmpty(nik, member.nik);
  setIfEmpty(byId<HTMLInputElement>('name'), titleCase(member.name));
  setIfEmpty(byId<HTMLInputElement>('birth-date'), member.birthDate);
  if (!form.querySelector('[name="identity.sex"]:checked') && member.sex !== 'unknown') {
    byId<HTMLInputElement>(member.sex === 'female' ? 'sex-female' : 'sex-male').checked = true;
  }
  const provider = member.primaryCareProvider;
  if (!member.active) {
    byId<HTMLInputElement>('payer-general').checked = true;
    bpjsOutcome.replaceChildren(
      notice('warn', {
        id: `Kepesertaan tidak aktif (${member.statusDescription}): pasien didaftarkan sebagai pasien umum.`,
        en: `Membership inactive (${member.statusDescription}): the patient is registered as a general patient.`,
      }),
    );
    return;
  }
  byId<HTMLInputElement>('payer-bpjs').checked = true;
  const elsewhere = provider && clinicProviderCode && provider.code !== clinicProviderCode;
  bpjsOutcome.replaceChildren(
    elsewhere
      ? notice('warn', {
          id: `Aktif, tetapi terdaftar di FKTP lain (${provider.name}): pCare akan menolak pendaftaran di klinik ini.`,
          en: `Active, but registered at another FKTP (${provider.name}): pCare will refuse a registration at this clinic.`,
        })
      : notice('ok', { id: 'Aktif: penjamin diatur ke BPJS.', en: 'Active: payer set to BPJS.' }),
  );
});

// ---- saving ----

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const button = byId<HTMLButtonElement>('save');
  button.disabled = true;
  clear(saved);
  try {
    const { patient } = await demoApi<{ patient: PatientSummary }>('/patients', { body: readForm(form) });
    clearIssues(form, summary);
    const checkIn = h(
      'button',
      {
        type: 'button',
        class: 'primary',
        onclick: async () => {
          await doCheckIn(patient.id, checkIn);
          const p = (await demoApi<{ patient: PatientSummary }>(`/patients/${patient.id}`)).patient;
          saved.replaceChildren(
            notice(
              p.checkIn?.pcare ? 'ok' : 'warn',
              p.checkIn?.pcare
                ? {
                    id: `${p.name} terdaftar di Poli Umum dan pCare, antrean ${p.checkIn.queueNumber}.`,
                    en: `${p.name} is checked in at Poli Umum and in pCare, queue ${p.checkIn.queueNumber}.`,
                  }
                : {
                    id: `${p.name} terdaftar di Poli Umum, antrean ${p.checkIn?.queueNumber} (tanpa pCare).`,
                    en: `${p.name} is checked in at Poli Umum, queue ${p.checkIn?.queueNumber} (without pCare).`,
                  },
              ...(p.checkIn?.pcareRefusal
                ? [h('br'), h('small', {}, 'pCare: ', bi(p.checkIn.pcareRefusal))]
                : []),
              h('br'),
              h('a', { href: '/dokter' }, bi('Ke ruang dokter', "To the doctor's room")),
            ),
          );
        },
      },
      bi('Daftarkan ke Poli Umum', 'Check in at Poli Umum'),
    );
    saved.replaceChildren(
      notice('ok', { id: `Tersimpan sebagai ${patient.id}.`, en: `Saved as ${patient.id}.` }, ' ', checkIn),
    );
    form.reset();
    clear(satusehatResult);
    clear(bpjsOutcome);
    await loadPatients();
    checkIn.focus();
  } catch (error) {
    if (error instanceof RequestError && error.issues.length) showIssues(form, summary, error.issues);
    else saved.replaceChildren(notice('error', failure(error)));
  } finally {
    button.disabled = false;
  }
});

await Promise.all([loadPatients(), loadOptions(), fillSelect(0, '')]);
