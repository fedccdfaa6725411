/**
 * Folds drug names so Indonesian and English spellings meet: amoxicillin/amoksisilin,
 * paracetamol/parasetamol, chlorpheniramine/klorfeniramin, ciprofloxacin/siprofloksasin.
 * Indonesian pharmacopoeia spelling writes c as k or s by its sound, x as ks, ph as f, th as t, y as i, drops
 * doubled consonants and the final silent e; folding both sides the same way makes them equal.
 */
export function foldToken(word: string): string {
  // Single letters are names in their own right (vitamin C is not vitamin K).
  if (word.length < 2) return word;
  let s = word;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    const c = s[i] as string;
    const next = s[i + 1];
    if (c === 'p' && next === 'h') {
      out += 'f';
      i++;
    } else if ((c === 't' || c === 'r' || c === 'k') && next === 'h') {
      out += c;
      i++;
    } else if (c === 'c' && next === 'h') {
      out += 'k';
      i++;
    } else if (c === 'c') {
      out += next === 'e' || next === 'i' || next === 'y' ? 's' : 'k';
    } else if (c === 'x') {
      out += i === 0 ? 's' : 'ks';
    } else if (c === 'q') {
      out += 'k';
    } else if (c === 'y') {
      out += 'i';
    } else if (c === 'z') {
      out += 's';
    } else if (c === 'a' && next === 'e') {
      out += 'e';
      i++;
    } else if (c === 'o' && next === 'e') {
      out += 'e';
      i++;
    } else if (ch >= 48 && ch <= 57) {
      out += c;
    } else {
      out += c;
    }
  }
  s = out;
  out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (i > 0 && c === s[i - 1] && !isDigit(c)) continue;
    out += c;
  }
  if (out.length > 4 && out.endsWith('e') && !isVowel(out[out.length - 2] as string)) out = out.slice(0, -1);
  return out;
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

function isVowel(c: string): boolean {
  return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u';
}

/** Lower case, accents removed, split into letter and digit runs ("500mg" -> "500", "mg"). */
export function tokenize(text: string): string[] {
  const lower = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return lower.match(/[a-z]+|\d+(?:[.,]\d+)?/g) ?? [];
}

/** Tokens folded for matching. */
export function foldedTokens(text: string): string[] {
  return tokenize(text).map(foldToken);
}

/** One key for a whole name, for exact name look-ups (resolution of free text and KFA zat aktif). */
export function nameKey(text: string): string {
  return foldedTokens(text).join(' ');
}
