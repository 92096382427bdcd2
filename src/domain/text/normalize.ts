/** Text normalisation for comparing what people type into sheets. */

/** Unicode NFC, non-breaking and repeated spaces folded, trimmed. */
export function cleanText(value: string): string {
  return value.normalize('NFC').replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

/** Key for tolerant comparison of names: NFC, case-folded, spacing folded. Diacritics kept. */
export function nameKey(value: string): string {
  return cleanText(value).toLocaleLowerCase('vi');
}

/**
 * Key for header and keyword matching: case, spacing, punctuation and diacritics ignored,
 * and đ folded to d (NFD does not decompose it).
 */
export function foldKey(value: string): string {
  return cleanText(value)
    .toLocaleLowerCase('vi')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Vietnamese collation, for sorting names. */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}
