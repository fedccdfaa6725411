import { defineSource } from '../../src/drugs/schema/records';
import {
  boxed,
  drug,
  drugFacts,
  euSmpc,
  fda,
  guideline,
  L,
  label,
  lactmed,
  P,
  WHO_MEC_2015,
} from '../authoring';

const WHO_ANC_2016 = guideline(
  'WHO recommendations on antenatal care for a positive pregnancy experience',
  'World Health Organization',
  2016,
);
const NOT_INDICATED_IN_PREGNANCY = (product: string) =>
  P(
    'avoid',
    'Tidak diindikasikan pada kehamilan; hentikan bila hamil. Paparan tidak sengaja pada awal kehamilan tidak meningkatkan cacat lahir.',
    'Not indicated in pregnancy; stop if pregnant. Inadvertent early exposure does not increase birth defects.',
    [label(product, 'Use in Specific Populations: Pregnancy')],
  );
const PROGESTIN_LACTATION = (name: string, product: string) =>
  L(
    'compatible',
    'Kontrasepsi progestin saja dapat digunakan saat menyusui dan tidak menurunkan produksi ASI.',
    'Progestin-only contraception is compatible with breastfeeding and does not reduce milk supply.',
    [WHO_MEC_2015, lactmed(name), label(product, 'Use in Specific Populations: Lactation')],
  );

