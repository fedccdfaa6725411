import { defineSource } from '../../src/drugs/schema/records';
import {
  boxed,
  DEPKES_PREGNANCY_2006,
  drug,
  drugFacts,
  ema,
  FDA_NSAID_20_WEEKS,
  fda,
  L,
  label,
  lactmed,
  P,
  smpc,
} from '../authoring';

const NSAID_BOXED = (product: string) =>
  boxed(
    'Meningkatkan risiko kejadian kardiovaskular trombotik serius (infark miokard, stroke) dan perdarahan, ulkus, atau perforasi saluran cerna yang dapat fatal; dikontraindikasikan pada nyeri perioperatif CABG.',
    'Raises the risk of serious thrombotic cardiovascular events (myocardial infarction, stroke) and of gastrointestinal bleeding, ulceration or perforation, which can be fatal; contraindicated for pain around CABG surgery.',
    [label(product, 'Boxed Warning')],
  );

const NSAID_PREGNANCY = (product: string) =>
  P(
    'avoid',
    'Hindari mulai usia kehamilan 20 minggu: dapat menyebabkan gangguan ginjal janin dan oligohidramnion; pada trimester ketiga juga risiko penutupan dini duktus arteriosus.',
    'Avoid from 20 weeks of gestation: fetal renal dysfunction and oligohydramnios; in the third trimester also premature closure of the ductus arteriosus.',
    [FDA_NSAID_20_WEEKS, label(product, 'Use in Specific Populations: Pregnancy')],
    { fromWeek: 20, alternatives: ['paracetamol'] },
  );

const OPIOID_BOXED = (product: string) =>
  boxed(
    'Risiko adiksi, penyalahgunaan dan depresi napas yang mengancam jiwa; penggunaan bersama benzodiazepin atau depresan SSP lain dapat menyebabkan sedasi berat, depresi napas, koma dan kematian; penggunaan lama saat hamil dapat menyebabkan sindrom putus opioid neonatal.',
    'Risk of addiction, misuse and life-threatening respiratory depression; use with benzodiazepines or other CNS depressants can cause profound sedation, respiratory depression, coma and death; prolonged use in pregnancy can cause neonatal opioid withdrawal syndrome.',
    [label(product, 'Boxed Warning')],
  );

const OPIOID_PREGNANCY = (product: string) =>
  P(
    'caution',
    'Gunakan hanya bila perlu dan sesingkat mungkin; penggunaan lama menjelang persalinan dapat menyebabkan sindrom putus obat dan depresi napas pada neonatus.',
    'Use only when needed and for the shortest time; prolonged use near delivery can cause neonatal withdrawal and respiratory depression.',
    [label(product, 'Use in Specific Populations: Pregnancy')],
  );

