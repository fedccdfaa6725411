/**
 * Clinically established interaction cases, checked against their sources by the clinical-pharmacology review
 * (November 2026) and driven through the public `check()` with realistic orders: the new prescription line
 * against what the patient already takes. Positive pairs must reach at least the stated severity (stricter is
 * allowed, as in spec 6.6); negative controls must raise no interaction above MIN. Each case names its source.
 */
import { check, type DrugIssue } from '@sehatkit/sdk/drugs';
import { describe, expect, it } from 'vitest';
import type { MedicationLine, PatientContext } from '../../../src/drugs/engine/input';
import { line } from './lines';

type Severity = DrugIssue['severity'];
const RANK: Record<Severity, number> = { CI: 0, MAJ: 1, MOD: 2, MIN: 3 };

/** One tablet (or unit) a day of the given strength: enough for dose-qualified rules to know the daily dose. */
const daily = (spec: string, perDay = 1, extra: Partial<MedicationLine> = {}) =>
  line(spec, { dose: { amount: 1, unit: 'tablet', perDay }, ...extra });

interface PairCase {
  order: MedicationLine;
  current: MedicationLine[];
  patient?: PatientContext;
  /** The minimum severity the pair must reach. */
  severity: Severity;
  /** The rule expected among those matched, when one rule is the documented one. */
  rule?: string;
  source: string;
}

/** The interaction issues of one new order against current medications; every line must have resolved. */
function interactions(order: MedicationLine, current: MedicationLine[], patient?: PatientContext) {
  const issues = check({ orders: [order], currentMedications: current, ...(patient ? { patient } : {}) });
  expect(issues.filter((i) => i.kind === 'NOT_CHECKED').map((i) => i.summary.en)).toEqual([]);
  return issues.filter((i) => i.kind === 'DRG');
}

function name(c: { order: MedicationLine; current: MedicationLine[] }) {
  return `${c.order.display} + ${c.current.map((l) => l.display).join(' + ')}`;
}

