import type { Severity } from '../schema/primitives';
import type { ContraindicationRule } from '../schema/records';
import type { IssueDraft } from './build-issue';
import { moreSevere } from './build-issue';
import { type CheckContext, hepaticAtLeast, icd10Matches, trimesterOf } from './context';
import type { IssueKind } from './issue';
import type { Exposure } from './match';
import { routeMatches, selectorMatches } from './match';

const PREGNANCY_SEVERITY: Record<string, Severity | undefined> = {
  contraindicated: 'CI',
  avoid: 'MAJ',
  caution: 'MOD',
  'insufficient-data': 'MIN',
  compatible: undefined,
};
const LACTATION_SEVERITY: Record<string, Severity | undefined> = {
  avoid: 'MAJ',
  'caution-monitor-infant': 'MOD',
  'insufficient-data': 'MIN',
  compatible: undefined,
};
const LEVEL_SEVERITY: Record<ContraindicationRule['level'], Severity> = {
  CI: 'CI',
  MAJ: 'MAJ',
  MOD: 'MOD',
  INFO: 'MIN',
};
const KIND_OF: Record<ContraindicationRule['category'], IssueKind> = {
  disease: 'COND',
  hepatic: 'COND',
  renal: 'COND',
  pediatric: 'PEALRT',
  geriatric: 'GEALRT',
  pregnancy: 'PREG',
  lactation: 'LACT',
};

/** Whether an authored contraindication rule's condition holds for this patient. */
function conditionHolds(ctx: CheckContext, r: ContraindicationRule): string | undefined {
  const p = ctx.patient;
  const c = r.condition;
  switch (r.category) {
    case 'disease': {
      const code = p.conditions.find((code) => c.icd10?.some((pattern) => icd10Matches(pattern, code)));
      return code;
    }
    case 'hepatic':
      return c.hepaticImpairment && hepaticAtLeast(p, c.hepaticImpairment)
        ? `hepatic:${p.hepaticImpairment}`
        : undefined;
    case 'renal':
      return c.egfrBelow !== undefined && p.egfr !== undefined && p.egfr < c.egfrBelow
        ? `eGFR ${p.egfr}`
        : undefined;
    case 'pediatric':
      return c.ageYearsBelow !== undefined && ctx.ageYears !== undefined && ctx.ageYears < c.ageYearsBelow
        ? `age ${ctx.ageYears.toFixed(1)}`
        : undefined;
    case 'geriatric':
      return c.ageYearsAtLeast !== undefined &&
        ctx.ageYears !== undefined &&
        ctx.ageYears >= c.ageYearsAtLeast
        ? `age ${Math.floor(ctx.ageYears)}`
        : undefined;
    case 'pregnancy': {
      if (!p.pregnancy?.pregnant) return undefined;
      const tri = trimesterOf(p.pregnancy.gestationalWeek);
      return !c.trimesters || tri === undefined || c.trimesters.includes(tri)
        ? `pregnant${tri ? ` T${tri}` : ''}`
        : undefined;
    }
    case 'lactation':
      return p.lactating ? 'lactating' : undefined;
  }
}

/**
 * Patient checks for each new order: pregnancy and lactation blocks, then authored rules by the seed's
 * categories (disease by ICD-10, hepatic, renal, children, elderly, pregnancy and lactation specifics).
 * Pregnancy and lactation findings for one ingredient merge into one issue at the highest severity.
 */
