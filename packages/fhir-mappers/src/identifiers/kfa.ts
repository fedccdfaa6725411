import { KFA_DRUG_PATTERN } from './patterns';

/**
 * KFA code levels (SATUSEHAT terminology annex, Tabel 1-3): 91 active ingredient (BZA), 92 virtual/template
 * product (POV), 93 actual branded product (POA), 94 packaged product (POAK).
 */
export type KfaLevel = 'ingredient' | 'template' | 'product' | 'package';

const LEVEL_BY_PREFIX: Record<string, KfaLevel> = {
  '91': 'ingredient',
  '92': 'template',
  '93': 'product',
  '94': 'package',
};

/** The level of a KFA drug code, or undefined when the code is not a KFA drug code. */
export function kfaLevel(code: string): KfaLevel | undefined {
  if (!KFA_DRUG_PATTERN.test(code)) return undefined;
  return LEVEL_BY_PREFIX[code.slice(0, 2)];
}
