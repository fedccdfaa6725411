import { defineSource } from '../../src/drugs/schema/records';
import { boxed, DEPKES_PREGNANCY_2006, drug, fda, L, label, lactmed, P } from '../authoring';

const preg = (product: string) => [label(product, 'Use in Specific Populations: Pregnancy')];
const pregOld = (product: string) => [label(product, 'Precautions: Pregnancy')];
const lact = (drugName: string, product: string) => [
  lactmed(drugName),
  label(product, 'Use in Specific Populations: Lactation'),
];
const lactOld = (drugName: string, product: string) => [
  lactmed(drugName),
  label(product, 'Precautions: Nursing Mothers'),
];

const BETA_LACTAM_PREGNANCY = (product: string) =>
  P(
    'compatible',
    'Penggunaan luas pada kehamilan tanpa peningkatan risiko malformasi yang bermakna.',
    'Widely used in pregnancy without a meaningful increase in malformation risk.',
    [...preg(product), DEPKES_PREGNANCY_2006],
  );
const BETA_LACTAM_LACTATION = (drugName: string, product: string) =>
  L(
    'compatible',
    'Jumlah kecil masuk ke ASI; dapat digunakan. Pantau bayi terhadap diare, ruam atau kandidiasis.',
    'Small amounts pass into milk; compatible. Watch the infant for diarrhoea, rash or thrush.',
    lact(drugName, product),
  );

const FQ_BOXED = (product: string) =>
  boxed(
    'Efek samping serius yang dapat menetap: tendinitis dan ruptur tendon, neuropati perifer, efek SSP, serta perburukan miastenia gravis; hindari untuk sinusitis akut, bronkitis akut dan ISK tanpa komplikasi bila ada pilihan lain.',
    'Serious, possibly permanent adverse reactions: tendinitis and tendon rupture, peripheral neuropathy, CNS effects, and exacerbation of myasthenia gravis; avoid for acute sinusitis, acute bronchitis and uncomplicated UTI when other options exist.',
    [
      label(product, 'Boxed Warning'),
      fda(
        'FDA updates warnings for oral and injectable fluoroquinolone antibiotics due to disabling side effects',
        2016,
      ),
    ],
  );
const FQ_PREGNANCY = (product: string) =>
  P(
    'avoid',
    'Data pada manusia tidak menunjukkan malformasi yang jelas, tetapi karena efek pada kartilago hewan muda, pilih antibiotik lain bila tersedia.',
    'Human data show no clear malformation risk, but because of cartilage effects in young animals, choose another antibiotic when available.',
    [...preg(product), DEPKES_PREGNANCY_2006],
    { alternatives: ['amoxicillin', 'cefixime'] },
  );
const TETRA_PREGNANCY = (product: string) =>
  P(
    'avoid',
    'Hindari pada paruh kedua kehamilan: menyebabkan perubahan warna gigi permanen dan hambatan pertumbuhan tulang janin.',
    'Avoid in the second half of pregnancy: causes permanent tooth discolouration and inhibits fetal bone growth.',
    [...preg(product), DEPKES_PREGNANCY_2006],
    { fromWeek: 20, alternatives: ['amoxicillin', 'azithromycin'] },
  );

