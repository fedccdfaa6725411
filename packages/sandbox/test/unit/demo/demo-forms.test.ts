import { describe, expect, it } from 'vitest';
import { expandBilingual, renderPage } from '../../../src/demo/layout';
import { issueText } from '../../../src/demo/messages';
import { PAGES } from '../../../src/demo/pages';
import { registrationSchema } from '../../../src/demo/patients/registration-schema';
import { EXAMPLE_REGISTRATIONS, SEED_PATIENTS } from '../../../src/demo/patients/seed-patients';
import { indonesianSpelling } from '../../../src/demo/visits/formulary';
import { visitInputSchema } from '../../../src/demo/visits/visit-schema';

const example = EXAMPLE_REGISTRATIONS.find((e) => e.key === 'penicillin')?.registration;
if (!example) throw new Error('the penicillin example is missing');

const issuesOf = (input: unknown) => {
  const parsed = registrationSchema.safeParse(input);
  if (parsed.success) return [];
  return parsed.error.issues.map((i) => ({ path: i.path.join('.'), text: issueText(i) }));
};

describe('the demo registration form', () => {
  it('accepts every seeded patient and every front-desk example', () => {
    for (const r of [
      ...SEED_PATIENTS.map((s) => s.registration),
      ...EXAMPLE_REGISTRATIONS.map((e) => e.registration),
    ]) {
      expect(issuesOf(r)).toEqual([]);
    }
  });

  it('names each refused field in both languages, without repeating the number typed', () => {
    const issues = issuesOf({
      ...example,
      identity: { ...example.identity, nik: '12345', name: '' },
      other: { ...example.other, bpjsCardNumber: '0001 8800 0001' },
    });
    expect(issues).toContainEqual({
      path: 'identity.nik',
      text: { id: 'Terlalu pendek. NIK terdiri dari 16 angka.', en: 'Too short. A NIK has 16 digits.' },
    });
    expect(issues).toContainEqual({ path: 'identity.name', text: { id: 'Wajib diisi.', en: 'Required.' } });
    expect(issues.map((i) => i.path)).toContain('other.bpjsCardNumber');
    expect(JSON.stringify(issues)).not.toMatch(/12345|0001 8800/);
  });

  it('checks the rules between fields: pregnancy, BPJS card, region nesting', () => {
    const paths = issuesOf({
      ...example,
      health: { ...example.health, pregnant: true },
      other: { ...example.other, payer: 'bpjs', bpjsCardNumber: '' },
      address: { ...example.address, provinceCode: '31', cityCode: '3273' },
    }).map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'health.pregnant',
        'health.gestationalWeek',
        'other.bpjsCardNumber',
        'address.cityCode',
      ]),
    );
  });

  it('reads numbers and ICD-10 lists as typed into text boxes', () => {
    const parsed = registrationSchema.parse({
      ...example,
      health: { ...example.health, egfr: '42,5', conditions: 'e11.9; I10' },
    });
    expect(parsed.health.egfr).toBe(42.5);
    expect(parsed.health.conditions).toEqual(['E11.9', 'I10']);
  });
});

describe('the demo visit form', () => {
  const visit = {
    patientId: 'RM-000101',
    startedAt: new Date(Date.now() - 60_000).toISOString(),
    complaint: 'Demam',
    vitals: { systolic: '120', diastolic: '80', heartRate: '80', temperatureC: '37,5' },
    diagnoses: [{ code: 'j06.9', display: 'ISPA', role: 'primary' }],
  };

  it('parses the form and normalises codes', () => {
    const parsed = visitInputSchema.parse(visit);
    expect(parsed.vitals.temperatureC).toBe(37.5);
    expect(parsed.diagnoses[0]?.code).toBe('J06.9');
  });

  it('refuses a diastolic pressure above the systolic and a visit without exactly one primary diagnosis', () => {
    const parsed = visitInputSchema.safeParse({
      ...visit,
      vitals: { ...visit.vitals, diastolic: '130' },
      diagnoses: [
        { code: 'J06.9', display: 'ISPA', role: 'secondary' },
        { code: 'R50.9', display: 'Demam', role: 'secondary' },
      ],
    });
    expect(parsed.success).toBe(false);
    const paths = parsed.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['vitals.diastolic', 'diagnoses']));
  });
});

describe('matching prescribed products to the pCare formulary', () => {
  it.each([
    ['Amoxicillin', 'amoksisilin'],
    ['Paracetamol', 'parasetamol'],
    ['Captopril', 'kaptopril'],
    ['Amlodipine', 'amlodipin'],
    ['Glibenclamide', 'glibenklamid'],
    ['Omeprazole', 'omeprazol'],
  ])('spells %s as the Indonesian formulary does (%s)', (inn, spelt) => {
    expect(indonesianSpelling(inn)).toBe(spelt);
  });
});

describe('the demo page layout', () => {
  it('writes bilingual text twice and keeps configuration JSON from closing its script element', () => {
    expect(expandBilingual('<p>[[Daftar|Register]]</p>')).toBe(
      '<p><span class="i18n" lang="id">Daftar</span><span class="i18n" lang="en">Register</span></p>',
    );
    const page = PAGES.find((p) => p.fragment === 'front-desk');
    if (!page) throw new Error('no front desk page');
    const html = renderPage(
      page,
      '<h1>[[Beranda|Home]]</h1>',
      {
        endpoint: '/api',
        page: 'front-desk',
        staff: true,
        elements: true,
        video: true,
        doctor: 'dr. </script><script>x',
        urls: {},
      },
      'en',
    );
    expect(html).toContain('<html lang="en">');
    expect(html).not.toContain('</script><script>x');
    expect(html).toContain('dr. &lt;/script&gt;&lt;script&gt;x');
  });
});
