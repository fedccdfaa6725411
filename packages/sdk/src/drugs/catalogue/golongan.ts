import type { Golongan } from '../engine/input';

const NIE_LETTER: Record<string, Golongan> = {
  B: 'bebas',
  T: 'bebas-terbatas',
  K: 'obat-keras',
  P: 'psikotropika',
  N: 'narkotika',
};

/**
 * The golongan encoded in a BPOM registration number: the second character is B (bebas), T (bebas terbatas),
 * K (keras), P (psikotropika) or N (narkotika), as in DKL1234567890A1 (drug-knowledge.md §3.3). Traditional
 * medicines and supplements (POM TR/SD…) carry none.
 */
export function golonganFromNie(nie: string | undefined): Golongan | undefined {
  if (!nie) return undefined;
  const compact = nie.replace(/\s+/g, '').toUpperCase();
  if (!/^[DG][BTKPN][LIX]\d{10}[A-Z]\d$/.test(compact)) return undefined;
  return NIE_LETTER[compact[1] as string];
}

/** KFA `controlled_drug.name` as the golongan it names ("Obat Bebas Terbatas", "Psikotropika", …). */
export function golonganFromKfaName(name: string | undefined | null): Golongan | undefined {
  if (!name) return undefined;
  const n = name.toLowerCase();
  if (n.includes('narkotika')) return 'narkotika';
  if (n.includes('psikotropika')) return 'psikotropika';
  if (n.includes('terbatas')) return 'bebas-terbatas';
  if (n.includes('keras')) return 'obat-keras';
  if (n.includes('bebas')) return 'bebas';
  return undefined;
}
