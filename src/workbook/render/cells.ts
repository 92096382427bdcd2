/** Small builders for output rows. */
import type { OutCell, StyleName } from '../spec';

export const blank: OutCell = { value: null };

export function text(value: string, style: StyleName = 'cell'): OutCell {
  return { value, style };
}

export function num(value: number | undefined, style: StyleName = 'number'): OutCell {
  return { value: value === undefined ? null : value, style };
}

/** A row of `width` cells with the given cells placed from column 0. */
export function row(width: number, cells: readonly OutCell[], fill: OutCell = blank): OutCell[] {
  return Array.from({ length: width }, (_, i) => cells[i] ?? fill);
}

/** A row with one cell at `col` (0-based) and blanks elsewhere. */
export function rowAt(width: number, col: number, cell: OutCell): OutCell[] {
  return Array.from({ length: width }, (_, i) => (i === col ? cell : blank));
}
