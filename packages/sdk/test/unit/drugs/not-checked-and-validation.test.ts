import { describe, expect, it } from 'vitest';
import { check } from '../../../src/drugs/engine/check';
import { isValidationError } from '../../../src/errors/guards';
import { line } from './lines';

describe('never silent', () => {
  it('reports free text it cannot resolve as NOT_CHECKED and still checks what it can', () => {
    const issues = check({
      orders: [line('Ibuprofen 400 mg', { id: 'o1' })],
      currentMedications: [
        { id: 'c1', text: 'jamu pegal linu' },
        { id: 'c2', text: 'warfarin 2mg 1x sehari dari RS' },
      ],
    });
    expect(issues.find((i) => i.kind === 'NOT_CHECKED')).toMatchObject({ lines: ['c1'], tier: 'passive' });
    expect(issues.find((i) => i.kind === 'DRG')?.lines).toEqual(['o1', 'c2']);
  });

  it('reports the unresolved part of a partly known product', () => {
    const issues = check({ orders: [line('Paracetamol 500 mg + Propyphenazone 150 mg', { id: 'p' })] });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ kind: 'NOT_CHECKED', ingredients: ['paracetamol'] });
    expect(issues[0]?.summary.en).toContain('Propyphenazone');
  });

  it('resolves KFA BZA codes, Indonesian spellings and salts', () => {
    const issues = check({
      orders: [{ id: 'o', ingredients: [{ kfaCode: '91000101' }, { name: 'Ibuprofen' }] }],
      currentMedications: [
        { id: 'c', ingredients: [{ name: 'natrium warfarin' }] },
        { id: 'd', text: 'Amlodipine besilate 5 mg' },
      ],
    });
    expect(issues.filter((i) => i.kind === 'NOT_CHECKED')).toEqual([]);
  });

  it('can make unresolved items interrupt by policy', () => {
    const [issue] = check({
      orders: [{ id: 'x', text: 'obat racikan puyer' }],
      policy: { notCheckedTier: 'interruptive' },
    });
    expect(issue).toMatchObject({ kind: 'NOT_CHECKED', tier: 'interruptive', overrideRequired: true });
  });
});

describe('input validation', () => {
  const fail = (input: unknown) => {
    try {
      check(input as Parameters<typeof check>[0]);
    } catch (error) {
      if (isValidationError(error)) return error;
      throw error;
    }
    throw new Error('expected a ValidationError');
  };

  it('rejects an empty prescription, naming the field', () => {
    expect(fail({ orders: [] }).field).toBe('orders');
  });

  it('rejects a line with nothing to check and a duplicated line id', () => {
    expect(fail({ orders: [{ id: 'a' }] }).field).toBe('orders[0].ingredients');
    expect(
      fail({
        orders: [line('Paracetamol', { id: 'a' })],
        currentMedications: [line('Ibuprofen', { id: 'a' })],
      }).message,
    ).toMatch(/line id a is used twice/);
  });

  it('rejects a condition that is not ICD-10 without echoing the value (no NIK in messages)', () => {
    const nik = '3171234567890001';
    const error = fail({ orders: [line('Paracetamol')], patient: { id: 'p1', conditions: [nik] } });
    expect(error.field).toBe('patient.conditions[0]');
    expect(error.message).not.toContain(nik);
    expect(JSON.stringify(error)).not.toContain(nik);
  });
});
