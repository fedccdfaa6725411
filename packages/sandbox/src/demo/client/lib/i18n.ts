/**
 * The demo's two languages. Static text is written twice in the page (`.i18n[lang]` spans, the stylesheet
 * shows one); leaf elements and attributes carry `data-en` / `data-en-<attribute>` and are swapped here.
 * The SehatKit elements follow `<html lang>` by themselves.
 */
export type Lang = 'id' | 'en';

const COOKIE = 'sehatkit_demo_lang';
const ATTRIBUTES = ['aria-label', 'placeholder', 'title'] as const;
const listeners = new Set<(lang: Lang) => void>();

export function lang(): Lang {
  return document.documentElement.lang === 'en' ? 'en' : 'id';
}

export function t(id: string, en: string): string {
  return lang() === 'en' ? en : id;
}

/** Text in both languages, as the demo's own routes answer it. */
export interface Bilingual {
  id: string;
  en: string;
}

export const pick = (text: Bilingual) => text[lang()];

function swap(root: ParentNode, to: Lang): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-en]')) {
    if (el.dataset.id === undefined) el.dataset.id = el.textContent ?? '';
    el.textContent = to === 'en' ? (el.dataset.en ?? '') : el.dataset.id;
  }
  for (const attribute of ATTRIBUTES) {
    const key = `en-${attribute}`;
    for (const el of root.querySelectorAll<HTMLElement>(`[data-${key}]`)) {
      const original = `data-id-${attribute}`;
      if (!el.hasAttribute(original)) el.setAttribute(original, el.getAttribute(attribute) ?? '');
      el.setAttribute(
        attribute,
        (to === 'en' ? el.getAttribute(`data-${key}`) : el.getAttribute(original)) ?? '',
      );
    }
  }
}

export function setLang(to: Lang): void {
  document.documentElement.lang = to;
  // biome-ignore lint/suspicious/noDocumentCookie: a plain preference cookie, read by the server to render the next page in this language.
  document.cookie = `${COOKIE}=${to}; Path=/; SameSite=Lax; Max-Age=31536000`;
  swap(document, to);
  for (const listener of listeners) listener(to);
}

/** Re-renders dynamic text that is not written in both languages. */
export function onLangChange(listener: (lang: Lang) => void): void {
  listeners.add(listener);
}

/** Applies the current language to content added after load. */
export function localize(root: ParentNode): void {
  if (lang() === 'en') swap(root, 'en');
}

export function initLanguage(): void {
  localize(document);
  document
    .getElementById('lang-switch')
    ?.addEventListener('click', () => setLang(lang() === 'en' ? 'id' : 'en'));
}
