/** Sections of the «Kế hoạch» sheet: headings found by their text, each table's header row and rows under its heading. */
import { planSheet as vi } from '../../i18n/vi/plan-sheet';
import { finding } from '../../domain/findings';
import { cellAt, type CellValue, type SheetSnapshot } from '../grid';
import { type ColumnSpec, findTable, labelMatcher } from '../headers';
import { essentialColumns, optionalSections, type PlanSectionKey, planSectionKeys, sectionAliases } from '../plan-contract';
import { cellRef, type Context } from './context';

// Sections and tables

export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

export const sectionOf = labelMatcher(planSectionKeys.map((key) => ({ value: key, aliases: sectionAliases[key] })));

export interface Heading {
  readonly key: PlanSectionKey;
  readonly row: number;
  readonly col: number;
}

/** A heading row holds one non-empty cell naming a section (a table header row holds several). */
export function findHeadings(sheet: SheetSnapshot): Heading[] {
  const headings: Heading[] = [];
  sheet.rows.forEach((cells, row) => {
    const filled = cells.flatMap((value, col) => (isBlank(value) ? [] : [{ value, col }]));
    const only = filled.length === 1 ? filled[0] : undefined;
    if (only === undefined || typeof only.value !== 'string') return;
    const key = sectionOf(only.value);
    if (key !== undefined) headings.push({ key, row, col: only.col });
  });
  return headings;
}

/** How far below its heading a section's header row may stand (a few title or note rows). */
export const headerWindow = 10;

export interface Table<K extends string> {
  readonly columns: Partial<Record<K, number>>;
  readonly rows: readonly number[];
}

export function sectionName(key: PlanSectionKey): string {
  return vi.sections[key];
}

/**
 * The table under a section heading: its header row is looked for between the heading and the
 * next heading; its rows run to the first blank row or the next heading.
 */
export function locateTable<K extends string>(ctx: Context, headings: readonly Heading[], key: PlanSectionKey, specs: readonly ColumnSpec<K>[]): Table<K> | undefined {
  const heading = headings.find((h) => h.key === key);
  const expected = { sheet: ctx.sheet.name, expected: sectionName(key) };
  if (heading === undefined) {
    // an older plan sheet without the title sections still reads (the plan has none).
    if (optionalSections.has(key)) return undefined;
    ctx.findings.push(finding('HEADER_NOT_FOUND', expected));
    return undefined;
  }
  const end = headings.find((h) => h.row > heading.row)?.row ?? ctx.sheet.rows.length;
  // The header almost always follows its heading: look there first, then a little further.
  const near = findTable(ctx.sheet, specs, { fromRow: heading.row + 1, toRow: Math.min(end, heading.row + 3) });
  const table =
    near !== undefined && near.missing.length === 0
      ? near
      : findTable(ctx.sheet, specs, { fromRow: heading.row + 1, toRow: Math.min(end, heading.row + 1 + headerWindow) });
  if (table === undefined) {
    ctx.findings.push(finding('HEADER_NOT_FOUND', expected, { cell: cellRef(ctx, heading.row, heading.col) }));
    return undefined;
  }
  if (table.missing.length > 0) {
    const firstCol = Math.min(...Object.values<number | undefined>(table.columns).filter((col): col is number => col !== undefined));
    const at = { cell: cellRef(ctx, table.headerRow, firstCol) };
    const column = (missing: K): string => specs.find((s) => s.key === missing)?.aliases[0] ?? missing;
    if (!optionalSections.has(key)) {
      for (const missing of table.missing) ctx.findings.push(finding('COLUMN_MISSING', { sheet: ctx.sheet.name, column: column(missing) }, at));
      return undefined;
    }
    // An optional section with a column missing is a warning: the rest of the plan still scores.
    const essential = essentialColumns[key] ?? [];
    const skipped = table.missing.some((missing) => essential.includes(missing));
    for (const missing of table.missing) {
      ctx.findings.push(finding('PLAN_OPTIONAL_COLUMN_MISSING', { sheet: ctx.sheet.name, section: sectionName(key), column: column(missing), effect: skipped ? 'skipped' : 'default' }, at));
    }
    if (skipped) return undefined;
  }
  const rows: number[] = [];
  for (let row = table.headerRow + 1; row < end; row++) {
    if ((ctx.sheet.rows[row] ?? []).every(isBlank)) break;
    rows.push(row);
  }
  return { columns: table.columns, rows };
}

/** Whether every cell that carries data in this row is blank (a row with only a note is skipped). */
export function rowIsEmpty<K extends string>(ctx: Context, row: number, table: Table<K>, keys: readonly K[]): boolean {
  return keys.every((key) => {
    const col = table.columns[key];
    return col === undefined || isBlank(cellAt(ctx.sheet, row, col));
  });
}
