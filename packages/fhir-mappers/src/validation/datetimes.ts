import { SATUSEHAT_EARLIEST, UTC_DATETIME_PATTERN } from '../time/datetime';
import { formatUtc } from '../time/format-utc';
import type { Report } from './issue';
import { isObject } from './json';

export interface DateTimeRule {
  /** Apply the 31 August 2022 floor (event times); onset dates may be older. */
  floor: boolean;
}

export const EVENT: DateTimeRule = { floor: true };
export const ONSET: DateTimeRule = { floor: false };

// Values in the platform format sort as text in time order, so the checks compare strings and parse nothing.
const FLOOR = formatUtc(SATUSEHAT_EARLIEST);

type DateTimeProblem = 'format' | 'value' | undefined;

/** What is wrong with a datetime element, if anything (an absent one is fine). */
function dateTimeProblem(value: unknown, now: string, rule: DateTimeRule): DateTimeProblem {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !UTC_DATETIME_PATTERN.test(value)) return 'format';
  return value > now || (rule.floor && value < FLOOR) ? 'value' : undefined;
}

function reportDateTime(problem: DateTimeProblem, path: string, report: Report): void {
  if (problem === 'format') {
    report({
      path,
      message: 'Invalid date time format; format allowed: YYYY-MM-DDThh:mm:ss+00:00',
      ruleNumber: 10132,
      severity: 'error',
      code: 'invalid_datetime_format',
    });
  } else if (problem === 'value') {
    report({
      path,
      message: 'Invalid date time value; not allowed: future date or past date older than 31st August 2022',
      ruleNumber: 10132,
      severity: 'error',
      code: 'invalid_datetime_value',
    });
  }
}

/**
 * RuleNumber 10132 for `parent.name`: `YYYY-MM-DDThh:mm:ss+00:00`, not in the future, not before 31 August
 * 2022. The texts follow the platform's own ("Invalid date time format", "Invalid date time value"). `now` is
 * already in the platform format.
 */
export function checkDateTime(
  value: unknown,
  parent: string,
  name: string,
  now: string,
  rule: DateTimeRule,
  report: Report,
): void {
  const problem = dateTimeProblem(value, now, rule);
  if (problem !== undefined) reportDateTime(problem, `${parent}.${name}`, report);
}

/** Whether checkPeriod would report nothing. */
export function periodValid(value: unknown, now: string): boolean {
  if (!isObject(value)) return true;
  const { start, end } = value;
  if (dateTimeProblem(start, now, EVENT) !== undefined || dateTimeProblem(end, now, EVENT) !== undefined) {
    return false;
  }
  return start === undefined || end === undefined || (end as string) >= (start as string);
}

/** An event Period at `path`: both ends by the datetime rule, and the end not before the start. */
export function reportPeriod(value: unknown, path: string, now: string, report: Report): void {
  if (!isObject(value)) return;
  const startProblem = dateTimeProblem(value.start, now, EVENT);
  const endProblem = dateTimeProblem(value.end, now, EVENT);
  reportDateTime(startProblem, `${path}.start`, report);
  reportDateTime(endProblem, `${path}.end`, report);
  // Ordered only when both ends are well formed (a value out of range still orders).
  const start = startProblem === 'format' ? undefined : (value.start as string | undefined);
  const end = endProblem === 'format' ? undefined : (value.end as string | undefined);
  if (start !== undefined && end !== undefined && end < start) {
    report({
      path: `${path}.end`,
      message: 'Period ends before it starts',
      severity: 'error',
      code: 'end_before_start',
    });
  }
}

/** The Period `parent.name`; its path is only built when something is wrong with it. */
export function checkPeriod(value: unknown, parent: string, name: string, now: string, report: Report): void {
  if (!periodValid(value, now)) reportPeriod(value, `${parent}.${name}`, now, report);
}

const MAX_DATE_MS = 8.64e15;
let lastSecond = Number.NaN;
let lastText = '';

/**
 * `now` in the platform format. Validation runs per Bundle with the same clock reading (or within the same
 * second), so the last formatted second is kept rather than formatted again.
 */
export function platformNow(now: Date | number | undefined): string {
  const ms = now === undefined ? Date.now() : typeof now === 'number' ? now : now.getTime();
  // Outside the Date range (or NaN) there is no second to share: format as given.
  if (!(Math.abs(ms) <= MAX_DATE_MS)) return formatUtc(ms);
  const second = Math.floor(ms / 1000);
  if (second !== lastSecond) {
    lastText = formatUtc(ms);
    lastSecond = second;
  }
  return lastText;
}
