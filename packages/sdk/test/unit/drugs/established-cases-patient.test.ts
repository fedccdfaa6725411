/**
 * Clinically established patient cases (allergy cross-reactivity, pregnancy, lactation, age, renal, hepatic and
 * disease contraindications) checked against their sources by the clinical-pharmacology review (November 2026)
 * and driven through the public `check()`. A positive case must reach at least the stated severity; a negative
 * case must raise nothing of that kind above MIN. Each case names its source.
 */
import { check, type DrugIssue } from '@sehatkit/sdk/drugs';
import { describe, expect, it } from 'vitest';
import type { MedicationLine, PatientContext } from '../../../src/drugs/engine/input';
import { line } from './lines';

type Severity = DrugIssue['severity'];
const RANK: Record<Severity, number> = { CI: 0, MAJ: 1, MOD: 2, MIN: 3 };

interface PatientCase {
  order: MedicationLine;
  patient: Partial<PatientContext>;
  kind: DrugIssue['kind'];
  /** The minimum severity; `null` for a negative case. */
  severity: Severity | null;
  rule?: string;
  source: string;
}

function findings(c: PatientCase): DrugIssue[] {
  const issues = check({
    orders: [c.order],
    patient: { conditions: [], allergies: [], ...c.patient },
  });
  expect(issues.filter((i) => i.kind === 'NOT_CHECKED').map((i) => i.summary.en)).toEqual([]);
  return issues.filter((i) => i.kind === c.kind);
}

function verify(c: PatientCase) {
  const found = findings(c);
  if (c.severity === null) {
    expect(found.filter((i) => RANK[i.severity] < RANK.MIN).map((i) => `${i.ruleId} ${i.severity}`)).toEqual(
      [],
    );
    return;
  }
  expect(found.length, `no ${c.kind} finding for ${c.order.display}`).toBeGreaterThan(0);
  const worst = found.reduce((a, b) => (RANK[b.severity] < RANK[a.severity] ? b : a));
  expect(
    RANK[worst.severity],
    `${c.order.display} gave ${worst.severity} (${worst.ruleId})`,
  ).toBeLessThanOrEqual(RANK[c.severity]);
  if (c.rule) expect(found.map((i) => i.ruleId)).toContain(c.rule);
}

const pregnant = (gestationalWeek: number) => ({ pregnancy: { pregnant: true, gestationalWeek } });

