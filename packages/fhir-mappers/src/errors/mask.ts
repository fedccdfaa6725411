// A NIK or KK number is 16 digits and a BPJS card number 13; none may reach an error message or a log line,
// even when it turned up in an unexpected place such as an unknown key of garbage input.
const LONG_DIGIT_RUN = /\d{13,}/g;

/** Masks every run of 13 or more digits to its last four: `3171022809990001` -> `************0001`. */
export function maskIdentifiers(text: string): string {
  return text.replace(LONG_DIGIT_RUN, (digits) => `${'*'.repeat(digits.length - 4)}${digits.slice(-4)}`);
}
