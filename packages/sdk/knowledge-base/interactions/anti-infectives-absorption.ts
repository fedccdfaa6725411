import { defineSource } from '../../src/drugs/schema/records';
import {
  ddi,
  euSmpc,
  fda,
  JUURLINK_2003,
  label,
  WHO_HIV_2021,
  WHO_MEC_2015,
  WHO_TB_2022,
} from '../authoring';

const CHELATION: [string, string] = [
  'Kation polivalen membentuk kompleks tak larut di saluran cerna.',
  'Polyvalent cations form insoluble complexes in the gut.',
];

/** Anti-infective interactions (TB, HIV, malaria included) and absorption interactions. */
export default defineSource({
  interactions: [
    ddi('fluoroquinolone-cation', 'cls.fluoroquinolone', 'cls.polyvalent-cation', {
      severity: 'MOD',
      doc: 'established',
      mech: ['PK-absorption', CHELATION[0], CHELATION[1]],
      effect: [
        'Absorpsi fluorokuinolon turun drastis; kegagalan terapi.',
        'Fluoroquinolone absorption falls sharply; treatment may fail.',
      ],
      manage: [
        'Minum siprofloksasin 2 jam sebelum atau 6 jam sesudah antasida, besi, kalsium atau seng.',
        'Take ciprofloxacin 2 hours before or 6 hours after antacids, iron, calcium or zinc.',
      ],
      actions: [{ kind: 'separate-administration', hours: 6 }],
      sources: [
        label('Ciprofloxacin (Cipro)', 'Dosage and Administration: Important Administration Instructions'),
        label('Levofloxacin (Levaquin)', 'Drug Interactions'),
      ],
    }),
    ddi('tetracycline-cation', 'cls.tetracycline', 'cls.polyvalent-cation', {
      severity: 'MOD',
      doc: 'established',
      mech: ['PK-absorption', CHELATION[0], CHELATION[1]],
      effect: ['Absorpsi tetrasiklin berkurang.', 'Tetracycline absorption is reduced.'],
      manage: ['Pisahkan pemberian setidaknya 2–3 jam.', 'Separate doses by at least 2–3 hours.'],
      actions: [{ kind: 'separate-administration', hours: 3 }],
      sources: [label('Doxycycline (Vibramycin)', 'Drug Interactions')],
    }),
    ddi('levothyroxine-cation', 'levothyroxine', 'cls.polyvalent-cation', {
      severity: 'MOD',
      doc: 'established',
      mech: [
        'PK-absorption',
        'Kalsium, besi, aluminium dan sukralfat mengikat levotiroksin.',
        'Calcium, iron, aluminium and sucralfate bind levothyroxine.',
      ],
      effect: ['Hipotiroidisme karena absorpsi berkurang.', 'Hypothyroidism from reduced absorption.'],
      manage: ['Pisahkan levotiroksin setidaknya 4 jam.', 'Separate levothyroxine by at least 4 hours.'],
      actions: [{ kind: 'separate-administration', hours: 4 }],
      sources: [label('Levothyroxine (Synthroid)', 'Drug Interactions')],
    }),
    ddi('dolutegravir-cation', 'dolutegravir', 'cls.polyvalent-cation', {
      severity: 'MOD',
      doc: 'established',
      mech: ['PK-absorption', CHELATION[0], CHELATION[1]],
      effect: [
        'Kadar dolutegravir turun; risiko resistansi.',
        'Lower dolutegravir levels; risk of resistance.',
      ],
      manage: [
        'Minum dolutegravir 2 jam sebelum atau 6 jam setelah antasida, besi atau kalsium (atau bersama makanan untuk besi/kalsium).',
        'Take dolutegravir 2 hours before or 6 hours after antacids, iron or calcium (or together with food for iron/calcium).',
      ],
      actions: [{ kind: 'separate-administration', hours: 6 }],
      sources: [label('Dolutegravir (Tivicay)', 'Drug Interactions')],
    }),
    ddi('dolutegravir-rifampicin', 'dolutegravir', 'rifampicin', {
      severity: 'MOD',
      doc: 'established',
      mech: [
        'PK-induction',
        'Rifampisin menginduksi UGT1A1 dan CYP3A.',
        'Rifampicin induces UGT1A1 and CYP3A.',
      ],
      effect: ['Kadar dolutegravir turun.', 'Lower dolutegravir levels.'],
      manage: [
        'Berikan dolutegravir 50 mg dua kali sehari selama dan 2 minggu setelah rifampisin.',
        'Give dolutegravir 50 mg twice daily during and for 2 weeks after rifampicin.',
      ],
      sources: [label('Dolutegravir (Tivicay)', 'Dosage and Administration'), WHO_HIV_2021],
    }),
    ddi('dolutegravir-enzyme-inducer', 'dolutegravir', 'cls.antiepileptic-enzyme-inducer', {
      severity: 'MOD',
      doc: 'established',
      mech: [
        'PK-induction',
        'Induksi enzim menurunkan kadar dolutegravir.',
        'Enzyme induction lowers dolutegravir levels.',
      ],
      effect: ['Risiko kegagalan virologis.', 'Risk of virological failure.'],
      manage: [
        'Hindari fenitoin dan fenobarbital; dengan karbamazepin, dolutegravir dua kali sehari.',
        'Avoid phenytoin and phenobarbital; with carbamazepine, dolutegravir twice daily.',
      ],
      sources: [label('Dolutegravir (Tivicay)', 'Drug Interactions')],
    }),
    ddi('dolutegravir-metformin', 'dolutegravir', 'metformin', {
      severity: 'MOD',
      doc: 'established',
      mech: [
        'PK-renal',
        'Dolutegravir menghambat OCT2/MATE1 dan menaikkan kadar metformin.',
        'Dolutegravir inhibits OCT2/MATE1 and raises metformin levels.',
      ],
      effect: [
        'Efek samping metformin dan risiko asidosis laktat meningkat.',
        'More metformin adverse effects and lactic-acidosis risk.',
      ],
      manage: [
        'Batasi total metformin 1000 mg/hari dan pantau.',
        'Limit total metformin to 1000 mg/day and monitor.',
      ],
      actions: [{ kind: 'reduce-dose' }],
      sources: [label('Dolutegravir (Tivicay)', 'Drug Interactions')],
    }),
    ddi('fluoroquinolone-corticosteroid', 'cls.fluoroquinolone', 'cls.corticosteroid-systemic', {
      severity: 'MOD',
      doc: 'established',
      mech: ['PD-additive', 'Keduanya merusak tendon.', 'Both injure tendons.'],
      effect: [
        'Tendinitis dan ruptur tendon, terutama di atas 60 tahun.',
        'Tendinitis and tendon rupture, especially over 60.',
      ],
      manage: [
        'Pilih antibiotik lain bila bisa; hentikan bila nyeri tendon.',
        'Prefer another antibiotic; stop at the first tendon pain.',
      ],
      modifiers: [
        {
          when: { ageYearsAtLeast: 60 },
          severity: 'MAJ',
          note: [
            'Usia ≥60 tahun: risiko ruptur tendon lebih tinggi.',
            'Age ≥60: higher risk of tendon rupture.',
          ],
        },
      ],
      sources: [label('Ciprofloxacin (Cipro)', 'Boxed Warning')],
    }),
    ddi('fluoroquinolone-hypoglycaemia', 'cls.fluoroquinolone', 'cls.hypoglycaemia-risk', {
      severity: 'MOD',
      doc: 'established',
      mech: [
        'PD-additive',
        'Fluorokuinolon mengganggu homeostasis glukosa.',
        'Fluoroquinolones disturb glucose homeostasis.',
      ],
      effect: ['Hipoglikemia berat, termasuk koma.', 'Severe hypoglycaemia, including coma.'],
      manage: [
        'Pantau glukosa darah; edukasi gejala hipoglikemia.',
        'Monitor blood glucose; teach hypoglycaemia symptoms.',
      ],
      actions: [{ kind: 'monitor', parameter: 'glucose' }],
      sources: [
        fda(
          'FDA reinforces safety information about serious low blood sugar levels and mental health side effects with fluoroquinolone antibiotics',
          2018,
        ),
      ],
    }),
    ddi('fluoroquinolone-nsaid', 'cls.fluoroquinolone', 'cls.nsaid', {
      severity: 'MIN',
      doc: 'suspected',
      nonInterruptive: true,
      mech: [
        'PD-additive',
        'OAINS dapat menambah stimulasi SSP oleh fluorokuinolon.',
        'NSAIDs may add to fluoroquinolone CNS stimulation.',
      ],
      effect: ['Risiko kejang sedikit meningkat.', 'Slightly higher seizure risk.'],
      manage: ['Waspada pada riwayat kejang.', 'Take care with a seizure history.'],
      sources: [label('Ciprofloxacin (Cipro)', 'Drug Interactions')],
    }),
    ddi('ciprofloxacin-theophylline', 'ciprofloxacin', 'cls.xanthine', {
      severity: 'MAJ',
      doc: 'established',
      mech: [
        'PK-inhibition',
        'Siprofloksasin menghambat CYP1A2 yang memetabolisme teofilin.',
        'Ciprofloxacin inhibits the CYP1A2 that clears theophylline.',
      ],
      effect: [
        'Toksisitas teofilin: kejang, aritmia; kematian pernah dilaporkan.',
        'Theophylline toxicity: seizures, arrhythmias; deaths have been reported.',
      ],
      manage: [
        'Hindari; bila perlu, turunkan dosis teofilin dan pantau kadar.',
        'Avoid; if needed, reduce the theophylline dose and monitor levels.',
      ],
      actions: [{ kind: 'monitor', parameter: 'drug-level' }],
      sources: [
        label(
          'Ciprofloxacin (Cipro)',
          'Warnings and Precautions: Serious adverse reactions with concomitant use of theophylline',
        ),
      ],
    }),
    ddi('ciprofloxacin-caffeine', 'ciprofloxacin', 'caffeine', {
      severity: 'MIN',
      doc: 'established',
      nonInterruptive: true,
      mech: [
        'PK-inhibition',
        'Penghambatan CYP1A2 memperlambat eliminasi kafein.',
        'CYP1A2 inhibition slows caffeine elimination.',
      ],
      effect: ['Gelisah, berdebar, sulit tidur.', 'Restlessness, palpitations, insomnia.'],
      manage: ['Kurangi asupan kafein selama terapi.', 'Reduce caffeine intake during the course.'],
      sources: [label('Ciprofloxacin (Cipro)', 'Drug Interactions')],
    }),
    ...(['erythromycin', 'clarithromycin', 'cimetidine'] as const).map((inhibitor) =>
      ddi(`theophylline-${inhibitor}`, 'cls.xanthine', inhibitor, {
        severity: 'MOD',
        doc: 'established',
        mech: [
          'PK-inhibition',
          'Penghambatan metabolisme teofilin.',
          'Inhibition of theophylline metabolism.',
        ],
        effect: [
          'Kadar teofilin naik (mual, takikardia, kejang).',
          'Higher theophylline levels (nausea, tachycardia, seizures).',
        ],
        manage: [
          'Pantau kadar teofilin dan kurangi dosis bila perlu.',
          'Monitor theophylline levels and reduce the dose if needed.',
        ],
        actions: [{ kind: 'monitor', parameter: 'drug-level' }],
        sources: [label('Theophylline extended-release', 'Drug Interactions')],
      }),
    ),
    ddi('theophylline-inducer', 'cls.xanthine', 'cls.cyp3a4-strong-inducer', {
      severity: 'MOD',
      doc: 'established',
      mech: [
        'PK-induction',
        'Induksi enzim mempercepat eliminasi teofilin.',
        'Enzyme induction speeds theophylline elimination.',
      ],
      effect: [
        'Kadar teofilin turun; asma/PPOK kurang terkontrol.',
        'Lower theophylline levels; worse asthma or COPD control.',
      ],
      manage: [
        'Pantau kadar dan naikkan dosis bila perlu.',
        'Monitor levels and increase the dose if needed.',
      ],
      sources: [label('Theophylline extended-release', 'Drug Interactions')],
    }),
    ...(['cls.sulfonylurea'] as const).flatMap((su) => [
      ddi('fluconazole-sulfonylurea', 'fluconazole', su, {
        severity: 'MOD',
        doc: 'established',
        mech: [
          'PK-inhibition',
          'Flukonazol menghambat CYP2C9 yang memetabolisme sulfonilurea.',
          'Fluconazole inhibits the CYP2C9 that clears sulfonylureas.',
        ],
        effect: ['Hipoglikemia.', 'Hypoglycaemia.'],
        manage: [
          'Pantau glukosa darah; pertimbangkan penurunan dosis.',
          'Monitor blood glucose; consider a lower dose.',
        ],
        actions: [{ kind: 'monitor', parameter: 'glucose' }],
        sources: [label('Fluconazole (Diflucan)', 'Drug Interactions')],
      }),
      ddi('cotrimoxazole-sulfonylurea', 'sulfamethoxazole', su, {
        severity: 'MOD',
        doc: 'probable',
        mech: [
          'PK-inhibition',
          'Sulfonamida dapat memperkuat efek sulfonilurea.',
          'Sulfonamides can potentiate sulfonylureas.',
        ],
        effect: ['Hipoglikemia.', 'Hypoglycaemia.'],
        manage: ['Pantau glukosa darah.', 'Monitor blood glucose.'],
        actions: [{ kind: 'monitor', parameter: 'glucose' }],
        modifiers: [
          {
            when: { ageYearsAtLeast: 65 },
            severity: 'MAJ',
            note: [
              'Usia ≥65: rawat inap karena hipoglikemia jauh lebih sering dengan kombinasi ini.',
              'Age 65 or over: admissions for hypoglycaemia are much more frequent with this combination.',
            ],
          },
        ],
        sources: [label('Sulfamethoxazole and trimethoprim (Bactrim)', 'Drug Interactions'), JUURLINK_2003],
      }),
      ddi('rifampicin-sulfonylurea', 'rifampicin', su, {
        severity: 'MOD',
        doc: 'established',
        mech: [
          'PK-induction',
          'Rifampisin mempercepat metabolisme sulfonilurea.',
          'Rifampicin speeds sulfonylurea metabolism.',
        ],
        effect: ['Kontrol glukosa memburuk.', 'Worse glucose control.'],
        manage: [
          'Pantau glukosa; sesuaikan dosis selama dan setelah terapi TB.',
          'Monitor glucose; adjust during and after TB treatment.',
        ],
        actions: [{ kind: 'monitor', parameter: 'glucose' }],
        sources: [label('Rifampin (Rifadin)', 'Drug Interactions')],
      }),
    ]),
    ddi('rifampicin-hormonal-contraceptive', 'rifampicin', 'cls.contraceptive-enzyme-sensitive', {
      severity: 'MAJ',
      doc: 'established',
      onset: 'delayed',
      mech: [
        'PK-induction',
        'Rifampisin menginduksi metabolisme estrogen dan progestin.',
        'Rifampicin induces oestrogen and progestin metabolism.',
      ],
      effect: ['Kegagalan kontrasepsi.', 'Contraceptive failure.'],
      manage: [
        'Gunakan metode yang tidak terpengaruh (AKDR, suntik DMPA) selama dan 28 hari setelah rifampisin.',
        'Use an unaffected method (IUD, DMPA injection) during and for 28 days after rifampicin.',
      ],
      sources: [label('Rifampin (Rifadin)', 'Drug Interactions'), WHO_MEC_2015],
    }),
    ddi('rifampicin-nevirapine', 'rifampicin', 'nevirapine', {
      severity: 'MAJ',
      doc: 'established',
      mech: [
        'PK-induction',
        'Rifampisin menurunkan kadar nevirapin.',
        'Rifampicin lowers nevirapine levels.',
      ],
      effect: ['Risiko kegagalan virologis dan resistansi.', 'Risk of virological failure and resistance.'],
      manage: [
        'Tidak dianjurkan; gunakan paduan ART yang sesuai dengan rifampisin.',
        'Not recommended; use an ART regimen compatible with rifampicin.',
      ],
      actions: [{ kind: 'use-alternative', alternatives: ['dolutegravir', 'efavirenz'] }],
      sources: [label('Nevirapine (Viramune)', 'Drug Interactions'), WHO_HIV_2021],
    }),
    ...(['lopinavir', 'ritonavir'] as const).map((pi) =>
      ddi(`rifampicin-${pi}`, 'rifampicin', pi, {
        severity: pi === 'lopinavir' ? 'CI' : 'MAJ',
        doc: 'established',
        mech: [
          'PK-induction',
          'Rifampisin menurunkan kadar penghambat protease secara besar.',
          'Rifampicin lowers protease-inhibitor levels substantially.',
        ],
        effect: [
          'Kegagalan virologis; dosis ganda berisiko hepatotoksik.',
          'Virological failure; doubled doses carry hepatotoxicity risk.',
        ],
        manage: [
          'Jangan dikombinasikan; pertimbangkan rifabutin atau paduan ART lain.',
          'Do not combine; consider rifabutin or another ART regimen.',
        ],
        actions: [{ kind: 'avoid' }],
        sources: [label('Lopinavir and ritonavir (Kaletra)', 'Contraindications'), WHO_TB_2022],
      }),
    ),
    ddi('rifampicin-azole', 'rifampicin', 'cls.azole-antifungal', {
      severity: 'MAJ',
      doc: 'established',
      mech: [
        'PK-induction',
        'Rifampisin menurunkan kadar antijamur azol secara bermakna.',
        'Rifampicin markedly lowers azole antifungal levels.',
      ],
      effect: ['Kegagalan terapi antijamur.', 'Antifungal treatment failure.'],
      manage: [
        'Hindari itrakonazol/ketokonazol; flukonazol mungkin perlu dosis lebih tinggi.',
        'Avoid itraconazole/ketoconazole; fluconazole may need a higher dose.',
      ],
      sources: [
        label('Rifampin (Rifadin)', 'Drug Interactions'),
        label('Itraconazole (Sporanox)', 'Drug Interactions'),
      ],
    }),
    ddi('rifampicin-corticosteroid', 'rifampicin', 'cls.corticosteroid-systemic', {
      severity: 'MOD',
      doc: 'established',
      mech: [
        'PK-induction',
        'Rifampisin mempercepat metabolisme kortikosteroid.',
        'Rifampicin speeds corticosteroid metabolism.',
      ],
      effect: ['Efek kortikosteroid berkurang.', 'Reduced corticosteroid effect.'],
      manage: [
        'Pertimbangkan dosis kortikosteroid lebih tinggi (sering dua kali lipat).',
        'Consider a higher corticosteroid dose (often double).',
      ],
      sources: [label('Rifampin (Rifadin)', 'Drug Interactions')],
    }),
    ddi('rifampicin-statin', 'rifampicin', 'cls.cyp3a4-sensitive-statin', {
      severity: 'MOD',
      doc: 'established',
      mech: [
        'PK-induction',
        'Rifampisin menurunkan kadar statin yang dimetabolisme CYP3A4.',
        'Rifampicin lowers levels of CYP3A4-metabolised statins.',
      ],
      effect: ['Efek penurunan kolesterol berkurang.', 'Less cholesterol lowering.'],
      manage: ['Pertimbangkan rosuvastatin atau pravastatin.', 'Consider rosuvastatin or pravastatin.'],
      sources: [label('Atorvastatin (Lipitor)', 'Drug Interactions')],
    }),
    ddi('bedaquiline-strong-inducer', 'bedaquiline', 'cls.cyp3a4-strong-inducer', {
      severity: 'MAJ',
      doc: 'established',
      mech: [
        'PK-induction',
        'Induksi CYP3A4 menurunkan kadar bedakuilin.',
        'CYP3A4 induction lowers bedaquiline levels.',
      ],
      effect: ['Kegagalan terapi TB resistan obat.', 'Failure of drug-resistant TB treatment.'],
      manage: ['Hindari kombinasi.', 'Avoid the combination.'],
      actions: [{ kind: 'avoid' }],
      sources: [label('Bedaquiline (Sirturo)', 'Drug Interactions')],
    }),
    ddi('praziquantel-strong-inducer', 'praziquantel', 'cls.cyp3a4-strong-inducer', {
      severity: 'CI',
      doc: 'established',
      mech: [
        'PK-induction',
        'Induksi CYP450 menurunkan kadar prazikuantel sampai tidak efektif.',
        'CYP450 induction lowers praziquantel to ineffective levels.',
      ],
      effect: ['Kegagalan terapi.', 'Treatment failure.'],
      manage: [
        'Dikontraindikasikan; hentikan rifampisin 4 minggu sebelumnya bila memungkinkan.',
        'Contraindicated; stop rifampicin 4 weeks before if possible.',
      ],
      actions: [{ kind: 'avoid' }],
      sources: [label('Praziquantel (Biltricide)', 'Contraindications')],
    }),
    ddi('artemether-strong-inducer', 'artemether', 'cls.cyp3a4-strong-inducer', {
      severity: 'CI',
      doc: 'established',
      mech: [
        'PK-induction',
        'Induksi kuat CYP3A4 menurunkan kadar artemeter dan lumefantrin.',
        'Strong CYP3A4 induction lowers artemether and lumefantrine levels.',
      ],
      effect: ['Kegagalan terapi malaria.', 'Malaria treatment failure.'],
      manage: [
        'Dikontraindikasikan; pilih antimalaria lain sesuai pedoman.',
        'Contraindicated; choose another antimalarial per guidelines.',
      ],
      actions: [{ kind: 'avoid' }],
      sources: [label('Artemether and lumefantrine (Coartem)', 'Contraindications')],
    }),
    ddi('artemether-efavirenz', 'artemether', 'efavirenz', {
      severity: 'MOD',
      doc: 'established',
      mech: [
        'PK-induction',
        'Efavirenz menurunkan kadar artemeter dan lumefantrin.',
        'Efavirenz lowers artemether and lumefantrine levels.',
      ],
      effect: ['Risiko kegagalan terapi malaria.', 'Risk of malaria treatment failure.'],
      manage: ['Pantau respons terapi malaria dengan ketat.', 'Monitor malaria treatment response closely.'],
      sources: [label('Artemether and lumefantrine (Coartem)', 'Drug Interactions')],
    }),
    ddi('dihydroartemisinin-piperaquine-strong-inducer', 'piperaquine', 'cls.cyp3a4-strong-inducer', {
      severity: 'MAJ',
      doc: 'probable',
      mech: [
        'PK-induction',
        'Induksi CYP3A4 menurunkan kadar piperakuin.',
        'CYP3A4 induction lowers piperaquine levels.',
      ],
      effect: ['Risiko kegagalan terapi malaria.', 'Risk of malaria treatment failure.'],
      manage: ['Hindari bila bisa; pantau respons terapi.', 'Avoid where possible; monitor response.'],
      sources: [
        euSmpc(
          'Dihydroartemisinin and piperaquine (Eurartesim)',
          '4.5 Interaction with other medicinal products',
        ),
      ],
    }),
    ddi('efavirenz-hormonal-contraceptive', 'efavirenz', 'cls.contraceptive-enzyme-sensitive', {
      severity: 'MOD',
      doc: 'established',
      mech: [
        'PK-induction',
        'Efavirenz menurunkan kadar progestin, terutama implan.',
        'Efavirenz lowers progestin levels, notably from implants.',
      ],
      effect: ['Kontrasepsi dapat gagal.', 'Contraception may fail.'],
      manage: ['Tambahkan kondom atau pilih AKDR/DMPA.', 'Add condoms or choose an IUD or DMPA.'],
      sources: [label('Efavirenz (Sustiva)', 'Drug Interactions'), WHO_MEC_2015],
    }),
    ddi('nevirapine-hormonal-contraceptive', 'nevirapine', 'cls.contraceptive-enzyme-sensitive', {
      severity: 'MOD',
      doc: 'established',
      mech: [
        'PK-induction',
        'Nevirapin menurunkan kadar etinilestradiol.',
        'Nevirapine lowers ethinylestradiol levels.',
      ],
      effect: ['Kontrasepsi dapat kurang efektif.', 'Contraception may be less effective.'],
      manage: [
        'Tambahkan metode barier atau pilih metode lain.',
        'Add a barrier method or choose another method.',
      ],
      sources: [label('Nevirapine (Viramune)', 'Drug Interactions')],
    }),
    ddi('ritonavir-inhaled-corticosteroid', 'ritonavir', 'cls.corticosteroid-inhaled', {
      severity: 'MAJ',
      doc: 'established',
      onset: 'delayed',
      mech: [
        'PK-inhibition',
        'Ritonavir menaikkan kadar sistemik kortikosteroid inhalasi/nasal.',
        'Ritonavir raises systemic levels of inhaled or nasal corticosteroids.',
      ],
      effect: ['Sindrom Cushing dan supresi adrenal.', 'Cushing\u2019s syndrome and adrenal suppression.'],
      manage: [
        'Pilih kortikosteroid yang kurang bergantung CYP3A4 atau kurangi dosis dan pantau.',
        'Choose a corticosteroid less dependent on CYP3A4, or reduce and monitor.',
      ],
      sources: [label('Ritonavir (Norvir)', 'Drug Interactions')],
    }),
    // Fluconazole is absorbed whatever the gastric pH, so only ketoconazole and itraconazole capsules are meant.
    ...(['itraconazole', 'ketoconazole'] as const).map((azole) =>
      ddi(`${azole}-acid-suppression`, { ingredient: azole, route: ['oral'] }, 'dup.acid-suppression', {
        severity: 'MOD',
        doc: 'established',
        mech: [
          'PK-absorption',
          'Ketokonazol dan kapsul itrakonazol memerlukan asam lambung untuk diserap.',
          'Ketoconazole and itraconazole capsules need gastric acid for absorption.',
        ],
        effect: ['Kadar antijamur rendah; kegagalan terapi.', 'Low antifungal levels; treatment failure.'],
        manage: [
          'Hindari penekan asam; bila perlu, minum itrakonazol dengan minuman asam atau pilih flukonazol.',
          'Avoid acid suppressants; otherwise take itraconazole with an acidic drink or use fluconazole.',
        ],
        actions: [{ kind: 'use-alternative', alternatives: ['fluconazole'] }],
        sources: [
          azole === 'itraconazole'
            ? label('Itraconazole (Sporanox)', 'Drug Interactions')
            : label('Ketoconazole tablets', 'Precautions: Drug Interactions'),
        ],
      }),
    ),
    ddi('isotretinoin-tetracycline', 'isotretinoin', 'cls.tetracycline', {
      severity: 'MAJ',
      doc: 'established',
      mech: [
        'PD-additive',
        'Keduanya dapat menyebabkan hipertensi intrakranial benigna.',
        'Both can cause benign intracranial hypertension.',
      ],
      effect: [
        'Pseudotumor serebri (sakit kepala, gangguan penglihatan).',
        'Pseudotumor cerebri (headache, visual disturbance).',
      ],
      manage: ['Hindari kombinasi.', 'Avoid the combination.'],
      actions: [{ kind: 'avoid' }],
      sources: [label('Isotretinoin (Absorica)', 'Drug Interactions')],
    }),
    ddi('isotretinoin-vitamin-a', 'isotretinoin', 'retinol', {
      severity: 'MAJ',
      doc: 'established',
      mech: ['PD-additive', 'Toksisitas vitamin A bertambah.', 'Vitamin A toxicity adds up.'],
      effect: ['Hipervitaminosis A.', 'Hypervitaminosis A.'],
      manage: ['Hindari suplemen vitamin A selama terapi.', 'Avoid vitamin A supplements during treatment.'],
      actions: [{ kind: 'avoid' }],
      sources: [label('Isotretinoin (Absorica)', 'Drug Interactions')],
    }),
    ddi('doxycycline-enzyme-inducer', 'doxycycline', 'cls.antiepileptic-enzyme-inducer', {
      severity: 'MOD',
      doc: 'established',
      mech: [
        'PK-induction',
        'Induksi enzim memperpendek waktu paruh doksisiklin.',
        'Enzyme induction shortens doxycycline half-life.',
      ],
      effect: ['Efek antibakteri berkurang.', 'Less antibacterial effect.'],
      manage: [
        'Pertimbangkan dosis lebih tinggi atau antibiotik lain.',
        'Consider a higher dose or another antibiotic.',
      ],
      sources: [label('Doxycycline (Vibramycin)', 'Drug Interactions')],
    }),
    ddi('loperamide-strong-cyp3a4-inhibitor', 'loperamide', 'cls.cyp3a4-strong-inhibitor', {
      severity: 'MOD',
      doc: 'established',
      mech: [
        'PK-inhibition',
        'Penghambatan CYP3A4 dan P-gp menaikkan kadar loperamid.',
        'CYP3A4 and P-gp inhibition raise loperamide levels.',
      ],
      effect: [
        'Risiko depresi SSP dan kejadian jantung pada dosis tinggi.',
        'Risk of CNS depression and cardiac events at high doses.',
      ],
      manage: [
        'Gunakan dosis terendah, jangan melebihi dosis label.',
        'Use the lowest dose, never above the label dose.',
      ],
      sources: [
        label('Loperamide hydrochloride (Imodium)', 'Drug Interactions'),
        fda(
          'FDA warns about serious heart problems with high doses of the antidiarrheal medicine loperamide (Imodium)',
          2016,
        ),
      ],
    }),
    ddi('tamsulosin-strong-cyp3a4-inhibitor', 'tamsulosin', 'cls.cyp3a4-strong-inhibitor', {
      severity: 'MAJ',
      doc: 'established',
      mech: [
        'PK-inhibition',
        'Penghambatan kuat CYP3A4 menaikkan kadar tamsulosin.',
        'Strong CYP3A4 inhibition raises tamsulosin levels.',
      ],
      effect: ['Hipotensi ortostatik dan sinkop.', 'Orthostatic hypotension and syncope.'],
      manage: ['Jangan gunakan bersamaan.', 'Do not use together.'],
      actions: [{ kind: 'avoid' }],
      sources: [label('Tamsulosin (Flomax)', 'Drug Interactions')],
    }),
    ddi('corticosteroid-nsaid', 'cls.corticosteroid-systemic', 'cls.nsaid', {
      severity: 'MOD',
      doc: 'established',
      mech: ['PD-additive', 'Kerusakan mukosa lambung bertambah.', 'Gastric mucosal injury adds up.'],
      effect: ['Ulkus dan perdarahan saluran cerna.', 'GI ulceration and bleeding.'],
      manage: ['Pertimbangkan PPI dan durasi singkat.', 'Consider a PPI and a short course.'],
      sources: [
        label(
          'Ibuprofen',
          'Warnings and Precautions: Gastrointestinal Bleeding, Ulceration, and Perforation',
        ),
      ],
    }),
    ddi('corticosteroid-glucose-lowering', 'cls.corticosteroid-systemic', 'cls.hypoglycaemia-risk', {
      severity: 'MIN',
      doc: 'established',
      nonInterruptive: true,
      mech: [
        'PD-antagonism',
        'Kortikosteroid menaikkan glukosa darah.',
        'Corticosteroids raise blood glucose.',
      ],
      effect: ['Kontrol glukosa memburuk.', 'Worse glucose control.'],
      manage: [
        'Pantau glukosa dan sesuaikan terapi diabetes.',
        'Monitor glucose and adjust diabetes treatment.',
      ],
      actions: [{ kind: 'monitor', parameter: 'glucose' }],
      sources: [label('Prednisone', 'Precautions: Drug Interactions')],
    }),
  ],
});
