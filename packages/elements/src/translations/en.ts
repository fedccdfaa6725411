import type { SehatErrorSource } from '@sehatkit/sdk';
import type { AlertTerms, BpjsTerms, CommonTerms, DrugTerms, SearchTerms } from './types';

// Every source but our own server; a source the SDK adds fails to compile here until it is named.
const SERVICES: Record<Exclude<SehatErrorSource, 'sehatkit'>, string> = {
  bpjs: 'BPJS Kesehatan',
  satusehat: 'SATUSEHAT',
  kfa: 'KFA',
  store: 'the data store',
  smtp: 'the email service',
  peer: 'the video service',
  payment: 'the payment service',
};

const service = (source: string): string =>
  Object.hasOwn(SERVICES, source) ? SERVICES[source as keyof typeof SERVICES] : "the clinic's server";
/** The service's name to start a sentence with. */
const Service = (source: string): string => {
  const name = service(source);
  return name.charAt(0).toUpperCase() + name.slice(1);
};

export const common: CommonTerms = {
  error(code, source, retryAfterSeconds) {
    switch (code) {
      case 'VALIDATION_FAILED':
        return 'The request was not accepted. Check what you entered.';
      case 'REMOTE_VALIDATION_FAILED':
        return `${Service(source)} rejected this request.`;
      case 'AUTHENTICATION_FAILED':
        return `The clinic's server could not sign in to ${service(source)}. Contact the clinic's administrator.`;
      case 'FORBIDDEN':
        return 'You are not allowed to do this. Sign in as clinic staff.';
      case 'NOT_FOUND':
        return 'Nothing was found.';
      case 'CONFLICT':
        return 'The data just changed. Reload and try again.';
      case 'RATE_LIMITED':
        return retryAfterSeconds
          ? `Too many requests. Try again in ${retryAfterSeconds} seconds.`
          : 'Too many requests. Try again shortly.';
      case 'DECRYPTION_FAILED':
        return `The answer from ${service(source)} could not be read. Try again.`;
      case 'CONFIGURATION_INVALID':
        return "The clinic's server is not set up for this feature. Contact the clinic's administrator.";
      default:
        return source === 'sehatkit'
          ? "The clinic's server has a problem. Try again."
          : `${Service(source)} is unavailable at the moment. Try again later.`;
    }
  },
  unreachable: "The clinic's server cannot be reached. Check your internet connection.",
  retry: 'Try again',
  close: 'Close',
  loading: 'Loading…',
  sources: 'Sources',
};

export const bpjs: BpjsTerms = {
  label: (kind) =>
    kind === 'card' ? 'BPJS card number' : kind === 'nik' ? 'NIK' : 'BPJS card number or NIK',
  help: (kind) =>
    kind === 'card'
      ? '13 digits, printed on the JKN-KIS card.'
      : kind === 'nik'
        ? '16 digits, printed on the KTP.'
        : 'JKN-KIS card, 13 digits, or NIK, 16 digits.',
  identifierIssue(code, expected, actual) {
    switch (code) {
      case 'required':
        return 'Enter a number.';
      case 'invalid_characters':
        return 'Digits only.';
      case 'too_short':
        return `${expected - actual} digit${expected - actual === 1 ? '' : 's'} missing: it must have ${expected}.`;
      case 'too_long':
        return `${actual - expected} digit${actual - expected === 1 ? '' : 's'} too many: it must have ${expected}.`;
      case 'invalid_region':
        return 'A NIK never starts with 0: its first two digits are a province code.';
      default:
        return 'This number is not valid.';
    }
  },
  verify: 'Verify',
  checking: 'Checking membership…',
  active: 'Active',
  inactive: 'Inactive',
  result: 'BPJS membership result',
  name: 'Name',
  cardNumber: 'Card number',
  nik: 'NIK',
  careClass: 'Care class',
  memberType: 'Member type',
  provider: 'Registered FKTP',
  arrears: 'Premium arrears',
  noArrears: 'None',
  coverageEnd: 'Valid until',
  birthDate: 'Date of birth',
  statusReason: 'Status note',
  arrearsReason: (amount) => `Premium arrears of ${amount}.`,
  notFound: (kind) =>
    kind === 'nik'
      ? 'No BPJS member has this NIK. Check the number.'
      : 'No BPJS member has this card number. Check the number.',
  unavailable: 'BPJS Kesehatan is unavailable at the moment. Try again later.',
  forbidden: 'You are not allowed to check BPJS membership. Sign in as clinic staff.',
};

