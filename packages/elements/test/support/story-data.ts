import type { DrugIssue } from '../../src/api/wire';

/** A name an attacker could put in a catalogue or a free-text medicine: it must stay text. */
export const HOSTILE = '<img src=x onerror=alert(1)>';

/** Precomputed findings of each tier, for stories of hosts that checked the prescription themselves. */
export function sampleIssues(name = 'Ibuprofen'): DrugIssue[] {
  return [
    {
      id: 'DRG:demo-warfarin-nsaid',
      kind: 'DRG',
      severity: 'MAJ',
      tier: 'interruptive',
      lines: ['line-1', 'line-2'],
      ruleId: 'ddi.demo',
      summary: {
        id: `${name} bersama warfarin meningkatkan risiko perdarahan`,
        en: `${name} with warfarin raises the bleeding risk`,
      },
      detail: {
        id: 'Contoh temuan untuk Storybook: AINS menambah efek antikoagulan dan mengiritasi mukosa lambung.',
        en: 'Storybook example: NSAIDs add to the anticoagulant effect and irritate the gastric mucosa.',
      },
      management: {
        id: 'Pertimbangkan parasetamol; pantau INR.',
        en: 'Consider paracetamol; monitor the INR.',
      },
      evidence: [{ title: 'Example citation for a story', publisher: 'SehatKit Storybook', year: 2026 }],
      overrideRequired: true,
      overrideToken: 'storybook.example',
    },
    {
      id: 'DUPTHPY:demo',
      kind: 'DUPTHPY',
      severity: 'MOD',
      tier: 'passive',
      lines: ['line-1'],
      summary: { id: 'Dua obat golongan AINS', en: 'Two NSAIDs' },
      detail: { id: 'Contoh temuan pasif.', en: 'A passive example finding.' },
      evidence: [],
      overrideRequired: false,
    },
    {
      id: 'LACT:demo',
      kind: 'LACT',
      severity: 'MIN',
      tier: 'suppressed',
      lines: ['line-1'],
      summary: { id: 'Umumnya aman saat menyusui', en: 'Generally compatible with breastfeeding' },
      detail: { id: 'Contoh temuan informasi.', en: 'An information-only example finding.' },
      evidence: [],
      overrideRequired: false,
    },
  ];
}
