import { defineSource } from '../../src/drugs/schema/records';
import { FDA_DDI_TABLE, klass, label } from '../authoring';

/**
 * Pharmacokinetic mechanism classes. Membership follows the FDA's table of clinical index inhibitors and
 * inducers (strong: >= 5-fold AUC change of a sensitive substrate; moderate: 2- to 5-fold).
 */
export default defineSource({
  classes: [
    klass(
      'cls.cyp3a4-strong-inhibitor',
      'mechanism',
      'Penghambat kuat CYP3A4',
      'Strong CYP3A4 inhibitors',
      [FDA_DDI_TABLE],
      {
        members: ['clarithromycin', 'ketoconazole', 'itraconazole', 'ritonavir'],
      },
    ),
    klass(
      'cls.cyp3a4-moderate-inhibitor',
      'mechanism',
      'Penghambat sedang CYP3A4',
      'Moderate CYP3A4 inhibitors',
      [FDA_DDI_TABLE],
      {
        members: ['erythromycin', 'fluconazole', 'diltiazem', 'verapamil', 'ciprofloxacin'],
      },
    ),
    klass(
      'cls.cyp3a4-strong-inducer',
      'mechanism',
      'Penginduksi kuat CYP3A4',
      'Strong CYP3A4 inducers',
      [FDA_DDI_TABLE],
      {
        members: ['rifampicin', 'carbamazepine', 'phenytoin'],
      },
    ),
    klass(
      'cls.cyp3a4-moderate-inducer',
      'mechanism',
      'Penginduksi sedang CYP3A4',
      'Moderate CYP3A4 inducers',
      [FDA_DDI_TABLE],
      {
        members: ['efavirenz', 'phenobarbital'],
      },
    ),
    klass(
      'cls.cyp1a2-strong-inhibitor',
      'mechanism',
      'Penghambat kuat CYP1A2',
      'Strong CYP1A2 inhibitors',
      [FDA_DDI_TABLE],
      {
        members: ['ciprofloxacin'],
      },
    ),
    klass(
      'cls.cyp2d6-strong-inhibitor',
      'mechanism',
      'Penghambat kuat CYP2D6',
      'Strong CYP2D6 inhibitors',
      [FDA_DDI_TABLE],
      {
        members: ['fluoxetine', 'paroxetine'],
      },
    ),
    klass(
      'cls.cyp2c9-moderate-inhibitor',
      'mechanism',
      'Penghambat sedang CYP2C9',
      'Moderate CYP2C9 inhibitors',
      [FDA_DDI_TABLE],
      {
        members: ['fluconazole', 'amiodarone'],
      },
    ),
    klass(
      'cls.pgp-inhibitor',
      'mechanism',
      'Penghambat P-glikoprotein',
      'P-glycoprotein inhibitors',
      [FDA_DDI_TABLE],
      {
        members: [
          'amiodarone',
          'clarithromycin',
          'itraconazole',
          'ketoconazole',
          'verapamil',
          'ritonavir',
          'carvedilol',
        ],
      },
    ),
    klass(
      'cls.cyp3a4-sensitive-statin',
      'mechanism',
      'Statin yang sangat bergantung pada CYP3A4',
      'Statins highly dependent on CYP3A4',
      [FDA_DDI_TABLE, label('Simvastatin (Zocor)', 'Drug Interactions')],
      {
        members: ['simvastatin', 'atorvastatin'],
      },
    ),
  ],
});
