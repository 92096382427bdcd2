/**
 * The readable model behind the fake: what the workbook holds after each sync. Tests inspect it
 * directly (values, number formats, conditional formats, merges, page layout, visibility).
 */
import { address, isCellError, isDate, parseAddress, type SheetSnapshot, type WorkbookSnapshot } from '../../src/workbook/grid';
import type { CellInput, ValueType } from '../../src/adapters/office/api';

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface FakeCell {
  value: CellInput;
  type: ValueType;
  /** Set when a string arrived that Excel would read as a formula: the add-in must never cause this. */
  formula?: string;
  /** The text was written with a leading apostrophe: Excel keeps it as text and remembers this flag. */
  quotePrefix?: boolean;
  numberFormat: string;
  format: Record<string, string | number | boolean>;
  hyperlink?: { documentReference?: string; textToDisplay?: string };
  /**
   * A formula a user typed that points at a cell of another sheet (='Tổng hợp'!B5). Excel follows
   * the sheet through renames and turns the formula into #REF! for good once the sheet is deleted.
   */
  reference?: { sheetId: number; row: number; col: number; broken?: boolean };
  /** A note (the old-style comment, Worksheet.notes in ExcelApi 1.18): its text and who wrote it. */
  note?: { content: string; author: string };
  /** A threaded comment (Worksheet.comments, ExcelApi 1.10): a cell holds a note or a comment, not both. */
  comment?: { id: number; content: string };
}

export interface FakeConditionalFormat {
  id: number;
  type: 'Custom' | 'DataBar';
  /** Areas it applies to, "A1:B2,C3". */
  ranges: string;
  formula?: string;
  fill?: string;
  dataBar?: Record<string, unknown>;
}

export interface FakeSheet {
  id: number;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  /** Keyed by cellKey(row, col): a number, so the fake's scans stay cheap at 100,000 cells. */
  cells: Map<number, FakeCell>;
  merges: string[];
  conditionalFormats: FakeConditionalFormat[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  freeze?: { rows: number; columns: number };
  page: Record<string, unknown>;
  charts: Record<string, unknown>[];
  /** Columns hidden (Range.columnHidden). */
  hiddenColumns?: Set<number>;
  /** issue 4: set by Worksheet.protection.protect (the options given). */
  protection?: Record<string, unknown>;
}

export interface FakeWorkbookModel {
  sheets: FakeSheet[];
  nextId: number;
  activeSheet?: number;
  selection?: { sheet: string; address: string };
  /** Every values write as sent (before Excel's reading of it), in order; `sheet` is the sheet's current name. */
  writes: { sheet: string; address: string; values: CellInput[][] }[];
}

/** Excel's last column is XFD (16,384 columns): row * 16384 + col is one exact number per cell. */
const columnsPerRow = 16_384;
export const cellKey = (row: number, col: number): number => row * columnsPerRow + col;
export const cellPosition = (key: number): { row: number; col: number } => ({ row: Math.floor(key / columnsPerRow), col: key % columnsPerRow });

export function newSheet(model: FakeWorkbookModel, name: string): FakeSheet {
  return { id: model.nextId++, name, visibility: 'Visible', cells: new Map(), merges: [], conditionalFormats: [], columnWidths: new Map(), rowHeights: new Map(), page: {}, charts: [] };
}

/** Excel's 1900 date system: day 1 is 1900-01-01, with the 1900 leap-year bug (serial 60). */
export function dateSerial(date: Date): number {
  return (date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
}

const errorLiteral = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!)$/;
const numberLiteral = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
const percentLiteral = /^[+-]?(\d+(\.\d*)?|\.\d+)%$/;

/**
 * A value written through Range.values, read the way Excel reads typed input (dates are not
 * modelled: the add-in's rule quotes any text with a digit, so they cannot arise).
 */
export function typedInput(cell: FakeCell, input: CellInput): void {
  delete cell.formula;
  delete cell.quotePrefix;
  if (input === null) return;
  if (typeof input === 'number') put(cell, input, 'Double');
  else if (typeof input === 'boolean') put(cell, input, 'Boolean');
  else if (input === '') put(cell, '', 'Empty');
  else if (input.startsWith("'")) put(cell, input.slice(1), input.length > 1 ? 'String' : 'Empty', { quotePrefix: true });
  else if (cell.numberFormat === '@') put(cell, input, 'String');
  else if (/^[=+\-@]/.test(input) && !numberLiteral.test(input) && !percentLiteral.test(input)) put(cell, '#NAME?', 'Error', { formula: input });
  else if (numberLiteral.test(input.trim())) put(cell, Number(input.trim()), 'Double');
  else if (percentLiteral.test(input.trim())) put(cell, Number(input.trim().slice(0, -1)) / 100, 'Double');
  else if (/^(true|false)$/i.test(input)) put(cell, input.toLowerCase() === 'true', 'Boolean');
  else if (errorLiteral.test(input)) put(cell, input, 'Error');
  else put(cell, input, 'String');
}

export function put(cell: FakeCell, value: CellInput, type: ValueType, extra: Partial<FakeCell> = {}): void {
  cell.value = value;
  cell.type = type;
  Object.assign(cell, extra);
}

export function emptyCell(): FakeCell {
  return { value: '', type: 'Empty', numberFormat: 'General', format: {} };
}

export function cellOf(sheet: FakeSheet, row: number, col: number): FakeCell {
  const key = cellKey(row, col);
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = emptyCell();
    sheet.cells.set(key, cell);
  }
  return cell;
}

