/**
 * Finding tables by their header row and columns by their names, tolerantly: any row near the
 * top, any column order, case, spacing and diacritics ignored, known aliases, extra columns ignored.
 */
import { foldKey } from '../domain/text/normalize';
import { cellText, type SheetSnapshot } from './grid';

export interface ColumnSpec<K extends string> {
  readonly key: K;
  /** Header texts that name this column; the first is the canonical one written by the add-in. */
  readonly aliases: readonly string[];
  readonly required: boolean;
}

export interface TableLocation<K extends string> {
  /** 0-based row of the header. */
  readonly headerRow: number;
  /** 0-based column index per key found. */
  readonly columns: Partial<Record<K, number>>;
  readonly missing: readonly K[];
}

/** How far down a sheet a header row is looked for (title rows above it are allowed). */
const headerScanRows = 40;

/** Whether a header cell's text names a column with this alias. */
export function headerMatches(cell: string, alias: string): boolean {
  const c = foldKey(cell);
  const a = foldKey(alias);
  if (c === '' || a === '') return false;
  if (c === a) return true;
  // "Điểm tự chấm (tối đa 10)" names "Điểm tự chấm": the alias stands at the start as whole words.
  return c.startsWith(`${a} `);
}

function matchRow<K extends string>(cells: readonly string[], specs: readonly ColumnSpec<K>[]): Partial<Record<K, number>> {
  const found: Partial<Record<K, number>> = {};
  const taken = new Set<number>();
  // Exact matches first, then prefix matches, so "Điểm" does not steal "Điểm tối đa".
  for (const exact of [true, false]) {
    for (const spec of specs) {
      if (found[spec.key] !== undefined) continue;
      for (let col = 0; col < cells.length; col++) {
        if (taken.has(col)) continue;
        const text = cells[col] ?? '';
        const hit = spec.aliases.some((alias) => (exact ? foldKey(text) === foldKey(alias) && foldKey(alias) !== '' : headerMatches(text, alias)));
        if (hit) {
          found[spec.key] = col;
          taken.add(col);
          break;
        }
      }
    }
  }
  return found;
}

/**
 * Finds the header row that names the most of the given columns (at least `minMatches`, and
 * every required column if any row has them all). Returns undefined when no row qualifies.
 */
export function findTable<K extends string>(
  sheet: SheetSnapshot,
  specs: readonly ColumnSpec<K>[],
  options: { readonly minMatches?: number; readonly fromRow?: number; readonly toRow?: number } = {},
): TableLocation<K> | undefined {
  const minMatches = options.minMatches ?? Math.min(2, specs.length);
  const from = options.fromRow ?? 0;
  const to = Math.min(sheet.rows.length, options.toRow ?? from + headerScanRows);
  let best: { row: number; found: Partial<Record<K, number>>; score: number } | undefined;
  for (let row = from; row < to; row++) {
    const cells = (sheet.rows[row] ?? []).map((v) => cellText(v));
    if (cells.every((c) => c.trim() === '')) continue;
    const found = matchRow(cells, specs);
    const count = Object.keys(found).length;
    const requiredCount = specs.filter((s) => s.required && found[s.key] !== undefined).length;
    const score = requiredCount * 1000 + count;
    if (count >= minMatches && (!best || score > best.score)) best = { row, found, score };
  }
  if (!best) return undefined;
  const found = best.found;
  return {
    headerRow: best.row,
    columns: found,
    missing: specs.filter((s) => s.required && found[s.key] === undefined).map((s) => s.key),
  };
}

/** Matches a cell's text against a table of keyword aliases, returning the key (tolerant). */
export function matchKeyword<K extends string>(text: string, table: Readonly<Record<K, readonly string[]>>): K | undefined {
  const folded = foldKey(text);
  if (folded === '') return undefined;
  for (const key of Object.keys(table) as K[]) {
    if (table[key].some((alias) => foldKey(alias) === folded)) return key;
  }
  return undefined;
}
