import { describe, expect, it } from 'vitest';
import { check } from '../../../src/drugs/engine/check';
import { toCdsCards } from '../../../src/drugs/output/cds-hooks';
import {
  ACT_CODE_SYSTEM,
  SEHATKIT_ISSUE_SYSTEM,
  toDetectedIssue,
} from '../../../src/drugs/output/detected-issue';
import { OVERRIDE_REASON_SYSTEM, OVERRIDE_REASONS } from '../../../src/drugs/policy/override-reasons';
import { fhirSchemaErrors } from './fhir-schema';
import { line } from './lines';

const issues = check({
  orders: [
    line('Ibuprofen 400 mg', { id: 'MedicationRequest/mr-1' }),
    { id: 'MedicationRequest/mr-2', text: 'jamu' },
  ],
  currentMedications: [line('Warfarin 2 mg', { id: 'MedicationStatement/ms-1' })],
  patient: { pregnancy: { pregnant: true, gestationalWeek: 30 } },
});
const interaction = issues.find((i) => i.kind === 'DRG')!;
const notChecked = issues.find((i) => i.kind === 'NOT_CHECKED')!;

describe('FHIR DetectedIssue output', () => {
  it('produces schema-valid R4 resources with ActCode codes, severity and implicated lines', () => {
    const resource = toDetectedIssue(interaction, {
      patient: 'Patient/P02478375538',
      identified: '2026-11-22T03:00:00+07:00',
      reference: (id) => ({ reference: id }),
    });
    expect(fhirSchemaErrors(resource)).toEqual([]);
    expect(resource).toMatchObject({
      status: 'preliminary',
      severity: 'high',
      code: { coding: [{ system: ACT_CODE_SYSTEM, code: 'DRG' }] },
      implicated: [{ reference: 'MedicationRequest/mr-1' }, { reference: 'MedicationStatement/ms-1' }],
    });
    expect(resource.evidence?.[0]?.detail?.length).toBeGreaterThan(0);
  }, 60_000);

  it('codes NOT_CHECKED in the SehatKit system and records an override as the mitigation', () => {
    const nc = toDetectedIssue(notChecked, { language: 'en' });
    expect(fhirSchemaErrors(nc)).toEqual([]);
    expect(nc.code?.coding?.[0]).toMatchObject({ system: SEHATKIT_ISSUE_SYSTEM, code: 'NOT_CHECKED' });
    const overridden = toDetectedIssue(interaction, {
      override: {
        id: 'o1',
        patientId: 'p1',
        issueId: interaction.id,
        suppressionKey: interaction.suppressionKey,
        kind: 'DRG',
        severity: 'MAJ',
        tier: 'interruptive',
        reasonCode: 'will-monitor',
        reasonText: 'INR tiap minggu',
        by: 'dr-1',
        at: '2026-11-22T03:00:00.000Z',
        knowledgeBaseVersion: '0.1.0',
      },
    });
    expect(fhirSchemaErrors(overridden)).toEqual([]);
    expect(overridden.status).toBe('final');
    expect(overridden.mitigation?.[0]?.action.coding?.[0]).toEqual({
      system: OVERRIDE_REASON_SYSTEM,
      code: 'will-monitor',
    });
  });
});

describe('CDS Hooks cards', () => {
  it('maps tiers and severities to indicators and offers coded override reasons for interruptive cards', () => {
    const cards = toCdsCards(issues, { language: 'en' });
    const card = cards.find((c) => c.uuid === interaction.id)!;
    expect(card.indicator).toBe('critical');
    expect(card.summary.length).toBeLessThanOrEqual(140);
    expect(card.overrideReasons).toHaveLength(OVERRIDE_REASONS.length);
    expect(card.suggestions?.map((s) => s.label)).toContain('Consider paracetamol');
    expect(cards.find((c) => c.uuid === notChecked.id)?.indicator).toBe('warning');
  });

  it('leaves suppressed findings out of the cards', () => {
    const minor = check({
      orders: [line('Ciprofloxacin 500 mg')],
      currentMedications: [line('Caffeine 50 mg')],
    });
    expect(minor[0]?.tier).toBe('suppressed');
    expect(toCdsCards(minor)).toEqual([]);
  });
});