describe('allergy: exact, same-group and cross-sensitivity matches with the level reported', () => {
  const allergy = (recorded: object, order: MedicationLine) =>
    check({ orders: [order], patient: { conditions: [], allergies: [recorded] } }).filter(
      (i) => i.kind === 'ALGY',
    );

  it.each([
    {
      recorded: { name: 'amoxicillin' },
      drug: 'Amoxicillin 500 mg',
      level: 'exact',
      severity: 'CI',
      source: 'Amoxicillin label, Contraindications',
    },
    {
      recorded: { atc: 'J01CA' },
      drug: 'Ampicillin 500 mg',
      level: 'same-group',
      severity: 'MAJ',
      source: 'Penicillin class allergy recorded as ATC J01CA (SATUSEHAT practice); Khan 2022',
    },
    {
      recorded: { name: 'amoxicillin' },
      drug: 'Cefadroxil 500 mg',
      level: 'cross-sensitivity',
      severity: 'MAJ',
      source: 'Khan DA et al. 2022 practice parameter: identical R1 side chain (amoxicillin/cefadroxil)',
    },
    {
      recorded: { name: 'ampicillin' },
      drug: 'Cefaclor 250 mg',
      level: 'cross-sensitivity',
      severity: 'MAJ',
      source: 'Khan 2022: cefaclor shares the ampicillin R1 side chain',
    },
    {
      recorded: { name: 'amoxicillin' },
      drug: 'Ceftriaxone 1 g',
      level: 'cross-sensitivity',
      severity: 'MIN',
      source: 'Khan 2022; Pichichero 2005: dissimilar side chain, <2% cross-reaction',
    },
    {
      recorded: { name: 'benzathine benzylpenicillin' },
      drug: 'Meropenem 1 g',
      level: 'cross-sensitivity',
      severity: 'MIN',
      source: 'Khan 2022: carbapenems may be given after penicillin allergy without testing',
    },
    {
      recorded: { name: 'cephalexin' },
      drug: 'Amoxicillin 500 mg',
      level: 'cross-sensitivity',
      severity: 'MAJ',
      source: 'Khan 2022: shared R1 side chain in the other direction',
    },
    {
      recorded: { name: 'ceftriaxone' },
      drug: 'Cefotaxime 1 g',
      level: 'same-group',
      severity: 'MAJ',
      source: 'Cephalosporin labels, Contraindications (cephalosporin class)',
    },
    {
      recorded: { name: 'sulfamethoxazole' },
      drug: 'Furosemide 40 mg',
      level: 'cross-sensitivity',
      severity: 'MIN',
      source: 'Strom BL et al. NEJM 2003: no cross-reactivity with non-antibiotic sulfonamides',
    },
    {
      recorded: { name: 'sulfamethoxazole' },
      drug: 'Celecoxib 200 mg',
      level: 'cross-sensitivity',
      severity: 'MAJ',
      source: 'Celecoxib label, Contraindications (sulfonamide allergy)',
    },
    {
      recorded: { name: 'aspirin' },
      drug: 'Ibuprofen 400 mg',
      level: 'same-group',
      severity: 'MAJ',
      source: 'Kowalski ML et al. Allergy 2013: cross-reactive NSAID hypersensitivity',
    },
    {
      recorded: { name: 'aspirin' },
      drug: 'Meloxicam 7.5 mg',
      level: 'cross-sensitivity',
      severity: 'MOD',
      source: 'Kowalski 2013: preferential COX-2 inhibitors tolerated by most, not all',
    },
    {
      recorded: { name: 'ibuprofen' },
      drug: 'Paracetamol 500 mg',
      level: 'cross-sensitivity',
      severity: 'MIN',
      source: 'Kowalski 2013: paracetamol usually tolerated at low doses',
    },
    {
      recorded: { name: 'ciprofloxacin' },
      drug: 'Levofloxacin 500 mg',
      level: 'same-group',
      severity: 'MAJ',
      source: 'Fluoroquinolone labels, Contraindications (quinolone class)',
    },
    {
      recorded: { name: 'erythromycin' },
      drug: 'Azithromycin 500 mg',
      level: 'same-group',
      severity: 'MAJ',
      source: 'Zithromax label, Contraindications (macrolides)',
    },
    {
      recorded: { name: 'captopril' },
      drug: 'Enalapril 5 mg',
      level: 'same-group',
      severity: 'MAJ',
      source: 'ACE inhibitor labels, Contraindications (angioedema with any ACE inhibitor)',
    },
    {
      recorded: { name: 'lisinopril' },
      drug: 'Losartan 50 mg',
      level: 'cross-sensitivity',
      severity: 'MOD',
      source:
        'Haymore BR et al. Ann Allergy Asthma Immunol 2008: ARB angioedema after ACE-inhibitor angioedema',
    },
  ] as const)('$source', ({ recorded, drug, level, severity }) => {
    const found = allergy(recorded, line(drug));
    expect(found.length, drug).toBe(1);
    expect(found[0]?.matched.allergyLevel).toBe(level);
    expect(found[0]?.severity).toBe(severity);
  });

  it('raises an aromatic-anticonvulsant cross-reaction to CI after SJS (Tegretol label; Khan 2022)', () => {
    const found = allergy(
      { name: 'carbamazepine', severeReaction: true, reaction: 'Stevens-Johnson syndrome' },
      line('Phenytoin 100 mg'),
    );
    expect(found[0]).toMatchObject({ severity: 'CI', matched: { allergyLevel: 'same-group' } });
  });

  it('matches an allergy recorded as a pharmacologic class ("NSAID", cls.nsaid) to that class’s members', () => {
    for (const recorded of [{ name: 'NSAID' }, { classId: 'cls.nsaid' }]) {
      const found = allergy(recorded, line('Ibuprofen 400 mg'));
      expect(found[0], JSON.stringify(recorded)).toMatchObject({
        severity: 'MAJ',
        matched: { allergyLevel: 'same-group', via: ['c:cls.nsaid'] },
      });
    }
    expect(allergy({ name: 'NSAID' }, line('Paracetamol 500 mg'))).toEqual([]);
  });

  it('keeps a recorded intolerance passive (Hsieh 2004: most are not allergies)', () => {
    const found = allergy({ name: 'amoxicillin', type: 'intolerance' }, line('Amoxicillin 500 mg'));
    expect(found[0]).toMatchObject({ severity: 'MOD', tier: 'passive' });
  });

  it('does not match a penicillin allergy to a macrolide or a sulfonamide allergy to paracetamol', () => {
    expect(allergy({ name: 'amoxicillin' }, line('Azithromycin 500 mg'))).toEqual([]);
    expect(allergy({ name: 'sulfamethoxazole' }, line('Paracetamol 500 mg'))).toEqual([]);
  });
});

