import { defineSource } from '../../src/drugs/schema/records';
import { drug, L, label, lactmed, P } from '../authoring';

const STEROID_PREGNANCY = (product: string) =>
  P(
    'caution',
    'Penggunaan sistemik pada trimester pertama dikaitkan dengan sedikit peningkatan celah bibir; penggunaan lama dapat menghambat pertumbuhan janin. Gunakan dosis efektif terendah.',
    'Systemic first-trimester use is linked with a small increase in oral clefts; long use may restrict fetal growth. Use the lowest effective dose.',
    [label(product, 'Precautions: Pregnancy')],
  );
const STEROID_LACTATION = (name: string, product: string) =>
  L(
    'compatible',
    'Dosis sedang dapat digunakan; untuk dosis tinggi, tunda menyusui 4 jam setelah dosis.',
    'Moderate doses are compatible; with high doses, wait 4 hours after a dose to breastfeed.',
    [lactmed(name), label(product, 'Precautions: Nursing Mothers')],
  );
const SYSTEMIC_EXCEPT_LOCAL = [{ class: 'cls.corticosteroid-systemic', route: ['systemic'] as 'systemic'[] }];

/** Corticosteroids (systemic membership only when given systemically). */
export default defineSource({
  ingredients: [
    drug('dexamethasone', ['Dexamethasone', 'Deksametason', 'dexamethasone sodium phosphate'], {
      classes: SYSTEMIC_EXCEPT_LOCAL,
      pregnancy: P(
        'caution',
        'Dipakai untuk pematangan paru janin pada risiko persalinan prematur; di luar itu gunakan dosis efektif terendah.',
        'Used for fetal lung maturation when preterm birth threatens; otherwise use the lowest effective dose.',
        [label('Dexamethasone tablets', 'Precautions: Pregnancy')],
      ),
      lactation: STEROID_LACTATION('Dexamethasone', 'Dexamethasone tablets'),
      sources: [label('Dexamethasone tablets', 'Contraindications')],
    }),
    drug('prednisone', ['Prednisone', 'Prednison'], {
      classes: SYSTEMIC_EXCEPT_LOCAL,
      pregnancy: STEROID_PREGNANCY('Prednisone'),
      lactation: STEROID_LACTATION('Prednisone', 'Prednisone'),
      sources: [label('Prednisone', 'Contraindications')],
    }),
    drug('prednisolone', ['Prednisolone', 'Prednisolon'], {
      classes: SYSTEMIC_EXCEPT_LOCAL,
      pregnancy: STEROID_PREGNANCY('Prednisolone oral solution'),
      lactation: STEROID_LACTATION('Prednisolone', 'Prednisolone oral solution'),
      sources: [label('Prednisolone oral solution', 'Contraindications')],
    }),
    drug(
      'methylprednisolone',
      ['Methylprednisolone', 'Metilprednisolon', 'methylprednisolone sodium succinate'],
      {
        classes: SYSTEMIC_EXCEPT_LOCAL,
        pregnancy: STEROID_PREGNANCY('Methylprednisolone (Medrol)'),
        lactation: STEROID_LACTATION('Methylprednisolone', 'Methylprednisolone (Medrol)'),
        sources: [label('Methylprednisolone (Medrol)', 'Contraindications')],
      },
    ),
    drug(
      'hydrocortisone',
      [
        'Hydrocortisone',
        'Hidrokortison',
        'hydrocortisone acetate',
        'hidrokortison asetat',
        'hydrocortisone sodium succinate',
      ],
      {
        classes: SYSTEMIC_EXCEPT_LOCAL,
        pregnancy: P(
          'compatible',
          'Krim dosis rendah dapat digunakan; sediaan sistemik seperti kortikosteroid lain.',
          'Low-strength creams are usable; systemic use as for other corticosteroids.',
          [label('Hydrocortisone tablets (Cortef)', 'Precautions: Pregnancy')],
        ),
        lactation: STEROID_LACTATION('Hydrocortisone', 'Hydrocortisone tablets (Cortef)'),
        sources: [label('Hydrocortisone tablets (Cortef)', 'Contraindications')],
      },
    ),
    drug(
      'betamethasone',
      [
        'Betamethasone',
        'Betametason',
        'betamethasone valerate',
        'betametason valerat',
        'betamethasone dipropionate',
      ],
      {
        classes: SYSTEMIC_EXCEPT_LOCAL,
        pregnancy: P(
          'caution',
          'Injeksi dipakai untuk pematangan paru janin; krim poten pada area luas dan lama dikaitkan dengan berat lahir rendah.',
          'The injection is used for fetal lung maturation; prolonged potent creams over large areas are linked with low birth weight.',
          [
            label(
              'Betamethasone sodium phosphate and acetate injection (Celestone Soluspan)',
              'Precautions: Pregnancy',
            ),
          ],
        ),
        lactation: L(
          'compatible',
          'Krim dapat digunakan (jangan pada puting); sistemik seperti kortikosteroid lain.',
          'Creams are compatible (not on the nipple); systemic use as for other corticosteroids.',
          [
            lactmed('Betamethasone'),
            label(
              'Betamethasone sodium phosphate and acetate injection (Celestone Soluspan)',
              'Precautions: Nursing Mothers',
            ),
          ],
        ),
        sources: [
          label(
            'Betamethasone sodium phosphate and acetate injection (Celestone Soluspan)',
            'Contraindications',
          ),
        ],
      },
    ),
    drug(
      'triamcinolone',
      ['Triamcinolone acetonide', 'Triamsinolon asetonid', 'triamcinolone', 'triamsinolon'],
      {
        classes: SYSTEMIC_EXCEPT_LOCAL,
        pregnancy: STEROID_PREGNANCY('Triamcinolone acetonide injectable suspension (Kenalog-40)'),
        lactation: STEROID_LACTATION(
          'Triamcinolone',
          'Triamcinolone acetonide injectable suspension (Kenalog-40)',
        ),
        sources: [label('Triamcinolone acetonide injectable suspension (Kenalog-40)', 'Contraindications')],
      },
    ),
  ],
});
