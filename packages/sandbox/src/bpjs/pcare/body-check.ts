import { parseDmy } from '../dates';
import type { FieldMessage } from '../protocol/reply';

/**
 * What pCare does with a body before its business rules: a value of the wrong JSON type fails in the
 * .NET deserialiser with HTTP 500 (bpjs.md §2.3, §6.3 item 10), and business problems collect into the
 * 412 `{field, message}` list.
 */
export class BodyCheck {
  readonly issues: FieldMessage[] = [];
  /** Set when a value has the wrong JSON type: the request ends in a 500, not a 412. */
  typeError: string | undefined;
  readonly #body: Record<string, unknown>;

  constructor(body: Record<string, unknown>) {
    this.#body = body;
  }

  fail(field: string, message: string): void {
    this.issues.push({ field, message });
  }

  get ok(): boolean {
    return this.issues.length === 0 && this.typeError === undefined;
  }

  /** A string field; `required` also rejects "". */
  string(field: string, required = true): string | null {
    const v = this.#body[field];
    if (v === undefined || v === null || v === '') {
      if (required) this.fail(field, `${field} wajib diisi`);
      return null;
    }
    if (typeof v === 'number') return String(v);
    if (typeof v !== 'string') {
      this.typeError ??= 'Cannot access child value on Newtonsoft.Json.Linq.JValue.';
      return null;
    }
    return v;
  }

  /** A numeric field; strings here are what .NET's int parser refuses. */
  number(field: string, required = true): number | null {
    const v = this.#body[field];
    if (v === undefined || v === null) {
      if (required) this.fail(field, `${field} wajib diisi`);
      return null;
    }
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      this.typeError ??= 'Input string was not in a correct format.';
      return null;
    }
    return v;
  }

  boolean(field: string): boolean | null {
    const v = this.#body[field];
    if (v === undefined || v === null) return null;
    if (typeof v !== 'boolean') {
      this.typeError ??= 'Cannot access child value on Newtonsoft.Json.Linq.JValue.';
      return null;
    }
    return v;
  }

  /** A nested object or null; a string (`rujukLanjut: ""`) is the classic JValue failure. */
  object(field: string): Record<string, unknown> | null {
    const v = this.#body[field];
    if (v === undefined || v === null) return null;
    if (typeof v !== 'object' || Array.isArray(v)) {
      this.typeError ??= 'Cannot access child value on Newtonsoft.Json.Linq.JValue.';
      return null;
    }
    return v as Record<string, unknown>;
  }

  /** A dd-mm-yyyy date, returned as ISO. */
  date(field: string, required = true): string | null {
    const raw = this.string(field, required);
    if (raw === null) return null;
    const iso = parseDmy(raw);
    if (!iso) this.fail(field, `Format ${field} harus dd-mm-yyyy`);
    return iso ?? null;
  }
}
