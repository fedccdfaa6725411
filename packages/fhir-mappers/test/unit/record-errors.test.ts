import { describe, expect, it } from 'vitest';
import {
  buildVisitBundle,
  FhirMappingError,
  isFhirMappingError,
  mapPatient,
  mapVitalSigns,
  type VisitRecord,
} from '../../src/index';
import { CONTEXT, DOCTOR_REF, finishedVisit, NOW, nikPatient, PATIENT_REF } from '../support/records';

function mappingError(run: () => unknown): FhirMappingError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(FhirMappingError);
    return error as FhirMappingError;
  }
  throw new Error('expected a FhirMappingError');
}

const withVisit = (change: (v: VisitRecord) => VisitRecord) => () =>
  buildVisitBundle(change(finishedVisit()), CONTEXT);

describe('records that cannot become SATUSEHAT resources', () => {
  it('names a NIK that is not 16 digits, without repeating it', () => {
    const error = mappingError(() => mapPatient({ ...nikPatient(), nik: '927106031200000' }, CONTEXT));
    expect(error.issues).toEqual([
      { path: 'nik', message: expect.stringContaining('16 digits'), code: 'invalid_format' },
    ]);
    expect(error.field).toBe('nik');
    expect(error.message).not.toContain('927106031200000');
  });

  it('never puts a NIK in a message, even one sent under an unknown key', () => {
    const error = mappingError(() =>
      mapPatient({ ...nikPatient(), ['9271060312000001']: true } as never, CONTEXT),
    );
    expect(error.message).not.toContain('9271060312000001');
    expect(JSON.stringify(error.toJSON())).not.toContain('9271060312000001');
    expect(error.message).toContain('************0001');
  });

  it('names a malformed ICD-10 code', () => {
    const error = mappingError(
      withVisit((v) => ({ ...v, diagnoses: [{ code: 'J069', display: 'ISPA', role: 'primary' }] })),
    );
    expect(error.issues.map((i) => i.path)).toEqual(['diagnoses[0].code']);
  });

  it('refuses a visit that ends before it starts', () => {
    const error = mappingError(withVisit((v) => ({ ...v, finishedAt: '2024-05-02T08:10:00+07:00' })));
    expect(error.issues).toEqual([expect.objectContaining({ path: 'finishedAt', code: 'end_before_start' })]);
  });

  it('refuses future times and times before 31 August 2022', () => {
    const future = mappingError(withVisit((v) => ({ ...v, arrivedAt: '2024-06-02T08:00:00+07:00' })));
    expect(future.issues).toContainEqual(expect.objectContaining({ path: 'arrivedAt', code: 'future_date' }));
    const old = mappingError(withVisit((v) => ({ ...v, arrivedAt: '2022-08-30T08:00:00+07:00' })));
    expect(old.issues).toContainEqual(expect.objectContaining({ path: 'arrivedAt', code: 'too_early' }));
  });

  it('refuses an unknown vital-sign unit and an implausible value', () => {
    const clinical = {
      ...CONTEXT,
      patient: PATIENT_REF,
      practitioner: DOCTOR_REF,
      encounter: { reference: 'Encounter/e1' },
    };
    const unit = mappingError(() =>
      mapVitalSigns(
        { measuredAt: '2024-05-02T01:00:00Z', temperature: { value: 37, unit: 'kelvin' } },
        clinical,
      ),
    );
    expect(unit.issues).toEqual([
      expect.objectContaining({ path: 'temperature.unit', code: 'unknown_unit' }),
    ]);
    const implausible = mappingError(() =>
      mapVitalSigns({ measuredAt: '2024-05-02T01:00:00Z', temperature: 98.6 }, clinical),
    );
    expect(implausible.issues).toEqual([
      expect.objectContaining({ path: 'temperature', code: 'implausible_value' }),
    ]);
  });

  it('needs a diagnosis, exactly one primary, to finish a visit', () => {
    const none = mappingError(withVisit((v) => ({ ...v, diagnoses: [] })));
    expect(none.issues).toEqual([expect.objectContaining({ path: 'diagnoses', code: 'required' })]);
    const two = mappingError(
      withVisit((v) => ({ ...v, diagnoses: v.diagnoses?.map((d) => ({ ...d, role: 'primary' as const })) })),
    );
    expect(two.issues).toEqual([expect.objectContaining({ path: 'diagnoses', code: 'primary_diagnosis' })]);
  });

  it('checks KFA levels per resource: a prescribed product is 92/93, a non-compound ingredient 91', () => {
    const error = mappingError(
      withVisit((v) => {
        const rx = v.prescription!;
        const [first, second] = rx.lines;
        return {
          ...v,
          prescription: {
            ...rx,
            lines: [
              { ...first!, product: { kfaCode: '91000101', display: 'Paracetamol' } } as never,
              second!,
            ],
          },
        };
      }),
    );
    expect(error.issues).toEqual([
      expect.objectContaining({ path: 'prescription.lines[0].product.kfaCode', code: 'kfa_level' }),
    ]);
  });

  it('reports every bad field at once and builds nothing', () => {
    const error = mappingError(
      withVisit((v) => ({
        ...v,
        registrationNumber: '',
        patient: { ihsNumber: 'X1', name: '' },
        vitalSigns: { measuredAt: 'yesterday', heartRate: 80 },
      })),
    );
    expect(error.issues.map((i) => i.path).sort()).toEqual(
      ['patient.ihsNumber', 'patient.name', 'registrationNumber', 'vitalSigns.measuredAt'].sort(),
    );
  });

  it('needs a UTC offset or the clinic zone for a local time', () => {
    const error = mappingError(withVisit((v) => ({ ...v, arrivedAt: '2024-05-02T08:00:00' })));
    expect(error.issues).toEqual([expect.objectContaining({ path: 'arrivedAt', code: 'missing_offset' })]);
    expect(() =>
      buildVisitBundle(
        { ...finishedVisit(), arrivedAt: '2024-05-02T08:00:00' },
        { ...CONTEXT, timeZone: 'WIB' },
      ),
    ).not.toThrow();
  });

  it('is recognised by the SDK error family: code VALIDATION_FAILED, status 400, the shared brand', () => {
    const error = mappingError(() => mapPatient({} as never, CONTEXT));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.status).toBe(400);
    expect(error.reason).toBe('invalid_record');
    expect((error as unknown as Record<symbol, unknown>)[Symbol.for('@sehatkit/error')]).toBe(true);
    expect(isFhirMappingError(error)).toBe(true);
    expect(isFhirMappingError(new Error('x'))).toBe(false);
  });

  it('refuses a bad mapping context', () => {
    const error = mappingError(() =>
      mapPatient(nikPatient(), { organizationId: 'org id with spaces', now: NOW }),
    );
    expect(error.issues[0]?.path).toBe('organizationId');
  });
});
