import { describe, expect, it } from 'vitest';
import { check } from '../../../src/drugs/engine/check';
import { line } from './lines';

describe('duplicate therapy and cumulative dose', () => {
  it('catches paracetamol in a plain tablet and a flu combination and sums the daily dose', () => {
    const issues = check({
      orders: [
        line('Paracetamol 500 mg', { id: 'panadol', dose: { amount: 2, unit: 'tablet', perDay: 4 } }),
        line('Paracetamol 500 mg + Phenylephrine HCl 15 mg + Chlorpheniramine maleate 2 mg', {
          id: 'flu',
          dose: { amount: 1, unit: 'kaplet', perDay: 3 },
        }),
      ],
    });
    const dup = issues.find((i) => i.kind === 'DUPTHPY' && i.ingredients[0] === 'paracetamol');
    expect(dup?.lines).toEqual(['panadol', 'flu']);
    const dose = issues.find((i) => i.kind === 'DOSEH');
    expect(dose).toMatchObject({ severity: 'MAJ', matched: { dailyDoseMg: 5500, maxDailyDoseMg: 4000 } });
    expect(dose?.summary.id).toContain('5500 mg/hari');
  });

  it('reports the duplicate without a dose finding while the total stays within 4 g', () => {
    const issues = check({
      orders: [line('Paracetamol 500 mg', { dose: { amount: 1, unit: 'tablet', perDay: 3 } })],
      currentMedications: [
        line('Paracetamol 500 mg + Caffeine 50 mg', { dose: { amount: 1, unit: 'tablet', perDay: 3 } }),
      ],
    });
    expect(issues.map((i) => i.kind)).toEqual(['DUPTHPY']);
  });

  it('works from syrup volumes (120 mg/5 mL, 10 mL four times a day = 960 mg)', () => {
    const issues = check({
      patient: { ageYears: 4, weightKg: 10 },
      orders: [line('Paracetamol 120 mg/5 mL', { dose: { amount: 10, unit: 'mL', perDay: 4 } })],
    });
    expect(issues.find((i) => i.kind === 'DOSEH')?.matched).toEqual({
      dailyDoseMg: 960,
      maxDailyDoseMg: 750,
    });
  });

  it('flags two different members of one duplication group (two sedating antihistamines)', () => {
    const issues = check({ orders: [line('Chlorpheniramine maleate 4 mg'), line('Diphenhydramine 25 mg')] });
    expect(issues.find((i) => i.kind === 'DUPTHPY')).toMatchObject({ ruleId: 'dup.sedating-antihistamine' });
  });

  it('flags two NSAIDs but not a single fixed combination product', () => {
    expect(
      check({ orders: [line('Ibuprofen 400 mg'), line('Diclofenac 50 mg')] }).map((i) => i.ruleId),
    ).toContain('dup.nsaid');
    expect(check({ orders: [line('Amoxicillin 500 mg + Clavulanic acid 125 mg')] })).toEqual([]);
  });

  it('does not count low-dose aspirin with an NSAID as duplicate NSAID therapy', () => {
    const issues = check({
      orders: [line('Ibuprofen 400 mg')],
      currentMedications: [line('Aspirin 80 mg', { dose: { amount: 1, unit: 'tablet', perDay: 1 } })],
    });
    expect(issues.some((i) => i.ruleId === 'dup.nsaid')).toBe(false);
    expect(issues.map((i) => i.ruleId)).toContain('ddi.aspirin-ibuprofen');
  });
});
