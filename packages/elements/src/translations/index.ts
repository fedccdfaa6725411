import { Catalogue } from './catalogue';
import { alerts, bpjs, common, drugs, search } from './id';
import type { AlertTerms, BpjsTerms, CommonTerms, DrugTerms, SearchTerms } from './types';

/**
 * The shipped texts per area: Bahasa Indonesia built in, English fetched on first use. Hosts add a
 * language or change wording with `add`, e.g. `drugTerms.add('jv', { sign: '…' })`.
 */
export const commonTerms = /* @__PURE__ */ new Catalogue<CommonTerms>(common, {
  en: () => import('./en').then((m) => m.common),
});
export const bpjsTerms = /* @__PURE__ */ new Catalogue<BpjsTerms>(bpjs, {
  en: () => import('./en').then((m) => m.bpjs),
});
export const drugTerms = /* @__PURE__ */ new Catalogue<DrugTerms>(drugs, {
  en: () => import('./en').then((m) => m.drugs),
});

export const alertTerms = /* @__PURE__ */ new Catalogue<AlertTerms>(alerts, {
  en: () => import('./en').then((m) => m.alerts),
});
export const searchTerms = /* @__PURE__ */ new Catalogue<SearchTerms>(search, {
  en: () => import('./en').then((m) => m.search),
});

export { Catalogue } from './catalogue';
export type { AlertTerms, BpjsTerms, CommonTerms, DrugTerms, SearchTerms } from './types';
