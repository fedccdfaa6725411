import { describe, expect, it } from 'vitest';
import { check } from '../../../src/drugs/engine/check';
import { line } from './lines';

const preg = (drug: string, gestationalWeek?: number, route?: 'topical') =>
  check({
    orders: [line(drug, route ? { route } : {})],
    patient: { pregnancy: { pregnant: true, ...(gestationalWeek !== undefined ? { gestationalWeek } : {}) } },
  }).filter((i) => i.kind === 'PREG');
const lact = (drug: string) =>
  check({ orders: [line(drug)], patient: { lactating: true } }).filter((i) => i.kind === 'LACT');

describe('pregnancy checks', () => {
  it('contraindicates warfarin, ACE inhibitors, isotretinoin and valproate', () => {
    for (const drug of ['Warfarin 2 mg', 'Captopril 25 mg', 'Isotretinoin 20 mg', 'Valproic acid 250 mg']) {
      expect(preg(drug, 10)[0]?.severity, drug).toBe('CI');
    }
  });

  it('follows the NSAID timeline: caution before 20 weeks, avoid from 20, contraindicated in the third trimester', () => {
    expect(preg('Ibuprofen 400 mg', 12)[0]?.severity).toBe('MOD');
    expect(preg('Ibuprofen 400 mg', 24)[0]?.severity).toBe('MAJ');
    const t3 = preg('Ibuprofen 400 mg', 32)[0];
    expect(t3).toMatchObject({ severity: 'CI', ruleId: 'ci.nsaid-third-trimester' });
    expect(t3?.alternatives).toContain('paracetamol');
  });

  it('uses the strictest reading when the gestational week is unknown', () => {
    expect(preg('Ibuprofen 400 mg')[0]?.severity).toBe('CI');
  });

  it('raises nothing for paracetamol, amoxicillin, methyldopa or folic acid (negative controls)', () => {
    for (const drug of ['Paracetamol 500 mg', 'Amoxicillin 500 mg', 'Methyldopa 250 mg', 'Folic acid 1 mg']) {
      expect(preg(drug, 20), drug).toEqual([]);
    }
  });

  it('keeps primaquine contraindicated and allows artemether-lumefantrine in the first trimester', () => {
    expect(preg('Primaquine 15 mg', 8)[0]?.severity).toBe('CI');
    expect(preg('Artemether 20 mg + Lumefantrine 120 mg', 8)).toEqual([]);
  });

  it('restricts DHP to the second and third trimesters', () => {
    expect(preg('Dihydroartemisinin 40 mg + Piperaquine 320 mg', 8).map((i) => i.severity)).toEqual([
      'MOD',
      'MOD',
    ]);
    expect(preg('Dihydroartemisinin 40 mg + Piperaquine 320 mg', 20)).toEqual([]);
  });

  it('lowers findings for products applied to the skin', () => {
    expect(preg('Gentamicin', 10, 'topical')[0]?.severity).toBe('MIN');
  });

  it('checks nothing when the patient is not pregnant', () => {
    expect(check({ orders: [line('Warfarin 2 mg')], patient: { pregnancy: { pregnant: false } } })).toEqual(
      [],
    );
  });
});

describe('lactation checks', () => {
  it('advises against codeine and tramadol while breastfeeding', () => {
    expect(lact('Codeine 10 mg')[0]).toMatchObject({
      severity: 'MAJ',
      alternatives: ['paracetamol', 'ibuprofen'],
    });
    expect(lact('Tramadol 50 mg')[0]?.severity).toBe('MAJ');
  });

  it('accepts sertraline, ibuprofen and levonorgestrel-only contraception (negative controls)', () => {
    for (const drug of ['Sertraline 50 mg', 'Ibuprofen 400 mg', 'Levonorgestrel 0.75 mg'])
      expect(lact(drug), drug).toEqual([]);
  });

  it('flags combined oestrogen contraception and pseudoephedrine', () => {
    expect(lact('Ethinylestradiol 0.03 mg')[0]?.severity).toBe('MAJ');
    expect(lact('Pseudoephedrine 30 mg')[0]?.severity).toBe('MOD');
  });
});
