/**
 * Excel (office.js) → snapshot of plain grids, the same snapshot the ExcelJS host reads
 * (src/adapters/xlsx/read.ts), in a number of syncs that does not grow with the number of sheets:
 * one for the sheet list, one for used ranges and merges, then values in batches sized by cell
 * count (responses over 5 MB are refused by Excel on the web too).
 *
 * Differences with the ExcelJS host, by nature of the APIs:
 * - Dates: office.js gives the serial number Excel stores (45292 for 2024-01-01), never a Date;
 *   the number is kept as it is (the cell's number format is not read: guessing a date from it
 *   would be guessing). ExcelJS gives a Date for a date-formatted cell, so a date typed in a score
 *   cell is VALUE_DATE through ExcelJS and a plain number here.
 * An empty text (a cell holding "", type String) stays "", as ExcelJS keeps it; an empty cell is
 * null. The cells covered by a merge are null and lengthen their rows, as ExcelJS lists them: the
 * snapshots then match value for value, and so do the fingerprints taken over them.
 */
import { parseAddress, type CellValue, type SheetSnapshot, type SheetVisibility, type WorkbookSnapshot } from '../../workbook/grid';
import type { CellInput, ValueType, XRange, XRequestContext, XWorksheet } from './api';

/** Cells read per sync: a response stays under 4 MB up to about 33 bytes a cell (value and type; ~18 in generated workbooks). */
export const defaultReadCells = 120_000;

const visibilityOf: Readonly<Record<string, SheetVisibility>> = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' };

export function sheetVisibility(visibility: string): SheetVisibility {
  return visibilityOf[visibility] ?? 'visible';
}

/** One cell as the parsers see it: "#REF!" typed Error is an error, an empty cell is null. */
export function cellValue(value: CellInput | undefined, type: ValueType | undefined): CellValue {
  if (value === undefined || value === null) return null;
  if (value === '') return type === 'String' ? '' : null;
  if (type === 'Error') return { error: String(value) };
  return value;
}

/**
 * A block of values read at (row, col) placed into rows from A1, like the ExcelJS host: missing
 * rows are [], rows end at their last value (no trailing blanks).
 */
export function placeBlock(rows: CellValue[][], origin: { readonly row: number; readonly col: number }, values: readonly (readonly CellInput[])[], types: readonly (readonly ValueType[])[]): void {
  values.forEach((line, i) => {
    const r = origin.row + i;
    const cells = rows[r] ?? [];
    line.forEach((v, j) => {
      const cell = cellValue(v, types[i]?.[j]);
      if (cell !== null) cells[origin.col + j] = cell;
    });
    rows[r] = cells;
  });
}

/** Rows reach the last column of every merge crossing them (covered cells are null). */
export function coverMerges(rows: CellValue[][], merges: readonly string[]): void {
  for (const range of merges) {
    const [from, to] = range.split(':');
    if (!from || !to) continue;
    const a = parseAddress(from);
    const b = parseAddress(to);
    for (let r = a.row; r <= b.row; r++) {
      const cells = rows[r] ?? [];
      while (cells.length <= b.col) cells.push(null);
      rows[r] = cells;
    }
  }
}

/** Fills holes with null/[] and drops trailing empty rows. */
export function tidyRows(rows: CellValue[][]): CellValue[][] {
  const out: CellValue[][] = [];
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r] ?? [];
    const tidy: CellValue[] = [];
    for (let c = 0; c < cells.length; c++) tidy.push(cells[c] ?? null);
    out.push(tidy);
  }
  while (out.length > 0 && (out[out.length - 1]?.length ?? 0) === 0) out.pop();
  return out;
}

/**
 * The areas of RangeAreas.address: "Sheet1!A1:B2, Sheet1!D1:E1" or "'Đơn vị 1'!A1:B2" → ["A1:B2", …],
 * sorted as the ExcelJS host sorts them. The sheet part is skipped by taking what follows each "!".
 */
export function mergesOfAddress(text: string): string[] {
  const out: string[] = [];
  const pattern = /!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)(?=\s*,|\s*$)/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) out.push((m[1] ?? '').replace(/\$/g, ''));
  return out.filter((a) => a.includes(':')).sort();
}

interface Block {
  readonly sheet: number;
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** Row blocks of every used range, packed into batches of at most `cells` cells (a block never split across batches). */
export function readBatches(used: readonly ({ row: number; col: number; rows: number; cols: number } | undefined)[], cells: number): Block[][] {
  const batches: Block[][] = [];
  let current: Block[] = [];
  let count = 0;
  used.forEach((u, sheet) => {
    if (!u || u.rows === 0 || u.cols === 0) return;
    const step = Math.max(1, Math.floor(cells / u.cols));
    for (let r = 0; r < u.rows; r += step) {
      const block = { sheet, row: u.row + r, col: u.col, rows: Math.min(step, u.rows - r), cols: u.cols };
      const size = block.rows * block.cols;
      if (count > 0 && count + size > cells) {
        batches.push(current);
        current = [];
        count = 0;
      }
      current.push(block);
      count += size;
    }
  });
  if (current.length > 0) batches.push(current);
  return batches;
}

export interface ReadOptions {
  /** Range.getMergedAreasOrNullObject needs ExcelApi 1.13; without it no merges are reported. */
  readonly merges: boolean;
  readonly cellsPerSync: number;
}

export async function readWorkbook(ctx: XRequestContext, options: ReadOptions): Promise<WorkbookSnapshot> {
  const collection = ctx.workbook.worksheets.load(['items/name', 'items/visibility']);
  await ctx.sync();
  const sheets: readonly XWorksheet[] = collection.items;
  const used: XRange[] = sheets.map((ws) => ws.getUsedRangeOrNullObject(true).load(['isNullObject', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount']));
  const merged = options.merges ? sheets.map((ws) => ws.getRange().getMergedAreasOrNullObject().load(['isNullObject', 'address'])) : [];
  await ctx.sync();
  const extents = used.map((u) => (u.isNullObject ? undefined : { row: u.rowIndex, col: u.columnIndex, rows: u.rowCount, cols: u.columnCount }));
  const rows: CellValue[][][] = sheets.map(() => []);
  for (const batch of readBatches(extents, options.cellsPerSync)) {
    const ranges = batch.map((b) => ({ block: b, range: sheets[b.sheet]?.getRangeByIndexes(b.row, b.col, b.rows, b.cols).load(['values', 'valueTypes']) }));
    await ctx.sync();
    for (const { block, range } of ranges) {
      const grid = rows[block.sheet];
      if (range && grid) placeBlock(grid, block, range.values, range.valueTypes);
    }
  }
  const snapshot: SheetSnapshot[] = sheets.map((ws, i) => {
    const areas = merged[i];
    const merges = areas && !areas.isNullObject ? mergesOfAddress(areas.address) : [];
    const grid = rows[i] ?? [];
    coverMerges(grid, merges);
    return { name: ws.name, visibility: sheetVisibility(ws.visibility), rows: tidyRows(grid), merges };
  });
  return { sheets: snapshot };
}