export function checkPatient(ctx: CheckContext): IssueDraft[] {
  const { kb, patient } = ctx;
  const drafts: IssueDraft[] = [];
  const seen = new Set<string>();
  for (const e of ctx.exposures) {
    if (!e.isNew) continue;
    const once = `${e.lineId}:${e.ingredient}`;
    if (seen.has(once)) continue;
    seen.add(once);
    const ing = kb.ingredient(e.ingredient);
    if (!ing) continue;
    const local = !routeMatches(['systemic'], e.route);
    const rules = e.keys.flatMap((k) => kb.contraindicationsFor(k)).filter((r) => selectorMatches(r.drug, e));

    if (patient.pregnancy?.pregnant) {
      const week = patient.pregnancy.gestationalWeek;
      const tri = trimesterOf(week);
      const block = ing.pregnancy;
      const applies =
        (block.fromWeek === undefined || week === undefined || week >= block.fromWeek) &&
        (!block.trimesters || tri === undefined || block.trimesters.includes(tri));
      const draft = reproductiveDraft({
        exposure: e,
        kind: 'PREG',
        category: 'pregnancy',
        severity: PREGNANCY_SEVERITY[applies ? block.level : (block.otherwise ?? 'caution')],
        block,
        rules: rules.filter((r) => r.category === 'pregnancy' && conditionHolds(ctx, r)),
        local,
        condition: `pregnant${week !== undefined ? ` week ${week}` : ''}`,
        summaryOf: (text) => ({
          id: `Kehamilan: ${ing.names.id} — ${text.id}`,
          en: `Pregnancy: ${ing.names.en} — ${text.en}`,
        }),
      });
      if (draft) drafts.push(draft);
    }

    if (patient.lactating) {
      const block = ing.lactation;
      const draft = reproductiveDraft({
        exposure: e,
        kind: 'LACT',
        category: 'lactation',
        severity: LACTATION_SEVERITY[block.level],
        block,
        rules: rules.filter((r) => r.category === 'lactation'),
        local,
        condition: 'lactating',
        summaryOf: (text) => ({
          id: `Menyusui: ${ing.names.id} — ${text.id}`,
          en: `Breastfeeding: ${ing.names.en} — ${text.en}`,
        }),
      });
      if (draft) drafts.push(draft);
    }

    for (const r of rules) {
      if (r.category === 'pregnancy' || r.category === 'lactation') continue;
      const condition = conditionHolds(ctx, r);
      if (!condition) continue;
      drafts.push(contraindicationDraft(ctx, r, e, condition));
    }
  }
  return drafts;
}

type Bilingual = { id: string; en: string };

interface ReproductiveFinding {
  exposure: Exposure;
  kind: 'PREG' | 'LACT';
  category: 'pregnancy' | 'lactation';
  /** From the ingredient's own pregnancy or lactation block. */
  severity: Severity | undefined;
  block: { summary: Bilingual; sources: IssueDraft['evidence']; alternatives?: IssueDraft['alternatives'] };
  /** Authored rules for the same state that hold for this patient; the strictest one wins. */
  rules: readonly ContraindicationRule[];
  /** A topical or other local route: the finding stays informational. */
  local: boolean;
  condition: string;
  summaryOf(text: Bilingual): Bilingual;
}

/** One pregnancy or lactation issue for an ingredient: its block, raised by any stricter authored rule. */
function reproductiveDraft(f: ReproductiveFinding): IssueDraft | undefined {
  let { severity } = f;
  let summary = f.block.summary;
  let ruleId = `${f.category}.${f.exposure.ingredient}`;
  const evidence = [...f.block.sources];
  for (const r of f.rules) {
    const s = LEVEL_SEVERITY[r.level];
    if (severity === undefined || moreSevere(s, severity) === s) {
      severity = s;
      summary = r.summary;
      ruleId = r.id;
    }
    evidence.push(...r.sources);
  }
  if (!severity) return undefined;
  return {
    kind: f.kind,
    category: f.category,
    severity: f.local ? 'MIN' : severity,
    lines: [f.exposure.lineId],
    ingredients: [f.exposure.ingredient],
    ruleId,
    matched: { condition: f.condition },
    summary: f.summaryOf(summary),
    detail: f.block.summary,
    alternatives: f.block.alternatives ?? [],
    evidence,
  };
}

function contraindicationDraft(
  ctx: CheckContext,
  r: ContraindicationRule,
  e: Exposure,
  condition: string,
): IssueDraft {
  const names = ctx.kb.ingredient(e.ingredient)?.names;
  const label = {
    disease: ['Kondisi', 'Condition'],
    hepatic: ['Gangguan hati', 'Hepatic impairment'],
    renal: ['Gangguan ginjal', 'Renal impairment'],
    pediatric: ['Anak', 'Children'],
    geriatric: ['Lansia', 'Elderly'],
    pregnancy: ['Kehamilan', 'Pregnancy'],
    lactation: ['Menyusui', 'Breastfeeding'],
  }[r.category] as [string, string];
  return {
    kind: KIND_OF[r.category],
    category: r.category,
    severity: LEVEL_SEVERITY[r.level],
    lines: [e.lineId],
    ingredients: [e.ingredient],
    ruleId: r.id,
    matched: { condition, via: [r.drug.ingredient ? `i:${r.drug.ingredient}` : `c:${r.drug.class}`] },
    summary: {
      id: `${label[0]}: ${names?.id} — ${r.summary.id}`,
      en: `${label[1]}: ${names?.en} — ${r.summary.en}`,
    },
    detail: r.summary,
    ...(r.management ? { management: r.management } : {}),
    evidence: r.sources,
  };
}
