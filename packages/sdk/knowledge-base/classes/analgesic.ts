import { defineSource } from '../../src/drugs/schema/records';
import { ema, label, REVIEWED, t } from '../authoring';

export default defineSource({
  classes: [
    {
      id: 'cls.analgesic-antipyretic',
      kind: 'pharmacologic',
      labels: t('Analgesik-antipiretik non-OAINS', 'Non-NSAID analgesic-antipyretics'),
      atcAnchors: ['N02B'],
      sources: [label('Acetaminophen injection', 'Clinical Pharmacology: Mechanism of Action')],
      reviewed: REVIEWED,
    },
    {
      id: 'cls.salicylate',
      kind: 'chemical',
      labels: t('Salisilat', 'Salicylates'),
      atcAnchors: ['N02BA'],
      sources: [label('Aspirin (Durlaza)', 'Description')],
      reviewed: REVIEWED,
    },
    {
      id: 'cls.pyrazolone',
      kind: 'chemical',
      labels: t('Pirazolon', 'Pyrazolones'),
      atcAnchors: ['N02BB'],
      sources: [
        ema('PRAC recommends measures to minimise the risk of agranulocytosis with metamizole', 2024),
      ],
      reviewed: REVIEWED,
    },
    {
      id: 'cls.coxib',
      kind: 'pharmacologic',
      labels: t('Penghambat selektif COX-2', 'Selective COX-2 inhibitors'),
      atcAnchors: ['M01AH'],
      sources: [label('Celecoxib', 'Clinical Pharmacology: Mechanism of Action')],
      reviewed: REVIEWED,
    },
    {
      id: 'cls.antitussive',
      kind: 'pharmacologic',
      labels: t('Antitusif', 'Cough suppressants'),
      atcAnchors: ['R05DA'],
      sources: [label('Codeine sulfate', 'Clinical Pharmacology: Mechanism of Action')],
      reviewed: REVIEWED,
    },
    {
      id: 'cls.xanthine-oxidase-inhibitor',
      kind: 'pharmacologic',
      labels: t('Penghambat xantin oksidase', 'Xanthine oxidase inhibitors'),
      atcAnchors: ['M04AA'],
      sources: [label('Allopurinol (Zyloprim)', 'Clinical Pharmacology')],
      reviewed: REVIEWED,
    },
  ],
});
