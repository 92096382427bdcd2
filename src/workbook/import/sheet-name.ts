/**
 * The name of an imported unit's sheet in the master: its code and short name, Excel-valid (no
 * []:*?/\ , not starting or ending with an apostrophe, at most 31 characters) and unique among
 * the names already there (compared as Excel and every writer compare them: sheetNameKey).
 */
import type { Unit } from '../../domain/input/schema';
import { sheetNameKey, uniqueSheetName } from '../sheet-name';

export function importedSheetName(unit: Pick<Unit, 'code' | 'name'>, taken: readonly string[]): string {
  const used = new Set(taken.map(sheetNameKey));
  return uniqueSheetName(`${unit.code} ${unit.name}`, (name) => !used.has(sheetNameKey(name)), { fallback: 'Đơn vị' });
}
