import type { SehatErrorCode } from '@sehatkit/sdk';
import type { IdentifierIssueCode, IdentifierKind } from '@sehatkit/sdk/format';
import type { AllergyMatchLevel, Golongan, IssueKind, Severity, Tier } from '../api/wire';

/** Texts every element uses: failures of the server handler, buttons, loading states. */
export interface CommonTerms {
  /** Per error code; `source` tells BPJS/SATUSEHAT outages from the clinic's own server. */
  error(code: SehatErrorCode, source: string, retryAfterSeconds: number | undefined): string;
  /** The handler could not be reached at all (network, CORS, wrong `endpoint`). */
  unreachable: string;
  retry: string;
  close: string;
  loading: string;
  sources: string;
}

export interface BpjsTerms {
  label(kind: IdentifierKind | undefined): string;
  help(kind: IdentifierKind | undefined): string;
  identifierIssue(code: IdentifierIssueCode, expected: number, actual: number): string;
  verify: string;
  checking: string;
  active: string;
  inactive: string;
  /** Caption of the result region for screen readers, e.g. "Hasil pemeriksaan BPJS". */
  result: string;
  name: string;
  cardNumber: string;
  nik: string;
  careClass: string;
  memberType: string;
  provider: string;
  arrears: string;
  noArrears: string;
  coverageEnd: string;
  birthDate: string;
  statusReason: string;
  arrearsReason(amount: string): string;
  notFound(kind: IdentifierKind): string;
  unavailable: string;
  forbidden: string;
}

export interface DrugTerms {
  tier(tier: Tier): string;
  severity(severity: Severity): string;
  kind(kind: IssueKind): string;
  golongan(golongan: Golongan): string;
  matchLevel(level: AllergyMatchLevel): string;
  /** Accessible name of the badge button. */
  badgeLabel(product: string, count: number, tier: Tier | undefined): string;
  badgeSummary(count: number): string;
  noFindings: string;
  basicInfo: string;
  boxedWarning: string;
  contraindications: string;
  findingsForPatient: string;
  matchedAllergen(allergen: string, level: string): string;
  management: string;
  ingredients: string;
  dosageForm: string;
  route: string;
  releasePattern: string;
  flavour: string;
  manufacturer: string;
  registration: string;
  packaging: string;
  golonganLabel: string;
  kfaCode: string;
  productNotFound: string;
  notFoundForCheck: string;
  forbiddenCheck: string;
}

export interface AlertTerms {
  heading: string;
  noIssues: string;
  overrideReason: string;
  chooseReason: string;
  overrideNote: string;
  noteRequired: string;
  reasonRequired: string;
  sign: string;
  signing: string;
  signBlocked(count: number): string;
  signed: string;
  signVetoed: string;
  /** Caption of the collapsed group of information-only findings. */
  moreFindings(count: number): string;
}

export interface SearchTerms {
  label(purpose: 'prescribe' | 'current'): string;
  placeholder: string;
  help: string;
  searching: string;
  resultCount(count: number): string;
}
