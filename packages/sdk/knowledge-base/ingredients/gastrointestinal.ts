import { defineSource } from '../../src/drugs/schema/records';
import { boxed, drug, drugFacts, ema, fda, L, label, lactmed, P, smpc } from '../authoring';

const preg = (product: string) => [label(product, 'Use in Specific Populations: Pregnancy')];
const lact = (name: string, product: string) => [
  lactmed(name),
  label(product, 'Use in Specific Populations: Lactation'),
];
const NOT_ABSORBED_PREG = (product: string) =>
  P(
    'compatible',
    'Absorpsi sistemik minimal; dapat digunakan pada kehamilan.',
    'Minimal systemic absorption; usable in pregnancy.',
    [drugFacts(product, 'Warnings: If pregnant or breast-feeding')],
  );
const NOT_ABSORBED_LACT = (name: string, product: string) =>
  L(
    'compatible',
    'Hampir tidak diabsorpsi; tidak diharapkan masuk ke ASI.',
    'Hardly absorbed; not expected to reach milk.',
    [lactmed(name), drugFacts(product, 'Warnings: If pregnant or breast-feeding')],
  );
const DOMPERIDONE_EMA = ema(
  'Restrictions on the use of domperidone-containing medicines (CMDh endorsement of PRAC recommendations)',
  2014,
);
const METOCLOPRAMIDE_EMA = ema(
  'European Medicines Agency recommends changes to the use of metoclopramide',
  2013,
);

