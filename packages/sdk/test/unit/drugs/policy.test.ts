import { describe, expect, it } from 'vitest';
import { check } from '../../../src/drugs/engine/check';
import { line } from './lines';

const warfarinNsaid = (extra: Record<string, unknown> = {}) => ({
  orders: [line('Ibuprofen 400 mg', { id: 'o', golongan: 'bebas-terbatas' as const })],
  currentMedications: [line('Warfarin 2 mg', { id: 'c', golongan: 'obat-keras' as const })],
  ...extra,
});

describe('alert policy', () => {
  it('maps severities to tiers by default: CI/MAJ interrupt, MOD passive, MIN suppressed', () => {
    const issues = check({
      orders: [line('Ibuprofen 400 mg'), line('Ciprofloxacin 500 mg')],
      currentMedications: [line('Warfarin 2 mg'), line('Caffeine 50 mg')],
    });
    const tierOf = (rule: string) => issues.find((i) => i.ruleId === rule)?.tier;
    expect(tierOf('ddi.warfarin-nsaid')).toBe('interruptive');
    expect(tierOf('ddi.warfarin-fluoroquinolone')).toBe('passive');
    expect(tierOf('ddi.ciprofloxacin-caffeine')).toBe('suppressed');
  });

  it('caps non-interruptive rules at the passive tier', () => {
    const issues = check({
      orders: [line('Ibuprofen 400 mg')],
      currentMedications: [line('Furosemide 40 mg')],
    });
    expect(issues.find((i) => i.ruleId === 'ddi.diuretic-nsaid')).toMatchObject({
      severity: 'MOD',
      tier: 'passive',
    });
    const strict = check({
      orders: [line('Ibuprofen 400 mg')],
      currentMedications: [line('Furosemide 40 mg')],
      policy: {
        tiers: { CI: 'hard-stop', MAJ: 'interruptive', MOD: 'interruptive', MIN: 'passive' },
        nonInterruptiveTier: 'suppressed',
      },
    });
    expect(strict.find((i) => i.ruleId === 'ddi.diuretic-nsaid')?.tier).toBe('suppressed');
  });

  it('turns listed rules into hard stops that need an override', () => {
    const [issue] = check(warfarinNsaid({ policy: { hardStopRules: ['ddi.warfarin-nsaid'] } }));
    expect(issue).toMatchObject({ tier: 'hard-stop', overrideRequired: true });
  });

  it('in RxPERT mode checks interactions only when an obat keras/psikotropika/narkotika line is involved', () => {
    expect(check(warfarinNsaid({ policy: { gating: 'rxpert' } })).map((i) => i.ruleId)).toEqual([
      'ddi.warfarin-nsaid',
    ]);
    const otcOnly = check({
      orders: [line('Ibuprofen 400 mg', { golongan: 'bebas-terbatas' })],
      currentMedications: [line('Aspirin 80 mg', { golongan: 'bebas-terbatas' })],
      policy: { gating: 'rxpert' },
    });
    expect(otcOnly).toEqual([]);
    expect(
      check({
        ...warfarinNsaid(),
        orders: [line('Ibuprofen 400 mg', { golongan: 'bebas-terbatas' })],
        currentMedications: [line('Aspirin 80 mg', { golongan: 'bebas-terbatas' })],
      }),
    ).not.toEqual([]);
  });

  it('still checks allergies for every golongan in RxPERT mode', () => {
    const issues = check({
      orders: [line('Paracetamol 500 mg', { golongan: 'bebas' })],
      patient: { allergies: [{ name: 'paracetamol' }], pregnancy: { pregnant: true } },
      policy: { gating: 'rxpert' },
    });
    expect(issues.map((i) => i.kind)).toEqual(['ALGY']);
  });

  it('suppresses a finding for the patient until the suppression expires', () => {
    const [first] = check(warfarinNsaid());
    const key = first?.suppressionKey as string;
    expect(key).toBe('ddi.warfarin-nsaid|ibuprofen+warfarin');
    const now = Date.parse('2026-11-22T00:00:00Z');
    const active = check(
      warfarinNsaid({ now, policy: { suppressions: [{ key, until: '2027-11-22T00:00:00Z' }] } }),
    );
    expect(active[0]).toMatchObject({
      tier: 'suppressed',
      suppressedUntil: '2027-11-22T00:00:00Z',
      overrideRequired: false,
    });
    const expired = check(
      warfarinNsaid({ now, policy: { suppressions: [{ key, until: '2026-01-01T00:00:00Z' }] } }),
    );
    expect(expired[0]?.tier).toBe('interruptive');
  });

  it('never suppresses a hard stop and drops disabled rules', () => {
    const key = 'ddi.warfarin-nsaid|ibuprofen+warfarin';
    const hard = check(
      warfarinNsaid({
        policy: {
          hardStopRules: ['ddi.warfarin-nsaid'],
          suppressions: [{ key, until: '2099-01-01T00:00:00Z' }],
        },
      }),
    );
    expect(hard[0]?.tier).toBe('hard-stop');
    expect(check(warfarinNsaid({ policy: { disabledRules: ['ddi.warfarin-nsaid'] } }))).toEqual([]);
  });

  it('stamps every issue with the knowledge-base version', () => {
    const [issue] = check(warfarinNsaid());
    expect(issue?.knowledgeBase.version).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
