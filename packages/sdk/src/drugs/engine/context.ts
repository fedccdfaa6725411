import type { z } from 'zod';
import type { KnowledgeBase } from '../kb/knowledge-base';
import type { Context } from '../schema/records';
import type { patientSchema } from './input';
import type { Exposure } from './match';

export type Patient = z.output<typeof patientSchema>;

export interface CheckContext {
  kb: KnowledgeBase;
  patient: Patient;
  ageYears: number | undefined;
  exposures: Exposure[];
  /** Every class and ingredient present on any line, for "third drug present" modifiers. */
  present: Set<string>;
}

export function ageInYears(p: Patient): number | undefined {
  if (p.ageYears !== undefined) return p.ageYears;
  return p.ageDays === undefined ? undefined : p.ageDays / 365.25;
}

const HEPATIC_RANK = { none: 0, mild: 1, moderate: 2, severe: 3 } as const;

export function hepaticAtLeast(p: Patient, level: 'mild' | 'moderate' | 'severe'): boolean {
  return p.hepaticImpairment !== undefined && HEPATIC_RANK[p.hepaticImpairment] >= HEPATIC_RANK[level];
}

/** Whether a rule's context holds; every given condition must hold. */
export function contextHolds(ctx: CheckContext, when: Context, exclude: readonly Exposure[] = []): boolean {
  const p = ctx.patient;
  if (
    when.ageYearsAtLeast !== undefined &&
    !(ctx.ageYears !== undefined && ctx.ageYears >= when.ageYearsAtLeast)
  )
    return false;
  if (when.ageYearsBelow !== undefined && !(ctx.ageYears !== undefined && ctx.ageYears < when.ageYearsBelow))
    return false;
  if (when.egfrBelow !== undefined && !(p.egfr !== undefined && p.egfr < when.egfrBelow)) return false;
  if (when.pregnant !== undefined && (p.pregnancy?.pregnant ?? false) !== when.pregnant) return false;
  if (when.hepaticImpairment !== undefined && !hepaticAtLeast(p, when.hepaticImpairment)) return false;
  const others = (test: (e: Exposure) => boolean) =>
    ctx.exposures.some((e) => !exclude.includes(e) && test(e));
  if (when.classPresent !== undefined && !others((e) => e.classes.includes(when.classPresent as string)))
    return false;
  if (when.ingredientPresent !== undefined && !others((e) => e.ingredient === when.ingredientPresent))
    return false;
  return true;
}

/** Trimester from gestational week (1-13, 14-27, 28+). */
export function trimesterOf(week: number | undefined): 1 | 2 | 3 | undefined {
  if (week === undefined) return undefined;
  return week <= 13 ? 1 : week <= 27 ? 2 : 3;
}

const parsedPatterns = new Map<
  string,
  { from: string; prefix: string; lo: string; hi: string | undefined }
>();

/** ICD-10 code or range matching: `K25` covers K25.x; `K25-K28` covers K25.x to K28.x. */
export function icd10Matches(pattern: string, code: string): boolean {
  let p = parsedPatterns.get(pattern);
  if (!p) {
    const [from, to] = pattern.split('-') as [string, string | undefined];
    p = { from, prefix: from.includes('.') ? from : `${from}.`, lo: from.slice(0, 3), hi: to?.slice(0, 3) };
    parsedPatterns.set(pattern, p);
  }
  if (p.hi === undefined) return code === p.from || code.startsWith(p.prefix);
  const head = code.slice(0, 3);
  return head >= p.lo && head <= p.hi;
}