/** Acid suppression, antacids, antiemetics, prokinetics, antidiarrhoeals, laxatives and antispasmodics. */
export default defineSource({
  ingredients: [
    drug('omeprazole', ['Omeprazole', 'Omeprazol', 'omeprazole magnesium'], {
      classes: ['cls.ppi'],
      pregnancy: P(
        'compatible',
        'Studi besar tidak menunjukkan peningkatan malformasi; PPI pilihan pada kehamilan.',
        'Large studies show no increase in malformations; the preferred PPI in pregnancy.',
        preg('Omeprazole (Prilosec)'),
      ),
      lactation: L(
        'compatible',
        'Kadar ASI rendah dan tidak stabil dalam asam lambung bayi; dapat digunakan.',
        'Low milk levels, unstable in infant gastric acid; compatible.',
        lact('Omeprazole', 'Omeprazole (Prilosec)'),
      ),
      sources: [label('Omeprazole (Prilosec)', 'Drug Interactions')],
    }),
    drug('lansoprazole', ['Lansoprazole', 'Lansoprazol'], {
      classes: ['cls.ppi'],
      pregnancy: P(
        'compatible',
        'Data kehamilan tidak menunjukkan peningkatan malformasi.',
        'Pregnancy data show no increase in malformations.',
        preg('Lansoprazole (Prevacid)'),
      ),
      lactation: L(
        'insufficient-data',
        'Data terbatas; omeprazol memiliki data lebih banyak.',
        'Limited data; omeprazole has more data.',
        lact('Lansoprazole', 'Lansoprazole (Prevacid)'),
        ['omeprazole'],
      ),
      sources: [label('Lansoprazole (Prevacid)', 'Indications and Usage')],
    }),
    drug('pantoprazole', ['Pantoprazole', 'Pantoprazol', 'pantoprazole sodium'], {
      classes: ['cls.ppi'],
      pregnancy: P(
        'compatible',
        'Data kehamilan tidak menunjukkan peningkatan malformasi.',
        'Pregnancy data show no increase in malformations.',
        preg('Pantoprazole (Protonix)'),
      ),
      lactation: L(
        'compatible',
        'Kadar ASI sangat rendah pada laporan yang ada.',
        'Very low milk levels in available reports.',
        lact('Pantoprazole', 'Pantoprazole (Protonix)'),
      ),
      sources: [label('Pantoprazole (Protonix)', 'Indications and Usage')],
    }),
    drug('esomeprazole', ['Esomeprazole', 'Esomeprazol', 'esomeprazole magnesium'], {
      classes: ['cls.ppi'],
      pregnancy: P(
        'compatible',
        'Enantiomer omeprazol; data kehamilan tidak menunjukkan peningkatan malformasi.',
        'The S-enantiomer of omeprazole; pregnancy data show no increase in malformations.',
        preg('Esomeprazole (Nexium)'),
      ),
      lactation: L(
        'insufficient-data',
        'Belum ada data langsung; data omeprazol meyakinkan.',
        'No direct data; omeprazole data are reassuring.',
        lact('Esomeprazole', 'Esomeprazole (Nexium)'),
        ['omeprazole'],
      ),
      sources: [label('Esomeprazole (Nexium)', 'Indications and Usage')],
    }),
    drug('rabeprazole', ['Rabeprazole', 'Rabeprazol', 'rabeprazole sodium'], {
      classes: ['cls.ppi'],
      pregnancy: P(
        'insufficient-data',
        'Data kehamilan terbatas; omeprazol lebih disukai.',
        'Limited pregnancy data; omeprazole is preferred.',
        preg('Rabeprazole (Aciphex)'),
        { alternatives: ['omeprazole'] },
      ),
      lactation: L(
        'insufficient-data',
        'Belum ada data; omeprazol atau pantoprazol lebih disukai.',
        'No data; omeprazole or pantoprazole is preferred.',
        lact('Rabeprazole', 'Rabeprazole (Aciphex)'),
        ['omeprazole'],
      ),
      sources: [label('Rabeprazole (Aciphex)', 'Indications and Usage')],
    }),
    drug('ranitidine', ['Ranitidine', 'Ranitidin', 'ranitidine hydrochloride'], {
      classes: ['cls.h2-antagonist'],
      pregnancy: P(
        'compatible',
        'Data kehamilan tidak menunjukkan peningkatan malformasi; catatan: FDA meminta penarikan semua produk ranitidin (cemaran NDMA).',
        'Pregnancy data show no increase in malformations; note: FDA requested withdrawal of all ranitidine products (NDMA contamination).',
        [
          label('Ranitidine (Zantac)', 'Precautions: Pregnancy'),
          fda('FDA requests removal of all ranitidine products (Zantac) from the market', 2020),
        ],
      ),
      lactation: L(
        'compatible',
        'Dapat digunakan; famotidin adalah alternatif yang masih beredar.',
        'Compatible; famotidine is an alternative still on the market.',
        [lactmed('Ranitidine'), label('Ranitidine (Zantac)', 'Precautions: Nursing Mothers')],
        ['famotidine'],
      ),
      sources: [fda('FDA requests removal of all ranitidine products (Zantac) from the market', 2020)],
    }),
    drug('famotidine', ['Famotidine', 'Famotidin'], {
      classes: ['cls.h2-antagonist'],
      pregnancy: P(
        'compatible',
        'Data kehamilan tidak menunjukkan peningkatan malformasi.',
        'Pregnancy data show no increase in malformations.',
        preg('Famotidine (Pepcid)'),
      ),
      lactation: L(
        'compatible',
        'Kadar ASI rendah; antagonis H2 pilihan saat menyusui.',
        'Low milk levels; the preferred H2 antagonist while breastfeeding.',
        lact('Famotidine', 'Famotidine (Pepcid)'),
      ),
      sources: [label('Famotidine (Pepcid)', 'Indications and Usage')],
    }),
    drug('cimetidine', ['Cimetidine', 'Simetidin'], {
      classes: ['cls.h2-antagonist'],
      pregnancy: P(
        'compatible',
        'Data kehamilan tidak menunjukkan peningkatan malformasi.',
        'Pregnancy data show no increase in malformations.',
        [label('Cimetidine', 'Precautions: Pregnancy')],
      ),
      lactation: L(
        'caution-monitor-infant',
        'Terkonsentrasi dalam ASI; famotidin lebih disukai.',
        'Concentrates in milk; famotidine is preferred.',
        [lactmed('Cimetidine'), label('Cimetidine', 'Precautions: Nursing Mothers')],
        ['famotidine'],
      ),
      sources: [label('Cimetidine', 'Precautions: Drug Interactions')],
    }),
    drug(
      'aluminium-hydroxide',
      [
        'Aluminium hydroxide',
        'Aluminium hidroksida',
        'aluminum hydroxide',
        'Al(OH)3',
        'aluminium hidroksida gel kering',
      ],
      {
        classes: ['cls.antacid'],
        pregnancy: NOT_ABSORBED_PREG('Aluminum hydroxide and magnesium hydroxide (antacid)'),
        lactation: NOT_ABSORBED_LACT(
          'Aluminum Hydroxide',
          'Aluminum hydroxide and magnesium hydroxide (antacid)',
        ),
        sources: [
          drugFacts(
            'Aluminum hydroxide and magnesium hydroxide (antacid)',
            'Ask a doctor or pharmacist before use if you are taking a prescription drug',
          ),
        ],
      },
    ),
    drug(
      'magnesium-hydroxide',
      ['Magnesium hydroxide', 'Magnesium hidroksida', 'Mg(OH)2', 'milk of magnesia'],
      {
        classes: ['cls.antacid'],
        pregnancy: NOT_ABSORBED_PREG('Magnesium hydroxide (milk of magnesia)'),
        lactation: NOT_ABSORBED_LACT('Magnesium Hydroxide', 'Magnesium hydroxide (milk of magnesia)'),
        sources: [
          drugFacts('Magnesium hydroxide (milk of magnesia)', 'Ask a doctor before use: kidney disease'),
        ],
      },
    ),
    drug('calcium-carbonate', ['Calcium carbonate', 'Kalsium karbonat', 'CaCO3'], {
      classes: ['cls.antacid', 'cls.calcium-supplement'],
      pregnancy: P(
        'compatible',
        'Dipakai sebagai suplemen kalsium dan antasida pada kehamilan.',
        'Used as a calcium supplement and antacid in pregnancy.',
        [drugFacts('Calcium carbonate (antacid)', 'Warnings: If pregnant or breast-feeding')],
      ),
      lactation: L('compatible', 'Dapat digunakan.', 'Compatible.', [
        lactmed('Calcium Carbonate'),
        drugFacts('Calcium carbonate (antacid)', 'Warnings: If pregnant or breast-feeding'),
      ]),
      sources: [
        drugFacts(
          'Calcium carbonate (antacid)',
          'Ask a doctor or pharmacist before use if you are taking a prescription drug',
        ),
      ],
    }),
    drug(
      'simethicone',
      ['Simeticone', 'Simetikon', 'en:Simethicone', 'simethicone', 'dimethicone', 'dimetikon'],
      {
        classes: ['cls.antiflatulent'],
        pregnancy: NOT_ABSORBED_PREG('Simethicone'),
        lactation: NOT_ABSORBED_LACT('Simethicone', 'Simethicone'),
        sources: [drugFacts('Simethicone', 'Purpose')],
      },
    ),
    drug('sucralfate', ['Sucralfate', 'Sukralfat'], {
      classes: ['cls.mucosal-protectant'],
      pregnancy: P(
        'compatible',
        'Absorpsi minimal; dapat digunakan pada kehamilan.',
        'Minimal absorption; usable in pregnancy.',
        [label('Sucralfate (Carafate)', 'Precautions: Pregnancy')],
      ),
      lactation: L(
        'compatible',
        'Absorpsi minimal; tidak diharapkan masuk ke ASI.',
        'Minimal absorption; not expected to reach milk.',
        [lactmed('Sucralfate'), label('Sucralfate (Carafate)', 'Precautions: Nursing Mothers')],
      ),
      sources: [label('Sucralfate (Carafate)', 'Precautions: Drug Interactions')],
    }),
    drug('domperidone', ['Domperidone', 'Domperidon', 'domperidone maleate'], {
      classes: ['cls.dopamine-antagonist-antiemetic'],
      pregnancy: P(
        'insufficient-data',
        'Data kehamilan terbatas; gunakan hanya bila manfaat jelas.',
        'Limited pregnancy data; use only when the benefit is clear.',
        [smpc('Domperidone', '4.6 Fertility, pregnancy and lactation')],
      ),
      lactation: L(
        'caution-monitor-infant',
        'Masuk ke ASI dalam jumlah kecil; efek jantung pada bayi tidak dapat disingkirkan.',
        'Passes into milk in small amounts; cardiac effects in the infant cannot be excluded.',
        [lactmed('Domperidone'), smpc('Domperidone', '4.6 Fertility, pregnancy and lactation')],
      ),
      maxDailyDose: [{ mg: 30, route: 'oral', sources: [DOMPERIDONE_EMA] }],
      sources: [DOMPERIDONE_EMA, smpc('Domperidone', '4.3 Contraindications')],
    }),
    drug('metoclopramide', ['Metoclopramide', 'Metoklopramid', 'metoclopramide hydrochloride'], {
      classes: ['cls.dopamine-antagonist-antiemetic'],
      pregnancy: P(
        'compatible',
        'Data kehamilan besar tidak menunjukkan peningkatan malformasi.',
        'Large pregnancy data show no increase in malformations.',
        preg('Metoclopramide (Reglan)'),
      ),
      lactation: L(
        'caution-monitor-infant',
        'Masuk ke ASI; pantau bayi terhadap gangguan cerna; hindari penggunaan lama pada ibu karena risiko depresi.',
        'Passes into milk; watch the infant for GI upset; avoid prolonged maternal use because of depression risk.',
        lact('Metoclopramide', 'Metoclopramide (Reglan)'),
      ),
      boxedWarnings: [
        boxed(
          'Dapat menyebabkan diskinesia tardif yang sering ireversibel; hindari penggunaan lebih dari 12 minggu.',
          'Can cause tardive dyskinesia, often irreversible; avoid use beyond 12 weeks.',
          [label('Metoclopramide (Reglan)', 'Boxed Warning')],
        ),
      ],
      maxDailyDose: [{ mg: 30, sources: [METOCLOPRAMIDE_EMA] }],
      sources: [label('Metoclopramide (Reglan)', 'Contraindications')],
    }),
    drug('ondansetron', ['Ondansetron', 'Ondansetron', 'ondansetron hydrochloride'], {
      classes: ['cls.5ht3-antagonist'],
      pregnancy: P(
        'caution',
        'Sebagian studi menunjukkan sedikit peningkatan celah bibir/langit-langit bila dipakai pada trimester pertama; pertimbangkan pilihan lain dahulu.',
        'Some studies found a small increase in oral clefts with first-trimester use; consider other options first.',
        preg('Ondansetron (Zofran)'),
        { trimesters: [1], otherwise: 'compatible', alternatives: ['doxylamine', 'pyridoxine'] },
      ),
      lactation: L(
        'insufficient-data',
        'Belum ada data; kemungkinan dapat diterima pada penggunaan singkat.',
        'No data; short-term use is probably acceptable.',
        lact('Ondansetron', 'Ondansetron (Zofran)'),
      ),
      sources: [label('Ondansetron (Zofran)', 'Warnings and Precautions: QT Prolongation')],
    }),
    drug('loperamide', ['Loperamide hydrochloride', 'Loperamid', 'loperamide'], {
      classes: ['cls.antidiarrhoeal-opioid'],
      pregnancy: P(
        'caution',
        'Data terbatas; gunakan singkat bila diperlukan.',
        'Limited data; use briefly if needed.',
        [label('Loperamide hydrochloride (Imodium)', 'Precautions: Pregnancy')],
      ),
      lactation: L(
        'compatible',
        'Kadar ASI sangat rendah; dapat digunakan singkat.',
        'Very low milk levels; short use is compatible.',
        [lactmed('Loperamide'), label('Loperamide hydrochloride (Imodium)', 'Precautions: Nursing Mothers')],
      ),
      maxDailyDose: [
        { mg: 16, sources: [label('Loperamide hydrochloride (Imodium)', 'Dosage and Administration')] },
      ],
      sources: [
        fda(
          'FDA warns about serious heart problems with high doses of the antidiarrheal medicine loperamide (Imodium)',
          2016,
        ),
      ],
    }),
    drug('bisacodyl', ['Bisacodyl', 'Bisakodil'], {
      classes: ['cls.laxative-stimulant'],
      pregnancy: NOT_ABSORBED_PREG('Bisacodyl'),
      lactation: NOT_ABSORBED_LACT('Bisacodyl', 'Bisacodyl'),
      sources: [drugFacts('Bisacodyl', 'Purpose')],
    }),
    drug('lactulose', ['Lactulose', 'Laktulosa'], {
      classes: ['cls.laxative-osmotic'],
      pregnancy: P(
        'compatible',
        'Tidak diabsorpsi; dapat digunakan pada kehamilan.',
        'Not absorbed; usable in pregnancy.',
        [label('Lactulose solution', 'Precautions: Pregnancy')],
      ),
      lactation: L('compatible', 'Tidak diabsorpsi; dapat digunakan.', 'Not absorbed; compatible.', [
        lactmed('Lactulose'),
        label('Lactulose solution', 'Precautions: Nursing Mothers'),
      ]),
      sources: [label('Lactulose solution', 'Indications and Usage')],
    }),
    drug(
      'hyoscine-butylbromide',
      [
        'Hyoscine butylbromide',
        'Hiosin butilbromida',
        'butylscopolamine',
        'butilskopolamin',
        'scopolamine butylbromide',
      ],
      {
        classes: ['cls.antimuscarinic-antispasmodic'],
        pregnancy: P(
          'insufficient-data',
          'Data kehamilan terbatas; hindari kecuali jelas diperlukan.',
          'Limited pregnancy data; avoid unless clearly needed.',
          [smpc('Hyoscine butylbromide (Buscopan)', '4.6 Fertility, pregnancy and lactation')],
        ),
        lactation: L(
          'insufficient-data',
          'Data keamanan menyusui terbatas.',
          'Limited breastfeeding safety data.',
          [
            smpc('Hyoscine butylbromide (Buscopan)', '4.6 Fertility, pregnancy and lactation'),
            lactmed('Scopolamine'),
          ],
        ),
        sources: [smpc('Hyoscine butylbromide (Buscopan)', '4.3 Contraindications')],
      },
    ),
    drug('dimenhydrinate', ['Dimenhydrinate', 'Dimenhidrinat'], {
      classes: ['cls.antihistamine-sedating'],
      pregnancy: P(
        'compatible',
        'Dipakai luas untuk mabuk perjalanan dan mual kehamilan tanpa sinyal teratogenik.',
        'Widely used for motion sickness and nausea of pregnancy without a teratogenic signal.',
        [drugFacts('Dimenhydrinate', 'Warnings: If pregnant or breast-feeding')],
      ),
      lactation: L(
        'caution-monitor-infant',
        'Dosis sesekali dapat diterima; dosis berulang dapat menyebabkan sedasi bayi dan menurunkan ASI.',
        'Occasional doses are acceptable; repeated doses may sedate the infant and reduce milk.',
        [lactmed('Dimenhydrinate'), drugFacts('Dimenhydrinate', 'Warnings: If pregnant or breast-feeding')],
      ),
      maxDailyDose: [{ mg: 400, sources: [drugFacts('Dimenhydrinate', 'Directions')] }],
      sources: [drugFacts('Dimenhydrinate', 'Warnings')],
    }),
    drug('misoprostol', ['Misoprostol', 'Misoprostol'], {
      classes: ['cls.prostaglandin-analogue'],
      pregnancy: P(
        'contraindicated',
        'Dikontraindikasikan untuk indikasi lambung pada kehamilan: dapat menyebabkan abortus, persalinan prematur, cacat lahir dan ruptur uterus.',
        'Contraindicated for gastric indications in pregnancy: can cause abortion, premature birth, birth defects and uterine rupture.',
        [
          label('Misoprostol (Cytotec)', 'Boxed Warning'),
          label('Misoprostol (Cytotec)', 'Contraindications'),
        ],
      ),
      lactation: L(
        'caution-monitor-infant',
        'Kadar ASI rendah dan singkat; pantau bayi terhadap diare.',
        'Low, short-lived milk levels; watch the infant for diarrhoea.',
        [lactmed('Misoprostol'), label('Misoprostol (Cytotec)', 'Precautions: Nursing Mothers')],
      ),
      boxedWarnings: [
        boxed(
          'Pemberian pada ibu hamil dapat menyebabkan abortus, persalinan prematur atau cacat lahir; ruptur uterus dilaporkan. Jangan diberikan untuk ulkus pada perempuan hamil.',
          'Use in pregnant women can cause abortion, premature birth or birth defects; uterine rupture has been reported. Do not give for ulcers to pregnant women.',
          [label('Misoprostol (Cytotec)', 'Boxed Warning')],
        ),
      ],
      sources: [label('Misoprostol (Cytotec)', 'Indications and Usage')],
    }),
  ],
});
