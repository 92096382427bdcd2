/**
 * A scoring table pasted from Word into a sheet, as a grid of text rows. A merged range keeps its text in
 * its top-left cell; the other cells of the range read as empty, as in a Word table.
 */
import { cellText, parseAddress, type SheetSnapshot } from '../grid';
import type { TableGrid } from './types';

export function sheetTable(sheet: SheetSnapshot): TableGrid {
  const covered = new Set<string>();
  for (const range of sheet.merges) {
    const [from, to] = range.split(':');
    if (from === undefined || to === undefined) continue;
    const a = parseAddress(from);
    const b = parseAddress(to);
    for (let r = a.row; r <= b.row; r++) for (let c = a.col; c <= b.col; c++) if (r !== a.row || c !== a.col) covered.add(`${r}:${c}`);
  }
  return {
    name: sheet.name,
    sheet: sheet.name,
    rows: sheet.rows.map((cells, r) => ({ row: r + 1, cells: cells.map((v, c) => (covered.has(`${r}:${c}`) ? '' : cellText(v))) })),
  };
}
