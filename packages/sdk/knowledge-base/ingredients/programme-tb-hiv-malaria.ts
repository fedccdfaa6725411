import { defineSource } from '../../src/drugs/schema/records';
import {
  boxed,
  drug,
  euSmpc,
  L,
  label,
  lactmed,
  P,
  PNPK_MALARIA,
  PNPK_TB,
  WHO_HIV_2021,
  WHO_MALARIA,
  WHO_TB_2022,
} from '../authoring';

const preg = (product: string) => [label(product, 'Use in Specific Populations: Pregnancy')];
const lact = (name: string, product: string) => [
  lactmed(name),
  label(product, 'Use in Specific Populations: Lactation'),
];
const TB_FIRST_LINE_PREGNANCY = (product: string) =>
  P(
    'compatible',
    'Obat TB lini pertama dianjurkan pada kehamilan; TB yang tidak diobati lebih berbahaya bagi ibu dan janin.',
    'First-line TB drugs are recommended in pregnancy; untreated TB is more dangerous to mother and fetus.',
    [WHO_TB_2022, PNPK_TB, ...preg(product)],
  );
const TB_FIRST_LINE_LACTATION = (name: string, product: string) =>
  L(
    'compatible',
    'Menyusui tetap dianjurkan selama pengobatan TB.',
    'Breastfeeding remains recommended during TB treatment.',
    [WHO_TB_2022, ...lact(name, product)],
  );
const ART_LACTATION = (name: string, product: string) =>
  L(
    'compatible',
    'Pedoman WHO mendukung menyusui bila ibu mendapat ART efektif; label AS menganjurkan tidak menyusui karena risiko penularan HIV.',
    'WHO guidance supports breastfeeding on effective ART; US labels advise against it because of HIV transmission.',
    [WHO_HIV_2021, ...lact(name, product)],
  );
const ART_PREGNANCY = (product: string) =>
  P(
    'compatible',
    'Direkomendasikan WHO dalam paduan ART pada kehamilan untuk mencegah penularan ke bayi.',
    'Recommended by WHO in ART regimens in pregnancy to prevent transmission to the infant.',
    [WHO_HIV_2021, ...preg(product)],
  );
const HBV_BOXED = (product: string) =>
  boxed(
    'Eksaserbasi akut hepatitis B berat dapat terjadi setelah obat dihentikan pada pasien koinfeksi HBV; pantau fungsi hati.',
    'Severe acute exacerbation of hepatitis B can follow discontinuation in HBV-coinfected patients; monitor liver function.',
    [label(product, 'Boxed Warning')],
  );
const ACT_LACTATION = L('compatible', 'Dapat digunakan selama menyusui.', 'Compatible with breastfeeding.', [
  WHO_MALARIA,
  lactmed('Artemether and Lumefantrine'),
]);

