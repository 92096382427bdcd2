/**
 * Cells gathered into few rectangles and short address lists, so that one style or one highlight
 * is applied to a multi-area range (Worksheet.getRanges, ExcelApi 1.9) instead of cell by cell.
 */
import { address, columnLetters, parseAddress } from '../../workbook/grid';

export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/**
 * Rectangles covering exactly the given 0-based cells: runs along each row, then equal runs on
 * consecutive rows stacked. Deterministic: the output depends only on the set of cells.
 */
export function rectsOf(cells: readonly { readonly row: number; readonly col: number }[]): Rect[] {
  const byRow = new Map<number, number[]>();
  for (const c of cells) {
    const cols = byRow.get(c.row) ?? [];
    cols.push(c.col);
    byRow.set(c.row, cols);
  }
  const open = new Map<string, { row: number; col: number; rows: number; cols: number }>();
  const done: Rect[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cols = [...new Set(byRow.get(row))].sort((a, b) => a - b);
    const runs: { col: number; cols: number }[] = [];
    for (const col of cols) {
      const last = runs[runs.length - 1];
      if (last && last.col + last.cols === col) last.cols++;
      else runs.push({ col, cols: 1 });
    }
    const seen = new Set<string>();
    for (const run of runs) {
      const key = `${run.col}:${run.cols}`;
      seen.add(key);
      const rect = open.get(key);
      if (rect && rect.row + rect.rows === row) rect.rows++;
      else {
        if (rect) done.push(rect);
        open.set(key, { row, col: run.col, rows: 1, cols: run.cols });
      }
    }
    // A run that did not continue on this row is finished.
    for (const [key, rect] of open) {
      if (!seen.has(key)) {
        done.push(rect);
        open.delete(key);
      }
    }
  }
  done.push(...open.values());
  return done.sort((a, b) => a.row - b.row || a.col - b.col);
}

export function rectAddress(r: Rect): string {
  const first = address(r.row, r.col);
  return r.rows === 1 && r.cols === 1 ? first : `${first}:${address(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

/**
 * Excel refuses multi-area addresses longer than 255 characters (the old Range reference limit,
 * which getRanges keeps), so long lists are cut into several.
 */
export const maxAreaAddress = 255;

export function addressChunks(addresses: readonly string[], max = maxAreaAddress): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const a of addresses) {
    if (current === '') current = a;
    else if (current.length + 1 + a.length <= max) current = `${current},${a}`;
    else {
      chunks.push(current);
      current = a;
    }
  }
  if (current !== '') chunks.push(current);
  return chunks;
}

/** Every cell of an A1 range ("B3", "B3:D5"), row by row. */
export function cellsOf(range: string): string[] {
  const [from, to] = range.split(':');
  const a = parseAddress(from ?? '');
  const b = to ? parseAddress(to) : a;
  const out: string[] = [];
  for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++) {
    for (let c = Math.min(a.col, b.col); c <= Math.max(a.col, b.col); c++) out.push(address(r, c));
  }
  return out;
}

/** Consecutive equal values as spans: [5,5,7] → [{start:0,end:1,value:5},{start:2,end:2,value:7}]. */
export function spans<T>(values: readonly (T | undefined)[]): { start: number; end: number; value: T }[] {
  const out: { start: number; end: number; value: T }[] = [];
  values.forEach((value, i) => {
    if (value === undefined) return;
    const last = out[out.length - 1];
    if (last && last.end === i - 1 && last.value === value) last.end = i;
    else out.push({ start: i, end: i, value });
  });
  return out;
}

export function columnSpan(start: number, end: number): string {
  return `${columnLetters(start)}:${columnLetters(end)}`;
}

export function rowSpan(start: number, end: number): string {
  return `${start + 1}:${end + 1}`;
}
