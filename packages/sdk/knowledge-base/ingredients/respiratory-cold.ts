import { defineSource } from '../../src/drugs/schema/records';
import {
  boxed,
  DEPKES_PREGNANCY_2006,
  drug,
  drugFacts,
  ema,
  euSmpc,
  L,
  label,
  lactmed,
  P,
  paper,
} from '../authoring';

const PPA_ADVISORY = {
  kind: 'regulator' as const,
  title:
    'FDA Public Health Advisory: safety of phenylpropanolamine (request to remove PPA from drug products)',
  publisher: 'US Food and Drug Administration',
  year: 2000,
};
const WERLER_2002 = paper(
  'Werler MM, Sheehan JE, Mitchell AA. Maternal medication use and risks of gastroschisis and small intestinal atresia',
  'Am J Epidemiol 2002;155(1):26-31',
  2002,
);

const preg = (product: string) => [label(product, 'Use in Specific Populations: Pregnancy')];
const lact = (name: string, product: string) => [
  lactmed(name),
  label(product, 'Use in Specific Populations: Lactation'),
];
const otcPreg = (product: string) => [
  drugFacts(product, 'Warnings: If pregnant or breast-feeding'),
  DEPKES_PREGNANCY_2006,
];

/** Asthma/COPD drugs, antihistamines and the ingredients of Indonesian cough-and-cold products. */
export default defineSource({
  ingredients: [
    drug('salbutamol', ['Salbutamol', 'Salbutamol', 'albuterol', 'salbutamol sulfate'], {
      classes: ['cls.beta2-agonist'],
      pregnancy: P(
        'compatible',
        'Bronkodilator inhalasi pilihan pada kehamilan; asma yang tidak terkontrol lebih berbahaya bagi janin.',
        'The inhaled bronchodilator of choice in pregnancy; uncontrolled asthma is more dangerous to the fetus.',
        [...preg('Albuterol sulfate inhalation aerosol (ProAir HFA)'), DEPKES_PREGNANCY_2006],
      ),
      lactation: L(
        'compatible',
        'Inhalasi menghasilkan kadar ASI sangat rendah; dapat digunakan.',
        'Inhaled use gives very low milk levels; compatible.',
        lact('Albuterol', 'Albuterol sulfate inhalation aerosol (ProAir HFA)'),
      ),
      sources: [label('Albuterol sulfate inhalation aerosol (ProAir HFA)', 'Indications and Usage')],
    }),
    drug('terbutaline', ['Terbutaline', 'Terbutalin', 'terbutaline sulfate'], {
      classes: ['cls.beta2-agonist'],
      pregnancy: P(
        'caution',
        'Jangan digunakan untuk tokolisis jangka panjang (oral) atau lebih dari 48–72 jam (injeksi): efek jantung serius dan kematian ibu.',
        'Do not use for prolonged tocolysis (oral) or beyond 48–72 hours (injection): serious maternal cardiac events and death.',
        [label('Terbutaline sulfate', 'Boxed Warning')],
      ),
      lactation: L('compatible', 'Kadar ASI rendah; dapat digunakan.', 'Low milk levels; compatible.', [
        lactmed('Terbutaline'),
        label('Terbutaline sulfate', 'Precautions: Nursing Mothers'),
      ]),
      boxedWarnings: [
        boxed(
          'Tidak untuk mencegah atau mengobati persalinan prematur secara berkepanjangan; efek samping jantung serius dan kematian ibu telah dilaporkan.',
          'Not for prolonged prevention or treatment of preterm labour; serious maternal cardiac adverse reactions and deaths have been reported.',
          [label('Terbutaline sulfate', 'Boxed Warning')],
        ),
      ],
      sources: [label('Terbutaline sulfate', 'Indications and Usage')],
    }),
    drug('theophylline', ['Theophylline', 'Teofilin', 'theophylline anhydrous'], {
      classes: ['cls.xanthine'],
      pregnancy: P(
        'caution',
        'Dapat digunakan; klirens menurun pada trimester ketiga, pantau kadar obat.',
        'Usable; clearance falls in the third trimester, monitor levels.',
        preg('Theophylline extended-release'),
      ),
      lactation: L(
        'caution-monitor-infant',
        'Dapat digunakan; pantau bayi terhadap iritabilitas, terutama bayi prematur.',
        'Usable; watch the infant for irritability, especially preterm infants.',
        lact('Theophylline', 'Theophylline extended-release'),
      ),
      flags: { narrowTherapeuticIndex: true },
      sources: [label('Theophylline extended-release', 'Drug Interactions')],
    }),
    drug('aminophylline', ['Aminophylline', 'Aminofilin'], {
      classes: ['cls.xanthine'],
      pregnancy: P(
        'caution',
        'Garam teofilin; dapat digunakan dengan pemantauan kadar.',
        'A theophylline salt; usable with level monitoring.',
        [label('Aminophylline injection', 'Precautions: Pregnancy')],
      ),
      lactation: L(
        'caution-monitor-infant',
        'Seperti teofilin; pantau iritabilitas bayi.',
        'As theophylline; watch for infant irritability.',
        [lactmed('Theophylline'), label('Aminophylline injection', 'Precautions: Nursing Mothers')],
      ),
      flags: { narrowTherapeuticIndex: true },
      sources: [label('Aminophylline injection', 'Indications and Usage')],
    }),
    drug('budesonide', ['Budesonide', 'Budesonid'], {
      classes: [
        { class: 'cls.corticosteroid-systemic', route: ['oral', 'rectal'] },
        'cls.corticosteroid-inhaled',
      ],
      pregnancy: P(
        'compatible',
        'Kortikosteroid inhalasi dengan data kehamilan terbanyak; lanjutkan untuk mengontrol asma.',
        'The inhaled corticosteroid with the most pregnancy data; continue it to keep asthma controlled.',
        preg('Budesonide inhalation (Pulmicort)'),
      ),
      lactation: L(
        'compatible',
        'Paparan bayi dari inhalasi sangat kecil; dapat digunakan.',
        'Infant exposure from inhaled use is negligible; compatible.',
        lact('Budesonide', 'Budesonide inhalation (Pulmicort)'),
      ),
      sources: [label('Budesonide inhalation (Pulmicort)', 'Indications and Usage')],
    }),
    drug('ipratropium', ['Ipratropium bromide', 'Ipratropium bromida', 'ipratropium'], {
      classes: ['cls.antimuscarinic-inhaled'],
      pregnancy: P(
        'compatible',
        'Absorpsi sistemik minimal dari inhalasi; dapat digunakan.',
        'Minimal systemic absorption when inhaled; usable.',
        [label('Ipratropium bromide inhalation (Atrovent HFA)', 'Use in Specific Populations: Pregnancy')],
      ),
      lactation: L(
        'compatible',
        'Absorpsi minimal; dapat digunakan.',
        'Minimal absorption; compatible.',
        lact('Ipratropium', 'Ipratropium bromide inhalation (Atrovent HFA)'),
      ),
      sources: [label('Ipratropium bromide inhalation (Atrovent HFA)', 'Indications and Usage')],
    }),
    drug('montelukast', ['Montelukast', 'Montelukast', 'montelukast sodium'], {
      classes: ['cls.leukotriene-antagonist'],
      pregnancy: P(
        'compatible',
        'Data registri tidak menunjukkan peningkatan malformasi mayor.',
        'Registry data show no increase in major malformations.',
        preg('Montelukast (Singulair)'),
      ),
      lactation: L(
        'compatible',
        'Kadar ASI rendah; dapat digunakan.',
        'Low milk levels; compatible.',
        lact('Montelukast', 'Montelukast (Singulair)'),
      ),
      boxedWarnings: [
        boxed(
          'Efek neuropsikiatri serius termasuk pikiran dan perilaku bunuh diri; untuk rinitis alergi, gunakan hanya bila obat lain tidak memadai.',
          'Serious neuropsychiatric events including suicidal thoughts and behaviour; for allergic rhinitis, use only when other treatments are inadequate.',
          [label('Montelukast (Singulair)', 'Boxed Warning')],
        ),
      ],
      sources: [label('Montelukast (Singulair)', 'Indications and Usage')],
    }),
    drug(
      'chlorphenamine',
      [
        'Chlorphenamine maleate',
        'Klorfeniramin maleat',
        'en:Chlorpheniramine',
        'chlorpheniramine',
        'klorfeniramin',
        'CTM',
        'chlorphenamine',
      ],
      {
        classes: ['cls.antihistamine-sedating'],
        pregnancy: P(
          'compatible',
          'Penggunaan luas tanpa sinyal teratogenik; sedasi neonatus mungkin bila dipakai menjelang persalinan.',
          'Wide use without a teratogenic signal; neonatal sedation is possible with use near delivery.',
          otcPreg('Chlorpheniramine maleate'),
        ),
        lactation: L(
          'caution-monitor-infant',
          'Dosis kecil sesekali dapat diterima; dosis besar dapat menyebabkan sedasi bayi dan menurunkan produksi ASI.',
          'Small occasional doses are acceptable; larger doses may sedate the infant and lower milk supply.',
          [
            lactmed('Chlorpheniramine'),
            drugFacts('Chlorpheniramine maleate', 'Warnings: If pregnant or breast-feeding'),
          ],
          ['loratadine', 'cetirizine'],
        ),
        maxDailyDose: [{ mg: 24, sources: [drugFacts('Chlorpheniramine maleate', 'Directions')] }],
        sources: [drugFacts('Chlorpheniramine maleate', 'Warnings')],
      },
    ),
    drug(
      'dexchlorpheniramine',
      ['Dexchlorpheniramine maleate', 'Deksklorfeniramin maleat', 'dexchlorpheniramine', 'deksklorfeniramin'],
      {
        classes: ['cls.antihistamine-sedating'],
        pregnancy: P(
          'compatible',
          'Isomer aktif klorfeniramin; data sama dengan klorfeniramin.',
          'The active isomer of chlorpheniramine; data as for chlorpheniramine.',
          [
            label('Dexchlorpheniramine maleate oral solution', 'Precautions: Pregnancy'),
            DEPKES_PREGNANCY_2006,
          ],
        ),
        lactation: L(
          'caution-monitor-infant',
          'Dapat menyebabkan sedasi bayi dan menurunkan produksi ASI; pilih antihistamin non-sedatif.',
          'May sedate the infant and lower milk supply; prefer a non-sedating antihistamine.',
          [
            lactmed('Dexchlorpheniramine'),
            label('Dexchlorpheniramine maleate oral solution', 'Precautions: Nursing Mothers'),
          ],
          ['loratadine'],
        ),
        maxDailyDose: [
          {
            mg: 12,
            sources: [label('Dexchlorpheniramine maleate oral solution', 'Dosage and Administration')],
          },
        ],
        sources: [label('Dexchlorpheniramine maleate oral solution', 'Contraindications')],
      },
    ),
    drug(
      'diphenhydramine',
      ['Diphenhydramine hydrochloride', 'Difenhidramin', 'diphenhydramine', 'difenhidramin HCl'],
      {
        classes: ['cls.antihistamine-sedating'],
        pregnancy: P(
          'compatible',
          'Penggunaan luas tanpa sinyal teratogenik yang konsisten.',
          'Wide use without a consistent teratogenic signal.',
          otcPreg('Diphenhydramine'),
        ),
        lactation: L(
          'caution-monitor-infant',
          'Dosis sesekali dapat diterima; dosis berulang dapat menyebabkan sedasi bayi dan menurunkan produksi ASI.',
          'Occasional doses are acceptable; repeated doses may sedate the infant and reduce milk supply.',
          [
            lactmed('Diphenhydramine'),
            drugFacts('Diphenhydramine', 'Warnings: If pregnant or breast-feeding'),
          ],
          ['loratadine', 'cetirizine'],
        ),
        maxDailyDose: [{ mg: 300, sources: [drugFacts('Diphenhydramine', 'Directions')] }],
        sources: [drugFacts('Diphenhydramine', 'Do not use')],
      },
    ),
    drug('promethazine', ['Promethazine hydrochloride', 'Prometazin', 'promethazine'], {
      classes: ['cls.antihistamine-sedating', 'cls.phenothiazine'],
      pregnancy: P(
        'caution',
        'Dapat digunakan untuk mual; hindari menjelang persalinan karena depresi napas dan gangguan agregasi trombosit neonatus.',
        'Usable for nausea; avoid near delivery because of neonatal respiratory depression and platelet effects.',
        [label('Promethazine hydrochloride', 'Precautions: Pregnancy')],
      ),
      lactation: L(
        'caution-monitor-infant',
        'Dosis sesekali dapat diterima; pantau sedasi bayi.',
        'Occasional doses are acceptable; watch for infant sedation.',
        [lactmed('Promethazine'), label('Promethazine hydrochloride', 'Precautions: Nursing Mothers')],
      ),
      boxedWarnings: [
        boxed(
          'Dikontraindikasikan pada anak di bawah 2 tahun: depresi napas fatal; injeksi dapat menyebabkan cedera jaringan berat termasuk gangren.',
          'Contraindicated in children under 2 years: fatal respiratory depression; the injection can cause severe tissue injury including gangrene.',
          [label('Promethazine hydrochloride', 'Boxed Warning')],
        ),
      ],
      sources: [label('Promethazine hydrochloride', 'Contraindications')],
    }),
    drug('cyproheptadine', ['Cyproheptadine hydrochloride', 'Siproheptadin', 'cyproheptadine'], {
      classes: ['cls.antihistamine-sedating'],
      pregnancy: P(
        'caution',
        'Data terbatas; gunakan hanya bila jelas diperlukan.',
        'Limited data; use only when clearly needed.',
        [label('Cyproheptadine hydrochloride', 'Precautions: Pregnancy')],
      ),
      lactation: L(
        'avoid',
        'Label mengontraindikasikan pada ibu menyusui; dapat menurunkan prolaktin.',
        'The label contraindicates it in nursing mothers; it may lower prolactin.',
        [lactmed('Cyproheptadine'), label('Cyproheptadine hydrochloride', 'Contraindications')],
        ['loratadine'],
      ),
      sources: [label('Cyproheptadine hydrochloride', 'Contraindications')],
    }),
    drug('doxylamine', ['Doxylamine succinate', 'Doksilamin suksinat', 'doxylamine'], {
      classes: ['cls.antihistamine-sedating'],
      pregnancy: P(
        'compatible',
        'Kombinasi doksilamin-piridoksin disetujui untuk mual-muntah kehamilan; data besar tanpa sinyal malformasi.',
        'The doxylamine-pyridoxine combination is approved for nausea and vomiting of pregnancy; large data sets show no malformation signal.',
        [
          label(
            'Doxylamine succinate and pyridoxine hydrochloride (Diclegis)',
            'Use in Specific Populations: Pregnancy',
          ),
        ],
      ),
      lactation: L(
        'caution-monitor-infant',
        'Dapat menyebabkan sedasi dan iritabilitas bayi; hindari dosis besar.',
        'May cause infant sedation and irritability; avoid large doses.',
        lact('Doxylamine', 'Doxylamine succinate and pyridoxine hydrochloride (Diclegis)'),
      ),
      sources: [
        label('Doxylamine succinate and pyridoxine hydrochloride (Diclegis)', 'Indications and Usage'),
      ],
    }),
    drug('triprolidine', ['Triprolidine hydrochloride', 'Triprolidin', 'triprolidine'], {
      classes: ['cls.antihistamine-sedating'],
      pregnancy: P(
        'insufficient-data',
        'Data terbatas; gunakan dosis terendah dan waktu singkat.',
        'Limited data; use the lowest dose for a short time.',
        otcPreg('Triprolidine hydrochloride'),
      ),
      lactation: L(
        'caution-monitor-infant',
        'Kadar ASI rendah; pantau sedasi bayi.',
        'Low milk levels; watch for infant sedation.',
        [
          lactmed('Triprolidine'),
          drugFacts('Triprolidine hydrochloride', 'Warnings: If pregnant or breast-feeding'),
        ],
      ),
      sources: [drugFacts('Triprolidine hydrochloride', 'Warnings')],
    }),
    drug(
      'cetirizine',
      ['Cetirizine dihydrochloride', 'Setirizin', 'cetirizine', 'setirizin dihidroklorida'],
      {
        classes: ['cls.antihistamine-non-sedating'],
        pregnancy: P(
          'compatible',
          'Data kehamilan luas tanpa peningkatan malformasi.',
          'Extensive pregnancy data without an increase in malformations.',
          [
            drugFacts('Cetirizine hydrochloride', 'Warnings: If pregnant or breast-feeding'),
            DEPKES_PREGNANCY_2006,
          ],
        ),
        lactation: L(
          'compatible',
          'Dosis tunggal harian dapat diterima; pantau kantuk bayi.',
          'Single daily doses are acceptable; watch for infant drowsiness.',
          [
            lactmed('Cetirizine'),
            drugFacts('Cetirizine hydrochloride', 'Warnings: If pregnant or breast-feeding'),
          ],
        ),
        maxDailyDose: [{ mg: 10, sources: [drugFacts('Cetirizine hydrochloride', 'Directions')] }],
        sources: [drugFacts('Cetirizine hydrochloride', 'Warnings')],
      },
    ),
    drug('loratadine', ['Loratadine', 'Loratadin'], {
      classes: ['cls.antihistamine-non-sedating'],
      pregnancy: P(
        'compatible',
        'Data kehamilan luas tanpa peningkatan malformasi; antihistamin pilihan.',
        'Extensive pregnancy data without an increase in malformations; a preferred antihistamine.',
        [drugFacts('Loratadine', 'Warnings: If pregnant or breast-feeding'), DEPKES_PREGNANCY_2006],
      ),
      lactation: L(
        'compatible',
        'Kadar ASI rendah dan tidak sedatif; antihistamin pilihan saat menyusui.',
        'Low milk levels and non-sedating; a preferred antihistamine while breastfeeding.',
        [lactmed('Loratadine'), drugFacts('Loratadine', 'Warnings: If pregnant or breast-feeding')],
      ),
      maxDailyDose: [{ mg: 10, sources: [drugFacts('Loratadine', 'Directions')] }],
      sources: [drugFacts('Loratadine', 'Warnings')],
    }),
    drug('fexofenadine', ['Fexofenadine hydrochloride', 'Feksofenadin', 'fexofenadine'], {
      classes: ['cls.antihistamine-non-sedating'],
      pregnancy: P(
        'compatible',
        'Data terbatas tanpa sinyal malformasi.',
        'Limited data without a malformation signal.',
        [drugFacts('Fexofenadine hydrochloride', 'Warnings: If pregnant or breast-feeding')],
      ),
      lactation: L('compatible', 'Kadar ASI rendah; dapat digunakan.', 'Low milk levels; compatible.', [
        lactmed('Fexofenadine'),
        drugFacts('Fexofenadine hydrochloride', 'Warnings: If pregnant or breast-feeding'),
      ]),
      maxDailyDose: [{ mg: 180, sources: [drugFacts('Fexofenadine hydrochloride', 'Directions')] }],
      sources: [drugFacts('Fexofenadine hydrochloride', 'Warnings')],
    }),
    drug(
      'pseudoephedrine',
      [
        'Pseudoephedrine hydrochloride',
        'Pseudoefedrin',
        'pseudoephedrine',
        'pseudoefedrin HCl',
        'pseudoephedrine sulfate',
      ],
      {
        classes: ['cls.sympathomimetic-decongestant'],
        pregnancy: P(
          'caution',
          'Hindari pada trimester pertama (dikaitkan dengan gastroskisis dalam studi observasional) dan pada hipertensi; gunakan singkat bila perlu.',
          'Avoid in the first trimester (linked with gastroschisis in observational studies) and in hypertension; use briefly if needed.',
          [...otcPreg('Pseudoephedrine hydrochloride'), WERLER_2002],
          { alternatives: ['chlorphenamine'] },
        ),
        lactation: L(
          'caution-monitor-infant',
          'Dosis tunggal dapat menurunkan produksi ASI secara bermakna; hindari bila produksi ASI belum mantap.',
          'A single dose can reduce milk production markedly; avoid when supply is not well established.',
          [
            lactmed('Pseudoephedrine'),
            drugFacts('Pseudoephedrine hydrochloride', 'Warnings: If pregnant or breast-feeding'),
          ],
        ),
        maxDailyDose: [{ mg: 240, sources: [drugFacts('Pseudoephedrine hydrochloride', 'Directions')] }],
        sources: [drugFacts('Pseudoephedrine hydrochloride', 'Do not use')],
      },
    ),
    drug('phenylephrine', ['Phenylephrine hydrochloride', 'Fenilefrin', 'phenylephrine', 'fenilefrin HCl'], {
      classes: [{ class: 'cls.sympathomimetic-decongestant', route: ['oral'] }],
      pregnancy: P(
        'caution',
        'Hindari dekongestan oral pada trimester pertama dan pada hipertensi; sediaan topikal hidung jangka pendek lebih disukai.',
        'Avoid oral decongestants in the first trimester and in hypertension; short-term nasal use is preferred.',
        otcPreg('Phenylephrine hydrochloride'),
      ),
      lactation: L(
        'caution-monitor-infant',
        'Bioavailabilitas oral rendah; kemungkinan kecil berpengaruh, tetapi dapat menurunkan produksi ASI seperti dekongestan lain.',
        'Low oral bioavailability makes effects unlikely, but it may reduce supply like other decongestants.',
        [
          lactmed('Phenylephrine'),
          drugFacts('Phenylephrine hydrochloride', 'Warnings: If pregnant or breast-feeding'),
        ],
      ),
      maxDailyDose: [
        { mg: 60, route: 'oral', sources: [drugFacts('Phenylephrine hydrochloride', 'Directions')] },
      ],
      sources: [drugFacts('Phenylephrine hydrochloride', 'Do not use')],
    }),
    drug(
      'phenylpropanolamine',
      ['Phenylpropanolamine hydrochloride', 'Fenilpropanolamin', 'phenylpropanolamine', 'PPA'],
      {
        classes: ['cls.sympathomimetic-decongestant'],
        pregnancy: P(
          'avoid',
          'Ditarik dari pasar AS karena risiko stroke hemoragik; hindari terutama pada kehamilan.',
          'Withdrawn in the US because of haemorrhagic stroke risk; avoid, particularly in pregnancy.',
          [PPA_ADVISORY],
          { alternatives: ['chlorphenamine'] },
        ),
        lactation: L(
          'avoid',
          'Risiko kardiovaskular ibu dan penurunan produksi ASI; pilih obat lain.',
          'Maternal cardiovascular risk and possible reduction in milk supply; choose another drug.',
          [lactmed('Phenylpropanolamine'), PPA_ADVISORY],
        ),
        sources: [PPA_ADVISORY],
      },
    ),
    drug(
      'dextromethorphan',
      ['Dextromethorphan hydrobromide', 'Dekstrometorfan', 'dextromethorphan', 'dekstrometorfan HBr', 'DMP'],
      {
        classes: ['cls.antitussive'],
        pregnancy: P(
          'compatible',
          'Studi kohort tidak menunjukkan peningkatan malformasi pada dosis antitusif.',
          'Cohort studies show no increase in malformations at antitussive doses.',
          otcPreg('Dextromethorphan hydrobromide'),
        ),
        lactation: L(
          'compatible',
          'Kadar ASI diperkirakan rendah; dosis antitusif dapat diterima.',
          'Milk levels are expected to be low; antitussive doses are acceptable.',
          [
            lactmed('Dextromethorphan'),
            drugFacts('Dextromethorphan hydrobromide', 'Warnings: If pregnant or breast-feeding'),
          ],
        ),
        maxDailyDose: [{ mg: 120, sources: [drugFacts('Dextromethorphan hydrobromide', 'Directions')] }],
        sources: [drugFacts('Dextromethorphan hydrobromide', 'Do not use (MAOI)')],
      },
    ),
    drug('guaifenesin', ['Guaifenesin', 'Guaifenesin', 'glyceryl guaiacolate', 'gliseril guaiakolat', 'GG'], {
      classes: ['cls.expectorant'],
      pregnancy: P(
        'caution',
        'Data terbatas; hindari pada trimester pertama bila tidak perlu.',
        'Limited data; avoid in the first trimester unless needed.',
        otcPreg('Guaifenesin'),
      ),
      lactation: L(
        'compatible',
        'Tidak ada data, tetapi tidak diharapkan menimbulkan efek pada bayi.',
        'No data, but effects on the infant are not expected.',
        [lactmed('Guaifenesin'), drugFacts('Guaifenesin', 'Warnings: If pregnant or breast-feeding')],
      ),
      maxDailyDose: [{ mg: 2400, sources: [drugFacts('Guaifenesin', 'Directions')] }],
      sources: [drugFacts('Guaifenesin', 'Purpose')],
    }),
    drug('ambroxol', ['Ambroxol hydrochloride', 'Ambroksol', 'ambroxol', 'ambroksol HCl'], {
      classes: ['cls.mucolytic'],
      pregnancy: P(
        'caution',
        'Tidak dianjurkan pada trimester pertama; data setelahnya tidak menunjukkan efek buruk.',
        'Not recommended in the first trimester; later data show no harm.',
        [euSmpc('Ambroxol hydrochloride (Mucosolvan)', '4.6 Fertility, pregnancy and lactation')],
        { trimesters: [1] },
      ),
      lactation: L(
        'insufficient-data',
        'Masuk ke ASI; informasi produk tidak menganjurkan penggunaan saat menyusui dan data keamanan bayi terbatas.',
        'Passes into milk; the product information advises against use while breastfeeding and infant data are limited.',
        [
          euSmpc('Ambroxol hydrochloride (Mucosolvan)', '4.6 Fertility, pregnancy and lactation'),
          lactmed('Ambroxol'),
        ],
      ),
      sources: [
        ema(
          'Ambroxol and bromhexine expectorants: safety information to be updated (allergic and severe cutaneous reactions)',
          2015,
        ),
      ],
    }),
    drug('bromhexine', ['Bromhexine hydrochloride', 'Bromheksin', 'bromhexine', 'bromheksin HCl'], {
      classes: ['cls.mucolytic'],
      pregnancy: P(
        'caution',
        'Data terbatas; hindari pada trimester pertama bila tidak perlu.',
        'Limited data; avoid in the first trimester unless needed.',
        [euSmpc('Bromhexine hydrochloride (Bisolvon)', '4.6 Fertility, pregnancy and lactation')],
        { trimesters: [1] },
      ),
      lactation: L(
        'insufficient-data',
        'Masuk ke ASI; tidak dianjurkan oleh informasi produk, data bayi terbatas.',
        'Passes into milk; the product information advises against use, infant data are limited.',
        [euSmpc('Bromhexine hydrochloride (Bisolvon)', '4.6 Fertility, pregnancy and lactation')],
      ),
      sources: [
        ema(
          'Ambroxol and bromhexine expectorants: safety information to be updated (allergic and severe cutaneous reactions)',
          2015,
        ),
      ],
    }),
    drug('acetylcysteine', ['Acetylcysteine', 'Asetilsistein', 'N-acetylcysteine', 'NAC'], {
      classes: ['cls.mucolytic'],
      pregnancy: P(
        'compatible',
        'Dipakai sebagai antidot parasetamol pada kehamilan; tidak ada sinyal teratogenik.',
        'Used as the paracetamol antidote in pregnancy; no teratogenic signal.',
        [label('Acetylcysteine injection (Acetadote)', 'Use in Specific Populations: Pregnancy')],
      ),
      lactation: L(
        'compatible',
        'Tidak diharapkan menimbulkan efek pada bayi.',
        'Effects on the infant are not expected.',
        lact('Acetylcysteine', 'Acetylcysteine injection (Acetadote)'),
      ),
      sources: [label('Acetylcysteine injection (Acetadote)', 'Indications and Usage')],
    }),
  ],
});
