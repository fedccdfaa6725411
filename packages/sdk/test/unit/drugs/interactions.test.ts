import { describe, expect, it } from 'vitest';
import { check } from '../../../src/drugs/engine/check';
import type { DrugIssue } from '../../../src/drugs/engine/issue';
import { line } from './lines';

const drg = (issues: DrugIssue[]) => issues.filter((i) => i.kind === 'DRG');

describe('interaction checks', () => {
  it('flags warfarin with a systemic NSAID through the class rule (ONC high-priority pair)', () => {
    const issues = drg(
      check({
        orders: [line('Ibuprofen 400 mg', { id: 'new' })],
        currentMedications: [line('Warfarin 2 mg', { id: 'cur' })],
      }),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      ruleId: 'ddi.warfarin-nsaid',
      severity: 'MAJ',
      tier: 'interruptive',
      lines: ['new', 'cur'],
      ingredients: ['ibuprofen', 'warfarin'],
      matched: { via: ['c:cls.vitamin-k-antagonist', 'c:cls.nsaid'] },
    });
    expect(issues[0]?.evidence.some((c) => c.title.includes('High-priority drug-drug interactions'))).toBe(
      true,
    );
  });

  it('does not treat topical diclofenac as a systemic NSAID', () => {
    const issues = check({
      orders: [line('Diclofenac', { route: 'topical' })],
      currentMedications: [line('Warfarin 2 mg')],
    });
    expect(drg(issues)).toEqual([]);
  });

  it('contraindicates simvastatin with clarithromycin (strong CYP3A4 inhibitor) but not with azithromycin', () => {
    const bad = drg(
      check({ orders: [line('Clarithromycin 500 mg')], currentMedications: [line('Simvastatin 20 mg')] }),
    );
    expect(bad[0]).toMatchObject({ ruleId: 'ddi.simvastatin-strong-cyp3a4-inhibitor', severity: 'CI' });
    const fine = drg(
      check({ orders: [line('Azithromycin 500 mg')], currentMedications: [line('Simvastatin 20 mg')] }),
    );
    expect(fine).toEqual([]);
  });

  it('limits simvastatin with amlodipine to 20 mg a day: 40 mg flags, 20 mg does not', () => {
    const at40 = check({
      orders: [line('Simvastatin 40 mg', { dose: { amount: 1, unit: 'tablet', perDay: 1 } })],
      currentMedications: [line('Amlodipine 10 mg')],
    });
    expect(drg(at40).map((i) => i.ruleId)).toContain('ddi.simvastatin-amlodipine');
    const at20 = check({
      orders: [line('Simvastatin 20 mg', { dose: { amount: 1, unit: 'tablet', perDay: 1 } })],
      currentMedications: [line('Amlodipine 10 mg')],
    });
    expect(drg(at20)).toEqual([]);
  });

  it('contraindicates nitrates with PDE-5 inhibitors', () => {
    const issues = drg(
      check({ orders: [line('Sildenafil 50 mg')], currentMedications: [line('Isosorbide dinitrate 5 mg')] }),
    );
    expect(issues[0]).toMatchObject({ ruleId: 'ddi.nitrate-pde5', severity: 'CI' });
  });

  it('raises ACE inhibitor + NSAID to major when a diuretic completes the "triple whammy"', () => {
    const two = drg(
      check({ orders: [line('Ibuprofen 400 mg')], currentMedications: [line('Lisinopril 10 mg')] }),
    );
    expect(two[0]).toMatchObject({ ruleId: 'ddi.ace-inhibitor-nsaid', severity: 'MOD', tier: 'passive' });
    const three = drg(
      check({
        orders: [line('Ibuprofen 400 mg')],
        currentMedications: [line('Lisinopril 10 mg'), line('Hydrochlorothiazide 25 mg')],
      }),
    ).find((i) => i.ruleId === 'ddi.ace-inhibitor-nsaid');
    expect(three).toMatchObject({ severity: 'MAJ', tier: 'interruptive' });
    expect(three?.detail.en).toMatch(/triple combination/);
  });

  it('steers clopidogrel away from omeprazole but accepts pantoprazole', () => {
    expect(
      drg(check({ orders: [line('Omeprazole 20 mg')], currentMedications: [line('Clopidogrel 75 mg')] }))[0]
        ?.ruleId,
    ).toBe('ddi.clopidogrel-omeprazole');
    expect(
      drg(check({ orders: [line('Pantoprazole 40 mg')], currentMedications: [line('Clopidogrel 75 mg')] })),
    ).toEqual([]);
  });

  it('flags two QT-prolonging drugs and, for domperidone, contraindicates the pair', () => {
    expect(drg(check({ orders: [line('Azithromycin 500 mg'), line('Ondansetron 8 mg')] }))[0]?.ruleId).toBe(
      'ddi.qt-qt',
    );
    const dom = drg(
      check({ orders: [line('Domperidone 10 mg')], currentMedications: [line('Clarithromycin 500 mg')] }),
    );
    expect(dom[0]).toMatchObject({ severity: 'CI' });
    expect(dom[0]?.matched.rules).toEqual(expect.arrayContaining(['ddi.domperidone-qt', 'ddi.qt-qt']));
  });

  it('warns that rifampicin defeats hormonal contraception and lopinavir', () => {
    const issues = drg(
      check({
        orders: [line('Rifampin 150 mg + Isoniazid 75 mg')],
        currentMedications: [line('Levonorgestrel + Ethinylestradiol'), line('Lopinavir + Ritonavir')],
      }),
    );
    expect(issues.map((i) => i.ruleId)).toEqual(
      expect.arrayContaining([
        'ddi.rifampicin-hormonal-contraceptive',
        'ddi.rifampicin-lopinavir',
        'ddi.rifampicin-ritonavir',
      ]),
    );
  });

  it('asks to separate ciprofloxacin from antacids', () => {
    const issue = drg(
      check({
        orders: [line('Ciprofloxacin 500 mg')],
        currentMedications: [line('Aluminium hydroxide + Magnesium hydroxide')],
      }),
    )[0];
    expect(issue?.ruleId).toBe('ddi.fluoroquinolone-cation');
    expect(issue?.management?.en).toMatch(/2 hours before or 6 hours after/);
  });

  it('finds nothing for amoxicillin with paracetamol (negative control)', () => {
    expect(check({ orders: [line('Amoxicillin 500 mg'), line('Paracetamol 500 mg')] })).toEqual([]);
  });

  it('never pairs ingredients inside one product', () => {
    const racikan = line('Warfarin 2 mg + Ibuprofen 200 mg');
    expect(drg(check({ orders: [racikan] }))).toEqual([]);
  });

  it('pairs current medications with each other only when asked', () => {
    const input = {
      orders: [line('Amoxicillin 500 mg')],
      currentMedications: [line('Warfarin 2 mg'), line('Ibuprofen 400 mg')],
    };
    expect(drg(check(input))).toEqual([]);
    expect(drg(check({ ...input, policy: { includeCurrentPairs: true } })).map((i) => i.ruleId)).toEqual([
      'ddi.warfarin-nsaid',
    ]);
  });

  it('orders findings deterministically whatever the input order', () => {
    const a = line('Ibuprofen 400 mg', { id: 'a' });
    const b = line('Clarithromycin 500 mg', { id: 'b' });
    const c = line('Simvastatin 40 mg', { id: 'c' });
    const d = line('Warfarin 2 mg', { id: 'd' });
    const first = check({ orders: [a, b], currentMedications: [c, d] }).map((i) => i.id);
    const second = check({ orders: [b, a], currentMedications: [d, c] }).map((i) => i.id);
    expect(second).toEqual(first);
    expect(first[0]).toMatch(/^DRG:ddi.simvastatin-strong-cyp3a4-inhibitor/);
  });
});