const pregnancyCases: PatientCase[] = [
  {
    order: line('Lisinopril 10 mg'),
    patient: pregnant(20),
    kind: 'PREG',
    severity: 'CI',
    source: 'ACE inhibitor labels, Boxed Warning (fetal toxicity)',
  },
  {
    order: line('Valsartan 80 mg'),
    patient: pregnant(10),
    kind: 'PREG',
    severity: 'CI',
    source: 'Diovan label, Boxed Warning (fetal toxicity)',
  },
  {
    order: line('Warfarin 2 mg'),
    patient: pregnant(8),
    kind: 'PREG',
    severity: 'CI',
    source: 'Coumadin label, Contraindications (pregnancy)',
  },
  {
    order: line('Isotretinoin 20 mg'),
    patient: pregnant(6),
    kind: 'PREG',
    severity: 'CI',
    source: 'Absorica label, Boxed Warning (embryo-fetal toxicity)',
  },
  {
    order: line('Misoprostol 200 mcg'),
    patient: pregnant(12),
    kind: 'PREG',
    severity: 'CI',
    source: 'Cytotec label, Boxed Warning',
  },
  {
    order: line('Methotrexate 2.5 mg'),
    patient: pregnant(8),
    kind: 'PREG',
    severity: 'CI',
    source: 'Methotrexate label, Contraindications (non-neoplastic disease in pregnancy)',
  },
  {
    order: line('Valproic acid 500 mg'),
    patient: pregnant(8),
    kind: 'PREG',
    severity: 'CI',
    source: 'Depakote label, Boxed Warning (fetal risk); FDA 2013',
  },
  {
    order: line('Carbamazepine 200 mg'),
    patient: pregnant(8),
    kind: 'PREG',
    severity: 'MAJ',
    source: 'Tegretol label, Pregnancy (neural tube defects); Hernández-Díaz 2012',
  },
  {
    order: line('Phenytoin 100 mg'),
    patient: pregnant(8),
    kind: 'PREG',
    severity: 'MAJ',
    source: 'Dilantin label, Pregnancy (fetal hydantoin syndrome)',
  },
  {
    order: line('Ibuprofen 400 mg'),
    patient: pregnant(24),
    kind: 'PREG',
    severity: 'MAJ',
    source: 'FDA 2020: avoid NSAIDs from 20 weeks (oligohydramnios)',
  },
  {
    order: line('Ibuprofen 400 mg'),
    patient: pregnant(32),
    kind: 'PREG',
    severity: 'CI',
    source: 'NSAID labels: third trimester (premature ductus closure)',
  },
  {
    order: line('Doxycycline 100 mg'),
    patient: pregnant(24),
    kind: 'PREG',
    severity: 'MAJ',
    source: 'Vibramycin label, Pregnancy (tooth discolouration, bone growth)',
  },
  {
    order: line('Nitrofurantoin 100 mg'),
    patient: pregnant(39),
    kind: 'PREG',
    severity: 'MAJ',
    source: 'Macrodantin label, Contraindications (term pregnancy)',
  },
  {
    order: line('Sulfamethoxazole 800 mg + Trimethoprim 160 mg'),
    patient: pregnant(36),
    kind: 'PREG',
    severity: 'MAJ',
    source: 'Bactrim label, Pregnancy (kernicterus near term)',
  },
  {
    order: line('Atorvastatin 20 mg'),
    patient: pregnant(10),
    kind: 'PREG',
    severity: 'MAJ',
    source: 'FDA 2021 statin communication: stop in most pregnant patients',
  },
  {
    order: line('Primaquine 15 mg'),
    patient: pregnant(20),
    kind: 'PREG',
    severity: 'CI',
    source: 'WHO malaria guidelines; PNPK Malaria: primaquine contraindicated in pregnancy',
  },
  {
    order: line('Fluconazole 150 mg'),
    patient: pregnant(10),
    kind: 'PREG',
    severity: 'MAJ',
    source: 'FDA 2016 fluconazole communication; Diflucan label',
  },
  {
    order: line('Amoxicillin 500 mg'),
    patient: pregnant(10),
    kind: 'PREG',
    severity: null,
    source: 'Amoxicillin label, Pregnancy; Depkes 2006',
  },
  {
    order: line('Paracetamol 500 mg'),
    patient: pregnant(30),
    kind: 'PREG',
    severity: null,
    source: 'FDA 2015 review of pain medicines in pregnancy',
  },
  {
    order: line('Methyldopa 250 mg'),
    patient: pregnant(24),
    kind: 'PREG',
    severity: null,
    source: 'ACOG PB 203; methyldopa label',
  },
  {
    order: line('Nifedipine 30 mg'),
    patient: pregnant(28),
    kind: 'PREG',
    severity: null,
    source: 'ACOG Practice Bulletin 203 (2019): nifedipine first-line',
  },
  {
    order: line('Labetalol 100 mg'),
    patient: pregnant(28),
    kind: 'PREG',
    severity: null,
    source: 'ACOG Practice Bulletin 203 (2019): labetalol first-line',
  },
  {
    order: line('Artemether 20 mg + Lumefantrine 120 mg'),
    patient: pregnant(8),
    kind: 'PREG',
    severity: null,
    source: 'WHO malaria guidelines: artemether-lumefantrine in the first trimester',
  },
  {
    order: line('Ceftriaxone 1 g', { route: 'parenteral' }),
    patient: pregnant(16),
    kind: 'PREG',
    severity: null,
    source: 'Ceftriaxone label, Pregnancy; Depkes 2006',
  },
  {
    order: line('Isoniazid 300 mg'),
    patient: pregnant(16),
    kind: 'PREG',
    severity: null,
    source: 'WHO TB 2022: first-line TB drugs in pregnancy',
  },
  {
    order: line('Ferrous sulfate 300 mg'),
    patient: pregnant(16),
    kind: 'PREG',
    severity: null,
    source: 'WHO ANC 2016: daily iron',
  },
  {
    order: line('Clotrimazole', { route: 'vaginal', display: 'Clotrimazole vaginal tablet 500 mg' }),
    patient: pregnant(20),
    kind: 'PREG',
    severity: null,
    source: 'Clotrimazole vaginal Drug Facts; minimal absorption',
  },
];

