import { defineSource } from '../../src/drugs/schema/records';
import { DRUG_ALLERGY_2022, label, paper, REVIEWED, t } from '../authoring';

const PICHICHERO_2005 = paper(
  'Pichichero ME. A review of evidence supporting the American Academy of Pediatrics recommendation for prescribing cephalosporin antibiotics for penicillin-allergic patients',
  'Pediatrics 2005;115(4):1048-1057',
  2005,
);

/** Beta-lactam allergy groups and the cross-sensitivity between them (side-chain based, 2022 practice parameter). */
export default defineSource({
  classes: [
    {
      id: 'alg.penicillin',
      kind: 'allergy-group',
      labels: t('Penisilin', 'Penicillins'),
      description: t(
        'Alergi terhadap satu penisilin berlaku untuk semua penisilin.',
        'An allergy to one penicillin applies to all penicillins.',
      ),
      atcAnchors: ['J01C', 'J01CA', 'J01CE', 'J01CF', 'J01CR'],
      sources: [label('Amoxicillin', 'Contraindications'), DRUG_ALLERGY_2022],
      reviewed: REVIEWED,
    },
    {
      id: 'alg.aminopenicillin',
      kind: 'allergy-group',
      labels: t('Aminopenisilin (amoksisilin, ampisilin)', 'Aminopenicillins (amoxicillin, ampicillin)'),
      sources: [DRUG_ALLERGY_2022],
      reviewed: REVIEWED,
    },
    {
      id: 'alg.cephalosporin',
      kind: 'allergy-group',
      labels: t('Sefalosporin', 'Cephalosporins'),
      atcAnchors: ['J01DB', 'J01DC', 'J01DD', 'J01DE'],
      sources: [label('Cephalexin', 'Contraindications'), DRUG_ALLERGY_2022],
      reviewed: REVIEWED,
    },
    {
      id: 'alg.r1-aminobenzyl',
      kind: 'allergy-group',
      labels: t(
        'Sefalosporin dengan rantai samping R1 seperti ampisilin',
        'Cephalosporins with an ampicillin-like R1 side chain',
      ),
      sources: [DRUG_ALLERGY_2022, PICHICHERO_2005],
      reviewed: REVIEWED,
    },
    {
      id: 'alg.r1-methoxyimino',
      kind: 'allergy-group',
      labels: t(
        'Sefalosporin dengan rantai samping R1 metoksiimino',
        'Cephalosporins with a methoxyimino R1 side chain',
      ),
      sources: [DRUG_ALLERGY_2022],
      reviewed: REVIEWED,
    },
    {
      id: 'alg.carbapenem',
      kind: 'allergy-group',
      labels: t('Karbapenem', 'Carbapenems'),
      atcAnchors: ['J01DH'],
      sources: [label('Meropenem for injection (Merrem)', 'Contraindications'), DRUG_ALLERGY_2022],
      reviewed: REVIEWED,
    },
    {
      id: 'cls.carbapenem',
      kind: 'pharmacologic',
      labels: t('Karbapenem', 'Carbapenems'),
      atcAnchors: ['J01DH'],
      sources: [label('Meropenem for injection (Merrem)', 'Clinical Pharmacology: Mechanism of Action')],
      reviewed: REVIEWED,
    },
    {
      id: 'cls.beta-lactamase-inhibitor',
      kind: 'pharmacologic',
      labels: t('Penghambat beta-laktamase', 'Beta-lactamase inhibitors'),
      sources: [label('Amoxicillin and clavulanate potassium (Augmentin)', 'Clinical Pharmacology')],
      reviewed: REVIEWED,
    },
  ],
  allergyRules: [
    {
      id: 'alr.aminopenicillin-r1-cephalosporin',
      from: 'alg.aminopenicillin',
      to: { class: 'alg.r1-aminobenzyl' },
      severity: 'MAJ',
      riskNote: t(
        'Sefaleksin dan sefadroksil memiliki rantai samping R1 yang sama/mirip dengan amoksisilin dan ampisilin; reaksi silang lebih mungkin. Pilih sefalosporin dengan rantai samping berbeda.',
        'Cephalexin and cefadroxil share an identical or similar R1 side chain with amoxicillin and ampicillin, so cross-reaction is more likely. Choose a cephalosporin with a dissimilar side chain.',
      ),
      sources: [DRUG_ALLERGY_2022, PICHICHERO_2005],
      reviewed: REVIEWED,
    },
    {
      id: 'alr.r1-cephalosporin-aminopenicillin',
      from: 'alg.r1-aminobenzyl',
      to: { class: 'alg.aminopenicillin' },
      severity: 'MAJ',
      riskNote: t(
        'Alergi terhadap sefaleksin atau sefadroksil dapat bereaksi silang dengan amoksisilin/ampisilin melalui rantai samping R1 yang sama.',
        'An allergy to cephalexin or cefadroxil can cross-react with amoxicillin or ampicillin through the shared R1 side chain.',
      ),
      sources: [DRUG_ALLERGY_2022],
      reviewed: REVIEWED,
    },
    {
      id: 'alr.penicillin-cephalosporin',
      from: 'alg.penicillin',
      to: { class: 'alg.cephalosporin' },
      severity: 'MIN',
      riskNote: t(
        'Reaksi silang penisilin–sefalosporin dengan rantai samping berbeda jarang (<2%); pada riwayat reaksi non-anafilaksis, sefalosporin tersebut umumnya dapat diberikan. Riwayat anafilaksis menaikkan tingkat peringatan.',
        'Cross-reaction between penicillins and cephalosporins with dissimilar side chains is uncommon (<2%); after a non-anaphylactic reaction such cephalosporins can usually be given. A history of anaphylaxis raises the alert level.',
      ),
      sources: [DRUG_ALLERGY_2022, PICHICHERO_2005],
      reviewed: REVIEWED,
    },
    {
      id: 'alr.cephalosporin-penicillin',
      from: 'alg.cephalosporin',
      to: { class: 'alg.penicillin' },
      severity: 'MIN',
      riskNote: t(
        'Pada alergi sefalosporin, reaksi silang dengan penisilin berantai samping berbeda jarang terjadi.',
        'After a cephalosporin allergy, cross-reaction with penicillins of dissimilar side chains is uncommon.',
      ),
      sources: [DRUG_ALLERGY_2022],
      reviewed: REVIEWED,
    },
    {
      id: 'alr.penicillin-carbapenem',
      from: 'alg.penicillin',
      to: { class: 'alg.carbapenem' },
      severity: 'MIN',
      riskNote: t(
        'Reaksi silang penisilin–karbapenem sangat jarang (<1%); pada riwayat alergi penisilin, karbapenem dapat diberikan tanpa uji kulit. Riwayat anafilaksis menaikkan tingkat peringatan.',
        'Penicillin–carbapenem cross-reaction is very rare (<1%); after a penicillin allergy, carbapenems can be given without prior testing. A history of anaphylaxis raises the alert level.',
      ),
      sources: [DRUG_ALLERGY_2022],
      reviewed: REVIEWED,
    },
    {
      id: 'alr.cephalosporin-carbapenem',
      from: 'alg.cephalosporin',
      to: { class: 'alg.carbapenem' },
      severity: 'MIN',
      riskNote: t(
        'Reaksi silang sefalosporin–karbapenem jarang; karbapenem umumnya dapat diberikan setelah alergi sefalosporin yang bukan reaksi kulit berat.',
        'Cephalosporin–carbapenem cross-reaction is rare; carbapenems can usually be given after a cephalosporin allergy that was not a severe skin reaction.',
      ),
      sources: [DRUG_ALLERGY_2022],
      reviewed: REVIEWED,
    },
  ],
});
