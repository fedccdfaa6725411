import { defineSource } from '../../src/drugs/schema/records';
import { ACOG_HYPERTENSION_2019, boxed, contra, ddi, drug, klass, L, label, lactmed, P } from '../authoring';

/** Drugs every clinic keeps for emergencies, deliveries and minor procedures. */
export default defineSource({
  ingredients: [
    drug('labetalol', ['Labetalol hydrochloride', 'Labetalol', 'labetalol'], {
      classes: ['cls.beta-blocker'],
      pregnancy: P(
        'compatible',
        'Salah satu antihipertensi pilihan pertama pada kehamilan; pantau pertumbuhan janin serta bradikardia dan hipoglikemia neonatus.',
        'One of the first-line antihypertensives in pregnancy; monitor fetal growth and watch the newborn for bradycardia and hypoglycaemia.',
        [ACOG_HYPERTENSION_2019, label('Labetalol hydrochloride', 'Precautions: Pregnancy')],
      ),
      lactation: L('compatible', 'Kadar ASI rendah; dapat digunakan.', 'Low milk levels; compatible.', [
        lactmed('Labetalol'),
        label('Labetalol hydrochloride', 'Precautions: Nursing Mothers'),
      ]),
      sources: [label('Labetalol hydrochloride', 'Contraindications')],
    }),
    drug('lidocaine', ['Lidocaine hydrochloride', 'Lidokain', 'lidocaine', 'lignocaine', 'xylocaine'], {
      classes: ['cls.local-anaesthetic-amide'],
      pregnancy: P(
        'compatible',
        'Anestesi lokal dengan data penggunaan luas pada kehamilan dan persalinan.',
        'A local anaesthetic widely used in pregnancy and delivery.',
        [label('Lidocaine hydrochloride injection (Xylocaine)', 'Use in Specific Populations: Pregnancy')],
      ),
      lactation: L(
        'compatible',
        'Jumlah di ASI kecil dan absorpsi oral bayi rendah; dapat digunakan.',
        'Small amounts in milk and low oral absorption by the infant; compatible.',
        [
          lactmed('Lidocaine'),
          label('Lidocaine hydrochloride injection (Xylocaine)', 'Use in Specific Populations: Lactation'),
        ],
      ),
      sources: [label('Lidocaine hydrochloride injection (Xylocaine)', 'Contraindications')],
    }),
    drug('epinephrine', ['Epinephrine', 'Epinefrin', 'adrenaline', 'adrenalin'], {
      classes: ['cls.sympathomimetic-vasopressor'],
      pregnancy: P(
        'caution',
        'Jangan ditunda pada anafilaksis yang mengancam jiwa ibu; vasokonstriksi dapat mengurangi aliran darah uterus.',
        'Do not withhold in anaphylaxis, which threatens the mother\u2019s life; vasoconstriction may reduce uterine blood flow.',
        [label('Epinephrine injection auto-injector (EpiPen)', 'Use in Specific Populations: Pregnancy')],
      ),
      lactation: L(
        'compatible',
        'Tidak aktif bila diminum; tidak diharapkan berpengaruh pada bayi.',
        'Not active orally; no infant effect expected.',
        [
          lactmed('Epinephrine'),
          label('Epinephrine injection auto-injector (EpiPen)', 'Use in Specific Populations: Lactation'),
        ],
      ),
      flags: { highAlert: true },
      sources: [label('Epinephrine injection auto-injector (EpiPen)', 'Indications and Usage')],
    }),
    drug(
      'phytomenadione',
      ['Phytomenadione', 'Fitomenadion', 'phytonadione', 'vitamin K1', 'vit K1', 'vitamin K'],
      {
        classes: ['cls.vitamin'],
        pregnancy: P('compatible', 'Dapat digunakan bila ada indikasi.', 'Usable when indicated.', [
          label('Phytonadione injectable emulsion', 'Precautions: Pregnancy'),
        ]),
        lactation: L('compatible', 'Dapat digunakan.', 'Compatible.', [
          lactmed('Vitamin K'),
          label('Phytonadione injectable emulsion', 'Precautions: Nursing Mothers'),
        ]),
        boxedWarnings: [
          boxed(
            'Reaksi hipersensitivitas berat termasuk anafilaksis dan kematian pada pemberian intravena dan intramuskular; gunakan rute lain bila memungkinkan.',
            'Severe hypersensitivity reactions, including anaphylaxis and deaths, with intravenous and intramuscular use; use another route when possible.',
            [label('Phytonadione injectable emulsion', 'Boxed Warning')],
          ),
        ],
        sources: [label('Phytonadione injectable emulsion', 'Indications and Usage')],
      },
    ),
  ],
  classes: [
    klass(
      'cls.local-anaesthetic-amide',
      'pharmacologic',
      'Anestesi lokal golongan amida',
      'Amide local anaesthetics',
      [label('Lidocaine hydrochloride injection (Xylocaine)', 'Clinical Pharmacology: Mechanism of Action')],
      { atc: ['N01BB'] },
    ),
    klass(
      'cls.sympathomimetic-vasopressor',
      'pharmacologic',
      'Simpatomimetik (vasopresor)',
      'Sympathomimetic vasopressors',
      [label('Epinephrine injection auto-injector (EpiPen)', 'Clinical Pharmacology: Mechanism of Action')],
      { atc: ['C01CA'] },
    ),
  ],
  interactions: [
    ddi('epinephrine-non-selective-beta-blocker', 'epinephrine', 'propranolol', {
      severity: 'MAJ',
      doc: 'established',
      mech: [
        'PD-antagonism',
        'Blokade beta non-selektif membiarkan efek alfa epinefrin tanpa lawan dan melemahkan efek beta-nya.',
        'Non-selective beta-blockade leaves epinephrine\u2019s alpha effects unopposed and blunts its beta effects.',
      ],
      effect: [
        'Hipertensi berat dengan bradikardia refleks; respons terhadap terapi anafilaksis dapat berkurang.',
        'Severe hypertension with reflex bradycardia; anaphylaxis may respond less to treatment.',
      ],
      manage: [
        'Pada anafilaksis tetap berikan epinefrin; pantau tekanan darah dan siapkan glukagon bila respons buruk.',
        'In anaphylaxis still give epinephrine; monitor blood pressure and have glucagon ready if the response is poor.',
      ],
      sources: [label('Epinephrine injection auto-injector (EpiPen)', 'Drug Interactions')],
    }),
    ddi('vitamin-k-warfarin', 'phytomenadione', 'cls.vitamin-k-antagonist', {
      severity: 'MOD',
      doc: 'established',
      mech: [
        'PD-antagonism',
        'Vitamin K memulihkan sintesis faktor pembekuan yang dihambat warfarin.',
        'Vitamin K restores the clotting-factor synthesis that warfarin blocks.',
      ],
      effect: [
        'Efek antikoagulan warfarin berkurang; INR turun.',
        'Warfarin\u2019s anticoagulant effect falls; INR drops.',
      ],
      manage: [
        'Disengaja bila untuk membalik efek warfarin; bila tidak, hindari suplemen vitamin K dan pantau INR.',
        'Intended when reversing warfarin; otherwise avoid vitamin K supplements and monitor INR.',
      ],
      actions: [{ kind: 'monitor', parameter: 'INR' }],
      sources: [label('Warfarin (Coumadin)', 'Drug Interactions')],
    }),
  ],
  contraindications: [
    contra(
      'labetalol-asthma',
      'disease',
      'labetalol',
      { icd10: ['J45', 'J46'] },
      'CI',
      ['Asma bronkial: labetalol dikontraindikasikan.', 'Bronchial asthma: labetalol is contraindicated.'],
      [label('Labetalol hydrochloride', 'Contraindications')],
    ),
  ],
});
