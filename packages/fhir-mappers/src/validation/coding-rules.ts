import type { Report, SatuSehatIssue } from './issue';
import { codings, isObject, type Json, str } from './json';

// The rules below run on every element of every resource checked, nearly always finding nothing. So each
// takes the parent path and the element's name and joins them only when it reports: a valid Bundle costs no
// path strings. A loop over an array checks `i in list` before reporting, as forEach (which skips holes) did.

/** True when `list[i]` is a hole of a sparse array, which the rules skip. */
export const isHole = (list: readonly unknown[], i: number): boolean => !(i in list);

export const elementNotFound = (path: string): SatuSehatIssue => ({
  path,
  message: `Element not found: ${path}`,
  severity: 'error',
  code: 'element_not_found',
});

/** "Reference is mandatory : X (RuleNumber: 10124)". */
export const referenceMandatory = (path: string): SatuSehatIssue => ({
  path,
  message: `Reference is mandatory : ${path}`,
  ruleNumber: 10124,
  severity: 'error',
  code: 'reference_mandatory',
});

const codingValid = (c: Json, allowed: readonly string[]): boolean =>
  typeof c.system === 'string' && allowed.includes(c.system) && typeof c.code === 'string';

/** Whether checkSystems would report nothing: the same decision, without building anything. */
export function systemsValid(value: unknown, allowed: readonly string[], required: boolean): boolean {
  if (!isObject(value)) return !(required && value === undefined);
  const list = value.coding;
  if (Array.isArray(list)) {
    for (let i = 0; i < list.length; i += 1) {
      const c = list[i];
      if (isObject(c) && !codingValid(c, allowed)) return false;
    }
    return true;
  }
  if (typeof value.system === 'string' || typeof value.code === 'string') return codingValid(value, allowed);
  return true;
}

function reportSystems(
  value: unknown,
  path: string,
  allowed: readonly string[],
  ruleNumber: number,
  report: Report,
  required: boolean,
): void {
  const list = codings(value);
  if (list.length === 0) {
    if (required && value === undefined) report(elementNotFound(path));
    return;
  }
  list.forEach((c, i) => {
    const system = str(c.system);
    const at = Array.isArray((value as { coding?: unknown }).coding) ? `${path}.coding[${i}]` : path;
    if (system === undefined || !allowed.includes(system)) {
      report({
        path: `${at}.system`,
        message: `Invalid coding system: ${system ?? '(none)'}; allowed: ${allowed.join(', ')}`,
        ruleNumber,
        severity: 'error',
        code: 'invalid_coding_system',
      });
    }
    if (str(c.code) === undefined) {
      report({
        path: `${at}.code`,
        message: 'Code is missing',
        ruleNumber,
        severity: 'error',
        code: 'code_not_found',
      });
    }
  });
}

/**
 * `parent.name`, a CodeableConcept (or a lone Coding, as Encounter.class is) whose codings must come from the
 * listed systems: "Invalid coding system" with the rule number of the element (10003 Condition.code, 10015
 * Procedure.code...), or "Element not found" when a required element is absent.
 */
export function checkSystems(
  value: unknown,
  parent: string,
  name: string,
  allowed: readonly string[],
  ruleNumber: number,
  report: Report,
  required = true,
): void {
  if (!systemsValid(value, allowed, required)) {
    reportSystems(value, `${parent}.${name}`, allowed, ruleNumber, report, required);
  }
}

/** systemsValid for each element of a list (required: an undefined element is not valid). */
export function systemsValidEach(list: readonly unknown[], allowed: readonly string[]): boolean {
  for (let i = 0; i < list.length; i += 1) {
    if (!systemsValid(list[i], allowed, true) && !isHole(list, i)) return false;
  }
  return true;
}

/** checkSystems for each element of the array `parent.name` (absent or not an array: nothing to check). */
export function checkSystemsEach(
  list: unknown,
  parent: string,
  name: string,
  allowed: readonly string[],
  ruleNumber: number,
  report: Report,
): void {
  if (!Array.isArray(list)) return;
  for (let i = 0; i < list.length; i += 1) {
    const value = list[i];
    if (!systemsValid(value, allowed, true) && !isHole(list, i)) {
      reportSystems(value, `${parent}.${name}[${i}]`, allowed, ruleNumber, report, true);
    }
  }
}

/** Whether the element holds a non-empty reference. */
export function hasReference(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const ref = (value as { reference?: unknown }).reference;
  return typeof ref === 'string' && ref !== '';
}

/** `parent.name` must hold a non-empty reference (RuleNumber 10124). */
export function requireReference(value: unknown, parent: string, name: string, report: Report): void {
  if (!hasReference(value)) report(referenceMandatory(`${parent}.${name}`));
}

/** Each element of the array `parent.name` must be a non-empty reference (10124). */
export function requireReferenceEach(list: unknown, parent: string, name: string, report: Report): void {
  if (!Array.isArray(list)) return;
  for (let i = 0; i < list.length; i += 1) {
    if (!hasReference(list[i]) && !isHole(list, i)) report(referenceMandatory(`${parent}.${name}[${i}]`));
  }
}

/** A required element `parent.name` that is absent or empty; true when present. */
export function requireElement(value: unknown, parent: string, name: string, report: Report): boolean {
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) {
    report(elementNotFound(`${parent}.${name}`));
    return false;
  }
  return true;
}
