import { type KfaLevel, kfaLevel } from '../identifiers/kfa';
import { MEDICATION_TYPES } from '../terminology/medication';
import { CODE_SYSTEMS, EXTENSIONS } from '../terminology/systems';
import { checkSystems } from './coding-rules';
import type { Report } from './issue';
import { codings, isObject, type Json, str } from './json';

export type MedicationUse = 'request' | 'dispense' | 'standalone';

// KFA levels by medication type and use (terminology annex Tabel 9, spec §3.10); a standalone Medication is
// judged by the looser request rules.
const PRODUCT_LEVELS: Record<MedicationUse, readonly KfaLevel[]> = {
  request: ['template', 'product'],
  standalone: ['template', 'product'],
  dispense: ['product'],
};
const INGREDIENT_LEVELS: Record<MedicationUse, Record<string, readonly KfaLevel[]>> = {
  request: { NC: ['ingredient'], SD: ['ingredient'], EP: ['template', 'product'] },
  standalone: { NC: ['ingredient'], SD: ['ingredient', 'product'], EP: ['template', 'product'] },
  dispense: { NC: ['ingredient'], SD: ['product'], EP: ['template', 'product'] },
};

const LEVEL_PREFIX: Record<KfaLevel, string> = {
  ingredient: '91',
  template: '92',
  product: '93',
  package: '94',
};
const describe = (levels: readonly KfaLevel[]) => levels.map((l) => `${LEVEL_PREFIX[l]}xxxxxx`).join(' or ');

const PRODUCT_SYSTEMS = [CODE_SYSTEMS.kfa, CODE_SYSTEMS.snomed];
const FORM_SYSTEMS = [CODE_SYSTEMS.medicationForm];
const INGREDIENT_SYSTEMS = [CODE_SYSTEMS.kfa];
// The docs page spells the system with https; the Postman collection and the validator use http (spec §3.1).
const MEDICATION_TYPE_HTTPS = CODE_SYSTEMS.medicationType.replace('http:', 'https:');

/** The medicationType extension's code, or undefined when it is missing (reported). */
function medicationType(med: Json, path: string, report: Report): string | undefined {
  const extensions = med.extension;
  let ext: unknown;
  if (Array.isArray(extensions)) {
    for (const e of extensions) {
      if (isObject(e) && e.url === EXTENSIONS.medicationType) {
        ext = e;
        break;
      }
    }
  }
  if (!isObject(ext)) {
    report({
      path: `${path}.extension`,
      message: `Medication type extension (${EXTENSIONS.medicationType}) is mandatory`,
      severity: 'error',
      code: 'element_not_found',
    });
    return undefined;
  }
  const coding = codings(ext.valueCodeableConcept)[0];
  const system = str(coding?.system);
  if (system !== CODE_SYSTEMS.medicationType && system !== MEDICATION_TYPE_HTTPS) {
    report({
      path: `${path}.extension.valueCodeableConcept.coding[0].system`,
      message: `Invalid coding system: ${system ?? '(none)'}; allowed: ${CODE_SYSTEMS.medicationType}`,
      ruleNumber: 10031,
      severity: 'error',
      code: 'invalid_coding_system',
    });
  }
  const code = str(coding?.code);
  // Own keys only: `toString` or `constructor` is not a medication type.
  if (code === undefined || !Object.hasOwn(MEDICATION_TYPES, code)) {
    report({
      path: `${path}.extension.valueCodeableConcept.coding[0].code`,
      message: `Code not found: '${code ?? ''}' in system ${CODE_SYSTEMS.medicationType} (NC, SD, EP)`,
      ruleNumber: 10031,
      severity: 'error',
      code: 'code_not_found',
    });
    return undefined;
  }
  return code;
}

/** Whether every KFA coding of the concept has one of the allowed levels (codings of other systems pass). */
function kfaLevelsValid(concept: unknown, allowed: readonly KfaLevel[]): boolean {
  if (!isObject(concept)) return true;
  const list = Array.isArray(concept.coding) ? concept.coding : [concept];
  for (const c of list) {
    if (!isObject(c) || c.system !== CODE_SYSTEMS.kfa) continue;
    const level = kfaLevel(str(c.code) ?? '');
    if (level === undefined || !allowed.includes(level)) return false;
  }
  return true;
}

function checkKfaLevel(
  concept: unknown,
  path: string,
  allowed: readonly KfaLevel[],
  ruleNumber: number,
  what: string,
  report: Report,
): void {
  if (kfaLevelsValid(concept, allowed)) return;
  codings(concept).forEach((c, i) => {
    if (c.system !== CODE_SYSTEMS.kfa) return;
    const level = kfaLevel(str(c.code) ?? '');
    if (level === undefined || !allowed.includes(level)) {
      report({
        path: `${path}.coding[${i}].code`,
        message: `${what} KFA code must be ${describe(allowed)} here`,
        ruleNumber,
        severity: 'error',
        code: 'kfa_level',
      });
    }
  });
}

/**
 * The Medication rules: medicationType extension mandatory, KFA code systems (10024, 10030), form system
 * (10025), and the KFA level each code may have for its use and medication type.
 */
export function checkMedication(med: Json, path: string, use: MedicationUse, report: Report): void {
  const type = medicationType(med, path, report);
  const compound = type === 'SD' || type === 'EP';
  if (med.code !== undefined) {
    checkSystems(med.code, path, 'code', PRODUCT_SYSTEMS, 10024, report);
    if (!kfaLevelsValid(med.code, PRODUCT_LEVELS[use])) {
      checkKfaLevel(med.code, `${path}.code`, PRODUCT_LEVELS[use], 10024, 'Medication', report);
    }
  } else if (!compound) {
    report({
      path: `${path}.code`,
      message: 'Medication.code is mandatory unless the medication is compounded (SD, EP)',
      ruleNumber: 10024,
      severity: 'error',
      code: 'element_not_found',
    });
  }
  if (med.form !== undefined) checkSystems(med.form, path, 'form', FORM_SYSTEMS, 10025, report);
  const ingredients = Array.isArray(med.ingredient) ? med.ingredient : [];
  if (compound && ingredients.length === 0) {
    report({
      path: `${path}.ingredient`,
      message: 'A compounded medication (racikan) needs its ingredients',
      severity: 'error',
      code: 'element_not_found',
    });
  }
  const levels = type === undefined ? undefined : INGREDIENT_LEVELS[use][type];
  for (let i = 0; i < ingredients.length; i += 1) {
    const ing = ingredients[i];
    if (!isObject(ing) || ing.itemCodeableConcept === undefined) continue;
    const item = ing.itemCodeableConcept;
    const at = `${path}.ingredient[${i}]`;
    checkSystems(item, at, 'itemCodeableConcept', INGREDIENT_SYSTEMS, 10030, report);
    if (levels !== undefined) {
      checkKfaLevel(item, `${at}.itemCodeableConcept`, levels, 10030, 'Ingredient', report);
    }
  }
}
