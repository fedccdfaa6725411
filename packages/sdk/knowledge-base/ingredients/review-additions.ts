import { defineSource } from '../../src/drugs/schema/records';
import {
  boxed,
  DEPKES_PREGNANCY_2006,
  drug,
  fda,
  L,
  label,
  lactmed,
  P,
  WHO_HIV_2021,
  WHO_TB_2022,
} from '../authoring';

/**
 * Ingredients added in the clinical-pharmacology review of November 2026, each closing a gap the audit found:
 * isosorbide mononitrate (the commonest oral nitrate in Fornas, missing from the nitrate/PDE-5 rule),
 * mercaptopurine (the allopurinol interaction), meropenem (carbapenem allergy cross-reactivity), cefaclor (an
 * oral cephalosporin with an ampicillin-like side chain), clonazepam (a psikotropika benzodiazepine prescribed
 * in primary care) and methadone (the national methadone maintenance programme, PTRM, with its TB/HIV
 * interactions). The ONC high-priority list (Phansalkar 2012) added linezolid (an MAO inhibitor in the WHO
 * BPaLM regimen for drug-resistant TB), atazanavir (a WHO second-line protease inhibitor), febuxostat,
 * tizanidine and, for the paroxetine-tamoxifen exemplar of the HL7 PDDI-CDS guide, tamoxifen.
 */
