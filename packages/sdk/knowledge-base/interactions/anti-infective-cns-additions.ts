import { defineSource } from '../../src/drugs/schema/records';
import { ddi, fda, label, ONC_HIGH_PRIORITY, paper, WHO_HIV_2021, WHO_MEC_2015 } from '../authoring';

/**
 * Anti-infective (TB, HIV, malaria programme drugs included), methadone-programme and CNS interactions added in
 * the clinical-pharmacology review of November 2026.
 */

const REYATAZ_DI = label('Atazanavir (Reyataz)', 'Drug Interactions');
const LINEZOLID_2011 = fda(
  'Serious CNS reactions possible when linezolid (Zyvox) is given to patients taking certain psychiatric medications',
  2011,
);
const DOLOPHINE_DI = label('Methadone hydrochloride tablets (Dolophine)', 'Drug Interactions');
const CONTRACEPTIVE_FAILURE: [string, string] = [
  'Kegagalan kontrasepsi dan kehamilan tidak direncanakan.',
  'Contraceptive failure and unplanned pregnancy.',
];
const METHADONE_WITHDRAWAL: [string, string] = [
  'Kadar metadon turun: gejala putus opioid dan risiko kembali memakai; overdosis bila penginduksi dihentikan tanpa menurunkan dosis.',
  'Methadone levels fall: opioid withdrawal and relapse risk; overdose if the inducer is stopped without lowering the dose.',
];
const METHADONE_MANAGE: [string, string] = [
  'Pantau gejala putus obat dan naikkan dosis metadon bertahap; turunkan lagi setelah penginduksi dihentikan. Koordinasikan dengan layanan PTRM.',
  'Watch for withdrawal and raise the methadone dose step by step; lower it again after the inducer stops. Coordinate with the methadone programme.',
];

