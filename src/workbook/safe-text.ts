/**
 * Text written by the add-in must never become a formula. Hosts write text as text; cells whose
 * text starts like a formula (OWASP CSV-injection list) also get the Text number format, so that
 * editing the cell in Excel (F2, Enter) keeps it text.
 */
const formulaStart = /^[=+\-@\t\r\n\uff1d\uff0b\uff0d\uff20]/;

export function isFormulaLike(text: string): boolean {
  return formulaStart.test(text);
}

/** The number format that keeps a cell's content text when re-entered. */
export const textFormat = '@';