const lactationCases: PatientCase[] = [
  {
    order: line('Codeine 10 mg'),
    patient: { lactating: true },
    kind: 'LACT',
    severity: 'MAJ',
    source: 'FDA 2017 codeine/tramadol communication: not recommended while breastfeeding',
  },
  {
    order: line('Tramadol 50 mg'),
    patient: { lactating: true },
    kind: 'LACT',
    severity: 'MAJ',
    source: 'FDA 2017 codeine/tramadol communication',
  },
  {
    order: line('Amiodarone 200 mg'),
    patient: { lactating: true },
    kind: 'LACT',
    severity: 'MAJ',
    source: 'Amiodarone label, Lactation; LactMed',
  },
  {
    order: line('Methotrexate 2.5 mg'),
    patient: { lactating: true },
    kind: 'LACT',
    severity: 'MAJ',
    source: 'Methotrexate label, Lactation',
  },
  {
    order: line('Levonorgestrel 0.15 mg + Ethinylestradiol 0.03 mg'),
    patient: { lactating: true },
    kind: 'LACT',
    severity: 'MAJ',
    source: 'WHO MEC 2015: combined contraception while breastfeeding',
  },
  {
    order: line('Lithium carbonate 300 mg'),
    patient: { lactating: true },
    kind: 'LACT',
    severity: 'MOD',
    source: 'Lithium label, Lactation; LactMed (monitor infant levels)',
  },
  {
    order: line('Amoxicillin 500 mg'),
    patient: { lactating: true },
    kind: 'LACT',
    severity: null,
    source: 'LactMed amoxicillin; amoxicillin label',
  },
  {
    order: line('Paracetamol 500 mg'),
    patient: { lactating: true },
    kind: 'LACT',
    severity: null,
    source: 'LactMed acetaminophen',
  },
  {
    order: line('Ibuprofen 400 mg'),
    patient: { lactating: true },
    kind: 'LACT',
    severity: null,
    source: 'LactMed ibuprofen: preferred NSAID',
  },
  {
    order: line('Sertraline 50 mg'),
    patient: { lactating: true },
    kind: 'LACT',
    severity: null,
    source: 'LactMed sertraline: preferred SSRI',
  },
  {
    order: line('Medroxyprogesterone acetate 150 mg', { route: 'parenteral' }),
    patient: { lactating: true },
    kind: 'LACT',
    severity: null,
    source: 'WHO MEC 2015: progestin-only methods while breastfeeding',
  },
  {
    order: line('Enalapril 5 mg'),
    patient: { lactating: true },
    kind: 'LACT',
    severity: null,
    source: 'LactMed enalapril',
  },
];

