import { defineSource } from '../../src/drugs/schema/records';
import { ddi, label, paper } from '../authoring';

/**
 * Anticoagulant, cardiac, renal-potassium, lithium and metabolic interactions added in the clinical-pharmacology
 * review of November 2026: label-documented pairs the first release did not cover.
 */

const COUMADIN_DI = label('Warfarin (Coumadin)', 'Drug Interactions: CYP450 Interactions');
const XARELTO_BLEEDING = label('Rivaroxaban (Xarelto)', 'Warnings and Precautions: Risk of Bleeding');
const LANOXIN_DI = label('Digoxin (Lanoxin)', 'Drug Interactions');
const ZITHROMAX_DI = label('Azithromycin (Zithromax)', 'Drug Interactions');
const LITHIUM_DI = label('Lithium carbonate', 'Drug Interactions');

const INR_UP: [string, string] = [
  'INR naik dan risiko perdarahan meningkat.',
  'INR rises and bleeding risk increases.',
];
const INR_DOWN: [string, string] = [
  'INR turun; risiko trombosis bila dosis warfarin tidak disesuaikan (dan perdarahan bila obat penginduksi dihentikan).',
  'INR falls; thrombosis risk unless warfarin is adjusted (and bleeding when the inducer is stopped).',
];
const MONITOR_INR: [string, string] = [
  'Periksa INR dalam 3–5 hari setelah mulai atau berhenti, dan sesuaikan dosis warfarin.',
  'Check the INR 3–5 days after starting or stopping, and adjust the warfarin dose.',
];
const BLEED: [string, string] = ['Risiko perdarahan meningkat.', 'Higher bleeding risk.'];
const DIGOXIN_UP: [string, string] = [
  'Kadar digoksin naik: mual, bradikardia, aritmia.',
  'Digoxin levels rise: nausea, bradycardia, arrhythmia.',
];
const CHECK_DIGOXIN: [string, string] = [
  'Ukur kadar digoksin sebelum dan setelah memulai; kurangi dosis bila perlu dan pantau nadi.',
  'Measure digoxin levels before and after starting; reduce the dose if needed and watch the pulse.',
];
const LITHIUM_UP: [string, string] = [
  'Kadar litium naik: tremor, kebingungan, ataksia, toksisitas.',
  'Lithium levels rise: tremor, confusion, ataxia, toxicity.',
];

