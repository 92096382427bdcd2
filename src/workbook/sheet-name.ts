/**
 * Worksheet names as Excel accepts them, made in one place so that every host writes the same
 * names: at most 31 characters, none of \ / : * ? [ ], no apostrophe at either end, not empty and
 * not «History» (Excel reserves it). Excel compares names without case.
 *
 * Excel itself refuses any other name (office.js: InvalidArgument), while ExcelJS silently cuts a
 * long name at 31 characters — so a name made anywhere else could differ between the two hosts.
 */
export const maxSheetNameLength = 31;
const forbidden = /[\\/:*?[\]\p{Cc}]/gu;
const reserved = 'history';

export type SheetNameProblem = 'empty' | 'tooLong' | 'forbidden' | 'edgeApostrophe' | 'reserved';

/** Why Excel would refuse this name, or undefined when it would take it. */
export function sheetNameProblem(name: string): SheetNameProblem | undefined {
  if (name.trim() === '') return 'empty';
  if (name.length > maxSheetNameLength) return 'tooLong';
  if (new RegExp(forbidden.source, 'u').test(name)) return 'forbidden';
  if (name.startsWith("'") || name.endsWith("'")) return 'edgeApostrophe';
  if (name.toLowerCase() === reserved) return 'reserved';
  return undefined;
}

/** Cut to at most `max` UTF-16 units without splitting a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return text.slice(0, end);
}

export interface SheetNameOptions {
  /** What stands for a forbidden character (default a space). */
  readonly replacement?: string;
  /** The name when nothing is left of the wanted one. */
  readonly fallback: string;
}

/** The wanted name made valid: forbidden characters replaced, cut to leave room for `suffix`, edges cleaned. */
export function validSheetName(wanted: string, options: SheetNameOptions, suffix = ''): string {
  const clean = (s: string): string => s.replace(forbidden, options.replacement ?? ' ').replace(/\s+/g, ' ').trim().replace(/^['\s]+|['\s]+$/g, '');
  const room = maxSheetNameLength - suffix.length;
  // Apostrophes and spaces at the edges are dropped again after the cut, so no cut can leave one there.
  const base = clean(cut(clean(wanted), room)) || clean(cut(options.fallback, room));
  const name = `${base}${suffix}`;
  return name.toLowerCase() === reserved ? `${cut(base, room - 1)}_${suffix}` : name;
}

/**
 * The wanted name, or «name (2)», «name (3)» … the first one `isFree` accepts, each within Excel's
 * rules (a long name is cut so that its number still fits).
 */
export function uniqueSheetName(wanted: string, isFree: (name: string) => boolean, options: SheetNameOptions): string {
  for (let i = 1; ; i++) {
    const name = validSheetName(wanted, options, i === 1 ? '' : ` (${i})`);
    if (isFree(name)) return name;
  }
}

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
