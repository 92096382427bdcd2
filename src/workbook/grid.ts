/**
 * A snapshot of a workbook as plain grids: what every host reads and the parsers see.
 * Formulas arrive as their cached result; rich text as plain text.
 */
export type CellError = { readonly error: string };
export type CellValue = string | number | boolean | Date | CellError | null;

export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

export interface SheetSnapshot {
  readonly name: string;
  readonly visibility: SheetVisibility;
  /** Rows from A1, 0-based; rows may be ragged, missing cells are null. */
  readonly rows: readonly (readonly CellValue[])[];
  /** Merged ranges in A1 notation ("A1:C1"). */
  readonly merges: readonly string[];
  /** Set when the host could not read this sheet's merged cells (Excel returns at most 512 at once): merges is then empty. */
  readonly mergesUnread?: true;
  /**
   * Number formats of the cells holding a number, by A1 address, where the format is not General
   * («0%» shows 0.8 as 80%). Every host fills it: a percent typed in Excel is stored as a fraction.
   */
  readonly numberFormats?: Readonly<Record<string, string>>;
}

/** Whether a number format shows the value as a percentage («0%», «0.00%»; a quoted or escaped % does not count). */
export function isPercentFormat(format: string | undefined): boolean {
  if (format === undefined) return false;
  const bare = format.replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return bare.includes('%');
}

export interface WorkbookSnapshot {
  readonly sheets: readonly SheetSnapshot[];
}

/**
 * A Date from any realm: `instanceof Date` fails for a Date made in another realm (a structured
 * clone, an iframe, a worker), which would let a date through as text.
 */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

export function isCellError(value: CellValue | undefined): value is CellError {
  return typeof value === 'object' && value !== null && !isDate(value) && 'error' in value;
}

export function cellAt(sheet: SheetSnapshot, row: number, col: number): CellValue {
  return sheet.rows[row]?.[col] ?? null;
}

/** Letters of the columns asked for so far: every address of every finding and write goes through here. */
const lettersOf: string[] = [];

/** 0-based column index to letters: 0 → A, 26 → AA. */
export function columnLetters(col: number): string {
  const known = lettersOf[col];
  if (known !== undefined) return known;
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  // Excel's columns end at XFD (16,384): only those are kept.
  if (Number.isInteger(col) && col >= 0 && col < 16_384) lettersOf[col] = out;
  return out;
}

/** 0-based row and column to an A1 address. */
export function address(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** A1 address to 0-based row and column. */
export function parseAddress(a1: string): { row: number; col: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(a1.toUpperCase());
  if (!match) throw new Error(`Not an A1 address: ${a1}`);
  let col = 0;
  for (const ch of match[1] ?? '') col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, col: col - 1 };
}

/** Plain text of a cell for labels and names; numbers as typed. */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isDate(value)) return value.toISOString().slice(0, 10);
  return value.error;
}

/** A sheet name quoted for a reference: 'Đơn vị 1'!A1. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
