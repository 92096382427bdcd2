/**
 * How two sheet names are compared when the product writes a sheet: the way Excel and ExcelJS do —
 * without case, and nothing else. Diacritics, punctuation and spacing count: «Goc TH01» and
 * «Gốc TH01» are two sheets in Excel, so writing one must never remove the other. Every writer
 * (memory, ExcelJS, office.js) and every name picker uses this one key; tolerant matching of what
 * people type (foldKey) is for reading, never for choosing which sheet to replace.
 */

/** NFC first, so that the same letters typed two ways are one name (a wider key only makes pickers more careful). */
export function sheetNameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

export function sameSheetName(a: string, b: string): boolean {
  return sheetNameKey(a) === sheetNameKey(b);
}
