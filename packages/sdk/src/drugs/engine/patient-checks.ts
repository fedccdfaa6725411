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
      let severity = PREGNANCY_SEVERITY[applies ? block.level : (block.otherwise ?? 'caution')];
      const evidence = [...block.sources];
      let summary = block.summary;
      let ruleId = `pregnancy.${e.ingredient}`;
      for (const r of rules.filter((r) => r.category === 'pregnancy')) {
        if (!conditionHolds(ctx, r)) continue;
        const s = LEVEL_SEVERITY[r.level];
        if (severity === undefined || moreSevere(s, severity) === s) {
          severity = s;
          summary = r.summary;
          ruleId = r.id;
        }
        evidence.push(...r.sources);
      }
      if (severity && local) severity = 'MIN';
      if (severity) {
        drafts.push({
          kind: 'PREG',
          category: 'pregnancy',
          severity,
          lines: [e.lineId],
          ingredients: [e.ingredient],
          ruleId,
          matched: { condition: `pregnant${week !== undefined ? ` week ${week}` : ''}` },
          summary: {
            id: `Kehamilan: ${ing.names.id} — ${summary.id}`,
            en: `Pregnancy: ${ing.names.en} — ${summary.en}`,
          },
          detail: block.summary,
          alternatives: block.alternatives ?? [],
          evidence,
        });
      }
    }

    if (patient.lactating) {
      const block = ing.lactation;
      let severity = LACTATION_SEVERITY[block.level];
      const evidence = [...block.sources];
      let summary = block.summary;
      let ruleId = `lactation.${e.ingredient}`;
      for (const r of rules.filter((r) => r.category === 'lactation')) {
        const s = LEVEL_SEVERITY[r.level];
        if (severity === undefined || moreSevere(s, severity) === s) {
          severity = s;
          summary = r.summary;
          ruleId = r.id;
        }
        evidence.push(...r.sources);
      }
      if (severity && local) severity = 'MIN';
      if (severity) {
        drafts.push({
          kind: 'LACT',
          category: 'lactation',
          severity,
          lines: [e.lineId],
          ingredients: [e.ingredient],
          ruleId,
          matched: { condition: 'lactating' },
          summary: {
            id: `Menyusui: ${ing.names.id} — ${summary.id}`,
            en: `Breastfeeding: ${ing.names.en} — ${summary.en}`,
          },
          detail: block.summary,
          alternatives: block.alternatives ?? [],
          evidence,
        });
      }
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
