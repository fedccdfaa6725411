import { defineSource } from '../../src/drugs/schema/records';
import {
  ACOG_HYPERTENSION_2019,
  boxed,
  DEPKES_PREGNANCY_2006,
  drug,
  fda,
  L,
  label,
  lactmed,
  P,
} from '../authoring';

const preg = (product: string) => [label(product, 'Use in Specific Populations: Pregnancy')];
const lact = (name: string, product: string) => [
  lactmed(name),
  label(product, 'Use in Specific Populations: Lactation'),
];

const RAAS_BOXED = (product: string) =>
  boxed(
    'Toksisitas janin: hentikan segera bila kehamilan terdeteksi; obat yang bekerja langsung pada sistem renin-angiotensin dapat menyebabkan cedera dan kematian janin.',
    'Fetal toxicity: stop as soon as pregnancy is detected; drugs acting directly on the renin-angiotensin system can cause fetal injury and death.',
    [label(product, 'Boxed Warning')],
  );
const RAAS_PREGNANCY = (product: string, alternatives = ['methyldopa', 'nifedipine']) =>
  P(
    'contraindicated',
    'Dikontraindikasikan: pada trimester kedua dan ketiga menyebabkan oligohidramnion, gagal ginjal janin, hipoplasia tengkorak dan kematian; ganti terapi segera setelah kehamilan diketahui.',
    'Contraindicated: second- and third-trimester exposure causes oligohydramnios, fetal renal failure, skull hypoplasia and death; switch as soon as pregnancy is known.',
    [...preg(product), DEPKES_PREGNANCY_2006],
    { alternatives },
  );
const ARB_LACTATION = (name: string, product: string) =>
  L(
    'insufficient-data',
    'Belum ada data pada manusia; pilih penghambat ACE dengan data (kaptopril, enalapril) atau obat lain.',
    'No human data; prefer an ACE inhibitor with data (captopril, enalapril) or another drug.',
    lact(name, product),
    ['enalapril', 'captopril'],
  );
const BB_PREGNANCY = (product: string) =>
  P(
    'caution',
    'Dapat digunakan bila perlu; pantau pertumbuhan janin serta bradikardia dan hipoglikemia neonatus.',
    'Usable when needed; monitor fetal growth and watch the newborn for bradycardia and hypoglycaemia.',
    preg(product),
  );
const STATIN_PREGNANCY = (product: string) =>
  P(
    'avoid',
    'Hentikan pada sebagian besar pasien hamil karena manfaat jangka pendek kecil; pertimbangkan lanjut hanya pada risiko kardiovaskular sangat tinggi.',
    'Stop in most pregnant patients because the short-term benefit is small; consider continuing only at very high cardiovascular risk.',
    [
      fda(
        'FDA requests removal of strongest warning against using cholesterol-lowering statins during pregnancy',
        2021,
      ),
      ...preg(product),
    ],
  );
const STATIN_LACTATION = (name: string, product: string) =>
  L(
    'avoid',
    'Tidak dianjurkan selama menyusui karena potensi efek pada metabolisme lipid bayi.',
    'Not recommended while breastfeeding because of possible effects on infant lipid metabolism.',
    lact(name, product),
  );

