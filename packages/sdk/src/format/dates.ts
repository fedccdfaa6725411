/**
 * Calendar dates (no time of day). BPJS writes them `dd-mm-yyyy` (specs/bpjs.md 3.0, `tglLahir`,
 * `tglAkhirBerlaku`); SATUSEHAT and everything inside SehatKit use ISO `yyyy-mm-dd`.
 */
export type IsoDate = string;

function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** `25-10-1939` -> `1939-10-25`; undefined for anything that is not a real `dd-mm-yyyy` date. */
export function parseBpjsDate(input: string): IsoDate | undefined {
  const match = /^(\d{2})-(\d{2})-(\d{4})$/.exec(input.trim());
  if (!match) return undefined;
  const [, dd, mm, yyyy] = match as unknown as [string, string, string, string];
  if (!isRealDate(Number(yyyy), Number(mm), Number(dd))) return undefined;
  return `${yyyy}-${mm}-${dd}`;
}

/** `1939-10-25` -> `25-10-1939`, the form BPJS requests expect. */
export function toBpjsDate(iso: IsoDate): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError('expected a date as yyyy-mm-dd');
  const [, yyyy, mm, dd] = match as unknown as [string, string, string, string];
  return `${dd}-${mm}-${yyyy}`;
}

/** True when `iso` is a real calendar date written `yyyy-mm-dd`. */
export function isIsoDate(iso: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match !== null && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A calendar date for reading: `25 Oktober 1939` in `id`, `25 October 1939` in `en`. Formatted in UTC
 * because a calendar date has no time zone; formatting it in the reader's zone could shift the day.
 */
export function formatDate(iso: IsoDate, locale = 'id', style: 'long' | 'medium' | 'short' = 'long'): string {
  if (!isIsoDate(iso)) return iso;
  const key = `${locale}|${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format.format(new Date(`${iso}T00:00:00Z`));
}
