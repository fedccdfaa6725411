const rupiahFormats = new Map<string, Intl.NumberFormat>();

/**
 * An amount in rupiah as the reader's locale writes it: `Rp 150.000` in `id`, `IDR 150,000` in `en`.
 * Rupiah has no minor unit in practice, so fractions are rounded away.
 */
export function formatRupiah(amount: number, locale = 'id'): string {
  let format = rupiahFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'IDR',
      minimumFractionDigits: 0,
      maximumFractionDigits: 0,
    });
    rupiahFormats.set(locale, format);
  }
  return format.format(amount);
}
