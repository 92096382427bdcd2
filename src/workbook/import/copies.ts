/**
 * A returned file's unit sheet, brought into the master as a record of what the unit sent. Inside
 * Excel (ExcelApi 1.13) the host inserts the sheet itself from the file; everywhere else it writes
 * this values-only copy through the port. Either way the copy is not read as an input (see log.ts).
 */
import { vi } from '../../i18n/vi';
import type { Unit } from '../../domain/input/schema';
import { cellText, isCellError, isDate, type CellValue, type SheetSnapshot } from '../grid';
import { text } from '../render/cells';
import type { OutCell, SheetSpec } from '../spec';
import { importedSheetName } from './sheet-name';

export interface SheetCopy {
  /** The returned file, and the sheet of it that holds the unit's results. */
  readonly file: string;
  readonly sheet: string;
  /** The copy's name in the master. */
  readonly as: string;
  /** The same sheet as values, for hosts that cannot insert a sheet from a file. */
  readonly values: SheetSpec;
}

function copyCell(v: CellValue): OutCell {
  if (v === null) return { value: null, style: 'plain' };
  if (typeof v === 'number') return { value: v, style: 'plain' };
  // Dates and errors as the text a reader would see; text is always written as text, never a formula.
  if (isDate(v)) return text(v.toISOString().slice(0, 10), 'plain');
  if (isCellError(v)) return text(v.error, 'plain');
  return text(cellText(v), 'plain');
}

export function copyName(unit: Pick<Unit, 'code' | 'name'>, taken: readonly string[]): string {
  return importedSheetName({ code: `${vi.importText.copyPrefix} ${unit.code}`, name: unit.name }, taken);
}

export function valuesCopy(sheet: SheetSnapshot, as: string): SheetSpec {
  const width = sheet.rows.reduce((w, r) => Math.max(w, r.length), 0);
  return {
    name: as,
    role: 'input',
    visibility: 'visible',
    rows: sheet.rows.map((r) => r.map(copyCell)),
    columnWidths: Array.from({ length: width }, (_, i) => (i === 1 ? 40 : 14)),
    merges: sheet.merges,
  };
}
