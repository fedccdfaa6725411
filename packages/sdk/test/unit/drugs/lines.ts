import type { MedicationLine } from '../../../src/drugs/engine/input';

let n = 0;

/** A coded line: ingredient names with optional strengths, e.g. line('Ibuprofen 400 mg'). */
export function line(spec: string, extra: Partial<MedicationLine> = {}): MedicationLine {
  n += 1;
  const ingredients = spec.split('+').map((part) => {
    const m = /^(.*?)\s+(\d+(?:[.,]\d+)?\s*(?:mg|g|mcg)(?:\/\s*\d*\s*ml)?)$/i.exec(part.trim());
    return m ? { name: (m[1] as string).trim(), strength: m[2] as string } : { name: part.trim() };
  });
  return { id: extra.id ?? `line-${n}`, display: spec, ingredients, ...extra };
}
