import { defineSource } from '../../src/drugs/schema/records';
import { contra, drugFacts, ema, FDA_NSAID_20_WEEKS, fda, label, smpc } from '../authoring';

const CODEINE_TRAMADOL_2017 = fda(
  'FDA restricts use of prescription codeine pain and cough medicines and tramadol pain medicines in children; recommends against use in breastfeeding women',
  2017,
);
const OTC_COLD_2008 = {
  kind: 'regulator' as const,
  title: 'FDA Public Health Advisory: nonprescription cough and cold medicine use in children under 2 years',
  publisher: 'US Food and Drug Administration',
  year: 2008,
};
const METAMIZOLE_EMA = ema(
  'Metamizole-containing medicinal products: Article 31 referral on dosing, pregnancy and breastfeeding',
  2018,
);

/** Children (0–16 years), older adults (65+), and pregnancy rules that go beyond the ingredient blocks. */
export default defineSource({
  contraindications: [
    contra(
      'aspirin-children',
      'pediatric',
      'aspirin',
      { ageYearsBelow: 16 },
      'MAJ',
      [
        'Anak dan remaja: risiko sindrom Reye, terutama saat infeksi virus (cacar air, flu).',
        'Children and teenagers: risk of Reye\u2019s syndrome, especially with viral illness (chickenpox, flu).',
      ],
      [drugFacts('Aspirin', 'Warnings: Reye\u2019s syndrome')],
      ['Gunakan parasetamol atau ibuprofen.', 'Use paracetamol or ibuprofen.'],
    ),
    contra(
      'codeine-children',
      'pediatric',
      'codeine',
      { ageYearsBelow: 12 },
      'CI',
      [
        'Anak <12 tahun: kodein dikontraindikasikan (depresi napas fatal pada metabolisme CYP2D6 ultra-cepat).',
        'Children under 12: codeine is contraindicated (fatal respiratory depression in ultra-rapid CYP2D6 metabolisers).',
      ],
      [CODEINE_TRAMADOL_2017, label('Codeine sulfate', 'Contraindications')],
    ),
    contra(
      'tramadol-children',
      'pediatric',
      'tramadol',
      { ageYearsBelow: 12 },
      'CI',
      ['Anak <12 tahun: tramadol dikontraindikasikan.', 'Children under 12: tramadol is contraindicated.'],
      [CODEINE_TRAMADOL_2017, label('Tramadol', 'Contraindications')],
    ),
    contra(
      'fluoroquinolone-children',
      'pediatric',
      'cls.fluoroquinolone',
      { ageYearsBelow: 16 },
      'MOD',
      [
        'Anak dan remaja: fluorokuinolon bukan pilihan pertama karena efek pada sendi dan tendon.',
        'Children and adolescents: fluoroquinolones are not first choice because of joint and tendon effects.',
      ],
      [label('Ciprofloxacin (Cipro)', 'Use in Specific Populations: Pediatric Use')],
    ),
    contra(
      'tetracycline-children',
      'pediatric',
      'cls.tetracycline',
      { ageYearsBelow: 8 },
      'MAJ',
      [
        'Anak <8 tahun: perubahan warna gigi permanen; gunakan hanya untuk indikasi tanpa alternatif.',
        'Children under 8: permanent tooth discolouration; use only where no alternative exists.',
      ],
      [label('Doxycycline (Vibramycin)', 'Warnings: Tooth discoloration')],
    ),
    contra(
      'promethazine-under-2',
      'pediatric',
      'promethazine',
      { ageYearsBelow: 2 },
      'CI',
      [
        'Anak <2 tahun: prometazin dikontraindikasikan (depresi napas fatal).',
        'Children under 2: promethazine is contraindicated (fatal respiratory depression).',
      ],
      [label('Promethazine hydrochloride', 'Boxed Warning')],
    ),
    contra(
      'loperamide-under-2',
      'pediatric',
      'loperamide',
      { ageYearsBelow: 2 },
      'CI',
      [
        'Anak <2 tahun: loperamid dikontraindikasikan (ileus, depresi SSP).',
        'Children under 2: loperamide is contraindicated (ileus, CNS depression).',
      ],
      [label('Loperamide hydrochloride (Imodium)', 'Contraindications')],
      ['Tatalaksana diare anak: oralit dan zink.', 'Treat childhood diarrhoea with ORS and zinc.'],
    ),
    contra(
      'metoclopramide-infants',
      'pediatric',
      'metoclopramide',
      { ageYearsBelow: 1 },
      'CI',
      [
        'Bayi <1 tahun: metoklopramid dikontraindikasikan (gejala ekstrapiramidal).',
        'Infants under 1 year: metoclopramide is contraindicated (extrapyramidal effects).',
      ],
      [ema('European Medicines Agency recommends changes to the use of metoclopramide', 2013)],
    ),
    contra(
      'chloramphenicol-neonates',
      'pediatric',
      { ingredient: 'chloramphenicol', route: ['systemic'] },
      { ageYearsBelow: 0.08 },
      'MAJ',
      [
        'Neonatus: risiko "gray baby syndrome"; hindari atau dosis berdasarkan kadar.',
        'Newborns: risk of grey baby syndrome; avoid, or dose by levels.',
      ],
      [label('Chloramphenicol sodium succinate', 'Precautions: Pediatric Use')],
    ),
    contra(
      'ceftriaxone-neonates',
      'pediatric',
      'ceftriaxone',
      { ageYearsBelow: 0.08 },
      'MAJ',
      [
        'Neonatus: dikontraindikasikan pada hiperbilirubinemia dan bersama infus berisi kalsium.',
        'Newborns: contraindicated with hyperbilirubinaemia and with calcium-containing infusions.',
      ],
      [label('Ceftriaxone', 'Contraindications')],
    ),
    contra(
      'cotrimoxazole-infants',
      'pediatric',
      'sulfamethoxazole',
      { ageYearsBelow: 0.17 },
      'CI',
      [
        'Bayi <2 bulan: kotrimoksazol dikontraindikasikan (kernikterus).',
        'Infants under 2 months: co-trimoxazole is contraindicated (kernicterus).',
      ],
      [label('Sulfamethoxazole and trimethoprim (Bactrim)', 'Contraindications')],
    ),
    contra(
      'nitrofurantoin-infants',
      'pediatric',
      'nitrofurantoin',
      { ageYearsBelow: 0.09 },
      'CI',
      [
        'Bayi <1 bulan: nitrofurantoin dikontraindikasikan (anemia hemolitik).',
        'Infants under 1 month: nitrofurantoin is contraindicated (haemolytic anaemia).',
      ],
      [label('Nitrofurantoin macrocrystals (Macrodantin)', 'Contraindications')],
    ),
    contra(
      'valproate-under-2',
      'pediatric',
      'valproic-acid',
      { ageYearsBelow: 2 },
      'MAJ',
      [
        'Anak <2 tahun: risiko hepatotoksisitas fatal jauh lebih tinggi.',
        'Children under 2: much higher risk of fatal hepatotoxicity.',
      ],
      [label('Valproate (Depakote)', 'Boxed Warning')],
    ),
    contra(
      'mefenamic-acid-children',
      'pediatric',
      'mefenamic-acid',
      { ageYearsBelow: 14 },
      'MOD',
      [
        'Anak <14 tahun: keamanan dan efektivitas belum ditetapkan.',
        'Children under 14: safety and effectiveness are not established.',
      ],
      [label('Mefenamic acid (Ponstel)', 'Precautions: Pediatric Use')],
    ),
    ...(['cls.sympathomimetic-decongestant', 'cls.antihistamine-sedating', 'cls.expectorant'] as const).map(
      (cls) =>
        contra(
          `otc-cold-under-2-${cls.slice(4)}`,
          'pediatric',
          cls,
          { ageYearsBelow: 2 },
          'MAJ',
          [
            'Anak <2 tahun: obat batuk-pilek bebas dapat menyebabkan efek samping serius; jangan digunakan.',
            'Children under 2: OTC cough and cold medicines can cause serious adverse effects; do not use.',
          ],
          [OTC_COLD_2008],
        ),
    ),
    contra(
      'dextromethorphan-under-2',
      'pediatric',
      'dextromethorphan',
      { ageYearsBelow: 2 },
      'MAJ',
      [
        'Anak <2 tahun: obat batuk bebas dapat menyebabkan efek samping serius; jangan digunakan.',
        'Children under 2: OTC cough medicines can cause serious adverse effects; do not use.',
      ],
      [OTC_COLD_2008],
    ),
    contra(
      'benzodiazepine-elderly',
      'geriatric',
      'cls.benzodiazepine',
      { ageYearsAtLeast: 65 },
      'MOD',
      [
        'Lansia lebih sensitif: sedasi, jatuh, kebingungan; mulai dengan dosis terendah.',
        'Older adults are more sensitive: sedation, falls, confusion; start at the lowest dose.',
      ],
      [
        label('Diazepam (Valium)', 'Precautions: Geriatric Use'),
        label('Alprazolam (Xanax)', 'Dosage and Administration: Geriatric patients'),
      ],
    ),
    contra(
      'tca-elderly',
      'geriatric',
      'amitriptyline',
      { ageYearsAtLeast: 65 },
      'MOD',
      [
        'Lansia: efek antikolinergik, hipotensi ortostatik dan kebingungan lebih sering; gunakan dosis rendah.',
        'Older adults: more anticholinergic effects, orthostatic hypotension and confusion; use low doses.',
      ],
      [label('Amitriptyline hydrochloride', 'Precautions: Geriatric Use')],
    ),
    contra(
      'nsaid-elderly',
      'geriatric',
      'cls.nsaid',
      { ageYearsAtLeast: 65 },
      'MOD',
      [
        'Lansia: risiko perdarahan saluran cerna, kejadian kardiovaskular dan gangguan ginjal lebih tinggi; dosis terendah, waktu singkat.',
        'Older adults: higher risk of GI bleeding, cardiovascular events and kidney injury; lowest dose, shortest time.',
      ],
      [label('Ibuprofen', 'Use in Specific Populations: Geriatric Use')],
    ),
    contra(
      'glibenclamide-elderly',
      'geriatric',
      'glibenclamide',
      { ageYearsAtLeast: 65 },
      'MAJ',
      [
        'Lansia: risiko hipoglikemia berkepanjangan; pilih sulfonilurea kerja singkat atau obat lain.',
        'Older adults: risk of prolonged hypoglycaemia; prefer a short-acting sulfonylurea or another drug.',
      ],
      [label('Glyburide (Diabeta)', 'Precautions: Geriatric Use')],
      ['Pertimbangkan gliklazid atau metformin.', 'Consider gliclazide or metformin.'],
    ),
    contra(
      'digoxin-elderly',
      'geriatric',
      'digoxin',
      { ageYearsAtLeast: 65 },
      'MOD',
      [
        'Lansia: klirens digoksin menurun; dosis lebih rendah dan pantau kadar.',
        'Older adults: lower digoxin clearance; use lower doses and monitor levels.',
      ],
      [label('Digoxin (Lanoxin)', 'Use in Specific Populations: Geriatric Use')],
    ),
    contra(
      'metoclopramide-elderly',
      'geriatric',
      'metoclopramide',
      { ageYearsAtLeast: 65 },
      'MOD',
      [
        'Lansia: risiko diskinesia tardif lebih tinggi; dosis terendah dan durasi terpendek.',
        'Older adults: higher tardive dyskinesia risk; lowest dose and shortest duration.',
      ],
      [label('Metoclopramide (Reglan)', 'Use in Specific Populations: Geriatric Use')],
    ),
    contra(
      'tramadol-over-75',
      'geriatric',
      'tramadol',
      { ageYearsAtLeast: 75 },
      'MOD',
      ['Usia >75 tahun: jangan melebihi 300 mg/hari.', 'Over 75: do not exceed 300 mg/day.'],
      [label('Tramadol', 'Dosage and Administration: Geriatric patients')],
    ),
    contra(
      'citalopram-elderly',
      'geriatric',
      'citalopram',
      { ageYearsAtLeast: 65 },
      'MOD',
      [
        'Usia >60 tahun: dosis sitalopram maksimal 20 mg/hari karena pemanjangan QT.',
        'Over 60: citalopram at most 20 mg/day because of QT prolongation.',
      ],
      [
        fda(
          'Revised recommendations for Celexa (citalopram hydrobromide) related to a potential risk of abnormal heart rhythms with high doses',
          2012,
        ),
      ],
    ),
    contra(
      'trihexyphenidyl-elderly',
      'geriatric',
      'trihexyphenidyl',
      { ageYearsAtLeast: 65 },
      'MOD',
      [
        'Lansia lebih sensitif terhadap efek antikolinergik (bingung, retensi urin).',
        'Older adults are more sensitive to anticholinergic effects (confusion, urinary retention).',
      ],
      [label('Trihexyphenidyl hydrochloride', 'Precautions')],
    ),
    contra(
      'warfarin-elderly',
      'geriatric',
      'warfarin',
      { ageYearsAtLeast: 65 },
      'MOD',
      [
        'Lansia membutuhkan dosis warfarin lebih rendah dan berisiko perdarahan lebih tinggi.',
        'Older adults need lower warfarin doses and bleed more readily.',
      ],
      [label('Warfarin (Coumadin)', 'Use in Specific Populations: Geriatric Use')],
    ),
    contra(
      'nsaid-third-trimester',
      'pregnancy',
      'cls.nsaid',
      { trimesters: [3] },
      'CI',
      [
        'Trimester ketiga: OAINS dikontraindikasikan (penutupan dini duktus arteriosus, gangguan ginjal janin, perdarahan).',
        'Third trimester: NSAIDs are contraindicated (premature ductus closure, fetal renal impairment, bleeding).',
      ],
      [
        smpc('Ibuprofen', '4.3 Contraindications'),
        label('Ibuprofen', 'Use in Specific Populations: Pregnancy'),
      ],
    ),
    contra(
      'metamizole-third-trimester',
      'pregnancy',
      'metamizole',
      { trimesters: [3] },
      'CI',
      ['Trimester ketiga: metamizol dikontraindikasikan.', 'Third trimester: metamizole is contraindicated.'],
      [METAMIZOLE_EMA],
    ),
    contra(
      'aspirin-analgesic-third-trimester',
      'pregnancy',
      { ingredient: 'aspirin', minDailyDoseMg: 300 },
      { trimesters: [3] },
      'MAJ',
      [
        'Trimester ketiga: aspirin dosis analgesik berisiko penutupan dini duktus dan perdarahan; dosis rendah atas indikasi obstetri tidak termasuk.',
        'Third trimester: analgesic-dose aspirin risks premature ductus closure and bleeding; low doses for obstetric indications are exempt.',
      ],
      [FDA_NSAID_20_WEEKS],
    ),
  ],
});
