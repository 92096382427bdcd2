/**
 * Excel (office.js) → snapshot of plain grids, the same snapshot the ExcelJS host reads
 * (src/adapters/xlsx/read.ts), in a number of syncs that does not grow with the number of sheets:
 * one for the sheet list, one for used ranges and merges, then values with their types and number
 * formats in batches sized by cell count (responses over 5 MB are refused by Excel on the web too).
 * The number formats of cells holding a number are kept where they are not General, as the
 * ExcelJS host keeps them («0%» shows 0.8 as 80%: a percent typed in Excel).
 *
 * Differences with the ExcelJS host, by nature of the APIs:
 * - Dates: office.js gives the serial number Excel stores (45292 for 2024-01-01), never a Date;
 *   the number is kept as it is, with its date format among the number formats (turning it into a
 *   date from the format would be guessing). ExcelJS gives a Date for a date-formatted cell, so a
 *   date typed in a score cell is VALUE_DATE through ExcelJS and a plain number here.
 * An empty text (a cell holding "", type String) stays "", as ExcelJS keeps it; an empty cell is
 * null. The cells covered by a merge are null and lengthen their rows, as ExcelJS lists them: the
 * snapshots then match value for value, and so do the fingerprints taken over them.
 */
import { address, parseAddress, type CellValue, type SheetSnapshot, type SheetVisibility, type WorkbookSnapshot } from '../../workbook/grid';
import type { CellInput, ValueType, XRange, XRangeAreas, XRequestContext, XWorksheet } from './api';
import { utf8Length } from './payload';

/**
 * Cells read per sync: a response stays under 4 MB up to about 33 bytes a cell (value, type and
 * number format; ~28 in generated workbooks, "General" being 10 of them). Longer cells shrink the
 * next batches (see readWorkbook).
 */
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

/**
 * The number formats of a block's numbers where they are not General, by A1 address, as the ExcelJS
 * host lists them (a text or an empty cell's format is not kept).
 */