const positives: PairCase[] = [
  // Statins, calcium-channel blockers, colchicine and ergots with CYP3A4 inhibitors
  {
    order: line('Clarithromycin 500 mg'),
    current: [daily('Simvastatin 20 mg')],
    severity: 'CI',
    rule: 'ddi.simvastatin-strong-cyp3a4-inhibitor',
    source: 'Zocor label, Contraindications (strong CYP3A4 inhibitors)',
  },
  {
    order: line('Itraconazole 100 mg'),
    current: [line('Atorvastatin 20 mg')],
    severity: 'MAJ',
    source: 'Lipitor label, Drug Interactions (itraconazole: limit 20 mg)',
  },
  {
    order: daily('Simvastatin 40 mg'),
    current: [line('Amlodipine 10 mg')],
    severity: 'MAJ',
    rule: 'ddi.simvastatin-amlodipine',
    source: 'FDA 2011 simvastatin communication: at most 20 mg with amlodipine',
  },
  {
    order: line('Clarithromycin 500 mg'),
    current: [line('Amlodipine 5 mg')],
    patient: { ageYears: 72, conditions: [], allergies: [] },
    severity: 'MAJ',
    source: 'Gandhi S et al. JAMA 2013: clarithromycin + CCB, hypotension and AKI in older adults',
  },
  {
    order: line('Ritonavir 100 mg'),
    current: [line('Amlodipine 10 mg')],
    severity: 'MOD',
    rule: 'ddi.dhp-ccb-strong-cyp3a4-inhibitor',
    source: 'Norvasc label, Drug Interactions (strong CYP3A inhibitors)',
  },
  {
    order: line('Clarithromycin 500 mg'),
    current: [line('Colchicine 0.5 mg')],
    severity: 'MAJ',
    source: 'Colcrys label, Drug Interactions (strong CYP3A4 and P-gp inhibitors)',
  },
  {
    order: line('Clarithromycin 500 mg'),
    current: [line('Colchicine 0.5 mg')],
    patient: { egfr: 40, conditions: [], allergies: [] },
    severity: 'CI',
    source: 'Colcrys label, Contraindications (renal impairment with P-gp or strong CYP3A4 inhibitors)',
  },
  {
    order: line('Erythromycin 500 mg'),
    current: [line('Ergotamine 1 mg + Caffeine 100 mg')],
    severity: 'MOD',
    source: 'Cafergot label, Boxed Warning (CYP3A4 inhibitors)',
  },
  {
    order: line('Clarithromycin 500 mg'),
    current: [line('Ergotamine 1 mg + Caffeine 100 mg')],
    severity: 'CI',
    source: 'Cafergot label, Boxed Warning (potent CYP3A4 inhibitors)',
  },
  {
    order: line('Fluconazole 150 mg'),
    current: [line('Simvastatin 20 mg')],
    severity: 'MOD',
    rule: 'ddi.fluconazole-cyp3a4-statin',
    source: 'Diflucan label, Drug Interactions (HMG-CoA reductase inhibitors)',
  },
  {
    order: line('Ritonavir 100 mg + Lopinavir 400 mg'),
    current: [line('Simvastatin 20 mg')],
    severity: 'CI',
    source: 'Norvir and Kaletra labels, Contraindications (simvastatin)',
  },
  // Nitrates and PDE-5 inhibitors
  {
    order: line('Sildenafil 50 mg'),
    current: [line('Isosorbide mononitrate 20 mg')],
    severity: 'CI',
    rule: 'ddi.nitrate-pde5',
    source: 'Viagra label, Contraindications (nitrates)',
  },
  {
    order: line('Tadalafil 20 mg'),
    current: [line('Isosorbide dinitrate 5 mg')],
    severity: 'CI',
    source: 'Cialis label, Contraindications (nitrates)',
  },
  // Inducers with contraception, antiretrovirals, antimalarials, warfarin, methadone
  {
    order: line('Rifampicin 450 mg'),
    current: [line('Levonorgestrel 0.15 mg + Ethinylestradiol 0.03 mg')],
    severity: 'MAJ',
    rule: 'ddi.rifampicin-hormonal-contraceptive',
    source: 'WHO MEC 2015: rifampicin with COC/POP category 3',
  },
  {
    order: line('Carbamazepine 200 mg'),
    current: [line('Levonorgestrel', { route: 'parenteral' })],
    severity: 'MAJ',
    source: 'WHO MEC 2015: enzyme-inducing anticonvulsants with implants; Tegretol label',
  },
  {
    order: line('Rifapentine 150 mg'),
    current: [line('Desogestrel 0.075 mg')],
    severity: 'MAJ',
    rule: 'ddi.rifapentine-contraceptive',
    source: 'Priftin label, Drug Interactions (hormonal contraceptives)',
  },
  {
    order: line('Rifampicin 450 mg'),
    current: [line('Lopinavir 200 mg + Ritonavir 50 mg')],
    severity: 'CI',
    source: 'Kaletra label, Contraindications (rifampin)',
  },
  {
    order: line('Rifampicin 450 mg'),
    current: [line('Nevirapine 200 mg')],
    severity: 'MAJ',
    source: 'WHO HIV 2021; Viramune label, Drug Interactions',
  },
  {
    order: line('Rifampicin 450 mg'),
    current: [line('Dolutegravir 50 mg')],
    severity: 'MOD',
    rule: 'ddi.dolutegravir-rifampicin',
    source: 'Tivicay label: dolutegravir 50 mg twice daily with rifampicin',
  },
  {
    order: line('Rifampicin 450 mg'),
    current: [line('Artemether 20 mg + Lumefantrine 120 mg')],
    severity: 'CI',
    source: 'Coartem label, Contraindications (strong CYP3A4 inducers)',
  },
  {
    order: line('Rifampicin 450 mg'),
    current: [line('Quinine sulfate 300 mg')],
    severity: 'MAJ',
    rule: 'ddi.quinine-rifampicin',
    source: 'Qualaquin label, Drug Interactions (rifampin)',
  },
  {
    order: line('Rifampicin 450 mg'),
    current: [line('Warfarin 2 mg')],
    severity: 'MAJ',
    source: 'Coumadin label, Drug Interactions (CYP inducers)',
  },
  {
    order: line('Rifampicin 450 mg'),
    current: [line('Methadone 60 mg')],
    severity: 'MAJ',
    rule: 'ddi.methadone-strong-inducer',
    source: 'Dolophine label, Drug Interactions (CYP3A4 inducers: withdrawal)',
  },
  {
    order: line('Efavirenz 600 mg'),
    current: [line('Methadone 60 mg')],
    severity: 'MAJ',
    source: 'Sustiva and Dolophine labels, Drug Interactions',
  },
  {
    order: line('Rifampicin 450 mg'),
    current: [line('Praziquantel 600 mg')],
    severity: 'CI',
    source: 'Biltricide label, Contraindications (strong CYP450 inducers)',
  },
  // Warfarin
  {
    order: line('Ibuprofen 400 mg'),
    current: [line('Warfarin 2 mg')],
    severity: 'MAJ',
    rule: 'ddi.warfarin-nsaid',
    source: 'ONC high-priority list (Phansalkar 2012): warfarin + NSAIDs',
  },
  {
    order: daily('Aspirin 80 mg'),
    current: [line('Warfarin 2 mg')],
    severity: 'MAJ',
    rule: 'ddi.warfarin-antiplatelet',
    source: 'Coumadin label, Drug Interactions (antiplatelet agents)',
  },
  {
    order: line('Sulfamethoxazole 800 mg + Trimethoprim 160 mg'),
    current: [line('Warfarin 2 mg')],
    severity: 'MAJ',
    source: 'Coumadin label, CYP2C9 inhibitors (co-trimoxazole)',
  },
  {
    order: line('Metronidazole 500 mg'),
    current: [line('Warfarin 2 mg')],
    severity: 'MAJ',
    source: 'Flagyl label, Drug Interactions (oral anticoagulants)',
  },
  {
    order: line('Fluconazole 150 mg'),
    current: [line('Warfarin 2 mg')],
    severity: 'MAJ',
    source: 'Diflucan label, Drug Interactions (coumarin-type anticoagulants)',
  },
  {
    order: line('Miconazole', { route: 'oral', display: 'Miconazole oral gel 2%' }),
    current: [line('Warfarin 2 mg')],
    severity: 'MAJ',
    rule: 'ddi.warfarin-miconazole-oral-gel',
    source: 'MHRA Drug Safety Update 2016: miconazole oral gel with warfarin',
  },
  {
    order: line('Amiodarone 200 mg'),
    current: [line('Warfarin 2 mg')],
    severity: 'MAJ',
    source: 'Coumadin label, CYP2C9 inhibitors (amiodarone)',
  },
  {
    order: line('Ciprofloxacin 500 mg'),
    current: [line('Warfarin 2 mg')],
    severity: 'MOD',
    source: 'Cipro label, Drug Interactions (oral anticoagulants)',
  },
  {
    order: daily('Paracetamol 500 mg', 6),
    current: [line('Warfarin 2 mg')],
    severity: 'MOD',
    rule: 'ddi.warfarin-paracetamol',
    source: 'Hylek EM et al. JAMA 1998: regular acetaminophen and excessive anticoagulation',
  },
  {
    order: line('Phenobarbital 30 mg'),
    current: [line('Warfarin 2 mg')],
    severity: 'MAJ',
    rule: 'ddi.warfarin-phenobarbital',
    source: 'Coumadin label, CYP inducers (phenobarbital)',
  },
  {
    order: line('Rivaroxaban 20 mg'),
    current: [line('Warfarin 2 mg')],
    severity: 'MAJ',
    rule: 'ddi.doac-vitamin-k-antagonist',
    source: 'Xarelto label, Risk of Bleeding and switching instructions',
  },
  // Hyperkalaemia and the "triple whammy"
  {
    order: line('Spironolactone 25 mg'),
    current: [line('Lisinopril 10 mg')],
    severity: 'MAJ',
    rule: 'ddi.ace-inhibitor-k-sparing-diuretic',
    source: 'Juurlink DN et al. NEJM 2004 and JAMA 2003: hyperkalaemia with ACE inhibitor + spironolactone',
  },
  {
    order: line('Potassium chloride 600 mg'),
    current: [line('Spironolactone 25 mg')],
    severity: 'MAJ',
    source: 'Aldactone label, Hyperkalemia (potassium supplements)',
  },
  {
    order: line('Sulfamethoxazole 800 mg + Trimethoprim 160 mg'),
    current: [line('Spironolactone 25 mg')],
    severity: 'MAJ',
    source: 'Antoniou T et al. CMAJ 2015: co-trimoxazole with spironolactone and sudden death',
  },
  {
    order: line('Sulfamethoxazole 800 mg + Trimethoprim 160 mg'),
    current: [line('Enalapril 10 mg')],
    patient: { ageYears: 75, conditions: [], allergies: [] },
    severity: 'MAJ',
    source: 'Bactrim label, Hyperkalemia; older adults on ACE inhibitors',
  },
  {
    order: line('Ibuprofen 400 mg'),
    current: [line('Lisinopril 10 mg')],
    severity: 'MOD',
    rule: 'ddi.ace-inhibitor-nsaid',
    source: 'Lisinopril label, Drug Interactions (NSAIDs)',
  },
  {
    order: line('Ibuprofen 400 mg'),
    current: [line('Losartan 50 mg'), line('Furosemide 40 mg')],
    severity: 'MAJ',
    rule: 'ddi.arb-nsaid',
    source: 'Lapi F et al. BMJ 2013: triple whammy and acute kidney injury',
  },
  {
    order: line('Meloxicam 7.5 mg'),
    current: [line('Spironolactone 25 mg'), line('Candesartan 8 mg')],
    severity: 'MAJ',
    source: 'Aldactone label, Drug Interactions (NSAIDs); triple combination with an ARB',
  },
  {
    order: line('Valsartan 80 mg'),
    current: [line('Lisinopril 10 mg')],
    severity: 'MAJ',
    source: 'Diovan label, Dual blockade of the renin-angiotensin system',
  },
  // Methotrexate, lithium, digoxin, theophylline
  {
    order: line('Naproxen 500 mg'),
    current: [line('Methotrexate 2.5 mg')],
    severity: 'MAJ',
    source: 'Methotrexate label, Drug Interactions (NSAIDs)',
  },
  {
    order: line('Sulfamethoxazole 800 mg + Trimethoprim 160 mg'),
    current: [line('Methotrexate 2.5 mg')],
    severity: 'MAJ',
    rule: 'ddi.methotrexate-cotrimoxazole',
    source: 'Methotrexate label, Drug Interactions (trimethoprim/sulfamethoxazole)',
  },
  {
    order: line('Hydrochlorothiazide 25 mg'),
    current: [line('Lithium carbonate 300 mg')],
    severity: 'MAJ',
    source: 'Lithium label, Drug Interactions (diuretics)',
  },
  {
    order: line('Ibuprofen 400 mg'),
    current: [line('Lithium carbonate 300 mg')],
    severity: 'MAJ',
    source: 'Lithium label, Drug Interactions (NSAIDs)',
  },
  {
    order: line('Captopril 25 mg'),
    current: [line('Lithium carbonate 300 mg')],
    severity: 'MAJ',
    source: 'Lithium label, Drug Interactions (ACE inhibitors)',
  },
  {
    order: line('Amiodarone 200 mg'),
    current: [line('Digoxin 0.25 mg')],
    severity: 'MAJ',
    source: 'Lanoxin label, Drug Interactions (amiodarone)',
  },
  {
    order: line('Clarithromycin 500 mg'),
    current: [line('Digoxin 0.25 mg')],
    severity: 'MAJ',
    source: 'Juurlink DN et al. JAMA 2003: digoxin toxicity admissions after clarithromycin',
  },
  {
    order: line('Verapamil 80 mg'),
    current: [line('Digoxin 0.25 mg')],
    severity: 'MAJ',
    source: 'Lanoxin label, Drug Interactions (verapamil)',
  },
  {
    order: line('Azithromycin 500 mg'),
    current: [line('Digoxin 0.25 mg')],
    severity: 'MOD',
    rule: 'ddi.digoxin-macrolide',
    source: 'Zithromax label, Drug Interactions (digoxin, P-gp)',
  },
  {
    order: line('Furosemide 40 mg'),
    current: [line('Digoxin 0.25 mg')],
    severity: 'MOD',
    source: 'Lanoxin label: hypokalaemia from diuretics raises toxicity',
  },
  {
    order: line('Ciprofloxacin 500 mg'),
    current: [line('Theophylline 300 mg')],
    severity: 'MAJ',
    source: 'Cipro label, Boxed/Drug Interactions (theophylline)',
  },
  {
    order: line('Erythromycin 500 mg'),
    current: [line('Aminophylline 200 mg')],
    severity: 'MOD',
    source: 'Theophylline label, Drug Interactions (erythromycin)',
  },
  // Antiplatelets
  {
    order: line('Omeprazole 20 mg'),
    current: [line('Clopidogrel 75 mg')],
    severity: 'MAJ',
    rule: 'ddi.clopidogrel-omeprazole',
    source: 'Plavix label, Drug Interactions (omeprazole, esomeprazole)',
  },
  {
    order: line('Esomeprazole 40 mg'),
    current: [line('Clopidogrel 75 mg')],
    severity: 'MAJ',
    source: 'Plavix label, Drug Interactions (omeprazole, esomeprazole)',
  },
  {
    order: line('Ibuprofen 400 mg'),
    current: [daily('Aspirin 80 mg')],
    severity: 'MOD',
    rule: 'ddi.aspirin-ibuprofen',
    source: 'FDA 2006: ibuprofen interferes with low-dose aspirin',
  },
  // Chelation
  {
    order: line('Ciprofloxacin 500 mg'),
    current: [line('Aluminium hydroxide 200 mg + Magnesium hydroxide 200 mg')],
    severity: 'MOD',
    rule: 'ddi.fluoroquinolone-cation',
    source: 'Cipro label, Dosage and Administration (antacids, iron, zinc)',
  },
  {
    order: line('Doxycycline 100 mg'),
    current: [line('Ferrous sulfate 300 mg')],
    severity: 'MOD',
    source: 'Vibramycin label, Drug Interactions (iron)',
  },
  {
    order: line('Calcium carbonate 500 mg'),
    current: [line('Levothyroxine 50 mcg')],
    severity: 'MOD',
    source: 'Synthroid label, Drug Interactions (calcium carbonate)',
  },
  {
    order: line('Zinc sulfate 20 mg'),
    current: [line('Dolutegravir 50 mg')],
    severity: 'MOD',
    source: 'Tivicay label, Drug Interactions (polyvalent cations)',
  },
  {
    order: line('Chloroquine phosphate 250 mg'),
    current: [line('Magnesium hydroxide 200 mg')],
    severity: 'MOD',
    rule: 'ddi.aminoquinoline-antacid',
    source: 'Chloroquine label, Drug Interactions (antacids: 4 hours apart)',
  },
  // Serotonergic, CNS depressants
  {
    order: line('Tramadol 50 mg'),
    current: [line('Sertraline 50 mg')],
    severity: 'MAJ',
    source: 'Ultram label, Serotonin Syndrome',
  },
  {
    order: line('Sumatriptan 50 mg'),
    current: [line('Fluoxetine 20 mg')],
    severity: 'MOD',
    source: 'Imitrex label, Serotonin Syndrome (SSRIs)',
  },
  {
    order: line('Diazepam 5 mg'),
    current: [line('Morphine 10 mg')],
    severity: 'MAJ',
    rule: 'ddi.opioid-benzodiazepine',
    source: 'FDA 2016 boxed warning: opioids with benzodiazepines',
  },
  {
    order: line('Clonazepam 2 mg'),
    current: [line('Methadone 60 mg')],
    severity: 'MAJ',
    source: 'FDA 2016 boxed warning; Dolophine label',
  },
  {
    order: line('Sertraline 50 mg'),
    current: [line('Methadone 60 mg')],
    severity: 'MOD',
    rule: 'ddi.serotonergic-additive',
    source: 'Dolophine label, Serotonin Syndrome (serotonergic drugs)',
  },
  {
    order: line('Pregabalin 75 mg'),
    current: [line('Tramadol 50 mg')],
    severity: 'MAJ',
    source: 'FDA 2019: gabapentinoids with opioids',
  },
  {
    order: line('Clarithromycin 500 mg'),
    current: [line('Alprazolam 0.5 mg')],
    severity: 'MAJ',
    source: 'Xanax label, Drug Interactions (strong CYP3A inhibitors)',
  },
  {
    order: line('Ketoconazole 200 mg'),
    current: [line('Alprazolam 0.5 mg')],
    severity: 'CI',
    source: 'Xanax label, Contraindications (ketoconazole, itraconazole)',
  },
  // Antidiabetics
  {
    order: line('Fluconazole 150 mg'),
    current: [line('Glimepiride 2 mg')],
    severity: 'MOD',
    source: 'Diflucan label, Drug Interactions (oral hypoglycaemics)',
  },
  {
    order: line('Sulfamethoxazole 800 mg + Trimethoprim 160 mg'),
    current: [line('Glibenclamide 5 mg')],
    patient: { ageYears: 74, conditions: [], allergies: [] },
    severity: 'MAJ',
    rule: 'ddi.cotrimoxazole-sulfonylurea',
    source: 'Juurlink DN et al. JAMA 2003: hypoglycaemia admissions, glyburide + co-trimoxazole',
  },
  {
    order: line('Gemfibrozil 600 mg'),
    current: [line('Pioglitazone 30 mg')],
    severity: 'MOD',
    source: 'Actos label, Drug Interactions (strong CYP2C8 inhibitors)',
  },
  // Thiopurines
  {
    order: line('Allopurinol 100 mg'),
    current: [line('Azathioprine 50 mg')],
    severity: 'MAJ',
    source: 'Imuran and Zyloprim labels: reduce azathioprine to a third or a quarter',
  },
  {
    order: line('Allopurinol 100 mg'),
    current: [line('Mercaptopurine 50 mg')],
    severity: 'MAJ',
    rule: 'ddi.allopurinol-mercaptopurine',
    source: 'Purixan label, Drug Interactions (allopurinol)',
  },
  // QT prolongation
  {
    order: line('Azithromycin 500 mg'),
    current: [line('Hydroxychloroquine 200 mg')],
    severity: 'MAJ',
    rule: 'ddi.qt-qt',
    source: 'Zithromax label, QT Prolongation; FDA 2013 azithromycin communication',
  },
  {
    order: line('Domperidone 10 mg'),
    current: [line('Erythromycin 500 mg')],
    severity: 'CI',
    source: 'EMA/CMDh 2014 domperidone restrictions (QT drugs, CYP3A4 inhibitors)',
  },
  {
    order: line('Ondansetron 4 mg'),
    current: [line('Haloperidol 5 mg')],
    severity: 'MAJ',
    source: 'Zofran and haloperidol labels, QT prolongation',
  },
  {
    order: line('Dihydroartemisinin 40 mg + Piperaquine 320 mg'),
    current: [line('Moxifloxacin 400 mg')],
    severity: 'MAJ',
    source: 'Eurartesim SmPC: avoid other QT-prolonging drugs',
  },
  {
    order: line('Citalopram 20 mg'),
    current: [line('Omeprazole 20 mg')],
    severity: 'MOD',
    source: 'FDA 2012 citalopram communication: 20 mg maximum with CYP2C19 inhibitors',
  },
  // ONC high-priority pairs (Phansalkar 2012) among drugs used in Indonesia
  {
    order: line('Linezolid 600 mg'),
    current: [line('Sertraline 50 mg')],
    severity: 'MAJ',
    rule: 'ddi.linezolid-serotonergic',
    source: 'FDA 2011 linezolid communication; ONC: MAO inhibitors with serotonergic drugs',
  },
  {
    order: line('Pseudoephedrine 60 mg'),
    current: [line('Linezolid 600 mg')],
    severity: 'MAJ',
    source: 'Zyvox label, blood pressure elevation; ONC: amphetamine derivatives with MAO inhibitors',
  },
  {
    order: line('Omeprazole 20 mg'),
    current: [line('Atazanavir 300 mg + Ritonavir 100 mg')],
    severity: 'MAJ',
    rule: 'ddi.atazanavir-ppi',
    source: 'Reyataz label, Drug Interactions; ONC: atazanavir with PPIs',
  },
  {
    order: line('Febuxostat 80 mg'),
    current: [line('Azathioprine 50 mg')],
    severity: 'CI',
    source: 'Uloric label, Contraindications; ONC: febuxostat with azathioprine/mercaptopurine',
  },
  {
    order: line('Ciprofloxacin 500 mg'),
    current: [line('Tizanidine 2 mg')],
    severity: 'CI',
    source: 'Zanaflex label, Contraindications; ONC: tizanidine with CYP1A2 inhibitors',
  },
  {
    order: line('Carbamazepine 200 mg'),
    current: [line('Lopinavir 200 mg + Ritonavir 50 mg')],
    severity: 'MAJ',
    rule: 'ddi.protease-inhibitor-strong-inducer',
    source: 'ONC: strong CYP3A4 inducers with protease inhibitors; Kaletra label',
  },
  {
    order: line('Paroxetine 20 mg'),
    current: [line('Tamoxifen 20 mg')],
    severity: 'MAJ',
    source: 'Kelly CM et al. BMJ 2010: paroxetine with tamoxifen and breast cancer mortality',
  },
  // Other label contraindications and major pairs
  {
    order: line('Erythromycin 500 mg'),
    current: [line('Carbamazepine 200 mg')],
    severity: 'MAJ',
    rule: 'ddi.carbamazepine-erythromycin',
    source: 'Tegretol label, Drug Interactions (erythromycin)',
  },
  {
    order: line('Ketorolac 10 mg'),
    current: [line('Ibuprofen 400 mg')],
    severity: 'CI',
    source: 'Ketorolac label, Contraindications (other NSAIDs)',
  },
  {
    order: line('Sumatriptan 50 mg'),
    current: [line('Ergotamine 1 mg + Caffeine 100 mg')],
    severity: 'CI',
    source: 'Imitrex label, Contraindications (ergot-type drugs within 24 hours)',
  },
  {
    order: line('Verapamil 80 mg'),
    current: [line('Bisoprolol 5 mg')],
    severity: 'MAJ',
    source: 'Calan label, Drug Interactions (beta-blockers)',
  },
  {
    order: line('Isoniazid 300 mg'),
    current: [line('Phenytoin 100 mg')],
    severity: 'MAJ',
    source: 'Dilantin label, Drug Interactions (isoniazid)',
  },
  {
    order: line('Fluconazole 150 mg'),
    current: [line('Phenytoin 100 mg')],
    severity: 'MAJ',
    source: 'Diflucan label, Drug Interactions (phenytoin)',
  },
  {
    order: line('Clarithromycin 500 mg'),
    current: [line('Carbamazepine 200 mg')],
    severity: 'MAJ',
    source: 'Tegretol label, Drug Interactions (CYP3A4 inhibitors)',
  },
  {
    order: line('Lamotrigine 25 mg'),
    current: [line('Valproic acid 500 mg')],
    severity: 'MAJ',
    source: 'Lamictal label, Boxed Warning and dosing with valproate',
  },
  {
    order: line('Meropenem 1 g', { route: 'parenteral' }),
    current: [line('Valproic acid 500 mg')],
    severity: 'MAJ',
    rule: 'ddi.valproate-carbapenem',
    source: 'Depakote label, Drug Interactions (carbapenem antibiotics)',
  },
  {
    order: line('Gentamicin 80 mg', { route: 'parenteral' }),
    current: [line('Furosemide 40 mg')],
    severity: 'MAJ',
    source: 'Gentamicin label, Boxed Warning (potent diuretics)',
  },
  {
    order: line('Doxycycline 100 mg'),
    current: [line('Isotretinoin 20 mg')],
    severity: 'MAJ',
    source: 'Absorica label, Drug Interactions (tetracyclines: pseudotumor cerebri)',
  },
  {
    order: line('Metformin 500 mg'),
    current: [line('Dolutegravir 50 mg')],
    severity: 'MOD',
    source: 'Tivicay label, Drug Interactions (metformin)',
  },
  {
    order: line('Ketoconazole 200 mg'),
    current: [line('Quetiapine 100 mg')],
    severity: 'MAJ',
    source: 'Seroquel label, Drug Interactions (strong CYP3A4 inhibitors)',
  },
  {
    order: line('Metoclopramide 10 mg'),
    current: [line('Haloperidol 5 mg')],
    severity: 'MAJ',
    source: 'Reglan label, Drug Interactions (antipsychotics)',
  },
];

