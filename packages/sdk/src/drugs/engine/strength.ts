/** A strength as a number of milligrams per presentation unit (or per `perMl` millilitres). */
export interface ParsedStrength {
  mg: number;
  /** Millilitres the amount is in, for liquids ("120 mg/5 mL" -> 5). */
  perMl?: number;
}

const MASS_TO_MG: Record<string, number> = { mg: 1, g: 1000, gram: 1000, mcg: 0.001, µg: 0.001, ug: 0.001 };
const VOLUME_TO_ML: Record<string, number> = { ml: 1, l: 1000, cc: 1 };

type StrengthInput = string | { value: number; unit: string; per?: { value: number; unit: string } };

/** Reads "500 mg", "120 mg/5 mL", "0,5 g", "250 mg/5ml"; other units (IU, %) are not mass and give undefined. */
export function parseStrength(input: StrengthInput | undefined): ParsedStrength | undefined {
  if (input === undefined) return undefined;
  if (typeof input !== 'string') {
    const factor = MASS_TO_MG[input.unit.toLowerCase()];
    if (factor === undefined) return undefined;
    const mg = input.value * factor;
    if (!input.per) return { mg };
    const vol = VOLUME_TO_ML[input.per.unit.toLowerCase()];
    return vol === undefined ? { mg } : { mg, perMl: input.per.value * vol };
  }
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*([a-zµ]+)\s*(?:\/\s*(\d+(?:[.,]\d+)?)?\s*([a-z]+))?/i.exec(input);
  if (!m) return undefined;
  const value = Number((m[1] as string).replace(',', '.'));
  const factor = MASS_TO_MG[(m[2] as string).toLowerCase()];
  if (factor === undefined) return undefined;
  const mg = value * factor;
  if (!m[4]) return { mg };
  const vol = VOLUME_TO_ML[m[4].toLowerCase()];
  if (vol === undefined) return { mg };
  return { mg, perMl: (m[3] ? Number(m[3].replace(',', '.')) : 1) * vol };
}

const UNIT_WORDS = new Set([
  'tablet',
  'tab',
  'kaplet',
  'caplet',
  'kapsul',
  'capsule',
  'cap',
  'sachet',
  'bungkus',
  'puyer',
  'pil',
  'pill',
  'supp',
  'suppositoria',
  'suppository',
  'ampul',
  'vial',
  'unit',
  'dose',
  'dosis',
  'puff',
  'semprot',
  'strip',
  'lozenge',
  'tablet hisap',
]);

/**
 * The daily amount in mg of one ingredient, from the line's dose and the ingredient's strength.
 * Undefined when it cannot be known without guessing (mass dose on a combination, unknown units).
 */
export function dailyDoseMg(
  dose: { amount: number; unit: string; perDay: number } | undefined,
  strength: ParsedStrength | undefined,
  ingredientCount: number,
): number | undefined {
  if (!dose) return undefined;
  const unit = dose.unit.toLowerCase();
  const mass = MASS_TO_MG[unit];
  if (mass !== undefined) return ingredientCount === 1 ? dose.amount * mass * dose.perDay : undefined;
  if (!strength) return undefined;
  const vol = VOLUME_TO_ML[unit];
  if (vol !== undefined) {
    if (!strength.perMl) return undefined;
    return (strength.mg / strength.perMl) * dose.amount * vol * dose.perDay;
  }
  if (UNIT_WORDS.has(unit) && strength.perMl === undefined) return strength.mg * dose.amount * dose.perDay;
  return undefined;
}
