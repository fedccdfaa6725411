import { describe, expect, it } from 'vitest';
import { check } from '../../../src/drugs/engine/check';
import type { PatientContext } from '../../../src/drugs/engine/input';
import { line } from './lines';

const run = (drug: string, patient: PatientContext) => check({ orders: [line(drug)], patient });

describe('age checks', () => {
  it('contraindicates codeine under 12 and leaves a 14-year-old alone', () => {
    expect(run('Codeine 10 mg', { ageYears: 8 })[0]).toMatchObject({
      kind: 'PEALRT',
      severity: 'CI',
      ruleId: 'ci.codeine-children',
    });
    expect(run('Codeine 10 mg', { ageYears: 14 }).filter((i) => i.kind === 'PEALRT')).toEqual([]);
  });

  it('warns about aspirin in children (Reye syndrome) and OTC cold medicines under 2', () => {
    expect(run('Aspirin 80 mg', { ageYears: 10 })[0]?.ruleId).toBe('ci.aspirin-children');
    expect(run('Chlorpheniramine maleate 1 mg', { ageDays: 300 })[0]?.ruleId).toBe(
      'ci.otc-cold-under-2-antihistamine-sedating',
    );
  });

  it('uses days for newborns (ceftriaxone in the first month)', () => {
    expect(run('Ceftriaxone 1 g', { ageDays: 10 })[0]?.ruleId).toBe('ci.ceftriaxone-neonates');
    expect(run('Ceftriaxone 1 g', { ageDays: 90 })).toEqual([]);
  });

  it('flags glibenclamide from 65 and not at 50', () => {
    expect(run('Glibenclamide 5 mg', { ageYears: 70 })[0]).toMatchObject({ kind: 'GEALRT', severity: 'MAJ' });
    expect(run('Glibenclamide 5 mg', { ageYears: 50 })).toEqual([]);
  });
});

describe('renal and hepatic checks', () => {
  it('grades metformin by eGFR: contraindicated below 30, caution below 45, nothing at 60', () => {
    expect(run('Metformin 500 mg', { egfr: 25 }).map((i) => i.ruleId)).toContain('ci.metformin-egfr-30');
    expect(run('Metformin 500 mg', { egfr: 40 }).map((i) => i.ruleId)).toEqual(['ci.metformin-egfr-45']);
    expect(run('Metformin 500 mg', { egfr: 60 })).toEqual([]);
  });

  it('contraindicates paracetamol in severe hepatic impairment and cautions in mild', () => {
    expect(run('Paracetamol 500 mg', { hepaticImpairment: 'severe' })[0]).toMatchObject({
      severity: 'CI',
      category: 'hepatic',
    });
    expect(run('Paracetamol 500 mg', { hepaticImpairment: 'mild' })[0]).toMatchObject({ severity: 'MOD' });
    expect(run('Paracetamol 500 mg', { hepaticImpairment: 'none' })).toEqual([]);
  });

  it('raises colchicine + clarithromycin to contraindicated with renal impairment', () => {
    const issues = check({
      orders: [line('Clarithromycin 500 mg')],
      currentMedications: [line('Colchicine 0.5 mg')],
      patient: { egfr: 45 },
    });
    expect(issues.find((i) => i.kind === 'DRG')).toMatchObject({ severity: 'CI' });
  });
});

describe('disease checks by ICD-10', () => {
  it('contraindicates NSAIDs and aspirin in dengue and suggests paracetamol', () => {
    const issue = run('Ibuprofen 400 mg', { conditions: ['A91'] })[0];
    expect(issue).toMatchObject({
      kind: 'COND',
      category: 'disease',
      severity: 'CI',
      matched: { condition: 'A91' },
    });
    expect(issue?.management?.en).toBe('Use paracetamol.');
    expect(run('Aspirin 80 mg', { conditions: ['A90'] })[0]?.ruleId).toBe('ci.aspirin-dengue');
  });

  it('matches subcodes and ranges (K25.0 within K25-K28)', () => {
    expect(run('Naproxen 500 mg', { conditions: ['K25.0'] })[0]?.ruleId).toBe('ci.nsaid-peptic-ulcer');
  });

  it('contraindicates propranolol in asthma but not bisoprolol', () => {
    expect(run('Propranolol 10 mg', { conditions: ['J45.9'] })[0]?.severity).toBe('CI');
    expect(run('Bisoprolol 5 mg', { conditions: ['J45.9'] })).toEqual([]);
  });

  it('contraindicates primaquine in G6PD deficiency', () => {
    expect(run('Primaquine 15 mg', { conditions: ['D55.0'] })[0]?.ruleId).toBe('ci.primaquine-g6pd');
  });
});
