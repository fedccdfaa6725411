import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  ConflictError,
  isConflictError,
  isRemoteValidationError,
  isSehatError,
  isValidationError,
  parseInput,
  RemoteValidationError,
  SehatError,
  type ValidationError,
} from '../../src/errors/index';

describe('error family', () => {
  it('recognises errors across realms by brand, not by prototype', () => {
    const foreign = Object.assign(Object.create(null), { code: 'CONFLICT' });
    expect(isSehatError(foreign)).toBe(false);
    const ours = new ConflictError('slot just taken', { reason: 'slot_taken' });
    const copy = Object.assign(Object.create(Object.getPrototypeOf({})), ours);
    for (const sym of Object.getOwnPropertySymbols(ours)) Object.defineProperty(copy, sym, { value: true });
    expect(isConflictError(copy)).toBe(true);
    expect(ours).toBeInstanceOf(SehatError);
    expect(ours.status).toBe(409);
    expect(ours.reason).toBe('slot_taken');
  });

  it('names every bad field with its path when input is rejected', () => {
    const schema = z.object({
      patient: z.object({ nik: z.string().regex(/^\d{16}$/) }),
      lines: z.array(z.number()),
    });
    try {
      parseInput(schema, { patient: { nik: '123' }, lines: [1, 'x'] }, 'visit');
      expect.unreachable();
    } catch (error) {
      expect(isValidationError(error)).toBe(true);
      const e = error as ValidationError;
      expect(e.issues.map((i) => i.path)).toEqual(['patient.nik', 'lines[1]']);
      expect(e.field).toBe('patient.nik');
      expect(e.message).toContain('patient.nik');
    }
  });

  it('carries SATUSEHAT rule numbers on remote validation errors', () => {
    const e = new RemoteValidationError('satusehat', 400, [
      { message: 'Reference is mandatory', location: 'Encounter.serviceProvider', ruleNumber: 10124 },
    ]);
    expect(isRemoteValidationError(e)).toBe(true);
    expect(e.ruleNumbers).toEqual([10124]);
    expect(e.message).toContain('rule 10124');
    expect(e.toJSON()).toMatchObject({ code: 'REMOTE_VALIDATION_FAILED', source: 'satusehat' });
  });
});