const negatives: Omit<PairCase, 'severity'>[] = [
  {
    order: line('Rifampicin 450 mg'),
    current: [line('Medroxyprogesterone acetate 150 mg', { route: 'parenteral' })],
    source: 'WHO MEC 2015: DMPA category 1 with rifampicin',
  },
  {
    order: line('Carbamazepine 200 mg'),
    current: [line('Medroxyprogesterone acetate 150 mg', { route: 'parenteral' })],
    source: 'WHO MEC 2015: DMPA category 1 with enzyme-inducing anticonvulsants',
  },
  {
    order: line('Fluconazole 150 mg'),
    current: [line('Omeprazole 20 mg')],
    source: 'Diflucan label: absorption not affected by gastric pH',
  },
  {
    order: line('Pantoprazole 40 mg'),
    current: [line('Clopidogrel 75 mg')],
    source: 'Plavix label: the omeprazole/esomeprazole warning does not extend to pantoprazole',
  },
  {
    order: daily('Simvastatin 20 mg'),
    current: [line('Amlodipine 10 mg')],
    source: 'FDA 2011 simvastatin communication: up to 20 mg with amlodipine',
  },
  {
    order: line('Azithromycin 500 mg'),
    current: [daily('Simvastatin 20 mg')],
    source: 'Zocor label: azithromycin is not a CYP3A4 inhibitor',
  },
  {
    order: line('Clarithromycin 500 mg'),
    current: [line('Rosuvastatin 10 mg')],
    source: 'Crestor label: rosuvastatin is not CYP3A4-dependent',
  },
  {
    order: daily('Aspirin 80 mg'),
    current: [line('Clopidogrel 75 mg')],
    source: 'Dual antiplatelet therapy after ACS/PCI is intended (Plavix label, indications)',
  },
  {
    order: line('Diclofenac', { route: 'topical', display: 'Diclofenac gel 1%' }),
    current: [line('Warfarin 2 mg')],
    source: 'HL7 PDDI-CDS warfarin + NSAID logic: topical diclofenac exempt',
  },
  {
    order: line('Ciprofloxacin', { route: 'ophthalmic', display: 'Ciprofloxacin eye drops 0.3%' }),
    current: [line('Aluminium hydroxide 200 mg + Magnesium hydroxide 200 mg')],
    source: 'Chelation is a gut absorption interaction; eye drops are not absorbed orally',
  },
  {
    order: line('Rifampicin 450 mg'),
    current: [line('Efavirenz 600 mg')],
    source: 'WHO HIV 2021: standard-dose efavirenz with rifampicin',
  },
  {
    order: line('Isoniazid 300 mg'),
    current: [line('Rifampicin 450 mg'), line('Pyrazinamide 1500 mg'), line('Ethambutol 1000 mg')],
    source: 'WHO TB 2022: the standard first-line regimen',
  },
  {
    order: line('Isoniazid 300 mg'),
    current: [line('Pyridoxine 10 mg')],
    source: 'WHO TB 2022: pyridoxine is given with isoniazid',
  },
  {
    order: line('Dolutegravir 50 mg'),
    current: [line('Tenofovir disoproxil 300 mg + Lamivudine 300 mg')],
    source: 'WHO HIV 2021: the preferred TLD regimen',
  },
  {
    order: line('Clarithromycin 500 mg'),
    current: [line('Amoxicillin 1 g'), line('Omeprazole 20 mg')],
    source: 'H. pylori triple therapy is an intended combination',
  },
  {
    order: line('Hydrochlorothiazide 25 mg'),
    current: [line('Lisinopril 10 mg')],
    source: 'Lisinopril-hydrochlorothiazide is an approved combination',
  },
  {
    order: line('Amlodipine 5 mg'),
    current: [line('Losartan 50 mg')],
    source: 'Guideline first-line antihypertensive combination',
  },
  {
    order: line('Furosemide 40 mg'),
    current: [line('Spironolactone 25 mg')],
    source: 'Standard combination in heart failure and ascites',
  },
  {
    order: line('Glimepiride 2 mg'),
    current: [line('Metformin 500 mg')],
    source: 'Standard type 2 diabetes combination',
  },
  {
    order: line('Atorvastatin 20 mg'),
    current: [line('Amlodipine 10 mg')],
    source: 'Lipitor label: no clinically significant interaction with amlodipine',
  },
  {
    order: line('Paracetamol 500 mg'),
    current: [line('Amoxicillin 500 mg')],
    source: 'No documented interaction',
  },
  {
    order: line('Ibuprofen 400 mg'),
    current: [line('Paracetamol 500 mg')],
    source: 'No documented interaction; often alternated',
  },
  {
    order: line('Ferrous sulfate 300 mg'),
    current: [line('Folic acid 0.4 mg')],
    source: 'WHO ANC 2016: daily iron and folic acid',
  },
  {
    order: line('Methylergometrine 0.2 mg'),
    current: [line('Oxytocin', { route: 'parenteral', display: 'Oxytocin 10 IU' })],
    source: 'WHO PPH guidance: uterotonics used together',
  },
  {
    order: line('Budesonide 200 mcg', { route: 'inhaled' }),
    current: [line('Salbutamol 100 mcg', { route: 'inhaled' })],
    source: 'Standard asthma treatment',
  },
  {
    order: line('Folic acid 5 mg'),
    current: [line('Methotrexate 2.5 mg')],
    source: 'Folic acid is given with low-dose methotrexate to reduce toxicity',
  },
];

