import { defineSource } from '../../src/drugs/schema/records';
import { boxed, drug, euSmpc, fda, L, label, lactmed, P, smpc } from '../authoring';

const preg = (product: string) => [label(product, 'Use in Specific Populations: Pregnancy')];
const lact = (name: string, product: string) => [
  lactmed(name),
  label(product, 'Use in Specific Populations: Lactation'),
];
const SU_PREGNANCY = (product: string) =>
  P(
    'caution',
    'Insulin lebih disukai untuk diabetes pada kehamilan; bila dipakai, hentikan sebelum persalinan karena hipoglikemia neonatus berkepanjangan.',
    'Insulin is preferred for diabetes in pregnancy; if used, stop before delivery because of prolonged neonatal hypoglycaemia.',
    preg(product),
    { alternatives: ['insulin-human'] },
  );
const SGLT2_PREGNANCY = (product: string) =>
  P(
    'avoid',
    'Tidak dianjurkan pada trimester kedua dan ketiga: studi hewan menunjukkan efek buruk pada ginjal yang sedang berkembang.',
    'Not recommended in the second and third trimesters: animal studies showed harm to the developing kidney.',
    preg(product),
    { trimesters: [2, 3], alternatives: ['insulin-human'] },
  );
const SGLT2_LACTATION = (name: string, product: string) =>
  L(
    'avoid',
    'Tidak dianjurkan selama menyusui karena risiko pada ginjal bayi yang sedang berkembang.',
    'Not recommended while breastfeeding because of risk to the developing infant kidney.',
    lact(name, product),
  );

