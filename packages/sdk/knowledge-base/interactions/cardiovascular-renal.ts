import { defineSource } from '../../src/drugs/schema/records';
import { ddi, fda, JUURLINK_2003, label, paper } from '../authoring';

const LAPI_2013 = paper(
  'Lapi F et al. Concurrent use of diuretics, angiotensin converting enzyme inhibitors, and angiotensin receptor blockers with non-steroidal anti-inflammatory drugs and risk of acute kidney injury: nested case-control study',
  'BMJ 2013;346:e8525',
  2013,
);
const JUURLINK_2004 = paper(
  'Juurlink DN et al. Rates of hyperkalemia after publication of the Randomized Aldactone Evaluation Study',
  'N Engl J Med 2004;351(6):543-551',
  2004,
);
const ANTONIOU_2015 = paper(
  'Antoniou T et al. Trimethoprim-sulfamethoxazole and risk of sudden death among patients taking spironolactone',
  'CMAJ 2015;187(4):E138-E143',
  2015,
);
const GANDHI_2013 = paper(
  'Gandhi S et al. Calcium-channel blocker-clarithromycin drug interactions and acute kidney injury and hypotension in older adults',
  'JAMA 2013;310(23):2544-2553',
  2013,
);
const SIMVASTATIN_2011 = fda(
  'New restrictions, contraindications, and dose limitations for Zocor (simvastatin) to reduce the risk of muscle injury',
  2011,
);
const HYPERK: [string, string] = [
  'Hiperkalemia, terutama pada gangguan ginjal, diabetes atau usia lanjut.',
  'Hyperkalaemia, especially with renal impairment, diabetes or old age.',
];
const CHECK_K: [string, string] = [
  'Periksa kalium dan kreatinin sebelum dan dalam 1 minggu setelah memulai; hindari suplemen kalium.',
  'Check potassium and creatinine before and within 1 week of starting; avoid potassium supplements.',
];
const RENAL_RAISE = [
  {
    when: { egfrBelow: 30 },
    severity: 'MAJ' as const,
    note: ['eGFR <30: risiko hiperkalemia berat.', 'eGFR <30: risk of severe hyperkalaemia.'] as [
      string,
      string,
    ],
  },
];
const MYOPATHY: [string, string] = [
  'Risiko miopati dan rabdomiolisis meningkat.',
  'Higher risk of myopathy and rhabdomyolysis.',
];

