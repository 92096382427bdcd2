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

/** Cached keys stop growing here: a cache this full is cleared, never allowed to hold a whole province's notes. */
const cacheLimit = 100_000;

/**
 * A key function with a cache shared by the whole process: sheets, proposals and history repeat the same
 * few thousand texts (levels, forms, ratings, labels, names) tens of thousands of times. One cache per key,
 * module-level rather than per run, so the parser and the engine never fold the same text twice.
 */
function cached(key: (text: string) => string): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      if (cache.size >= cacheLimit) cache.clear();
      value = key(text);
      cache.set(text, value);
    }
    return value;
  };
}

/** foldKey through the shared cache: use it wherever the same texts are folded again and again. */
export const foldCached: (text: string) => string = cached(foldKey);

/** nameKey through the shared cache. */
export const nameKeyCached: (text: string) => string = cached(nameKey);

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Vietnamese collation, for sorting names. */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}

/**
 * File names as an officer reads a folder: Vietnamese collation, numbers by value («TH2» before «TH10»),
 * then the exact text, so two names equal but for case or marks still have one order on every machine.
 */
export function compareFileNames(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
