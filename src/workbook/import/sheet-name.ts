/**
 * The name of an imported unit's sheet in the master: its code and short name, Excel-valid (no
 * []:*?/\ , not starting or ending with an apostrophe, at most 31 characters) and unique among
 * the names already there (compared as Excel and every writer compare them: sheetNameKey).
 */
import type { Unit } from '../../domain/input/schema';
import { sheetNameKey } from '../sheet-names';

const maxLength = 31;

export function importedSheetName(unit: Pick<Unit, 'code' | 'name'>, taken: readonly string[]): string {
  // Apostrophes at either end are dropped after every cut, so no cut can leave one there.
  const clean = (s: string) => s.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^['\s]+|['\s]+$/g, '');
  const base = clean(`${unit.code} ${unit.name}`) || 'Đơn vị';
  const used = new Set(taken.map(sheetNameKey));
  for (let i = 1; ; i++) {
    const suffix = i === 1 ? '' : ` (${i})`;
    const name = `${clean(base.slice(0, maxLength - suffix.length)) || 'Đơn vị'}${suffix}`;
    if (!used.has(sheetNameKey(name))) return name;
  }
}
