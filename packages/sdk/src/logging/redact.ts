/**
 * Redaction for everything that leaves SehatKit as text: log lines, error messages, problem bodies.
 * Secrets are removed by key name and by registered value; NIK (16 digits) and BPJS card numbers
 * (13 digits) are masked down to their last four digits wherever they appear in a string.
 */

const SECRET_KEY =
  /(secret|password|passwd|pwd|token|authorization|signature|user_?key|cookie|api_?key|private_?key)/i;
const IDENTIFIER_KEY =
  /^(nik|nokartu|no_?kartu|cardnumber|membernumber|noka|bpjs(number)?|nomorkartu|identitynumber)$/i;
// Digit runs of exactly 16 (NIK) or 13 (BPJS card) not touching other digits.
const IDENTIFIER_RUN = /(?<!\d)(\d{16}|\d{13})(?!\d)/g;

export const REDACTED = '[REDACTED]';

/** Masks all but the last four characters: `************3456`. */
export function maskIdentifier(value: string): string {
  if (value.length <= 4) return '*'.repeat(value.length);
  return '*'.repeat(value.length - 4) + value.slice(-4);
}

export class Redactor {
  readonly #secrets = new Set<string>();

  /** Registers an exact value (a client secret, a password) that must never be printed, wherever it appears. */
  addSecret(value: string | undefined): this {
    // Very short values would mask unrelated text; they are still removed by key name.
    if (value && value.length >= 4) this.#secrets.add(value);
    return this;
  }

  text(input: string): string {
    let out = input;
    for (const secret of this.#secrets) out = out.split(secret).join(REDACTED);
    return out.replace(IDENTIFIER_RUN, (run) => maskIdentifier(run));
  }

  /** A redacted deep copy; cycles and depth are bounded so a log call can never hang. */
  value(input: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
    if (typeof input === 'string') return this.text(input);
    if (input === null || typeof input !== 'object') return input;
    if (depth > 8 || seen.has(input)) return '[…]';
    seen.add(input);
    if (input instanceof Error) return { name: input.name, message: this.text(input.message) };
    if (Array.isArray(input)) return input.map((item) => this.value(item, depth + 1, seen));
    if (input instanceof Headers) return this.value(Object.fromEntries(input.entries()), depth, seen);
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(input)) {
      if (SECRET_KEY.test(key)) out[key] = REDACTED;
      else if (IDENTIFIER_KEY.test(key) && (typeof item === 'string' || typeof item === 'number'))
        out[key] = maskIdentifier(String(item));
      else out[key] = this.value(item, depth + 1, seen);
    }
    return out;
  }
}

/** Redacts with only the built-in rules (no registered secret values). */
export const defaultRedactor = new Redactor();
