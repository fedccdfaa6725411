import { NIK_PATTERN } from '@sehatkit/fhir-mappers';
import { groupDigits, stripSeparators } from './digits';
import type { IdentifierIssue, IdentifierIssueCode } from './identifier-issue';

/**
 * Indonesian person identifiers, in the Lion style: a parser (what was typed -> model value), a formatter
 * (model value -> what is shown) and a validator (model value -> issue or none), each testable alone.
 *
 * - NIK (Nomor Induk Kependudukan) has 16 digits; BPJS, SATUSEHAT and Antrean FKTP all reject other
 *   lengths (specs/bpjs.md section 5(b): "nomorkartu 13 digits, NIK 16 digits"; specs/satusehat.md 3.4).
 *   Its first two digits are a province code, so it never starts with 0 (`NIK_PATTERN`, fhir-mappers).
 * - The BPJS card number (noKartu, "nomor kartu JKN-KIS") has 13 digits (specs/bpjs.md sections 4 and 5).
 */
export type IdentifierKind = 'nik' | 'card';

export const IDENTIFIER_LENGTH: Readonly<Record<IdentifierKind, number>> = { nik: 16, card: 13 };

// Display grouping only: blocks of four are easier to read back over the phone than 13 or 16 digits.
const GROUPS: Readonly<Record<IdentifierKind, readonly number[]>> = { nik: [4, 4, 4, 4], card: [4, 4, 4, 1] };

const LABEL: Readonly<Record<IdentifierKind, string>> = { nik: 'NIK', card: 'BPJS card number' };

/** Parser: what a person typed or pasted, without separators. Other characters stay for the validator. */
export function parseIdentifier(input: string): string {
  return stripSeparators(input.trim());
}

/** Formatter: the model value in groups of four; anything that is not all digits is returned unchanged. */
export function formatIdentifier(kind: IdentifierKind, value: string): string {
  return /^\d+$/.test(value) ? groupDigits(value, GROUPS[kind]) : value;
}

function issue(kind: IdentifierKind, code: IdentifierIssueCode, actual: number): IdentifierIssue {
  const expected = IDENTIFIER_LENGTH[kind];
  const messages: Record<IdentifierIssueCode, string> = {
    required: `${LABEL[kind]} is required`,
    invalid_characters: `${LABEL[kind]} must contain digits only`,
    too_short: `${LABEL[kind]} must have ${expected} digits, got ${actual}`,
    too_long: `${LABEL[kind]} must have ${expected} digits, got ${actual}`,
    all_zero: `${LABEL[kind]} cannot be all zeros`,
    invalid_region: `${LABEL[kind]} cannot start with 0: its first two digits are a province code`,
  };
  return { code, expected, actual, message: messages[code] };
}

/** Validator: the first problem with a parsed value, or undefined when it is a well-formed identifier. */
export function validateIdentifier(kind: IdentifierKind, value: string): IdentifierIssue | undefined {
  const expected = IDENTIFIER_LENGTH[kind];
  if (value.length === 0) return issue(kind, 'required', 0);
  if (!/^\d+$/.test(value)) return issue(kind, 'invalid_characters', value.length);
  if (value.length < expected) return issue(kind, 'too_short', value.length);
  if (value.length > expected) return issue(kind, 'too_long', value.length);
  if (/^0+$/.test(value)) return issue(kind, 'all_zero', value.length);
  // The NIK rule itself lives in @sehatkit/fhir-mappers, which SATUSEHAT resources are checked with.
  if (kind === 'nik' && !NIK_PATTERN.test(value)) return issue(kind, 'invalid_region', value.length);
  return undefined;
}

export function isValidNik(value: string): boolean {
  return validateIdentifier('nik', value) === undefined;
}

export function isValidCardNumber(value: string): boolean {
  return validateIdentifier('card', value) === undefined;
}

/** A parsed member identifier, or the reason it is not one. */
export type MemberIdentifierResult =
  | { ok: true; kind: IdentifierKind; value: string }
  | { ok: false; kind: IdentifierKind | undefined; issue: IdentifierIssue };

/**
 * Reads a BPJS card number or a NIK from one input box: the length tells them apart (13 vs 16 digits).
 * With `kind` given, only that kind is accepted. A length that is neither is reported against the
 * nearer kind, so the message says "must have 13 digits, got 12" rather than something vague.
 */
export function parseMemberIdentifier(input: string, kind?: IdentifierKind): MemberIdentifierResult {
  const value = parseIdentifier(input);
  const chosen =
    kind ??
    (value.length === IDENTIFIER_LENGTH.nik
      ? 'nik'
      : value.length === IDENTIFIER_LENGTH.card
        ? 'card'
        : value.length > (IDENTIFIER_LENGTH.card + IDENTIFIER_LENGTH.nik) / 2
          ? 'nik'
          : 'card');
  const problem = validateIdentifier(chosen, value);
  if (problem) return { ok: false, kind: kind ?? (value.length === 0 ? undefined : chosen), issue: problem };
  return { ok: true, kind: chosen, value };
}
