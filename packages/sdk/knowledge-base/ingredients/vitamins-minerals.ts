import { defineSource } from '../../src/drugs/schema/records';
import { drug, guideline, L, label, lactmed, P } from '../authoring';

const WHO_ANC_2016 = guideline(
  'WHO recommendations on antenatal care for a positive pregnancy experience',
  'World Health Organization',
  2016,
);
const ZINC_DIARRHOEA = guideline(
  'WHO/UNICEF joint statement: clinical management of acute diarrhoea',
  'World Health Organization and UNICEF',
  2004,
);
const VITAMIN_PREG = (product: string) =>
  P(
    'compatible',
    'Dosis kebutuhan harian dapat digunakan pada kehamilan.',
    'Doses at daily requirement levels are usable in pregnancy.',
    [label(product, 'Precautions: Pregnancy')],
  );
const VITAMIN_LACT = (name: string, product: string) =>
  L(
    'compatible',
    'Dosis kebutuhan harian dapat digunakan saat menyusui.',
    'Doses at daily requirement levels are compatible with breastfeeding.',
    [lactmed(name), label(product, 'Precautions: Nursing Mothers')],
  );

/** Vitamins and minerals prescribed or taken alongside primary-care drugs. */
export default defineSource({
  ingredients: [
    drug('pyridoxine', ['Pyridoxine hydrochloride', 'Piridoksin', 'pyridoxine', 'vitamin B6', 'vit B6'], {
      classes: ['cls.vitamin'],
      pregnancy: P(
        'compatible',
        'Dipakai untuk mual-muntah kehamilan dan bersama isoniazid.',
        'Used for nausea and vomiting of pregnancy and with isoniazid.',
        [
          label(
            'Doxylamine succinate and pyridoxine hydrochloride (Diclegis)',
            'Use in Specific Populations: Pregnancy',
          ),
        ],
      ),
      lactation: L(
        'compatible',
        'Dosis biasa dapat digunakan; dosis sangat tinggi dapat menekan laktasi.',
        'Usual doses are compatible; very high doses may suppress lactation.',
        [
          lactmed('Pyridoxine'),
          label(
            'Doxylamine succinate and pyridoxine hydrochloride (Diclegis)',
            'Use in Specific Populations: Lactation',
          ),
        ],
      ),
      sources: [label('Pyridoxine hydrochloride injection', 'Indications and Usage')],
    }),
    drug('thiamine', ['Thiamine hydrochloride', 'Tiamin', 'thiamine', 'vitamin B1', 'vit B1', 'aneurine'], {
      classes: ['cls.vitamin'],
      pregnancy: VITAMIN_PREG('Thiamine hydrochloride injection'),
      lactation: VITAMIN_LACT('Thiamine', 'Thiamine hydrochloride injection'),
      sources: [label('Thiamine hydrochloride injection', 'Indications and Usage')],
    }),
    drug(
      'cyanocobalamin',
      [
        'Cyanocobalamin',
        'Sianokobalamin',
        'vitamin B12',
        'vit B12',
        'cobalamin',
        'mecobalamin',
        'mekobalamin',
      ],
      {
        classes: ['cls.vitamin'],
        pregnancy: VITAMIN_PREG('Cyanocobalamin injection'),
        lactation: VITAMIN_LACT('Cyanocobalamin', 'Cyanocobalamin injection'),
        sources: [label('Cyanocobalamin injection', 'Indications and Usage')],
      },
    ),
    drug('ascorbic-acid', ['Ascorbic acid', 'Asam askorbat', 'vitamin C', 'vit C'], {
      classes: ['cls.vitamin'],
      pregnancy: P(
        'compatible',
        'Dosis kebutuhan harian dapat digunakan.',
        'Doses at daily requirement levels are usable.',
        [label('Ascorbic acid injection (Ascor)', 'Use in Specific Populations: Pregnancy')],
      ),
      lactation: L('compatible', 'Dapat digunakan.', 'Compatible.', [
        lactmed('Ascorbic Acid'),
        label('Ascorbic acid injection (Ascor)', 'Use in Specific Populations: Lactation'),
      ]),
      sources: [label('Ascorbic acid injection (Ascor)', 'Indications and Usage')],
    }),
    drug('retinol', ['Retinol', 'Retinol', 'vitamin A', 'vit A', 'retinyl palmitate'], {
      classes: ['cls.vitamin'],
      pregnancy: P(
        'caution',
        'Dosis tinggi (>10.000 IU/hari) bersifat teratogenik; suplementasi rutin vitamin A tidak dianjurkan pada kehamilan kecuali di daerah defisiensi berat.',
        'High doses (>10,000 IU/day) are teratogenic; routine vitamin A supplementation is not recommended in pregnancy except where deficiency is severe.',
        [WHO_ANC_2016, label('Vitamin A palmitate injection (Aquasol A)', 'Precautions: Pregnancy')],
      ),
      lactation: L(
        'compatible',
        'Dosis kebutuhan harian dapat digunakan.',
        'Doses at daily requirement levels are compatible.',
        [
          lactmed('Vitamin A'),
          label('Vitamin A palmitate injection (Aquasol A)', 'Precautions: Nursing Mothers'),
        ],
      ),
      sources: [label('Vitamin A palmitate injection (Aquasol A)', 'Warnings')],
    }),
    drug(
      'cholecalciferol',
      [
        'Colecalciferol',
        'Kolekalsiferol',
        'en:Cholecalciferol',
        'cholecalciferol',
        'vitamin D3',
        'vit D3',
        'vitamin D',
      ],
      {
        classes: ['cls.vitamin'],
        pregnancy: P(
          'compatible',
          'Dosis kebutuhan harian dapat digunakan.',
          'Doses at daily requirement levels are usable.',
          [WHO_ANC_2016],
        ),
        lactation: L('compatible', 'Dosis biasa dapat digunakan.', 'Usual doses are compatible.', [
          WHO_ANC_2016,
          lactmed('Vitamin D'),
        ]),
        sources: [WHO_ANC_2016],
      },
    ),
    drug('zinc', ['Zinc sulfate', 'Seng sulfat', 'zinc', 'zink', 'zinc gluconate', 'zinc acetate'], {
      classes: ['cls.mineral-supplement'],
      pregnancy: P(
        'compatible',
        'Dosis kebutuhan harian dapat digunakan.',
        'Doses at daily requirement levels are usable.',
        [WHO_ANC_2016],
      ),
      lactation: L('compatible', 'Dapat digunakan.', 'Compatible.', [WHO_ANC_2016, lactmed('Zinc')]),
      sources: [ZINC_DIARRHOEA],
    }),
    drug('potassium-chloride', ['Potassium chloride', 'Kalium klorida', 'KCl'], {
      classes: ['cls.potassium-supplement'],
      pregnancy: P(
        'compatible',
        'Kalium adalah elektrolit normal; dapat digunakan untuk hipokalemia.',
        'Potassium is a normal electrolyte; usable for hypokalaemia.',
        [label('Potassium chloride extended-release', 'Use in Specific Populations: Pregnancy')],
      ),
      lactation: L('compatible', 'Dapat digunakan.', 'Compatible.', [
        lactmed('Potassium Chloride'),
        label('Potassium chloride extended-release', 'Use in Specific Populations: Lactation'),
      ]),
      sources: [label('Potassium chloride extended-release', 'Contraindications')],
    }),
  ],
});
