import { defineSource } from '../../src/drugs/schema/records';
import { boxed, drug, drugFacts, fda, guideline, L, label, lactmed, P, paper, smpc } from '../authoring';

const preg = (product: string) => [label(product, 'Use in Specific Populations: Pregnancy')];
const lact = (name: string, product: string) => [
  lactmed(name),
  label(product, 'Use in Specific Populations: Lactation'),
];

const BZD_BOXED = (product: string) =>
  boxed(
    'Penggunaan bersama opioid dapat menyebabkan sedasi berat, depresi napas, koma dan kematian; risiko penyalahgunaan dan adiksi; ketergantungan fisik dengan reaksi putus obat yang dapat mengancam jiwa bila dihentikan mendadak.',
    'Use with opioids can cause profound sedation, respiratory depression, coma and death; risk of abuse, misuse and addiction; physical dependence with possibly life-threatening withdrawal on abrupt stop.',
    [
      label(product, 'Boxed Warning'),
      fda('FDA requiring Boxed Warning updated to improve safe use of benzodiazepine drug class', 2020),
    ],
  );
const BZD_PREGNANCY = (product: string) =>
  P(
    'caution',
    'Penggunaan menjelang persalinan dapat menyebabkan sedasi dan gejala putus obat pada neonatus.',
    'Use late in pregnancy can cause neonatal sedation and withdrawal.',
    preg(product),
  );
const ANTIPSYCHOTIC_BOXED = (product: string) =>
  boxed(
    'Meningkatkan kematian pada lansia dengan psikosis terkait demensia; tidak disetujui untuk indikasi tersebut.',
    'Increased mortality in elderly patients with dementia-related psychosis; not approved for that use.',
    [label(product, 'Boxed Warning')],
  );
const ANTIPSYCHOTIC_PREGNANCY = (product: string) =>
  P(
    'caution',
    'Paparan trimester ketiga dapat menyebabkan gejala ekstrapiramidal dan putus obat pada neonatus; jangan hentikan terapi yang diperlukan secara mendadak.',
    'Third-trimester exposure can cause neonatal extrapyramidal and withdrawal symptoms; do not stop needed treatment abruptly.',
    [
      ...preg(product),
      fda(
        'Antipsychotic drug labels updated on use during pregnancy and risk of abnormal muscle movements and withdrawal symptoms in newborns',
        2011,
      ),
    ],
  );
const ANTIDEPRESSANT_BOXED = (product: string) =>
  boxed(
    'Meningkatkan risiko pikiran dan perilaku bunuh diri pada anak, remaja dan dewasa muda; pantau perburukan klinis.',
    'Increased risk of suicidal thoughts and behaviours in children, adolescents and young adults; monitor for clinical worsening.',
    [label(product, 'Boxed Warning')],
  );
const SSRI_PREGNANCY = (product: string) =>
  P(
    'caution',
    'Paparan akhir kehamilan dikaitkan dengan sindrom adaptasi neonatus dan hipertensi pulmonal persisten; pertimbangkan risiko depresi yang tidak diobati.',
    'Late-pregnancy exposure is linked with neonatal adaptation syndrome and persistent pulmonary hypertension; weigh the risk of untreated depression.',
    preg(product),
  );
const AED_PREGNANCY_NOTE = paper(
  'Hernández-Díaz S et al. Comparative safety of antiepileptic drugs during pregnancy',
  'Neurology 2012;78(21):1692-1699',
  2012,
);