export default defineSource({
  ingredients: [
    drug(
      'isosorbide-mononitrate',
      ['Isosorbide mononitrate', 'Isosorbid mononitrat', 'ISMN', 'isosorbide-5-mononitrate'],
      {
        classes: ['cls.nitrate'],
        pregnancy: P(
          'caution',
          'Data pada manusia terbatas; gunakan hanya bila jelas diperlukan.',
          'Human data are limited; use only when clearly needed.',
          [label('Isosorbide mononitrate extended-release (Imdur)', 'Precautions: Pregnancy')],
        ),
        lactation: L(
          'insufficient-data',
          'Belum ada data tentang ekskresi ke ASI; pertimbangkan manfaat dan risiko.',
          'No data on passage into milk; weigh benefit and risk.',
          [
            lactmed('Isosorbide Mononitrate'),
            label('Isosorbide mononitrate extended-release (Imdur)', 'Precautions: Nursing Mothers'),
          ],
        ),
        sources: [label('Isosorbide mononitrate extended-release (Imdur)', 'Contraindications')],
      },
    ),
    drug('mercaptopurine', ['Mercaptopurine', 'Merkaptopurin', '6-mercaptopurine', '6-MP'], {
      classes: ['cls.antimetabolite-immunosuppressant'],
      pregnancy: P(
        'avoid',
        'Dapat membahayakan janin; hindari kehamilan selama terapi dan jelaskan risikonya bila terjadi kehamilan.',
        'Can cause fetal harm; avoid pregnancy during treatment and explain the risk if pregnancy occurs.',
        [label('Mercaptopurine oral suspension (Purixan)', 'Use in Specific Populations: Pregnancy')],
      ),
      lactation: L(
        'avoid',
        'Label menganjurkan tidak menyusui selama terapi dan 1 minggu setelah dosis terakhir.',
        'The label advises against breastfeeding during treatment and for 1 week after the last dose.',
        [
          lactmed('Mercaptopurine'),
          label('Mercaptopurine oral suspension (Purixan)', 'Use in Specific Populations: Lactation'),
        ],
      ),
      sources: [label('Mercaptopurine oral suspension (Purixan)', 'Drug Interactions')],
    }),
    drug('meropenem', ['Meropenem', 'Meropenem', 'meropenem trihydrate'], {
      classes: ['cls.carbapenem', 'alg.carbapenem'],
      pregnancy: P(
        'caution',
        'Data pada manusia terbatas tanpa sinyal malformasi; beta-laktam umumnya dapat dipakai bila ada indikasi.',
        'Limited human data without a malformation signal; beta-lactams are generally usable when indicated.',
        [label('Meropenem for injection (Merrem)', 'Use in Specific Populations: Pregnancy')],
      ),
      lactation: L(
        'compatible',
        'Kadar di ASI rendah dan tidak terserap per oral oleh bayi; pantau bayi terhadap diare.',
        'Low milk levels, not absorbed orally by the infant; watch the infant for diarrhoea.',
        [
          lactmed('Meropenem'),
          label('Meropenem for injection (Merrem)', 'Use in Specific Populations: Lactation'),
        ],
      ),
      sources: [label('Meropenem for injection (Merrem)', 'Contraindications')],
    }),
    drug('cefaclor', ['Cefaclor', 'Sefaklor', 'cefaclor monohydrate'], {
      classes: ['cls.cephalosporin', 'alg.cephalosporin', 'alg.r1-aminobenzyl'],
      pregnancy: P(
        'compatible',
        'Penggunaan luas pada kehamilan tanpa peningkatan risiko malformasi yang bermakna.',
        'Widely used in pregnancy without a meaningful increase in malformation risk.',
        [label('Cefaclor capsules', 'Precautions: Pregnancy'), DEPKES_PREGNANCY_2006],
      ),
      lactation: L(
        'compatible',
        'Jumlah kecil masuk ke ASI; dapat digunakan. Pantau bayi terhadap diare atau ruam.',
        'Small amounts pass into milk; compatible. Watch the infant for diarrhoea or rash.',
        [lactmed('Cefaclor'), label('Cefaclor capsules', 'Precautions: Nursing Mothers')],
      ),
      sources: [label('Cefaclor capsules', 'Contraindications')],
    }),
    drug('clonazepam', ['Clonazepam', 'Klonazepam'], {
      classes: ['cls.benzodiazepine'],
      pregnancy: P(
        'caution',
        'Penggunaan menjelang persalinan dapat menyebabkan sedasi dan gejala putus obat pada neonatus; pada epilepsi jangan dihentikan mendadak.',
        'Use late in pregnancy can cause neonatal sedation and withdrawal; in epilepsy do not stop it abruptly.',
        [label('Clonazepam (Klonopin)', 'Use in Specific Populations: Pregnancy')],
      ),
      lactation: L(
        'caution-monitor-infant',
        'Masuk ke ASI; pantau bayi terhadap sedasi, apnea dan kesulitan menyusu.',
        'Passes into milk; watch the infant for sedation, apnoea and poor feeding.',
        [lactmed('Clonazepam'), label('Clonazepam (Klonopin)', 'Use in Specific Populations: Lactation')],
        ['lorazepam'],
      ),
      boxedWarnings: [
        boxed(
          'Penggunaan bersama opioid dapat menyebabkan sedasi berat, depresi napas, koma dan kematian; risiko penyalahgunaan dan adiksi; ketergantungan fisik dengan reaksi putus obat yang dapat mengancam jiwa bila dihentikan mendadak.',
          'Use with opioids can cause profound sedation, respiratory depression, coma and death; risk of abuse, misuse and addiction; physical dependence with possibly life-threatening withdrawal on abrupt stop.',
          [
            label('Clonazepam (Klonopin)', 'Boxed Warning'),
            fda('FDA requiring Boxed Warning updated to improve safe use of benzodiazepine drug class', 2020),
          ],
        ),
      ],
      sources: [label('Clonazepam (Klonopin)', 'Contraindications')],
    }),
    drug('methadone', ['Methadone hydrochloride', 'Metadon', 'en:Methadone', 'methadone', 'metadon HCl'], {
      classes: ['cls.opioid'],
      pregnancy: P(
        'caution',
        'Terapi rumatan opioid dilanjutkan selama kehamilan (lebih aman daripada putus obat); sindrom putus opioid neonatus diperkirakan, siapkan pemantauan bayi. Kebutuhan dosis dapat naik pada trimester ketiga.',
        'Opioid maintenance continues through pregnancy (safer than withdrawal); expect neonatal opioid withdrawal and plan infant monitoring. Dose needs may rise in the third trimester.',
        [label('Methadone hydrochloride tablets (Dolophine)', 'Use in Specific Populations: Pregnancy')],
      ),
      lactation: L(
        'caution-monitor-infant',
        'Pada ibu dengan terapi rumatan yang stabil, menyusui dianjurkan; pantau bayi terhadap sedasi dan gangguan napas, dan jangan hentikan menyusui mendadak.',
        'Breastfeeding is encouraged for mothers stable on maintenance; watch the infant for sedation and breathing difficulty, and do not stop breastfeeding abruptly.',
        [
          lactmed('Methadone'),
          label('Methadone hydrochloride tablets (Dolophine)', 'Use in Specific Populations: Lactation'),
        ],
      ),
      boxedWarnings: [
        boxed(
          'Depresi napas yang mengancam jiwa, pemanjangan QT yang dapat fatal, risiko adiksi dan penyalahgunaan; interaksi dengan penghambat atau penginduksi CYP3A4 dan dengan benzodiazepin atau depresan SSP lain dapat fatal; sindrom putus opioid neonatus.',
          'Life-threatening respiratory depression, possibly fatal QT prolongation, addiction and misuse; interactions with CYP3A4 inhibitors or inducers and with benzodiazepines or other CNS depressants can be fatal; neonatal opioid withdrawal syndrome.',
          [label('Methadone hydrochloride tablets (Dolophine)', 'Boxed Warning')],
        ),
      ],
      flags: { highAlert: true },
      sources: [label('Methadone hydrochloride tablets (Dolophine)', 'Drug Interactions')],
    }),
    drug('linezolid', ['Linezolid', 'Linezolid'], {
      classes: ['cls.maoi'],
      pregnancy: P(
        'caution',
        'Data pada manusia terbatas; dipakai dalam paduan TB resisten obat bila manfaatnya lebih besar.',
        'Limited human data; used in drug-resistant TB regimens when the benefit outweighs the risk.',
        [label('Linezolid (Zyvox)', 'Use in Specific Populations: Pregnancy'), WHO_TB_2022],
      ),
      lactation: L(
        'caution-monitor-infant',
        'Masuk ke ASI dalam jumlah kecil; pantau bayi terhadap diare dan muntah.',
        'Passes into milk in small amounts; watch the infant for diarrhoea and vomiting.',
        [lactmed('Linezolid'), label('Linezolid (Zyvox)', 'Use in Specific Populations: Lactation')],
      ),
      sources: [label('Linezolid (Zyvox)', 'Warnings and Precautions')],
    }),
    drug('atazanavir', ['Atazanavir', 'Atazanavir', 'atazanavir sulfate', 'ATV'], {
      classes: ['cls.protease-inhibitor'],
      pregnancy: P(
        'compatible',
        'Atazanavir yang diperkuat ritonavir dapat dipakai pada kehamilan dalam paduan ART; dapat menaikkan bilirubin neonatus.',
        'Ritonavir-boosted atazanavir can be used in pregnancy within ART regimens; it may raise neonatal bilirubin.',
        [WHO_HIV_2021, label('Atazanavir (Reyataz)', 'Use in Specific Populations: Pregnancy')],
      ),
      lactation: L(
        'compatible',
        'Pedoman WHO mendukung menyusui bila ibu mendapat ART efektif; label AS menganjurkan tidak menyusui karena risiko penularan HIV.',
        'WHO guidance supports breastfeeding on effective ART; US labels advise against it because of HIV transmission.',
        [
          WHO_HIV_2021,
          lactmed('Atazanavir'),
          label('Atazanavir (Reyataz)', 'Use in Specific Populations: Lactation'),
        ],
      ),
      sources: [label('Atazanavir (Reyataz)', 'Contraindications')],
    }),
    drug('febuxostat', ['Febuxostat', 'Febuksostat'], {
      classes: ['cls.xanthine-oxidase-inhibitor'],
      pregnancy: P('insufficient-data', 'Belum ada data pada manusia.', 'No human data.', [
        label('Febuxostat (Uloric)', 'Use in Specific Populations: Pregnancy'),
      ]),
      lactation: L('insufficient-data', 'Belum ada data.', 'No data.', [
        lactmed('Febuxostat'),
        label('Febuxostat (Uloric)', 'Use in Specific Populations: Lactation'),
      ]),
      boxedWarnings: [
        boxed(
          'Kematian kardiovaskular lebih tinggi dibanding alopurinol pada pasien gout dengan penyakit kardiovaskular; gunakan hanya bila alopurinol gagal atau tidak dapat ditoleransi.',
          'Higher cardiovascular death than with allopurinol in gout patients with cardiovascular disease; use only when allopurinol fails or is not tolerated.',
          [label('Febuxostat (Uloric)', 'Boxed Warning')],
        ),
      ],
      sources: [label('Febuxostat (Uloric)', 'Contraindications')],
    }),
    drug('tizanidine', ['Tizanidine', 'Tizanidin', 'tizanidine hydrochloride'], {
      classes: ['cls.cns-depressant'],
      pregnancy: P(
        'insufficient-data',
        'Belum ada data yang memadai pada manusia; studi hewan menunjukkan toksisitas reproduksi.',
        'No adequate human data; animal studies showed reproductive toxicity.',
        [label('Tizanidine (Zanaflex)', 'Use in Specific Populations: Pregnancy')],
      ),
      lactation: L('insufficient-data', 'Belum ada data.', 'No data.', [
        lactmed('Tizanidine'),
        label('Tizanidine (Zanaflex)', 'Use in Specific Populations: Lactation'),
      ]),
      sources: [label('Tizanidine (Zanaflex)', 'Contraindications')],
    }),
    drug('tamoxifen', ['Tamoxifen', 'Tamoksifen', 'tamoxifen citrate'], {
      pregnancy: P(
        'avoid',
        'Dapat membahayakan janin; gunakan kontrasepsi non-hormonal selama terapi dan 2 bulan sesudahnya.',
        'Can cause fetal harm; use non-hormonal contraception during treatment and for 2 months after.',
        [label('Tamoxifen citrate (Soltamox)', 'Use in Specific Populations: Pregnancy')],
      ),
      lactation: L(
        'avoid',
        'Label menganjurkan tidak menyusui selama terapi dan 3 bulan sesudahnya; tamoksifen juga menekan laktasi.',
        'The label advises against breastfeeding during treatment and for 3 months after; tamoxifen also suppresses lactation.',
        [
          lactmed('Tamoxifen'),
          label('Tamoxifen citrate (Soltamox)', 'Use in Specific Populations: Lactation'),
        ],
      ),
      boxedWarnings: [
        boxed(
          'Pada wanita dengan DCIS atau risiko tinggi kanker payudara: keganasan rahim, stroke dan emboli paru, sebagian fatal; bahas manfaat dan risiko.',
          'In women with DCIS or at high risk of breast cancer: uterine malignancies, stroke and pulmonary embolism, some fatal; discuss benefit and risk.',
          [label('Tamoxifen citrate (Soltamox)', 'Boxed Warning')],
        ),
      ],
      sources: [label('Tamoxifen citrate (Soltamox)', 'Contraindications')],
    }),
  ],
});
