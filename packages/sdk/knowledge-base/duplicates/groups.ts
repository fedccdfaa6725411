import { defineSource } from '../../src/drugs/schema/records';
import { drugFacts, fda, klass, label } from '../authoring';

/**
 * Duplicate-therapy groups: two members on different lines are flagged once, unless the combination is an
 * intended one. Same-ingredient duplicates and cumulative daily dose need no group (the engine always checks).
 */
export default defineSource({
  classes: [
    klass(
      'dup.nsaid',
      'duplication-group',
      'OAINS sistemik',
      'Systemic NSAIDs',
      [
        label('Ibuprofen', 'Drug Interactions (NSAIDs and salicylates)'),
        label('Naproxen', 'Drug Interactions (NSAIDs and salicylates)'),
      ],
      {
        description: [
          'Dua OAINS sistemik bersamaan tidak menambah manfaat tetapi menambah risiko perdarahan saluran cerna dan gangguan ginjal.',
          'Two systemic NSAIDs together add no benefit but add GI bleeding and kidney risk.',
        ],
        members: [
          { ingredient: 'ibuprofen', route: ['systemic'] },
          { ingredient: 'diclofenac', route: ['systemic'] },
          'mefenamic-acid',
          { ingredient: 'ketoprofen', route: ['systemic'] },
          { ingredient: 'ketorolac', route: ['systemic'] },
          'meloxicam',
          { ingredient: 'piroxicam', route: ['systemic'] },
          'naproxen',
          'celecoxib',
          { ingredient: 'aspirin', minDailyDoseMg: 300 },
        ],
      },
    ),
    klass(
      'dup.ace-inhibitor',
      'duplication-group',
      'Penghambat ACE',
      'ACE inhibitors',
      [label('Lisinopril', 'Warnings and Precautions: Dual Blockade of the Renin-Angiotensin System')],
      {
        members: ['captopril', 'enalapril', 'lisinopril', 'ramipril', 'perindopril'],
      },
    ),
    klass(
      'dup.arb',
      'duplication-group',
      'Penyekat reseptor angiotensin',
      'Angiotensin receptor blockers',
      [
        label(
          'Valsartan (Diovan)',
          'Warnings and Precautions: Dual Blockade of the Renin-Angiotensin System',
        ),
      ],
      {
        members: ['candesartan', 'losartan', 'valsartan', 'irbesartan', 'telmisartan'],
      },
    ),
    klass(
      'dup.sedating-antihistamine',
      'duplication-group',
      'Antihistamin sedatif',
      'Sedating antihistamines',
      [
        drugFacts(
          'Chlorpheniramine maleate',
          'When using this product (drowsiness; sedatives and tranquilizers)',
        ),
        drugFacts('Diphenhydramine', 'Do not use with any other product containing diphenhydramine'),
      ],
      {
        description: [
          'CTM dan antihistamin sedatif lain sering ada di beberapa produk flu sekaligus; efek kantuk dan antikolinergik bertambah.',
          'CTM and other sedating antihistamines often come in several cold products at once; drowsiness and anticholinergic effects add up.',
        ],
        members: [
          'chlorphenamine',
          'dexchlorpheniramine',
          'diphenhydramine',
          'promethazine',
          'cyproheptadine',
          'doxylamine',
          'triprolidine',
          'dimenhydrinate',
        ],
      },
    ),
    klass(
      'dup.oral-decongestant',
      'duplication-group',
      'Dekongestan oral',
      'Oral decongestants',
      [
        drugFacts('Pseudoephedrine hydrochloride', 'Directions'),
        drugFacts('Phenylephrine hydrochloride', 'Directions'),
      ],
      {
        description: [
          'Dua dekongestan simpatomimetik menambah risiko kenaikan tekanan darah, takikardia dan insomnia.',
          'Two sympathomimetic decongestants add to the risk of raised blood pressure, tachycardia and insomnia.',
        ],
        members: ['pseudoephedrine', { ingredient: 'phenylephrine', route: ['oral'] }, 'phenylpropanolamine'],
      },
    ),
    klass(
      'dup.benzodiazepine',
      'duplication-group',
      'Benzodiazepin',
      'Benzodiazepines',
      [fda('FDA requiring Boxed Warning updated to improve safe use of benzodiazepine drug class', 2020)],
      {
        members: ['diazepam', 'alprazolam', 'lorazepam', 'clobazam', 'clonazepam'],
      },
    ),
    klass(
      'dup.opioid',
      'duplication-group',
      'Opioid',
      'Opioids',
      [label('Tramadol', 'Warnings and Precautions: Risks from concomitant use with CNS depressants')],
      {
        members: ['tramadol', 'codeine', 'morphine', 'fentanyl', 'pethidine', 'methadone'],
      },
    ),
    klass(
      'dup.sulfonylurea',
      'duplication-group',
      'Sulfonilurea',
      'Sulfonylureas',
      [label('Glimepiride (Amaryl)', 'Warnings and Precautions: Hypoglycemia')],
      {
        members: ['glimepiride', 'glibenclamide', 'gliclazide', 'glipizide'],
      },
    ),
    klass(
      'dup.ssri',
      'duplication-group',
      'SSRI',
      'SSRIs',
      [label('Sertraline (Zoloft)', 'Warnings and Precautions: Serotonin Syndrome')],
      {
        members: ['fluoxetine', 'sertraline', 'paroxetine', 'citalopram', 'escitalopram'],
      },
    ),
    klass(
      'dup.acid-suppression',
      'duplication-group',
      'Penekan asam lambung (PPI, antagonis H2)',
      'Acid suppressants (PPIs, H2 antagonists)',
      [label('Omeprazole (Prilosec)', 'Warnings and Precautions (long-term acid suppression)')],
      {
        description: [
          'PPI ditambah PPI lain atau antagonis H2 jarang menambah manfaat dan menambah efek penekanan asam jangka panjang.',
          'A PPI with another PPI or an H2 antagonist rarely adds benefit and adds the effects of long-term acid suppression.',
        ],
        members: [
          'omeprazole',
          'lansoprazole',
          'pantoprazole',
          'esomeprazole',
          'rabeprazole',
          'ranitidine',
          'famotidine',
          'cimetidine',
        ],
      },
    ),
    klass(
      'dup.systemic-corticosteroid',
      'duplication-group',
      'Kortikosteroid sistemik',
      'Systemic corticosteroids',
      [label('Prednisone', 'Warnings')],
      {
        members: [
          { ingredient: 'dexamethasone', route: ['systemic'] },
          { ingredient: 'prednisone', route: ['systemic'] },
          { ingredient: 'prednisolone', route: ['systemic'] },
          { ingredient: 'methylprednisolone', route: ['systemic'] },
          { ingredient: 'hydrocortisone', route: ['systemic'] },
          { ingredient: 'betamethasone', route: ['systemic'] },
          { ingredient: 'triamcinolone', route: ['systemic'] },
        ],
      },
    ),
    klass(
      'dup.antipsychotic',
      'duplication-group',
      'Antipsikotik',
      'Antipsychotics',
      [label('Haloperidol', 'Warnings')],
      {
        members: ['haloperidol', 'chlorpromazine', 'risperidone', 'olanzapine', 'quetiapine'],
      },
    ),
    klass(
      'dup.mucolytic',
      'duplication-group',
      'Mukolitik',
      'Mucolytics',
      [
        {
          kind: 'label',
          title: 'Bromhexine hydrochloride (Bisolvon): Summary of Product Characteristics (EU)',
          section: '5.2 Pharmacokinetic properties (ambroxol is a metabolite)',
        },
      ],
      {
        description: [
          'Ambroksol adalah metabolit bromheksin; keduanya bersamaan berarti dosis ganda.',
          'Ambroxol is a metabolite of bromhexine; both together amount to a double dose.',
        ],
        members: ['ambroxol', 'bromhexine'],
      },
    ),
    klass(
      'dup.statin',
      'duplication-group',
      'Statin',
      'Statins',
      [label('Simvastatin (Zocor)', 'Warnings and Precautions: Myopathy/Rhabdomyolysis')],
      {
        members: ['simvastatin', 'atorvastatin', 'rosuvastatin', 'pravastatin'],
      },
    ),
    klass(
      'dup.beta-blocker',
      'duplication-group',
      'Penyekat beta',
      'Beta-blockers',
      [label('Propranolol (Inderal LA)', 'Warnings')],
      {
        members: ['bisoprolol', 'propranolol', 'atenolol', 'carvedilol', 'metoprolol', 'labetalol'],
      },
    ),
  ],
});
