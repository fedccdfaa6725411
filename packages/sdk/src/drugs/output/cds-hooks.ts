import type { DrugIssue } from '../engine/issue';
import { OVERRIDE_REASON_SYSTEM, OVERRIDE_REASONS } from '../policy/override-reasons';

/** A CDS Hooks 2.0 card (the subset SehatKit fills). */
export interface CdsCard {
  uuid: string;
  summary: string;
  detail?: string;
  indicator: 'info' | 'warning' | 'critical';
  source: { label: string; topic?: { system: string; code: string; display?: string } };
  suggestions?: { label: string; uuid: string; isRecommended?: boolean }[];
  selectionBehavior?: 'at-most-one' | 'any';
  overrideReasons?: { system: string; code: string; display: string }[];
  links?: { label: string; url: string; type: 'absolute' }[];
}

const INDICATOR: Record<DrugIssue['severity'], CdsCard['indicator']> = {
  CI: 'critical',
  MAJ: 'critical',
  MOD: 'warning',
  MIN: 'info',
};

/** The 140-character limit CDS Hooks puts on a summary. */
const SUMMARY_LIMIT = 140;

export interface CdsCardOptions {
  language?: 'id' | 'en';
  /** Display names for alternatives (ingredient id -> name); defaults to the id. */
  alternativeName?: (ingredientId: string) => string;
}

/** CDS Hooks cards for findings at or above the passive tier; suppressed findings are not carded. */
export function toCdsCards(issues: readonly DrugIssue[], options: CdsCardOptions = {}): CdsCard[] {
  const lang = options.language ?? 'id';
  const name = options.alternativeName ?? ((id: string) => id);
  return issues
    .filter((i) => i.tier !== 'suppressed')
    .map((issue) => {
      const summary = issue.summary[lang];
      const links = issue.evidence
        .filter((c) => c.url)
        .map((c) => ({ label: c.title, url: c.url as string, type: 'absolute' as const }));
      return {
        uuid: issue.id,
        summary: summary.length > SUMMARY_LIMIT ? `${summary.slice(0, SUMMARY_LIMIT - 1)}…` : summary,
        detail: [issue.detail[lang], issue.management?.[lang]].filter(Boolean).join('\n\n'),
        indicator: issue.tier === 'hard-stop' ? 'critical' : INDICATOR[issue.severity],
        source: {
          label: `SehatKit knowledge base ${issue.knowledgeBase.version}`,
          topic: { system: 'https://sehatkit.dev/fhir/CodeSystem/detected-issue-kind', code: issue.kind },
        },
        ...(issue.alternatives.length > 0
          ? {
              suggestions: issue.alternatives.map((alt) => ({
                label: lang === 'id' ? `Pertimbangkan ${name(alt)}` : `Consider ${name(alt)}`,
                uuid: `${issue.id}:${alt}`,
              })),
              selectionBehavior: 'at-most-one' as const,
            }
          : {}),
        ...(issue.overrideRequired
          ? {
              overrideReasons: OVERRIDE_REASONS.map((r) => ({
                system: OVERRIDE_REASON_SYSTEM,
                code: r.code,
                display: r.display[lang],
              })),
            }
          : {}),
        ...(links.length > 0 ? { links } : {}),
      };
    });
}