export const drugs: DrugTerms = {
  tier: (tier) =>
    ({
      'hard-stop': 'Hard stop',
      interruptive: 'Needs a reason',
      passive: 'Caution',
      suppressed: 'Information',
    })[tier],
  severity: (severity) => ({ CI: 'Contraindicated', MAJ: 'Major', MOD: 'Moderate', MIN: 'Minor' })[severity],
  kind: (kind) =>
    ({
      ALGY: 'Allergy',
      DRG: 'Drug interaction',
      DUPTHPY: 'Duplicate therapy',
      DOSEH: 'Dose too high',
      PREG: 'Pregnancy',
      LACT: 'Breastfeeding',
      PEALRT: 'Child',
      GEALRT: 'Older adult',
      COND: "Patient's condition",
      NOT_CHECKED: 'Could not be checked',
    })[kind],
  golongan: (g) =>
    ({
      narkotika: 'Narcotic',
      psikotropika: 'Psychotropic',
      'obat-keras': 'Prescription-only (obat keras)',
      'bebas-terbatas': 'Limited OTC (bebas terbatas)',
      bebas: 'Over the counter (bebas)',
    })[g],
  matchLevel: (level) =>
    ({ exact: 'same ingredient', 'same-group': 'same group', 'cross-sensitivity': 'cross-sensitivity' })[
      level
    ],
  badgeLabel: (product, count, tier) =>
    count === 0
      ? `${product}: no warnings`
      : `${product}: ${count} warning${count === 1 ? '' : 's'}${tier ? `, highest level ${drugs.tier(tier).toLowerCase()}` : ''}. Open details.`,
  badgeSummary: (count) => `${count} warning${count === 1 ? '' : 's'}`,
  noFindings: 'No warnings for this patient.',
  basicInfo: 'Basic information',
  boxedWarning: 'Boxed warning',
  contraindications: 'Contraindications',
  findingsForPatient: 'Findings for this patient',
  matchedAllergen: (allergen, level) => `Matches the recorded allergy: ${allergen} (${level}).`,
  management: 'What to do',
  ingredients: 'Active ingredients',
  dosageForm: 'Dosage form',
  route: 'Route',
  releasePattern: 'Release pattern',
  flavour: 'Flavour',
  manufacturer: 'Manufacturer',
  registration: 'Registration number (NIE)',
  packaging: 'Packaging',
  golonganLabel: 'Category',
  kfaCode: 'KFA code',
  productNotFound: 'This drug is not in the drug dictionary.',
  notFoundForCheck: 'This drug is not in the drug dictionary, so it could not be checked.',
  forbiddenCheck: 'You are not allowed to check prescriptions. Sign in as clinic staff.',
};

export const alerts: AlertTerms = {
  heading: 'Prescription warnings',
  noIssues: 'No warnings for this prescription.',
  overrideReason: 'Reason to prescribe anyway',
  chooseReason: 'Choose a reason…',
  overrideNote: 'Note',
  noteRequired: 'Write a note for this reason.',
  reasonRequired: 'Choose a reason for this warning.',
  sign: 'Sign prescription',
  signing: 'Saving the reasons…',
  signBlocked: (count) =>
    `The prescription cannot be signed yet: ${count} warning${count === 1 ? '' : 's'} still need${count === 1 ? 's' : ''} a reason.`,
  signed: 'Reasons saved. The prescription can be signed.',
  signVetoed: "Signing was held back by the clinic's application.",
  moreFindings: (count) => `${count} more for information`,
};

export const search: SearchTerms = {
  label: (purpose) => (purpose === 'current' ? 'Medicines currently taken' : 'Search medicines'),
  placeholder: 'Product or ingredient name',
  help: 'Type at least 2 letters. Choose with the up/down arrows and Enter; Escape closes the list.',
  searching: 'Searching…',
  resultCount: (count) =>
    count === 0 ? 'No matching medicines.' : `${count} medicine${count === 1 ? '' : 's'} found.`,
};