const age = (ageYears: number) => ({ ageYears });
const ageCases: PatientCase[] = [
  {
    order: line('Codeine 10 mg'),
    patient: age(8),
    kind: 'PEALRT',
    severity: 'CI',
    source: 'FDA 2017: codeine contraindicated under 12',
  },
  {
    order: line('Codeine 10 mg'),
    patient: age(14),
    kind: 'PEALRT',
    severity: null,
    source: 'FDA 2017: the contraindication is under 12',
  },
  {
    order: line('Tramadol 50 mg'),
    patient: age(10),
    kind: 'PEALRT',
    severity: 'CI',
    source: 'FDA 2017: tramadol contraindicated under 12',
  },
  {
    order: line('Aspirin 500 mg'),
    patient: age(10),
    kind: 'PEALRT',
    severity: 'MAJ',
    source: 'Aspirin Drug Facts, Reye’s syndrome warning',
  },
  {
    order: line('Promethazine 12.5 mg'),
    patient: age(1),
    kind: 'PEALRT',
    severity: 'CI',
    source: 'Promethazine label, Boxed Warning (under 2 years)',
  },
  {
    order: line('Loperamide 2 mg'),
    patient: age(1),
    kind: 'PEALRT',
    severity: 'CI',
    source: 'Imodium label, Contraindications (under 2 years)',
  },
  {
    order: line('Ceftriaxone 250 mg', { route: 'parenteral' }),
    patient: { ageDays: 10 },
    kind: 'PEALRT',
    severity: 'MAJ',
    source: 'Ceftriaxone label, Contraindications (hyperbilirubinaemic neonates, calcium)',
  },
  {
    order: line('Sulfamethoxazole 200 mg + Trimethoprim 40 mg'),
    patient: { ageDays: 30 },
    kind: 'PEALRT',
    severity: 'CI',
    source: 'Bactrim label, Contraindications (under 2 months)',
  },
  {
    order: line('Doxycycline 100 mg'),
    patient: age(6),
    kind: 'PEALRT',
    severity: 'MAJ',
    source: 'Vibramycin label, tooth discolouration under 8',
  },
  {
    order: line('Chlorphenamine 2 mg'),
    patient: age(1),
    kind: 'PEALRT',
    severity: 'MAJ',
    source: 'FDA 2008 advisory: OTC cough and cold medicines under 2',
  },
  {
    order: line('Primaquine 7.5 mg'),
    patient: { ageDays: 90 },
    kind: 'PEALRT',
    severity: 'MAJ',
    rule: 'ci.primaquine-infants',
    source: 'WHO malaria guidelines: no primaquine under 6 months',
  },
  {
    order: line('Glibenclamide 5 mg'),
    patient: age(70),
    kind: 'GEALRT',
    severity: 'MAJ',
    source: 'Glyburide label, Geriatric Use (prolonged hypoglycaemia)',
  },
  {
    order: line('Diazepam 5 mg'),
    patient: age(70),
    kind: 'GEALRT',
    severity: 'MOD',
    source: 'Valium label, Geriatric Use',
  },
  {
    order: line('Chlorphenamine 4 mg'),
    patient: age(78),
    kind: 'GEALRT',
    severity: 'MOD',
    rule: 'ci.sedating-antihistamine-elderly',
    source: 'Diphenhydramine injection label, Geriatric Use',
  },
  {
    order: line('Amlodipine 5 mg'),
    patient: age(70),
    kind: 'GEALRT',
    severity: null,
    source: 'No age-specific restriction in the Norvasc label',
  },
];