/** Antibacterials used in Indonesian primary care (Fornas FPKTP and common brands). */
export default defineSource({
  ingredients: [
    drug(
      'amoxicillin',
      ['Amoxicillin', 'Amoksisilin', 'amoxycillin', 'amoksilin', 'amoxicillin trihydrate'],
      {
        classes: ['cls.penicillin', 'alg.penicillin', 'alg.aminopenicillin'],
        pregnancy: BETA_LACTAM_PREGNANCY('Amoxicillin'),
        lactation: BETA_LACTAM_LACTATION('Amoxicillin', 'Amoxicillin'),
        maxDailyDose: [{ mg: 3000, sources: [label('Amoxicillin', 'Dosage and Administration')] }],
        sources: [label('Amoxicillin', 'Contraindications')],
      },
    ),
    drug('ampicillin', ['Ampicillin', 'Ampisilin'], {
      classes: ['cls.penicillin', 'alg.penicillin', 'alg.aminopenicillin'],
      pregnancy: BETA_LACTAM_PREGNANCY('Ampicillin'),
      lactation: L(
        'compatible',
        'Jumlah kecil masuk ke ASI; dapat digunakan.',
        'Small amounts pass into milk; compatible.',
        lactOld('Ampicillin', 'Ampicillin'),
      ),
      sources: [label('Ampicillin', 'Contraindications')],
    }),
    drug(
      'clavulanic-acid',
      [
        'Clavulanic acid',
        'Asam klavulanat',
        'clavulanate',
        'klavulanat',
        'potassium clavulanate',
        'kalium klavulanat',
      ],
      {
        classes: ['cls.beta-lactamase-inhibitor'],
        pregnancy: P(
          'caution',
          'Umumnya dapat digunakan; satu studi mengaitkan amoksisilin-klavulanat dengan enterokolitis nekrotikans pada bayi prematur bila diberikan pada ketuban pecah dini.',
          'Generally usable; one trial linked amoxicillin-clavulanate given for preterm rupture of membranes with necrotising enterocolitis in newborns.',
          pregOld('Amoxicillin and clavulanate potassium (Augmentin)'),
          { alternatives: ['amoxicillin'] },
        ),
        lactation: L(
          'compatible',
          'Dapat digunakan; pantau bayi terhadap diare.',
          'Compatible; watch the infant for diarrhoea.',
          lactOld('Amoxicillin-Clavulanic Acid', 'Amoxicillin and clavulanate potassium (Augmentin)'),
        ),
        sources: [label('Amoxicillin and clavulanate potassium (Augmentin)', 'Contraindications')],
      },
    ),
    drug(
      'phenoxymethylpenicillin',
      [
        'Phenoxymethylpenicillin',
        'Fenoksimetilpenisilin',
        'penicillin V',
        'penisilin V',
        'phenoxymethylpenicillin potassium',
      ],
      {
        classes: ['cls.penicillin', 'alg.penicillin'],
        pregnancy: BETA_LACTAM_PREGNANCY('Penicillin V potassium'),
        lactation: L(
          'compatible',
          'Jumlah kecil masuk ke ASI; dapat digunakan.',
          'Small amounts pass into milk; compatible.',
          lactOld('Penicillin V', 'Penicillin V potassium'),
        ),
        sources: [label('Penicillin V potassium', 'Contraindications')],
      },
    ),
    drug(
      'benzathine-benzylpenicillin',
      [
        'Benzathine benzylpenicillin',
        'Benzatin benzilpenisilin',
        'benzathine penicillin G',
        'penisilin G benzatin',
        'BPG',
      ],
      {
        classes: ['cls.penicillin', 'alg.penicillin'],
        pregnancy: P(
          'compatible',
          'Terapi pilihan sifilis pada kehamilan; satu-satunya terapi yang terbukti mencegah sifilis kongenital.',
          'The treatment of choice for syphilis in pregnancy; the only one proven to prevent congenital syphilis.',
          [...pregOld('Penicillin G benzathine (Bicillin L-A)'), DEPKES_PREGNANCY_2006],
        ),
        lactation: L(
          'compatible',
          'Dapat digunakan selama menyusui.',
          'Compatible with breastfeeding.',
          lactOld('Penicillin G', 'Penicillin G benzathine (Bicillin L-A)'),
        ),
        boxedWarnings: [
          boxed(
            'Hanya untuk injeksi intramuskular dalam; pemberian intravena tidak sengaja pernah menyebabkan henti jantung dan kematian.',
            'For deep intramuscular injection only; inadvertent intravenous administration has caused cardiorespiratory arrest and death.',
            [label('Penicillin G benzathine (Bicillin L-A)', 'Boxed Warning')],
          ),
        ],
        sources: [label('Penicillin G benzathine (Bicillin L-A)', 'Indications and Usage')],
      },
    ),
    drug('cloxacillin', ['Cloxacillin', 'Kloksasilin', 'cloxacillin sodium'], {
      classes: ['cls.penicillin', 'alg.penicillin'],
      pregnancy: BETA_LACTAM_PREGNANCY('Dicloxacillin'),
      lactation: L(
        'compatible',
        'Jumlah kecil masuk ke ASI; dapat digunakan.',
        'Small amounts pass into milk; compatible.',
        lactOld('Cloxacillin', 'Dicloxacillin'),
      ),
      sources: [label('Dicloxacillin', 'Contraindications')],
    }),
    drug('dicloxacillin', ['Dicloxacillin', 'Dikloksasilin', 'dicloxacillin sodium'], {
      classes: ['cls.penicillin', 'alg.penicillin'],
      pregnancy: BETA_LACTAM_PREGNANCY('Dicloxacillin'),
      lactation: L(
        'compatible',
        'Jumlah kecil masuk ke ASI; dapat digunakan.',
        'Small amounts pass into milk; compatible.',
        lactOld('Dicloxacillin', 'Dicloxacillin'),
      ),
      sources: [label('Dicloxacillin', 'Contraindications')],
    }),
    drug('cefadroxil', ['Cefadroxil', 'Sefadroksil'], {
      classes: ['cls.cephalosporin', 'alg.cephalosporin', 'alg.r1-aminobenzyl'],
      pregnancy: BETA_LACTAM_PREGNANCY('Cefadroxil'),
      lactation: L(
        'compatible',
        'Jumlah kecil masuk ke ASI; dapat digunakan.',
        'Small amounts pass into milk; compatible.',
        lactOld('Cefadroxil', 'Cefadroxil'),
      ),
      sources: [label('Cefadroxil', 'Contraindications')],
    }),
    drug('cephalexin', ['Cefalexin', 'Sefaleksin', 'en:Cephalexin', 'cephalexin', 'cefalexin monohydrate'], {
      classes: ['cls.cephalosporin', 'alg.cephalosporin', 'alg.r1-aminobenzyl'],
      pregnancy: BETA_LACTAM_PREGNANCY('Cephalexin'),
      lactation: BETA_LACTAM_LACTATION('Cephalexin', 'Cephalexin'),
      sources: [label('Cephalexin', 'Contraindications')],
    }),
    drug('cefixime', ['Cefixime', 'Sefiksim'], {
      classes: ['cls.cephalosporin', 'alg.cephalosporin'],
      pregnancy: BETA_LACTAM_PREGNANCY('Cefixime (Suprax)'),
      lactation: L(
        'compatible',
        'Belum ada data, tetapi sefalosporin umumnya dapat digunakan selama menyusui.',
        'No data, but cephalosporins are generally compatible with breastfeeding.',
        lact('Cefixime', 'Cefixime (Suprax)'),
      ),
      sources: [label('Cefixime (Suprax)', 'Contraindications')],
    }),
    drug('cefuroxime', ['Cefuroxime', 'Sefuroksim', 'cefuroxime axetil'], {
      classes: ['cls.cephalosporin', 'alg.cephalosporin', 'alg.r1-methoxyimino'],
      pregnancy: BETA_LACTAM_PREGNANCY('Cefuroxime axetil'),
      lactation: L(
        'compatible',
        'Jumlah kecil masuk ke ASI; dapat digunakan.',
        'Small amounts pass into milk; compatible.',
        lactOld('Cefuroxime', 'Cefuroxime axetil'),
      ),
      sources: [label('Cefuroxime axetil', 'Contraindications')],
    }),
    drug('ceftriaxone', ['Ceftriaxone', 'Seftriakson', 'ceftriaxone sodium'], {
      classes: ['cls.cephalosporin', 'alg.cephalosporin', 'alg.r1-methoxyimino'],
      pregnancy: BETA_LACTAM_PREGNANCY('Ceftriaxone'),
      lactation: L(
        'compatible',
        'Jumlah kecil masuk ke ASI; dapat digunakan.',
        'Small amounts pass into milk; compatible.',
        lact('Ceftriaxone', 'Ceftriaxone'),
      ),
      sources: [label('Ceftriaxone', 'Contraindications')],
    }),
    drug('cefotaxime', ['Cefotaxime', 'Sefotaksim', 'cefotaxime sodium'], {
      classes: ['cls.cephalosporin', 'alg.cephalosporin', 'alg.r1-methoxyimino'],
      pregnancy: BETA_LACTAM_PREGNANCY('Cefotaxime (Claforan)'),
      lactation: L(
        'compatible',
        'Jumlah kecil masuk ke ASI; dapat digunakan.',
        'Small amounts pass into milk; compatible.',
        lactOld('Cefotaxime', 'Cefotaxime (Claforan)'),
      ),
      sources: [label('Cefotaxime (Claforan)', 'Contraindications')],
    }),
    drug('azithromycin', ['Azithromycin', 'Azitromisin', 'azithromycin dihydrate'], {
      classes: ['cls.macrolide', 'alg.macrolide'],
      pregnancy: P(
        'compatible',
        'Data pada kehamilan tidak menunjukkan peningkatan malformasi mayor; makrolida pilihan saat hamil.',
        'Pregnancy data show no increase in major malformations; the preferred macrolide in pregnancy.',
        [...preg('Azithromycin (Zithromax)'), DEPKES_PREGNANCY_2006],
      ),
      lactation: L(
        'compatible',
        'Kadar ASI rendah; dapat digunakan. Pantau bayi terhadap diare dan muntah.',
        'Low milk levels; compatible. Watch the infant for diarrhoea and vomiting.',
        lact('Azithromycin', 'Azithromycin (Zithromax)'),
      ),
      sources: [
        label('Azithromycin (Zithromax)', 'Warnings and Precautions: QT Prolongation'),
        fda('Azithromycin (Zithromax or Zmax) and the risk of potentially fatal heart rhythms', 2013),
      ],
    }),
    drug('clarithromycin', ['Clarithromycin', 'Klaritromisin'], {
      classes: ['cls.macrolide', 'alg.macrolide'],
      pregnancy: P(
        'avoid',
        'Jangan digunakan pada kehamilan kecuali tidak ada alternatif; studi hewan menunjukkan efek buruk pada janin.',
        'Do not use in pregnancy unless no alternative exists; animal studies showed adverse fetal effects.',
        [label('Clarithromycin (Biaxin)', 'Warnings: Use in Pregnancy')],
        { alternatives: ['azithromycin', 'amoxicillin'] },
      ),
      lactation: L(
        'compatible',
        'Kadar ASI rendah; dapat digunakan. Pantau bayi terhadap diare.',
        'Low milk levels; compatible. Watch the infant for diarrhoea.',
        lact('Clarithromycin', 'Clarithromycin (Biaxin)'),
      ),
      sources: [label('Clarithromycin (Biaxin)', 'Contraindications')],
    }),
    drug(
      'erythromycin',
      [
        'Erythromycin',
        'Eritromisin',
        'erythromycin ethylsuccinate',
        'erythromycin stearate',
        'eritromisin etilsuksinat',
      ],
      {
        classes: [{ class: 'cls.macrolide', route: ['systemic'] }, 'alg.macrolide'],
        pregnancy: P(
          'compatible',
          'Dapat digunakan pada kehamilan (hindari bentuk estolat karena hepatotoksik pada ibu hamil).',
          'Usable in pregnancy (avoid the estolate salt, which is hepatotoxic in pregnant women).',
          [...pregOld('Erythromycin ethylsuccinate (E.E.S.)'), DEPKES_PREGNANCY_2006],
        ),
        lactation: L(
          'caution-monitor-infant',
          'Dapat digunakan; paparan makrolida pada minggu-minggu awal dikaitkan dengan stenosis pilorus pada bayi, pantau muntah.',
          'Usable; macrolide exposure in the first weeks has been linked with infant pyloric stenosis, watch for vomiting.',
          lactOld('Erythromycin', 'Erythromycin ethylsuccinate (E.E.S.)'),
        ),
        sources: [label('Erythromycin ethylsuccinate (E.E.S.)', 'Contraindications')],
      },
    ),
    drug('ciprofloxacin', ['Ciprofloxacin', 'Siprofloksasin', 'ciprofloxacin hydrochloride'], {
      classes: [{ class: 'cls.fluoroquinolone', route: ['systemic'] }, 'alg.fluoroquinolone'],
      pregnancy: FQ_PREGNANCY('Ciprofloxacin (Cipro)'),
      lactation: L(
        'caution-monitor-infant',
        'Kadar ASI rendah; penggunaan singkat dapat diterima. Pantau bayi terhadap diare dan kandidiasis.',
        'Low milk levels; short courses are acceptable. Watch the infant for diarrhoea and thrush.',
        lact('Ciprofloxacin', 'Ciprofloxacin (Cipro)'),
      ),
      boxedWarnings: [FQ_BOXED('Ciprofloxacin (Cipro)')],
      maxDailyDose: [
        { mg: 1500, route: 'oral', sources: [label('Ciprofloxacin (Cipro)', 'Dosage and Administration')] },
      ],
      sources: [label('Ciprofloxacin (Cipro)', 'Contraindications')],
    }),
    drug('levofloxacin', ['Levofloxacin', 'Levofloksasin'], {
      classes: [{ class: 'cls.fluoroquinolone', route: ['systemic'] }, 'alg.fluoroquinolone'],
      pregnancy: FQ_PREGNANCY('Levofloxacin (Levaquin)'),
      lactation: L(
        'caution-monitor-infant',
        'Kadar ASI rendah-sedang; pantau bayi terhadap diare.',
        'Low to moderate milk levels; watch the infant for diarrhoea.',
        lact('Levofloxacin', 'Levofloxacin (Levaquin)'),
      ),
      boxedWarnings: [FQ_BOXED('Levofloxacin (Levaquin)')],
      sources: [label('Levofloxacin (Levaquin)', 'Indications and Usage')],
    }),
    drug('ofloxacin', ['Ofloxacin', 'Ofloksasin'], {
      classes: [{ class: 'cls.fluoroquinolone', route: ['systemic'] }, 'alg.fluoroquinolone'],
      pregnancy: FQ_PREGNANCY('Ofloxacin'),
      lactation: L(
        'caution-monitor-infant',
        'Kadar ASI rendah; pantau bayi terhadap diare.',
        'Low milk levels; watch the infant for diarrhoea.',
        lact('Ofloxacin', 'Ofloxacin'),
      ),
      boxedWarnings: [FQ_BOXED('Ofloxacin')],
      sources: [label('Ofloxacin', 'Indications and Usage')],
    }),
    drug('moxifloxacin', ['Moxifloxacin', 'Moksifloksasin', 'moxifloxacin hydrochloride'], {
      classes: [{ class: 'cls.fluoroquinolone', route: ['systemic'] }, 'alg.fluoroquinolone'],
      pregnancy: FQ_PREGNANCY('Moxifloxacin (Avelox)'),
      lactation: L(
        'insufficient-data',
        'Belum ada data pada manusia; pilih fluorokuinolon lain atau antibiotik lain.',
        'No human data; prefer another quinolone or antibiotic.',
        lact('Moxifloxacin', 'Moxifloxacin (Avelox)'),
      ),
      boxedWarnings: [FQ_BOXED('Moxifloxacin (Avelox)')],
      sources: [label('Moxifloxacin (Avelox)', 'Indications and Usage')],
    }),
    drug('sulfamethoxazole', ['Sulfamethoxazole', 'Sulfametoksazol', 'SMX'], {
      classes: ['alg.sulfonamide-antibiotic', 'cls.sulfonamide-antibiotic'],
      pregnancy: P(
        'avoid',
        'Hindari menjelang persalinan (risiko kernikterus pada neonatus); trimetoprim sebagai antagonis folat perlu kehati-hatian pada trimester pertama.',
        'Avoid near term (risk of kernicterus in the newborn); the trimethoprim component, a folate antagonist, calls for caution in the first trimester.',
        [...pregOld('Sulfamethoxazole and trimethoprim (Bactrim)'), DEPKES_PREGNANCY_2006],
        { trimesters: [3], alternatives: ['amoxicillin', 'cephalexin'] },
      ),
      lactation: L(
        'caution-monitor-infant',
        'Hindari pada bayi prematur, ikterus, sakit, atau defisiensi G6PD; pada bayi sehat cukup bulan dapat digunakan.',
        'Avoid with premature, jaundiced, ill or G6PD-deficient infants; acceptable with healthy term infants.',
        lactOld('Sulfamethoxazole', 'Sulfamethoxazole and trimethoprim (Bactrim)'),
      ),
      sources: [label('Sulfamethoxazole and trimethoprim (Bactrim)', 'Contraindications')],
    }),
    drug('trimethoprim', ['Trimethoprim', 'Trimetoprim', 'TMP'], {
      classes: ['cls.folate-antagonist'],
      pregnancy: P(
        'caution',
        'Antagonis folat: hindari pada trimester pertama bila ada alternatif, atau berikan asam folat.',
        'A folate antagonist: avoid in the first trimester when an alternative exists, or give folic acid.',
        [...pregOld('Trimethoprim'), DEPKES_PREGNANCY_2006],
        { trimesters: [1], otherwise: 'compatible' },
      ),
      lactation: L(
        'compatible',
        'Kadar ASI rendah; dapat digunakan pada bayi sehat.',
        'Low milk levels; compatible with healthy infants.',
        lactOld('Trimethoprim', 'Trimethoprim'),
      ),
      sources: [label('Trimethoprim', 'Contraindications')],
    }),
    drug('metronidazole', ['Metronidazole', 'Metronidazol'], {
      classes: [{ class: 'cls.nitroimidazole', route: ['systemic'] }],
      pregnancy: P(
        'caution',
        'Studi besar tidak menunjukkan peningkatan malformasi; label AS mengontraindikasikan pada trimester pertama untuk trikomoniasis.',
        'Large studies show no increase in malformations; the US label contraindicates use for trichomoniasis in the first trimester.',
        [...preg('Metronidazole (Flagyl)'), DEPKES_PREGNANCY_2006],
        { trimesters: [1] },
      ),
      lactation: L(
        'caution-monitor-infant',
        'Masuk ke ASI dalam jumlah cukup besar; untuk dosis tunggal 2 g, hentikan menyusui 12–24 jam.',
        'Passes into milk in fair amounts; after a single 2 g dose, interrupt breastfeeding for 12–24 hours.',
        lact('Metronidazole', 'Metronidazole (Flagyl)'),
      ),
      boxedWarnings: [
        boxed(
          'Karsinogenik pada mencit dan tikus; hindari penggunaan yang tidak perlu dan gunakan hanya untuk indikasinya.',
          'Carcinogenic in mice and rats; avoid unnecessary use and reserve for its indications.',
          [label('Metronidazole (Flagyl)', 'Boxed Warning')],
        ),
      ],
      sources: [label('Metronidazole (Flagyl)', 'Contraindications')],
    }),
    drug('doxycycline', ['Doxycycline', 'Doksisiklin', 'doxycycline hyclate', 'doxycycline monohydrate'], {
      classes: ['cls.tetracycline', 'alg.tetracycline'],
      pregnancy: TETRA_PREGNANCY('Doxycycline (Vibramycin)'),
      lactation: L(
        'caution-monitor-infant',
        'Penggunaan singkat dapat diterima; hindari penggunaan lama (risiko perubahan warna gigi bayi).',
        'Short courses are acceptable; avoid prolonged use (risk of infant tooth staining).',
        lact('Doxycycline', 'Doxycycline (Vibramycin)'),
      ),
      sources: [label('Doxycycline (Vibramycin)', 'Warnings: Tooth discoloration')],
    }),
    drug('tetracycline', ['Tetracycline', 'Tetrasiklin', 'tetracycline hydrochloride'], {
      classes: [{ class: 'cls.tetracycline', route: ['systemic'] }, 'alg.tetracycline'],
      pregnancy: TETRA_PREGNANCY('Tetracycline hydrochloride'),
      lactation: L(
        'caution-monitor-infant',
        'Penggunaan singkat dapat diterima; hindari penggunaan lama.',
        'Short courses are acceptable; avoid prolonged use.',
        lactOld('Tetracycline', 'Tetracycline hydrochloride'),
      ),
      sources: [label('Tetracycline hydrochloride', 'Warnings')],
    }),
    drug('chloramphenicol', ['Chloramphenicol', 'Kloramfenikol', 'chloramphenicol sodium succinate'], {
      classes: [{ class: 'cls.amphenicol', route: ['systemic'] }],
      pregnancy: P(
        'avoid',
        'Hindari terutama menjelang persalinan: risiko "gray baby syndrome" pada neonatus.',
        'Avoid, especially near term: risk of grey baby syndrome in the newborn.',
        [label('Chloramphenicol sodium succinate', 'Precautions: Pregnancy'), DEPKES_PREGNANCY_2006],
        { alternatives: ['amoxicillin', 'ceftriaxone'] },
      ),
      lactation: L(
        'avoid',
        'Hindari: risiko supresi sumsum tulang pada bayi.',
        'Avoid: risk of bone-marrow suppression in the infant.',
        lactOld('Chloramphenicol', 'Chloramphenicol sodium succinate'),
      ),
      boxedWarnings: [
        boxed(
          'Diskrasia darah serius dan fatal (anemia aplastik) dapat terjadi, termasuk setelah terapi singkat; gunakan hanya untuk infeksi berat bila obat lain tidak sesuai dan pantau darah.',
          'Serious and fatal blood dyscrasias (aplastic anaemia) can occur, even after short courses; use only for serious infections where other drugs are unsuitable, and monitor blood counts.',
          [label('Chloramphenicol sodium succinate', 'Boxed Warning')],
        ),
      ],
      sources: [label('Chloramphenicol sodium succinate', 'Indications and Usage')],
    }),
    drug(
      'clindamycin',
      ['Clindamycin', 'Klindamisin', 'clindamycin hydrochloride', 'clindamycin phosphate'],
      {
        classes: [{ class: 'cls.lincosamide', route: ['systemic'] }],
        pregnancy: P(
          'compatible',
          'Tidak ada peningkatan malformasi pada penggunaan trimester kedua dan ketiga; dapat digunakan.',
          'No increase in malformations with second- and third-trimester use; usable.',
          [label('Clindamycin (Cleocin)', 'Use in Specific Populations: Pregnancy')],
        ),
        lactation: L(
          'caution-monitor-infant',
          'Dapat digunakan; pantau bayi terhadap diare atau darah pada tinja.',
          'Usable; watch the infant for diarrhoea or blood in stools.',
          lact('Clindamycin', 'Clindamycin (Cleocin)'),
        ),
        boxedWarnings: [
          boxed(
            'Diare terkait Clostridioides difficile, termasuk kolitis fatal; gunakan hanya untuk infeksi yang tepat.',
            'Clostridioides difficile-associated diarrhoea, including fatal colitis; reserve for appropriate infections.',
            [label('Clindamycin (Cleocin)', 'Boxed Warning')],
          ),
        ],
      },
    ),
    drug('gentamicin', ['Gentamicin', 'Gentamisin', 'gentamicin sulfate'], {
      classes: [{ class: 'cls.aminoglycoside', route: ['parenteral'] }],
      pregnancy: P(
        'avoid',
        'Aminoglikosida dapat menyebabkan tuli kongenital; gunakan hanya untuk infeksi berat tanpa alternatif.',
        'Aminoglycosides can cause congenital deafness; use only for serious infections without alternatives.',
        [label('Gentamicin sulfate injection', 'Warnings: Pregnancy')],
      ),
      lactation: L(
        'compatible',
        'Absorpsi oral bayi sangat kecil; dapat digunakan.',
        'Minimal oral absorption by the infant; compatible.',
        lactOld('Gentamicin', 'Gentamicin sulfate injection'),
      ),
      boxedWarnings: [
        boxed(
          'Nefrotoksisitas dan ototoksisitas (termasuk tuli permanen); pantau fungsi ginjal, pendengaran dan kadar obat, hindari bersama diuretik kuat dan obat nefrotoksik lain.',
          'Nephrotoxicity and ototoxicity (including permanent deafness); monitor renal function, hearing and drug levels, and avoid potent diuretics and other nephrotoxic drugs.',
          [label('Gentamicin sulfate injection', 'Boxed Warning')],
        ),
      ],
      flags: { narrowTherapeuticIndex: true },
      sources: [label('Gentamicin sulfate injection', 'Indications and Usage')],
    }),
    drug('nitrofurantoin', ['Nitrofurantoin', 'Nitrofurantoin'], {
      pregnancy: P(
        'avoid',
        'Dikontraindikasikan saat aterm (38–42 minggu), persalinan, atau bila persalinan akan terjadi: risiko anemia hemolitik neonatus.',
        'Contraindicated at term (38–42 weeks), during labour, or when labour is imminent: risk of neonatal haemolytic anaemia.',
        [label('Nitrofurantoin macrocrystals (Macrodantin)', 'Contraindications')],
        { fromWeek: 38, otherwise: 'compatible' },
      ),
      lactation: L(
        'caution-monitor-infant',
        'Hindari bila bayi berusia di bawah 1 bulan atau defisiensi G6PD.',
        'Avoid with infants under 1 month or with G6PD deficiency.',
        lactOld('Nitrofurantoin', 'Nitrofurantoin macrocrystals (Macrodantin)'),
      ),
      sources: [label('Nitrofurantoin macrocrystals (Macrodantin)', 'Contraindications')],
    }),
  ],
});