/** Cardiovascular, renal and metabolic interactions. */
export default defineSource({
  interactions: [
    ...(['cls.ace-inhibitor', 'cls.arb'] as const).flatMap((raas) => [
      // Major rather than moderate: admissions for hyperkalaemia and deaths rose with this pair (Juurlink 2003,
      // 2004). Heart-failure patients need it, so the management says how to use it safely.
      ddi(`${raas.slice(4)}-k-sparing-diuretic`, raas, 'cls.k-sparing-diuretic', {
        severity: 'MAJ',
        doc: 'established',
        onset: 'delayed',
        mech: ['PD-additive', 'Keduanya menahan kalium.', 'Both retain potassium.'],
        effect: HYPERK,
        manage: [
          'Bila kombinasi diperlukan (gagal jantung), mulai spironolakton dosis rendah, periksa kalium dan kreatinin dalam 3 hari dan 1 minggu, lalu berkala; hindari suplemen kalium.',
          'If the combination is needed (heart failure), start spironolactone low, check potassium and creatinine at 3 days and 1 week and then regularly; avoid potassium supplements.',
        ],
        actions: [{ kind: 'monitor', parameter: 'K' }],
        sources: [
          label('Spironolactone (Aldactone)', 'Warnings and Precautions: Hyperkalemia'),
          JUURLINK_2004,
          JUURLINK_2003,
        ],
      }),
      ddi(`${raas.slice(4)}-potassium`, raas, 'cls.potassium-supplement', {
        severity: 'MOD',
        doc: 'established',
        mech: [
          'PD-additive',
          'Penghambat RAAS mengurangi ekskresi kalium.',
          'RAAS blockade reduces potassium excretion.',
        ],
        effect: HYPERK,
        manage: CHECK_K,
        actions: [{ kind: 'monitor', parameter: 'K' }],
        modifiers: RENAL_RAISE,
        sources: [label('Potassium chloride extended-release', 'Drug Interactions')],
      }),
      ddi(`${raas.slice(4)}-nsaid`, raas, 'cls.nsaid', {
        severity: 'MOD',
        doc: 'established',
        mech: [
          'PD-antagonism',
          'OAINS menghambat prostaglandin ginjal: efek antihipertensi berkurang dan filtrasi ginjal turun.',
          'NSAIDs block renal prostaglandins: less antihypertensive effect and lower renal filtration.',
        ],
        effect: [
          'Tekanan darah naik dan risiko cedera ginjal akut, terutama bila ada diuretik ("triple whammy").',
          'Blood pressure rises and acute kidney injury becomes likelier, especially with a diuretic ("triple whammy").',
        ],
        manage: [
          'Gunakan parasetamol bila bisa; bila perlu OAINS, singkat saja dan periksa kreatinin.',
          'Prefer paracetamol; if an NSAID is needed, keep it short and check creatinine.',
        ],
        actions: [
          { kind: 'monitor', parameter: 'SCr' },
          { kind: 'use-alternative', alternatives: ['paracetamol'] },
        ],
        modifiers: [
          {
            when: { classPresent: 'cls.thiazide' },
            severity: 'MAJ',
            note: [
              'Ada diuretik tiazid: kombinasi tiga obat ini meningkatkan risiko cedera ginjal akut.',
              'A thiazide is present: this triple combination raises acute kidney injury risk.',
            ],
          },
          {
            when: { classPresent: 'cls.loop-diuretic' },
            severity: 'MAJ',
            note: [
              'Ada diuretik kuat: kombinasi tiga obat ini meningkatkan risiko cedera ginjal akut.',
              'A loop diuretic is present: this triple combination raises acute kidney injury risk.',
            ],
          },
          {
            when: { classPresent: 'cls.k-sparing-diuretic' },
            severity: 'MAJ',
            note: [
              'Ada diuretik hemat kalium: cedera ginjal akut dan hiperkalemia lebih mungkin.',
              'A potassium-sparing diuretic is present: acute kidney injury and hyperkalaemia become likelier.',
            ],
          },
          {
            when: { egfrBelow: 60 },
            severity: 'MAJ',
            note: ['eGFR <60: risiko cedera ginjal lebih tinggi.', 'eGFR <60: higher risk of kidney injury.'],
          },
        ],
        sources: [LAPI_2013, label('Lisinopril', 'Drug Interactions (NSAIDs)')],
      }),
    ]),
    ddi('ace-inhibitor-arb', 'cls.ace-inhibitor', 'cls.arb', {
      severity: 'MAJ',
      doc: 'established',
      mech: [
        'PD-additive',
        'Blokade ganda sistem renin-angiotensin.',
        'Dual blockade of the renin-angiotensin system.',
      ],
      effect: [
        'Hipotensi, hiperkalemia dan gangguan ginjal tanpa manfaat tambahan pada kebanyakan pasien.',
        'Hypotension, hyperkalaemia and kidney injury without added benefit for most patients.',
      ],
      manage: ['Hindari; gunakan satu penghambat RAAS saja.', 'Avoid; use a single RAAS blocker.'],
      actions: [{ kind: 'avoid' }],
      sources: [
        label('Lisinopril', 'Warnings and Precautions: Dual Blockade of the Renin-Angiotensin System'),
        label(
          'Valsartan (Diovan)',
          'Warnings and Precautions: Dual Blockade of the Renin-Angiotensin System',
        ),
      ],
    }),
    ddi('k-sparing-potassium', 'cls.k-sparing-diuretic', 'cls.potassium-supplement', {
      severity: 'MAJ',
      doc: 'established',
      mech: [
        'PD-additive',
        'Diuretik hemat kalium ditambah asupan kalium.',
        'A potassium-sparing diuretic plus potassium intake.',
      ],
      effect: ['Hiperkalemia berat yang dapat fatal.', 'Severe, possibly fatal hyperkalaemia.'],
      manage: [
        'Hindari suplemen kalium kecuali hipokalemia terbukti, dengan pemantauan ketat.',
        'Avoid potassium supplements unless hypokalaemia is proven, with close monitoring.',
      ],
      actions: [{ kind: 'avoid' }, { kind: 'monitor', parameter: 'K' }],
      sources: [label('Spironolactone (Aldactone)', 'Warnings and Precautions: Hyperkalemia')],
    }),
    ...(['cls.ace-inhibitor', 'cls.arb'] as const).map((raas) =>
      ddi(`trimethoprim-${raas.slice(4)}`, 'trimethoprim', raas, {
        severity: 'MOD',
        doc: 'established',
        mech: [
          'PK-renal',
          'Trimetoprim menghambat kanal natrium epitel di tubulus (seperti amilorid).',
          'Trimethoprim blocks the tubular epithelial sodium channel (amiloride-like).',
        ],
        effect: HYPERK,
        manage: CHECK_K,
        actions: [{ kind: 'monitor', parameter: 'K' }],
        modifiers: [
          {
            when: { ageYearsAtLeast: 65 },
            severity: 'MAJ',
            note: [
              'Usia ≥65 tahun: risiko hiperkalemia dan rawat inap lebih tinggi.',
              'Age ≥65: higher risk of hyperkalaemia and admission.',
            ],
          },
          ...RENAL_RAISE,
        ],
        sources: [label('Sulfamethoxazole and trimethoprim (Bactrim)', 'Warnings: Hyperkalemia')],
      }),
    ),
    ddi('trimethoprim-spironolactone', 'trimethoprim', 'spironolactone', {
      severity: 'MAJ',
      doc: 'probable',
      mech: ['PD-additive', 'Dua obat penahan kalium.', 'Two potassium-retaining drugs.'],
      effect: [
        'Hiperkalemia dan kematian mendadak pada lansia.',
        'Hyperkalaemia and sudden death in older adults.',
      ],
      manage: [
        'Pilih antibiotik lain (misalnya amoksisilin atau nitrofurantoin sesuai indikasi).',
        'Choose another antibiotic (e.g. amoxicillin or nitrofurantoin as indicated).',
      ],
      actions: [{ kind: 'use-alternative', alternatives: ['amoxicillin', 'nitrofurantoin'] }],
      sources: [ANTONIOU_2015],
    }),
    ddi('diuretic-nsaid', 'cls.loop-diuretic', 'cls.nsaid', {
      severity: 'MOD',
      doc: 'established',
      nonInterruptive: true,
      mech: [
        'PD-antagonism',
        'OAINS mengurangi efek natriuretik diuretik.',
        'NSAIDs reduce the natriuretic effect of diuretics.',
      ],
      effect: [
        'Efek diuretik dan antihipertensi berkurang; risiko gangguan ginjal.',
        'Less diuretic and antihypertensive effect; risk of kidney injury.',
      ],
      manage: [
        'Pantau tekanan darah, berat badan dan fungsi ginjal.',
        'Monitor blood pressure, weight and kidney function.',
      ],
      sources: [label('Furosemide (Lasix)', 'Precautions: Drug Interactions')],
    }),
    ddi('thiazide-nsaid', 'cls.thiazide', 'cls.nsaid', {
      severity: 'MOD',
      doc: 'established',
      nonInterruptive: true,
      mech: [
        'PD-antagonism',
        'OAINS mengurangi efek natriuretik diuretik.',
        'NSAIDs reduce the natriuretic effect of diuretics.',
      ],
      effect: ['Efek antihipertensi berkurang.', 'Less antihypertensive effect.'],
      manage: ['Pantau tekanan darah dan fungsi ginjal.', 'Monitor blood pressure and kidney function.'],
      sources: [label('Hydrochlorothiazide', 'Drug Interactions')],
    }),
    ddi('beta-blocker-non-dhp-ccb', 'cls.beta-blocker', 'cls.ccb-non-dihydropyridine', {
      severity: 'MAJ',
      doc: 'established',
      mech: [
        'PD-additive',
        'Keduanya menekan nodus sinus dan AV serta kontraktilitas.',
        'Both depress the sinus and AV nodes and contractility.',
      ],
      effect: [
        'Bradikardia berat, blok AV, hipotensi dan gagal jantung.',
        'Severe bradycardia, AV block, hypotension and heart failure.',
      ],
      manage: [
        'Hindari bila ada gangguan konduksi atau disfungsi ventrikel; bila dipakai, mulai dosis rendah dan pantau denyut jantung serta EKG.',
        'Avoid with conduction disease or ventricular dysfunction; otherwise start low and monitor heart rate and ECG.',
      ],
      actions: [{ kind: 'monitor', parameter: 'HR' }],
      sources: [
        label('Verapamil (Calan)', 'Precautions: Drug Interactions'),
        label('Diltiazem (Cardizem)', 'Precautions: Drug Interactions'),
      ],
    }),
    ddi('digoxin-amiodarone', 'digoxin', 'amiodarone', {
      severity: 'MAJ',
      doc: 'established',
      onset: 'delayed',
      mech: [
        'PK-inhibition',
        'Amiodaron menghambat P-gp dan menaikkan kadar digoksin.',
        'Amiodarone inhibits P-gp and raises digoxin levels.',
      ],
      effect: [
        'Toksisitas digoksin (mual, aritmia, bradikardia).',
        'Digoxin toxicity (nausea, arrhythmia, bradycardia).',
      ],
      manage: [
        'Kurangi dosis digoksin sekitar 50% saat memulai amiodaron dan pantau kadar.',
        'Cut the digoxin dose by about half when starting amiodarone and monitor levels.',
      ],
      actions: [{ kind: 'reduce-dose' }, { kind: 'monitor', parameter: 'drug-level' }],
      sources: [
        label('Digoxin (Lanoxin)', 'Drug Interactions'),
        label('Amiodarone (Pacerone)', 'Drug Interactions'),
      ],
    }),
    ddi('digoxin-verapamil', 'digoxin', 'verapamil', {
      severity: 'MAJ',
      doc: 'established',
      mech: [
        'PK-inhibition',
        'Verapamil menaikkan kadar digoksin dan menambah efek pada nodus AV.',
        'Verapamil raises digoxin levels and adds AV-nodal effects.',
      ],
      effect: ['Toksisitas digoksin dan blok AV.', 'Digoxin toxicity and AV block.'],
      manage: [
        'Kurangi dosis digoksin dan pantau kadar serta denyut jantung.',
        'Reduce the digoxin dose and monitor levels and heart rate.',
      ],
      actions: [{ kind: 'reduce-dose' }, { kind: 'monitor', parameter: 'drug-level' }],
      sources: [label('Digoxin (Lanoxin)', 'Drug Interactions')],
    }),
    ddi('digoxin-diltiazem', 'digoxin', 'diltiazem', {
      severity: 'MOD',
      doc: 'probable',
      mech: [
        'PK-inhibition',
        'Diltiazem dapat menaikkan kadar digoksin.',
        'Diltiazem can raise digoxin levels.',
      ],
      effect: ['Bradikardia dan toksisitas digoksin.', 'Bradycardia and digoxin toxicity.'],
      manage: ['Pantau kadar digoksin dan denyut jantung.', 'Monitor digoxin levels and heart rate.'],
      actions: [{ kind: 'monitor', parameter: 'drug-level' }],
      sources: [label('Digoxin (Lanoxin)', 'Drug Interactions')],
    }),
    ddi('digoxin-clarithromycin', 'digoxin', 'clarithromycin', {
      severity: 'MAJ',
      doc: 'established',
      mech: [
        'PK-inhibition',
        'Klaritromisin menghambat P-gp dan menaikkan kadar digoksin.',
        'Clarithromycin inhibits P-gp and raises digoxin levels.',
      ],
      effect: ['Toksisitas digoksin.', 'Digoxin toxicity.'],
      manage: [
        'Pilih azitromisin atau pantau kadar digoksin.',
        'Prefer azithromycin, or monitor digoxin levels.',
      ],
      actions: [{ kind: 'use-alternative', alternatives: ['azithromycin'] }],
      sources: [
        label('Digoxin (Lanoxin)', 'Drug Interactions'),
        label('Clarithromycin (Biaxin)', 'Drug Interactions'),
      ],
    }),
    ...(['cls.loop-diuretic', 'cls.thiazide'] as const).map((diuretic) =>
      ddi(`digoxin-${diuretic.slice(4)}`, 'digoxin', diuretic, {
        severity: 'MOD',
        doc: 'established',
        onset: 'delayed',
        mech: [
          'PD-additive',
          'Hipokalemia dan hipomagnesemia akibat diuretik memperkuat toksisitas digoksin.',
          'Diuretic-induced hypokalaemia and hypomagnesaemia enhance digoxin toxicity.',
        ],
        effect: ['Aritmia karena toksisitas digoksin.', 'Arrhythmia from digoxin toxicity.'],
        manage: [
          'Pantau kalium dan magnesium; koreksi bila rendah.',
          'Monitor potassium and magnesium; correct when low.',
        ],
        actions: [{ kind: 'monitor', parameter: 'K' }],
        sources: [
          label(
            'Digoxin (Lanoxin)',
            'Warnings and Precautions: Risk of Ventricular Arrhythmias with Electrolyte Disturbances',
          ),
        ],
      }),
    ),
    ddi('simvastatin-strong-cyp3a4-inhibitor', 'simvastatin', 'cls.cyp3a4-strong-inhibitor', {
      severity: 'CI',
      doc: 'established',
      mech: [
        'PK-inhibition',
        'Penghambatan kuat CYP3A4 menaikkan kadar simvastatin berlipat-lipat.',
        'Strong CYP3A4 inhibition raises simvastatin levels many-fold.',
      ],
      effect: MYOPATHY,
      manage: [
        'Dikontraindikasikan: hentikan simvastatin sementara atau pilih statin yang tidak bergantung CYP3A4 (rosuvastatin, pravastatin).',
        'Contraindicated: suspend simvastatin or use a statin not reliant on CYP3A4 (rosuvastatin, pravastatin).',
      ],
      actions: [{ kind: 'use-alternative', alternatives: ['rosuvastatin', 'pravastatin'] }],
      sources: [label('Simvastatin (Zocor)', 'Contraindications'), SIMVASTATIN_2011],
    }),
    ddi('simvastatin-erythromycin', 'simvastatin', 'erythromycin', {
      severity: 'CI',
      doc: 'established',
      mech: [
        'PK-inhibition',
        'Eritromisin menghambat CYP3A4 dan menaikkan kadar simvastatin.',
        'Erythromycin inhibits CYP3A4 and raises simvastatin levels.',
      ],
      effect: MYOPATHY,
      manage: [
        'Dikontraindikasikan: hentikan simvastatin selama terapi atau pilih azitromisin.',
        'Contraindicated: suspend simvastatin during the course or use azithromycin.',
      ],
      actions: [{ kind: 'use-alternative', alternatives: ['azithromycin'] }],
      sources: [label('Simvastatin (Zocor)', 'Contraindications')],
    }),
    ddi('simvastatin-gemfibrozil', 'simvastatin', 'gemfibrozil', {
      severity: 'CI',
      doc: 'established',
      mech: [
        'PK-inhibition',
        'Gemfibrozil menghambat glukuronidasi statin dan menambah risiko otot.',
        'Gemfibrozil inhibits statin glucuronidation and adds muscle toxicity.',
      ],
      effect: MYOPATHY,
      manage: [
        'Dikontraindikasikan; bila perlu fibrat, gunakan fenofibrat dengan statin lain.',
        'Contraindicated; if a fibrate is needed, use fenofibrate with another statin.',
      ],
      actions: [{ kind: 'use-alternative', alternatives: ['fenofibrate'] }],
      sources: [label('Simvastatin (Zocor)', 'Contraindications'), SIMVASTATIN_2011],
    }),
    ddi('statin-gemfibrozil', 'cls.statin', 'gemfibrozil', {
      severity: 'MAJ',
      doc: 'established',
      mech: [
        'PK-inhibition',
        'Gemfibrozil menaikkan kadar statin dan menambah risiko otot.',
        'Gemfibrozil raises statin levels and adds muscle risk.',
      ],
      effect: MYOPATHY,
      manage: [
        'Hindari; pilih fenofibrat bila kombinasi diperlukan.',
        'Avoid; use fenofibrate if a combination is needed.',
      ],
      actions: [{ kind: 'use-alternative', alternatives: ['fenofibrate'] }],
      sources: [
        label('Rosuvastatin (Crestor)', 'Drug Interactions'),
        label('Atorvastatin (Lipitor)', 'Drug Interactions'),
      ],
    }),
    ddi('statin-fenofibrate', 'cls.statin', 'fenofibrate', {
      severity: 'MOD',
      doc: 'established',
      nonInterruptive: true,
      mech: ['PD-additive', 'Keduanya dapat menyebabkan miopati.', 'Both can cause myopathy.'],
      effect: MYOPATHY,
      manage: [
        'Dapat dikombinasikan; edukasi gejala otot dan periksa CK bila ada keluhan.',
        'Can be combined; teach muscle symptoms and check CK if they occur.',
      ],
      sources: [label('Fenofibrate (Tricor)', 'Warnings and Precautions: Myopathy and Rhabdomyolysis')],
    }),
    ...(
      [
        ['amlodipine', 20],
        ['amiodarone', 20],
        ['verapamil', 10],
        ['diltiazem', 10],
      ] as const
    ).map(([other, limit]) =>
      ddi(`simvastatin-${other}`, { ingredient: 'simvastatin', minDailyDoseMg: limit + 0.01 }, other, {
        severity: 'MAJ',
        doc: 'established',
        mech: [
          'PK-inhibition',
          `${other === 'amlodipine' ? 'Amlodipin' : other === 'amiodarone' ? 'Amiodaron' : other === 'verapamil' ? 'Verapamil' : 'Diltiazem'} menaikkan kadar simvastatin.`,
          `${other[0]?.toUpperCase()}${other.slice(1)} raises simvastatin levels.`,
        ],
        effect: MYOPATHY,
        manage: [
          `Batasi simvastatin ${limit} mg/hari atau ganti ke rosuvastatin/pravastatin.`,
          `Limit simvastatin to ${limit} mg/day or switch to rosuvastatin or pravastatin.`,
        ],
        actions: [
          { kind: 'reduce-dose' },
          { kind: 'use-alternative', alternatives: ['rosuvastatin', 'pravastatin'] },
        ],
        sources: [
          SIMVASTATIN_2011,
          label(
            'Simvastatin (Zocor)',
            'Dosage and Administration: Dosage Modifications due to Drug Interactions',
          ),
        ],
      }),
    ),
    ddi('atorvastatin-strong-cyp3a4-inhibitor', 'atorvastatin', 'cls.cyp3a4-strong-inhibitor', {
      severity: 'MAJ',
      doc: 'established',
      mech: [
        'PK-inhibition',
        'Penghambatan CYP3A4 menaikkan kadar atorvastatin.',
        'CYP3A4 inhibition raises atorvastatin levels.',
      ],
      effect: MYOPATHY,
      manage: [
        'Batasi atorvastatin 20 mg/hari (klaritromisin, itrakonazol) atau hentikan sementara.',
        'Limit atorvastatin to 20 mg/day (clarithromycin, itraconazole) or pause it.',
      ],
      actions: [{ kind: 'reduce-dose' }],
      sources: [label('Atorvastatin (Lipitor)', 'Drug Interactions')],
    }),
    ddi('nitrate-pde5', 'cls.nitrate', 'cls.pde5-inhibitor', {
      severity: 'CI',
      doc: 'established',
      onset: 'rapid',
      mech: [
        'PD-additive',
        'Keduanya meningkatkan cGMP dan vasodilatasi.',
        'Both raise cGMP and vasodilate.',
      ],
      effect: ['Hipotensi berat yang dapat fatal.', 'Severe, possibly fatal hypotension.'],
      manage: [
        'Dikontraindikasikan. Jangan beri nitrat dalam 24 jam setelah sildenafil atau 48 jam setelah tadalafil.',
        'Contraindicated. No nitrate within 24 hours of sildenafil or 48 hours of tadalafil.',
      ],
      actions: [{ kind: 'avoid' }],
      sources: [
        label('Sildenafil (Viagra)', 'Contraindications'),
        label('Tadalafil (Cialis)', 'Contraindications'),
      ],
    }),
    ddi('pde5-alpha1-blocker', 'cls.pde5-inhibitor', 'cls.alpha1-blocker', {
      severity: 'MOD',
      doc: 'established',
      mech: ['PD-additive', 'Efek vasodilatasi bertambah.', 'Vasodilatory effects add up.'],
      effect: ['Hipotensi ortostatik simtomatik.', 'Symptomatic orthostatic hypotension.'],
      manage: [
        'Pastikan pasien stabil dengan penyekat alfa dan mulai PDE-5 dosis terendah.',
        'Make sure the patient is stable on the alpha-blocker and start the lowest PDE-5 dose.',
      ],
      actions: [{ kind: 'reduce-dose' }],
      sources: [label('Sildenafil (Viagra)', 'Drug Interactions')],
    }),
    ddi('pde5-strong-cyp3a4-inhibitor', 'cls.pde5-inhibitor', 'cls.cyp3a4-strong-inhibitor', {
      severity: 'MAJ',
      doc: 'established',
      mech: [
        'PK-inhibition',
        'Penghambatan CYP3A4 menaikkan kadar penghambat PDE-5 berlipat-lipat.',
        'CYP3A4 inhibition raises PDE-5 inhibitor levels many-fold.',
      ],
      effect: ['Hipotensi, sinkop, priapismus.', 'Hypotension, syncope, priapism.'],
      manage: [
        'Gunakan dosis terendah dengan interval panjang (misalnya sildenafil 25 mg per 48 jam dengan ritonavir).',
        'Use the lowest dose with long intervals (e.g. sildenafil 25 mg per 48 hours with ritonavir).',
      ],
      actions: [{ kind: 'reduce-dose' }],
      sources: [
        label(
          'Sildenafil (Viagra)',
          'Dosage and Administration: Dosage adjustments with concomitant medications',
        ),
      ],
    }),
    ddi('clonidine-beta-blocker', 'clonidine', 'cls.beta-blocker', {
      severity: 'MOD',
      doc: 'established',
      mech: [
        'PD-additive',
        'Penyekat beta memperburuk hipertensi rebound saat klonidin dihentikan.',
        'Beta-blockade worsens rebound hypertension when clonidine is stopped.',
      ],
      effect: [
        'Krisis hipertensi saat penghentian; bradikardia.',
        'Hypertensive crisis on withdrawal; bradycardia.',
      ],
      manage: [
        'Bila menghentikan, hentikan penyekat beta beberapa hari sebelum klonidin diturunkan bertahap.',
        'When stopping, withdraw the beta-blocker several days before tapering clonidine.',
      ],
      sources: [label('Clonidine (Catapres)', 'Warnings: Withdrawal')],
    }),
    ddi('amiodarone-beta-blocker', 'amiodarone', 'cls.beta-blocker', {
      severity: 'MOD',
      doc: 'established',
      mech: [
        'PD-additive',
        'Efek kronotropik dan dromotropik negatif bertambah.',
        'Negative chronotropic and dromotropic effects add up.',
      ],
      effect: ['Bradikardia, blok AV.', 'Bradycardia, AV block.'],
      manage: ['Pantau denyut jantung dan EKG.', 'Monitor heart rate and ECG.'],
      actions: [{ kind: 'monitor', parameter: 'HR' }],
      sources: [label('Amiodarone (Pacerone)', 'Drug Interactions')],
    }),
    ddi('amiodarone-non-dhp-ccb', 'amiodarone', 'cls.ccb-non-dihydropyridine', {
      severity: 'MOD',
      doc: 'established',
      mech: ['PD-additive', 'Depresi nodus sinus dan AV bertambah.', 'Sinus and AV-nodal depression add up.'],
      effect: ['Bradikardia, blok AV, hipotensi.', 'Bradycardia, AV block, hypotension.'],
      manage: ['Pantau denyut jantung dan EKG.', 'Monitor heart rate and ECG.'],
      actions: [{ kind: 'monitor', parameter: 'HR' }],
      sources: [label('Amiodarone (Pacerone)', 'Drug Interactions')],
    }),
    ...(['clarithromycin', 'erythromycin'] as const).map((macrolide) =>
      ddi(`${macrolide}-dhp-ccb`, macrolide, 'cls.ccb-dihydropyridine', {
        severity: 'MOD',
        doc: 'probable',
        mech: [
          'PK-inhibition',
          'Penghambatan CYP3A4 menaikkan kadar antagonis kalsium.',
          'CYP3A4 inhibition raises calcium-channel-blocker levels.',
        ],
        effect: [
          'Hipotensi dan cedera ginjal akut, terutama pada lansia.',
          'Hypotension and acute kidney injury, especially in older adults.',
        ],
        manage: ['Pilih azitromisin bila memungkinkan.', 'Prefer azithromycin where possible.'],
        actions: [{ kind: 'use-alternative', alternatives: ['azithromycin'] }],
        modifiers: [
          {
            when: { ageYearsAtLeast: 65 },
            severity: 'MAJ',
            note: [
              'Usia ≥65 tahun: risiko rawat inap karena cedera ginjal akut meningkat.',
              'Age ≥65: higher risk of admission for acute kidney injury.',
            ],
          },
        ],
        sources: [GANDHI_2013],
      }),
    ),
    ddi('itraconazole-dhp-ccb', 'itraconazole', 'cls.ccb-dihydropyridine', {
      severity: 'MOD',
      doc: 'established',
      mech: [
        'PK-inhibition',
        'Itrakonazol menaikkan kadar antagonis kalsium dan keduanya berefek inotropik negatif.',
        'Itraconazole raises calcium-channel-blocker levels and both are negatively inotropic.',
      ],
      effect: ['Edema, hipotensi, risiko gagal jantung.', 'Oedema, hypotension, heart-failure risk.'],
      manage: [
        'Pantau tekanan darah dan edema; pertimbangkan penurunan dosis.',
        'Monitor blood pressure and oedema; consider a lower dose.',
      ],
      sources: [label('Itraconazole (Sporanox)', 'Drug Interactions')],
    }),
    ddi('nifedipine-strong-inducer', 'nifedipine', 'cls.cyp3a4-strong-inducer', {
      severity: 'CI',
      doc: 'established',
      mech: [
        'PK-induction',
        'Induksi CYP3A4 menurunkan kadar nifedipin drastis.',
        'CYP3A4 induction drastically lowers nifedipine levels.',
      ],
      effect: ['Nifedipin kehilangan efek.', 'Nifedipine loses its effect.'],
      manage: [
        'Dikontraindikasikan; pilih antihipertensi lain.',
        'Contraindicated; choose another antihypertensive.',
      ],
      actions: [{ kind: 'avoid' }],
      sources: [label('Nifedipine extended-release (Procardia XL)', 'Contraindications')],
    }),
    ...(['cls.thiazide', 'cls.ace-inhibitor', 'cls.arb', 'cls.nsaid'] as const).map((cls) =>
      ddi(`lithium-${cls.slice(4)}`, 'lithium', cls, {
        severity: 'MAJ',
        doc: 'established',
        onset: 'delayed',
        mech: ['PK-renal', 'Klirens litium di ginjal berkurang.', 'Renal lithium clearance falls.'],
        effect: [
          'Kadar litium naik sampai toksik (tremor, bingung, kejang).',
          'Lithium levels rise to toxicity (tremor, confusion, seizures).',
        ],
        manage: [
          'Hindari bila bisa; bila perlu, kurangi dosis litium dan periksa kadar dalam 5–7 hari.',
          'Avoid if possible; otherwise reduce lithium and check levels within 5–7 days.',
        ],
        actions: [{ kind: 'monitor', parameter: 'drug-level' }],
        sources: [label('Lithium carbonate', 'Drug Interactions')],
      }),
    ),
    ddi(
      'lithium-metronidazole',
      'lithium',
      { ingredient: 'metronidazole', route: ['systemic'] },
      {
        severity: 'MOD',
        doc: 'probable',
        mech: [
          'PK-renal',
          'Metronidazol dapat menaikkan kadar litium.',
          'Metronidazole can raise lithium levels.',
        ],
        effect: ['Toksisitas litium.', 'Lithium toxicity.'],
        manage: ['Periksa kadar litium dan kreatinin.', 'Check lithium levels and creatinine.'],
        actions: [{ kind: 'monitor', parameter: 'drug-level' }],
        sources: [label('Metronidazole (Flagyl)', 'Drug Interactions')],
      },
    ),
    ddi('allopurinol-azathioprine', 'allopurinol', 'azathioprine', {
      severity: 'MAJ',
      doc: 'established',
      mech: [
        'PK-inhibition',
        'Alopurinol menghambat xantin oksidase yang memetabolisme azatioprin.',
        'Allopurinol blocks the xanthine oxidase that metabolises azathioprine.',
      ],
      effect: ['Supresi sumsum tulang berat.', 'Severe bone-marrow suppression.'],
      manage: [
        'Kurangi dosis azatioprin menjadi seperempat hingga sepertiga dan pantau darah lengkap.',
        'Cut azathioprine to a quarter to a third of the dose and monitor blood counts.',
      ],
      actions: [{ kind: 'reduce-dose' }, { kind: 'monitor', parameter: 'CBC' }],
      sources: [
        label('Azathioprine (Imuran)', 'Drug Interactions'),
        label('Allopurinol (Zyloprim)', 'Precautions: Drug Interactions'),
      ],
    }),
    ddi('allopurinol-aminopenicillin', 'allopurinol', 'alg.aminopenicillin', {
      severity: 'MIN',
      doc: 'probable',
      nonInterruptive: true,
      mech: ['PD-additive', 'Mekanisme belum jelas.', 'Mechanism unclear.'],
      effect: ['Ruam kulit lebih sering.', 'Skin rash is more frequent.'],
      manage: ['Tidak perlu tindakan khusus; edukasi pasien.', 'No specific action; inform the patient.'],
      sources: [label('Ampicillin', 'Precautions: Drug Interactions')],
    }),
    ddi('colchicine-strong-cyp3a4-inhibitor', 'colchicine', 'cls.cyp3a4-strong-inhibitor', {
      severity: 'MAJ',
      doc: 'established',
      mech: [
        'PK-inhibition',
        'Penghambatan CYP3A4/P-gp menaikkan kadar kolkisin.',
        'CYP3A4/P-gp inhibition raises colchicine levels.',
      ],
      effect: [
        'Toksisitas kolkisin yang dapat fatal (diare, miopati, supresi sumsum tulang).',
        'Possibly fatal colchicine toxicity (diarrhoea, myopathy, marrow suppression).',
      ],
      manage: [
        'Kurangi dosis kolkisin sesuai label; jangan dikombinasikan pada gangguan ginjal atau hati.',
        'Reduce the colchicine dose per label; never combine with renal or hepatic impairment.',
      ],
      actions: [{ kind: 'reduce-dose' }],
      modifiers: [
        {
          when: { egfrBelow: 60 },
          severity: 'CI',
          note: [
            'Gangguan ginjal: kombinasi dikontraindikasikan.',
            'Renal impairment: the combination is contraindicated.',
          ],
        },
        {
          when: { hepaticImpairment: 'mild' },
          severity: 'CI',
          note: [
            'Gangguan hati: kombinasi dikontraindikasikan.',
            'Hepatic impairment: the combination is contraindicated.',
          ],
        },
      ],
      sources: [
        label('Colchicine (Colcrys)', 'Contraindications'),
        label('Colchicine (Colcrys)', 'Drug Interactions'),
      ],
    }),
    ddi('colchicine-pgp-inhibitor', 'colchicine', 'cls.pgp-inhibitor', {
      severity: 'MAJ',
      doc: 'established',
      mech: [
        'PK-inhibition',
        'Penghambatan P-gp menaikkan kadar kolkisin.',
        'P-gp inhibition raises colchicine levels.',
      ],
      effect: ['Toksisitas kolkisin.', 'Colchicine toxicity.'],
      manage: [
        'Kurangi dosis kolkisin; hindari pada gangguan ginjal atau hati.',
        'Reduce the colchicine dose; avoid with renal or hepatic impairment.',
      ],
      actions: [{ kind: 'reduce-dose' }],
      modifiers: [
        {
          when: { egfrBelow: 60 },
          severity: 'CI',
          note: [
            'Gangguan ginjal: kombinasi dikontraindikasikan.',
            'Renal impairment: the combination is contraindicated.',
          ],
        },
      ],
      sources: [label('Colchicine (Colcrys)', 'Drug Interactions')],
    }),
    ddi('colchicine-moderate-cyp3a4-inhibitor', 'colchicine', 'cls.cyp3a4-moderate-inhibitor', {
      severity: 'MOD',
      doc: 'established',
      mech: [
        'PK-inhibition',
        'Penghambatan sedang CYP3A4 menaikkan kadar kolkisin.',
        'Moderate CYP3A4 inhibition raises colchicine levels.',
      ],
      effect: ['Toksisitas kolkisin.', 'Colchicine toxicity.'],
      manage: ['Kurangi dosis kolkisin sesuai label.', 'Reduce the colchicine dose per label.'],
      actions: [{ kind: 'reduce-dose' }],
      sources: [label('Colchicine (Colcrys)', 'Drug Interactions')],
    }),
    ddi('colchicine-statin', 'colchicine', 'cls.statin', {
      severity: 'MOD',
      doc: 'probable',
      nonInterruptive: true,
      mech: ['PD-additive', 'Keduanya dapat menyebabkan miopati.', 'Both can cause myopathy.'],
      effect: MYOPATHY,
      manage: [
        'Edukasi gejala otot; periksa CK bila ada keluhan.',
        'Teach muscle symptoms; check CK if they occur.',
      ],
      sources: [label('Colchicine (Colcrys)', 'Warnings and Precautions: Neuromuscular Toxicity')],
    }),
    ddi('methotrexate-nsaid', 'methotrexate', 'cls.nsaid', {
      severity: 'MAJ',
      doc: 'established',
      mech: [
        'PK-renal',
        'OAINS mengurangi klirens metotreksat di ginjal.',
        'NSAIDs reduce renal methotrexate clearance.',
      ],
      effect: [
        'Toksisitas metotreksat (supresi sumsum tulang, toksisitas GI).',
        'Methotrexate toxicity (marrow suppression, GI toxicity).',
      ],
      manage: [
        'Hindari pada dosis tinggi; pada dosis rendah mingguan, pantau darah lengkap dan fungsi ginjal.',
        'Avoid with high doses; with low weekly doses, monitor blood counts and kidney function.',
      ],
      actions: [{ kind: 'monitor', parameter: 'CBC' }],
      sources: [label('Methotrexate tablets (Trexall)', 'Drug Interactions')],
    }),
    ddi('methotrexate-cotrimoxazole', 'methotrexate', 'trimethoprim', {
      severity: 'MAJ',
      doc: 'established',
      mech: [
        'PD-additive',
        'Efek antifolat bertambah dan klirens metotreksat berkurang.',
        'Antifolate effects add and methotrexate clearance falls.',
      ],
      effect: ['Supresi sumsum tulang berat.', 'Severe bone-marrow suppression.'],
      manage: [
        'Hindari kombinasi; pilih antibiotik lain.',
        'Avoid the combination; choose another antibiotic.',
      ],
      actions: [{ kind: 'avoid' }],
      sources: [
        label('Methotrexate tablets (Trexall)', 'Drug Interactions'),
        label('Sulfamethoxazole and trimethoprim (Bactrim)', 'Drug Interactions'),
      ],
    }),
    ddi('methotrexate-ppi', 'methotrexate', 'cls.ppi', {
      severity: 'MOD',
      doc: 'probable',
      mech: [
        'PK-renal',
        'PPI dapat memperlambat eliminasi metotreksat, terutama dosis tinggi.',
        'PPIs can slow methotrexate elimination, mainly at high doses.',
      ],
      effect: ['Kadar metotreksat meningkat.', 'Higher methotrexate levels.'],
      manage: [
        'Pertimbangkan menghentikan PPI saat metotreksat dosis tinggi.',
        'Consider pausing the PPI around high-dose methotrexate.',
      ],
      sources: [label('Methotrexate tablets (Trexall)', 'Drug Interactions')],
    }),
    ddi('methotrexate-penicillin', 'methotrexate', 'cls.penicillin', {
      severity: 'MOD',
      doc: 'probable',
      mech: [
        'PK-renal',
        'Penisilin mengurangi sekresi tubulus metotreksat.',
        'Penicillins reduce tubular secretion of methotrexate.',
      ],
      effect: ['Kadar metotreksat meningkat.', 'Higher methotrexate levels.'],
      manage: ['Pantau darah lengkap dan gejala toksisitas.', 'Monitor blood counts and toxicity symptoms.'],
      actions: [{ kind: 'monitor', parameter: 'CBC' }],
      sources: [label('Methotrexate tablets (Trexall)', 'Drug Interactions')],
    }),
    ddi('tenofovir-nsaid', 'tenofovir-disoproxil', 'cls.nsaid', {
      severity: 'MOD',
      doc: 'probable',
      mech: ['PD-additive', 'Nefrotoksisitas bertambah.', 'Nephrotoxicity adds up.'],
      effect: ['Cedera ginjal akut dan sindrom Fanconi.', 'Acute kidney injury and Fanconi syndrome.'],
      manage: [
        'Hindari OAINS dosis tinggi atau ganda; gunakan parasetamol; pantau kreatinin.',
        'Avoid high-dose or multiple NSAIDs; use paracetamol; monitor creatinine.',
      ],
      actions: [
        { kind: 'use-alternative', alternatives: ['paracetamol'] },
        { kind: 'monitor', parameter: 'SCr' },
      ],
      sources: [
        label(
          'Tenofovir disoproxil fumarate (Viread)',
          'Warnings and Precautions: New Onset or Worsening Renal Impairment',
        ),
      ],
    }),
    ddi('aminoglycoside-loop-diuretic', 'cls.aminoglycoside', 'cls.loop-diuretic', {
      severity: 'MAJ',
      doc: 'established',
      mech: [
        'PD-additive',
        'Ototoksisitas dan nefrotoksisitas bertambah.',
        'Ototoxicity and nephrotoxicity add up.',
      ],
      effect: ['Tuli permanen dan gagal ginjal.', 'Permanent deafness and kidney failure.'],
      manage: [
        'Hindari; bila perlu, pantau kadar aminoglikosida, fungsi ginjal dan pendengaran.',
        'Avoid; if needed, monitor aminoglycoside levels, kidney function and hearing.',
      ],
      actions: [{ kind: 'monitor', parameter: 'drug-level' }],
      sources: [label('Gentamicin sulfate injection', 'Boxed Warning')],
    }),
    ddi('drospirenone-hyperkalaemia', 'drospirenone', 'cls.hyperkalaemia-risk', {
      severity: 'MOD',
      doc: 'established',
      mech: [
        'PD-additive',
        'Drospirenon bersifat antimineralokortikoid.',
        'Drospirenone is antimineralocorticoid.',
      ],
      effect: HYPERK,
      manage: ['Periksa kalium pada siklus pertama.', 'Check potassium during the first cycle.'],
      actions: [{ kind: 'monitor', parameter: 'K' }],
      sources: [
        label('Drospirenone and ethinyl estradiol (Yasmin)', 'Warnings and Precautions: Hyperkalemia'),
      ],
    }),
    ...(['propranolol', 'carvedilol'] as const).map((bb) =>
      ddi(`beta2-agonist-${bb}`, 'cls.beta2-agonist', bb, {
        severity: 'MOD',
        doc: 'established',
        mech: [
          'PD-antagonism',
          'Penyekat beta non-selektif menghambat efek bronkodilator.',
          'Non-selective beta-blockade blocks bronchodilation.',
        ],
        effect: ['Bronkospasme pada asma atau PPOK.', 'Bronchospasm in asthma or COPD.'],
        manage: [
          'Hindari penyekat beta non-selektif pada asma; pilih bisoprolol bila perlu.',
          'Avoid non-selective beta-blockers in asthma; use bisoprolol if needed.',
        ],
        actions: [{ kind: 'use-alternative', alternatives: ['bisoprolol'] }],
        sources: [label('Albuterol sulfate inhalation aerosol (ProAir HFA)', 'Drug Interactions')],
      }),
    ),
    ddi('beta-blocker-hypoglycaemia', 'cls.beta-blocker', 'cls.hypoglycaemia-risk', {
      severity: 'MIN',
      doc: 'established',
      nonInterruptive: true,
      mech: [
        'PD-antagonism',
        'Penyekat beta menutupi gejala adrenergik hipoglikemia (takikardia, tremor).',
        'Beta-blockers mask adrenergic signs of hypoglycaemia (tachycardia, tremor).',
      ],
      effect: ['Hipoglikemia dapat terlambat dikenali.', 'Hypoglycaemia may be recognised late.'],
      manage: [
        'Edukasi bahwa berkeringat tetap muncul; pantau glukosa.',
        'Teach that sweating still occurs; monitor glucose.',
      ],
      sources: [label('Propranolol (Inderal LA)', 'Precautions: Diabetes and Hypoglycemia')],
    }),
  ],
});