/** Antihypertensives, antianginals, antiarrhythmics, lipid-lowering drugs and antithrombotics. */
export default defineSource({
  ingredients: [
    drug('amlodipine', ['Amlodipine', 'Amlodipin', 'amlodipine besilate', 'amlodipine besylate'], {
      classes: ['cls.ccb-dihydropyridine'],
      pregnancy: P(
        'caution',
        'Data pada manusia terbatas tanpa sinyal malformasi; gunakan bila manfaat melebihi risiko.',
        'Limited human data without a malformation signal; use when the benefit outweighs the risk.',
        preg('Amlodipine (Norvasc)'),
      ),
      lactation: L(
        'compatible',
        'Kadar ASI rendah; tidak ada efek pada bayi yang dilaporkan.',
        'Low milk levels; no infant effects reported.',
        lact('Amlodipine', 'Amlodipine (Norvasc)'),
      ),
      maxDailyDose: [{ mg: 10, sources: [label('Amlodipine (Norvasc)', 'Dosage and Administration')] }],
      sources: [label('Amlodipine (Norvasc)', 'Indications and Usage')],
    }),
    drug('nifedipine', ['Nifedipine', 'Nifedipin'], {
      classes: ['cls.ccb-dihydropyridine'],
      pregnancy: P(
        'compatible',
        'Salah satu antihipertensi lini pertama pada kehamilan (bersama labetalol dan metildopa); hindari pemberian sublingual karena hipotensi mendadak.',
        'One of the first-line antihypertensives in pregnancy (with labetalol and methyldopa); avoid sublingual use because of abrupt hypotension.',
        [
          ACOG_HYPERTENSION_2019,
          label('Nifedipine extended-release (Procardia XL)', 'Use in Specific Populations: Pregnancy'),
          DEPKES_PREGNANCY_2006,
        ],
      ),
      lactation: L(
        'compatible',
        'Kadar ASI rendah; dapat digunakan.',
        'Low milk levels; compatible.',
        lact('Nifedipine', 'Nifedipine extended-release (Procardia XL)'),
      ),
      sources: [label('Nifedipine extended-release (Procardia XL)', 'Indications and Usage')],
    }),
    drug('diltiazem', ['Diltiazem', 'Diltiazem', 'diltiazem hydrochloride'], {
      classes: ['cls.ccb-non-dihydropyridine'],
      pregnancy: P(
        'caution',
        'Studi hewan menunjukkan toksisitas janin; gunakan hanya bila manfaat melebihi risiko.',
        'Animal studies showed fetal toxicity; use only when the benefit outweighs the risk.',
        [label('Diltiazem (Cardizem)', 'Precautions: Pregnancy')],
      ),
      lactation: L(
        'compatible',
        'Kadar ASI rendah; dapat digunakan dengan pemantauan.',
        'Low milk levels; usable with monitoring.',
        [lactmed('Diltiazem'), label('Diltiazem (Cardizem)', 'Precautions: Nursing Mothers')],
      ),
      sources: [label('Diltiazem (Cardizem)', 'Contraindications')],
    }),
    drug('verapamil', ['Verapamil', 'Verapamil', 'verapamil hydrochloride'], {
      classes: ['cls.ccb-non-dihydropyridine'],
      pregnancy: P(
        'caution',
        'Data terbatas; gunakan hanya bila jelas diperlukan.',
        'Limited data; use only when clearly needed.',
        [label('Verapamil (Calan)', 'Precautions: Pregnancy')],
      ),
      lactation: L('compatible', 'Kadar ASI rendah; dapat digunakan.', 'Low milk levels; compatible.', [
        lactmed('Verapamil'),
        label('Verapamil (Calan)', 'Precautions: Nursing Mothers'),
      ]),
      sources: [label('Verapamil (Calan)', 'Contraindications')],
    }),
    drug('captopril', ['Captopril', 'Kaptopril'], {
      classes: ['cls.ace-inhibitor'],
      pregnancy: RAAS_PREGNANCY('Captopril'),
      lactation: L(
        'compatible',
        'Kadar ASI sangat rendah; dapat digunakan, hati-hati pada bayi prematur.',
        'Very low milk levels; compatible, with care in preterm infants.',
        [lactmed('Captopril'), label('Captopril', 'Precautions: Nursing Mothers')],
      ),
      boxedWarnings: [RAAS_BOXED('Captopril')],
      maxDailyDose: [{ mg: 450, sources: [label('Captopril', 'Dosage and Administration')] }],
      sources: [label('Captopril', 'Contraindications')],
    }),
    drug('enalapril', ['Enalapril', 'Enalapril', 'enalapril maleate'], {
      classes: ['cls.ace-inhibitor'],
      pregnancy: RAAS_PREGNANCY('Enalapril (Vasotec)'),
      lactation: L(
        'compatible',
        'Kadar ASI sangat rendah; penghambat ACE pilihan selama menyusui.',
        'Very low milk levels; a preferred ACE inhibitor while breastfeeding.',
        lact('Enalapril', 'Enalapril (Vasotec)'),
      ),
      boxedWarnings: [RAAS_BOXED('Enalapril (Vasotec)')],
      sources: [label('Enalapril (Vasotec)', 'Contraindications')],
    }),
    drug('lisinopril', ['Lisinopril', 'Lisinopril'], {
      classes: ['cls.ace-inhibitor'],
      pregnancy: RAAS_PREGNANCY('Lisinopril'),
      lactation: L(
        'insufficient-data',
        'Belum ada data; enalapril atau kaptopril lebih disukai.',
        'No data; enalapril or captopril is preferred.',
        lact('Lisinopril', 'Lisinopril'),
        ['enalapril', 'captopril'],
      ),
      boxedWarnings: [RAAS_BOXED('Lisinopril')],
      maxDailyDose: [{ mg: 80, sources: [label('Lisinopril', 'Dosage and Administration')] }],
      sources: [label('Lisinopril', 'Contraindications')],
    }),
    drug('ramipril', ['Ramipril', 'Ramipril'], {
      classes: ['cls.ace-inhibitor'],
      pregnancy: RAAS_PREGNANCY('Ramipril (Altace)'),
      lactation: L(
        'insufficient-data',
        'Belum ada data; enalapril atau kaptopril lebih disukai.',
        'No data; enalapril or captopril is preferred.',
        lact('Ramipril', 'Ramipril (Altace)'),
        ['enalapril', 'captopril'],
      ),
      boxedWarnings: [RAAS_BOXED('Ramipril (Altace)')],
      sources: [label('Ramipril (Altace)', 'Contraindications')],
    }),
    drug('perindopril', ['Perindopril', 'Perindopril', 'perindopril erbumine', 'perindopril arginine'], {
      classes: ['cls.ace-inhibitor'],
      pregnancy: RAAS_PREGNANCY('Perindopril erbumine (Aceon)'),
      lactation: L(
        'insufficient-data',
        'Belum ada data; enalapril atau kaptopril lebih disukai.',
        'No data; enalapril or captopril is preferred.',
        lact('Perindopril', 'Perindopril erbumine (Aceon)'),
        ['enalapril', 'captopril'],
      ),
      boxedWarnings: [RAAS_BOXED('Perindopril erbumine (Aceon)')],
      sources: [label('Perindopril erbumine (Aceon)', 'Contraindications')],
    }),
    drug('candesartan', ['Candesartan', 'Kandesartan', 'candesartan cilexetil'], {
      classes: ['cls.arb'],
      pregnancy: RAAS_PREGNANCY('Candesartan (Atacand)'),
      lactation: ARB_LACTATION('Candesartan', 'Candesartan (Atacand)'),
      boxedWarnings: [RAAS_BOXED('Candesartan (Atacand)')],
      sources: [label('Candesartan (Atacand)', 'Indications and Usage')],
    }),
    drug('losartan', ['Losartan', 'Losartan', 'losartan potassium', 'losartan kalium'], {
      classes: ['cls.arb'],
      pregnancy: RAAS_PREGNANCY('Losartan (Cozaar)'),
      lactation: ARB_LACTATION('Losartan', 'Losartan (Cozaar)'),
      boxedWarnings: [RAAS_BOXED('Losartan (Cozaar)')],
      sources: [label('Losartan (Cozaar)', 'Indications and Usage')],
    }),
    drug('valsartan', ['Valsartan', 'Valsartan'], {
      classes: ['cls.arb'],
      pregnancy: RAAS_PREGNANCY('Valsartan (Diovan)'),
      lactation: ARB_LACTATION('Valsartan', 'Valsartan (Diovan)'),
      boxedWarnings: [RAAS_BOXED('Valsartan (Diovan)')],
      sources: [label('Valsartan (Diovan)', 'Indications and Usage')],
    }),
    drug('irbesartan', ['Irbesartan', 'Irbesartan'], {
      classes: ['cls.arb'],
      pregnancy: RAAS_PREGNANCY('Irbesartan (Avapro)'),
      lactation: ARB_LACTATION('Irbesartan', 'Irbesartan (Avapro)'),
      boxedWarnings: [RAAS_BOXED('Irbesartan (Avapro)')],
      sources: [label('Irbesartan (Avapro)', 'Indications and Usage')],
    }),
    drug('telmisartan', ['Telmisartan', 'Telmisartan'], {
      classes: ['cls.arb'],
      pregnancy: RAAS_PREGNANCY('Telmisartan (Micardis)'),
      lactation: ARB_LACTATION('Telmisartan', 'Telmisartan (Micardis)'),
      boxedWarnings: [RAAS_BOXED('Telmisartan (Micardis)')],
      sources: [label('Telmisartan (Micardis)', 'Indications and Usage')],
    }),
    drug('hydrochlorothiazide', ['Hydrochlorothiazide', 'Hidroklorotiazid', 'HCT', 'HCTZ'], {
      classes: ['cls.thiazide'],
      pregnancy: P(
        'caution',
        'Bukan pilihan pertama untuk hipertensi kehamilan; dapat mengurangi volume plasma dan dikaitkan dengan trombositopenia neonatus.',
        'Not first-line for hypertension in pregnancy; may reduce plasma volume and has been linked with neonatal thrombocytopenia.',
        [label('Hydrochlorothiazide', 'Use in Specific Populations: Pregnancy')],
      ),
      lactation: L(
        'compatible',
        'Dosis ≤50 mg/hari dapat digunakan; dosis tinggi dapat menekan produksi ASI.',
        'Doses up to 50 mg/day are compatible; higher doses may suppress milk supply.',
        lact('Hydrochlorothiazide', 'Hydrochlorothiazide'),
      ),
      sources: [label('Hydrochlorothiazide', 'Indications and Usage')],
    }),
    drug('indapamide', ['Indapamide', 'Indapamid'], {
      classes: ['cls.thiazide'],
      pregnancy: P(
        'caution',
        'Data terbatas; diuretik bukan pilihan pertama pada kehamilan.',
        'Limited data; diuretics are not first-line in pregnancy.',
        [label('Indapamide', 'Precautions: Pregnancy')],
      ),
      lactation: L(
        'insufficient-data',
        'Belum ada data; pilih obat lain bila memungkinkan.',
        'No data; prefer another drug when possible.',
        [lactmed('Indapamide'), label('Indapamide', 'Precautions: Nursing Mothers')],
        ['hydrochlorothiazide'],
      ),
      sources: [label('Indapamide', 'Indications and Usage')],
    }),
    drug('furosemide', ['Furosemide', 'Furosemid', 'frusemide'], {
      classes: ['cls.loop-diuretic'],
      pregnancy: P(
        'caution',
        'Gunakan hanya bila jelas diperlukan; pantau pertumbuhan janin.',
        'Use only when clearly needed; monitor fetal growth.',
        [label('Furosemide (Lasix)', 'Precautions: Pregnancy')],
      ),
      lactation: L(
        'caution-monitor-infant',
        'Dosis tinggi dapat menekan produksi ASI.',
        'High doses may suppress milk supply.',
        [lactmed('Furosemide'), label('Furosemide (Lasix)', 'Precautions: Nursing Mothers')],
      ),
      boxedWarnings: [
        boxed(
          'Diuretik kuat; dosis berlebih dapat menyebabkan diuresis hebat dengan kehilangan air dan elektrolit; dosis harus disesuaikan individual.',
          'A potent diuretic; excessive amounts can cause profound diuresis with water and electrolyte depletion; dosing must be individualised.',
          [label('Furosemide (Lasix)', 'Boxed Warning')],
        ),
      ],
      sources: [label('Furosemide (Lasix)', 'Indications and Usage')],
    }),
    drug('spironolactone', ['Spironolactone', 'Spironolakton'], {
      classes: ['cls.k-sparing-diuretic'],
      pregnancy: P(
        'avoid',
        'Berdasarkan mekanisme dan studi hewan, dapat mengganggu diferensiasi seksual janin laki-laki; hindari.',
        'Based on its mechanism and animal studies it may affect sexual differentiation of a male fetus; avoid.',
        preg('Spironolactone (Aldactone)'),
      ),
      lactation: L(
        'compatible',
        'Metabolit aktif kanrenon masuk ke ASI dalam jumlah kecil; dapat digunakan.',
        'The active metabolite canrenone reaches milk in small amounts; compatible.',
        lact('Spironolactone', 'Spironolactone (Aldactone)'),
      ),
      sources: [label('Spironolactone (Aldactone)', 'Contraindications')],
    }),
    drug('bisoprolol', ['Bisoprolol', 'Bisoprolol', 'bisoprolol fumarate'], {
      classes: ['cls.beta-blocker'],
      pregnancy: BB_PREGNANCY('Bisoprolol fumarate'),
      lactation: L(
        'insufficient-data',
        'Belum ada data; metoprolol atau propranolol lebih disukai.',
        'No data; metoprolol or propranolol is preferred.',
        [lactmed('Bisoprolol'), label('Bisoprolol fumarate', 'Precautions: Nursing Mothers')],
        ['metoprolol', 'propranolol'],
      ),
      sources: [label('Bisoprolol fumarate', 'Contraindications')],
    }),
    drug('propranolol', ['Propranolol', 'Propranolol', 'propranolol hydrochloride'], {
      classes: ['cls.beta-blocker'],
      pregnancy: BB_PREGNANCY('Propranolol (Inderal LA)'),
      lactation: L(
        'compatible',
        'Kadar ASI rendah; penyekat beta pilihan selama menyusui.',
        'Low milk levels; a preferred beta-blocker while breastfeeding.',
        lact('Propranolol', 'Propranolol (Inderal LA)'),
      ),
      boxedWarnings: [
        boxed(
          'Jangan dihentikan mendadak pada penyakit jantung koroner: eksaserbasi angina dan infark miokard pernah terjadi; turunkan dosis bertahap.',
          'Do not stop abruptly in coronary artery disease: angina exacerbation and myocardial infarction have followed; taper the dose.',
          [label('Propranolol (Inderal LA)', 'Warnings: Angina Pectoris')],
        ),
      ],
      sources: [label('Propranolol (Inderal LA)', 'Contraindications')],
    }),
    drug('atenolol', ['Atenolol', 'Atenolol'], {
      classes: ['cls.beta-blocker'],
      pregnancy: P(
        'avoid',
        'Dapat menyebabkan hambatan pertumbuhan janin, terutama bila dimulai pada trimester pertama atau kedua; pilih obat lain.',
        'Can cause fetal growth restriction, especially when started in the first or second trimester; choose another drug.',
        [label('Atenolol (Tenormin)', 'Warnings: Pregnancy and Fetal Injury')],
        { alternatives: ['methyldopa', 'nifedipine'] },
      ),
      lactation: L(
        'caution-monitor-infant',
        'Menumpuk di ASI; bradikardia dan sianosis pada bayi pernah dilaporkan.',
        'Accumulates in milk; infant bradycardia and cyanosis have been reported.',
        [lactmed('Atenolol'), label('Atenolol (Tenormin)', 'Precautions: Nursing Mothers')],
        ['metoprolol', 'propranolol'],
      ),
      boxedWarnings: [
        boxed(
          'Penghentian mendadak dapat memperburuk angina dan memicu infark miokard; turunkan dosis bertahap selama 1–2 minggu.',
          'Abrupt cessation can worsen angina and precipitate myocardial infarction; taper over 1–2 weeks.',
          [label('Atenolol (Tenormin)', 'Boxed Warning')],
        ),
      ],
      sources: [label('Atenolol (Tenormin)', 'Contraindications')],
    }),
    drug('carvedilol', ['Carvedilol', 'Karvedilol'], {
      classes: ['cls.beta-blocker'],
      pregnancy: BB_PREGNANCY('Carvedilol (Coreg)'),
      lactation: L(
        'insufficient-data',
        'Belum ada data; metoprolol atau propranolol lebih disukai.',
        'No data; metoprolol or propranolol is preferred.',
        lact('Carvedilol', 'Carvedilol (Coreg)'),
        ['metoprolol', 'propranolol'],
      ),
      sources: [label('Carvedilol (Coreg)', 'Contraindications')],
    }),
    drug('metoprolol', ['Metoprolol', 'Metoprolol', 'metoprolol tartrate', 'metoprolol succinate'], {
      classes: ['cls.beta-blocker'],
      pregnancy: BB_PREGNANCY('Metoprolol tartrate (Lopressor)'),
      lactation: L('compatible', 'Kadar ASI rendah; dapat digunakan.', 'Low milk levels; compatible.', [
        lactmed('Metoprolol'),
        label('Metoprolol tartrate (Lopressor)', 'Precautions: Nursing Mothers'),
      ]),
      boxedWarnings: [
        boxed(
          'Jangan dihentikan mendadak pada penyakit jantung iskemik; turunkan dosis bertahap.',
          'Do not stop abruptly in ischaemic heart disease; taper the dose.',
          [label('Metoprolol tartrate (Lopressor)', 'Boxed Warning')],
        ),
      ],
      sources: [label('Metoprolol tartrate (Lopressor)', 'Contraindications')],
    }),
    drug('digoxin', ['Digoxin', 'Digoksin'], {
      classes: ['cls.cardiac-glycoside'],
      pregnancy: P(
        'caution',
        'Digunakan pada kehamilan untuk indikasi ibu dan janin; pantau kadar karena kebutuhan dosis berubah.',
        'Used in pregnancy for maternal and fetal indications; monitor levels because dose needs change.',
        preg('Digoxin (Lanoxin)'),
      ),
      lactation: L(
        'compatible',
        'Kadar ASI rendah; dapat digunakan.',
        'Low milk levels; compatible.',
        lact('Digoxin', 'Digoxin (Lanoxin)'),
      ),
      flags: { narrowTherapeuticIndex: true, highAlert: true },
      sources: [label('Digoxin (Lanoxin)', 'Contraindications')],
    }),
    drug('isosorbide-dinitrate', ['Isosorbide dinitrate', 'Isosorbid dinitrat', 'ISDN'], {
      classes: ['cls.nitrate'],
      pregnancy: P(
        'caution',
        'Data terbatas; gunakan hanya bila jelas diperlukan.',
        'Limited data; use only when clearly needed.',
        [label('Isosorbide dinitrate (Isordil)', 'Precautions: Pregnancy')],
      ),
      lactation: L('insufficient-data', 'Belum ada data.', 'No data.', [
        lactmed('Isosorbide Dinitrate'),
        label('Isosorbide dinitrate (Isordil)', 'Precautions: Nursing Mothers'),
      ]),
      sources: [label('Isosorbide dinitrate (Isordil)', 'Contraindications')],
    }),
    drug(
      'nitroglycerin',
      [
        'Glyceryl trinitrate',
        'Gliseril trinitrat',
        'en:Nitroglycerin',
        'nitroglycerin',
        'nitrogliserin',
        'GTN',
      ],
      {
        classes: ['cls.nitrate'],
        pregnancy: P(
          'caution',
          'Data terbatas; gunakan hanya bila jelas diperlukan.',
          'Limited data; use only when clearly needed.',
          [label('Nitroglycerin sublingual (Nitrostat)', 'Use in Specific Populations: Pregnancy')],
        ),
        lactation: L(
          'insufficient-data',
          'Belum ada data; penggunaan sesekali kemungkinan dapat diterima.',
          'No data; occasional use is probably acceptable.',
          lact('Nitroglycerin', 'Nitroglycerin sublingual (Nitrostat)'),
        ),
        sources: [label('Nitroglycerin sublingual (Nitrostat)', 'Contraindications')],
      },
    ),
    drug('amiodarone', ['Amiodarone', 'Amiodaron', 'amiodarone hydrochloride'], {
      classes: ['cls.antiarrhythmic-class-iii'],
      pregnancy: P(
        'avoid',
        'Dapat menyebabkan hipotiroidisme atau hipertiroidisme janin, bradikardia dan pemanjangan QT; hindari kecuali aritmia mengancam jiwa.',
        'Can cause fetal hypo- or hyperthyroidism, bradycardia and QT prolongation; avoid except for life-threatening arrhythmia.',
        preg('Amiodarone (Pacerone)'),
      ),
      lactation: L(
        'avoid',
        'Masuk ke ASI dalam jumlah besar dan waktu paruh sangat panjang; jangan menyusui.',
        'Reaches milk in large amounts with a very long half-life; do not breastfeed.',
        lact('Amiodarone', 'Amiodarone (Pacerone)'),
      ),
      boxedWarnings: [
        boxed(
          'Toksisitas paru, cedera hati dan perburukan aritmia yang dapat fatal; gunakan hanya untuk aritmia yang mengancam jiwa, dimulai di rumah sakit.',
          'Pulmonary toxicity, hepatic injury and worsened arrhythmia, which can be fatal; use only for life-threatening arrhythmias, started in hospital.',
          [label('Amiodarone (Pacerone)', 'Boxed Warning')],
        ),
      ],
      flags: { highAlert: true },
      sources: [label('Amiodarone (Pacerone)', 'Contraindications')],
    }),
    drug('clonidine', ['Clonidine', 'Klonidin', 'clonidine hydrochloride'], {
      classes: ['cls.central-alpha-agonist'],
      pregnancy: P(
        'caution',
        'Data terbatas; gunakan bila manfaat melebihi risiko.',
        'Limited data; use when the benefit outweighs the risk.',
        preg('Clonidine (Catapres)'),
      ),
      lactation: L(
        'caution-monitor-infant',
        'Kadar dalam serum bayi dapat bermakna; pantau bayi terhadap sedasi dan hipotonia, dapat menurunkan produksi ASI.',
        'Infant serum levels can be relevant; watch for sedation and hypotonia; may reduce milk supply.',
        lact('Clonidine', 'Clonidine (Catapres)'),
      ),
      sources: [label('Clonidine (Catapres)', 'Warnings: Withdrawal')],
    }),
    drug('methyldopa', ['Methyldopa', 'Metildopa'], {
      classes: ['cls.central-alpha-agonist'],
      pregnancy: P(
        'compatible',
        'Antihipertensi dengan data keamanan terpanjang pada kehamilan, termasuk tindak lanjut anak.',
        'The antihypertensive with the longest pregnancy safety record, including child follow-up.',
        [label('Methyldopa', 'Precautions: Pregnancy'), DEPKES_PREGNANCY_2006],
      ),
      lactation: L('compatible', 'Kadar ASI rendah; dapat digunakan.', 'Low milk levels; compatible.', [
        lactmed('Methyldopa'),
        label('Methyldopa', 'Precautions: Nursing Mothers'),
      ]),
      sources: [label('Methyldopa', 'Contraindications')],
    }),
    drug('simvastatin', ['Simvastatin', 'Simvastatin'], {
      classes: ['cls.statin'],
      pregnancy: STATIN_PREGNANCY('Simvastatin (Zocor)'),
      lactation: STATIN_LACTATION('Simvastatin', 'Simvastatin (Zocor)'),
      maxDailyDose: [
        {
          mg: 40,
          sources: [
            fda(
              'New restrictions, contraindications, and dose limitations for Zocor (simvastatin) to reduce the risk of muscle injury',
              2011,
            ),
          ],
        },
      ],
      sources: [label('Simvastatin (Zocor)', 'Contraindications')],
    }),
    drug('atorvastatin', ['Atorvastatin', 'Atorvastatin', 'atorvastatin calcium'], {
      classes: ['cls.statin'],
      pregnancy: STATIN_PREGNANCY('Atorvastatin (Lipitor)'),
      lactation: STATIN_LACTATION('Atorvastatin', 'Atorvastatin (Lipitor)'),
      maxDailyDose: [{ mg: 80, sources: [label('Atorvastatin (Lipitor)', 'Dosage and Administration')] }],
      sources: [label('Atorvastatin (Lipitor)', 'Contraindications')],
    }),
    drug('rosuvastatin', ['Rosuvastatin', 'Rosuvastatin', 'rosuvastatin calcium'], {
      classes: ['cls.statin'],
      pregnancy: STATIN_PREGNANCY('Rosuvastatin (Crestor)'),
      lactation: STATIN_LACTATION('Rosuvastatin', 'Rosuvastatin (Crestor)'),
      maxDailyDose: [{ mg: 40, sources: [label('Rosuvastatin (Crestor)', 'Dosage and Administration')] }],
      sources: [label('Rosuvastatin (Crestor)', 'Contraindications')],
    }),
    drug('pravastatin', ['Pravastatin', 'Pravastatin', 'pravastatin sodium'], {
      classes: ['cls.statin'],
      pregnancy: STATIN_PREGNANCY('Pravastatin (Pravachol)'),
      lactation: STATIN_LACTATION('Pravastatin', 'Pravastatin (Pravachol)'),
      sources: [label('Pravastatin (Pravachol)', 'Contraindications')],
    }),
    drug('gemfibrozil', ['Gemfibrozil', 'Gemfibrozil'], {
      classes: ['cls.fibrate'],
      pregnancy: P(
        'insufficient-data',
        'Belum ada data memadai pada manusia; gunakan hanya bila jelas diperlukan.',
        'No adequate human data; use only when clearly needed.',
        [label('Gemfibrozil (Lopid)', 'Precautions: Pregnancy')],
      ),
      lactation: L(
        'insufficient-data',
        'Belum ada data; label menyarankan memilih antara menyusui atau obat.',
        'No data; the label advises choosing between nursing and the drug.',
        [lactmed('Gemfibrozil'), label('Gemfibrozil (Lopid)', 'Precautions: Nursing Mothers')],
      ),
      sources: [label('Gemfibrozil (Lopid)', 'Contraindications')],
    }),
    drug('fenofibrate', ['Fenofibrate', 'Fenofibrat'], {
      classes: ['cls.fibrate'],
      pregnancy: P(
        'insufficient-data',
        'Data pada manusia terbatas; gunakan hanya bila manfaat melebihi risiko.',
        'Limited human data; use only when the benefit outweighs the risk.',
        preg('Fenofibrate (Tricor)'),
      ),
      lactation: L(
        'avoid',
        'Tidak dianjurkan menyusui selama terapi dan 5 hari setelah dosis terakhir.',
        'Do not breastfeed during treatment and for 5 days after the last dose.',
        lact('Fenofibrate', 'Fenofibrate (Tricor)'),
      ),
      sources: [label('Fenofibrate (Tricor)', 'Contraindications')],
    }),
    drug(
      'clopidogrel',
      ['Clopidogrel', 'Klopidogrel', 'clopidogrel bisulfate', 'clopidogrel hydrogen sulfate'],
      {
        classes: ['cls.antiplatelet'],
        pregnancy: P(
          'insufficient-data',
          'Data terbatas tanpa sinyal malformasi; pertimbangkan risiko perdarahan saat persalinan.',
          'Limited data without a malformation signal; consider bleeding risk at delivery.',
          preg('Clopidogrel (Plavix)'),
        ),
        lactation: L(
          'insufficient-data',
          'Belum ada data pada manusia.',
          'No human data.',
          lact('Clopidogrel', 'Clopidogrel (Plavix)'),
        ),
        boxedWarnings: [
          boxed(
            'Efektivitas berkurang pada metabolisme lemah CYP2C19 (genetik); pertimbangkan antiplatelet lain pada pasien tersebut.',
            'Diminished effectiveness in CYP2C19 poor metabolisers; consider another antiplatelet in such patients.',
            [label('Clopidogrel (Plavix)', 'Boxed Warning')],
          ),
        ],
        sources: [label('Clopidogrel (Plavix)', 'Contraindications')],
      },
    ),
    drug('warfarin', ['Warfarin', 'Warfarin', 'warfarin sodium', 'natrium warfarin'], {
      classes: ['cls.vitamin-k-antagonist'],
      pregnancy: P(
        'contraindicated',
        'Dikontraindikasikan (kecuali katup jantung mekanik berisiko tinggi): embriopati warfarin dan perdarahan janin.',
        'Contraindicated (except high-risk mechanical heart valves): warfarin embryopathy and fetal haemorrhage.',
        [label('Warfarin (Coumadin)', 'Contraindications'), ...preg('Warfarin (Coumadin)')],
        { alternatives: ['heparin'] },
      ),
      lactation: L(
        'compatible',
        'Tidak terdeteksi dalam ASI dalam jumlah bermakna; dapat digunakan.',
        'Not found in milk in relevant amounts; compatible.',
        lact('Warfarin', 'Warfarin (Coumadin)'),
      ),
      boxedWarnings: [
        boxed(
          'Dapat menyebabkan perdarahan mayor atau fatal; pantau INR secara teratur dan waspadai obat yang mengubah INR.',
          'Can cause major or fatal bleeding; monitor INR regularly and watch for drugs that change it.',
          [label('Warfarin (Coumadin)', 'Boxed Warning')],
        ),
      ],
      flags: { narrowTherapeuticIndex: true, highAlert: true },
      sources: [label('Warfarin (Coumadin)', 'Contraindications')],
    }),
    drug('rivaroxaban', ['Rivaroxaban', 'Rivaroksaban'], {
      classes: ['cls.doac'],
      pregnancy: P(
        'caution',
        'Data terbatas; risiko perdarahan kehamilan dan persalinan, tanpa antidot yang mudah tersedia.',
        'Limited data; risk of pregnancy and obstetric bleeding, without a readily available antidote.',
        preg('Rivaroxaban (Xarelto)'),
        { alternatives: ['heparin'] },
      ),
      lactation: L(
        'insufficient-data',
        'Masuk ke ASI; data keamanan bayi belum ada, pilih antikoagulan dengan data.',
        'Passes into milk; no infant safety data, prefer an anticoagulant with data.',
        lact('Rivaroxaban', 'Rivaroxaban (Xarelto)'),
        ['warfarin'],
      ),
      boxedWarnings: [
        boxed(
          'Penghentian dini meningkatkan risiko trombosis; hematoma spinal/epidural pada anestesi neuraksial dapat menyebabkan kelumpuhan.',
          'Premature discontinuation raises the risk of thrombotic events; spinal or epidural haematoma with neuraxial anaesthesia can cause paralysis.',
          [label('Rivaroxaban (Xarelto)', 'Boxed Warning')],
        ),
      ],
      flags: { highAlert: true },
      sources: [label('Rivaroxaban (Xarelto)', 'Contraindications')],
    }),
    drug(
      'heparin',
      ['Heparin sodium', 'Heparin', 'en:Heparin', 'unfractionated heparin', 'natrium heparin'],
      {
        classes: ['cls.heparin'],
        pregnancy: P(
          'compatible',
          'Tidak melewati plasenta; antikoagulan pilihan pada kehamilan (gunakan sediaan tanpa benzil alkohol).',
          'Does not cross the placenta; the anticoagulant of choice in pregnancy (use benzyl-alcohol-free forms).',
          preg('Heparin sodium injection'),
        ),
        lactation: L(
          'compatible',
          'Molekul besar, tidak diabsorpsi oral oleh bayi; dapat digunakan.',
          'A large molecule not absorbed orally by the infant; compatible.',
          lact('Heparin', 'Heparin sodium injection'),
        ),
        flags: { highAlert: true },
        sources: [label('Heparin sodium injection', 'Contraindications')],
      },
    ),
  ],
});