/** Analgesics, antipyretics, NSAIDs, opioids and gout drugs. */
export default defineSource({
  ingredients: [
    drug('paracetamol', ['Paracetamol', 'Parasetamol', 'acetaminophen', 'asetaminofen', 'APAP'], {
      kfaBza: ['91000101'],
      classes: ['cls.analgesic-antipyretic'],
      pregnancy: P(
        'compatible',
        'Analgesik dan antipiretik pilihan selama kehamilan; gunakan dosis efektif terendah dalam waktu sesingkat mungkin.',
        'The analgesic and antipyretic of choice in pregnancy; use the lowest effective dose for the shortest time.',
        [
          fda('FDA has reviewed possible risks of pain medicine use during pregnancy', 2015),
          DEPKES_PREGNANCY_2006,
        ],
      ),
      lactation: L(
        'compatible',
        'Kadar dalam ASI rendah; dapat digunakan selama menyusui.',
        'Milk levels are low; compatible with breastfeeding.',
        [lactmed('Acetaminophen'), DEPKES_PREGNANCY_2006],
      ),
      boxedWarnings: [
        boxed(
          'Risiko kerusakan hati berat pada dosis melebihi batas harian, terutama bila beberapa produk yang mengandung parasetamol digunakan bersamaan; kesalahan dosis sediaan infus dapat menyebabkan overdosis.',
          'Risk of severe liver injury above the maximum daily dose, especially when several paracetamol-containing products are taken together; dosing errors with the infusion can cause overdose.',
          [label('Acetaminophen injection', 'Boxed Warning')],
        ),
      ],
      maxDailyDose: [
        { mg: 4000, sources: [drugFacts('Acetaminophen', 'Directions and Liver warning')] },
        {
          mg: 75,
          population: 'child',
          perKg: true,
          sources: [label('Acetaminophen injection', 'Dosage and Administration')],
        },
      ],
      sources: [
        drugFacts('Acetaminophen', 'Active ingredient / Purpose'),
        label('Acetaminophen injection', 'Contraindications'),
      ],
    }),
    drug('ibuprofen', ['Ibuprofen', 'Ibuprofen', 'ibuprofen lysine'], {
      classes: [{ class: 'cls.nsaid', route: ['systemic'] }],
      pregnancy: NSAID_PREGNANCY('Ibuprofen'),
      lactation: L(
        'compatible',
        'Kadar dalam ASI sangat rendah dan waktu paruh singkat; OAINS pilihan selama menyusui.',
        'Very low milk levels and a short half-life; a preferred NSAID during breastfeeding.',
        [lactmed('Ibuprofen'), label('Ibuprofen', 'Use in Specific Populations: Lactation')],
      ),
      boxedWarnings: [NSAID_BOXED('Ibuprofen')],
      maxDailyDose: [{ mg: 3200, sources: [label('Ibuprofen', 'Dosage and Administration')] }],
    }),
    drug(
      'aspirin',
      [
        'Acetylsalicylic acid',
        'Asetosal',
        'en:Aspirin',
        'aspirin',
        'asam asetilsalisilat',
        'acetosal',
        'ASA',
      ],
      {
        classes: [
          { class: 'cls.nsaid', minDailyDoseMg: 300 },
          { class: 'cls.antiplatelet', maxDailyDoseMg: 325 },
          'cls.salicylate',
        ],
        pregnancy: P(
          'caution',
          'Dosis rendah (≤100 mg) dipakai untuk pencegahan preeklamsia atas indikasi; dosis analgesik sebaiknya dihindari mulai 20 minggu seperti OAINS lain.',
          'Low dose (≤100 mg) is used to prevent pre-eclampsia when indicated; analgesic doses should be avoided from 20 weeks like other NSAIDs.',
          [FDA_NSAID_20_WEEKS, label('Aspirin (Durlaza)', 'Use in Specific Populations: Pregnancy')],
          { alternatives: ['paracetamol'] },
        ),
        lactation: L(
          'caution-monitor-infant',
          'Dosis rendah dapat diterima; hindari dosis analgesik berulang karena salisilat dapat menumpuk pada bayi.',
          'Low doses are acceptable; avoid repeated analgesic doses because salicylate can accumulate in the infant.',
          [lactmed('Aspirin'), label('Aspirin (Durlaza)', 'Use in Specific Populations: Lactation')],
          ['ibuprofen', 'paracetamol'],
        ),
        maxDailyDose: [{ mg: 3900, sources: [drugFacts('Aspirin', 'Directions')] }],
        sources: [
          drugFacts('Aspirin', 'Warnings: Reye\u2019s syndrome'),
          label('Aspirin (Durlaza)', 'Indications and Usage'),
        ],
      },
    ),
    drug(
      'diclofenac',
      [
        'Diclofenac',
        'Diklofenak',
        'diclofenac sodium',
        'diclofenac potassium',
        'natrium diklofenak',
        'kalium diklofenak',
      ],
      {
        classes: [{ class: 'cls.nsaid', route: ['systemic'] }],
        pregnancy: NSAID_PREGNANCY('Diclofenac'),
        lactation: L(
          'caution-monitor-infant',
          'Data terbatas dengan kadar ASI rendah; ibuprofen lebih disukai.',
          'Limited data showing low milk levels; ibuprofen is preferred.',
          [lactmed('Diclofenac'), label('Diclofenac', 'Use in Specific Populations: Lactation')],
          ['ibuprofen'],
        ),
        boxedWarnings: [NSAID_BOXED('Diclofenac')],
        maxDailyDose: [{ mg: 150, sources: [label('Diclofenac', 'Dosage and Administration')] }],
      },
    ),
    drug('mefenamic-acid', ['Mefenamic acid', 'Asam mefenamat', 'asam mefenamik'], {
      classes: ['cls.nsaid'],
      pregnancy: NSAID_PREGNANCY('Mefenamic acid (Ponstel)'),
      lactation: L(
        'caution-monitor-infant',
        'Data sangat terbatas; pilih OAINS dengan data lebih baik seperti ibuprofen.',
        'Very limited data; prefer an NSAID with better data such as ibuprofen.',
        [
          lactmed('Mefenamic Acid'),
          label('Mefenamic acid (Ponstel)', 'Use in Specific Populations: Lactation'),
        ],
        ['ibuprofen'],
      ),
      boxedWarnings: [NSAID_BOXED('Mefenamic acid (Ponstel)')],
      maxDailyDose: [
        {
          mg: 1500,
          sources: [smpc('Mefenamic acid (Ponstan)', '4.2 Posology and method of administration')],
        },
      ],
      sources: [label('Mefenamic acid (Ponstel)', 'Indications and Usage')],
    }),
    drug(
      'metamizole',
      ['Metamizole sodium', 'Metamizol', 'antalgin', 'dipyrone', 'novaminsulfon', 'metampiron'],
      {
        classes: ['cls.analgesic-antipyretic', 'cls.pyrazolone'],
        pregnancy: P(
          'avoid',
          'Hindari pada trimester pertama dan kedua; dikontraindikasikan pada trimester ketiga (risiko penutupan dini duktus arteriosus dan gangguan ginjal janin).',
          'Avoid in the first and second trimesters; contraindicated in the third (premature ductus closure and fetal renal effects).',
          [
            ema(
              'Metamizole-containing medicinal products: Article 31 referral on dosing, pregnancy and breastfeeding',
              2018,
            ),
          ],
          { alternatives: ['paracetamol'] },
        ),
        lactation: L(
          'avoid',
          'Metabolit masuk ke ASI dalam jumlah bermakna; hindari dosis berulang. Setelah dosis tunggal, buang ASI selama 48 jam.',
          'Metabolites pass into milk in relevant amounts; avoid repeated doses. After a single dose, discard milk for 48 hours.',
          [
            ema(
              'Metamizole-containing medicinal products: Article 31 referral on dosing, pregnancy and breastfeeding',
              2018,
            ),
          ],
          ['paracetamol', 'ibuprofen'],
        ),
        maxDailyDose: [
          {
            mg: 4000,
            sources: [
              ema(
                'Metamizole-containing medicinal products: Article 31 referral on dosing, pregnancy and breastfeeding',
                2018,
              ),
            ],
          },
        ],
        sources: [
          ema('PRAC recommends measures to minimise the risk of agranulocytosis with metamizole', 2024),
        ],
      },
    ),
    drug('ketoprofen', ['Ketoprofen', 'Ketoprofen'], {
      classes: [{ class: 'cls.nsaid', route: ['systemic'] }],
      pregnancy: NSAID_PREGNANCY('Ketoprofen'),
      lactation: L(
        'insufficient-data',
        'Data terbatas; ibuprofen lebih disukai selama menyusui.',
        'Limited data; ibuprofen is preferred while breastfeeding.',
        [lactmed('Ketoprofen'), label('Ketoprofen', 'Precautions: Nursing Mothers')],
        ['ibuprofen'],
      ),
      boxedWarnings: [NSAID_BOXED('Ketoprofen')],
      maxDailyDose: [{ mg: 300, sources: [label('Ketoprofen', 'Dosage and Administration')] }],
    }),
    drug('ketorolac', ['Ketorolac tromethamine', 'Ketorolak', 'ketorolac'], {
      classes: [{ class: 'cls.nsaid', route: ['systemic'] }],
      pregnancy: P(
        'avoid',
        'Hindari mulai 20 minggu; dikontraindikasikan saat persalinan karena menghambat kontraksi uterus dan sirkulasi janin.',
        'Avoid from 20 weeks; contraindicated in labour and delivery because it may inhibit uterine contraction and fetal circulation.',
        [FDA_NSAID_20_WEEKS, label('Ketorolac tromethamine', 'Boxed Warning')],
        { fromWeek: 20, alternatives: ['paracetamol'] },
      ),
      lactation: L(
        'caution-monitor-infant',
        'Kadar dalam ASI rendah, tetapi gunakan hanya jangka pendek dan pantau bayi.',
        'Milk levels are low, but use only short term and watch the infant.',
        [lactmed('Ketorolac'), label('Ketorolac tromethamine', 'Precautions: Nursing Mothers')],
        ['ibuprofen'],
      ),
      boxedWarnings: [
        boxed(
          'Hanya untuk nyeri akut sedang–berat maksimal 5 hari total; risiko perdarahan saluran cerna, kejadian kardiovaskular, gagal ginjal dan perdarahan; kontraindikasi pada ulkus peptikum aktif, gangguan ginjal lanjut, risiko perdarahan, persalinan, dan bersama aspirin atau OAINS lain.',
          'Only for moderately severe acute pain for at most 5 days in total; risk of GI bleeding, cardiovascular events, renal failure and bleeding; contraindicated in active peptic ulcer, advanced renal impairment, bleeding risk, labour and delivery, and with aspirin or other NSAIDs.',
          [label('Ketorolac tromethamine', 'Boxed Warning')],
        ),
      ],
      maxDailyDose: [
        {
          mg: 40,
          route: 'oral',
          sources: [label('Ketorolac tromethamine tablets', 'Dosage and Administration')],
        },
        {
          mg: 120,
          route: 'parenteral',
          sources: [label('Ketorolac tromethamine injection', 'Dosage and Administration')],
        },
      ],
    }),
    drug('meloxicam', ['Meloxicam', 'Meloksikam'], {
      classes: ['cls.nsaid'],
      pregnancy: NSAID_PREGNANCY('Meloxicam'),
      lactation: L(
        'insufficient-data',
        'Belum ada data pada manusia; pilih ibuprofen.',
        'No human data; prefer ibuprofen.',
        [lactmed('Meloxicam'), label('Meloxicam', 'Use in Specific Populations: Lactation')],
        ['ibuprofen'],
      ),
      boxedWarnings: [NSAID_BOXED('Meloxicam')],
      maxDailyDose: [{ mg: 15, sources: [label('Meloxicam', 'Dosage and Administration')] }],
    }),
    drug('piroxicam', ['Piroxicam', 'Piroksikam'], {
      classes: [{ class: 'cls.nsaid', route: ['systemic'] }],
      pregnancy: NSAID_PREGNANCY('Piroxicam'),
      lactation: L(
        'caution-monitor-infant',
        'Kadar ASI rendah, tetapi waktu paruh panjang; OAINS dengan waktu paruh pendek lebih disukai.',
        'Low milk levels but a long half-life; a short-acting NSAID is preferred.',
        [lactmed('Piroxicam'), label('Piroxicam', 'Use in Specific Populations: Lactation')],
        ['ibuprofen'],
      ),
      boxedWarnings: [NSAID_BOXED('Piroxicam')],
      maxDailyDose: [{ mg: 20, sources: [label('Piroxicam', 'Dosage and Administration')] }],
    }),
    drug('naproxen', ['Naproxen', 'Naproksen', 'naproxen sodium'], {
      classes: ['cls.nsaid'],
      pregnancy: NSAID_PREGNANCY('Naproxen'),
      lactation: L(
        'caution-monitor-infant',
        'Waktu paruh panjang; penggunaan singkat dapat diterima, pantau bayi terhadap perdarahan atau gangguan cerna.',
        'Long half-life; short-term use is acceptable, watch the infant for bleeding or GI upset.',
        [lactmed('Naproxen'), label('Naproxen', 'Use in Specific Populations: Lactation')],
        ['ibuprofen'],
      ),
      boxedWarnings: [NSAID_BOXED('Naproxen')],
      maxDailyDose: [{ mg: 1500, sources: [label('Naproxen', 'Dosage and Administration')] }],
    }),
    drug('celecoxib', ['Celecoxib', 'Selekoksib'], {
      classes: ['cls.nsaid', 'cls.coxib'],
      pregnancy: NSAID_PREGNANCY('Celecoxib'),
      lactation: L(
        'compatible',
        'Jumlah dalam ASI sangat kecil; tidak diharapkan menimbulkan efek pada bayi.',
        'Very small amounts in milk; not expected to affect the infant.',
        [lactmed('Celecoxib'), label('Celecoxib', 'Use in Specific Populations: Lactation')],
      ),
      boxedWarnings: [NSAID_BOXED('Celecoxib')],
      maxDailyDose: [{ mg: 400, sources: [label('Celecoxib', 'Dosage and Administration')] }],
      sources: [label('Celecoxib', 'Contraindications')],
    }),
    drug('tramadol', ['Tramadol hydrochloride', 'Tramadol', 'tramadol'], {
      classes: ['cls.opioid'],
      pregnancy: OPIOID_PREGNANCY('Tramadol'),
      lactation: L(
        'avoid',
        'Tidak dianjurkan selama menyusui: metabolit aktif dapat menyebabkan sedasi dan depresi napas pada bayi.',
        'Not recommended while breastfeeding: the active metabolite can cause infant sedation and respiratory depression.',
        [
          fda(
            'FDA restricts use of prescription codeine pain and cough medicines and tramadol pain medicines in children; recommends against use in breastfeeding women',
            2017,
          ),
          label('Tramadol', 'Use in Specific Populations: Lactation'),
        ],
        ['paracetamol', 'ibuprofen'],
      ),
      boxedWarnings: [OPIOID_BOXED('Tramadol')],
      maxDailyDose: [{ mg: 400, sources: [label('Tramadol', 'Dosage and Administration')] }],
    }),
    drug('codeine', ['Codeine phosphate', 'Kodein', 'codeine', 'kodein fosfat'], {
      classes: ['cls.opioid', 'cls.antitussive'],
      pregnancy: OPIOID_PREGNANCY('Codeine sulfate'),
      lactation: L(
        'avoid',
        'Tidak dianjurkan: ibu dengan metabolisme CYP2D6 ultra-cepat menghasilkan morfin berlebih di ASI; kematian bayi telah dilaporkan.',
        'Not recommended: ultra-rapid CYP2D6 metabolisers produce excess morphine in milk; infant deaths have been reported.',
        [
          fda(
            'FDA restricts use of prescription codeine pain and cough medicines and tramadol pain medicines in children; recommends against use in breastfeeding women',
            2017,
          ),
          label('Codeine sulfate', 'Use in Specific Populations: Lactation'),
        ],
        ['paracetamol', 'ibuprofen'],
      ),
      boxedWarnings: [OPIOID_BOXED('Codeine sulfate')],
      maxDailyDose: [{ mg: 360, sources: [label('Codeine sulfate', 'Dosage and Administration')] }],
    }),
    drug('morphine', ['Morphine sulfate', 'Morfin', 'morphine'], {
      classes: ['cls.opioid'],
      pregnancy: OPIOID_PREGNANCY('Morphine sulfate'),
      lactation: L(
        'caution-monitor-infant',
        'Masuk ke ASI; pantau bayi terhadap sedasi, kesulitan menyusu dan gangguan napas.',
        'Passes into milk; watch the infant for sedation, poor feeding and breathing difficulty.',
        [lactmed('Morphine'), label('Morphine sulfate', 'Use in Specific Populations: Lactation')],
      ),
      boxedWarnings: [OPIOID_BOXED('Morphine sulfate')],
      flags: { highAlert: true },
    }),
    drug('fentanyl', ['Fentanyl', 'Fentanil', 'fentanyl citrate'], {
      classes: ['cls.opioid'],
      pregnancy: OPIOID_PREGNANCY('Fentanyl transdermal system'),
      lactation: L(
        'caution-monitor-infant',
        'Masuk ke ASI; pantau bayi terhadap sedasi dan gangguan napas.',
        'Passes into milk; watch the infant for sedation and breathing difficulty.',
        [lactmed('Fentanyl'), label('Fentanyl transdermal system', 'Use in Specific Populations: Lactation')],
      ),
      boxedWarnings: [OPIOID_BOXED('Fentanyl transdermal system')],
      flags: { highAlert: true },
      sources: [label('Fentanyl transdermal system', 'Indications and Usage')],
    }),
    drug('pethidine', ['Pethidine hydrochloride', 'Petidin', 'meperidine', 'meperidin'], {
      classes: ['cls.opioid'],
      pregnancy: OPIOID_PREGNANCY('Meperidine hydrochloride'),
      lactation: L(
        'caution-monitor-infant',
        'Metabolit normeperidin dapat menumpuk pada bayi; opioid lain lebih disukai.',
        'The metabolite normeperidine can accumulate in the infant; other opioids are preferred.',
        [lactmed('Meperidine'), label('Meperidine hydrochloride', 'Use in Specific Populations: Lactation')],
        ['morphine'],
      ),
      boxedWarnings: [OPIOID_BOXED('Meperidine hydrochloride')],
      sources: [label('Meperidine hydrochloride', 'Contraindications')],
    }),
    drug('allopurinol', ['Allopurinol', 'Alopurinol'], {
      classes: ['cls.xanthine-oxidase-inhibitor'],
      pregnancy: P(
        'insufficient-data',
        'Data pada kehamilan terbatas; gunakan hanya bila manfaat melebihi risiko.',
        'Limited pregnancy data; use only when the benefit outweighs the risk.',
        [label('Allopurinol (Zyloprim)', 'Precautions: Pregnancy')],
      ),
      lactation: L(
        'caution-monitor-infant',
        'Metabolit oksipurinol terdeteksi dalam darah bayi tanpa efek yang dilaporkan; pantau bayi.',
        'The metabolite oxypurinol is detectable in infant blood without reported effects; watch the infant.',
        [lactmed('Allopurinol'), label('Allopurinol (Zyloprim)', 'Precautions: Nursing Mothers')],
      ),
      maxDailyDose: [{ mg: 800, sources: [label('Allopurinol (Zyloprim)', 'Dosage and Administration')] }],
      sources: [label('Allopurinol (Zyloprim)', 'Indications and Usage')],
    }),
    drug('colchicine', ['Colchicine', 'Kolkisin'], {
      pregnancy: P(
        'caution',
        'Data pada manusia tidak menunjukkan peningkatan malformasi yang jelas; gunakan bila manfaat melebihi risiko.',
        'Human data do not show a clear increase in malformations; use when the benefit outweighs the risk.',
        [label('Colchicine (Colcrys)', 'Use in Specific Populations: Pregnancy')],
      ),
      lactation: L(
        'compatible',
        'Kadar dalam ASI rendah; tidak dilaporkan efek pada bayi.',
        'Low milk levels; no infant effects reported.',
        [lactmed('Colchicine'), label('Colchicine (Colcrys)', 'Use in Specific Populations: Lactation')],
      ),
      flags: { narrowTherapeuticIndex: true },
      sources: [label('Colchicine (Colcrys)', 'Contraindications')],
    }),
  ],
});
