import { z } from 'zod';
import { parseDate, parseDateTime, SATUSEHAT_EARLIEST, type UtcDateTime } from '../time/datetime';
import { formatUtc } from '../time/format-utc';
import { TIME_ZONE_OFFSET_MINUTES } from '../time/zones';
import { parseContext } from './parse-context';

/** A datetime as an EMR holds it: ISO 8601 text (with an offset, or local time with `timeZone`) or a Date. */
export type DateTimeInput = string | Date;

// z.custom rather than z.union: unions cost several times more per value, and a visit carries a dozen datetimes.
const dateTimeInput = z.custom<string | Date>((value) => typeof value === 'string' || value instanceof Date, {
  message: 'Must be an ISO 8601 datetime text or a Date',
  params: { code: 'invalid_type' },
});

const PROBLEM_MESSAGES = {
  invalid_format: 'Must be an ISO 8601 datetime such as 2024-05-02T08:30:00+07:00',
  invalid_value: 'Is not a real date and time',
  missing_offset: 'Needs a UTC offset (+07:00, Z) or the clinic timeZone option',
} as const;

function toEpoch(value: string | Date, ctx: z.RefinementCtx): number | undefined {
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) {
      ctx.addIssue({
        code: 'custom',
        message: PROBLEM_MESSAGES.invalid_value,
        params: { code: 'invalid_value' },
      });
      return undefined;
    }
    return ms;
  }
  const parsed = parseDateTime(value, parseContext().timeZone);
  if (typeof parsed === 'number') return parsed;
  ctx.addIssue({ code: 'custom', message: PROBLEM_MESSAGES[parsed], params: { code: parsed } });
  return undefined;
}

function notFuture(ms: number, ctx: z.RefinementCtx): boolean {
  if (ms <= parseContext().now) return true;
  ctx.addIssue({ code: 'custom', message: 'Must not be in the future', params: { code: 'future_date' } });
  return false;
}

/**
 * The time of a clinical event sent to SATUSEHAT: not in the future and not before 31 August 2022
 * (RuleNumber 10132). Output: `YYYY-MM-DDThh:mm:ss+00:00`.
 */
export const eventTimeSchema = dateTimeInput.transform((value, ctx): UtcDateTime => {
  const ms = toEpoch(value, ctx);
  if (ms === undefined || !notFuture(ms, ctx)) return z.NEVER;
  if (ms < SATUSEHAT_EARLIEST) {
    ctx.addIssue({
      code: 'custom',
      message: 'SATUSEHAT refuses datetimes before 2022-08-31',
      params: { code: 'too_early' },
    });
    return z.NEVER;
  }
  return formatUtc(ms);
});

/**
 * A past moment that may precede the platform's cut-off, such as when a chronic condition began.
 * Output: `YYYY-MM-DDThh:mm:ss+00:00`.
 */
export const pastTimeSchema = dateTimeInput.transform((value, ctx): UtcDateTime => {
  const ms = toEpoch(value, ctx);
  if (ms === undefined || !notFuture(ms, ctx)) return z.NEVER;
  return formatUtc(ms);
});

/** A calendar date `YYYY-MM-DD` (birth date) that is real and not after today in Indonesia's easternmost zone. */
export const pastDateSchema = z.string().transform((value, ctx) => {
  const ms = parseDate(value);
  if (ms === undefined) {
    ctx.addIssue({
      code: 'custom',
      message: 'Must be a date YYYY-MM-DD',
      params: { code: 'invalid_format' },
    });
    return z.NEVER;
  }
  // Today has begun in WIT before it has in UTC; a baby born at 06:00 WIT has a birth date UTC calls tomorrow.
  if (ms > parseContext().now + TIME_ZONE_OFFSET_MINUTES.WIT * 60_000) {
    ctx.addIssue({ code: 'custom', message: 'Must not be in the future', params: { code: 'future_date' } });
    return z.NEVER;
  }
  return value;
});
