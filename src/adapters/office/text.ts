/**
 * How a text value is written through office.js so that it stays the same text.
 *
 * Range.values takes a string as if the user typed it: "=…" becomes a formula, "12" a number,
 * "1/2" a date, "TRUE" a boolean, "#N/A" an error. A leading apostrophe makes Excel store the
 * rest as text (it keeps the apostrophe as the cell's quotePrefix, not in the value), so every
 * text that Excel could read as something else gets one: formula-like text (which also gets the
 * Text number format, see safe-text.ts), text not starting with a letter, TRUE/FALSE, and text
 * holding a digit (dates such as "Jan 5" start with a letter). Plain words need none.
 */
import { isFormulaLike } from '../../workbook/safe-text';

const startsWithLetter = /^\p{L}/u;
const booleanWord = /^(true|false)$/i;
const digit = /\d/;

export function needsQuotePrefix(text: string): boolean {
  if (text === '') return false;
  return isFormulaLike(text) || !startsWithLetter.test(text) || booleanWord.test(text) || digit.test(text);
}

export function officeText(text: string): string {
  return needsQuotePrefix(text) ? `'${text}` : text;
}
