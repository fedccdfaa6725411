import { defineSource } from '../../src/drugs/schema/records';
import {
  boxed,
  DEPKES_PREGNANCY_2006,
  drug,
  drugFacts,
  fda,
  guideline,
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
const WHO_STH = guideline(
  'Preventive chemotherapy to control soil-transmitted helminth infections in at-risk population groups',
  'World Health Organization',
  2017,
);
const LOCAL_AZOLE_PREG = (product: string) =>
  P(
    'compatible',
    'Absorpsi sistemik dari sediaan topikal/vaginal sangat kecil; dapat digunakan.',
    'Systemic absorption from topical or vaginal use is minimal; usable.',
    [drugFacts(product, 'Warnings: If pregnant or breast-feeding'), DEPKES_PREGNANCY_2006],
  );

/** Antifungals, anthelmintics, scabicides and antivirals used in primary care. */
export default defineSource({
  ingredients: [
    drug('fluconazole', ['Fluconazole', 'Flukonazol'], {
      classes: ['cls.azole-antifungal'],
      pregnancy: P(
        'avoid',
        'Dosis tinggi jangka panjang pada trimester pertama dikaitkan dengan cacat lahir; dosis tunggal 150 mg kemungkinan berisiko kecil tetapi pengobatan topikal lebih disukai.',
        'Long, high-dose first-trimester use is linked with birth defects; a single 150 mg dose is probably low-risk but topical treatment is preferred.',
        [
          ...preg('Fluconazole (Diflucan)'),
          fda(
            'Use of long-term, high-dose Diflucan (fluconazole) during pregnancy may be associated with birth defects in infants',
            2011,
          ),
        ],
        { alternatives: ['clotrimazole', 'miconazole'] },
      ),
      lactation: L(
        'compatible',
        'Kadar pada bayi di bawah dosis pediatrik; dapat digunakan.',
        'Infant exposure is below paediatric doses; compatible.',
        lact('Fluconazole', 'Fluconazole (Diflucan)'),
      ),
      sources: [label('Fluconazole (Diflucan)', 'Drug Interactions')],
    }),
    drug('ketoconazole', ['Ketoconazole', 'Ketokonazol'], {
      classes: [{ class: 'cls.azole-antifungal', route: ['oral'] }],
      pregnancy: P(
        'avoid',
        'Sediaan oral: hindari pada kehamilan; sediaan topikal dapat dipakai.',
        'Oral: avoid in pregnancy; topical forms are usable.',
        [label('Ketoconazole tablets', 'Precautions: Pregnancy')],
        { alternatives: ['clotrimazole'] },
      ),
      lactation: L(
        'caution-monitor-infant',
        'Oral: data terbatas; topikal dapat digunakan (jangan pada puting).',
        'Oral: limited data; topical use is fine (not on the nipple).',
        [lactmed('Ketoconazole'), label('Ketoconazole tablets', 'Precautions: Nursing Mothers')],
      ),
      boxedWarnings: [
        boxed(
          'Tablet oral: hepatotoksisitas serius termasuk gagal hati fatal, pemanjangan QT dengan interaksi obat; hanya bila antijamur lain tidak tersedia atau tidak ditoleransi.',
          'Oral tablets: serious hepatotoxicity including fatal liver failure and QT prolongation through drug interactions; only when other antifungals are unavailable or not tolerated.',
          [
            label('Ketoconazole tablets', 'Boxed Warning'),
            fda(
              'FDA limits usage of Nizoral (ketoconazole) oral tablets due to potentially fatal liver injury and risk of drug interactions and adrenal gland problems',
              2013,
            ),
          ],
        ),
      ],
      sources: [label('Ketoconazole tablets', 'Contraindications')],
    }),
    drug('itraconazole', ['Itraconazole', 'Itrakonazol'], {
      classes: ['cls.azole-antifungal'],
      pregnancy: P(
        'avoid',
        'Jangan digunakan untuk onikomikosis pada kehamilan atau perempuan yang merencanakan kehamilan.',
        'Do not use for onychomycosis in pregnancy or in women planning pregnancy.',
        [label('Itraconazole (Sporanox)', 'Contraindications')],
      ),
      lactation: L(
        'insufficient-data',
        'Masuk ke ASI; data keamanan bayi terbatas.',
        'Passes into milk; limited infant safety data.',
        lact('Itraconazole', 'Itraconazole (Sporanox)'),
      ),
      boxedWarnings: [
        boxed(
          'Gagal jantung kongestif: jangan dipakai untuk onikomikosis pada pasien dengan disfungsi ventrikel; interaksi obat serius melalui CYP3A4 (beberapa dikontraindikasikan).',
          'Congestive heart failure: do not use for onychomycosis with ventricular dysfunction; serious CYP3A4 drug interactions (some contraindicated).',
          [label('Itraconazole (Sporanox)', 'Boxed Warning')],
        ),
      ],
      sources: [label('Itraconazole (Sporanox)', 'Contraindications')],
    }),
    drug('griseofulvin', ['Griseofulvin', 'Griseofulvin'], {
      classes: [],
      pregnancy: P(
        'contraindicated',
        'Dikontraindikasikan pada kehamilan (laporan kembar siam dan efek embriotoksik); hindari kehamilan selama dan 1 bulan setelah terapi.',
        'Contraindicated in pregnancy (reports of conjoined twins and embryotoxicity); avoid pregnancy during and for 1 month after therapy.',
        [label('Griseofulvin (Gris-PEG)', 'Contraindications')],
      ),
      lactation: L(
        'insufficient-data',
        'Belum ada data; pilih antijamur lain.',
        'No data; choose another antifungal.',
        [lactmed('Griseofulvin'), label('Griseofulvin (Gris-PEG)', 'Precautions: Nursing Mothers')],
      ),
      sources: [label('Griseofulvin (Gris-PEG)', 'Contraindications')],
    }),
    drug('nystatin', ['Nystatin', 'Nistatin'], {
      classes: ['cls.polyene-antifungal'],
      pregnancy: P('compatible', 'Tidak diabsorpsi; dapat digunakan.', 'Not absorbed; usable.', [
        label('Nystatin oral suspension', 'Precautions: Pregnancy'),
      ]),
      lactation: L(
        'compatible',
        'Tidak diabsorpsi; dapat digunakan, juga untuk bayi.',
        'Not absorbed; compatible, and used in infants.',
        [lactmed('Nystatin'), label('Nystatin oral suspension', 'Precautions: Nursing Mothers')],
      ),
      sources: [label('Nystatin oral suspension', 'Indications and Usage')],
    }),
    drug('miconazole', ['Miconazole nitrate', 'Mikonazol', 'miconazole'], {
      classes: ['cls.azole-antifungal-local'],
      pregnancy: LOCAL_AZOLE_PREG('Miconazole nitrate (vaginal)'),
      lactation: L(
        'compatible',
        'Sediaan topikal/vaginal dapat digunakan.',
        'Topical and vaginal use is compatible.',
        [
          lactmed('Miconazole'),
          drugFacts('Miconazole nitrate (vaginal)', 'Warnings: If pregnant or breast-feeding'),
        ],
      ),
      sources: [drugFacts('Miconazole nitrate (vaginal)', 'Warnings (warfarin bleeding)')],
    }),
    drug('clotrimazole', ['Clotrimazole', 'Klotrimazol'], {
      classes: ['cls.azole-antifungal-local'],
      pregnancy: LOCAL_AZOLE_PREG('Clotrimazole (vaginal)'),
      lactation: L(
        'compatible',
        'Sediaan topikal/vaginal dapat digunakan.',
        'Topical and vaginal use is compatible.',
        [
          lactmed('Clotrimazole'),
          drugFacts('Clotrimazole (vaginal)', 'Warnings: If pregnant or breast-feeding'),
        ],
      ),
      sources: [drugFacts('Clotrimazole (vaginal)', 'Purpose')],
    }),
    drug('albendazole', ['Albendazole', 'Albendazol'], {
      classes: ['cls.benzimidazole-anthelmintic'],
      pregnancy: P(
        'avoid',
        'Hindari pada trimester pertama; WHO mengizinkan dosis tunggal untuk cacingan setelah trimester pertama.',
        'Avoid in the first trimester; WHO allows single doses for worm control after the first trimester.',
        [...preg('Albendazole (Albenza)'), WHO_STH],
        { trimesters: [1], otherwise: 'compatible' },
      ),
      lactation: L(
        'compatible',
        'Absorpsi rendah; dosis tunggal dapat digunakan.',
        'Low absorption; single doses are compatible.',
        lact('Albendazole', 'Albendazole (Albenza)'),
      ),
      sources: [label('Albendazole (Albenza)', 'Indications and Usage'), WHO_STH],
    }),
    drug('mebendazole', ['Mebendazole', 'Mebendazol'], {
      classes: ['cls.benzimidazole-anthelmintic'],
      pregnancy: P(
        'avoid',
        'Hindari pada trimester pertama; dosis program setelah trimester pertama dapat diterima.',
        'Avoid in the first trimester; programme doses after the first trimester are acceptable.',
        [label('Mebendazole (Emverm)', 'Use in Specific Populations: Pregnancy'), WHO_STH],
        { trimesters: [1], otherwise: 'compatible' },
      ),
      lactation: L(
        'compatible',
        'Absorpsi sangat rendah; dapat digunakan.',
        'Very low absorption; compatible.',
        lact('Mebendazole', 'Mebendazole (Emverm)'),
      ),
      sources: [label('Mebendazole (Emverm)', 'Indications and Usage')],
    }),
    drug('pyrantel', ['Pyrantel pamoate', 'Pirantel pamoat', 'pyrantel', 'pirantel'], {
      classes: [],
      pregnancy: P(
        'caution',
        'Absorpsi rendah; data terbatas, gunakan setelah trimester pertama bila memungkinkan.',
        'Low absorption; limited data, use after the first trimester when possible.',
        [drugFacts('Pyrantel pamoate', 'Warnings: If pregnant or breast-feeding')],
      ),
      lactation: L(
        'compatible',
        'Absorpsi rendah; dosis tunggal dapat digunakan.',
        'Low absorption; single doses are compatible.',
        [lactmed('Pyrantel'), drugFacts('Pyrantel pamoate', 'Warnings: If pregnant or breast-feeding')],
      ),
      sources: [drugFacts('Pyrantel pamoate', 'Purpose')],
    }),
    drug('praziquantel', ['Praziquantel', 'Prazikuantel'], {
      classes: [],
      pregnancy: P(
        'caution',
        'Data terbatas tanpa sinyal malformasi; WHO mengizinkan penggunaan dalam program.',
        'Limited data without a malformation signal; WHO allows programme use.',
        preg('Praziquantel (Biltricide)'),
      ),
      lactation: L(
        'caution-monitor-infant',
        'Label menyarankan tidak menyusui pada hari terapi dan 72 jam setelahnya.',
        'The label advises not breastfeeding on the day of treatment and for 72 hours after.',
        lact('Praziquantel', 'Praziquantel (Biltricide)'),
      ),
      sources: [label('Praziquantel (Biltricide)', 'Contraindications')],
    }),
    drug('ivermectin', ['Ivermectin', 'Ivermektin'], {
      classes: [],
      pregnancy: P(
        'avoid',
        'Data kehamilan terbatas; hindari terutama pada trimester pertama.',
        'Limited pregnancy data; avoid, especially in the first trimester.',
        preg('Ivermectin (Stromectol)'),
      ),
      lactation: L(
        'compatible',
        'Kadar ASI rendah; dosis tunggal dapat diterima.',
        'Low milk levels; single doses are acceptable.',
        lact('Ivermectin', 'Ivermectin (Stromectol)'),
      ),
      sources: [label('Ivermectin (Stromectol)', 'Indications and Usage')],
    }),
    drug('permethrin', ['Permethrin', 'Permetrin'], {
      classes: [],
      pregnancy: P(
        'compatible',
        'Absorpsi kulit minimal; skabisida pilihan pada kehamilan.',
        'Minimal skin absorption; the scabicide of choice in pregnancy.',
        [label('Permethrin cream 5% (Elimite)', 'Precautions: Pregnancy')],
      ),
      lactation: L('compatible', 'Absorpsi minimal; dapat digunakan.', 'Minimal absorption; compatible.', [
        lactmed('Permethrin'),
        label('Permethrin cream 5% (Elimite)', 'Precautions: Nursing Mothers'),
      ]),
      sources: [label('Permethrin cream 5% (Elimite)', 'Indications and Usage')],
    }),
    drug('acyclovir', ['Aciclovir', 'Asiklovir', 'en:Acyclovir', 'acyclovir'], {
      classes: [],
      pregnancy: P(
        'compatible',
        'Data registri besar tidak menunjukkan peningkatan malformasi.',
        'Large registry data show no increase in malformations.',
        [label('Acyclovir (Zovirax)', 'Use in Specific Populations: Pregnancy')],
      ),
      lactation: L(
        'compatible',
        'Kadar pada bayi jauh di bawah dosis terapi neonatus; dapat digunakan.',
        'Infant exposure is far below neonatal therapeutic doses; compatible.',
        lact('Acyclovir', 'Acyclovir (Zovirax)'),
      ),
      maxDailyDose: [
        { mg: 4000, route: 'oral', sources: [label('Acyclovir (Zovirax)', 'Dosage and Administration')] },
      ],
      sources: [label('Acyclovir (Zovirax)', 'Warnings and Precautions: Acute Renal Failure')],
    }),
    drug('valacyclovir', ['Valaciclovir', 'Valasiklovir', 'en:Valacyclovir', 'valacyclovir'], {
      classes: [],
      pregnancy: P(
        'compatible',
        'Prodrug asiklovir; data kehamilan meyakinkan.',
        'A prodrug of acyclovir; reassuring pregnancy data.',
        preg('Valacyclovir (Valtrex)'),
      ),
      lactation: L(
        'compatible',
        'Seperti asiklovir; dapat digunakan.',
        'As acyclovir; compatible.',
        lact('Valacyclovir', 'Valacyclovir (Valtrex)'),
      ),
      sources: [label('Valacyclovir (Valtrex)', 'Indications and Usage')],
    }),
    drug('oseltamivir', ['Oseltamivir', 'Oseltamivir', 'oseltamivir phosphate'], {
      classes: [],
      pregnancy: P(
        'compatible',
        'Data besar tidak menunjukkan peningkatan malformasi; perempuan hamil berisiko tinggi influenza berat.',
        'Large data show no increase in malformations; pregnant women are at high risk of severe influenza.',
        preg('Oseltamivir (Tamiflu)'),
      ),
      lactation: L(
        'compatible',
        'Kadar ASI rendah; dapat digunakan.',
        'Low milk levels; compatible.',
        lact('Oseltamivir', 'Oseltamivir (Tamiflu)'),
      ),
      sources: [label('Oseltamivir (Tamiflu)', 'Indications and Usage')],
    }),
  ],
});
