import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  dispenseRecordSchema,
  parseRecord,
  patientRecordSchema,
  prescriptionSchema,
  visitRecordSchema,
  vitalSignsSchema,
} from '../../src/index';
import { COMPILE_AFTER_PARSES, fastParser } from '../../src/records/compiled';
import { withParseContext } from '../../src/records/parse-context';
import { validPatient, validVisit } from '../support/arbitraries';
import { finishedVisit, NOW, nikPatient } from '../support/records';

const OPTIONS = { now: NOW, timeZone: 'WIB' as const };

/** The compiled parser of a schema, parsing it as often as it takes to be compiled. */
function compiledParser<S extends z.ZodType>(schema: S): S {
  for (let i = 0; i < COMPILE_AFTER_PARSES; i += 1) fastParser(schema);
  const compiled = fastParser(schema);
  expect(compiled).not.toBe(schema);
  return compiled;
}

/** Both parsers on the same input under the same clock and zone: same success and data, or same issues. */
function expectSameVerdict(schema: z.ZodType, input: unknown): void {
  const fast = withParseContext(OPTIONS, () => compiledParser(schema).safeParse(input));
  const runtime = withParseContext(OPTIONS, () => schema.safeParse(input));
  expect(fast.success).toBe(runtime.success);
  if (runtime.success) expect(fast.data).toEqual(runtime.data);
  else expect(fast.error?.issues).toEqual(runtime.error?.issues);
}

/** A copy of `record` with the value at `path` replaced (or removed, for `undefined`). */
function replaced(record: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const copy = structuredClone(record) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = value;
  return copy;
}

const VISIT_PATHS = [
  ['registrationNumber'],
  ['status'],
  ['arrivedAt'],
  ['finishedAt'],
  ['patient', 'ihsNumber'],
  ['vitalSigns', 'temperature'],
  ['vitalSigns', 'diastolic'],
  ['diagnoses', 0, 'code'],
  ['diagnoses', 1, 'role'],
  ['procedures', 0, 'performedEnd'],
  ['prescription', 'lines', 0, 'product', 'kfaCode'],
  ['prescription', 'lines', 1, 'medicationType'],
  ['prescription', 'lines', 1, 'ingredients'],
] as const;

describe("zod's compiled fast path for records", () => {
  it('is taken for the record schemas (zod compiles them without refusing any part)', () => {
    for (const schema of [visitRecordSchema, patientRecordSchema, prescriptionSchema, dispenseRecordSchema]) {
      expect(() => z.compile(schema, { strict: true })).not.toThrow();
    }
  });

  it('gives the runtime parser’s result for any valid visit and patient', () => {
    fc.assert(
      fc.property(validVisit, (visit) => expectSameVerdict(visitRecordSchema, visit)),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(validPatient, (patient) => expectSameVerdict(patientRecordSchema, patient)),
      { numRuns: 100 },
    );
  });

  it('gives the runtime parser’s issues, paths and messages when one field is garbage', () => {
    fc.assert(
      fc.property(fc.constantFrom(...VISIT_PATHS), fc.anything(), (path, garbage) => {
        expectSameVerdict(visitRecordSchema, replaced(finishedVisit(), path, garbage));
      }),
      { numRuns: 400 },
    );
    fc.assert(
      fc.property(fc.constantFrom('nik', 'birthDate', 'address'), fc.anything(), (key, garbage) => {
        expectSameVerdict(patientRecordSchema, replaced(nikPatient(), [key], garbage));
      }),
      { numRuns: 200 },
    );
    fc.assert(fc.property(fc.anything(), (garbage) => expectSameVerdict(vitalSignsSchema, garbage)));
  });

  it('judges datetimes by the clock and zone of the parse under way', () => {
    const visit = finishedVisit();
    expect(() => parseRecord(visitRecordSchema, visit, 'visit', { now: NOW })).not.toThrow();
    // The same record a day before its arrival: every event time is now in the future.
    const early = Date.parse('2024-05-01T00:00:00Z');
    expect(() => parseRecord(visitRecordSchema, visit, 'visit', { now: early })).toThrow(/future/);
  });

  it('compiles a schema only once it has been parsed often, so one parse never pays for compiling', () => {
    const schema = z.strictObject({ code: z.string().regex(/^[A-Z]\d{2}$/) });
    for (let i = 1; i < COMPILE_AFTER_PARSES; i += 1) expect(fastParser(schema)).toBe(schema);
    const compiled = fastParser(schema);
    expect(compiled).not.toBe(schema);
    expect(fastParser(schema)).toBe(compiled);
  });

  it('keeps the runtime parser when zod is told not to generate code (jitless)', () => {
    const schema = z.strictObject({ code: z.string() });
    const before = z.config().jitless;
    z.config({ jitless: true });
    try {
      for (let i = 0; i <= COMPILE_AFTER_PARSES; i += 1) expect(fastParser(schema)).toBe(schema);
    } finally {
      z.config({ jitless: before });
    }
  });
});
