import type { PatientDetails, Payer } from '@sehatkit/sdk/booking';
import { isIsoDate, parseIdentifier, validateIdentifier } from '@sehatkit/sdk/format';

/** What the patient typed, field by field (strings as the inputs hold them). */
export interface PatientInput {
  name: string;
  birthDate: string;
  phone: string;
  email: string;
  nik: string;
  payer: Payer;
  bpjsCardNumber: string;
  consent: boolean;
}

export type PatientField = Exclude<keyof PatientInput, 'payer'>;

/** Why a field is not acceptable; the element words it in the reader's language. */
export type FieldProblem =
  | { kind: 'required' }
  | { kind: 'email' }
  | { kind: 'phone' }
  | { kind: 'date' }
  | { kind: 'future' }
  | { kind: 'digits'; expected: number; actual: number }
  | { kind: 'consent' }
  | { kind: 'server'; message: string };

export const emptyPatient = (): PatientInput => ({
  name: '',
  birthDate: '',
  phone: '',
  email: '',
  nik: '',
  payer: 'general',
  bpjsCardNumber: '',
  consent: false,
});

// The same rules the server applies (booking/server/schema.ts), checked here first so the patient
// learns about a typo before anything is sent.
const PHONE = /^\+?[0-9][0-9 .-]{6,18}[0-9]$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function identifier(kind: 'nik' | 'card', raw: string): FieldProblem | undefined {
  const value = parseIdentifier(raw);
  const issue = validateIdentifier(kind, value);
  if (!issue) return undefined;
  return issue.code === 'required'
    ? { kind: 'required' }
    : { kind: 'digits', expected: issue.expected, actual: value.length };
}

/** Every problem with the input, by field, in form order; empty when it can be sent. */
export function validatePatient(input: PatientInput, today: string): Map<PatientField, FieldProblem> {
  const problems = new Map<PatientField, FieldProblem>();
  if (!input.name.trim()) problems.set('name', { kind: 'required' });
  if (!input.birthDate) problems.set('birthDate', { kind: 'required' });
  else if (!isIsoDate(input.birthDate)) problems.set('birthDate', { kind: 'date' });
  else if (input.birthDate > today) problems.set('birthDate', { kind: 'future' });
  if (!input.phone.trim()) problems.set('phone', { kind: 'required' });
  else if (!PHONE.test(input.phone.trim())) problems.set('phone', { kind: 'phone' });
  if (!input.email.trim()) problems.set('email', { kind: 'required' });
  else if (!EMAIL.test(input.email.trim())) problems.set('email', { kind: 'email' });
  if (input.nik.trim()) {
    const problem = identifier('nik', input.nik);
    if (problem) problems.set('nik', problem);
  }
  if (input.payer === 'bpjs') {
    const problem = identifier('card', input.bpjsCardNumber);
    if (problem) problems.set('bpjsCardNumber', problem);
  }
  if (!input.consent) problems.set('consent', { kind: 'consent' });
  return problems;
}

/** The patient details as the booking route takes them. */
export function toPatientDetails(input: PatientInput): PatientDetails {
  const nik = parseIdentifier(input.nik);
  const card = parseIdentifier(input.bpjsCardNumber);
  return {
    name: input.name.trim(),
    birthDate: input.birthDate,
    phone: input.phone.trim(),
    email: input.email.trim(),
    ...(nik ? { nik } : {}),
    payer: input.payer,
    ...(input.payer === 'bpjs' && card ? { bpjsCardNumber: card } : {}),
  };
}

/** The form field a server-side issue path (`patient.nik`, `consent`) belongs to. */
export function fieldOfIssue(path: string | undefined): PatientField | undefined {
  const name = path?.replace(/^patient\./, '');
  const fields: PatientField[] = ['name', 'birthDate', 'phone', 'email', 'nik', 'bpjsCardNumber', 'consent'];
  return fields.find((f) => f === name);
}
