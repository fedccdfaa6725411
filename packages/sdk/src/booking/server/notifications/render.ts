/**
 * A deliberately small template language for clinic emails: `{{name}}` inserts a value, and
 * `{{#name}}…{{/name}}` keeps its content only when `name` has a non-empty value (for the video link
 * paragraph of video consultations). Unknown names are refused when the clinic's templates are loaded,
 * so a typo fails at start instead of sending "{{patientNmae}}" to a patient.
 */

export const PLACEHOLDERS = [
  'clinicName',
  'clinicAddress',
  'clinicPhone',
  'patientName',
  'practitionerName',
  'serviceName',
  'date',
  'time',
  'endTime',
  'timeZone',
  'duration',
  'videoLink',
  'manageLink',
  'reason',
  'amount',
] as const;

export type Placeholder = (typeof PLACEHOLDERS)[number];
export type PlaceholderValues = Partial<Record<Placeholder, string>>;

const TAG = /\{\{\s*([#/]?)([A-Za-z]+)\s*\}\}/g;

/** Names used in `template` that are not placeholders, and sections left open or closed twice. */
export function templateProblems(template: string): string[] {
  const problems: string[] = [];
  const open: string[] = [];
  for (const match of template.matchAll(TAG)) {
    const [, sigil, name] = match as unknown as [string, string, string];
    if (!(PLACEHOLDERS as readonly string[]).includes(name))
      problems.push(`unknown placeholder {{${sigil}${name}}}`);
    if (sigil === '#') open.push(name);
    if (sigil === '/' && open.pop() !== name) problems.push(`section {{/${name}}} closes nothing open`);
  }
  for (const name of open) problems.push(`section {{#${name}}} is never closed`);
  return problems;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string);
}

/** Fills `template`; values are HTML-escaped when `html` is true (patient names are user input). */
export function renderTemplate(template: string, values: PlaceholderValues, html = false): string {
  let out = template;
  // Innermost sections first, so nested sections resolve.
  const section = /\{\{\s*#([A-Za-z]+)\s*\}\}((?:(?!\{\{\s*#)[\s\S])*?)\{\{\s*\/\1\s*\}\}/;
  for (let match = section.exec(out); match; match = section.exec(out)) {
    const [whole, name, body] = match as unknown as [string, Placeholder, string];
    out = out.replace(whole, () => (values[name] ? body : ''));
  }
  return out.replace(TAG, (_, sigil: string, name: Placeholder) => {
    if (sigil) return '';
    const value = values[name] ?? '';
    return html ? escapeHtml(value) : value;
  });
}
