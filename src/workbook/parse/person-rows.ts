/**
 * The rows of a table of people (award history, staff ratings): each row with a name, its cells read
 * as text once, and its unit resolved through the register when the reader asks — an unknown unit
 * reported once per sheet, at the row it first appears on.
 */
import type { Unit } from '../../domain/input/schema';
import { foldKey } from '../../domain/text/normalize';
import type { CellValue, SheetSnapshot } from '../grid';
import type { TableLocation } from '../headers';
import { cellRef, isBlank, readText, report, type ReadContext } from './cells';
import { findUnit, type UnitIndex } from './register';

type PersonColumn = 'name' | 'unitCode' | 'unit';

export interface PersonRow {
  /** 0-based row. */
  readonly r: number;
  readonly row: readonly (CellValue | undefined)[];
  readonly name: string;
  readonly nameCol: number;
  /** The cell's text ('' for no column). */
  text(col: number | undefined): string;
  /** The unit as written («Mã đơn vị», else «Đơn vị») and the registered unit it names, if any. */
  unit(): { readonly unit?: Unit; readonly unitText: string };
}

export function* personRows<K extends string>(ctx: ReadContext, sheet: SheetSnapshot, table: TableLocation<K | PersonColumn>, units: UnitIndex | undefined): Generator<PersonRow> {
  const cols = table.columns as Partial<Record<string, number>>;
  const used = Object.values(cols).filter((c): c is number => c !== undefined);
  const unknownUnits = new Set<string>();
  const nameCol = cols.name ?? 0;
  for (let r = table.headerRow + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (!row || used.every((c) => isBlank(row[c]))) continue;
    const text = (col: number | undefined): string => (col === undefined ? '' : readText(ctx, row[col] ?? null, cellRef(sheet.name, r, col)));
    const name = text(nameCol);
    if (name === '') continue;
    const unit = (): { unit?: Unit; unitText: string } => {
      const unitText = text(cols.unitCode) || text(cols.unit);
      const found = units && unitText !== '' ? findUnit(ctx, units, unitText) : undefined;
      if (units && unitText !== '' && !found && !unknownUnits.has(foldKey(unitText))) {
        unknownUnits.add(foldKey(unitText));
        report(ctx, 'ELIG_UNKNOWN_UNIT', { sheet: sheet.name, value: unitText }, cellRef(sheet.name, r, cols.unitCode ?? cols.unit ?? nameCol));
      }
      return found ? { unit: found, unitText } : { unitText };
    };
    yield { r, row, name, nameCol, text, unit };
  }
}
