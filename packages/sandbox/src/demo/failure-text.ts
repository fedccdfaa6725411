import { isNotFoundError, isRemoteValidationError, isSehatError, isTransportError } from '@sehatkit/sdk';
import type { Bilingual } from './messages';
import { DemoError } from './problem';

/**
 * What the demo shows when a call to SATUSEHAT or BPJS failed. The services' own messages are kept
 * (pCare's are Indonesian, SATUSEHAT's English): the SDK has already masked any NIK or card number in them.
 */
export function failureText(error: unknown): Bilingual {
  if (error instanceof DemoError) return error.text;
  if (isRemoteValidationError(error)) {
    const list = error.issues
      .map((i) => `${i.message}${i.ruleNumber ? ` (RuleNumber ${i.ruleNumber})` : ''}`)
      .join('; ');
    return { id: `Ditolak: ${list}`, en: `Refused: ${list}` };
  }
  if (isNotFoundError(error)) return { id: 'Tidak ditemukan.', en: 'Not found.' };
  if (isTransportError(error)) {
    return {
      id: 'Layanan tidak menjawab; coba kirim lagi.',
      en: 'The service did not answer; try sending again.',
    };
  }
  if (isSehatError(error)) return { id: `Gagal (${error.code}).`, en: `Failed (${error.code}).` };
  return { id: 'Kesalahan tak terduga.', en: 'Unexpected error.' };
}
