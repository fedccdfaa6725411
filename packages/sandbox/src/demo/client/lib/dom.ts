import type { Bilingual } from './i18n';

type Child = Node | string | number | null | undefined | false;
type Props = Record<string, string | number | boolean | null | undefined | EventListener>;

/**
 * A small element builder. Text is always set as text (never parsed as HTML): patient names and anything
 * a service returned stay inert.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props?: Props,
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K];
export function h(tag: string, props?: Props, ...children: (Child | Child[])[]): HTMLElement;
export function h(tag: string, props: Props = {}, ...children: (Child | Child[])[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2), value as EventListener);
    } else if (value === true) {
      el.setAttribute(key, '');
    } else {
      el.setAttribute(key, String(value));
    }
  }
  append(el, children.flat());
  return el;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Both languages side by side, like the static pages; the stylesheet shows the current one. */
export function bi(text: Bilingual | string, en?: string): DocumentFragment {
  const pair = typeof text === 'string' ? { id: text, en: en ?? text } : text;
  const fragment = document.createDocumentFragment();
  fragment.append(
    h('span', { class: 'i18n', lang: 'id' }, pair.id),
    h('span', { class: 'i18n', lang: 'en' }, pair.en),
  );
  return fragment;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`the page has no #${id}`);
  return el as T;
}

export function clear(el: Element): void {
  el.replaceChildren();
}

/** Local date and time in the reader's language. */
export function formatDateTime(iso: string, lang: 'id' | 'en'): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}