/** The model of a workbook given as a snapshot (dates become serial numbers, as Excel stores them). */
/** A sheet of a snapshot as the fake holds it (values typed as Excel would store them). */
export function sheetFromSnapshot(model: FakeWorkbookModel, s: SheetSnapshot): FakeSheet {
  const sheet = newSheet(model, s.name);
  sheet.visibility = s.visibility === 'veryHidden' ? 'VeryHidden' : s.visibility === 'hidden' ? 'Hidden' : 'Visible';
  s.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null) return;
      const cell = cellOf(sheet, r, c);
      if (isCellError(v)) put(cell, v.error, 'Error');
      else if (isDate(v)) put(cell, dateSerial(v), 'Double', { numberFormat: 'dd/mm/yyyy' });
      else if (typeof v === 'string') put(cell, v, 'String');
      else if (typeof v === 'number') put(cell, v, 'Double');
      else put(cell, v, 'Boolean');
    }),
  );
  sheet.merges = [...s.merges];
  // The formats the workbook shows its numbers with («0%» shows 0.8 as 80%), as the snapshot lists them.
  for (const [a, format] of Object.entries(s.numberFormats ?? {})) {
    const at = parseAddress(a);
    cellOf(sheet, at.row, at.col).numberFormat = format;
  }
  return sheet;
}

export function modelFromSnapshot(snapshot: WorkbookSnapshot): FakeWorkbookModel {
  const model: FakeWorkbookModel = { sheets: [], nextId: 1, writes: [] };
  for (const s of snapshot.sheets) model.sheets.push(sheetFromSnapshot(model, s));
  return model;
}

/** Rectangles already parsed: merges and conditional formats are compared with every new one. */
const rectsOf = new Map<string, Readonly<Rect>>();

export function parseRect(a1: string): Readonly<Rect> {
  const known = rectsOf.get(a1);
  if (known) return known;
  const [from, to] = a1.replace(/\$/g, '').split(':');
  const a = parseAddress(from ?? '');
  const b = to ? parseAddress(to) : a;
  const rect = Object.freeze({ row: Math.min(a.row, b.row), col: Math.min(a.col, b.col), rows: Math.abs(b.row - a.row) + 1, cols: Math.abs(b.col - a.col) + 1 });
  if (rectsOf.size > 100_000) rectsOf.clear();
  rectsOf.set(a1, rect);
  return rect;
}

export function rectText(r: Rect): string {
  const first = address(r.row, r.col);
  return r.rows === 1 && r.cols === 1 ? first : `${first}:${address(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

/** The used range of values (valuesOnly), or undefined for an empty sheet. */
export function usedRect(sheet: FakeSheet): Rect | undefined {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [key, cell] of sheet.cells) {
    if (cell.type === 'Empty') continue;
    const r = Math.floor(key / columnsPerRow);
    const c = key - r * columnsPerRow;
    if (r < top) top = r;
    if (r > bottom) bottom = r;
    if (c < left) left = c;
    if (c > right) right = c;
  }
  return bottom < 0 ? undefined : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}

export function findSheet(model: FakeWorkbookModel, name: string): FakeSheet | undefined {
  const wanted = name.toLowerCase();
  return model.sheets.find((s) => s.name === name || s.name.toLowerCase() === wanted);
}

/** Values of a sheet as a grid from A1 (text without its apostrophe), for assertions. */
export function gridOf(sheet: FakeSheet): CellInput[][] {
  const rows: CellInput[][] = [];
  for (const [key, cell] of sheet.cells) {
    if (cell.type === 'Empty') continue;
    const { row: r, col: c } = cellPosition(key);
    const row = rows[r] ?? [];
    row[c] = cell.value;
    rows[r] = row;
  }
  return Array.from(rows, (row) => Array.from(row ?? [], (v) => v ?? null));
}
