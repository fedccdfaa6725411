import type { Bilingual } from './messages';
import { PAGES, type PageSpec } from './pages';

/** What each page's script reads from `<script type="application/json" id="demo-config">`. */
export interface DemoConfig {
  /** Where the server handler is mounted: every element gets `endpoint="/api"`. */
  endpoint: string;
  page: string;
  staff: boolean;
  /** Whether `@sehatkit/elements`' script-tag build was found. */
  elements: boolean;
  video: boolean;
  doctor: string;
  urls: Record<string, string | undefined>;
}

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

/** Both languages side by side; the stylesheet shows the one `<html lang>` names. */
export function bilingualHtml(text: Bilingual): string {
  return `<span class="i18n" lang="id">${text.id}</span><span class="i18n" lang="en">${text.en}</span>`;
}

/**
 * Page bodies write bilingual text as `[[Indonesian|English]]` (markup allowed inside, no `|` or `]]`),
 * which keeps each fragment readable as one document.
 */
export function expandBilingual(fragment: string): string {
  return fragment.replace(/\[\[([^|\]]*)\|([^\]]*)\]\]/g, (_, id: string, en: string) =>
    bilingualHtml({ id, en }),
  );
}

/** JSON inside a script element: `<` escaped so no value can close the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export function renderPage(page: PageSpec, fragment: string, config: DemoConfig, lang: 'id' | 'en'): string {
  const nav = PAGES.filter((p) => p.nav)
    .map((p) => {
      const current = p.path === page.path ? ' aria-current="page"' : '';
      return `<li><a href="${p.path}"${current}>${bilingualHtml(p.nav as Bilingual)}</a></li>`;
    })
    .join('');
  const banner = page.staff
    ? bilingualHtml({
        id: `Halaman staf: Anda masuk sebagai staf demo (${escapeHtml(config.doctor)}).`,
        en: `Staff page: you are signed in as the demo staff (${escapeHtml(config.doctor)}).`,
      })
    : bilingualHtml({ id: 'Halaman publik: yang dilihat pasien.', en: 'Public page: what patients see.' });
  const missing = config.elements
    ? ''
    : `<p class="notice notice-error" role="alert">${bilingualHtml({
        id: 'Elemen SehatKit belum dibangun: jalankan <code>npm run build</code>.',
        en: 'The SehatKit elements are not built: run <code>npm run build</code>.',
      })}</p>`;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title[lang])} · Klinik SehatKit Demo</title>
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/demo.css">
<script type="application/json" id="demo-config">${scriptJson(config)}</script>
<script type="module" src="/cdn/sehatkit.js"></script>
${(page.preload ?? []).map((name) => `<script type="module" src="/cdn/components/${name}/define.js"></script>\n`).join('')}<script type="module" src="/assets/js/${page.fragment}.js"></script>
</head>
<body data-page="${page.fragment}">
<a class="skip-link" href="#main">${bilingualHtml({ id: 'Langsung ke isi', en: 'Skip to content' })}</a>
<header class="site-header">
  <a class="brand" href="/">Klinik SehatKit <span class="brand-tag">Demo</span></a>
  <nav aria-label="Menu" data-en-aria-label="Menu"><ul>${nav}</ul></nav>
  <button type="button" class="lang-switch" id="lang-switch"><span data-when="id" lang="en">English</span><span data-when="en" lang="id">Bahasa Indonesia</span></button>
</header>
<p class="role-banner ${page.staff ? 'role-staff' : 'role-public'}">${banner}</p>
<main id="main" tabindex="-1">
${missing}
${expandBilingual(fragment)}
</main>
<footer class="site-footer">${bilingualHtml({
    id: 'Semua data di sini simulasi: SATUSEHAT, BPJS dan email berjalan di sandbox lokal.',
    en: 'Everything here is simulated: SATUSEHAT, BPJS and email run in the local sandbox.',
  })}</footer>
</body>
</html>`;
}
