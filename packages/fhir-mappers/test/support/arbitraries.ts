import fc from 'fast-check';
import type { PatientRecord, PrescriptionLine, VisitRecord } from '../../src/index';
import { NOW } from './records';

const DAY = 86_400_000;
const EARLIEST = Date.UTC(2022, 7, 31);

const words = fc.stringMatching(/^[A-Za-z][A-Za-z .,'()-]{0,40}[A-Za-z.]$/);
const localId = fc.stringMatching(/^[A-Z0-9][A-Za-z0-9_./:-]{0,20}$/);
const icd10 = fc.stringMatching(/^[A-Z]\d{2}(\.\d{1,2})?$/);
const icd9 = fc.stringMatching(/^\d{2}(\.\d{1,2})?$/);
const kfa = (prefix: '91' | '92' | '93') => fc.stringMatching(/^\d{6}$/).map((d) => `${prefix}${d}`);
const offsets = ['Z', '+07:00', '+08:00', '+09:00'] as const;

/** A datetime as an EMR may write it: text in some Indonesian offset, or a Date. */
function writeTime(ms: number, style: number): string | Date {
  if (style === 4) return new Date(ms);
  const offset = offsets[style] as string;
  const minutes = offset === 'Z' ? 0 : Number(offset.slice(1, 3)) * 60;
  const local = new Date(ms + minutes * 60_000).toISOString().slice(0, 19);
  return `${local}${offset}`;
}

const time = (from: number, to: number) =>
  fc
    .tuple(
      fc.integer({ min: Math.ceil(from / 1000), max: Math.floor(to / 1000) }),
      fc.integer({ min: 0, max: 4 }),
    )
    .map(([s, style]) => ({ ms: s * 1000, text: writeTime(s * 1000, style) }));

const ref = fc.record({ ihsNumber: fc.stringMatching(/^P\d{11}$/), name: words });
const doctor = fc.record({ ihsNumber: fc.stringMatching(/^\d{11}$/), name: words });
const unitByKind = {
  systolic: ['mm[Hg]', 'mmHg'],
  heartRate: ['/min', 'beats/min', 'bpm'],
  respiratoryRate: ['/min', 'breaths/min'],
  oxygenSaturation: ['%'],
} as const;

const measured = (kind: keyof typeof unitByKind, min: number, max: number) =>
  fc.oneof(
    fc.integer({ min, max }),
    fc.record({ value: fc.integer({ min, max }), unit: fc.constantFrom(...unitByKind[kind]) }),
  );

const dosage = fc.record({
  dose: fc.record({
    value: fc.integer({ min: 1, max: 4 }),
    unit: fc.constantFrom('TAB', 'CAP', 'mL', '{bungkus}'),
  }),
  route: fc.constantFrom('O', 'R', 'SL', 'TD'),
  frequency: fc.record({ times: fc.integer({ min: 1, max: 4 }) }),
  durationDays: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
  text: fc.option(words, { nil: undefined }),
});

const line = (itemId: string): fc.Arbitrary<PrescriptionLine> =>
  fc.oneof(
    fc.record({
      itemId: fc.constant(itemId),
      medicationType: fc.constant('NC' as const),
      product: fc.record({ kfaCode: fc.oneof(kfa('92'), kfa('93')), display: words }),
      ingredients: fc.array(fc.record({ kfaCode: kfa('91'), display: words }), { maxLength: 3 }),
      dosage,
      quantity: fc.record({ value: fc.integer({ min: 1, max: 90 }), unit: fc.constant('TAB') }),
    }),
    fc.record({
      itemId: fc.constant(itemId),
      medicationType: fc.constantFrom('SD' as const),
      name: words,
      ingredients: fc.array(fc.record({ kfaCode: kfa('91'), display: words }), {
        minLength: 1,
        maxLength: 4,
      }),
      dosage,
      quantity: fc.record({ value: fc.integer({ min: 1, max: 30 }), unit: fc.constant('{bungkus}') }),
    }),
    fc.record({
      itemId: fc.constant(itemId),
      medicationType: fc.constantFrom('EP' as const),
      name: words,
      ingredients: fc.array(fc.record({ kfaCode: fc.oneof(kfa('92'), kfa('93')), display: words }), {
        minLength: 1,
        maxLength: 4,
      }),
      dosage,
      quantity: fc.record({ value: fc.integer({ min: 1, max: 30 }), unit: fc.constant('{bungkus}') }),
    }),
  );

/** Any visit record the schema accepts, in every lifecycle state, with optional parts present or not. */
export const validVisit: fc.Arbitrary<VisitRecord> = fc
  .record({
    status: fc.constantFrom('arrived' as const, 'in-progress' as const, 'finished' as const),
    arrived: time(EARLIEST, NOW - DAY),
    waitMinutes: fc.integer({ min: 0, max: 120 }),
    consultMinutes: fc.integer({ min: 0, max: 180 }),
    registrationNumber: localId,
    patient: ref,
    practitioner: doctor,
    location: fc.record({ id: fc.uuid(), name: words }),
    diagnoses: fc.array(fc.record({ code: icd10, display: words }), { minLength: 1, maxLength: 4 }),
    withDiagnoses: fc.boolean(),
    vitals: fc.option(
      fc.record({
        systolic: measured('systolic', 100, 200),
        diastolic: fc.integer({ min: 40, max: 90 }),
        heartRate: measured('heartRate', 40, 180),
        respiratoryRate: measured('respiratoryRate', 8, 40),
        oxygenSaturation: measured('oxygenSaturation', 70, 100),
        temperature: fc.double({ min: 34, max: 42, noNaN: true }),
      }),
      { nil: undefined },
    ),
    procedures: fc.array(fc.record({ code: icd9, display: words }), { maxLength: 2 }),
    lineCount: fc.integer({ min: 0, max: 3 }),
    rxId: localId,
  })
  .chain((v) =>
    fc.tuple(
      fc.constant(v),
      fc.tuple(...Array.from({ length: v.lineCount }, (_, i) => line(`${v.rxId}-${i + 1}`))),
    ),
  )
  .map(([v, lines]) => {
    const inProgress = v.arrived.ms + v.waitMinutes * 60_000;
    const finished = inProgress + v.consultMinutes * 60_000;
    const asText = (ms: number) => new Date(ms).toISOString();
    const hasDiagnoses = v.status === 'finished' || v.withDiagnoses;
    const visit: VisitRecord = {
      registrationNumber: v.registrationNumber,
      status: v.status,
      patient: v.patient,
      practitioner: v.practitioner,
      location: v.location,
      arrivedAt: v.arrived.text,
      ...(v.status === 'arrived' ? {} : { inProgressAt: asText(inProgress) }),
      ...(v.status === 'finished'
        ? { finishedAt: asText(finished), dischargeDisposition: 'home' as const }
        : {}),
      diagnoses: hasDiagnoses
        ? v.diagnoses.map((d, i) => ({ ...d, role: i === 0 ? ('primary' as const) : ('secondary' as const) }))
        : [],
      procedures: v.procedures.map((p) => ({ ...p, performedStart: asText(v.arrived.ms) })),
      ...(v.vitals === undefined ? {} : { vitalSigns: { measuredAt: asText(v.arrived.ms), ...v.vitals } }),
      ...(lines.length === 0
        ? {}
        : { prescription: { id: v.rxId, authoredAt: asText(v.arrived.ms), lines } }),
    };
    return visit;
  });

const regionCodes = fc.stringMatching(/^[1-9]\d{9}$/).map((village) => ({
  provinceCode: village.slice(0, 2),
  cityCode: village.slice(0, 4),
  districtCode: village.slice(0, 6),
  villageCode: village,
}));

/** Any patient record the schema accepts: by NIK, passport (foreigner) or mother's NIK (newborn). */
export const validPatient: fc.Arbitrary<PatientRecord> = fc
  .record({
    identity: fc.oneof(
      fc.record({ nik: fc.stringMatching(/^[1-9]\d{15}$/) }),
      fc.record({
        passportNumber: fc.stringMatching(/^[A-Z]\d{7,8}$/),
        citizenship: fc.constant('WNA' as const),
      }),
      fc.record({
        motherNik: fc.stringMatching(/^[1-9]\d{15}$/),
        birthOrder: fc.integer({ min: 0, max: 3 }),
      }),
    ),
    name: words,
    gender: fc.constantFrom('male' as const, 'female' as const),
    birth: fc.date({ min: new Date('1930-01-01'), max: new Date(NOW - DAY), noInvalidDate: true }),
    line: words,
    region: regionCodes,
    rt: fc.option(fc.stringMatching(/^\d{1,3}$/), { nil: undefined }),
    maritalStatus: fc.option(
      fc.constantFrom('never-married' as const, 'married' as const, 'widowed' as const),
      {
        nil: undefined,
      },
    ),
  })
  .map((p) => ({
    ...p.identity,
    name: p.name,
    gender: p.gender,
    birthDate: p.birth.toISOString().slice(0, 10),
    address: { line: p.line, ...p.region, ...(p.rt === undefined ? {} : { rt: p.rt }) },
    ...(p.maritalStatus === undefined ? {} : { maritalStatus: p.maritalStatus }),
  }));
