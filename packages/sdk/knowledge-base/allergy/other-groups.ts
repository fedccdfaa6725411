import { defineSource } from '../../src/drugs/schema/records';
import { DRUG_ALLERGY_2022, label, paper, REVIEWED, t } from '../authoring';

const STROM_2003 = paper(
  'Strom BL et al. Absence of cross-reactivity between sulfonamide antibiotics and sulfonamide nonantibiotics',
  'N Engl J Med 2003;349(17):1628-1635',
  2003,
);
const KOWALSKI_2013 = paper(
  'Kowalski ML et al. Classification and practical approach to the diagnosis and management of hypersensitivity to nonsteroidal anti-inflammatory drugs',
  'Allergy 2013;68(10):1219-1232',
  2013,
);

/** Allergy groups beyond the beta-lactams, with their cross-sensitivity rules. */
export default defineSource({
  classes: [
    {
      id: 'alg.sulfonamide-antibiotic',
      kind: 'allergy-group',
      labels: t('Antibiotik sulfonamida', 'Sulfonamide antibiotics'),
      atcAnchors: ['J01E'],
      sources: [label('Sulfamethoxazole and trimethoprim (Bactrim)', 'Contraindications'), STROM_2003],
      reviewed: REVIEWED,
    },
    {
      id: 'cls.sulfonamide-non-antibiotic',
      kind: 'chemical',
      labels: t('Sulfonamida non-antibiotik', 'Non-antibiotic sulfonamides'),
      description: t(
        'Diuretik tiazid dan furosemid, sulfonilurea, dan selekoksib memiliki gugus sulfonamida tanpa gugus arilamin N4.',
        'Thiazide and loop diuretics, sulfonylureas and celecoxib carry a sulfonamide group without the N4 arylamine.',
      ),
      members: [
        'hydrochlorothiazide',
        'furosemide',
        'celecoxib',
        'glibenclamide',
        'glimepiride',
        'gliclazide',
        'glipizide',
        'indapamide',
      ],
      sources: [STROM_2003],
      reviewed: REVIEWED,
    },
    {
      id: 'alg.nsaid-cox1',
      kind: 'allergy-group',
      labels: t('OAINS penghambat COX-1 (termasuk aspirin)', 'COX-1-inhibiting NSAIDs (aspirin included)'),
      description: t(
        'Hipersensitivitas reaksi silang (misalnya asma eksaserbasi aspirin) terjadi pada semua penghambat kuat COX-1.',
        'Cross-reactive hypersensitivity (e.g. aspirin-exacerbated respiratory disease) occurs with all strong COX-1 inhibitors.',
      ),
      atcAnchors: ['M01AB', 'M01AC', 'M01AE', 'M01AG'],
      members: [
        'aspirin',
        'ibuprofen',
        'diclofenac',
        'mefenamic-acid',
        'ketoprofen',
        'ketorolac',
        'piroxicam',
        'naproxen',
        'metamizole',
      ],
      sources: [KOWALSKI_2013, label('Ibuprofen', 'Contraindications')],
      reviewed: REVIEWED,
    },
    {
      id: 'alg.aromatic-anticonvulsant',
      kind: 'allergy-group',
      labels: t('Antikonvulsan aromatik', 'Aromatic anticonvulsants'),
      description: t(
        'Reaksi kulit berat (SJS/TEN, DRESS) terhadap satu antikonvulsan aromatik sering berulang dengan yang lain.',
        'Severe cutaneous reactions (SJS/TEN, DRESS) to one aromatic anticonvulsant often recur with another.',
      ),
      members: ['carbamazepine', 'phenytoin', 'phenobarbital', 'lamotrigine', 'oxcarbazepine'],
      sources: [
        DRUG_ALLERGY_2022,
        label('Carbamazepine (Tegretol)', 'Warnings: Serious Dermatologic Reactions'),
      ],
      reviewed: REVIEWED,
    },
    {
      id: 'alg.fluoroquinolone',
      kind: 'allergy-group',
      labels: t('Fluorokuinolon', 'Fluoroquinolones'),
      atcAnchors: ['J01MA'],
      sources: [label('Ciprofloxacin (Cipro)', 'Contraindications'), DRUG_ALLERGY_2022],
      reviewed: REVIEWED,
    },
    {
      id: 'alg.macrolide',
      kind: 'allergy-group',
      labels: t('Makrolida', 'Macrolides'),
      atcAnchors: ['J01FA'],
      sources: [
        label('Azithromycin (Zithromax)', 'Contraindications'),
        label('Clarithromycin (Biaxin)', 'Contraindications'),
      ],
      reviewed: REVIEWED,
    },
    {
      id: 'alg.tetracycline',
      kind: 'allergy-group',
      labels: t('Tetrasiklin', 'Tetracyclines'),
      atcAnchors: ['J01AA'],
      sources: [label('Doxycycline (Vibramycin)', 'Contraindications')],
      reviewed: REVIEWED,
    },
    {
      id: 'alg.ace-inhibitor',
      kind: 'allergy-group',
      labels: t('Penghambat ACE (angioedema)', 'ACE inhibitors (angioedema)'),
      description: t(
        'Riwayat angioedema karena satu penghambat ACE merupakan kontraindikasi untuk semua penghambat ACE.',
        'A history of angioedema on one ACE inhibitor contraindicates every ACE inhibitor.',
      ),
      atcAnchors: ['C09A'],
      members: ['captopril', 'enalapril', 'lisinopril', 'ramipril', 'perindopril'],
      sources: [label('Lisinopril', 'Contraindications'), label('Captopril', 'Contraindications')],
      reviewed: REVIEWED,
    },
  ],
  allergyRules: [
    {
      id: 'alr.sulfonamide-antibiotic-non-antibiotic',
      from: 'alg.sulfonamide-antibiotic',
      to: { class: 'cls.sulfonamide-non-antibiotic' },
      severity: 'MIN',
      riskNote: t(
        'Reaksi silang struktural antara antibiotik sulfonamida dan sulfonamida non-antibiotik tidak terbukti; risiko sedikit meningkat karena kecenderungan alergi umum, bukan reaksi silang.',
        'Structural cross-reactivity between sulfonamide antibiotics and non-antibiotic sulfonamides is not supported; the small excess risk reflects a general predisposition to allergy, not cross-reaction.',
      ),
      sources: [STROM_2003, DRUG_ALLERGY_2022],
      reviewed: REVIEWED,
    },
    {
      id: 'alr.sulfonamide-celecoxib',
      from: 'alg.sulfonamide-antibiotic',
      to: { ingredient: 'celecoxib' },
      severity: 'MAJ',
      riskNote: t(
        'Label selekoksib mengontraindikasikan penggunaan pada pasien yang pernah mengalami reaksi alergi terhadap sulfonamida.',
        'The celecoxib label contraindicates use in patients who have had allergic-type reactions to sulfonamides.',
      ),
      sources: [label('Celecoxib', 'Contraindications')],
      reviewed: REVIEWED,
    },
    {
      id: 'alr.nsaid-coxib',
      from: 'alg.nsaid-cox1',
      to: { class: 'cls.coxib' },
      severity: 'MIN',
      riskNote: t(
        'Penghambat selektif COX-2 umumnya ditoleransi pada hipersensitivitas OAINS reaksi silang; dosis pertama sebaiknya di bawah pengawasan.',
        'Selective COX-2 inhibitors are usually tolerated in cross-reactive NSAID hypersensitivity; give the first dose under observation.',
      ),
      sources: [KOWALSKI_2013],
      reviewed: REVIEWED,
    },
    {
      id: 'alr.nsaid-paracetamol',
      from: 'alg.nsaid-cox1',
      to: { ingredient: 'paracetamol' },
      severity: 'MIN',
      riskNote: t(
        'Parasetamol dosis rendah umumnya ditoleransi pada hipersensitivitas OAINS reaksi silang; sebagian kecil pasien bereaksi pada dosis tinggi.',
        'Low-dose paracetamol is usually tolerated in cross-reactive NSAID hypersensitivity; a few patients react at high doses.',
      ),
      sources: [KOWALSKI_2013],
      reviewed: REVIEWED,
    },
    {
      id: 'alr.nsaid-meloxicam',
      from: 'alg.nsaid-cox1',
      to: { ingredient: 'meloxicam' },
      severity: 'MOD',
      riskNote: t(
        'Meloksikam (penghambat COX-2 preferensial) ditoleransi oleh sebagian besar, tetapi tidak semua, pasien dengan hipersensitivitas OAINS reaksi silang; berikan dosis pertama di bawah pengawasan.',
        'Meloxicam (a preferential COX-2 inhibitor) is tolerated by most, but not all, patients with cross-reactive NSAID hypersensitivity; give the first dose under observation.',
      ),
      sources: [KOWALSKI_2013],
      reviewed: REVIEWED,
    },
    {
      id: 'alr.ace-inhibitor-arb',
      from: 'alg.ace-inhibitor',
      to: { class: 'cls.arb' },
      severity: 'MOD',
      riskNote: t(
        'Setelah angioedema karena penghambat ACE, sekitar 3–9% pasien juga mengalami angioedema dengan ARB; gunakan ARB hanya bila manfaatnya jelas dan edukasi pasien tentang tanda bahaya.',
        'After angioedema on an ACE inhibitor, about 3–9% of patients also develop angioedema on an ARB; use an ARB only when clearly beneficial and teach the patient the warning signs.',
      ),
      sources: [
        paper(
          'Haymore BR et al. Risk of angioedema with angiotensin receptor blockers in patients with prior angioedema associated with angiotensin-converting enzyme inhibitors: a meta-analysis',
          'Ann Allergy Asthma Immunol 2008;101(5):495-499',
          2008,
        ),
      ],
      reviewed: REVIEWED,
    },
  ],
});
