import { defineSource } from '../../src/drugs/schema/records';
import { ddi, ema, FDA_DDI_TABLE, fda, label, ONC_HIGH_PRIORITY, ONC_NON_INTERRUPTIVE } from '../authoring';

const OPIOID_BZD_2016 = fda(
  'FDA requires strong warnings for opioid analgesics, prescription opioid cough products, and benzodiazepine labeling related to serious risks and death from combined use',
  2016,
);
const DOMPERIDONE_EMA = ema(
  'Restrictions on the use of domperidone-containing medicines (CMDh endorsement of PRAC recommendations)',
  2014,
);
const SEDATION: [string, string] = [
  'Sedasi berlebih dan depresi napas.',
  'Excess sedation and respiratory depression.',
];
const SEROTONIN: [string, string] = [
  'Sindrom serotonin (agitasi, hipertermia, klonus, takikardia).',
  'Serotonin syndrome (agitation, hyperthermia, clonus, tachycardia).',
];

/** Central nervous system interactions: sedation, serotonin toxicity, QT, antiepileptic enzyme effects. */
export default defineSource({
  interactions: [
    ddi('opioid-benzodiazepine', 'cls.opioid', 'cls.benzodiazepine', {
      severity: 'MAJ',
      doc: 'established',
      onset: 'rapid',
      mech: ['PD-additive', 'Depresi SSP dan napas bertambah.', 'CNS and respiratory depression add up.'],
      effect: [
        'Sedasi berat, depresi napas, koma dan kematian.',
        'Profound sedation, respiratory depression, coma and death.',
      ],
      manage: [
        'Resepkan bersama hanya bila tidak ada alternatif; dosis dan durasi minimal, pantau napas dan kesadaran.',
        'Co-prescribe only without alternatives; minimal doses and duration, monitor breathing and sedation.',
      ],
      actions: [{ kind: 'reduce-dose' }, { kind: 'limit-duration' }],
      modifiers: [
        {
          when: { ageYearsAtLeast: 65 },
          severity: 'MAJ',
          note: [
            'Usia ≥65 tahun: lebih sensitif terhadap depresi napas.',
            'Age ≥65: more sensitive to respiratory depression.',
          ],
        },
      ],
      sources: [OPIOID_BZD_2016, label('Tramadol', 'Boxed Warning')],
    }),
    ddi('opioid-gabapentinoid', 'cls.opioid', 'cls.gabapentinoid', {
      severity: 'MAJ',
      doc: 'established',
      mech: [
        'PD-additive',
        'Gabapentinoid menambah depresi napas opioid.',
        'Gabapentinoids add to opioid respiratory depression.',
      ],
      effect: SEDATION,
      manage: [
        'Mulai gabapentinoid dosis terendah dan pantau napas serta sedasi.',
        'Start the gabapentinoid at the lowest dose and watch breathing and sedation.',
      ],
      actions: [{ kind: 'reduce-dose' }],
      sources: [
        fda(
          'FDA warns about serious breathing problems with seizure and nerve pain medicines gabapentin and pregabalin',
          2019,
        ),
      ],
    }),
    ddi('opioid-cns-depressant', 'cls.opioid', 'cls.cns-depressant', {
      severity: 'MOD',
      doc: 'established',
      mech: ['PD-additive', 'Efek sedatif bertambah.', 'Sedative effects add up.'],
      effect: SEDATION,
      manage: [
        'Gunakan dosis terendah; peringatkan pasien agar tidak mengemudi.',
        'Use the lowest doses; warn the patient not to drive.',
      ],
      sources: [
        label('Tramadol', 'Warnings and Precautions: Risks from concomitant use with CNS depressants'),
      ],
    }),
    ddi('benzodiazepine-cns-depressant', 'cls.benzodiazepine', 'cls.cns-depressant', {
      severity: 'MOD',
      doc: 'established',
      mech: ['PD-additive', 'Efek sedatif bertambah.', 'Sedative effects add up.'],
      effect: SEDATION,
      manage: [
        'Gunakan dosis terendah; peringatkan pasien agar tidak mengemudi.',
        'Use the lowest doses; warn the patient not to drive.',
      ],
      sources: [label('Diazepam (Valium)', 'Drug Interactions')],
    }),
    ddi('cns-depressant-additive', 'cls.cns-depressant', 'cls.cns-depressant', {
      severity: 'MIN',
      doc: 'established',
      nonInterruptive: true,
      mech: ['PD-additive', 'Efek sedatif bertambah.', 'Sedative effects add up.'],
      effect: ['Kantuk dan gangguan psikomotor.', 'Drowsiness and psychomotor impairment.'],
      manage: [
        'Peringatkan pasien tentang kantuk; hindari alkohol.',
        'Warn about drowsiness; avoid alcohol.',
      ],
      modifiers: [
        {
          when: { ageYearsAtLeast: 65 },
          severity: 'MOD',
          note: ['Usia ≥65 tahun: risiko jatuh meningkat.', 'Age ≥65: higher risk of falls.'],
        },
      ],
      sources: [ONC_NON_INTERRUPTIVE, label('Diphenhydramine', 'When using this product')],
    }),
    ddi('tramadol-serotonergic', 'tramadol', 'cls.serotonergic', {
      severity: 'MAJ',
      doc: 'established',
      mech: [
        'PD-additive',
        'Tramadol menghambat ambilan serotonin.',
        'Tramadol inhibits serotonin reuptake.',
      ],
      effect: SEROTONIN,
      manage: [
        'Hindari bila bisa; bila perlu, dosis rendah dan edukasi gejala sindrom serotonin.',
        'Avoid if possible; otherwise low doses and teach serotonin-syndrome symptoms.',
      ],
      sources: [label('Tramadol', 'Warnings and Precautions: Serotonin Syndrome')],
    }),
    ddi('tramadol-cyp2d6-inhibitor', 'tramadol', 'cls.cyp2d6-strong-inhibitor', {
      severity: 'MOD',
      doc: 'established',
      mech: [
        'PK-inhibition',
        'Penghambatan CYP2D6 mengurangi metabolit aktif dan menaikkan tramadol induk.',
        'CYP2D6 inhibition reduces the active metabolite and raises parent tramadol.',
      ],
      effect: [
        'Analgesia berkurang, risiko kejang dan sindrom serotonin meningkat.',
        'Less analgesia, more seizure and serotonin-syndrome risk.',
      ],
      manage: [
        'Pilih analgesik lain atau pantau efek dan toksisitas.',
        'Choose another analgesic or monitor effect and toxicity.',
      ],
      sources: [label('Tramadol', 'Drug Interactions')],
    }),
    ddi('tramadol-carbamazepine', 'tramadol', 'carbamazepine', {
      severity: 'MOD',
      doc: 'established',
      mech: [
        'PK-induction',
        'Karbamazepin mempercepat metabolisme tramadol; tramadol menurunkan ambang kejang.',
        'Carbamazepine speeds tramadol metabolism; tramadol lowers the seizure threshold.',
      ],
      effect: ['Analgesia berkurang dan risiko kejang.', 'Less analgesia and seizure risk.'],
      manage: ['Tidak dianjurkan; pilih analgesik lain.', 'Not recommended; choose another analgesic.'],
      actions: [{ kind: 'use-alternative', alternatives: ['paracetamol'] }],
      sources: [label('Tramadol', 'Drug Interactions')],
    }),
    ddi('codeine-cyp2d6-inhibitor', 'codeine', 'cls.cyp2d6-strong-inhibitor', {
      severity: 'MOD',
      doc: 'established',
      mech: [
        'PK-inhibition',
        'Penghambatan CYP2D6 mengurangi konversi kodein menjadi morfin.',
        'CYP2D6 inhibition reduces conversion of codeine to morphine.',
      ],
      effect: [
        'Efek analgesik berkurang; toksisitas saat penghambat dihentikan.',
        'Reduced analgesia; toxicity when the inhibitor stops.',
      ],
      manage: ['Pilih analgesik lain.', 'Choose another analgesic.'],
      sources: [label('Codeine sulfate', 'Drug Interactions')],
    }),
    ddi('serotonergic-additive', 'cls.serotonergic', 'cls.serotonergic', {
      severity: 'MOD',
      doc: 'probable',
      mech: [
        'PD-additive',
        'Dua obat yang menambah aktivitas serotonin.',
        'Two drugs that raise serotonergic activity.',
      ],
      effect: SEROTONIN,
      manage: [
        'Edukasi gejala; mulai dosis rendah; hentikan bila gejala muncul.',
        'Teach the symptoms; start low; stop if they appear.',
      ],
      sources: [
        label('Sertraline (Zoloft)', 'Warnings and Precautions: Serotonin Syndrome'),
        fda(
          'Potentially life-threatening serotonin syndrome with combined use of SSRIs or SNRIs and triptan medications',
          2006,
        ),
      ],
    }),
    ddi('dextromethorphan-cyp2d6-inhibitor', 'dextromethorphan', 'cls.cyp2d6-strong-inhibitor', {
      severity: 'MOD',
      doc: 'established',
      mech: [
        'PK-inhibition',
        'Dekstrometorfan adalah substrat sensitif CYP2D6; kadarnya naik berlipat.',
        'Dextromethorphan is a sensitive CYP2D6 substrate; levels rise several-fold.',
      ],
      effect: [
        'Toksisitas dekstrometorfan dan risiko sindrom serotonin.',
        'Dextromethorphan toxicity and serotonin-syndrome risk.',
      ],
      manage: [
        'Hindari produk batuk berisi dekstrometorfan; pilih terapi lain.',
        'Avoid dextromethorphan cough products; choose another option.',
      ],
      sources: [FDA_DDI_TABLE, label('Fluoxetine (Prozac)', 'Drug Interactions')],
    }),
    ddi('ssri-tca', 'cls.ssri', 'cls.tca', {
      severity: 'MOD',
      doc: 'established',
      mech: [
        'PK-inhibition',
        'Fluoksetin dan paroksetin menghambat CYP2D6 yang memetabolisme TCA; efek serotonergik bertambah.',
        'Fluoxetine and paroxetine inhibit the CYP2D6 that clears TCAs; serotonergic effects add.',
      ],
      effect: [
        'Kadar TCA naik (antikolinergik, QT) dan risiko sindrom serotonin.',
        'Higher TCA levels (anticholinergic, QT) and serotonin-syndrome risk.',
      ],
      manage: [
        'Gunakan dosis TCA rendah dan pantau efek samping.',
        'Use low TCA doses and watch for adverse effects.',
      ],
      sources: [label('Amitriptyline hydrochloride', 'Precautions: Drug Interactions')],
    }),
    ddi('qt-qt', 'cls.qt-prolonging', 'cls.qt-prolonging', {
      severity: 'MAJ',
      doc: 'probable',
      mech: [
        'PD-additive',
        'Pemanjangan repolarisasi ventrikel bertambah.',
        'Prolongation of ventricular repolarisation adds up.',
      ],
      effect: ['Pemanjangan QT dan torsades de pointes.', 'QT prolongation and torsades de pointes.'],
      manage: [
        'Hindari bila ada alternatif; bila perlu, periksa EKG, kalium dan magnesium.',
        'Avoid when an alternative exists; otherwise check ECG, potassium and magnesium.',
      ],
      actions: [{ kind: 'monitor', parameter: 'ECG-QTc' }],
      sources: [ONC_HIGH_PRIORITY],
    }),
    ddi('domperidone-qt', 'domperidone', 'cls.qt-prolonging', {
      severity: 'CI',
      doc: 'established',
      mech: [
        'PD-additive',
        'Domperidon memperpanjang QT; efek bertambah.',
        'Domperidone prolongs QT; effects add up.',
      ],
      effect: [
        'Aritmia ventrikel serius dan kematian jantung mendadak.',
        'Serious ventricular arrhythmia and sudden cardiac death.',
      ],
      manage: ['Dikontraindikasikan; pilih antiemetik lain.', 'Contraindicated; choose another antiemetic.'],
      actions: [{ kind: 'avoid' }],
      sources: [DOMPERIDONE_EMA],
    }),
    ddi('domperidone-strong-cyp3a4-inhibitor', 'domperidone', 'cls.cyp3a4-strong-inhibitor', {
      severity: 'CI',
      doc: 'established',
      mech: [
        'PK-inhibition',
        'Penghambatan CYP3A4 menaikkan kadar domperidon.',
        'CYP3A4 inhibition raises domperidone levels.',
      ],
      effect: ['Pemanjangan QT dan aritmia.', 'QT prolongation and arrhythmia.'],
      manage: ['Dikontraindikasikan; pilih antiemetik lain.', 'Contraindicated; choose another antiemetic.'],
      actions: [{ kind: 'avoid' }],
      sources: [DOMPERIDONE_EMA],
    }),
    ...(['omeprazole', 'esomeprazole', 'cimetidine'] as const).map((inhibitor) =>
      ddi(`citalopram-${inhibitor}`, 'citalopram', inhibitor, {
        severity: 'MOD',
        doc: 'established',
        mech: [
          'PK-inhibition',
          'Penghambatan CYP2C19 menaikkan kadar sitalopram.',
          'CYP2C19 inhibition raises citalopram levels.',
        ],
        effect: ['Pemanjangan QT terkait dosis.', 'Dose-related QT prolongation.'],
        manage: ['Batasi sitalopram 20 mg/hari.', 'Limit citalopram to 20 mg/day.'],
        actions: [{ kind: 'reduce-dose' }],
        sources: [
          fda(
            'Revised recommendations for Celexa (citalopram hydrobromide) related to a potential risk of abnormal heart rhythms with high doses',
            2012,
          ),
        ],
      }),
    ),
    ddi('carbamazepine-strong-cyp3a4-inhibitor', 'carbamazepine', 'cls.cyp3a4-strong-inhibitor', {
      severity: 'MAJ',
      doc: 'established',
      mech: [
        'PK-inhibition',
        'Penghambatan CYP3A4 menaikkan kadar karbamazepin.',
        'CYP3A4 inhibition raises carbamazepine levels.',
      ],
      effect: [
        'Toksisitas karbamazepin (pusing, ataksia, diplopia).',
        'Carbamazepine toxicity (dizziness, ataxia, diplopia).',
      ],
      manage: [
        'Pilih azitromisin atau antijamur lain; bila perlu, pantau kadar.',
        'Prefer azithromycin or another antifungal; otherwise monitor levels.',
      ],
      actions: [{ kind: 'monitor', parameter: 'drug-level' }],
      sources: [label('Carbamazepine (Tegretol)', 'Precautions: Drug Interactions')],
    }),
    ddi('carbamazepine-moderate-cyp3a4-inhibitor', 'carbamazepine', 'cls.cyp3a4-moderate-inhibitor', {
      severity: 'MOD',
      doc: 'established',
      mech: [
        'PK-inhibition',
        'Penghambatan CYP3A4 menaikkan kadar karbamazepin.',
        'CYP3A4 inhibition raises carbamazepine levels.',
      ],
      effect: ['Toksisitas karbamazepin.', 'Carbamazepine toxicity.'],
      manage: ['Pantau kadar dan gejala toksisitas.', 'Monitor levels and toxicity symptoms.'],
      actions: [{ kind: 'monitor', parameter: 'drug-level' }],
      sources: [label('Carbamazepine (Tegretol)', 'Precautions: Drug Interactions')],
    }),
    ddi(
      'enzyme-inducer-hormonal-contraceptive',
      'cls.antiepileptic-enzyme-inducer',
      'cls.contraceptive-enzyme-sensitive',
      {
        severity: 'MAJ',
        doc: 'established',
        onset: 'delayed',
        mech: [
          'PK-induction',
          'Induksi enzim hati menurunkan kadar estrogen dan progestin.',
          'Hepatic enzyme induction lowers oestrogen and progestin levels.',
        ],
        effect: [
          'Kegagalan kontrasepsi dan kehamilan tidak direncanakan.',
          'Contraceptive failure and unplanned pregnancy.',
        ],
        manage: [
          'Gunakan metode yang tidak terpengaruh (AKDR tembaga atau LNG, suntik DMPA).',
          'Use a method that is not affected (copper or LNG IUD, DMPA injection).',
        ],
        sources: [
          label('Carbamazepine (Tegretol)', 'Precautions: Drug Interactions'),
          {
            kind: 'guideline',
            title: 'Medical eligibility criteria for contraceptive use, 5th edition',
            publisher: 'World Health Organization',
            year: 2015,
          },
        ],
      },
    ),
    ddi('lamotrigine-valproate', 'lamotrigine', 'valproic-acid', {
      severity: 'MAJ',
      doc: 'established',
      mech: [
        'PK-inhibition',
        'Valproat menghambat glukuronidasi lamotrigin (kadar ±2 kali).',
        'Valproate inhibits lamotrigine glucuronidation (levels about double).',
      ],
      effect: ['Ruam serius termasuk SJS/TEN.', 'Serious rash including SJS/TEN.'],
      manage: [
        'Gunakan jadwal titrasi lamotrigin khusus (dosis setengah).',
        'Use the dedicated lamotrigine titration schedule (half doses).',
      ],
      actions: [{ kind: 'reduce-dose' }],
      sources: [
        label('Lamotrigine (Lamictal)', 'Boxed Warning'),
        label('Lamotrigine (Lamictal)', 'Dosage and Administration'),
      ],
    }),
    ddi('lamotrigine-enzyme-inducer', 'lamotrigine', 'cls.antiepileptic-enzyme-inducer', {
      severity: 'MOD',
      doc: 'established',
      mech: [
        'PK-induction',
        'Induksi glukuronidasi menurunkan kadar lamotrigin sekitar separuh.',
        'Glucuronidation induction lowers lamotrigine levels by about half.',
      ],
      effect: ['Kontrol kejang berkurang.', 'Less seizure control.'],
      manage: [
        'Gunakan jadwal titrasi untuk pasien dengan penginduksi enzim.',
        'Use the titration schedule for patients on enzyme inducers.',
      ],
      sources: [label('Lamotrigine (Lamictal)', 'Dosage and Administration')],
    }),
    ddi('lamotrigine-rifampicin', 'lamotrigine', 'rifampicin', {
      severity: 'MOD',
      doc: 'established',
      mech: [
        'PK-induction',
        'Rifampisin menginduksi glukuronidasi lamotrigin.',
        'Rifampicin induces lamotrigine glucuronidation.',
      ],
      effect: ['Kontrol kejang berkurang.', 'Less seizure control.'],
      manage: [
        'Sesuaikan dosis lamotrigin dan pantau kejang.',
        'Adjust the lamotrigine dose and watch for seizures.',
      ],
      sources: [label('Lamotrigine (Lamictal)', 'Drug Interactions')],
    }),
    ddi('lamotrigine-estrogen', 'lamotrigine', 'ethinylestradiol', {
      severity: 'MOD',
      doc: 'established',
      mech: [
        'PK-induction',
        'Estrogen menginduksi glukuronidasi lamotrigin.',
        'Oestrogen induces lamotrigine glucuronidation.',
      ],
      effect: [
        'Kadar lamotrigin turun (dan naik pada minggu bebas pil).',
        'Lamotrigine levels fall (and rise in the pill-free week).',
      ],
      manage: [
        'Sesuaikan dosis lamotrigin saat memulai atau menghentikan kontrasepsi kombinasi.',
        'Adjust lamotrigine when starting or stopping combined contraception.',
      ],
      sources: [
        label(
          'Lamotrigine (Lamictal)',
          'Dosage and Administration: Women taking estrogen-containing oral contraceptives',
        ),
      ],
    }),
    ddi('valproate-enzyme-inducer', 'valproic-acid', 'cls.antiepileptic-enzyme-inducer', {
      severity: 'MOD',
      doc: 'established',
      mech: [
        'PK-induction',
        'Penginduksi enzim menurunkan kadar valproat; valproat dapat menaikkan kadar fenobarbital.',
        'Enzyme inducers lower valproate; valproate can raise phenobarbital.',
      ],
      effect: [
        'Kontrol kejang berubah; toksisitas fenobarbital.',
        'Altered seizure control; phenobarbital toxicity.',
      ],
      manage: ['Pantau kadar obat dan gejala.', 'Monitor drug levels and symptoms.'],
      actions: [{ kind: 'monitor', parameter: 'drug-level' }],
      sources: [label('Valproate (Depakote)', 'Drug Interactions')],
    }),
    ddi('phenytoin-fluconazole', 'phenytoin', 'fluconazole', {
      severity: 'MAJ',
      doc: 'established',
      mech: [
        'PK-inhibition',
        'Flukonazol menghambat CYP2C9 yang memetabolisme fenitoin.',
        'Fluconazole inhibits the CYP2C9 that clears phenytoin.',
      ],
      effect: ['Toksisitas fenitoin.', 'Phenytoin toxicity.'],
      manage: ['Pantau kadar fenitoin dan sesuaikan dosis.', 'Monitor phenytoin levels and adjust.'],
      actions: [{ kind: 'monitor', parameter: 'drug-level' }],
      sources: [label('Fluconazole (Diflucan)', 'Drug Interactions')],
    }),
    ddi('phenytoin-isoniazid', 'phenytoin', 'isoniazid', {
      severity: 'MAJ',
      doc: 'established',
      mech: [
        'PK-inhibition',
        'Isoniazid menghambat metabolisme fenitoin (terutama asetilator lambat).',
        'Isoniazid inhibits phenytoin metabolism (especially in slow acetylators).',
      ],
      effect: ['Toksisitas fenitoin.', 'Phenytoin toxicity.'],
      manage: [
        'Pantau kadar fenitoin; kurangi dosis bila perlu.',
        'Monitor phenytoin levels; reduce the dose if needed.',
      ],
      actions: [{ kind: 'monitor', parameter: 'drug-level' }],
      sources: [label('Isoniazid', 'Precautions: Drug Interactions')],
    }),
    ddi('phenytoin-trimethoprim', 'phenytoin', 'trimethoprim', {
      severity: 'MOD',
      doc: 'probable',
      mech: [
        'PK-inhibition',
        'Trimetoprim memperpanjang waktu paruh fenitoin.',
        'Trimethoprim prolongs phenytoin half-life.',
      ],
      effect: ['Kadar fenitoin naik.', 'Higher phenytoin levels.'],
      manage: ['Pantau gejala toksisitas fenitoin.', 'Watch for phenytoin toxicity.'],
      sources: [label('Sulfamethoxazole and trimethoprim (Bactrim)', 'Drug Interactions')],
    }),
    ddi('carbamazepine-isoniazid', 'carbamazepine', 'isoniazid', {
      severity: 'MAJ',
      doc: 'established',
      mech: [
        'PK-inhibition',
        'Isoniazid menaikkan kadar karbamazepin; karbamazepin dapat menambah hepatotoksisitas isoniazid.',
        'Isoniazid raises carbamazepine levels; carbamazepine may add to isoniazid hepatotoxicity.',
      ],
      effect: ['Toksisitas karbamazepin dan hepatotoksisitas.', 'Carbamazepine toxicity and hepatotoxicity.'],
      manage: [
        'Pantau kadar karbamazepin dan fungsi hati.',
        'Monitor carbamazepine levels and liver function.',
      ],
      actions: [
        { kind: 'monitor', parameter: 'drug-level' },
        { kind: 'monitor', parameter: 'LFT' },
      ],
      sources: [label('Isoniazid', 'Precautions: Drug Interactions')],
    }),
    ddi('quetiapine-strong-cyp3a4-inhibitor', 'quetiapine', 'cls.cyp3a4-strong-inhibitor', {
      severity: 'MAJ',
      doc: 'established',
      mech: [
        'PK-inhibition',
        'Penghambatan CYP3A4 menaikkan kadar kuetiapin berlipat.',
        'CYP3A4 inhibition raises quetiapine levels several-fold.',
      ],
      effect: [
        'Sedasi, hipotensi ortostatik, pemanjangan QT.',
        'Sedation, orthostatic hypotension, QT prolongation.',
      ],
      manage: ['Kurangi dosis kuetiapin menjadi seperenam.', 'Cut the quetiapine dose to one sixth.'],
      actions: [{ kind: 'reduce-dose' }],
      sources: [label('Quetiapine (Seroquel)', 'Drug Interactions')],
    }),
    ddi('quetiapine-strong-inducer', 'quetiapine', 'cls.cyp3a4-strong-inducer', {
      severity: 'MOD',
      doc: 'established',
      mech: [
        'PK-induction',
        'Induksi CYP3A4 menurunkan kadar kuetiapin.',
        'CYP3A4 induction lowers quetiapine levels.',
      ],
      effect: ['Efek antipsikotik berkurang.', 'Less antipsychotic effect.'],
      manage: [
        'Naikkan dosis kuetiapin hingga 5 kali sesuai respons.',
        'Increase quetiapine up to 5-fold by response.',
      ],
      sources: [label('Quetiapine (Seroquel)', 'Drug Interactions')],
    }),
    ddi('haloperidol-inducer', 'haloperidol', 'cls.cyp3a4-strong-inducer', {
      severity: 'MOD',
      doc: 'established',
      mech: [
        'PK-induction',
        'Induksi enzim menurunkan kadar haloperidol.',
        'Enzyme induction lowers haloperidol levels.',
      ],
      effect: ['Efek antipsikotik berkurang.', 'Less antipsychotic effect.'],
      manage: ['Pantau respons dan sesuaikan dosis.', 'Monitor response and adjust the dose.'],
      sources: [label('Haloperidol', 'Precautions: Drug Interactions')],
    }),
    ...(['ketoconazole', 'itraconazole'] as const).map((azole) =>
      ddi(`alprazolam-${azole}`, 'alprazolam', azole, {
        severity: 'CI',
        doc: 'established',
        mech: [
          'PK-inhibition',
          'Penghambatan kuat CYP3A4 menaikkan kadar alprazolam berlipat.',
          'Strong CYP3A4 inhibition raises alprazolam levels several-fold.',
        ],
        effect: ['Sedasi berat dan depresi napas.', 'Profound sedation and respiratory depression.'],
        manage: [
          'Dikontraindikasikan; pilih lorazepam bila perlu benzodiazepin.',
          'Contraindicated; use lorazepam if a benzodiazepine is needed.',
        ],
        actions: [{ kind: 'use-alternative', alternatives: ['lorazepam'] }],
        sources: [label('Alprazolam (Xanax)', 'Contraindications')],
      }),
    ),
    ddi('alprazolam-moderate-cyp3a4-inhibitor', 'alprazolam', 'cls.cyp3a4-moderate-inhibitor', {
      severity: 'MOD',
      doc: 'established',
      mech: [
        'PK-inhibition',
        'Penghambatan CYP3A4 menaikkan kadar alprazolam.',
        'CYP3A4 inhibition raises alprazolam levels.',
      ],
      effect: ['Sedasi berlebih.', 'Excess sedation.'],
      manage: ['Kurangi dosis alprazolam.', 'Reduce the alprazolam dose.'],
      actions: [{ kind: 'reduce-dose' }],
      sources: [label('Alprazolam (Xanax)', 'Drug Interactions')],
    }),
    ...(['amitriptyline', 'metoprolol'] as const).map((substrate) =>
      ddi(`${substrate}-cyp2d6-inhibitor`, substrate, 'cls.cyp2d6-strong-inhibitor', {
        severity: 'MOD',
        doc: 'established',
        mech: [
          'PK-inhibition',
          'Penghambatan kuat CYP2D6 menaikkan kadar obat.',
          'Strong CYP2D6 inhibition raises levels of the drug.',
        ],
        effect:
          substrate === 'metoprolol'
            ? ['Bradikardia dan hipotensi.', 'Bradycardia and hypotension.']
            : [
                'Efek antikolinergik, sedasi dan risiko aritmia.',
                'Anticholinergic effects, sedation and arrhythmia risk.',
              ],
        manage: ['Mulai dosis rendah dan pantau.', 'Start low and monitor.'],
        actions: [{ kind: 'reduce-dose' }],
        sources: [
          FDA_DDI_TABLE,
          label(
            substrate === 'metoprolol' ? 'Metoprolol tartrate (Lopressor)' : 'Amitriptyline hydrochloride',
            'Drug Interactions',
          ),
        ],
      }),
    ),
    ddi('metoclopramide-antipsychotic', 'metoclopramide', 'cls.antipsychotic', {
      severity: 'MAJ',
      doc: 'established',
      mech: ['PD-additive', 'Blokade dopamin bertambah.', 'Dopamine blockade adds up.'],
      effect: [
        'Gejala ekstrapiramidal, diskinesia tardif, sindrom neuroleptik maligna.',
        'Extrapyramidal symptoms, tardive dyskinesia, neuroleptic malignant syndrome.',
      ],
      manage: [
        'Hindari kombinasi; pilih antiemetik lain (misalnya ondansetron, dengan perhatian QT).',
        'Avoid; choose another antiemetic (e.g. ondansetron, minding QT).',
      ],
      actions: [{ kind: 'avoid' }],
      sources: [label('Metoclopramide (Reglan)', 'Drug Interactions')],
    }),
    ddi('anticholinergic-burden', 'cls.anticholinergic', 'cls.anticholinergic', {
      severity: 'MIN',
      doc: 'established',
      nonInterruptive: true,
      mech: ['PD-additive', 'Efek antikolinergik bertambah.', 'Anticholinergic effects add up.'],
      effect: [
        'Mulut kering, konstipasi, retensi urin, kebingungan.',
        'Dry mouth, constipation, urinary retention, confusion.',
      ],
      manage: [
        'Kurangi jumlah obat antikolinergik bila bisa.',
        'Reduce the number of anticholinergic drugs where possible.',
      ],
      modifiers: [
        {
          when: { ageYearsAtLeast: 65 },
          severity: 'MOD',
          note: [
            'Usia ≥65 tahun: risiko delirium, jatuh dan retensi urin lebih tinggi.',
            'Age ≥65: higher risk of delirium, falls and urinary retention.',
          ],
        },
      ],
      sources: [
        label('Trihexyphenidyl hydrochloride', 'Precautions'),
        label('Amitriptyline hydrochloride', 'Precautions: Drug Interactions'),
      ],
    }),
    ddi('triptan-ergot', 'cls.triptan', 'cls.ergot-alkaloid', {
      severity: 'CI',
      doc: 'established',
      mech: ['PD-additive', 'Vasokonstriksi bertambah.', 'Vasoconstriction adds up.'],
      effect: ['Vasospasme koroner dan iskemia.', 'Coronary vasospasm and ischaemia.'],
      manage: [
        'Dikontraindikasikan dalam 24 jam satu sama lain.',
        'Contraindicated within 24 hours of each other.',
      ],
      actions: [{ kind: 'avoid' }],
      sources: [label('Sumatriptan (Imitrex)', 'Contraindications')],
    }),
    ddi('ergot-strong-cyp3a4-inhibitor', 'cls.ergot-alkaloid', 'cls.cyp3a4-strong-inhibitor', {
      severity: 'CI',
      doc: 'established',
      mech: [
        'PK-inhibition',
        'Penghambatan CYP3A4 menaikkan kadar alkaloid ergot.',
        'CYP3A4 inhibition raises ergot alkaloid levels.',
      ],
      effect: [
        'Vasospasme dan iskemia perifer atau serebral yang mengancam jiwa.',
        'Life-threatening vasospasm and peripheral or cerebral ischaemia.',
      ],
      manage: ['Dikontraindikasikan.', 'Contraindicated.'],
      actions: [{ kind: 'avoid' }],
      sources: [
        label('Ergotamine tartrate and caffeine (Cafergot)', 'Boxed Warning'),
        label('Methylergonovine maleate (Methergine)', 'Drug Interactions'),
      ],
    }),
    ddi('ergot-moderate-cyp3a4-inhibitor', 'cls.ergot-alkaloid', 'cls.cyp3a4-moderate-inhibitor', {
      severity: 'MOD',
      doc: 'probable',
      mech: [
        'PK-inhibition',
        'Penghambatan sedang CYP3A4 dapat menaikkan kadar alkaloid ergot.',
        'Moderate CYP3A4 inhibition can raise ergot alkaloid levels.',
      ],
      effect: ['Risiko iskemia.', 'Risk of ischaemia.'],
      manage: [
        'Gunakan dengan hati-hati dan pantau gejala iskemia.',
        'Use with care and watch for ischaemia.',
      ],
      sources: [label('Ergotamine tartrate and caffeine (Cafergot)', 'Warnings')],
    }),
  ],
});