export default defineSource({
  interactions: [
    ddi('warfarin-paracetamol', 'cls.vitamin-k-antagonist', 'paracetamol', {
      severity: 'MOD',
      doc: 'probable',
      onset: 'delayed',
      mech: [
        'PD-additive',
        'Parasetamol dosis teratur (>2 g/hari beberapa hari) mengganggu siklus vitamin K dan menaikkan INR.',
        'Regular paracetamol (>2 g/day for several days) interferes with the vitamin K cycle and raises the INR.',
      ],
      effect: INR_UP,
      manage: [
        'Dosis sesekali aman; bila parasetamol dipakai teratur, periksa INR dalam beberapa hari.',
        'Occasional doses are fine; if paracetamol is taken regularly, check the INR within a few days.',
      ],
      actions: [{ kind: 'monitor', parameter: 'INR' }],
      sources: [
        paper(
          'Hylek EM et al. Acetaminophen and other risk factors for excessive warfarin anticoagulation',
          'JAMA 1998;279(9):657-662',
          1998,
        ),
      ],
    }),
    ddi('warfarin-cimetidine', 'cls.vitamin-k-antagonist', 'cimetidine', {
      severity: 'MOD',
      doc: 'probable',
      mech: [
        'PK-inhibition',
        'Simetidin menghambat CYP1A2 dan CYP3A4 yang memetabolisme R-warfarin.',
        'Cimetidine inhibits CYP1A2 and CYP3A4, which clear R-warfarin.',
      ],
      effect: INR_UP,
      manage: [
        'Pilih famotidin atau PPI selain simetidin; bila tetap, pantau INR.',
        'Prefer famotidine or a PPI to cimetidine; otherwise monitor the INR.',
      ],
      actions: [
        { kind: 'use-alternative', alternatives: ['famotidine', 'pantoprazole'] },
        { kind: 'monitor', parameter: 'INR' },
      ],
      sources: [COUMADIN_DI],
    }),
    ddi('warfarin-phenobarbital', 'cls.vitamin-k-antagonist', 'phenobarbital', {
      severity: 'MAJ',
      doc: 'established',
      onset: 'delayed',
      mech: [
        'PK-induction',
        'Fenobarbital menginduksi CYP2C9 dan CYP1A2 sehingga warfarin lebih cepat dibersihkan.',
        'Phenobarbital induces CYP2C9 and CYP1A2, so warfarin is cleared faster.',
      ],
      effect: INR_DOWN,
      manage: MONITOR_INR,
      actions: [{ kind: 'monitor', parameter: 'INR' }],
      sources: [COUMADIN_DI],
    }),
    ddi('warfarin-efavirenz', 'cls.vitamin-k-antagonist', 'efavirenz', {
      severity: 'MOD',
      doc: 'probable',
      mech: [
        'PK-induction',
        'Efavirenz mengubah metabolisme warfarin melalui CYP (naik atau turun).',
        'Efavirenz alters warfarin metabolism through CYP enzymes (up or down).',
      ],
      effect: ['INR dapat naik atau turun secara tidak terduga.', 'The INR may rise or fall unpredictably.'],
      manage: MONITOR_INR,
      actions: [{ kind: 'monitor', parameter: 'INR' }],
      sources: [COUMADIN_DI, label('Efavirenz (Sustiva)', 'Drug Interactions')],
    }),
    ddi('warfarin-azole-antifungal', 'cls.vitamin-k-antagonist', 'cls.azole-antifungal', {
      severity: 'MOD',
      doc: 'probable',
      mech: [
        'PK-inhibition',
        'Antijamur azol menghambat CYP3A4 (dan flukonazol juga CYP2C9) yang memetabolisme warfarin.',
        'Azole antifungals inhibit CYP3A4 (fluconazole also CYP2C9), which clear warfarin.',
      ],
      effect: INR_UP,
      manage: MONITOR_INR,
      actions: [{ kind: 'monitor', parameter: 'INR' }],
      sources: [COUMADIN_DI, label('Itraconazole (Sporanox)', 'Drug Interactions')],
    }),
    ddi('warfarin-rosuvastatin', 'cls.vitamin-k-antagonist', 'rosuvastatin', {
      severity: 'MOD',
      doc: 'established',
      mech: [
        'PD-additive',
        'Rosuvastatin menaikkan INR pada pasien yang memakai antikoagulan kumarin.',
        'Rosuvastatin raises the INR in patients taking coumarin anticoagulants.',
      ],
      effect: INR_UP,
      manage: [
        'Periksa INR sebelum mulai dan cukup sering pada awal terapi atau saat dosis diubah.',
        'Check the INR before starting and often enough early on or after a dose change.',
      ],
      actions: [{ kind: 'monitor', parameter: 'INR' }],
      sources: [label('Rosuvastatin (Crestor)', 'Drug Interactions: Coumarin Anticoagulants')],
    }),
    ddi('warfarin-simvastatin', 'cls.vitamin-k-antagonist', 'simvastatin', {
      severity: 'MOD',
      doc: 'established',
      mech: [
        'PK-inhibition',
        'Simvastatin sedikit memperkuat efek antikoagulan kumarin.',
        'Simvastatin modestly potentiates coumarin anticoagulants.',
      ],
      effect: INR_UP,
      manage: [
        'Periksa INR sebelum mulai dan cukup sering pada awal terapi atau saat dosis diubah.',
        'Check the INR before starting and often enough early on or after a dose change.',
      ],
      actions: [{ kind: 'monitor', parameter: 'INR' }],
      sources: [label('Simvastatin (Zocor)', 'Drug Interactions: Coumarin Derivatives')],
    }),
    ddi('warfarin-tetracycline', 'cls.vitamin-k-antagonist', 'cls.tetracycline', {
      severity: 'MOD',
      doc: 'probable',
      mech: [
        'PD-additive',
        'Tetrasiklin menekan aktivitas protrombin plasma.',
        'Tetracyclines depress plasma prothrombin activity.',
      ],
      effect: INR_UP,
      manage: MONITOR_INR,
      actions: [{ kind: 'monitor', parameter: 'INR' }],
      sources: [label('Doxycycline (Vibramycin)', 'Drug Interactions')],
    }),
    ddi('doac-vitamin-k-antagonist', 'cls.doac', 'cls.vitamin-k-antagonist', {
      severity: 'MAJ',
      doc: 'established',
      mech: ['PD-additive', 'Dua antikoagulan bekerja bersamaan.', 'Two anticoagulants act together.'],
      effect: BLEED,
      manage: [
        'Jangan gunakan bersamaan kecuali saat peralihan sesuai label (hentikan warfarin, mulai rivaroksaban saat INR <3).',
        'Do not combine except when switching as the label describes (stop warfarin, start rivaroxaban once INR <3).',
      ],
      actions: [{ kind: 'avoid' }],
      sources: [
        XARELTO_BLEEDING,
        label('Rivaroxaban (Xarelto)', 'Dosage and Administration: Switching to and from Xarelto'),
      ],
    }),
    ddi('doac-heparin', 'cls.doac', 'cls.heparin', {
      severity: 'MAJ',
      doc: 'established',
      mech: ['PD-additive', 'Dua antikoagulan bekerja bersamaan.', 'Two anticoagulants act together.'],
      effect: BLEED,
      manage: [
        'Jangan tumpang tindih kecuali saat peralihan sesuai label.',
        'Do not overlap except when switching as the label describes.',
      ],
      actions: [{ kind: 'avoid' }],
      sources: [XARELTO_BLEEDING],
    }),
    ddi('doac-ssri', 'cls.doac', 'cls.ssri', {
      severity: 'MOD',
      doc: 'probable',
      mech: [
        'PD-additive',
        'SSRI mengurangi serotonin trombosit dan fungsi agregasi.',
        'SSRIs deplete platelet serotonin and impair aggregation.',
      ],
      effect: BLEED,
      manage: [
        'Pantau tanda perdarahan; pertimbangkan gastroprotektor bila ada risiko perdarahan saluran cerna.',
        'Watch for bleeding; consider gastroprotection when GI bleeding risk is present.',
      ],
      actions: [{ kind: 'monitor', parameter: 'CBC' }],
      sources: [XARELTO_BLEEDING],
    }),
    ddi('nsaid-k-sparing-diuretic', 'cls.nsaid', 'cls.k-sparing-diuretic', {
      severity: 'MOD',
      doc: 'established',
      mech: [
        'PD-antagonism',
        'OAINS mengurangi efek diuretik dan ekskresi kalium.',
        'NSAIDs blunt the diuretic effect and potassium excretion.',
      ],
      effect: [
        'Hiperkalemia dan penurunan fungsi ginjal; efek diuretik berkurang.',
        'Hyperkalaemia and worsening kidney function; less diuretic effect.',
      ],
      manage: [
        'Gunakan parasetamol bila bisa; bila perlu OAINS, singkat saja dan periksa kalium dan kreatinin.',
        'Prefer paracetamol; if an NSAID is needed, keep it short and check potassium and creatinine.',
      ],
      actions: [
        { kind: 'monitor', parameter: 'K' },
        { kind: 'use-alternative', alternatives: ['paracetamol'] },
      ],
      modifiers: [
        {
          when: { classPresent: 'cls.ace-inhibitor' },
          severity: 'MAJ',
          note: [
            'Ada penghambat ACE: kombinasi tiga obat ini sangat meningkatkan risiko hiperkalemia dan cedera ginjal akut.',
            'An ACE inhibitor is present: this triple combination sharply raises hyperkalaemia and kidney injury risk.',
          ],
        },
        {
          when: { classPresent: 'cls.arb' },
          severity: 'MAJ',
          note: [
            'Ada ARB: kombinasi tiga obat ini sangat meningkatkan risiko hiperkalemia dan cedera ginjal akut.',
            'An ARB is present: this triple combination sharply raises hyperkalaemia and kidney injury risk.',
          ],
        },
        {
          when: { egfrBelow: 60 },
          severity: 'MAJ',
          note: ['eGFR <60: risiko hiperkalemia lebih tinggi.', 'eGFR <60: higher hyperkalaemia risk.'],
        },
      ],
      sources: [label('Spironolactone (Aldactone)', 'Drug Interactions')],
    }),
    ddi('digoxin-pgp-inhibitor', 'digoxin', 'cls.pgp-inhibitor', {
      severity: 'MOD',
      doc: 'established',
      mech: [
        'PK-inhibition',
        'Penghambatan P-glikoprotein mengurangi ekskresi digoksin.',
        'P-glycoprotein inhibition reduces digoxin excretion.',
      ],
      effect: DIGOXIN_UP,
      manage: CHECK_DIGOXIN,
      actions: [{ kind: 'monitor', parameter: 'drug-level' }],
      sources: [LANOXIN_DI],
    }),
    ddi('digoxin-macrolide', 'digoxin', 'cls.macrolide', {
      severity: 'MOD',
      doc: 'probable',
      mech: [
        'PK-inhibition',
        'Makrolida menghambat P-glikoprotein (dan mengubah flora usus yang menginaktifkan digoksin).',
        'Macrolides inhibit P-glycoprotein (and change the gut flora that inactivates digoxin).',
      ],
      effect: DIGOXIN_UP,
      manage: CHECK_DIGOXIN,
      actions: [{ kind: 'monitor', parameter: 'drug-level' }],
      sources: [ZITHROMAX_DI, LANOXIN_DI],
    }),
    ddi('digoxin-beta-blocker', 'digoxin', 'cls.beta-blocker', {
      severity: 'MOD',
      doc: 'established',
      nonInterruptive: true,
      mech: [
        'PD-additive',
        'Keduanya memperlambat konduksi nodus AV.',
        'Both slow atrioventricular node conduction.',
      ],
      effect: [
        'Bradikardia dan blok AV, kadang total.',
        'Bradycardia and atrioventricular block, sometimes complete.',
      ],
      manage: [
        'Kombinasi lazim untuk kendali laju; pantau nadi dan EKG.',
        'A common rate-control combination; watch the pulse and ECG.',
      ],
      actions: [{ kind: 'monitor', parameter: 'HR' }],
      sources: [LANOXIN_DI],
    }),
    ddi('digoxin-rifampicin', 'digoxin', 'rifampicin', {
      severity: 'MOD',
      doc: 'probable',
      onset: 'delayed',
      mech: [
        'PK-induction',
        'Rifampisin menginduksi P-glikoprotein usus sehingga kadar digoksin turun.',
        'Rifampicin induces intestinal P-glycoprotein, so digoxin levels fall.',
      ],
      effect: ['Efek digoksin berkurang.', 'Less digoxin effect.'],
      manage: [
        'Pantau kadar digoksin dan respons; turunkan kembali dosis setelah rifampisin dihentikan.',
        'Monitor digoxin levels and response; lower the dose again after rifampicin stops.',
      ],
      actions: [{ kind: 'monitor', parameter: 'drug-level' }],
      sources: [
        paper(
          'Greiner B et al. The role of intestinal P-glycoprotein in the interaction of digoxin and rifampin',
          'J Clin Invest 1999;104(2):147-153',
          1999,
        ),
      ],
    }),
    ddi('colchicine-azithromycin', 'colchicine', 'azithromycin', {
      severity: 'MOD',
      doc: 'probable',
      mech: [
        'PK-inhibition',
        'Azitromisin menghambat P-glikoprotein yang mengeluarkan kolkisin.',
        'Azithromycin inhibits the P-glycoprotein that clears colchicine.',
      ],
      effect: [
        'Toksisitas kolkisin (diare, miopati, supresi sumsum tulang).',
        'Colchicine toxicity (diarrhoea, myopathy, marrow suppression).',
      ],
      manage: [
        'Pantau gejala toksisitas; pertimbangkan menunda kolkisin selama antibiotik.',
        'Watch for toxicity; consider pausing colchicine during the antibiotic.',
      ],
      actions: [{ kind: 'monitor' }],
      sources: [ZITHROMAX_DI],
    }),
    ddi('fluconazole-cyp3a4-statin', 'fluconazole', 'cls.cyp3a4-sensitive-statin', {
      severity: 'MOD',
      doc: 'established',
      mech: [
        'PK-inhibition',
        'Flukonazol menghambat CYP3A4 yang memetabolisme simvastatin dan atorvastatin.',
        'Fluconazole inhibits the CYP3A4 that clears simvastatin and atorvastatin.',
      ],
      effect: ['Risiko miopati dan rabdomiolisis meningkat.', 'Higher risk of myopathy and rhabdomyolysis.'],
      manage: [
        'Untuk terapi singkat, tunda statin; atau pilih rosuvastatin/pravastatin. Edukasi gejala otot.',
        'For short courses pause the statin, or use rosuvastatin or pravastatin. Teach muscle symptoms.',
      ],
      actions: [{ kind: 'use-alternative', alternatives: ['rosuvastatin', 'pravastatin'] }],
      sources: [label('Fluconazole (Diflucan)', 'Precautions: Drug Interactions')],
    }),
    ddi('dhp-ccb-strong-cyp3a4-inhibitor', 'cls.ccb-dihydropyridine', 'cls.cyp3a4-strong-inhibitor', {
      severity: 'MOD',
      doc: 'established',
      mech: [
        'PK-inhibition',
        'Penghambat kuat CYP3A4 menaikkan kadar antagonis kalsium dihidropiridin.',
        'Strong CYP3A4 inhibitors raise dihydropyridine calcium-channel blocker levels.',
      ],
      effect: [
        'Hipotensi, edema dan pusing; cedera ginjal akut pada lansia.',
        'Hypotension, oedema and dizziness; acute kidney injury in older adults.',
      ],
      manage: [
        'Pantau tekanan darah dan edema; kurangi dosis bila perlu.',
        'Monitor blood pressure and oedema; lower the dose if needed.',
      ],
      actions: [{ kind: 'monitor', parameter: 'BP' }],
      sources: [
        label('Amlodipine (Norvasc)', 'Drug Interactions: CYP3A Inhibitors'),
        label('Nifedipine extended-release (Procardia XL)', 'Drug Interactions'),
      ],
    }),
    ddi('lithium-loop-diuretic', 'lithium', 'cls.loop-diuretic', {
      severity: 'MOD',
      doc: 'probable',
      mech: [
        'PK-renal',
        'Kehilangan natrium meningkatkan reabsorpsi litium di ginjal.',
        'Sodium loss increases renal lithium reabsorption.',
      ],
      effect: LITHIUM_UP,
      manage: [
        'Periksa kadar litium dalam 1 minggu dan setelah perubahan dosis diuretik.',
        'Check lithium levels within a week and after diuretic dose changes.',
      ],
      actions: [{ kind: 'monitor', parameter: 'drug-level' }],
      sources: [LITHIUM_DI],
    }),
    ddi('lithium-antipsychotic', 'lithium', 'cls.antipsychotic', {
      severity: 'MOD',
      doc: 'probable',
      mech: [
        'PD-additive',
        'Neurotoksisitas bertambah (laporan sindrom ensefalopati dengan haloperidol) dan sindrom neuroleptik maligna.',
        'Added neurotoxicity (encephalopathic syndrome reported with haloperidol) and neuroleptic malignant syndrome.',
      ],
      effect: [
        'Kebingungan, demam, rigiditas, gejala ekstrapiramidal.',
        'Confusion, fever, rigidity, extrapyramidal symptoms.',
      ],
      manage: [
        'Kombinasi sering dipakai; pantau gejala neurologis dan kadar litium, hentikan bila muncul tanda toksisitas.',
        'A frequent combination; watch for neurological signs and lithium levels, stop at signs of toxicity.',
      ],
      actions: [{ kind: 'monitor', parameter: 'drug-level' }],
      sources: [LITHIUM_DI],
    }),
    ddi('lithium-xanthine', 'lithium', 'cls.xanthine', {
      severity: 'MOD',
      doc: 'probable',
      mech: [
        'PK-renal',
        'Teofilin meningkatkan ekskresi litium di ginjal.',
        'Theophylline increases renal lithium excretion.',
      ],
      effect: ['Kadar litium turun; kontrol mood memburuk.', 'Lithium levels fall; mood control worsens.'],
      manage: [
        'Periksa kadar litium setelah memulai atau menghentikan teofilin.',
        'Check lithium levels after starting or stopping theophylline.',
      ],
      actions: [{ kind: 'monitor', parameter: 'drug-level' }],
      sources: [LITHIUM_DI],
    }),
    ddi('pioglitazone-gemfibrozil', 'pioglitazone', 'gemfibrozil', {
      severity: 'MOD',
      doc: 'established',
      mech: [
        'PK-inhibition',
        'Gemfibrozil (penghambat kuat CYP2C8) menaikkan kadar pioglitazon sekitar tiga kali.',
        'Gemfibrozil, a strong CYP2C8 inhibitor, roughly triples pioglitazone exposure.',
      ],
      effect: [
        'Retensi cairan, edema dan hipoglikemia bila dikombinasikan dengan insulin atau sulfonilurea.',
        'Fluid retention, oedema, and hypoglycaemia when combined with insulin or a sulfonylurea.',
      ],
      manage: ['Batasi pioglitazon 15 mg/hari.', 'Limit pioglitazone to 15 mg/day.'],
      actions: [{ kind: 'reduce-dose' }],
      sources: [label('Pioglitazone (Actos)', 'Drug Interactions: Strong CYP2C8 Inhibitors')],
    }),
    ddi('allopurinol-mercaptopurine', 'allopurinol', 'mercaptopurine', {
      severity: 'MAJ',
      doc: 'established',
      mech: [
        'PK-inhibition',
        'Alopurinol menghambat xantin oksidase yang menginaktifkan merkaptopurin.',
        'Allopurinol inhibits the xanthine oxidase that inactivates mercaptopurine.',
      ],
      effect: [
        'Supresi sumsum tulang berat yang dapat fatal.',
        'Severe, possibly fatal bone-marrow suppression.',
      ],
      manage: [
        'Kurangi dosis merkaptopurin menjadi sepertiga sampai seperempat dan pantau darah lengkap.',
        'Reduce mercaptopurine to one third to one quarter of the dose and monitor blood counts.',
      ],
      actions: [{ kind: 'reduce-dose' }, { kind: 'monitor', parameter: 'CBC' }],
      sources: [
        label('Mercaptopurine oral suspension (Purixan)', 'Drug Interactions'),
        label('Allopurinol (Zyloprim)', 'Precautions: Drug Interactions'),
      ],
    }),
    ddi('azathioprine-trimethoprim', 'azathioprine', 'trimethoprim', {
      severity: 'MOD',
      doc: 'probable',
      mech: ['PD-additive', 'Keduanya menekan produksi leukosit.', 'Both suppress white-cell production.'],
      effect: ['Leukopenia berlebihan.', 'Exaggerated leukopenia.'],
      manage: [
        'Pantau darah lengkap bila kotrimoksazol diperlukan.',
        'Monitor blood counts when co-trimoxazole is needed.',
      ],
      actions: [{ kind: 'monitor', parameter: 'CBC' }],
      sources: [label('Azathioprine (Imuran)', 'Precautions: Drug Interactions')],
    }),
    ddi('aminoquinoline-antacid', 'cls.4-aminoquinoline', 'cls.antacid', {
      severity: 'MOD',
      doc: 'established',
      mech: [
        'PK-absorption',
        'Antasida mengurangi penyerapan klorokuin dan hidroksiklorokuin.',
        'Antacids reduce chloroquine and hydroxychloroquine absorption.',
      ],
      effect: ['Kadar antimalaria lebih rendah.', 'Lower antimalarial levels.'],
      manage: ['Beri jarak setidaknya 4 jam.', 'Separate the doses by at least 4 hours.'],
      actions: [{ kind: 'separate-administration', hours: 4 }],
      sources: [
        label('Chloroquine phosphate', 'Precautions: Drug Interactions'),
        label('Hydroxychloroquine (Plaquenil)', 'Drug Interactions'),
      ],
    }),
    ddi('phenytoin-amiodarone', 'phenytoin', 'amiodarone', {
      severity: 'MOD',
      doc: 'probable',
      onset: 'delayed',
      mech: [
        'PK-inhibition',
        'Amiodaron menghambat metabolisme fenitoin (CYP2C9).',
        'Amiodarone inhibits phenytoin metabolism (CYP2C9).',
      ],
      effect: [
        'Kadar fenitoin naik: nistagmus, ataksia, kebingungan.',
        'Phenytoin levels rise: nystagmus, ataxia, confusion.',
      ],
      manage: [
        'Pantau kadar fenitoin dan kurangi dosis bila perlu.',
        'Monitor phenytoin levels and reduce the dose if needed.',
      ],
      actions: [{ kind: 'monitor', parameter: 'drug-level' }],
      sources: [label('Amiodarone (Pacerone)', 'Drug Interactions')],
    }),
    ddi('warfarin-tamoxifen', 'cls.vitamin-k-antagonist', 'tamoxifen', {
      severity: 'MAJ',
      doc: 'established',
      mech: [
        'PK-inhibition',
        'Tamoksifen memperkuat efek antikoagulan kumarin.',
        'Tamoxifen potentiates coumarin anticoagulants.',
      ],
      effect: INR_UP,
      manage: [
        'Tamoksifen untuk pencegahan atau DCIS dikontraindikasikan pada pasien warfarin; pada kanker payudara, pantau INR ketat.',
        'Tamoxifen for risk reduction or DCIS is contraindicated with warfarin; in breast cancer, monitor the INR closely.',
      ],
      actions: [{ kind: 'monitor', parameter: 'INR' }],
      sources: [label('Tamoxifen citrate (Soltamox)', 'Contraindications')],
    }),
  ],
});