describe('established interacting pairs reach at least their documented severity', () => {
  it.each(positives)('$source', (c) => {
    const found = interactions(c.order, c.current, c.patient);
    expect(found.length, `no interaction for ${name(c)}`).toBeGreaterThan(0);
    const worst = found.reduce((a, b) => (RANK[b.severity] < RANK[a.severity] ? b : a));
    expect(RANK[worst.severity], `${name(c)} gave ${worst.severity} (${worst.ruleId})`).toBeLessThanOrEqual(
      RANK[c.severity],
    );
    if (c.rule) {
      const rules = found.flatMap((i) => [i.ruleId, ...((i.matched.rules as string[] | undefined) ?? [])]);
      expect(rules, name(c)).toContain(c.rule);
    }
  });
});

describe('negative controls raise no interaction above MIN', () => {
  it.each(negatives)('$source', (c) => {
    const found = interactions(c.order, c.current).filter((i) => RANK[i.severity] < RANK.MIN);
    expect(
      found.map((i) => `${i.ruleId} ${i.severity}`),
      name(c),
    ).toEqual([]);
  });
});

describe('cumulative paracetamol across products', () => {
  it('flags more than 4 g a day from two flu products and a paracetamol tablet', () => {
    const issues = check({
      orders: [daily('Paracetamol 500 mg', 4)],
      currentMedications: [
        line('Paracetamol 500 mg + Phenylephrine 10 mg + Chlorphenamine 2 mg', {
          dose: { amount: 1, unit: 'tablet', perDay: 4 },
        }),
        line('Paracetamol 650 mg + Dextromethorphan 15 mg', {
          dose: { amount: 1, unit: 'tablet', perDay: 3 },
        }),
      ],
    });
    const dose = issues.find((i) => i.kind === 'DOSEH' && i.ingredients.includes('paracetamol'));
    expect(dose).toMatchObject({
      severity: 'MAJ',
      matched: { dailyDoseMg: 2000 + 2000 + 1950, maxDailyDoseMg: 4000 },
    });
    expect(dose?.lines).toHaveLength(3);
  });
});
