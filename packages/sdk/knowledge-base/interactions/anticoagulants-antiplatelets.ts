import { defineSource } from '../../src/drugs/schema/records';
import { ddi, drugFacts, fda, label, mhra, ONC_HIGH_PRIORITY } from '../authoring';

const WARFARIN = label('Warfarin (Coumadin)', 'Drug Interactions');
const BLEED: [string, string] = ['Risiko perdarahan meningkat.', 'Raises the risk of bleeding.'];
const INR_UP: [string, string] = [
  'INR naik dan risiko perdarahan meningkat.',
  'INR rises and bleeding risk increases.',
];
const MONITOR_INR: [string, string] = [
  'Pantau INR lebih sering saat memulai dan menghentikan; sesuaikan dosis warfarin.',
  'Check INR more often when starting and stopping; adjust the warfarin dose.',
];

/** Interactions of anticoagulants and antiplatelets (ONC high-priority: warfarin + NSAIDs). */
export default defineSource({
  interactions: [
    ddi('warfarin-nsaid', 'cls.vitamin-k-antagonist', 'cls.nsaid', {
      severity: 'MAJ',
      doc: 'established',
      onset: 'rapid',
      mech: [
        'PD-additive',
        'OAINS mengganggu fungsi trombosit dan merusak mukosa lambung, menambah efek antikoagulan.',
        'NSAIDs impair platelet function and injure gastric mucosa on top of anticoagulation.',
      ],
      effect: [
        'Perdarahan saluran cerna dan perdarahan lain meningkat.',
        'More gastrointestinal and other bleeding.',
      ],
      manage: [
        'Hindari; gunakan parasetamol untuk nyeri. Bila tetap perlu, dosis terendah, waktu singkat, tambahkan PPI dan pantau INR serta tanda perdarahan.',
        'Avoid; use paracetamol for pain. If unavoidable, lowest dose for the shortest time with a PPI, and monitor INR and bleeding.',
      ],
      actions: [
        { kind: 'use-alternative', alternatives: ['paracetamol'] },
        { kind: 'monitor', parameter: 'INR' },
      ],
      modifiers: [
        {
          when: { classPresent: 'cls.corticosteroid-systemic' },
          severity: 'MAJ',
          note: [
            'Kortikosteroid sistemik juga ada: risiko perdarahan lambung lebih tinggi.',
            'A systemic corticosteroid is also present: higher GI bleeding risk.',
          ],
        },
      ],
      sources: [ONC_HIGH_PRIORITY, WARFARIN],
    }),
    ddi('warfarin-antiplatelet', 'cls.vitamin-k-antagonist', 'cls.antiplatelet', {
      severity: 'MAJ',
      doc: 'established',
      mech: [
        'PD-additive',
        'Antiplatelet menambah efek antikoagulan.',
        'Antiplatelet effect adds to anticoagulation.',
      ],
      effect: BLEED,
      manage: [
        'Kombinasikan hanya bila ada indikasi jelas (misalnya stent baru); pantau INR dan tanda perdarahan, pertimbangkan PPI.',
        'Combine only for a clear indication (e.g. a recent stent); monitor INR and bleeding, consider a PPI.',
      ],
      actions: [{ kind: 'monitor', parameter: 'INR' }],
      sources: [WARFARIN],
    }),
    ddi('warfarin-ssri', 'cls.vitamin-k-antagonist', 'cls.ssri', {
      severity: 'MOD',
      doc: 'probable',
      mech: [
        'PD-additive',
        'SSRI mengurangi serotonin trombosit sehingga agregasi terganggu.',
        'SSRIs deplete platelet serotonin and impair aggregation.',
      ],
      effect: BLEED,
      manage: MONITOR_INR,
      actions: [{ kind: 'monitor', parameter: 'INR' }],
      sources: [
        WARFARIN,
        label('Sertraline (Zoloft)', 'Warnings and Precautions: Increased Risk of Bleeding'),
      ],
    }),
    ddi(
      'warfarin-metronidazole',
      'cls.vitamin-k-antagonist',
      { ingredient: 'metronidazole', route: ['systemic'] },
      {
        severity: 'MAJ',
        doc: 'established',
        onset: 'delayed',
        mech: [
          'PK-inhibition',
          'Metronidazol menghambat metabolisme S-warfarin (CYP2C9).',
          'Metronidazole inhibits S-warfarin metabolism (CYP2C9).',
        ],
        effect: INR_UP,
        manage: [
          'Pertimbangkan antibiotik lain; bila dipakai, kurangi dosis warfarin dan periksa INR dalam 3–5 hari.',
          'Consider another antibiotic; if used, reduce the warfarin dose and check INR within 3–5 days.',
        ],
        actions: [{ kind: 'monitor', parameter: 'INR' }, { kind: 'reduce-dose' }],
        sources: [WARFARIN, label('Metronidazole (Flagyl)', 'Drug Interactions')],
      },
    ),
    ddi('warfarin-cotrimoxazole', 'cls.vitamin-k-antagonist', 'sulfamethoxazole', {
      severity: 'MAJ',
      doc: 'established',
      onset: 'delayed',
      mech: [
        'PK-inhibition',
        'Sulfametoksazol menghambat CYP2C9 dan menggeser warfarin dari protein.',
        'Sulfamethoxazole inhibits CYP2C9 and displaces warfarin from protein.',
      ],
      effect: INR_UP,
      manage: [
        'Pilih antibiotik lain bila bisa; bila dipakai, periksa INR dalam 3–5 hari dan sesuaikan dosis.',
        'Prefer another antibiotic; if used, check INR within 3–5 days and adjust.',
      ],
      actions: [{ kind: 'monitor', parameter: 'INR' }],
      sources: [WARFARIN, label('Sulfamethoxazole and trimethoprim (Bactrim)', 'Drug Interactions')],
    }),
    ddi('warfarin-cyp2c9-inhibitor', 'cls.vitamin-k-antagonist', 'cls.cyp2c9-moderate-inhibitor', {
      severity: 'MAJ',
      doc: 'established',
      onset: 'delayed',
      mech: [
        'PK-inhibition',
        'Penghambatan CYP2C9 menaikkan kadar S-warfarin.',
        'CYP2C9 inhibition raises S-warfarin levels.',
      ],
      effect: INR_UP,
      manage: [
        'Kurangi dosis warfarin sesuai INR; periksa INR tiap minggu saat memulai (amiodaron: efek berminggu-minggu).',
        'Reduce the warfarin dose by INR; check INR weekly when starting (amiodarone: effect builds over weeks).',
      ],
      actions: [{ kind: 'monitor', parameter: 'INR' }, { kind: 'reduce-dose' }],
      sources: [
        WARFARIN,
        label('Fluconazole (Diflucan)', 'Drug Interactions'),
        label('Amiodarone (Pacerone)', 'Drug Interactions'),
      ],
    }),
    ddi('warfarin-strong-inducer', 'cls.vitamin-k-antagonist', 'cls.cyp3a4-strong-inducer', {
      severity: 'MAJ',
      doc: 'established',
      onset: 'delayed',
      mech: [
        'PK-induction',
        'Induksi enzim hati mempercepat eliminasi warfarin.',
        'Hepatic enzyme induction speeds warfarin elimination.',
      ],
      effect: [
        'INR turun; risiko trombosis. Saat penginduksi dihentikan, INR dapat naik tajam.',
        'INR falls, with thrombosis risk; when the inducer stops, INR can rise sharply.',
      ],
      manage: [
        'Pantau INR ketat dan naikkan dosis warfarin; turunkan kembali bertahap setelah penginduksi dihentikan.',
        'Monitor INR closely and raise the warfarin dose; lower it gradually after the inducer stops.',
      ],
      actions: [{ kind: 'monitor', parameter: 'INR' }],
      sources: [WARFARIN, label('Rifampin (Rifadin)', 'Drug Interactions')],
    }),
    ddi('warfarin-macrolide', 'cls.vitamin-k-antagonist', 'cls.macrolide', {
      severity: 'MOD',
      doc: 'probable',
      mech: [
        'PK-inhibition',
        'Makrolida dapat menghambat metabolisme warfarin dan mengubah flora usus penghasil vitamin K.',
        'Macrolides can inhibit warfarin metabolism and alter vitamin K-producing gut flora.',
      ],
      effect: INR_UP,
      manage: MONITOR_INR,
      actions: [{ kind: 'monitor', parameter: 'INR' }],
      sources: [WARFARIN, label('Clarithromycin (Biaxin)', 'Drug Interactions')],
    }),
    ddi('warfarin-fluoroquinolone', 'cls.vitamin-k-antagonist', 'cls.fluoroquinolone', {
      severity: 'MOD',
      doc: 'probable',
      mech: [
        'PK-inhibition',
        'Fluorokuinolon dapat meningkatkan efek warfarin.',
        'Fluoroquinolones can increase the effect of warfarin.',
      ],
      effect: INR_UP,
      manage: MONITOR_INR,
      actions: [{ kind: 'monitor', parameter: 'INR' }],
      sources: [WARFARIN, label('Ciprofloxacin (Cipro)', 'Drug Interactions')],
    }),
    ddi('warfarin-levothyroxine', 'cls.vitamin-k-antagonist', 'levothyroxine', {
      severity: 'MOD',
      doc: 'established',
      onset: 'delayed',
      mech: [
        'PD-additive',
        'Hormon tiroid mempercepat katabolisme faktor pembekuan.',
        'Thyroid hormone speeds the catabolism of clotting factors.',
      ],
      effect: INR_UP,
      manage: MONITOR_INR,
      actions: [{ kind: 'monitor', parameter: 'INR' }],
      sources: [label('Levothyroxine (Synthroid)', 'Drug Interactions'), WARFARIN],
    }),
    ddi('warfarin-fibrate', 'cls.vitamin-k-antagonist', 'cls.fibrate', {
      severity: 'MAJ',
      doc: 'established',
      mech: [
        'PK-inhibition',
        'Fibrat memperkuat efek antikoagulan kumarin.',
        'Fibrates potentiate coumarin anticoagulants.',
      ],
      effect: INR_UP,
      manage: [
        'Kurangi dosis warfarin saat memulai fibrat dan periksa INR sering sampai stabil.',
        'Reduce the warfarin dose when starting a fibrate and check INR often until stable.',
      ],
      actions: [{ kind: 'monitor', parameter: 'INR' }, { kind: 'reduce-dose' }],
      sources: [
        label('Fenofibrate (Tricor)', 'Warnings and Precautions: Coumarin Anticoagulants'),
        label('Gemfibrozil (Lopid)', 'Warnings'),
      ],
    }),
    ddi('warfarin-tramadol', 'cls.vitamin-k-antagonist', 'tramadol', {
      severity: 'MOD',
      doc: 'suspected',
      mech: [
        'PK-inhibition',
        'Mekanisme belum jelas; kenaikan INR dilaporkan.',
        'Mechanism unclear; INR increases have been reported.',
      ],
      effect: INR_UP,
      manage: MONITOR_INR,
      actions: [{ kind: 'monitor', parameter: 'INR' }],
      sources: [label('Tramadol', 'Drug Interactions')],
    }),
    ddi('warfarin-miconazole', 'cls.vitamin-k-antagonist', 'miconazole', {
      severity: 'MOD',
      doc: 'probable',
      mech: [
        'PK-inhibition',
        'Mikonazol yang terserap (gel oral, vaginal) menghambat CYP2C9.',
        'Absorbed miconazole (oral gel, vaginal) inhibits CYP2C9.',
      ],
      effect: INR_UP,
      manage: MONITOR_INR,
      actions: [{ kind: 'monitor', parameter: 'INR' }],
      sources: [
        drugFacts(
          'Miconazole nitrate (vaginal)',
          'Ask a doctor or pharmacist before use if you are taking warfarin',
        ),
      ],
    }),
    ddi(
      'warfarin-miconazole-oral-gel',
      'cls.vitamin-k-antagonist',
      { ingredient: 'miconazole', route: ['oral', 'buccal'] },
      {
        severity: 'MAJ',
        doc: 'established',
        mech: [
          'PK-inhibition',
          'Gel oral mikonazol tertelan dan terserap, lalu menghambat CYP2C9 dengan kuat.',
          'Miconazole oral gel is swallowed and absorbed, then strongly inhibits CYP2C9.',
        ],
        effect: [
          'INR naik tajam; perdarahan serius pernah dilaporkan.',
          'The INR rises sharply; serious bleeding has been reported.',
        ],
        manage: [
          'Hindari gel oral mikonazol pada pasien warfarin; pilih nistatin. Bila tetap dipakai, periksa INR ketat.',
          'Avoid miconazole oral gel in patients on warfarin; use nystatin. If it is used, check the INR closely.',
        ],
        actions: [
          { kind: 'use-alternative', alternatives: ['nystatin'] },
          { kind: 'monitor', parameter: 'INR' },
        ],
        sources: [
          mhra(
            'Miconazole (Daktarin): over-the-counter oral gel contraindicated in patients taking warfarin',
            2016,
          ),
        ],
      },
    ),
    ddi('doac-nsaid', 'cls.doac', 'cls.nsaid', {
      severity: 'MAJ',
      doc: 'established',
      mech: [
        'PD-additive',
        'OAINS menambah risiko perdarahan antikoagulan langsung.',
        'NSAIDs add to the bleeding risk of direct anticoagulants.',
      ],
      effect: BLEED,
      manage: ['Hindari penggunaan rutin; gunakan parasetamol.', 'Avoid regular use; use paracetamol.'],
      actions: [{ kind: 'use-alternative', alternatives: ['paracetamol'] }],
      sources: [label('Rivaroxaban (Xarelto)', 'Drug Interactions')],
    }),
    ddi('doac-antiplatelet', 'cls.doac', 'cls.antiplatelet', {
      severity: 'MAJ',
      doc: 'established',
      mech: [
        'PD-additive',
        'Efek antiplatelet menambah antikoagulasi.',
        'Antiplatelet effect adds to anticoagulation.',
      ],
      effect: BLEED,
      manage: [
        'Kombinasikan hanya bila ada indikasi jelas; tinjau lama terapi ganda.',
        'Combine only for a clear indication; review the duration of dual therapy.',
      ],
      sources: [label('Rivaroxaban (Xarelto)', 'Drug Interactions')],
    }),
    ...(['ketoconazole', 'itraconazole', 'ritonavir'] as const).map((inhibitor) =>
      ddi(`rivaroxaban-${inhibitor}`, 'rivaroxaban', inhibitor, {
        severity: 'MAJ',
        doc: 'established',
        mech: [
          'PK-inhibition',
          'Penghambatan gabungan P-gp dan CYP3A kuat menaikkan kadar rivaroksaban.',
          'Combined P-gp and strong CYP3A inhibition raises rivaroxaban levels.',
        ],
        effect: BLEED,
        manage: ['Hindari kombinasi ini.', 'Avoid this combination.'],
        actions: [{ kind: 'avoid' }],
        sources: [label('Rivaroxaban (Xarelto)', 'Drug Interactions')],
      }),
    ),
    ddi('rivaroxaban-strong-inducer', 'rivaroxaban', 'cls.cyp3a4-strong-inducer', {
      severity: 'MAJ',
      doc: 'established',
      mech: [
        'PK-induction',
        'Penginduksi kuat CYP3A/P-gp menurunkan kadar rivaroksaban.',
        'Strong CYP3A/P-gp inducers lower rivaroxaban levels.',
      ],
      effect: [
        'Efek antikoagulan berkurang; risiko trombosis dan stroke.',
        'Less anticoagulation; risk of thrombosis and stroke.',
      ],
      manage: ['Hindari; pilih antikoagulan lain.', 'Avoid; choose another anticoagulant.'],
      actions: [{ kind: 'avoid' }],
      sources: [label('Rivaroxaban (Xarelto)', 'Drug Interactions')],
    }),
    ...(['omeprazole', 'esomeprazole'] as const).map((ppi) =>
      ddi(`clopidogrel-${ppi}`, 'clopidogrel', ppi, {
        severity: 'MAJ',
        doc: 'established',
        mech: [
          'PK-inhibition',
          'Penghambatan CYP2C19 mengurangi pembentukan metabolit aktif klopidogrel.',
          'CYP2C19 inhibition reduces formation of clopidogrel\u2019s active metabolite.',
        ],
        effect: [
          'Efek antiplatelet klopidogrel berkurang.',
          'Clopidogrel\u2019s antiplatelet effect is reduced.',
        ],
        manage: [
          'Hindari; bila perlu PPI, gunakan pantoprazol.',
          'Avoid; if a PPI is needed, use pantoprazole.',
        ],
        actions: [{ kind: 'use-alternative', alternatives: ['pantoprazole'] }],
        sources: [
          fda('Reminder to avoid concomitant use of Plavix (clopidogrel) and omeprazole', 2010),
          label('Clopidogrel (Plavix)', 'Drug Interactions'),
        ],
      }),
    ),
    ddi('antiplatelet-nsaid', 'cls.antiplatelet', 'cls.nsaid', {
      severity: 'MOD',
      doc: 'established',
      mech: [
        'PD-additive',
        'Efek antiplatelet dan iritasi mukosa lambung bertambah.',
        'Antiplatelet effects and gastric mucosal injury add up.',
      ],
      effect: ['Perdarahan saluran cerna meningkat.', 'More gastrointestinal bleeding.'],
      manage: ['Gunakan sesingkat mungkin; pertimbangkan PPI.', 'Keep it short; consider a PPI.'],
      sources: [
        label('Clopidogrel (Plavix)', 'Drug Interactions'),
        label('Ibuprofen', 'Drug Interactions (aspirin)'),
      ],
    }),
    ddi(
      'aspirin-ibuprofen',
      { ingredient: 'aspirin' },
      { ingredient: 'ibuprofen', route: ['systemic'] },
      {
        severity: 'MOD',
        doc: 'established',
        mech: [
          'PD-antagonism',
          'Ibuprofen menempati COX-1 trombosit dan menghalangi asetilasi ireversibel oleh aspirin.',
          'Ibuprofen occupies platelet COX-1 and blocks aspirin\u2019s irreversible acetylation.',
        ],
        effect: [
          'Efek kardioprotektif aspirin dosis rendah berkurang.',
          'Low-dose aspirin\u2019s cardioprotection is reduced.',
        ],
        manage: [
          'Minum ibuprofen dosis tunggal setidaknya 8 jam sebelum atau 30 menit setelah aspirin lepas segera; hindari penggunaan rutin.',
          'Take single-dose ibuprofen at least 8 hours before or 30 minutes after immediate-release aspirin; avoid regular use.',
        ],
        actions: [{ kind: 'separate-administration', hours: 8 }],
        sources: [
          fda('Information for healthcare professionals: concomitant use of ibuprofen and aspirin', 2006),
        ],
      },
    ),
    ddi('ssri-nsaid', 'cls.ssri', 'cls.nsaid', {
      severity: 'MOD',
      doc: 'established',
      mech: [
        'PD-additive',
        'SSRI mengganggu agregasi trombosit; OAINS merusak mukosa lambung.',
        'SSRIs impair platelet aggregation; NSAIDs injure gastric mucosa.',
      ],
      effect: ['Perdarahan saluran cerna meningkat.', 'More gastrointestinal bleeding.'],
      manage: [
        'Pertimbangkan parasetamol atau tambahkan PPI bila OAINS diperlukan.',
        'Consider paracetamol, or add a PPI if an NSAID is needed.',
      ],
      actions: [{ kind: 'use-alternative', alternatives: ['paracetamol'] }],
      sources: [label('Sertraline (Zoloft)', 'Warnings and Precautions: Increased Risk of Bleeding')],
    }),
    ddi('ssri-antiplatelet', 'cls.ssri', 'cls.antiplatelet', {
      severity: 'MOD',
      doc: 'probable',
      mech: ['PD-additive', 'Gangguan fungsi trombosit bertambah.', 'Platelet dysfunction adds up.'],
      effect: BLEED,
      manage: ['Pantau tanda perdarahan; pertimbangkan PPI.', 'Watch for bleeding; consider a PPI.'],
      sources: [label('Sertraline (Zoloft)', 'Warnings and Precautions: Increased Risk of Bleeding')],
    }),
    ddi('heparin-nsaid', 'cls.heparin', 'cls.nsaid', {
      severity: 'MOD',
      doc: 'established',
      mech: [
        'PD-additive',
        'Penghambatan fungsi trombosit menambah antikoagulasi.',
        'Platelet inhibition adds to anticoagulation.',
      ],
      effect: BLEED,
      manage: ['Hindari bila mungkin; pantau tanda perdarahan.', 'Avoid where possible; watch for bleeding.'],
      sources: [label('Heparin sodium injection', 'Drug Interactions')],
    }),
    ddi('ketorolac-nsaid', 'ketorolac', 'cls.nsaid', {
      severity: 'CI',
      doc: 'established',
      mech: [
        'PD-additive',
        'Efek samping saluran cerna, ginjal dan perdarahan bertambah.',
        'GI, renal and bleeding toxicity add up.',
      ],
      effect: [
        'Perdarahan dan perforasi saluran cerna, gagal ginjal.',
        'GI bleeding and perforation, renal failure.',
      ],
      manage: [
        'Dikontraindikasikan: jangan berikan ketorolak bersama OAINS lain.',
        'Contraindicated: do not give ketorolac with another NSAID.',
      ],
      actions: [{ kind: 'avoid' }],
      sources: [label('Ketorolac tromethamine', 'Contraindications')],
    }),
    ddi('ketorolac-aspirin', 'ketorolac', 'aspirin', {
      severity: 'CI',
      doc: 'established',
      mech: ['PD-additive', 'Efek samping OAINS bertambah.', 'NSAID toxicities add up.'],
      effect: ['Perdarahan saluran cerna meningkat.', 'More GI bleeding.'],
      manage: [
        'Dikontraindikasikan: jangan berikan ketorolak bersama aspirin.',
        'Contraindicated: do not give ketorolac with aspirin.',
      ],
      actions: [{ kind: 'avoid' }],
      sources: [label('Ketorolac tromethamine', 'Contraindications')],
    }),
  ],
});