/** Anxiolytics, antiepileptics, antipsychotics, antidepressants and other CNS drugs. */
export default defineSource({
  ingredients: [
    drug('diazepam', ['Diazepam', 'Diazepam'], {
      classes: ['cls.benzodiazepine'],
      pregnancy: BZD_PREGNANCY('Diazepam (Valium)'),
      lactation: L(
        'caution-monitor-infant',
        'Waktu paruh panjang dan dapat menumpuk; dosis tunggal dapat diterima, hindari penggunaan berulang.',
        'Long half-life and may accumulate; single doses are acceptable, avoid repeated use.',
        lact('Diazepam', 'Diazepam (Valium)'),
        ['lorazepam'],
      ),
      boxedWarnings: [BZD_BOXED('Diazepam (Valium)')],
      sources: [label('Diazepam (Valium)', 'Contraindications')],
    }),
    drug('alprazolam', ['Alprazolam', 'Alprazolam'], {
      classes: ['cls.benzodiazepine'],
      pregnancy: BZD_PREGNANCY('Alprazolam (Xanax)'),
      lactation: L(
        'caution-monitor-infant',
        'Sedasi dan gejala putus obat pada bayi pernah dilaporkan; hindari penggunaan rutin.',
        'Infant sedation and withdrawal have been reported; avoid regular use.',
        lact('Alprazolam', 'Alprazolam (Xanax)'),
        ['lorazepam'],
      ),
      boxedWarnings: [BZD_BOXED('Alprazolam (Xanax)')],
      sources: [label('Alprazolam (Xanax)', 'Contraindications')],
    }),
    drug('lorazepam', ['Lorazepam', 'Lorazepam'], {
      classes: ['cls.benzodiazepine'],
      pregnancy: BZD_PREGNANCY('Lorazepam (Ativan)'),
      lactation: L(
        'caution-monitor-infant',
        'Kadar ASI rendah dan waktu paruh sedang; benzodiazepin yang lebih disukai saat menyusui, pantau sedasi.',
        'Low milk levels and a moderate half-life; a preferred benzodiazepine while breastfeeding, watch for sedation.',
        lact('Lorazepam', 'Lorazepam (Ativan)'),
      ),
      boxedWarnings: [BZD_BOXED('Lorazepam (Ativan)')],
      sources: [label('Lorazepam (Ativan)', 'Contraindications')],
    }),
    drug('clobazam', ['Clobazam', 'Klobazam'], {
      classes: ['cls.benzodiazepine'],
      pregnancy: BZD_PREGNANCY('Clobazam (Onfi)'),
      lactation: L(
        'caution-monitor-infant',
        'Masuk ke ASI; pantau sedasi dan kesulitan menyusu.',
        'Passes into milk; watch for sedation and poor feeding.',
        lact('Clobazam', 'Clobazam (Onfi)'),
      ),
      boxedWarnings: [BZD_BOXED('Clobazam (Onfi)')],
      sources: [label('Clobazam (Onfi)', 'Indications and Usage')],
    }),
    drug('phenobarbital', ['Phenobarbital', 'Fenobarbital', 'phenobarbitone', 'luminal'], {
      classes: ['cls.barbiturate', 'cls.antiepileptic-enzyme-inducer'],
      pregnancy: P(
        'avoid',
        'Teratogen (malformasi jantung dan celah bibir/langit-langit, risiko lebih tinggi daripada lamotrigin atau levetirasetam): hindari memulai pada trimester pertama; pada epilepsi jangan hentikan mendadak, tinjau terapi dan beri asam folat. Sindrom putus obat neonatus mungkin.',
        'A teratogen (cardiac malformations and oral clefts, higher risk than lamotrigine or levetiracetam): avoid starting it in the first trimester; in epilepsy do not stop abruptly, review treatment and give folic acid. Neonatal withdrawal is possible.',
        [
          label('Phenobarbital sodium injection (Sezaby)', 'Use in Specific Populations: Pregnancy'),
          AED_PREGNANCY_NOTE,
        ],
        { trimesters: [1], otherwise: 'caution', alternatives: ['levetiracetam', 'lamotrigine'] },
      ),
      lactation: L(
        'caution-monitor-infant',
        'Dapat menumpuk pada bayi; pantau sedasi dan kenaikan berat badan.',
        'May accumulate in the infant; watch for sedation and weight gain.',
        [
          lactmed('Phenobarbital'),
          label('Phenobarbital sodium injection (Sezaby)', 'Use in Specific Populations: Lactation'),
        ],
      ),
      sources: [label('Phenobarbital sodium injection (Sezaby)', 'Indications and Usage')],
    }),
    drug('phenytoin', ['Phenytoin', 'Fenitoin', 'phenytoin sodium', 'natrium fenitoin'], {
      classes: ['cls.hydantoin', 'cls.antiepileptic-enzyme-inducer'],
      pregnancy: P(
        'avoid',
        'Teratogen (sindrom hidantoin janin): hindari memulai pada trimester pertama; pada epilepsi jangan hentikan mendadak, tinjau terapi, beri asam folat dan pantau kadar.',
        'A teratogen (fetal hydantoin syndrome): avoid starting it in the first trimester; in epilepsy do not stop abruptly, review treatment, give folic acid and monitor levels.',
        [...preg('Phenytoin (Dilantin)'), AED_PREGNANCY_NOTE],
        { trimesters: [1], otherwise: 'caution', alternatives: ['levetiracetam', 'lamotrigine'] },
      ),
      lactation: L(
        'compatible',
        'Kadar ASI rendah; dapat digunakan.',
        'Low milk levels; compatible.',
        lact('Phenytoin', 'Phenytoin (Dilantin)'),
      ),
      boxedWarnings: [
        boxed(
          'Kecepatan infus intravena yang terlalu cepat menyebabkan hipotensi dan aritmia jantung.',
          'Intravenous infusion that is too fast causes hypotension and cardiac arrhythmias.',
          [label('Phenytoin sodium injection', 'Boxed Warning')],
        ),
      ],
      flags: { narrowTherapeuticIndex: true },
      sources: [label('Phenytoin (Dilantin)', 'Contraindications')],
    }),
    drug('carbamazepine', ['Carbamazepine', 'Karbamazepin'], {
      classes: ['cls.antiepileptic-enzyme-inducer'],
      pregnancy: P(
        'avoid',
        'Teratogen (defek tabung saraf dan malformasi lain): hindari memulai pada trimester pertama; pada epilepsi jangan hentikan mendadak, tinjau terapi, beri asam folat dan pertimbangkan antiepilepsi dengan risiko lebih rendah.',
        'A teratogen (neural tube defects and other malformations): avoid starting it in the first trimester; in epilepsy do not stop abruptly, review treatment, give folic acid and consider an antiepileptic with lower risk.',
        [...preg('Carbamazepine (Tegretol)'), AED_PREGNANCY_NOTE],
        { trimesters: [1], otherwise: 'caution', alternatives: ['levetiracetam', 'lamotrigine'] },
      ),
      lactation: L(
        'caution-monitor-infant',
        'Umumnya dapat diterima; pantau bayi terhadap sedasi, ikterus dan kenaikan berat badan.',
        'Generally acceptable; watch the infant for sedation, jaundice and weight gain.',
        lact('Carbamazepine', 'Carbamazepine (Tegretol)'),
      ),
      boxedWarnings: [
        boxed(
          'Reaksi kulit berat (SJS/TEN), jauh lebih sering pada pembawa HLA-B*15:02 yang banyak ditemukan di Asia Tenggara: periksa HLA-B*15:02 sebelum memulai bila memungkinkan; anemia aplastik dan agranulositosis.',
          'Serious skin reactions (SJS/TEN), far more frequent in HLA-B*15:02 carriers, common in South-East Asia: screen for HLA-B*15:02 before starting where possible; aplastic anaemia and agranulocytosis.',
          [label('Carbamazepine (Tegretol)', 'Boxed Warning')],
        ),
      ],
      sources: [label('Carbamazepine (Tegretol)', 'Contraindications')],
    }),
    drug('oxcarbazepine', ['Oxcarbazepine', 'Okskarbazepin'], {
      classes: [],
      pregnancy: P(
        'caution',
        'Data terbatas; mungkin risiko lebih rendah daripada karbamazepin, pantau kadar karena menurun saat hamil.',
        'Limited data; possibly lower risk than carbamazepine, monitor because levels fall in pregnancy.',
        preg('Oxcarbazepine (Trileptal)'),
      ),
      lactation: L(
        'caution-monitor-infant',
        'Masuk ke ASI; pantau sedasi bayi.',
        'Passes into milk; watch for infant sedation.',
        lact('Oxcarbazepine', 'Oxcarbazepine (Trileptal)'),
      ),
      sources: [
        label('Oxcarbazepine (Trileptal)', 'Warnings and Precautions: Serious Dermatological Reactions'),
      ],
    }),
    drug(
      'valproic-acid',
      [
        'Valproic acid',
        'Asam valproat',
        'valproate',
        'valproat',
        'sodium valproate',
        'natrium valproat',
        'divalproex',
      ],
      {
        classes: [],
        pregnancy: P(
          'contraindicated',
          'Teratogen kuat: defek tabung saraf dan malformasi lain serta penurunan IQ dan autisme; dikontraindikasikan untuk migrain dan pada perempuan usia subur tanpa program pencegahan kehamilan.',
          'A strong teratogen: neural tube and other malformations plus lower IQ and autism; contraindicated for migraine and in women of childbearing potential without a pregnancy prevention programme.',
          [
            ...preg('Valproate (Depakote)'),
            fda(
              'Valproate anti-seizure products contraindicated for migraine prevention in pregnant women due to decreased IQ scores in exposed children',
              2013,
            ),
          ],
          { alternatives: ['levetiracetam', 'lamotrigine'] },
        ),
        lactation: L(
          'caution-monitor-infant',
          'Kadar ASI rendah; pantau bayi terhadap ikterus, memar dan gangguan hati.',
          'Low milk levels; watch the infant for jaundice, bruising and liver problems.',
          lact('Valproic Acid', 'Valproate (Depakote)'),
        ),
        boxedWarnings: [
          boxed(
            'Hepatotoksisitas fatal (terutama anak <2 tahun dan penyakit mitokondria), toksisitas janin (malformasi mayor, penurunan IQ), dan pankreatitis fatal.',
            'Fatal hepatotoxicity (especially children under 2 and mitochondrial disease), fetal risk (major malformations, decreased IQ) and fatal pancreatitis.',
            [label('Valproate (Depakote)', 'Boxed Warning')],
          ),
        ],
        sources: [label('Valproate (Depakote)', 'Contraindications')],
      },
    ),
    drug('lamotrigine', ['Lamotrigine', 'Lamotrigin'], {
      classes: [],
      pregnancy: P(
        'caution',
        'Termasuk antiepilepsi dengan risiko malformasi terendah; kadar turun bermakna selama kehamilan, pantau.',
        'Among the antiepileptics with the lowest malformation risk; levels fall markedly in pregnancy, monitor.',
        [...preg('Lamotrigine (Lamictal)'), AED_PREGNANCY_NOTE],
      ),
      lactation: L(
        'caution-monitor-infant',
        'Kadar pada bayi dapat mencapai 30% kadar ibu; pantau ruam, apnea dan kesulitan menyusu.',
        'Infant levels can reach 30% of maternal levels; watch for rash, apnoea and poor feeding.',
        lact('Lamotrigine', 'Lamotrigine (Lamictal)'),
      ),
      boxedWarnings: [
        boxed(
          'Ruam serius termasuk SJS/TEN; risiko meningkat dengan dosis awal tinggi, peningkatan dosis cepat, dan bersama valproat.',
          'Serious rashes including SJS/TEN; risk increases with high starting doses, fast titration and co-use of valproate.',
          [label('Lamotrigine (Lamictal)', 'Boxed Warning')],
        ),
      ],
      sources: [label('Lamotrigine (Lamictal)', 'Indications and Usage')],
    }),
    drug('levetiracetam', ['Levetiracetam', 'Levetirasetam'], {
      classes: [],
      pregnancy: P(
        'compatible',
        'Data registri menunjukkan risiko malformasi rendah; kadar dapat turun selama kehamilan.',
        'Registry data show a low malformation risk; levels may fall during pregnancy.',
        [...preg('Levetiracetam (Keppra)'), AED_PREGNANCY_NOTE],
      ),
      lactation: L(
        'compatible',
        'Kadar pada bayi rendah; dapat digunakan dengan pemantauan sedasi.',
        'Low infant levels; compatible, watching for sedation.',
        lact('Levetiracetam', 'Levetiracetam (Keppra)'),
      ),
      sources: [label('Levetiracetam (Keppra)', 'Indications and Usage')],
    }),
    drug('gabapentin', ['Gabapentin', 'Gabapentin'], {
      classes: ['cls.gabapentinoid'],
      pregnancy: P(
        'caution',
        'Data terbatas tanpa sinyal malformasi yang jelas.',
        'Limited data without a clear malformation signal.',
        preg('Gabapentin (Neurontin)'),
      ),
      lactation: L(
        'compatible',
        'Kadar pada bayi rendah; pantau sedasi.',
        'Low infant levels; watch for sedation.',
        lact('Gabapentin', 'Gabapentin (Neurontin)'),
      ),
      sources: [
        fda(
          'FDA warns about serious breathing problems with seizure and nerve pain medicines gabapentin and pregabalin',
          2019,
        ),
      ],
    }),
    drug('pregabalin', ['Pregabalin', 'Pregabalin'], {
      classes: ['cls.gabapentinoid'],
      pregnancy: P(
        'caution',
        'Satu studi besar menunjukkan sedikit peningkatan malformasi mayor; gunakan bila manfaat jelas.',
        'One large study suggested a small increase in major malformations; use when the benefit is clear.',
        preg('Pregabalin (Lyrica)'),
      ),
      lactation: L(
        'avoid',
        'Label tidak menganjurkan menyusui selama terapi; data keamanan bayi kurang.',
        'The label does not recommend breastfeeding during treatment; infant safety data are lacking.',
        lact('Pregabalin', 'Pregabalin (Lyrica)'),
        ['gabapentin'],
      ),
      sources: [
        fda(
          'FDA warns about serious breathing problems with seizure and nerve pain medicines gabapentin and pregabalin',
          2019,
        ),
      ],
    }),
    drug('haloperidol', ['Haloperidol', 'Haloperidol', 'haloperidol decanoate'], {
      classes: ['cls.antipsychotic'],
      pregnancy: ANTIPSYCHOTIC_PREGNANCY('Haloperidol'),
      lactation: L(
        'caution-monitor-infant',
        'Kadar ASI rendah; pantau sedasi dan perkembangan bayi.',
        'Low milk levels; watch infant sedation and development.',
        [lactmed('Haloperidol'), label('Haloperidol', 'Precautions: Nursing Mothers')],
      ),
      boxedWarnings: [ANTIPSYCHOTIC_BOXED('Haloperidol')],
      sources: [label('Haloperidol', 'Warnings: Cardiovascular Effects (QT prolongation)')],
    }),
    drug('chlorpromazine', ['Chlorpromazine hydrochloride', 'Klorpromazin', 'chlorpromazine'], {
      classes: ['cls.antipsychotic', 'cls.phenothiazine'],
      pregnancy: ANTIPSYCHOTIC_PREGNANCY('Chlorpromazine hydrochloride'),
      lactation: L(
        'caution-monitor-infant',
        'Pantau sedasi bayi; hindari bila bayi prematur.',
        'Watch for infant sedation; avoid with preterm infants.',
        [lactmed('Chlorpromazine'), label('Chlorpromazine hydrochloride', 'Precautions: Nursing Mothers')],
      ),
      boxedWarnings: [ANTIPSYCHOTIC_BOXED('Chlorpromazine hydrochloride')],
      sources: [label('Chlorpromazine hydrochloride', 'Contraindications')],
    }),
    drug('risperidone', ['Risperidone', 'Risperidon'], {
      classes: ['cls.antipsychotic'],
      pregnancy: ANTIPSYCHOTIC_PREGNANCY('Risperidone (Risperdal)'),
      lactation: L(
        'caution-monitor-infant',
        'Kadar pada bayi rendah; pantau sedasi dan kenaikan berat badan.',
        'Low infant levels; watch for sedation and weight gain.',
        lact('Risperidone', 'Risperidone (Risperdal)'),
      ),
      boxedWarnings: [ANTIPSYCHOTIC_BOXED('Risperidone (Risperdal)')],
      sources: [label('Risperidone (Risperdal)', 'Indications and Usage')],
    }),
    drug('olanzapine', ['Olanzapine', 'Olanzapin'], {
      classes: ['cls.antipsychotic'],
      pregnancy: ANTIPSYCHOTIC_PREGNANCY('Olanzapine (Zyprexa)'),
      lactation: L(
        'caution-monitor-infant',
        'Kadar pada bayi rendah; salah satu antipsikotik pilihan saat menyusui, pantau sedasi.',
        'Low infant levels; one of the preferred antipsychotics while breastfeeding, watch for sedation.',
        lact('Olanzapine', 'Olanzapine (Zyprexa)'),
      ),
      boxedWarnings: [ANTIPSYCHOTIC_BOXED('Olanzapine (Zyprexa)')],
      sources: [label('Olanzapine (Zyprexa)', 'Indications and Usage')],
    }),
    drug('quetiapine', ['Quetiapine', 'Quetiapin', 'quetiapine fumarate', 'kuetiapin'], {
      classes: ['cls.antipsychotic'],
      pregnancy: ANTIPSYCHOTIC_PREGNANCY('Quetiapine (Seroquel)'),
      lactation: L(
        'caution-monitor-infant',
        'Kadar ASI rendah; pantau sedasi bayi.',
        'Low milk levels; watch for infant sedation.',
        lact('Quetiapine', 'Quetiapine (Seroquel)'),
      ),
      boxedWarnings: [
        ANTIPSYCHOTIC_BOXED('Quetiapine (Seroquel)'),
        ANTIDEPRESSANT_BOXED('Quetiapine (Seroquel)'),
      ],
      sources: [label('Quetiapine (Seroquel)', 'Indications and Usage')],
    }),
    drug('fluoxetine', ['Fluoxetine', 'Fluoksetin', 'fluoxetine hydrochloride'], {
      classes: ['cls.ssri'],
      pregnancy: SSRI_PREGNANCY('Fluoxetine (Prozac)'),
      lactation: L(
        'caution-monitor-infant',
        'Waktu paruh panjang; kolik dan iritabilitas bayi pernah dilaporkan; sertralin lebih disukai.',
        'Long half-life; infant colic and irritability have been reported; sertraline is preferred.',
        lact('Fluoxetine', 'Fluoxetine (Prozac)'),
        ['sertraline'],
      ),
      boxedWarnings: [ANTIDEPRESSANT_BOXED('Fluoxetine (Prozac)')],
      sources: [label('Fluoxetine (Prozac)', 'Contraindications')],
    }),
    drug('sertraline', ['Sertraline', 'Sertralin', 'sertraline hydrochloride'], {
      classes: ['cls.ssri'],
      pregnancy: SSRI_PREGNANCY('Sertraline (Zoloft)'),
      lactation: L(
        'compatible',
        'Kadar pada bayi sangat rendah; SSRI pilihan saat menyusui.',
        'Very low infant levels; the preferred SSRI while breastfeeding.',
        lact('Sertraline', 'Sertraline (Zoloft)'),
      ),
      boxedWarnings: [ANTIDEPRESSANT_BOXED('Sertraline (Zoloft)')],
      sources: [label('Sertraline (Zoloft)', 'Contraindications')],
    }),
    drug('paroxetine', ['Paroxetine', 'Paroksetin', 'paroxetine hydrochloride'], {
      classes: ['cls.ssri'],
      pregnancy: P(
        'avoid',
        'Paparan trimester pertama dikaitkan dengan peningkatan malformasi jantung; hindari pada perempuan yang merencanakan atau sedang hamil bila ada alternatif.',
        'First-trimester exposure is linked with more cardiac malformations; avoid in women planning or in pregnancy when an alternative exists.',
        [...preg('Paroxetine (Paxil)')],
        { alternatives: ['sertraline'] },
      ),
      lactation: L(
        'compatible',
        'Kadar pada bayi rendah; dapat digunakan.',
        'Low infant levels; compatible.',
        lact('Paroxetine', 'Paroxetine (Paxil)'),
      ),
      boxedWarnings: [ANTIDEPRESSANT_BOXED('Paroxetine (Paxil)')],
      sources: [label('Paroxetine (Paxil)', 'Contraindications')],
    }),
    drug('citalopram', ['Citalopram', 'Sitalopram', 'citalopram hydrobromide'], {
      classes: ['cls.ssri'],
      pregnancy: SSRI_PREGNANCY('Citalopram (Celexa)'),
      lactation: L(
        'caution-monitor-infant',
        'Kadar pada bayi lebih tinggi daripada sertralin; pantau sedasi dan kesulitan menyusu.',
        'Higher infant levels than sertraline; watch for sedation and poor feeding.',
        lact('Citalopram', 'Citalopram (Celexa)'),
        ['sertraline'],
      ),
      boxedWarnings: [ANTIDEPRESSANT_BOXED('Citalopram (Celexa)')],
      maxDailyDose: [
        {
          mg: 40,
          sources: [
            fda(
              'Revised recommendations for Celexa (citalopram hydrobromide) related to a potential risk of abnormal heart rhythms with high doses',
              2012,
            ),
          ],
        },
      ],
      sources: [label('Citalopram (Celexa)', 'Contraindications')],
    }),
    drug('escitalopram', ['Escitalopram', 'Esitalopram', 'escitalopram oxalate'], {
      classes: ['cls.ssri'],
      pregnancy: SSRI_PREGNANCY('Escitalopram (Lexapro)'),
      lactation: L(
        'caution-monitor-infant',
        'Kadar pada bayi rendah-sedang; pantau sedasi.',
        'Low to moderate infant levels; watch for sedation.',
        lact('Escitalopram', 'Escitalopram (Lexapro)'),
        ['sertraline'],
      ),
      boxedWarnings: [ANTIDEPRESSANT_BOXED('Escitalopram (Lexapro)')],
      maxDailyDose: [{ mg: 20, sources: [label('Escitalopram (Lexapro)', 'Dosage and Administration')] }],
      sources: [label('Escitalopram (Lexapro)', 'Contraindications')],
    }),
    drug('amitriptyline', ['Amitriptyline hydrochloride', 'Amitriptilin', 'amitriptyline'], {
      classes: ['cls.tca'],
      pregnancy: P(
        'caution',
        'Data tidak menunjukkan malformasi yang konsisten; gejala putus obat neonatus mungkin.',
        'Data show no consistent malformation pattern; neonatal withdrawal is possible.',
        [label('Amitriptyline hydrochloride', 'Precautions: Pregnancy')],
      ),
      lactation: L(
        'compatible',
        'Kadar pada bayi rendah; dapat digunakan, pantau sedasi.',
        'Low infant levels; compatible, watch for sedation.',
        [lactmed('Amitriptyline'), label('Amitriptyline hydrochloride', 'Precautions: Nursing Mothers')],
      ),
      boxedWarnings: [ANTIDEPRESSANT_BOXED('Amitriptyline hydrochloride')],
      sources: [label('Amitriptyline hydrochloride', 'Contraindications')],
    }),
    drug('trihexyphenidyl', ['Trihexyphenidyl hydrochloride', 'Triheksifenidil', 'trihexyphenidyl', 'THP'], {
      classes: ['cls.antimuscarinic-antiparkinson'],
      pregnancy: P('insufficient-data', 'Data kehamilan tidak memadai.', 'Inadequate pregnancy data.', [
        label('Trihexyphenidyl hydrochloride', 'Precautions: Pregnancy'),
      ]),
      lactation: L(
        'insufficient-data',
        'Belum ada data; antikolinergik dapat menurunkan produksi ASI.',
        'No data; anticholinergics may reduce milk supply.',
        [lactmed('Trihexyphenidyl'), label('Trihexyphenidyl hydrochloride', 'Precautions: Nursing Mothers')],
      ),
      sources: [label('Trihexyphenidyl hydrochloride', 'Indications and Usage')],
    }),
    drug('lithium', ['Lithium carbonate', 'Litium karbonat', 'lithium', 'litium'], {
      classes: [],
      pregnancy: P(
        'avoid',
        'Paparan trimester pertama dikaitkan dengan malformasi jantung (anomali Ebstein); bila dilanjutkan, pantau kadar ketat, terutama menjelang persalinan.',
        'First-trimester exposure is linked with cardiac malformations (Ebstein anomaly); if continued, monitor levels closely, especially near delivery.',
        preg('Lithium carbonate'),
        { trimesters: [1] },
      ),
      lactation: L(
        'caution-monitor-infant',
        'Kadar pada bayi dapat bermakna; hanya dengan pemantauan kadar dan fungsi tiroid/ginjal bayi.',
        'Infant levels can be substantial; only with monitoring of infant levels and thyroid and kidney function.',
        lact('Lithium', 'Lithium carbonate'),
      ),
      boxedWarnings: [
        boxed(
          'Toksisitas litium berkaitan erat dengan kadar serum dan dapat terjadi pada dosis yang mendekati dosis terapi; pantau kadar serum.',
          'Lithium toxicity is closely tied to serum levels and can occur near therapeutic doses; monitor serum levels.',
          [label('Lithium carbonate', 'Boxed Warning')],
        ),
      ],
      flags: { narrowTherapeuticIndex: true },
      sources: [label('Lithium carbonate', 'Drug Interactions')],
    }),
    drug(
      'betahistine',
      [
        'Betahistine dihydrochloride',
        'Betahistin',
        'betahistine',
        'betahistin mesilat',
        'betahistine mesilate',
      ],
      {
        classes: [],
        pregnancy: P(
          'insufficient-data',
          'Data kehamilan tidak memadai; hindari kecuali jelas diperlukan.',
          'Inadequate pregnancy data; avoid unless clearly needed.',
          [smpc('Betahistine dihydrochloride (Serc)', '4.6 Fertility, pregnancy and lactation')],
        ),
        lactation: L(
          'insufficient-data',
          'Tidak diketahui apakah masuk ke ASI; timbang manfaat dan risiko.',
          'Unknown whether it passes into milk; weigh benefit and risk.',
          [smpc('Betahistine dihydrochloride (Serc)', '4.6 Fertility, pregnancy and lactation')],
        ),
        sources: [smpc('Betahistine dihydrochloride (Serc)', '4.3 Contraindications')],
      },
    ),
    drug('ergotamine', ['Ergotamine tartrate', 'Ergotamin tartrat', 'ergotamine'], {
      classes: ['cls.ergot-alkaloid'],
      pregnancy: P(
        'contraindicated',
        'Dikontraindikasikan: efek oksitosik dan vasokonstriksi dapat membahayakan janin.',
        'Contraindicated: oxytocic and vasoconstrictive effects can harm the fetus.',
        [label('Ergotamine tartrate and caffeine (Cafergot)', 'Contraindications')],
      ),
      lactation: L(
        'avoid',
        'Dapat menyebabkan muntah, diare dan gangguan sirkulasi pada bayi serta menekan laktasi.',
        'Can cause infant vomiting, diarrhoea and circulatory problems and suppress lactation.',
        [
          lactmed('Ergotamine'),
          label('Ergotamine tartrate and caffeine (Cafergot)', 'Precautions: Nursing Mothers'),
        ],
        ['ibuprofen', 'paracetamol'],
      ),
      boxedWarnings: [
        boxed(
          'Iskemia perifer serius dan mengancam jiwa bila diberikan bersama penghambat kuat CYP3A4 (misalnya klaritromisin, ketokonazol, ritonavir).',
          'Serious, life-threatening peripheral ischaemia when given with potent CYP3A4 inhibitors (e.g. clarithromycin, ketoconazole, ritonavir).',
          [label('Ergotamine tartrate and caffeine (Cafergot)', 'Boxed Warning')],
        ),
      ],
      sources: [label('Ergotamine tartrate and caffeine (Cafergot)', 'Contraindications')],
    }),
    drug('caffeine', ['Caffeine', 'Kafein', 'caffeine anhydrous', 'kofein'], {
      classes: ['cls.methylxanthine-stimulant'],
      pregnancy: P(
        'caution',
        'Batasi asupan kafein total kurang dari 200 mg/hari selama kehamilan.',
        'Keep total caffeine intake below 200 mg/day in pregnancy.',
        [
          guideline(
            'ACOG Committee Opinion No. 462: Moderate caffeine consumption during pregnancy',
            'Obstet Gynecol 2010;116(2):467-468',
            2010,
          ),
        ],
      ),
      lactation: L(
        'compatible',
        'Asupan sedang dapat diterima; asupan tinggi dapat membuat bayi rewel dan sulit tidur.',
        'Moderate intake is acceptable; high intake can make the infant irritable and wakeful.',
        [lactmed('Caffeine'), drugFacts('Caffeine (alertness aid)', 'Warnings')],
      ),
      maxDailyDose: [{ mg: 400, sources: [drugFacts('Caffeine (alertness aid)', 'Directions')] }],
      sources: [drugFacts('Caffeine (alertness aid)', 'Warnings')],
    }),
    drug('sumatriptan', ['Sumatriptan', 'Sumatriptan', 'sumatriptan succinate'], {
      classes: ['cls.triptan'],
      pregnancy: P(
        'caution',
        'Data registri tidak menunjukkan peningkatan malformasi mayor.',
        'Registry data show no increase in major malformations.',
        preg('Sumatriptan (Imitrex)'),
      ),
      lactation: L(
        'compatible',
        'Kadar ASI rendah; dapat digunakan.',
        'Low milk levels; compatible.',
        lact('Sumatriptan', 'Sumatriptan (Imitrex)'),
      ),
      sources: [label('Sumatriptan (Imitrex)', 'Contraindications')],
    }),
  ],
});