const organCases: PatientCase[] = [
  {
    order: line('Metformin 500 mg'),
    patient: { egfr: 25 },
    kind: 'COND',
    severity: 'CI',
    source: 'FDA 2016 metformin communication: contraindicated below eGFR 30',
  },
  {
    order: line('Metformin 500 mg'),
    patient: { egfr: 40 },
    kind: 'COND',
    severity: 'MOD',
    source: 'FDA 2016: do not start at eGFR 30–45',
  },
  {
    order: line('Metformin 500 mg'),
    patient: { egfr: 70 },
    kind: 'COND',
    severity: null,
    source: 'FDA 2016: no restriction above eGFR 45',
  },
  {
    order: line('Nitrofurantoin 100 mg'),
    patient: { egfr: 40 },
    kind: 'COND',
    severity: 'CI',
    rule: 'ci.nitrofurantoin-renal',
    source: 'MHRA 2014: nitrofurantoin contraindicated below eGFR 45',
  },
  {
    order: line('Ibuprofen 400 mg'),
    patient: { egfr: 25 },
    kind: 'COND',
    severity: 'MAJ',
    source: 'NSAID labels, Renal Toxicity (advanced renal disease)',
  },
  {
    order: line('Tenofovir disoproxil 300 mg'),
    patient: { egfr: 40 },
    kind: 'COND',
    severity: 'MAJ',
    source: 'Viread label, Dosage in renal impairment',
  },
  {
    order: line('Rivaroxaban 20 mg'),
    patient: { egfr: 10 },
    kind: 'COND',
    severity: 'CI',
    source: 'Xarelto label: avoid below CrCl 15',
  },
  {
    order: line('Fluconazole 150 mg'),
    patient: { egfr: 35 },
    kind: 'COND',
    severity: 'MOD',
    rule: 'ci.fluconazole-renal',
    source: 'Diflucan label: half dose at CrCl ≤50 for repeated dosing',
  },
  {
    order: line('Paracetamol 500 mg'),
    patient: { hepaticImpairment: 'severe' },
    kind: 'COND',
    severity: 'CI',
    source: 'Acetaminophen injection label, Contraindications (severe hepatic impairment)',
  },
  {
    order: line('Ketoconazole 200 mg'),
    patient: { hepaticImpairment: 'mild' },
    kind: 'COND',
    severity: 'CI',
    source: 'Ketoconazole tablets label, Contraindications (liver disease)',
  },
  {
    order: line('Nevirapine 200 mg'),
    patient: { hepaticImpairment: 'moderate' },
    kind: 'COND',
    severity: 'CI',
    source: 'Viramune label, Contraindications (Child-Pugh B/C)',
  },
  {
    order: line('Rivaroxaban 20 mg'),
    patient: { hepaticImpairment: 'moderate' },
    kind: 'COND',
    severity: 'MAJ',
    rule: 'ci.rivaroxaban-hepatic',
    source: 'Xarelto label, Hepatic Impairment (avoid Child-Pugh B/C)',
  },
  {
    order: line('Ibuprofen 400 mg'),
    patient: { conditions: ['A91'] },
    kind: 'COND',
    severity: 'CI',
    source: 'WHO/Kemenkes dengue guidance: no NSAIDs',
  },
  {
    order: line('Paracetamol 500 mg'),
    patient: { conditions: ['A91'] },
    kind: 'COND',
    severity: null,
    source: 'WHO dengue guidance: paracetamol for fever',
  },
  {
    order: line('Propranolol 10 mg'),
    patient: { conditions: ['J45.9'] },
    kind: 'COND',
    severity: 'CI',
    source: 'Inderal label, Contraindications (bronchial asthma)',
  },
  {
    order: line('Bisoprolol 5 mg'),
    patient: { conditions: ['J45.9'] },
    kind: 'COND',
    severity: null,
    source: 'Cardioselective beta-blockers are not contraindicated in asthma (bisoprolol label: caution)',
  },
  {
    order: line('Haloperidol 5 mg'),
    patient: { conditions: ['G20'] },
    kind: 'COND',
    severity: 'CI',
    source: 'Haloperidol label, Contraindications (Parkinson’s disease)',
  },
  {
    order: line('Levonorgestrel 0.15 mg + Ethinylestradiol 0.03 mg'),
    patient: { conditions: ['G43.1'] },
    kind: 'COND',
    severity: 'CI',
    source: 'WHO MEC 2015: migraine with aura, category 4',
  },
  {
    order: line('Primaquine 15 mg'),
    patient: { conditions: ['D55.0'] },
    kind: 'COND',
    severity: 'CI',
    source: 'WHO malaria guidelines: G6PD deficiency',
  },
  {
    order: line('Quinine sulfate 300 mg'),
    patient: { conditions: ['D55.0'] },
    kind: 'COND',
    severity: 'CI',
    rule: 'ci.quinine-g6pd',
    source: 'Qualaquin label, Contraindications (G6PD deficiency)',
  },
  {
    order: line('Methylergometrine 0.2 mg'),
    patient: { conditions: ['O14.1'] },
    kind: 'COND',
    severity: 'CI',
    rule: 'ci.methylergometrine-hypertension-preeclampsia',
    source: 'Methergine label, Contraindications (hypertension, toxaemia)',
  },
  {
    order: line('Clopidogrel 75 mg'),
    patient: { conditions: ['K92.2'] },
    kind: 'COND',
    severity: 'CI',
    rule: 'ci.antiplatelet-active-bleeding',
    source: 'Plavix label, Contraindications (active pathological bleeding)',
  },
  {
    order: line('Captopril 25 mg'),
    patient: { conditions: ['T78.3'] },
    kind: 'COND',
    severity: 'CI',
    source: 'Captopril label, Contraindications (angioedema)',
  },
  {
    order: line('Ciprofloxacin 500 mg'),
    patient: { conditions: ['G70.0'] },
    kind: 'COND',
    severity: 'MAJ',
    source: 'Cipro label, Boxed Warning (myasthenia gravis)',
  },
  {
    order: line('Tramadol 50 mg'),
    patient: { conditions: ['G40.9'] },
    kind: 'COND',
    severity: 'MAJ',
    source: 'Ultram label, Seizure Risk',
  },
];

describe('pregnancy by trimester and gestational week', () => {
  it.each(pregnancyCases)('$source', verify);
});

describe('lactation', () => {
  it.each(lactationCases)('$source', verify);
});

describe('children (0–16) and older adults (65+)', () => {
  it.each(ageCases)('$source', verify);
});

describe('renal, hepatic and disease contraindications', () => {
  it.each(organCases)('$source', verify);
});