/** National programme drugs: tuberculosis (incl. TPT), leprosy, HIV and malaria. */
export default defineSource({
  ingredients: [
    drug('rifampicin', ['Rifampicin', 'Rifampisin', 'en:Rifampin', 'rifampin', 'RIF'], {
      kfaBza: ['91000330'],
      classes: ['cls.rifamycin'],
      pregnancy: TB_FIRST_LINE_PREGNANCY('Rifampin (Rifadin)'),
      lactation: TB_FIRST_LINE_LACTATION('Rifampin', 'Rifampin (Rifadin)'),
      sources: [label('Rifampin (Rifadin)', 'Drug Interactions'), WHO_TB_2022],
    }),
    drug('isoniazid', ['Isoniazid', 'Isoniazid', 'INH', 'INH isoniazide'], {
      classes: [],
      pregnancy: TB_FIRST_LINE_PREGNANCY('Isoniazid'),
      lactation: L(
        'compatible',
        'Dapat digunakan; berikan piridoksin kepada ibu (dan bayi bila perlu).',
        'Compatible; give pyridoxine to the mother (and infant where indicated).',
        [WHO_TB_2022, lactmed('Isoniazid')],
      ),
      boxedWarnings: [
        boxed(
          'Hepatitis berat dan kadang fatal, risiko meningkat dengan usia dan konsumsi alkohol; pantau gejala dan fungsi hati.',
          'Severe and sometimes fatal hepatitis, more likely with age and alcohol; monitor symptoms and liver function.',
          [label('Isoniazid', 'Boxed Warning')],
        ),
      ],
      sources: [label('Isoniazid', 'Boxed Warning'), WHO_TB_2022],
    }),
    drug('pyrazinamide', ['Pyrazinamide', 'Pirazinamid', 'PZA'], {
      classes: [],
      pregnancy: P(
        'compatible',
        'WHO menganjurkan paduan standar termasuk pirazinamid pada kehamilan; data keamanan pada manusia terbatas.',
        'WHO recommends the standard regimen including pyrazinamide in pregnancy; human safety data are limited.',
        [WHO_TB_2022, PNPK_TB],
      ),
      lactation: L('compatible', 'Kadar ASI rendah; dapat digunakan.', 'Low milk levels; compatible.', [
        WHO_TB_2022,
        lactmed('Pyrazinamide'),
      ]),
      sources: [label('Pyrazinamide', 'Contraindications'), WHO_TB_2022],
    }),
    drug('ethambutol', ['Ethambutol hydrochloride', 'Etambutol', 'ethambutol', 'EMB'], {
      classes: [],
      pregnancy: TB_FIRST_LINE_PREGNANCY('Ethambutol (Myambutol)'),
      lactation: TB_FIRST_LINE_LACTATION('Ethambutol', 'Ethambutol (Myambutol)'),
      sources: [label('Ethambutol (Myambutol)', 'Warnings (optic neuritis)'), WHO_TB_2022],
    }),
    drug('streptomycin', ['Streptomycin sulfate', 'Streptomisin', 'streptomycin'], {
      classes: ['cls.aminoglycoside'],
      pregnancy: P(
        'contraindicated',
        'Dapat menyebabkan tuli kongenital permanen; jangan digunakan pada kehamilan.',
        'Can cause permanent congenital deafness; do not use in pregnancy.',
        [label('Streptomycin for injection', 'Boxed Warning'), WHO_TB_2022],
      ),
      lactation: L(
        'compatible',
        'Absorpsi oral bayi sangat kecil; dapat digunakan.',
        'Minimal oral absorption by the infant; compatible.',
        [lactmed('Streptomycin'), label('Streptomycin for injection', 'Precautions: Nursing Mothers')],
      ),
      boxedWarnings: [
        boxed(
          'Neurotoksisitas (ototoksisitas vestibular dan koklear) dan nefrotoksisitas; pantau fungsi ginjal dan pendengaran, hindari obat neurotoksik/nefrotoksik lain.',
          'Neurotoxicity (vestibular and cochlear ototoxicity) and nephrotoxicity; monitor renal function and hearing, avoid other neurotoxic or nephrotoxic drugs.',
          [label('Streptomycin for injection', 'Boxed Warning')],
        ),
      ],
      sources: [label('Streptomycin for injection', 'Indications and Usage')],
    }),
    drug('rifapentine', ['Rifapentine', 'Rifapentin'], {
      classes: ['cls.rifamycin'],
      pregnancy: P(
        'insufficient-data',
        'Data kehamilan terbatas; pertimbangkan paduan TPT lain bila hamil.',
        'Limited pregnancy data; consider another TPT regimen in pregnancy.',
        preg('Rifapentine (Priftin)'),
      ),
      lactation: L(
        'insufficient-data',
        'Data terbatas; dapat mewarnai ASI menjadi oranye.',
        'Limited data; may colour milk orange.',
        lact('Rifapentine', 'Rifapentine (Priftin)'),
      ),
      sources: [label('Rifapentine (Priftin)', 'Indications and Usage'), WHO_TB_2022],
    }),
    drug('bedaquiline', ['Bedaquiline', 'Bedakuilin', 'bedaquiline fumarate'], {
      classes: [],
      pregnancy: P(
        'caution',
        'Data terbatas; dipakai dalam paduan TB resistan obat bila manfaat melebihi risiko.',
        'Limited data; used in drug-resistant TB regimens when the benefit outweighs the risk.',
        [...preg('Bedaquiline (Sirturo)'), WHO_TB_2022],
      ),
      lactation: L(
        'caution-monitor-infant',
        'Terkonsentrasi di ASI; pantau bayi terhadap efek samping.',
        'Concentrates in milk; watch the infant for adverse effects.',
        lact('Bedaquiline', 'Bedaquiline (Sirturo)'),
      ),
      boxedWarnings: [
        boxed(
          'Pemanjangan QT; pantau EKG terutama bila dikombinasikan dengan obat pemanjang QT lain.',
          'QT prolongation; monitor ECGs, especially with other QT-prolonging drugs.',
          [label('Bedaquiline (Sirturo)', 'Warnings and Precautions: QT Prolongation')],
        ),
      ],
      sources: [label('Bedaquiline (Sirturo)', 'Indications and Usage')],
    }),
    drug('dapsone', ['Dapsone', 'Dapson', 'DDS'], {
      classes: [],
      pregnancy: P(
        'caution',
        'Dipakai dalam program kusta pada kehamilan; risiko hemolisis dan ikterus neonatus bila dipakai menjelang persalinan.',
        'Used in leprosy programmes in pregnancy; risk of neonatal haemolysis and jaundice when used near delivery.',
        [label('Dapsone tablets', 'Precautions: Pregnancy')],
      ),
      lactation: L(
        'caution-monitor-infant',
        'Dapat menyebabkan anemia hemolitik pada bayi, terutama dengan defisiensi G6PD.',
        'Can cause haemolytic anaemia in the infant, especially with G6PD deficiency.',
        [lactmed('Dapsone'), label('Dapsone tablets', 'Precautions: Nursing Mothers')],
      ),
      sources: [label('Dapsone tablets', 'Warnings (haemolysis, G6PD)')],
    }),
    drug('clofazimine', ['Clofazimine', 'Klofazimin'], {
      classes: [],
      pregnancy: P(
        'caution',
        'Dapat menyebabkan perubahan warna kulit bayi yang reversibel; dipakai dalam program kusta bila diperlukan.',
        'Can cause reversible skin discolouration of the newborn; used in leprosy programmes when needed.',
        [label('Clofazimine (Lamprene)', 'Precautions: Pregnancy')],
      ),
      lactation: L(
        'caution-monitor-infant',
        'Masuk ke ASI dan dapat mewarnai kulit bayi.',
        'Passes into milk and may discolour infant skin.',
        [lactmed('Clofazimine'), label('Clofazimine (Lamprene)', 'Precautions: Nursing Mothers')],
      ),
      sources: [label('Clofazimine (Lamprene)', 'Indications and Usage')],
    }),
    drug(
      'tenofovir-disoproxil',
      ['Tenofovir disoproxil fumarate', 'Tenofovir disoproksil fumarat', 'tenofovir', 'TDF'],
      {
        classes: ['cls.nrti'],
        pregnancy: ART_PREGNANCY('Tenofovir disoproxil fumarate (Viread)'),
        lactation: ART_LACTATION('Tenofovir', 'Tenofovir disoproxil fumarate (Viread)'),
        boxedWarnings: [HBV_BOXED('Tenofovir disoproxil fumarate (Viread)')],
        sources: [label('Tenofovir disoproxil fumarate (Viread)', 'Indications and Usage'), WHO_HIV_2021],
      },
    ),
    drug('lamivudine', ['Lamivudine', 'Lamivudin', '3TC'], {
      classes: ['cls.nrti'],
      pregnancy: ART_PREGNANCY('Lamivudine (Epivir)'),
      lactation: ART_LACTATION('Lamivudine', 'Lamivudine (Epivir)'),
      boxedWarnings: [HBV_BOXED('Lamivudine (Epivir)')],
      sources: [label('Lamivudine (Epivir)', 'Indications and Usage'), WHO_HIV_2021],
    }),
    drug('emtricitabine', ['Emtricitabine', 'Emtrisitabin', 'FTC'], {
      classes: ['cls.nrti'],
      pregnancy: ART_PREGNANCY('Emtricitabine (Emtriva)'),
      lactation: ART_LACTATION('Emtricitabine', 'Emtricitabine (Emtriva)'),
      boxedWarnings: [HBV_BOXED('Emtricitabine (Emtriva)')],
      sources: [label('Emtricitabine (Emtriva)', 'Indications and Usage')],
    }),
    drug('zidovudine', ['Zidovudine', 'Zidovudin', 'AZT', 'ZDV'], {
      classes: ['cls.nrti'],
      pregnancy: ART_PREGNANCY('Zidovudine (Retrovir)'),
      lactation: ART_LACTATION('Zidovudine', 'Zidovudine (Retrovir)'),
      boxedWarnings: [
        boxed(
          'Toksisitas hematologik (neutropenia, anemia berat), miopati simtomatik, asidosis laktat dan hepatomegali dengan steatosis.',
          'Haematological toxicity (neutropenia, severe anaemia), symptomatic myopathy, lactic acidosis and hepatomegaly with steatosis.',
          [label('Zidovudine (Retrovir)', 'Boxed Warning')],
        ),
      ],
      sources: [label('Zidovudine (Retrovir)', 'Indications and Usage')],
    }),
    drug('abacavir', ['Abacavir', 'Abakavir', 'abacavir sulfate', 'ABC'], {
      classes: ['cls.nrti'],
      pregnancy: ART_PREGNANCY('Abacavir (Ziagen)'),
      lactation: ART_LACTATION('Abacavir', 'Abacavir (Ziagen)'),
      boxedWarnings: [
        boxed(
          'Reaksi hipersensitivitas serius dan fatal, terutama pada pembawa HLA-B*57:01; periksa HLA-B*57:01 sebelum memulai dan jangan memberi ulang setelah reaksi.',
          'Serious and fatal hypersensitivity reactions, mainly in HLA-B*57:01 carriers; screen before starting and never rechallenge after a reaction.',
          [label('Abacavir (Ziagen)', 'Boxed Warning')],
        ),
      ],
      sources: [label('Abacavir (Ziagen)', 'Contraindications')],
    }),
    drug('efavirenz', ['Efavirenz', 'Efavirenz', 'EFV'], {
      classes: ['cls.nnrti'],
      pregnancy: P(
        'caution',
        'WHO tidak lagi membatasi efavirenz pada trimester pertama; label AS masih menyarankan menghindari kehamilan. Dolutegravir kini paduan pilihan.',
        'WHO no longer restricts efavirenz in the first trimester; the US label still advises avoiding pregnancy. Dolutegravir is now the preferred regimen.',
        [WHO_HIV_2021, ...preg('Efavirenz (Sustiva)')],
        { alternatives: ['dolutegravir'] },
      ),
      lactation: ART_LACTATION('Efavirenz', 'Efavirenz (Sustiva)'),
      sources: [label('Efavirenz (Sustiva)', 'Drug Interactions')],
    }),
    drug('nevirapine', ['Nevirapine', 'Nevirapin', 'NVP'], {
      classes: ['cls.nnrti'],
      pregnancy: P(
        'caution',
        'Dapat digunakan bila sudah stabil; jangan memulai pada perempuan dengan CD4 >250 sel/mm³ karena risiko hepatotoksisitas.',
        'Usable when already stable; do not start in women with CD4 >250 cells/mm³ because of hepatotoxicity risk.',
        [WHO_HIV_2021, ...preg('Nevirapine (Viramune)')],
        { alternatives: ['dolutegravir'] },
      ),
      lactation: ART_LACTATION('Nevirapine', 'Nevirapine (Viramune)'),
      boxedWarnings: [
        boxed(
          'Hepatotoksisitas berat dan fatal (risiko lebih tinggi pada perempuan dengan CD4 >250) serta reaksi kulit berat termasuk SJS; pantau ketat 18 minggu pertama.',
          'Severe, fatal hepatotoxicity (higher risk in women with CD4 >250) and severe skin reactions including SJS; monitor closely in the first 18 weeks.',
          [label('Nevirapine (Viramune)', 'Boxed Warning')],
        ),
      ],
      sources: [label('Nevirapine (Viramune)', 'Boxed Warning')],
    }),
    drug('dolutegravir', ['Dolutegravir', 'Dolutegravir', 'DTG', 'dolutegravir sodium'], {
      classes: ['cls.integrase-inhibitor'],
      pregnancy: P(
        'compatible',
        'WHO merekomendasikan paduan berbasis dolutegravir untuk semua dewasa termasuk perempuan hamil; sinyal awal defek tabung saraf mengecil dengan data lebih besar.',
        'WHO recommends dolutegravir-based regimens for all adults including pregnant women; the early neural-tube-defect signal shrank with more data.',
        [WHO_HIV_2021, ...preg('Dolutegravir (Tivicay)')],
      ),
      lactation: ART_LACTATION('Dolutegravir', 'Dolutegravir (Tivicay)'),
      sources: [label('Dolutegravir (Tivicay)', 'Drug Interactions'), WHO_HIV_2021],
    }),
    drug('lopinavir', ['Lopinavir', 'Lopinavir', 'LPV'], {
      classes: ['cls.protease-inhibitor'],
      pregnancy: P(
        'caution',
        'Dapat digunakan dalam paduan lini kedua; pantau kadar dan efek samping.',
        'Usable in second-line regimens; monitor levels and adverse effects.',
        [WHO_HIV_2021, ...preg('Lopinavir and ritonavir (Kaletra)')],
      ),
      lactation: ART_LACTATION('Lopinavir', 'Lopinavir and ritonavir (Kaletra)'),
      sources: [label('Lopinavir and ritonavir (Kaletra)', 'Contraindications')],
    }),
    drug('ritonavir', ['Ritonavir', 'Ritonavir', 'RTV'], {
      classes: ['cls.protease-inhibitor'],
      pregnancy: P(
        'caution',
        'Dipakai sebagai penguat dalam paduan ART pada kehamilan.',
        'Used as a booster in ART regimens in pregnancy.',
        [WHO_HIV_2021, ...preg('Ritonavir (Norvir)')],
      ),
      lactation: ART_LACTATION('Ritonavir', 'Ritonavir (Norvir)'),
      boxedWarnings: [
        boxed(
          'Interaksi obat yang mengancam jiwa: meningkatkan kadar banyak obat yang dimetabolisme CYP3A (misalnya simvastatin, ergotamin, midazolam oral); periksa semua obat sebelum memulai.',
          'Life-threatening drug interactions: raises levels of many CYP3A-metabolised drugs (e.g. simvastatin, ergotamine, oral midazolam); review every medicine before starting.',
          [label('Ritonavir (Norvir)', 'Boxed Warning')],
        ),
      ],
      sources: [label('Ritonavir (Norvir)', 'Contraindications')],
    }),
    drug('artemether', ['Artemether', 'Artemeter'], {
      classes: ['cls.artemisinin'],
      pregnancy: P(
        'compatible',
        'Artemeter-lumefantrin direkomendasikan untuk malaria tanpa komplikasi pada semua trimester termasuk trimester pertama.',
        'Artemether-lumefantrine is recommended for uncomplicated malaria in every trimester, including the first.',
        [
          WHO_MALARIA,
          label('Artemether and lumefantrine (Coartem)', 'Use in Specific Populations: Pregnancy'),
        ],
      ),
      lactation: ACT_LACTATION,
      sources: [label('Artemether and lumefantrine (Coartem)', 'Indications and Usage'), WHO_MALARIA],
    }),
    drug('lumefantrine', ['Lumefantrine', 'Lumefantrin'], {
      classes: [],
      pregnancy: P(
        'compatible',
        'Bagian dari artemeter-lumefantrin, dianjurkan pada semua trimester.',
        'Part of artemether-lumefantrine, recommended in every trimester.',
        [
          WHO_MALARIA,
          label('Artemether and lumefantrine (Coartem)', 'Use in Specific Populations: Pregnancy'),
        ],
      ),
      lactation: ACT_LACTATION,
      sources: [label('Artemether and lumefantrine (Coartem)', 'Warnings and Precautions: QT Prolongation')],
    }),
    drug('dihydroartemisinin', ['Dihydroartemisinin', 'Dihidroartemisinin', 'DHA', 'artenimol'], {
      classes: ['cls.artemisinin'],
      pregnancy: P(
        'caution',
        'DHP dipakai pada trimester kedua dan ketiga; pada trimester pertama, artemeter-lumefantrin lebih disukai.',
        'DHP is used in the second and third trimesters; in the first, artemether-lumefantrine is preferred.',
        [PNPK_MALARIA, WHO_MALARIA],
        { trimesters: [1], otherwise: 'compatible', alternatives: ['artemether'] },
      ),
      lactation: L('compatible', 'Dapat digunakan selama menyusui.', 'Compatible with breastfeeding.', [
        WHO_MALARIA,
        PNPK_MALARIA,
      ]),
      sources: [
        PNPK_MALARIA,
        euSmpc('Dihydroartemisinin and piperaquine (Eurartesim)', '4.3 Contraindications'),
      ],
    }),
    drug('piperaquine', ['Piperaquine tetraphosphate', 'Piperakuin', 'piperaquine', 'piperakuin fosfat'], {
      classes: [],
      pregnancy: P(
        'caution',
        'Bagian dari DHP; dipakai pada trimester kedua dan ketiga.',
        'Part of DHP; used in the second and third trimesters.',
        [PNPK_MALARIA, WHO_MALARIA],
        { trimesters: [1], otherwise: 'compatible', alternatives: ['artemether'] },
      ),
      lactation: L('compatible', 'Dapat digunakan selama menyusui.', 'Compatible with breastfeeding.', [
        WHO_MALARIA,
      ]),
      sources: [
        euSmpc('Dihydroartemisinin and piperaquine (Eurartesim)', '4.4 Special warnings: QTc prolongation'),
      ],
    }),
    drug('artesunate', ['Artesunate', 'Artesunat'], {
      classes: ['cls.artemisinin'],
      pregnancy: P(
        'compatible',
        'Artesunat intravena adalah terapi malaria berat pada semua trimester.',
        'Intravenous artesunate is the treatment for severe malaria in every trimester.',
        [WHO_MALARIA, label('Artesunate for injection', 'Use in Specific Populations: Pregnancy')],
      ),
      lactation: L('compatible', 'Dapat digunakan selama menyusui.', 'Compatible with breastfeeding.', [
        WHO_MALARIA,
        lactmed('Artesunate'),
      ]),
      sources: [label('Artesunate for injection', 'Indications and Usage')],
    }),
    drug('primaquine', ['Primaquine phosphate', 'Primakuin', 'primaquine'], {
      classes: ['cls.8-aminoquinoline'],
      pregnancy: P(
        'contraindicated',
        'Dikontraindikasikan pada kehamilan: status G6PD janin tidak diketahui dan hemolisis dapat terjadi; tunda terapi radikal sampai setelah persalinan.',
        'Contraindicated in pregnancy: the fetal G6PD status is unknown and haemolysis may occur; defer radical cure until after delivery.',
        [WHO_MALARIA, PNPK_MALARIA, label('Primaquine phosphate', 'Contraindications')],
      ),
      lactation: L(
        'avoid',
        'Hindari kecuali status G6PD bayi diketahui normal.',
        'Avoid unless the infant is known to have normal G6PD activity.',
        [WHO_MALARIA, lactmed('Primaquine')],
      ),
      sources: [label('Primaquine phosphate', 'Boxed Warning'), WHO_MALARIA],
    }),
    drug('quinine', ['Quinine sulfate', 'Kina', 'quinine', 'kinin', 'quinine dihydrochloride'], {
      classes: [],
      pregnancy: P(
        'caution',
        'Dapat digunakan untuk malaria bila ACT tidak tersedia; risiko hipoglikemia ibu.',
        'Usable for malaria when an ACT is not available; risk of maternal hypoglycaemia.',
        [WHO_MALARIA, label('Quinine sulfate (Qualaquin)', 'Use in Specific Populations: Pregnancy')],
      ),
      lactation: L(
        'compatible',
        'Dapat digunakan; hindari bila bayi defisiensi G6PD.',
        'Compatible; avoid if the infant has G6PD deficiency.',
        lact('Quinine', 'Quinine sulfate (Qualaquin)'),
      ),
      boxedWarnings: [
        boxed(
          'Jangan dipakai untuk kram kaki: reaksi hematologik serius dan mengancam jiwa (trombositopenia, HUS/TTP) pernah terjadi.',
          'Do not use for leg cramps: serious, life-threatening haematological reactions (thrombocytopenia, HUS/TTP) have occurred.',
          [label('Quinine sulfate (Qualaquin)', 'Boxed Warning')],
        ),
      ],
      sources: [label('Quinine sulfate (Qualaquin)', 'Contraindications')],
    }),
    drug('chloroquine', ['Chloroquine phosphate', 'Klorokuin', 'chloroquine'], {
      classes: ['cls.4-aminoquinoline'],
      pregnancy: P(
        'compatible',
        'Dapat digunakan pada kehamilan untuk indikasi yang sesuai.',
        'Usable in pregnancy for appropriate indications.',
        [label('Chloroquine phosphate', 'Precautions: Pregnancy'), WHO_MALARIA],
      ),
      lactation: L('compatible', 'Kadar ASI rendah; dapat digunakan.', 'Low milk levels; compatible.', [
        lactmed('Chloroquine'),
        label('Chloroquine phosphate', 'Precautions: Nursing Mothers'),
      ]),
      sources: [label('Chloroquine phosphate', 'Warnings (QT prolongation)')],
    }),
    drug('hydroxychloroquine', ['Hydroxychloroquine sulfate', 'Hidroksiklorokuin', 'hydroxychloroquine'], {
      classes: ['cls.4-aminoquinoline'],
      pregnancy: P(
        'compatible',
        'Dilanjutkan pada lupus selama kehamilan; data tidak menunjukkan peningkatan malformasi yang bermakna.',
        'Continued for lupus during pregnancy; data show no meaningful increase in malformations.',
        preg('Hydroxychloroquine (Plaquenil)'),
      ),
      lactation: L(
        'compatible',
        'Kadar ASI rendah; dapat digunakan.',
        'Low milk levels; compatible.',
        lact('Hydroxychloroquine', 'Hydroxychloroquine (Plaquenil)'),
      ),
      sources: [
        label(
          'Hydroxychloroquine (Plaquenil)',
          'Warnings and Precautions: Cardiomyopathy and QT prolongation',
        ),
      ],
    }),
  ],
});