export function placeFormats(out: Record<string, string>, origin: { readonly row: number; readonly col: number }, types: readonly (readonly ValueType[])[], formats: readonly (readonly (string | null)[])[]): void {
  formats.forEach((line, i) =>
    line.forEach((format, j) => {
      if (types[i]?.[j] !== 'Double' || format === null || format === '' || format === 'General') return;
      out[address(origin.row + i, origin.col + j)] = format;
    }),
  );
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

type Extent = { readonly row: number; readonly col: number; readonly rows: number; readonly cols: number };

/**
 * Takes blocks off the front of `queue` up to `cells` cells, splitting a block by rows where the
 * limit falls (at least one row is always taken). Mutates the queue.
 */
export function takeBatch(queue: Block[], cells: number): Block[] {
  const batch: Block[] = [];
  let count = 0;
  while (queue.length > 0) {
    const next = queue[0];
    if (!next) break;
    const room = cells - count;
    if (count > 0 && room < next.cols) break;
    const rows = Math.min(next.rows, Math.max(1, Math.floor(room / next.cols)));
    batch.push({ ...next, rows });
    count += rows * next.cols;
    if (rows === next.rows) queue.shift();
    else queue[0] = { ...next, row: next.row + rows, rows: next.rows - rows };
  }
  return batch;
}

/** Office's error code, when the error came from office.js. */
export function officeCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

export const responseTooLarge = 'ResponsePayloadSizeLimitExceeded';
export const requestTooLarge = 'RequestPayloadSizeLimitExceeded';

/**
 * Cells of a band that cannot hold more merged areas than getMergedAreasOrNullObject returns (512):
 * a merged area covers at least two cells.
 */
export const mergeBandCells = 1024;

/** Bands of at most mergeBandCells cells covering an extent (rows first; very wide sheets by columns too). */
export function mergeBands(u: Extent): Extent[] {
  const out: Extent[] = [];
  const width = Math.min(u.cols, mergeBandCells);
  const height = Math.max(1, Math.floor(mergeBandCells / width));
  for (let r = 0; r < u.rows; r += height) {
    for (let c = 0; c < u.cols; c += width) out.push({ row: u.row + r, col: u.col + c, rows: Math.min(height, u.rows - r), cols: Math.min(width, u.cols - c) });
  }
  return out;
}

export interface ReadOptions {
  /** Range.getMergedAreasOrNullObject needs ExcelApi 1.13; without it no merges are reported. */
  readonly merges: boolean;
  /** Cells read per sync at most; fewer when the cells turn out long (see responseBudget). */
  readonly cellsPerSync: number;
  /** Bytes a response should stay under (Excel on the web refuses more than 5 MB). */
  readonly responseBudget: number;
}

function loadUsed(sheets: readonly XWorksheet[]): XRange[] {
  return sheets.map((ws) => ws.getUsedRangeOrNullObject(true).load(['isNullObject', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount']));
}

const areasProps = ['isNullObject', 'address'];

/**
 * Merged areas, normally one request per sheet in the same sync as the used ranges. A sheet with
 * more than 512 merged areas makes Excel fail that whole sync: then the used ranges are read again
 * and every sheet's merges in bands too small to hold 512, so one merge-heavy sheet costs two more
 * syncs and no failure. Should that fail too, the sheets are read without merges, each marked.
 */
async function readExtentsAndMerges(ctx: XRequestContext, sheets: readonly XWorksheet[], merges: boolean): Promise<{ extents: (Extent | undefined)[]; merges: (string[] | undefined)[] }> {
  let used = loadUsed(sheets);
  const whole: XRangeAreas[] = merges ? sheets.map((ws) => ws.getRange().getMergedAreasOrNullObject().load(areasProps)) : [];
  const extentsOf = (): (Extent | undefined)[] => used.map((u) => (u.isNullObject ? undefined : { row: u.rowIndex, col: u.columnIndex, rows: u.rowCount, cols: u.columnCount }));
  try {
    await ctx.sync();
    return { extents: extentsOf(), merges: sheets.map((_, i) => (merges ? areasOf([whole[i]]) : [])) };
  } catch (error) {
    const code = officeCode(error);
    if (!merges || code === responseTooLarge || code === requestTooLarge) throw error;
  }
  used = loadUsed(sheets);
  await ctx.sync();
  const extents = extentsOf();
  const banded = sheets.map((ws, i) => {
    const u = extents[i];
    return u ? mergeBands(u).map((b) => ws.getRangeByIndexes(b.row, b.col, b.rows, b.cols).getMergedAreasOrNullObject().load(areasProps)) : [];
  });
  try {
    await ctx.sync();
  } catch {
    return { extents, merges: sheets.map(() => undefined) };
  }
  return { extents, merges: banded.map(areasOf) };
}

/** The merges of one or more RangeAreas, each once (a merge crossing two bands is reported by both). */
function areasOf(areas: readonly (XRangeAreas | undefined)[]): string[] {
  const out = new Set<string>();
  for (const a of areas) if (a && !a.isNullObject) for (const m of mergesOfAddress(a.address)) out.add(m);
  return [...out].sort();
}

/** UTF-8 size of a block's values, types and number formats as Excel sends them back (about). */
function responseSize(range: XRange): number {
  return utf8Length(JSON.stringify(range.values)) + utf8Length(JSON.stringify(range.valueTypes)) + utf8Length(JSON.stringify(range.numberFormat));
}

export async function readWorkbook(ctx: XRequestContext, options: ReadOptions): Promise<WorkbookSnapshot> {
  const collection = ctx.workbook.worksheets.load(['items/name', 'items/visibility']);
  await ctx.sync();
  const sheets: readonly XWorksheet[] = collection.items;
  const { extents, merges } = await readExtentsAndMerges(ctx, sheets, options.merges);
  const rows: CellValue[][][] = sheets.map(() => []);
  const formats: Record<string, string>[] = sheets.map(() => ({}));
  const queue: Block[] = [];
  extents.forEach((u, sheet) => {
    if (u && u.rows > 0 && u.cols > 0) queue.push({ sheet, ...u });
  });
  // Cells per sync adapt to what the cells hold: long texts make a response large well before
  // the cell count is reached, and Excel on the web refuses a response over 5 MB.
  let cells = options.cellsPerSync;
  while (queue.length > 0) {
    const batch = takeBatch(queue, cells);
    // Number formats in the same request as the values: no sync more, about a third more to receive.
    const ranges = batch.map((b) => ({ block: b, range: sheets[b.sheet]?.getRangeByIndexes(b.row, b.col, b.rows, b.cols).load(['values', 'valueTypes', 'numberFormat']) }));
    const count = batch.reduce((n, b) => n + b.rows * b.cols, 0);
    try {
      await ctx.sync();
    } catch (error) {
      // Too large after all: the same cells again, in halves.
      if (officeCode(error) !== responseTooLarge || count <= 1) throw error;
      queue.unshift(...batch);
      cells = Math.max(1, Math.floor(count / 2));
      continue;
    }
    let size = 0;
    for (const { block, range } of ranges) {
      const grid = rows[block.sheet];
      const found = formats[block.sheet];
      if (!range || !grid || !found) continue;
      placeBlock(grid, block, range.values, range.valueTypes);
      placeFormats(found, block, range.valueTypes, range.numberFormat);
      size += responseSize(range);
    }
    if (size > 0 && Number.isFinite(options.responseBudget)) cells = Math.max(1, Math.min(options.cellsPerSync, Math.floor((options.responseBudget / size) * count)));
  }
  const snapshot: SheetSnapshot[] = sheets.map((ws, i) => {
    const found = merges[i];
    const grid = rows[i] ?? [];
    coverMerges(grid, found ?? []);
    const numberFormats = formats[i] ?? {};
    const sheet: SheetSnapshot = { name: ws.name, visibility: sheetVisibility(ws.visibility), rows: tidyRows(grid), merges: found ?? [], ...(Object.keys(numberFormats).length > 0 ? { numberFormats } : {}) };
    return found === undefined ? { ...sheet, mergesUnread: true } : sheet;
  });
  return { sheets: snapshot };
}
