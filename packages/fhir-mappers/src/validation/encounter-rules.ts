import { CODE_SYSTEMS } from '../terminology/systems';
import {
  checkSystems,
  elementNotFound,
  hasReference,
  isHole,
  referenceMandatory,
  requireElement,
  requireReference,
  systemsValid,
  systemsValidEach,
} from './coding-rules';
import { checkPeriod, periodValid, reportPeriod } from './datetimes';
import { isObject, type Json, str } from './json';
import type { RuleEnv } from './resource-rules';

const CLASS_SYSTEMS = [CODE_SYSTEMS.actCode];
const PARTICIPATION_SYSTEMS = [CODE_SYSTEMS.participationType];
const DIAGNOSIS_ROLE_SYSTEMS = [CODE_SYSTEMS.diagnosisRole];
const STATUS_ORDER = ['arrived', 'in-progress', 'finished'];

// Loops below check an element cheaply first and only build its path (`…participant[0]`) when it fails,
// then run the reporting checks in the original order.

function participants(list: unknown[], p: string, report: RuleEnv['report']): void {
  for (let i = 0; i < list.length; i += 1) {
    const part = list[i];
    if (!isObject(part)) continue;
    const types = Array.isArray(part.type) ? part.type : [];
    if (hasReference(part.individual) && systemsValidEach(types, PARTICIPATION_SYSTEMS)) continue;
    const at = `${p}.participant[${i}]`;
    requireReference(part.individual, at, 'individual', report);
    for (let j = 0; j < types.length; j += 1) {
      if (isHole(types, j)) continue;
      checkSystems(types[j], at, `type[${j}]`, PARTICIPATION_SYSTEMS, 10002, report);
    }
  }
}

function statusHistory(r: Json, history: unknown[], p: string, env: RuleEnv): void {
  const { report, now } = env;
  for (let i = 0; i < history.length; i += 1) {
    const h = history[i];
    const period = isObject(h) ? h.period : undefined;
    if (!periodValid(period, now)) reportPeriod(period, `${p}.statusHistory[${i}].period`, now, report);
  }
  // Holes of a sparse list are skipped, as Array#some did.
  let ordered = true;
  for (let i = 0; i < history.length && ordered; i += 1) {
    if (isHole(history, i)) continue;
    const h = history[i];
    ordered = (isObject(h) ? str(h.status) : undefined) === STATUS_ORDER[i];
  }
  const last = history[history.length - 1];
  if (!ordered) {
    report({
      path: `${p}.statusHistory`,
      message: 'statusHistory must run arrived, in-progress, finished in that order',
      severity: 'error',
      code: 'invalid_status_history',
    });
  } else if ((isObject(last) ? str(last.status) : undefined) !== r.status) {
    report({
      path: `${p}.status`,
      message: 'status must be the last statusHistory status',
      severity: 'error',
      code: 'invalid_status_history',
    });
  }
}

/**
 * SATUSEHAT's Encounter: identifier, class (ActCode), subject, participants with an ATND-style type, location,
 * serviceProvider, period with a start, statusHistory in lifecycle order ending at `status`, and a finished
 * Encounter only with a diagnosis (and, as the playbook asks, a discharge disposition).
 */
export function encounter(r: Json, p: string, env: RuleEnv): void {
  const { report, now } = env;
  requireElement(r.identifier, p, 'identifier', report);
  checkSystems(r.class, p, 'class', CLASS_SYSTEMS, 10002, report);
  requireReference(r.subject, p, 'subject', report);
  if (requireElement(r.participant, p, 'participant', report) && Array.isArray(r.participant)) {
    participants(r.participant, p, report);
  }
  if (requireElement(r.location, p, 'location', report) && Array.isArray(r.location)) {
    const locations = r.location;
    for (let i = 0; i < locations.length; i += 1) {
      const l = locations[i];
      if (!hasReference(isObject(l) ? l.location : undefined) && !isHole(locations, i)) {
        report(referenceMandatory(`${p}.location[${i}].location`));
      }
    }
  }
  requireReference(r.serviceProvider, p, 'serviceProvider', report);
  if (requireElement(r.period, p, 'period', report)) {
    if (isObject(r.period) && r.period.start === undefined) report(elementNotFound(`${p}.period.start`));
    checkPeriod(r.period, p, 'period', now, report);
  }
  if (requireElement(r.statusHistory, p, 'statusHistory', report)) {
    statusHistory(r, Array.isArray(r.statusHistory) ? r.statusHistory : [], p, env);
  }
  const diagnoses = Array.isArray(r.diagnosis) ? r.diagnosis : [];
  if (r.status === 'finished') {
    if (diagnoses.length === 0) {
      report({
        path: `${p}.diagnosis`,
        message: 'A finished Encounter needs at least one diagnosis',
        severity: 'error',
        code: 'finished_without_diagnosis',
      });
    }
    if (r.hospitalization === undefined) {
      report({
        path: `${p}.hospitalization.dischargeDisposition`,
        message: 'The outpatient playbook asks for the discharge disposition when the visit finishes',
        severity: 'warning',
        code: 'element_not_found',
      });
    }
  }
  for (let i = 0; i < diagnoses.length; i += 1) {
    const d = diagnoses[i];
    if (!isObject(d)) continue;
    if (hasReference(d.condition) && systemsValid(d.use, DIAGNOSIS_ROLE_SYSTEMS, false)) continue;
    const at = `${p}.diagnosis[${i}]`;
    requireReference(d.condition, at, 'condition', report);
    checkSystems(d.use, at, 'use', DIAGNOSIS_ROLE_SYSTEMS, 10002, report, false);
  }
}