/** Contraception, obstetric drugs and antenatal supplements. */
export default defineSource({
  ingredients: [
    drug('ethinylestradiol', ['Ethinylestradiol', 'Etinilestradiol', 'ethinyl estradiol', 'EE'], {
      classes: ['cls.hormonal-contraceptive', 'cls.estrogen'],
      pregnancy: P(
        'contraindicated',
        'Dikontraindikasikan pada kehamilan (tidak ada indikasi); paparan tidak sengaja tidak terbukti teratogenik.',
        'Contraindicated in pregnancy (no indication); inadvertent exposure has not been shown to be teratogenic.',
        [label('Levonorgestrel and ethinyl estradiol tablets', 'Contraindications')],
      ),
      lactation: L(
        'avoid',
        'Estrogen dapat menurunkan produksi ASI; hindari kontrasepsi kombinasi pada 6 minggu pertama pascapersalinan dan pilih progestin saja selama menyusui.',
        'Oestrogen can reduce milk supply; avoid combined contraception in the first 6 weeks postpartum and prefer progestin-only methods while breastfeeding.',
        [WHO_MEC_2015, lactmed('Ethinyl Estradiol')],
        ['levonorgestrel', 'desogestrel'],
      ),
      boxedWarnings: [
        boxed(
          'Merokok meningkatkan risiko kejadian kardiovaskular serius akibat kontrasepsi oral kombinasi, terutama pada perempuan >35 tahun yang merokok.',
          'Cigarette smoking raises the risk of serious cardiovascular events from combined oral contraceptives, especially in women over 35 who smoke.',
          [label('Levonorgestrel and ethinyl estradiol tablets', 'Boxed Warning')],
        ),
      ],
      sources: [label('Levonorgestrel and ethinyl estradiol tablets', 'Contraindications'), WHO_MEC_2015],
    }),
    drug('levonorgestrel', ['Levonorgestrel', 'Levonorgestrel', 'LNG'], {
      classes: ['cls.hormonal-contraceptive', 'cls.progestin'],
      pregnancy: NOT_INDICATED_IN_PREGNANCY('Levonorgestrel 1.5 mg (Plan B One-Step)'),
      lactation: PROGESTIN_LACTATION('Levonorgestrel', 'Levonorgestrel 1.5 mg (Plan B One-Step)'),
      sources: [label('Levonorgestrel 1.5 mg (Plan B One-Step)', 'Indications and Usage'), WHO_MEC_2015],
    }),
    drug('desogestrel', ['Desogestrel', 'Desogestrel'], {
      classes: ['cls.hormonal-contraceptive', 'cls.progestin'],
      pregnancy: NOT_INDICATED_IN_PREGNANCY('Desogestrel and ethinyl estradiol tablets'),
      lactation: PROGESTIN_LACTATION('Desogestrel', 'Desogestrel and ethinyl estradiol tablets'),
      sources: [label('Desogestrel and ethinyl estradiol tablets', 'Drug Interactions'), WHO_MEC_2015],
    }),
    drug('norethisterone', ['Norethisterone', 'Noretisteron', 'norethindrone', 'norethindrone acetate'], {
      classes: ['cls.hormonal-contraceptive', 'cls.progestin'],
      pregnancy: NOT_INDICATED_IN_PREGNANCY('Norethindrone 0.35 mg tablets'),
      lactation: PROGESTIN_LACTATION('Norethindrone', 'Norethindrone 0.35 mg tablets'),
      sources: [label('Norethindrone 0.35 mg tablets', 'Indications and Usage'), WHO_MEC_2015],
    }),
    drug(
      'medroxyprogesterone',
      [
        'Medroxyprogesterone acetate',
        'Medroksiprogesteron asetat',
        'medroxyprogesterone',
        'DMPA',
        'depo medroxyprogesterone',
      ],
      {
        classes: ['cls.hormonal-contraceptive', 'cls.progestin'],
        pregnancy: NOT_INDICATED_IN_PREGNANCY(
          'Medroxyprogesterone acetate injectable suspension (Depo-Provera CI)',
        ),
        lactation: PROGESTIN_LACTATION(
          'Medroxyprogesterone',
          'Medroxyprogesterone acetate injectable suspension (Depo-Provera CI)',
        ),
        boxedWarnings: [
          boxed(
            'Menurunkan densitas mineral tulang, makin besar dengan lama penggunaan dan mungkin tidak pulih sepenuhnya; gunakan lebih dari 2 tahun hanya bila metode lain tidak memadai.',
            'Causes loss of bone mineral density that grows with duration and may not fully recover; use beyond 2 years only when other methods are inadequate.',
            [label('Medroxyprogesterone acetate injectable suspension (Depo-Provera CI)', 'Boxed Warning')],
          ),
        ],
        sources: [
          label(
            'Medroxyprogesterone acetate injectable suspension (Depo-Provera CI)',
            'Indications and Usage',
          ),
          WHO_MEC_2015,
        ],
      },
    ),
    drug('etonogestrel', ['Etonogestrel', 'Etonogestrel'], {
      classes: ['cls.hormonal-contraceptive', 'cls.progestin'],
      pregnancy: NOT_INDICATED_IN_PREGNANCY('Etonogestrel implant (Nexplanon)'),
      lactation: PROGESTIN_LACTATION('Etonogestrel', 'Etonogestrel implant (Nexplanon)'),
      sources: [label('Etonogestrel implant (Nexplanon)', 'Drug Interactions'), WHO_MEC_2015],
    }),
    drug('drospirenone', ['Drospirenone', 'Drospirenon'], {
      classes: ['cls.hormonal-contraceptive', 'cls.progestin'],
      pregnancy: NOT_INDICATED_IN_PREGNANCY('Drospirenone and ethinyl estradiol (Yasmin)'),
      lactation: L(
        'caution-monitor-infant',
        'Sediaan drospirenon tunggal dapat digunakan; kombinasi dengan etinilestradiol sebaiknya dihindari saat menyusui.',
        'Drospirenone alone is usable; combinations with ethinylestradiol are best avoided while breastfeeding.',
        [WHO_MEC_2015, lactmed('Drospirenone')],
      ),
      sources: [
        label('Drospirenone and ethinyl estradiol (Yasmin)', 'Warnings and Precautions: Hyperkalemia'),
      ],
    }),
    drug('dydrogesterone', ['Dydrogesterone', 'Didrogesteron'], {
      classes: ['cls.progestin'],
      pregnancy: P(
        'caution',
        'Dipakai pada indikasi kehamilan tertentu; gunakan sesuai indikasi yang disetujui.',
        'Used for specific pregnancy indications; use only for approved indications.',
        [euSmpc('Dydrogesterone (Duphaston)', '4.6 Fertility, pregnancy and lactation')],
      ),
      lactation: L(
        'avoid',
        'Informasi produk tidak menganjurkan penggunaan saat menyusui.',
        'The product information does not recommend use while breastfeeding.',
        [euSmpc('Dydrogesterone (Duphaston)', '4.6 Fertility, pregnancy and lactation')],
      ),
      sources: [euSmpc('Dydrogesterone (Duphaston)', '4.3 Contraindications')],
    }),
    drug('oxytocin', ['Oxytocin', 'Oksitosin'], {
      classes: ['cls.uterotonic'],
      pregnancy: P(
        'caution',
        'Hanya untuk induksi/augmentasi persalinan atas indikasi medis dan perdarahan pascapersalinan, dengan pemantauan.',
        'Only for medically indicated induction or augmentation of labour and for postpartum haemorrhage, with monitoring.',
        [label('Oxytocin injection (Pitocin)', 'Boxed Warning')],
      ),
      lactation: L('compatible', 'Hormon endogen; dapat digunakan.', 'An endogenous hormone; compatible.', [
        lactmed('Oxytocin'),
        label('Oxytocin injection (Pitocin)', 'Use in Specific Populations: Lactation'),
      ]),
      boxedWarnings: [
        boxed(
          'Tidak untuk induksi persalinan elektif (tanpa indikasi medis).',
          'Not for elective induction of labour (without a medical indication).',
          [label('Oxytocin injection (Pitocin)', 'Boxed Warning')],
        ),
      ],
      flags: { highAlert: true },
      sources: [label('Oxytocin injection (Pitocin)', 'Indications and Usage')],
    }),
    drug(
      'methylergometrine',
      ['Methylergometrine maleate', 'Metilergometrin', 'methylergonovine', 'methylergometrine'],
      {
        classes: ['cls.ergot-alkaloid', 'cls.uterotonic'],
        pregnancy: P(
          'contraindicated',
          'Dikontraindikasikan sebelum bayi lahir (kontraksi tetanik, hipoksia janin); hanya untuk perdarahan pascapersalinan.',
          'Contraindicated before delivery of the baby (tetanic contractions, fetal hypoxia); only for postpartum haemorrhage.',
          [label('Methylergonovine maleate (Methergine)', 'Contraindications')],
        ),
        lactation: L(
          'caution-monitor-infant',
          'Gunakan singkat saja; dapat menurunkan produksi ASI dan menimbulkan efek pada bayi.',
          'Use only briefly; may reduce milk supply and affect the infant.',
          [
            lactmed('Methylergonovine'),
            label('Methylergonovine maleate (Methergine)', 'Use in Specific Populations: Lactation'),
          ],
        ),
        sources: [label('Methylergonovine maleate (Methergine)', 'Contraindications')],
      },
    ),
    drug('magnesium-sulfate', ['Magnesium sulfate', 'Magnesium sulfat', 'MgSO4'], {
      classes: [],
      pregnancy: P(
        'caution',
        'Terapi pilihan untuk mencegah dan mengatasi eklamsia; hindari pemberian lebih dari 5–7 hari karena hipokalsemia dan kelainan tulang janin.',
        'The treatment of choice to prevent and treat eclampsia; avoid giving it for more than 5–7 days because of fetal hypocalcaemia and bone abnormalities.',
        [
          fda(
            'FDA recommends against prolonged use of magnesium sulfate to stop pre-term labor due to bone changes in exposed babies',
            2013,
          ),
          label('Magnesium sulfate in water for injection', 'Use in Specific Populations: Pregnancy'),
        ],
      ),
      lactation: L('compatible', 'Dapat digunakan.', 'Compatible.', [
        lactmed('Magnesium Sulfate'),
        label('Magnesium sulfate in water for injection', 'Use in Specific Populations: Lactation'),
      ]),
      flags: { highAlert: true },
      sources: [label('Magnesium sulfate in water for injection', 'Indications and Usage')],
    }),
    drug('folic-acid', ['Folic acid', 'Asam folat', 'folate'], {
      classes: ['cls.vitamin'],
      pregnancy: P(
        'compatible',
        'Dianjurkan sejak sebelum hamil dan selama kehamilan untuk mencegah defek tabung saraf.',
        'Recommended from before conception and through pregnancy to prevent neural tube defects.',
        [WHO_ANC_2016],
      ),
      lactation: L('compatible', 'Dapat digunakan.', 'Compatible.', [WHO_ANC_2016, lactmed('Folic Acid')]),
      sources: [WHO_ANC_2016],
    }),
    drug(
      'ferrous-sulfate',
      [
        'Ferrous sulfate',
        'Besi(II) sulfat',
        'ferrous sulphate',
        'sulfas ferrosus',
        'iron',
        'zat besi',
        'ferrous fumarate',
        'ferro fumarat',
        'ferrous gluconate',
      ],
      {
        classes: ['cls.iron-supplement'],
        pregnancy: P(
          'compatible',
          'Suplementasi besi harian dianjurkan selama kehamilan.',
          'Daily iron supplementation is recommended in pregnancy.',
          [WHO_ANC_2016],
        ),
        lactation: L('compatible', 'Dapat digunakan.', 'Compatible.', [WHO_ANC_2016, lactmed('Iron')]),
        sources: [
          WHO_ANC_2016,
          drugFacts('Ferrous sulfate', 'Warnings: accidental overdose of iron-containing products'),
        ],
      },
    ),
  ],
});
