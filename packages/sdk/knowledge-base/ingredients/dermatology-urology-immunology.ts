import { defineSource } from '../../src/drugs/schema/records';
import { boxed, drug, L, label, lactmed, P, smpc } from '../authoring';

const preg = (product: string) => [label(product, 'Use in Specific Populations: Pregnancy')];
const lact = (name: string, product: string) => [
  lactmed(name),
  label(product, 'Use in Specific Populations: Lactation'),
];

/** Dermatology (systemic and topical), urology, and immunomodulators seen in primary care. */
export default defineSource({
  ingredients: [
    drug('isotretinoin', ['Isotretinoin', 'Isotretinoin'], {
      classes: ['cls.retinoid'],
      pregnancy: P(
        'contraindicated',
        'Dikontraindikasikan: risiko tinggi cacat lahir berat dan abortus, bahkan dengan paparan singkat; perlu dua metode kontrasepsi dan tes kehamilan.',
        'Contraindicated: high risk of severe birth defects and miscarriage even after brief exposure; two forms of contraception and pregnancy tests are required.',
        [label('Isotretinoin (Absorica)', 'Boxed Warning')],
      ),
      lactation: L(
        'avoid',
        'Jangan menyusui selama terapi dan hingga 8 hari setelahnya.',
        'Do not breastfeed during treatment and for 8 days after.',
        lact('Isotretinoin', 'Isotretinoin (Absorica)'),
      ),
      boxedWarnings: [
        boxed(
          'Toksisitas embrio-janin: tidak boleh digunakan oleh perempuan hamil; hanya melalui program pencegahan kehamilan dengan tes kehamilan berkala.',
          'Embryo-fetal toxicity: must not be used by pregnant women; only through a pregnancy prevention programme with regular pregnancy tests.',
          [label('Isotretinoin (Absorica)', 'Boxed Warning')],
        ),
      ],
      sources: [label('Isotretinoin (Absorica)', 'Contraindications')],
    }),
    drug('mupirocin', ['Mupirocin', 'Mupirosin', 'mupirocin calcium'], {
      classes: [],
      pregnancy: P(
        'compatible',
        'Absorpsi sistemik dari kulit sangat kecil.',
        'Minimal systemic absorption from the skin.',
        preg('Mupirocin ointment (Bactroban)'),
      ),
      lactation: L(
        'compatible',
        'Dapat digunakan; bersihkan sebelum menyusui bila dioles di puting.',
        'Compatible; wipe off before feeding if applied to the nipple.',
        lact('Mupirocin', 'Mupirocin ointment (Bactroban)'),
      ),
      sources: [label('Mupirocin ointment (Bactroban)', 'Indications and Usage')],
    }),
    drug('fusidic-acid', ['Fusidic acid', 'Asam fusidat', 'sodium fusidate', 'natrium fusidat'], {
      classes: [],
      pregnancy: P(
        'compatible',
        'Sediaan topikal dapat digunakan; absorpsi sistemik minimal.',
        'Topical use is fine; systemic absorption is minimal.',
        [smpc('Fusidic acid cream (Fucidin)', '4.6 Fertility, pregnancy and lactation')],
      ),
      lactation: L(
        'compatible',
        'Sediaan topikal dapat digunakan, jangan dioles pada payudara.',
        'Topical use is compatible; do not apply to the breast.',
        [smpc('Fusidic acid cream (Fucidin)', '4.6 Fertility, pregnancy and lactation')],
      ),
      sources: [smpc('Fusidic acid cream (Fucidin)', '4.1 Therapeutic indications')],
    }),
    drug(
      'silver-sulfadiazine',
      ['Silver sulfadiazine', 'Perak sulfadiazin', 'sulfadiazine silver', 'silver sulphadiazine'],
      {
        classes: ['alg.sulfonamide-antibiotic'],
        pregnancy: P(
          'avoid',
          'Tidak dianjurkan pada kehamilan menjelang aterm karena sulfonamida dapat menyebabkan kernikterus.',
          'Not recommended near term because sulfonamides can cause kernicterus.',
          [label('Silver sulfadiazine cream (Silvadene)', 'Precautions: Pregnancy')],
          { trimesters: [3] },
        ),
        lactation: L(
          'caution-monitor-infant',
          'Hindari pada bayi prematur, ikterus atau defisiensi G6PD.',
          'Avoid with premature, jaundiced or G6PD-deficient infants.',
          [
            lactmed('Silver Sulfadiazine'),
            label('Silver sulfadiazine cream (Silvadene)', 'Precautions: Nursing Mothers'),
          ],
        ),
        sources: [label('Silver sulfadiazine cream (Silvadene)', 'Contraindications')],
      },
    ),
    drug('neomycin', ['Neomycin sulfate', 'Neomisin sulfat', 'neomycin'], {
      classes: [{ class: 'cls.aminoglycoside', route: ['oral'] }],
      pregnancy: P(
        'caution',
        'Sediaan kulit diabsorpsi sedikit; oral dapat diabsorpsi pada mukosa rusak (aminoglikosida).',
        'Skin products are barely absorbed; oral forms may be absorbed through damaged mucosa (an aminoglycoside).',
        [label('Neomycin sulfate tablets', 'Precautions: Pregnancy')],
      ),
      lactation: L(
        'compatible',
        'Absorpsi sistemik rendah; dapat digunakan.',
        'Low systemic absorption; compatible.',
        [lactmed('Neomycin'), label('Neomycin sulfate tablets', 'Precautions: Nursing Mothers')],
      ),
      boxedWarnings: [
        boxed(
          'Sediaan oral: nefrotoksisitas, ototoksisitas dan blokade neuromuskular, terutama pada gangguan ginjal.',
          'Oral forms: nephrotoxicity, ototoxicity and neuromuscular blockade, especially in renal impairment.',
          [label('Neomycin sulfate tablets', 'Boxed Warning')],
        ),
      ],
      sources: [label('Neomycin sulfate tablets', 'Indications and Usage')],
    }),
    drug('sildenafil', ['Sildenafil', 'Sildenafil', 'sildenafil citrate'], {
      classes: ['cls.pde5-inhibitor'],
      pregnancy: P(
        'insufficient-data',
        'Data kehamilan terbatas; tidak diindikasikan untuk perempuan pada disfungsi ereksi.',
        'Limited pregnancy data; not indicated for women in erectile dysfunction.',
        preg('Sildenafil (Viagra)'),
      ),
      lactation: L(
        'insufficient-data',
        'Data terbatas.',
        'Limited data.',
        lact('Sildenafil', 'Sildenafil (Viagra)'),
      ),
      sources: [label('Sildenafil (Viagra)', 'Contraindications')],
    }),
    drug('tadalafil', ['Tadalafil', 'Tadalafil'], {
      classes: ['cls.pde5-inhibitor'],
      pregnancy: P(
        'insufficient-data',
        'Data kehamilan terbatas.',
        'Limited pregnancy data.',
        preg('Tadalafil (Cialis)'),
      ),
      lactation: L(
        'insufficient-data',
        'Belum ada data.',
        'No data.',
        lact('Tadalafil', 'Tadalafil (Cialis)'),
      ),
      sources: [label('Tadalafil (Cialis)', 'Contraindications')],
    }),
    drug('tamsulosin', ['Tamsulosin hydrochloride', 'Tamsulosin', 'tamsulosin'], {
      classes: ['cls.alpha1-blocker'],
      pregnancy: P(
        'insufficient-data',
        'Tidak diindikasikan untuk perempuan.',
        'Not indicated for women.',
        preg('Tamsulosin (Flomax)'),
      ),
      lactation: L(
        'insufficient-data',
        'Tidak diindikasikan untuk perempuan.',
        'Not indicated for women.',
        lact('Tamsulosin', 'Tamsulosin (Flomax)'),
      ),
      sources: [label('Tamsulosin (Flomax)', 'Warnings and Precautions: Orthostasis')],
    }),
    drug('finasteride', ['Finasteride', 'Finasterid'], {
      classes: ['cls.5-alpha-reductase-inhibitor'],
      pregnancy: P(
        'contraindicated',
        'Dikontraindikasikan: dapat menyebabkan kelainan genitalia eksterna janin laki-laki; perempuan hamil tidak boleh memegang tablet yang pecah.',
        'Contraindicated: can cause abnormalities of the external genitalia of a male fetus; pregnant women must not handle broken tablets.',
        [label('Finasteride (Proscar)', 'Contraindications')],
      ),
      lactation: L(
        'avoid',
        'Tidak diindikasikan untuk perempuan.',
        'Not indicated for women.',
        lact('Finasteride', 'Finasteride (Proscar)'),
      ),
      sources: [label('Finasteride (Proscar)', 'Contraindications')],
    }),
    drug('methotrexate', ['Methotrexate', 'Metotreksat', 'methotrexate sodium'], {
      classes: ['cls.folate-antagonist'],
      pregnancy: P(
        'contraindicated',
        'Dikontraindikasikan untuk indikasi non-kanker: toksisitas embrio-janin dan kematian janin.',
        'Contraindicated for non-cancer indications: embryo-fetal toxicity and fetal death.',
        preg('Methotrexate tablets (Trexall)'),
      ),
      lactation: L(
        'avoid',
        'Jangan menyusui selama terapi dan 1 minggu setelah dosis terakhir.',
        'Do not breastfeed during treatment and for 1 week after the last dose.',
        lact('Methotrexate', 'Methotrexate tablets (Trexall)'),
      ),
      boxedWarnings: [
        boxed(
          'Reaksi toksik serius dan fatal (sumsum tulang, hati, paru, ginjal, kulit, saluran cerna) serta toksisitas embrio-janin; dosis mingguan yang keliru menjadi harian pernah fatal.',
          'Serious and fatal toxic reactions (bone marrow, liver, lung, kidney, skin, GI) and embryo-fetal toxicity; weekly doses mistakenly taken daily have been fatal.',
          [label('Methotrexate tablets (Trexall)', 'Boxed Warning')],
        ),
      ],
      flags: { highAlert: true, narrowTherapeuticIndex: true },
      sources: [label('Methotrexate tablets (Trexall)', 'Contraindications')],
    }),
    drug('azathioprine', ['Azathioprine', 'Azatioprin'], {
      classes: ['cls.antimetabolite-immunosuppressant'],
      pregnancy: P(
        'caution',
        'Dipakai pada transplantasi dan penyakit autoimun bila perlu; pantau darah neonatus.',
        'Used in transplantation and autoimmune disease when needed; check neonatal blood counts.',
        [label('Azathioprine (Imuran)', 'Warnings: Pregnancy')],
      ),
      lactation: L(
        'caution-monitor-infant',
        'Kadar metabolit di ASI rendah; pantau darah lengkap bayi bila lama.',
        'Low metabolite levels in milk; monitor infant blood counts with long use.',
        [lactmed('Azathioprine'), label('Azathioprine (Imuran)', 'Precautions: Nursing Mothers')],
      ),
      boxedWarnings: [
        boxed(
          'Imunosupresi kronik meningkatkan risiko keganasan, termasuk limfoma.',
          'Chronic immunosuppression raises the risk of malignancy, including lymphoma.',
          [label('Azathioprine (Imuran)', 'Boxed Warning')],
        ),
      ],
      sources: [label('Azathioprine (Imuran)', 'Drug Interactions')],
    }),
  ],
});
