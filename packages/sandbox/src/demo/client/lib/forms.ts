import type { FieldIssue } from './api';
import { bi, clear, h } from './dom';

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const isField = (el: Element): el is Field =>
  el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement;

function assign(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1] as string;
  node[last] = value;
}

/**
 * The form's fields as nested JSON by their dotted names (`identity.nik`): text as typed (the server
 * parses numbers and dates, one place for the rules), checkboxes as booleans, and checkbox groups marked
 * `data-multiple` as arrays of the checked values.
 */
export function readForm(form: HTMLFormElement): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  const groups = new Map<string, string[]>();
  for (const el of Array.from(form.elements)) {
    if (!isField(el) || !el.name || el.disabled) continue;
    if (el instanceof HTMLInputElement && el.type === 'checkbox') {
      if (el.dataset.multiple !== undefined) {
        const list = groups.get(el.name) ?? [];
        if (el.checked) list.push(el.value);
        groups.set(el.name, list);
      } else {
        assign(data, el.name, el.checked);
      }
    } else if (el instanceof HTMLInputElement && el.type === 'radio') {
      if (el.checked) assign(data, el.name, el.value);
    } else {
      assign(data, el.name, el.value);
    }
  }
  for (const [name, list] of groups) assign(data, name, list);
  return data;
}

/** Fills fields from nested JSON (the examples and the seeded patients); fields not in `data` are left alone. */
export function fillForm(form: HTMLFormElement, data: Record<string, unknown>, prefix = ''): void {
  for (const [key, value] of Object.entries(data)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      fillForm(form, value as Record<string, unknown>, name);
      continue;
    }
    for (const el of Array.from(form.elements)) {
      if (!isField(el) || el.name !== name) continue;
      if (el instanceof HTMLInputElement && el.type === 'checkbox') {
        el.checked = Array.isArray(value) ? value.includes(el.value) : value === true;
      } else if (el instanceof HTMLInputElement && el.type === 'radio') {
        el.checked = el.value === String(value);
      } else {
        el.value = value === undefined ? '' : String(value);
      }
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }
}

/** Removes the messages of an earlier attempt. */
export function clearIssues(form: HTMLFormElement, summary: HTMLElement): void {
  for (const el of form.querySelectorAll('.field-error')) el.remove();
  for (const el of form.querySelectorAll('[aria-invalid="true"]')) {
    el.removeAttribute('aria-invalid');
    const ids = (el.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => !id.startsWith('err-'));
    if (ids.length) el.setAttribute('aria-describedby', ids.join(' '));
    else el.removeAttribute('aria-describedby');
  }
  clear(summary);
  summary.hidden = true;
}

function fieldFor(form: HTMLFormElement, path: string): Field | undefined {
  // `health.allergyGroups.0` names one entry of a group: point at the group's first box.
  const candidates = [path, path.replace(/\.\d+$/, '')];
  for (const name of candidates) {
    const el = form.querySelector(`[name="${CSS.escape(name)}"]`);
    if (el && isField(el)) return el;
  }
  return undefined;
}

/**
 * Shows the server's refusals: each message under its field (`aria-invalid`, `aria-describedby`), and a
 * summary at the top linking to every field, which receives focus so a screen reader announces it.
 */
export function showIssues(form: HTMLFormElement, summary: HTMLElement, issues: FieldIssue[]): void {
  clearIssues(form, summary);
  const links: HTMLElement[] = [];
  issues.forEach((issue, index) => {
    const field = fieldFor(form, issue.path);
    if (!field) {
      links.push(h('li', {}, bi(issue.message)));
      return;
    }
    const errorId = `err-${index}`;
    const message = h('p', { class: 'field-error', id: errorId }, bi(issue.message));
    const container = field.closest('.field, fieldset') ?? field.parentElement;
    container?.appendChild(message);
    field.setAttribute('aria-invalid', 'true');
    const describedBy = field.getAttribute('aria-describedby');
    field.setAttribute('aria-describedby', describedBy ? `${describedBy} ${errorId}` : errorId);
    const label = field.id ? form.querySelector(`label[for="${CSS.escape(field.id)}"]`) : null;
    const name = label ? (label.cloneNode(true) as HTMLElement) : undefined;
    for (const extra of name?.querySelectorAll('input, select, textarea, .req, .hint') ?? []) extra.remove();
    const link = h(
      'a',
      { href: `#${field.id}` },
      name ? Array.from(name.childNodes) : issue.path,
      ': ',
      bi(issue.message),
    );
    link.addEventListener('click', (event) => {
      event.preventDefault();
      field.focus();
    });
    links.push(h('li', {}, link));
  });
  summary.append(
    h(
      'h3',
      {},
      bi(`Ada ${issues.length} isian yang perlu diperbaiki`, `${issues.length} field(s) need attention`),
    ),
    h('ul', {}, links),
  );
  summary.hidden = false;
  summary.focus();
}
