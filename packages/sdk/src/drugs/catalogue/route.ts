import type { Route } from '../schema/primitives';

const ROUTE_WORDS: [RegExp, Route][] = [
  [/sublingual/, 'sublingual'],
  [/bukal|buccal/, 'buccal'],
  [/transdermal/, 'transdermal'],
  [/inhalasi|inhal|pulmo/, 'inhaled'],
  [/mata|okular|ocular|ophthalm|oftalm/, 'ophthalmic'],
  [/telinga|otik|otic|aural/, 'otic'],
  [/hidung|nasal/, 'nasal'],
  [/vagina/, 'vaginal'],
  [/rektal|rectal|anal/, 'rectal'],
  [
    /intravena|intramuskul|subkutan|injeksi|parenteral|intravenous|intramuscular|subcutaneous|infus|implan|subderm/,
    'parenteral',
  ],
  [/kulit|topikal|topical|\bkutan|dermal|lokal|krim|salep|cream|ointment/, 'topical'],
  [/oral|mulut|per ?os|tablet|kaplet|kapsul|sirup|suspensi|puyer|sachet|serbuk|drops|eliksir/, 'oral'],
];

/** Maps a KFA `rute_pemberian` or dosage-form name (Indonesian or English) to the engine's route. */
export function normalizeRoute(...names: (string | undefined | null)[]): Route | undefined {
  for (const name of names) {
    if (!name) continue;
    const n = name.toLowerCase();
    for (const [pattern, route] of ROUTE_WORDS) if (pattern.test(n)) return route;
  }
  return undefined;
}

const RELEASE_WORDS: [RegExp, string][] = [
  [
    /lepas lambat|extended[- ]release|\bxr\b|\bsr\b|\ber\b|retard|sustained|\bcr\b|controlled[- ]release/i,
    'Lepas lambat (extended release)',
  ],
  [/salut enterik|enteric|gastro-?resistant|\bec\b/i, 'Salut enterik (delayed release)'],
  [/lepas cepat|immediate[- ]release/i, 'Lepas cepat (immediate release)'],
];

/** Release pattern from the product name or tags, when one is stated. */
export function releasePatternFrom(...texts: (string | undefined)[]): string | undefined {
  for (const text of texts) {
    if (!text) continue;
    for (const [pattern, label] of RELEASE_WORDS) if (pattern.test(text)) return label;
  }
  return undefined;
}
