/**
 * Row heights for wrapped text. Neither Excel nor LibreOffice grows a row for wrapped text in a
 * file written by a program, so printed sheets would clip it: estimate the lines and say so.
 */
import { parseAddress } from '../grid';
import type { PageSetup, SheetSpec } from '../spec';
import { styles } from './styles';

/** Characters of 11 pt Times New Roman per unit of Excel column width (a little under one). */
const charsPerWidth = 1.1;

export function withRowHeights(spec: SheetSpec): SheetSpec {
  // Width available to each merged master cell.
  const mergedWidth = new Map<string, number>();
  for (const range of spec.merges) {
    const [from, to] = range.split(':');
    if (!from || !to) continue;
    const a = parseAddress(from);
    const b = parseAddress(to);
    if (a.row !== b.row) continue;
    let width = 0;
    for (let c = a.col; c <= b.col; c++) width += spec.columnWidths[c] ?? 9;
    mergedWidth.set(`${a.row}:${a.col}`, width);
  }
  const heights = spec.rows.map((row, r) => {
    let height = 0;
    row.forEach((cell, c) => {
      if (typeof cell.value !== 'string' || cell.value === '') return;
      const style = styles[cell.style ?? 'plain'];
      const width = mergedWidth.get(`${r}:${c}`) ?? spec.columnWidths[c] ?? 9;
      const perLine = Math.max(1, Math.floor(width * charsPerWidth * (11 / style.size)));
      const lines = style.wrap ? cell.value.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0) : 1;
      height = Math.max(height, lines * style.size * 1.35 + 2);
    });
    return height > 17 ? Math.ceil(height) : undefined;
  });
  return { ...spec, rowHeights: heights };
}

/**
 * The page of every sheet printed for the council (Nghị định 30/2020): A4 landscape, margins top and
 * bottom 20 mm, left 30 mm, right 15 mm, the table's header row repeated, one page wide, page numbers
 * from page 2. `headerRow` is the 0-based row of the table header.
 */
export function councilPage(headerRow: number): PageSetup {
  return {
    orientation: 'landscape',
    paper: 'A4',
    margins: { top: 20, bottom: 20, left: 30, right: 15 },
    printTitleRows: [headerRow + 1, headerRow + 1],
    fitToWidth: true,
    pageNumbers: true,
  };
}