export default defineSource({
  interactions: [
    ddi('quinine-rifampicin', 'quinine', 'rifampicin', {
      severity: 'MAJ',
      doc: 'established',
      onset: 'delayed',
      mech: [
        'PK-induction',
        'Rifampisin menginduksi CYP3A4 sehingga kadar kina turun tajam.',
        'Rifampicin induces CYP3A4, so quinine levels fall sharply.',
      ],
      effect: ['Kegagalan terapi malaria.', 'Malaria treatment failure.'],
      manage: [
        'Hindari kombinasi; pilih antimalaria lain sesuai pedoman.',
        'Avoid the combination; choose another antimalarial per guidelines.',
      ],
      actions: [{ kind: 'avoid' }],
      sources: [label('Quinine sulfate (Qualaquin)', 'Drug Interactions')],
    }),
    ddi('rifapentine-contraceptive', 'rifapentine', 'cls.contraceptive-enzyme-sensitive', {
      severity: 'MAJ',
      doc: 'established',
      onset: 'delayed',
      mech: [
        'PK-induction',
        'Rifapentin menginduksi metabolisme estrogen dan progestin.',
        'Rifapentine induces oestrogen and progestin metabolism.',
      ],
      effect: CONTRACEPTIVE_FAILURE,
      manage: [
        'Selama terapi pencegahan TB (3HP) gunakan metode non-hormonal atau suntik DMPA sebagai tambahan/pengganti.',
        'During TB preventive therapy (3HP) add or switch to a non-hormonal method or DMPA injection.',
      ],
      actions: [{ kind: 'use-alternative' }],
      sources: [label('Rifapentine (Priftin)', 'Drug Interactions')],
    }),
    ddi('bedaquiline-strong-cyp3a4-inhibitor', 'bedaquiline', 'cls.cyp3a4-strong-inhibitor', {
      severity: 'MOD',
      doc: 'established',
      mech: [
        'PK-inhibition',
        'Penghambat kuat CYP3A4 menaikkan kadar bedakuilin.',
        'Strong CYP3A4 inhibitors raise bedaquiline exposure.',
      ],
      effect: [
        'Efek samping bedakuilin bertambah, termasuk pemanjangan QT.',
        'More bedaquiline adverse effects, QT prolongation included.',
      ],
      manage: [
        'Hindari penggunaan bersama lebih dari 14 hari berturut-turut kecuali manfaat lebih besar; pantau EKG.',
        'Avoid use together for more than 14 consecutive days unless the benefit outweighs the risk; monitor the ECG.',
      ],
      actions: [{ kind: 'limit-duration' }, { kind: 'monitor', parameter: 'ECG-QTc' }],
      sources: [label('Bedaquiline (Sirturo)', 'Drug Interactions')],
    }),
    ddi('ritonavir-amiodarone', 'ritonavir', 'amiodarone', {
      severity: 'MAJ',
      doc: 'established',
      mech: [
        'PK-inhibition',
        'Ritonavir menghambat CYP3A4 dan menaikkan kadar amiodaron.',
        'Ritonavir inhibits CYP3A4 and raises amiodarone levels.',
      ],
      effect: [
        'Aritmia serius, termasuk pemanjangan QT dan bradikardia.',
        'Serious arrhythmia, including QT prolongation and bradycardia.',
      ],
      manage: [
        'Hindari; bila tidak ada pilihan lain, hanya dengan pemantauan EKG dan kadar obat.',
        'Avoid; if there is no alternative, only with ECG and drug-level monitoring.',
      ],
      actions: [{ kind: 'avoid' }, { kind: 'monitor', parameter: 'ECG-QTc' }],
      sources: [label('Ritonavir (Norvir)', 'Drug Interactions')],
    }),
    ddi('valproate-carbapenem', 'valproic-acid', 'cls.carbapenem', {
      severity: 'MAJ',
      doc: 'established',
      onset: 'rapid',
      mech: [
        'PK-induction',
        'Karbapenem menurunkan kadar valproat secara cepat dan besar.',
        'Carbapenems lower valproate levels quickly and markedly.',
      ],
      effect: ['Kejang lepas kendali.', 'Breakthrough seizures.'],
      manage: [
        'Hindari; pilih antibiotik lain atau tambahkan antiepilepsi lain selama karbapenem.',
        'Avoid; choose another antibiotic or add another antiepileptic during the carbapenem.',
      ],
      actions: [{ kind: 'avoid' }, { kind: 'monitor', parameter: 'drug-level' }],
      sources: [
        label('Valproate (Depakote)', 'Drug Interactions'),
        label('Meropenem for injection (Merrem)', 'Drug Interactions'),
      ],
    }),
    ddi('ciprofloxacin-methotrexate', 'ciprofloxacin', 'methotrexate', {
      severity: 'MOD',
      doc: 'probable',
      mech: [
        'PK-renal',
        'Siprofloksasin menghambat transpor tubulus ginjal untuk metotreksat.',
        'Ciprofloxacin inhibits renal tubular transport of methotrexate.',
      ],
      effect: ['Toksisitas metotreksat.', 'Methotrexate toxicity.'],
      manage: [
        'Pantau tanda toksisitas dan darah lengkap; pertimbangkan antibiotik lain.',
        'Watch for toxicity and blood counts; consider another antibiotic.',
      ],
      actions: [{ kind: 'monitor', parameter: 'CBC' }],
      sources: [label('Ciprofloxacin (Cipro)', 'Drug Interactions')],
    }),
    ddi('ciprofloxacin-phenytoin', 'ciprofloxacin', 'phenytoin', {
      severity: 'MOD',
      doc: 'probable',
      mech: [
        'PK-inhibition',
        'Siprofloksasin mengubah kadar fenitoin (naik atau turun).',
        'Ciprofloxacin alters phenytoin levels (up or down).',
      ],
      effect: [
        'Kejang bila kadar turun, toksisitas bila naik.',
        'Seizures if levels fall, toxicity if they rise.',
      ],
      manage: [
        'Pantau kadar fenitoin selama dan segera setelah siprofloksasin.',
        'Monitor phenytoin levels during and shortly after ciprofloxacin.',
      ],
      actions: [{ kind: 'monitor', parameter: 'drug-level' }],
      sources: [label('Ciprofloxacin (Cipro)', 'Drug Interactions')],
    }),
    ddi('griseofulvin-contraceptive', 'griseofulvin', 'cls.contraceptive-enzyme-sensitive', {
      severity: 'MOD',
      doc: 'probable',
      mech: [
        'PK-induction',
        'Griseofulvin menginduksi enzim hati yang memetabolisme hormon kontrasepsi.',
        'Griseofulvin induces the liver enzymes that clear contraceptive hormones.',
      ],
      effect: [
        'Kontrasepsi kurang efektif dan perdarahan sela.',
        'Less effective contraception and breakthrough bleeding.',
      ],
      manage: [
        'Tambahkan metode non-hormonal selama terapi dan 1 bulan sesudahnya (griseofulvin juga berbahaya bagi janin).',
        'Add a non-hormonal method during treatment and for 1 month after (griseofulvin also harms the fetus).',
      ],
      actions: [{ kind: 'use-alternative' }],
      sources: [label('Griseofulvin (Gris-PEG)', 'Precautions: Drug Interactions')],
    }),
    ddi('methadone-strong-inducer', 'methadone', 'cls.cyp3a4-strong-inducer', {
      severity: 'MAJ',
      doc: 'established',
      onset: 'delayed',
      mech: [
        'PK-induction',
        'Induksi CYP3A4 (dan CYP2B6) mempercepat pembersihan metadon.',
        'CYP3A4 (and CYP2B6) induction speeds methadone clearance.',
      ],
      effect: METHADONE_WITHDRAWAL,
      manage: METHADONE_MANAGE,
      actions: [{ kind: 'monitor' }],
      sources: [DOLOPHINE_DI],
    }),
    ddi('methadone-moderate-inducer', 'methadone', 'cls.cyp3a4-moderate-inducer', {
      severity: 'MAJ',
      doc: 'established',
      onset: 'delayed',
      mech: [
        'PK-induction',
        'Efavirenz dan fenobarbital menginduksi metabolisme metadon.',
        'Efavirenz and phenobarbital induce methadone metabolism.',
      ],
      effect: METHADONE_WITHDRAWAL,
      manage: METHADONE_MANAGE,
      actions: [{ kind: 'monitor' }],
      sources: [DOLOPHINE_DI, label('Efavirenz (Sustiva)', 'Drug Interactions'), WHO_HIV_2021],
    }),
    ddi('methadone-nevirapine', 'methadone', 'nevirapine', {
      severity: 'MAJ',
      doc: 'established',
      onset: 'delayed',
      mech: [
        'PK-induction',
        'Nevirapin menginduksi CYP3A4 dan menurunkan kadar metadon.',
        'Nevirapine induces CYP3A4 and lowers methadone levels.',
      ],
      effect: METHADONE_WITHDRAWAL,
      manage: METHADONE_MANAGE,
      actions: [{ kind: 'monitor' }],
      sources: [label('Nevirapine (Viramune)', 'Drug Interactions'), WHO_HIV_2021],
    }),
    ddi('theophylline-phenobarbital', 'cls.xanthine', 'phenobarbital', {
      severity: 'MOD',
      doc: 'established',
      onset: 'delayed',
      mech: [
        'PK-induction',
        'Fenobarbital menginduksi CYP1A2 dan menurunkan kadar teofilin.',
        'Phenobarbital induces CYP1A2 and lowers theophylline levels.',
      ],
      effect: ['Kontrol asma/PPOK memburuk.', 'Worse asthma or COPD control.'],
      manage: [
        'Pantau kadar teofilin dan sesuaikan dosis, juga setelah fenobarbital dihentikan.',
        'Monitor theophylline levels and adjust, also after phenobarbital stops.',
      ],
      actions: [{ kind: 'monitor', parameter: 'drug-level' }],
      sources: [label('Theophylline extended-release', 'Drug Interactions')],
    }),
    ddi('alprazolam-strong-cyp3a4-inhibitor', 'alprazolam', 'cls.cyp3a4-strong-inhibitor', {
      severity: 'MAJ',
      doc: 'established',
      mech: [
        'PK-inhibition',
        'Penghambat kuat CYP3A4 sangat menaikkan kadar alprazolam.',
        'Strong CYP3A4 inhibitors markedly raise alprazolam levels.',
      ],
      effect: [
        'Sedasi berat dan depresi napas berkepanjangan.',
        'Profound and prolonged sedation and respiratory depression.',
      ],
      manage: [
        'Hindari; pilih lorazepam yang tidak bergantung pada CYP3A4. Dengan ritonavir, kurangi dosis alprazolam pada awal terapi.',
        'Avoid; use lorazepam, which does not depend on CYP3A4. With ritonavir, reduce the alprazolam dose early on.',
      ],
      actions: [{ kind: 'use-alternative', alternatives: ['lorazepam'] }],
      sources: [label('Alprazolam (Xanax)', 'Drug Interactions')],
    }),
    ddi('oxcarbazepine-contraceptive', 'oxcarbazepine', 'cls.contraceptive-enzyme-sensitive', {
      severity: 'MAJ',
      doc: 'established',
      onset: 'delayed',
      mech: [
        'PK-induction',
        'Okskarbazepin menurunkan kadar etinilestradiol dan levonorgestrel.',
        'Oxcarbazepine lowers ethinylestradiol and levonorgestrel levels.',
      ],
      effect: CONTRACEPTIVE_FAILURE,
      manage: [
        'Gunakan metode yang tidak terpengaruh (AKDR tembaga atau LNG, suntik DMPA).',
        'Use a method that is not affected (copper or LNG IUD, DMPA injection).',
      ],
      actions: [{ kind: 'use-alternative' }],
      sources: [
        label('Oxcarbazepine (Trileptal)', 'Drug Interactions: Hormonal Contraceptives'),
        WHO_MEC_2015,
      ],
    }),
    ddi('risperidone-strong-inducer', 'risperidone', 'cls.cyp3a4-strong-inducer', {
      severity: 'MOD',
      doc: 'established',
      onset: 'delayed',
      mech: [
        'PK-induction',
        'Penginduksi kuat CYP3A4 menurunkan kadar risperidon dan metabolit aktifnya.',
        'Strong CYP3A4 inducers lower risperidone and its active metabolite.',
      ],
      effect: ['Kontrol psikosis memburuk.', 'Worse control of psychosis.'],
      manage: [
        'Naikkan dosis risperidon sesuai respons; turunkan kembali setelah penginduksi dihentikan.',
        'Raise the risperidone dose by response; lower it again after the inducer stops.',
      ],
      actions: [{ kind: 'monitor' }],
      sources: [label('Risperidone (Risperdal)', 'Drug Interactions')],
    }),
    ddi('corticosteroid-enzyme-inducer', 'cls.corticosteroid-systemic', 'cls.antiepileptic-enzyme-inducer', {
      severity: 'MOD',
      doc: 'established',
      onset: 'delayed',
      mech: [
        'PK-induction',
        'Fenitoin, fenobarbital dan karbamazepin mempercepat pembersihan kortikosteroid.',
        'Phenytoin, phenobarbital and carbamazepine speed corticosteroid clearance.',
      ],
      effect: ['Efek kortikosteroid berkurang.', 'Less corticosteroid effect.'],
      manage: [
        'Pertimbangkan menaikkan dosis kortikosteroid dan nilai respons klinis.',
        'Consider a higher corticosteroid dose and assess the clinical response.',
      ],
      actions: [{ kind: 'monitor' }],
      sources: [
        label('Dexamethasone tablets', 'Precautions: Drug Interactions'),
        label('Prednisolone oral solution', 'Precautions: Drug Interactions'),
      ],
    }),
    ddi('linezolid-serotonergic', 'cls.maoi', 'cls.serotonergic', {
      severity: 'MAJ',
      doc: 'established',
      onset: 'rapid',
      mech: [
        'PD-additive',
        'Linezolid menghambat MAO sehingga serotonin menumpuk bersama obat serotonergik.',
        'Linezolid inhibits MAO, so serotonin accumulates with serotonergic drugs.',
      ],
      effect: [
        'Sindrom serotonin (agitasi, hipertermia, klonus, takikardia).',
        'Serotonin syndrome (agitation, hyperthermia, clonus, tachycardia).',
      ],
      manage: [
        'Jangan berikan bersama kecuali mendesak; bila linezolid diperlukan, hentikan obat serotonergik (fluoksetin perlu 5 minggu) dan pantau ketat.',
        'Do not combine unless urgent; if linezolid is needed, stop the serotonergic drug (fluoxetine needs 5 weeks) and monitor closely.',
      ],
      actions: [{ kind: 'avoid' }],
      sources: [
        LINEZOLID_2011,
        label('Linezolid (Zyvox)', 'Warnings and Precautions: Serotonin Syndrome'),
        ONC_HIGH_PRIORITY,
      ],
    }),
    ddi('linezolid-sympathomimetic', 'cls.maoi', 'cls.sympathomimetic-decongestant', {
      severity: 'MAJ',
      doc: 'established',
      onset: 'rapid',
      mech: [
        'PD-additive',
        'Penghambatan MAO memperkuat efek pressor simpatomimetik tidak langsung.',
        'MAO inhibition amplifies the pressor effect of indirect sympathomimetics.',
      ],
      effect: ['Kenaikan tekanan darah yang tajam.', 'Sharp rise in blood pressure.'],
      manage: [
        'Hindari dekongestan oral (pseudoefedrin, fenilpropanolamin, fenilefrin) selama linezolid.',
        'Avoid oral decongestants (pseudoephedrine, phenylpropanolamine, phenylephrine) during linezolid.',
      ],
      actions: [{ kind: 'avoid' }],
      sources: [
        label(
          'Linezolid (Zyvox)',
          'Warnings and Precautions: Potential Interactions Producing Elevation of Blood Pressure',
        ),
        ONC_HIGH_PRIORITY,
      ],
    }),
    ddi('atazanavir-ppi', 'atazanavir', 'cls.ppi', {
      severity: 'MAJ',
      doc: 'established',
      mech: [
        'PK-absorption',
        'Atazanavir memerlukan asam lambung untuk diserap; PPI menurunkan kadarnya tajam.',
        'Atazanavir needs gastric acid for absorption; PPIs lower its levels sharply.',
      ],
      effect: ['Kegagalan virologis dan resistansi.', 'Virological failure and resistance.'],
      manage: [
        'Hindari; bila benar-benar perlu pada pasien naif, hanya atazanavir/ritonavir dengan omeprazol ≤20 mg, berjarak 12 jam.',
        'Avoid; if truly needed in treatment-naive patients, only atazanavir/ritonavir with omeprazole ≤20 mg, 12 hours apart.',
      ],
      actions: [{ kind: 'avoid' }],
      sources: [REYATAZ_DI, ONC_HIGH_PRIORITY],
    }),
    ddi('atazanavir-h2-antagonist', 'atazanavir', 'cls.h2-antagonist', {
      severity: 'MOD',
      doc: 'established',
      mech: [
        'PK-absorption',
        'Penekanan asam lambung menurunkan penyerapan atazanavir.',
        'Acid suppression lowers atazanavir absorption.',
      ],
      effect: ['Kadar atazanavir lebih rendah.', 'Lower atazanavir levels.'],
      manage: [
        'Berikan atazanavir/ritonavir bersamaan atau ≥10 jam setelah antagonis H2, dengan batas dosis sesuai label.',
        'Give atazanavir/ritonavir with, or at least 10 hours after, the H2 antagonist, within the label’s dose limits.',
      ],
      actions: [{ kind: 'separate-administration', hours: 10 }],
      sources: [REYATAZ_DI],
    }),
    ddi('atazanavir-antacid', 'atazanavir', 'cls.antacid', {
      severity: 'MOD',
      doc: 'established',
      mech: [
        'PK-absorption',
        'Antasida menaikkan pH lambung dan menurunkan penyerapan atazanavir.',
        'Antacids raise gastric pH and lower atazanavir absorption.',
      ],
      effect: ['Kadar atazanavir lebih rendah.', 'Lower atazanavir levels.'],
      manage: [
        'Minum atazanavir 2 jam sebelum atau 1 jam sesudah antasida.',
        'Take atazanavir 2 hours before or 1 hour after antacids.',
      ],
      actions: [{ kind: 'separate-administration', hours: 2 }],
      sources: [REYATAZ_DI],
    }),
    ddi('atazanavir-rifampicin', 'atazanavir', 'rifampicin', {
      severity: 'CI',
      doc: 'established',
      mech: [
        'PK-induction',
        'Rifampisin menurunkan kadar atazanavir sekitar 90%.',
        'Rifampicin lowers atazanavir levels by about 90%.',
      ],
      effect: ['Kegagalan virologis dan resistansi.', 'Virological failure and resistance.'],
      manage: [
        'Dikontraindikasikan; pada TB gunakan paduan ART berbasis dolutegravir (dosis dua kali sehari) atau efavirenz.',
        'Contraindicated; with TB use a dolutegravir-based regimen (twice daily) or efavirenz.',
      ],
      actions: [{ kind: 'use-alternative', alternatives: ['dolutegravir', 'efavirenz'] }],
      sources: [label('Atazanavir (Reyataz)', 'Contraindications'), WHO_HIV_2021],
    }),
    ddi('atazanavir-simvastatin', 'atazanavir', 'simvastatin', {
      severity: 'CI',
      doc: 'established',
      mech: [
        'PK-inhibition',
        'Atazanavir menghambat CYP3A4 dan sangat menaikkan kadar simvastatin.',
        'Atazanavir inhibits CYP3A4 and greatly raises simvastatin levels.',
      ],
      effect: ['Miopati dan rabdomiolisis.', 'Myopathy and rhabdomyolysis.'],
      manage: [
        'Dikontraindikasikan; gunakan rosuvastatin atau pravastatin dosis rendah.',
        'Contraindicated; use low-dose rosuvastatin or pravastatin.',
      ],
      actions: [{ kind: 'use-alternative', alternatives: ['rosuvastatin', 'pravastatin'] }],
      sources: [label('Atazanavir (Reyataz)', 'Contraindications')],
    }),
    ddi('protease-inhibitor-strong-inducer', 'cls.protease-inhibitor', 'cls.cyp3a4-strong-inducer', {
      severity: 'MAJ',
      doc: 'established',
      onset: 'delayed',
      mech: [
        'PK-induction',
        'Penginduksi kuat CYP3A4 menurunkan kadar penghambat protease HIV.',
        'Strong CYP3A4 inducers lower HIV protease inhibitor levels.',
      ],
      effect: ['Kegagalan virologis dan resistansi.', 'Virological failure and resistance.'],
      manage: [
        'Hindari; pilih antiepilepsi tanpa induksi enzim (levetirasetam) atau paduan ART lain.',
        'Avoid; choose a non-inducing antiepileptic (levetiracetam) or another ART regimen.',
      ],
      actions: [{ kind: 'use-alternative', alternatives: ['levetiracetam'] }],
      sources: [ONC_HIGH_PRIORITY, label('Lopinavir and ritonavir (Kaletra)', 'Drug Interactions')],
    }),
    ddi('febuxostat-thiopurine', 'febuxostat', 'cls.antimetabolite-immunosuppressant', {
      severity: 'CI',
      doc: 'established',
      mech: [
        'PK-inhibition',
        'Febuksostat menghambat xantin oksidase yang menginaktifkan azatioprin dan merkaptopurin.',
        'Febuxostat inhibits the xanthine oxidase that inactivates azathioprine and mercaptopurine.',
      ],
      effect: [
        'Supresi sumsum tulang berat yang dapat fatal.',
        'Severe, possibly fatal bone-marrow suppression.',
      ],
      manage: ['Dikontraindikasikan.', 'Contraindicated.'],
      actions: [{ kind: 'avoid' }],
      sources: [label('Febuxostat (Uloric)', 'Contraindications'), ONC_HIGH_PRIORITY],
    }),
    ddi('tizanidine-cyp1a2-inhibitor', 'tizanidine', 'cls.cyp1a2-strong-inhibitor', {
      severity: 'CI',
      doc: 'established',
      onset: 'rapid',
      mech: [
        'PK-inhibition',
        'Siprofloksasin menghambat CYP1A2 dan menaikkan kadar tizanidin sekitar sepuluh kali.',
        'Ciprofloxacin inhibits CYP1A2 and raises tizanidine exposure about tenfold.',
      ],
      effect: ['Hipotensi berat, bradikardia dan sedasi.', 'Severe hypotension, bradycardia and sedation.'],
      manage: ['Dikontraindikasikan; pilih antibiotik lain.', 'Contraindicated; choose another antibiotic.'],
      actions: [{ kind: 'avoid' }],
      sources: [label('Tizanidine (Zanaflex)', 'Contraindications'), ONC_HIGH_PRIORITY],
    }),
    ddi('tamoxifen-cyp2d6-inhibitor', 'tamoxifen', 'cls.cyp2d6-strong-inhibitor', {
      severity: 'MAJ',
      doc: 'probable',
      onset: 'delayed',
      mech: [
        'PK-inhibition',
        'Penghambat kuat CYP2D6 menghambat pembentukan endoksifen, metabolit aktif tamoksifen.',
        'Strong CYP2D6 inhibitors block the formation of endoxifen, the active metabolite of tamoxifen.',
      ],
      effect: [
        'Efektivitas tamoksifen berkurang; kematian karena kanker payudara lebih tinggi dengan paroksetin.',
        'Less tamoxifen effect; higher breast cancer mortality with paroxetine.',
      ],
      manage: [
        'Pilih antidepresan dengan hambatan CYP2D6 minimal (sertralin dosis rendah, sitalopram, esitalopram).',
        'Choose an antidepressant with minimal CYP2D6 inhibition (low-dose sertraline, citalopram, escitalopram).',
      ],
      actions: [{ kind: 'use-alternative', alternatives: ['escitalopram', 'citalopram'] }],
      sources: [
        paper(
          'Kelly CM et al. Selective serotonin reuptake inhibitors and breast cancer mortality in women receiving tamoxifen: a population based cohort study',
          'BMJ 2010;340:c693',
          2010,
        ),
      ],
    }),
    ddi('carbamazepine-erythromycin', 'carbamazepine', 'erythromycin', {
      severity: 'MAJ',
      doc: 'established',
      onset: 'rapid',
      mech: [
        'PK-inhibition',
        'Eritromisin menghambat CYP3A4 dan menaikkan kadar karbamazepin dengan cepat.',
        'Erythromycin inhibits CYP3A4 and quickly raises carbamazepine levels.',
      ],
      effect: [
        'Toksisitas karbamazepin (pusing, ataksia, diplopia, mual).',
        'Carbamazepine toxicity (dizziness, ataxia, diplopia, nausea).',
      ],
      manage: [
        'Pilih azitromisin; bila eritromisin diperlukan, pantau kadar dan gejala.',
        'Prefer azithromycin; if erythromycin is needed, monitor levels and symptoms.',
      ],
      actions: [{ kind: 'use-alternative', alternatives: ['azithromycin'] }],
      sources: [label('Carbamazepine (Tegretol)', 'Precautions: Drug Interactions')],
    }),
  ],
});
