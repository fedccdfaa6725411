import type { z } from 'zod';

/** Text the demo shows in Bahasa Indonesia (default) and English. */
export interface Bilingual {
  id: string;
  en: string;
}

/**
 * A zod error option carrying both languages. zod keeps one message string per issue, so the pair travels
 * as JSON and `issueText` unpacks it.
 */
export function bi(id: string, en: string): { error: string } {
  return { error: JSON.stringify({ id, en }) };
}

/** The same pair for `ctx.addIssue()`, which takes `message` (a schema's own `error` would replace it). */
export function biIssue(id: string, en: string): { message: string } {
  return { message: JSON.stringify({ id, en }) };
}

export const REQUIRED = bi('Wajib diisi.', 'Required.');

function authored(message: string): Bilingual | undefined {
  if (!message.startsWith('{')) return undefined;
  try {
    const parsed = JSON.parse(message) as Partial<Bilingual>;
    return typeof parsed.id === 'string' && typeof parsed.en === 'string'
      ? { id: parsed.id, en: parsed.en }
      : undefined;
  } catch {
    return undefined;
  }
}

/** The message of one zod issue in both languages: the schema's own pair, else one for the issue code. */
export function issueText(issue: z.core.$ZodIssue): Bilingual {
  const own = authored(issue.message);
  if (own) return own;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === ''
        ? { id: 'Wajib diisi.', en: 'Required.' }
        : { id: 'Isian tidak valid.', en: 'Invalid value.' };
    case 'too_small':
      return { id: `Minimal ${issue.minimum}.`, en: `At least ${issue.minimum}.` };
    case 'too_big':
      return { id: `Maksimal ${issue.maximum}.`, en: `At most ${issue.maximum}.` };
    case 'invalid_value':
      return { id: 'Pilih salah satu pilihan.', en: 'Choose one of the options.' };
    case 'unrecognized_keys':
      return { id: 'Isian tidak dikenal.', en: 'Unknown field.' };
    default:
      return { id: `Isian tidak valid: ${issue.message}`, en: `Invalid value: ${issue.message}` };
  }
}
