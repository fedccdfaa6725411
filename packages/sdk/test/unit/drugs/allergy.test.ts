import { describe, expect, it } from 'vitest';
import { check } from '../../../src/drugs/engine/check';
import type { PatientAllergy } from '../../../src/drugs/engine/input';
import { line } from './lines';

const algy = (drug: string, allergy: PatientAllergy) =>
  check({ orders: [line(drug)], patient: { allergies: [allergy] } }).filter(
    (i) => i.kind === 'ALGY' || i.kind === 'NOT_CHECKED',
  );

describe('allergy checks', () => {
  it('matches the exact ingredient first', () => {
    const [issue] = algy('Amoxicillin 500 mg', { name: 'amoksisilin', reaction: 'urtikaria' });
    expect(issue).toMatchObject({
      severity: 'CI',
      matched: { allergyLevel: 'exact', allergen: 'Amoxicillin' },
    });
    expect(issue?.detail.id).toContain('urtikaria');
  });

  it('matches the same allergy group (penicillin V allergy, amoxicillin ordered)', () => {
    expect(algy('Amoxicillin 500 mg', { name: 'Penicillin V' })[0]).toMatchObject({
      severity: 'MAJ',
      matched: { allergyLevel: 'same-group', via: ['c:alg.penicillin'] },
    });
  });

  it('reports cross-sensitivity through a shared R1 side chain as major (amoxicillin -> cephalexin)', () => {
    expect(algy('Cephalexin 500 mg', { name: 'Amoxicillin' })[0]).toMatchObject({
      severity: 'MAJ',
      ruleId: 'alr.aminopenicillin-r1-cephalosporin',
      matched: { allergyLevel: 'cross-sensitivity' },
    });
  });

  it('reports a dissimilar cephalosporin as minor cross-sensitivity, raised after anaphylaxis', () => {
    expect(algy('Ceftriaxone 1 g', { name: 'Amoxicillin' })[0]).toMatchObject({
      severity: 'MIN',
      ruleId: 'alr.penicillin-cephalosporin',
    });
    expect(algy('Ceftriaxone 1 g', { name: 'Amoxicillin', severeReaction: true })[0]?.severity).toBe('MOD');
  });

  it('does not flag a macrolide for a penicillin allergy (negative control)', () => {
    expect(algy('Azithromycin 500 mg', { name: 'Amoxicillin' })).toEqual([]);
  });

  it('accepts class allergies coded as ATC level 3/4, as SATUSEHAT records them', () => {
    expect(algy('Amoxicillin 500 mg', { atc: 'J01CA' })[0]?.matched.allergyLevel).toBe('same-group');
  });

  it('separates sulfonamide antibiotics from non-antibiotic sulfonamides, except celecoxib per its label', () => {
    expect(algy('Furosemide 40 mg', { name: 'Sulfamethoxazole' })[0]).toMatchObject({ severity: 'MIN' });
    expect(algy('Celecoxib 200 mg', { name: 'Sulfamethoxazole' })[0]).toMatchObject({
      severity: 'MAJ',
      ruleId: 'alr.sulfonamide-celecoxib',
    });
  });

  it('treats NSAID hypersensitivity as a group and lets coxibs and paracetamol through at a minor level', () => {
    expect(algy('Ibuprofen 400 mg', { name: 'asetosal' })[0]).toMatchObject({
      severity: 'MAJ',
      matched: { allergyLevel: 'same-group' },
    });
    expect(algy('Celecoxib 200 mg', { name: 'asetosal' })[0]).toMatchObject({
      severity: 'MIN',
      matched: { allergyLevel: 'cross-sensitivity' },
    });
  });

  it('escalates a severe reaction to an aromatic anticonvulsant (carbamazepine SJS -> phenytoin)', () => {
    expect(
      algy('Phenytoin 100 mg', { name: 'Carbamazepine', severeReaction: true, reaction: 'SJS' })[0],
    ).toMatchObject({ severity: 'CI' });
  });

  it('keeps intolerances passive', () => {
    expect(
      algy('Codeine 10 mg', { name: 'codeine', type: 'intolerance', reaction: 'mual' })[0],
    ).toMatchObject({ severity: 'MOD', tier: 'passive' });
  });

  it('says so when a recorded allergen cannot be recognised', () => {
    const [issue] = algy('Amoxicillin 500 mg', { name: 'obat merah' });
    expect(issue).toMatchObject({ kind: 'NOT_CHECKED' });
    expect(issue?.summary.en).toContain('obat merah');
  });
});