/** Glucose-lowering drugs, thyroid drugs. */
export default defineSource({
  ingredients: [
    drug('metformin', ['Metformin hydrochloride', 'Metformin', 'metformin', 'metformin HCl'], {
      classes: ['cls.biguanide'],
      pregnancy: P(
        'compatible',
        'Data yang dipublikasikan tidak menunjukkan peningkatan malformasi; dipakai pada diabetes gestasional sesuai pedoman.',
        'Published data show no increase in malformations; used in gestational diabetes per guidelines.',
        preg('Metformin (Glucophage)'),
      ),
      lactation: L(
        'compatible',
        'Kadar ASI rendah; dapat digunakan.',
        'Low milk levels; compatible.',
        lact('Metformin', 'Metformin (Glucophage)'),
      ),
      boxedWarnings: [
        boxed(
          'Asidosis laktat: jarang tetapi serius, risiko meningkat pada gangguan ginjal, hipoksia, alkohol berlebih, gangguan hati dan kontras iodin.',
          'Lactic acidosis: rare but serious; risk rises with renal impairment, hypoxia, excess alcohol, hepatic impairment and iodinated contrast.',
          [label('Metformin (Glucophage)', 'Boxed Warning')],
        ),
      ],
      maxDailyDose: [{ mg: 2550, sources: [label('Metformin (Glucophage)', 'Dosage and Administration')] }],
      sources: [
        fda(
          'FDA revises warnings regarding use of the diabetes medicine metformin in certain patients with reduced kidney function',
          2016,
        ),
      ],
    }),
    drug('glimepiride', ['Glimepiride', 'Glimepirid'], {
      classes: ['cls.sulfonylurea'],
      pregnancy: SU_PREGNANCY('Glimepiride (Amaryl)'),
      lactation: L(
        'caution-monitor-infant',
        'Data terbatas; pantau bayi terhadap hipoglikemia.',
        'Limited data; watch the infant for hypoglycaemia.',
        lact('Glimepiride', 'Glimepiride (Amaryl)'),
      ),
      maxDailyDose: [{ mg: 8, sources: [label('Glimepiride (Amaryl)', 'Dosage and Administration')] }],
      sources: [label('Glimepiride (Amaryl)', 'Drug Interactions')],
    }),
    drug('glibenclamide', ['Glibenclamide', 'Glibenklamid', 'glyburide'], {
      classes: ['cls.sulfonylurea'],
      pregnancy: SU_PREGNANCY('Glyburide (Diabeta)'),
      lactation: L(
        'compatible',
        'Tidak terdeteksi di ASI pada laporan yang ada; pantau hipoglikemia bayi.',
        'Not detected in milk in available reports; watch for infant hypoglycaemia.',
        [lactmed('Glyburide'), label('Glyburide (Diabeta)', 'Precautions: Nursing Mothers')],
      ),
      maxDailyDose: [{ mg: 20, sources: [label('Glyburide (Diabeta)', 'Dosage and Administration')] }],
      sources: [label('Glyburide (Diabeta)', 'Contraindications')],
    }),
    drug('gliclazide', ['Gliclazide', 'Gliklazid'], {
      classes: ['cls.sulfonylurea'],
      pregnancy: P(
        'caution',
        'Ganti ke insulin bila hamil atau merencanakan kehamilan.',
        'Switch to insulin when pregnant or planning pregnancy.',
        [smpc('Gliclazide (Diamicron MR)', '4.6 Fertility, pregnancy and lactation')],
        { alternatives: ['insulin-human'] },
      ),
      lactation: L(
        'insufficient-data',
        'Data tidak memadai; risiko hipoglikemia neonatus.',
        'Inadequate data; risk of neonatal hypoglycaemia.',
        [smpc('Gliclazide (Diamicron MR)', '4.6 Fertility, pregnancy and lactation')],
        ['glibenclamide'],
      ),
      maxDailyDose: [
        { mg: 320, sources: [smpc('Gliclazide 80 mg tablets', '4.2 Posology and method of administration')] },
      ],
      sources: [smpc('Gliclazide (Diamicron MR)', '4.3 Contraindications')],
    }),
    drug('glipizide', ['Glipizide', 'Glipizid'], {
      classes: ['cls.sulfonylurea'],
      pregnancy: SU_PREGNANCY('Glipizide (Glucotrol)'),
      lactation: L(
        'compatible',
        'Tidak terdeteksi di ASI pada laporan yang ada; pantau hipoglikemia bayi.',
        'Not detected in milk in available reports; watch for infant hypoglycaemia.',
        lact('Glipizide', 'Glipizide (Glucotrol)'),
      ),
      sources: [label('Glipizide (Glucotrol)', 'Contraindications')],
    }),
    drug('acarbose', ['Acarbose', 'Akarbosa'], {
      classes: ['cls.alpha-glucosidase-inhibitor'],
      pregnancy: P(
        'insufficient-data',
        'Data kehamilan tidak memadai; insulin lebih disukai.',
        'Inadequate pregnancy data; insulin is preferred.',
        [label('Acarbose (Precose)', 'Precautions: Pregnancy')],
        { alternatives: ['insulin-human'] },
      ),
      lactation: L(
        'insufficient-data',
        'Absorpsi sistemik minimal, tetapi belum ada data.',
        'Minimal systemic absorption, but no data.',
        [lactmed('Acarbose'), label('Acarbose (Precose)', 'Precautions: Nursing Mothers')],
      ),
      sources: [label('Acarbose (Precose)', 'Contraindications')],
    }),
    drug('pioglitazone', ['Pioglitazone', 'Pioglitazon', 'pioglitazone hydrochloride'], {
      classes: ['cls.thiazolidinedione'],
      pregnancy: P(
        'insufficient-data',
        'Data kehamilan terbatas; insulin lebih disukai.',
        'Limited pregnancy data; insulin is preferred.',
        preg('Pioglitazone (Actos)'),
        { alternatives: ['insulin-human'] },
      ),
      lactation: L(
        'insufficient-data',
        'Belum ada data pada manusia.',
        'No human data.',
        lact('Pioglitazone', 'Pioglitazone (Actos)'),
      ),
      boxedWarnings: [
        boxed(
          'Menyebabkan atau memperburuk gagal jantung kongestif; dikontraindikasikan pada gagal jantung NYHA kelas III–IV.',
          'Causes or worsens congestive heart failure; contraindicated in NYHA class III–IV heart failure.',
          [label('Pioglitazone (Actos)', 'Boxed Warning')],
        ),
      ],
      sources: [label('Pioglitazone (Actos)', 'Contraindications')],
    }),
    drug('sitagliptin', ['Sitagliptin', 'Sitagliptin', 'sitagliptin phosphate'], {
      classes: ['cls.dpp4-inhibitor'],
      pregnancy: P(
        'insufficient-data',
        'Data registri terbatas tanpa sinyal; insulin lebih disukai.',
        'Limited registry data without a signal; insulin is preferred.',
        preg('Sitagliptin (Januvia)'),
        { alternatives: ['insulin-human'] },
      ),
      lactation: L(
        'insufficient-data',
        'Belum ada data pada manusia.',
        'No human data.',
        lact('Sitagliptin', 'Sitagliptin (Januvia)'),
      ),
      sources: [label('Sitagliptin (Januvia)', 'Indications and Usage')],
    }),
    drug('vildagliptin', ['Vildagliptin', 'Vildagliptin'], {
      classes: ['cls.dpp4-inhibitor'],
      pregnancy: P(
        'avoid',
        'Jangan digunakan selama kehamilan karena data tidak memadai.',
        'Should not be used in pregnancy because data are inadequate.',
        [euSmpc('Vildagliptin (Galvus)', '4.6 Fertility, pregnancy and lactation')],
        { alternatives: ['insulin-human'] },
      ),
      lactation: L('avoid', 'Jangan digunakan selama menyusui.', 'Should not be used while breastfeeding.', [
        euSmpc('Vildagliptin (Galvus)', '4.6 Fertility, pregnancy and lactation'),
      ]),
      sources: [euSmpc('Vildagliptin (Galvus)', '4.4 Special warnings (hepatic impairment)')],
    }),
    drug('dapagliflozin', ['Dapagliflozin', 'Dapagliflozin'], {
      classes: ['cls.sglt2-inhibitor'],
      pregnancy: SGLT2_PREGNANCY('Dapagliflozin (Farxiga)'),
      lactation: SGLT2_LACTATION('Dapagliflozin', 'Dapagliflozin (Farxiga)'),
      sources: [
        fda(
          'FDA revises labels of SGLT2 inhibitors for diabetes to include warnings about too much acid in the blood and serious urinary tract infections',
          2015,
        ),
      ],
    }),
    drug('empagliflozin', ['Empagliflozin', 'Empagliflozin'], {
      classes: ['cls.sglt2-inhibitor'],
      pregnancy: SGLT2_PREGNANCY('Empagliflozin (Jardiance)'),
      lactation: SGLT2_LACTATION('Empagliflozin', 'Empagliflozin (Jardiance)'),
      sources: [
        fda(
          'FDA revises labels of SGLT2 inhibitors for diabetes to include warnings about too much acid in the blood and serious urinary tract infections',
          2015,
        ),
      ],
    }),
    drug(
      'insulin-human',
      [
        'Insulin human',
        'Insulin manusia',
        'regular insulin',
        'insulin reguler',
        'NPH insulin',
        'insulin isophane',
        'insulin',
      ],
      {
        classes: ['cls.insulin'],
        pregnancy: P(
          'compatible',
          'Terapi pilihan untuk diabetes pada kehamilan; kebutuhan dosis berubah tiap trimester.',
          'The treatment of choice for diabetes in pregnancy; dose needs change each trimester.',
          preg('Insulin human (Humulin R)'),
        ),
        lactation: L(
          'compatible',
          'Tidak diabsorpsi oral oleh bayi; dapat digunakan.',
          'Not absorbed orally by the infant; compatible.',
          lact('Insulin', 'Insulin human (Humulin R)'),
        ),
        flags: { highAlert: true },
        sources: [label('Insulin human (Humulin R)', 'Warnings and Precautions: Hypoglycemia')],
      },
    ),
    drug('insulin-glargine', ['Insulin glargine', 'Insulin glargin'], {
      classes: ['cls.insulin'],
      pregnancy: P(
        'compatible',
        'Data kehamilan yang dipublikasikan tidak menunjukkan peningkatan malformasi.',
        'Published pregnancy data show no increase in malformations.',
        preg('Insulin glargine (Lantus)'),
      ),
      lactation: L(
        'compatible',
        'Tidak diabsorpsi oral oleh bayi; dapat digunakan.',
        'Not absorbed orally by the infant; compatible.',
        lact('Insulin Glargine', 'Insulin glargine (Lantus)'),
      ),
      flags: { highAlert: true },
      sources: [label('Insulin glargine (Lantus)', 'Warnings and Precautions: Hypoglycemia')],
    }),
    drug(
      'levothyroxine',
      ['Levothyroxine sodium', 'Levotiroksin', 'levothyroxine', 'L-thyroxine', 'natrium levotiroksin'],
      {
        classes: ['cls.thyroid-hormone'],
        pregnancy: P(
          'compatible',
          'Lanjutkan pada kehamilan; kebutuhan dosis biasanya meningkat, pantau TSH tiap trimester.',
          'Continue in pregnancy; dose needs usually rise, check TSH each trimester.',
          preg('Levothyroxine (Synthroid)'),
        ),
        lactation: L(
          'compatible',
          'Dapat digunakan.',
          'Compatible.',
          lact('Levothyroxine', 'Levothyroxine (Synthroid)'),
        ),
        boxedWarnings: [
          boxed(
            'Tidak untuk menurunkan berat badan atau obesitas; dosis besar dapat menimbulkan toksisitas serius atau mengancam jiwa.',
            'Not for obesity or weight loss; larger doses can cause serious or life-threatening toxicity.',
            [label('Levothyroxine (Synthroid)', 'Boxed Warning')],
          ),
        ],
        flags: { narrowTherapeuticIndex: true },
        sources: [label('Levothyroxine (Synthroid)', 'Drug Interactions')],
      },
    ),
    drug('propylthiouracil', ['Propylthiouracil', 'Propiltiourasil', 'PTU'], {
      classes: ['cls.antithyroid'],
      pregnancy: P(
        'caution',
        'Antitiroid pilihan pada trimester pertama (tiamazol dapat menyebabkan embriopati); pertimbangkan beralih setelahnya karena risiko hati.',
        'The preferred antithyroid drug in the first trimester (thiamazole can cause embryopathy); consider switching afterwards because of liver risk.',
        [label('Propylthiouracil', 'Warnings: Pregnancy')],
      ),
      lactation: L(
        'compatible',
        'Kadar ASI rendah; dapat digunakan dengan pemantauan tiroid bayi.',
        'Low milk levels; compatible with infant thyroid monitoring.',
        [lactmed('Propylthiouracil'), label('Propylthiouracil', 'Precautions: Nursing Mothers')],
      ),
      boxedWarnings: [
        boxed(
          'Cedera hati berat dan gagal hati akut, kadang fatal; cadangkan untuk pasien yang tidak dapat menggunakan tiamazol, dan untuk trimester pertama kehamilan.',
          'Severe liver injury and acute liver failure, sometimes fatal; reserve for patients who cannot take methimazole, and for the first trimester of pregnancy.',
          [label('Propylthiouracil', 'Boxed Warning')],
        ),
      ],
      sources: [label('Propylthiouracil', 'Indications and Usage')],
    }),
    drug('thiamazole', ['Thiamazole', 'Tiamazol', 'methimazole', 'metimazol'], {
      classes: ['cls.antithyroid'],
      pregnancy: P(
        'avoid',
        'Hindari pada trimester pertama: dikaitkan dengan aplasia kutis dan embriopati; dapat dipakai pada trimester kedua dan ketiga.',
        'Avoid in the first trimester: linked with aplasia cutis and embryopathy; usable in the second and third trimesters.',
        [label('Methimazole (Tapazole)', 'Warnings: Pregnancy')],
        { trimesters: [1], otherwise: 'compatible', alternatives: ['propylthiouracil'] },
      ),
      lactation: L(
        'compatible',
        'Dosis sedang dapat digunakan; pantau fungsi tiroid bayi.',
        'Moderate doses are compatible; monitor infant thyroid function.',
        [lactmed('Methimazole'), label('Methimazole (Tapazole)', 'Precautions: Nursing Mothers')],
      ),
      sources: [label('Methimazole (Tapazole)', 'Indications and Usage')],
    }),
  ],
});
