/**
 * The unit register ("Đơn vị"): Mã đơn vị | Tên đơn vị | Khối/Cụm | Loại | Số người | Không xét khen
 * thưởng (lý do). Also the index every other sheet uses to find a unit by its code or name.
 */
import { foldCached, nameKeyCached } from '../../domain/text/normalize';
import { readShareCell, shareFromCount } from './women';
import type { Unit } from '../../domain/input/schema';
import { inputSheets as labels } from '../../i18n/vi/input-sheets';
import type { SheetSnapshot } from '../grid';
import type { TableLocation } from '../headers';
import { blockPrefixes, columnName, compiled, matchColumns, registerColumns, type RegisterColumn } from '../contract';
import { cellRef, isBlankRow, readCountCell, readText, refText, report, reportMergedCells, type ReadContext } from './cells';

/** A register header row: it names both the unit code and the unit name (the block may be missing). */
export function matchRegisterHeader(folded: readonly string[], row: number): TableLocation<RegisterColumn> | undefined {
  const columns = matchColumns(folded, compiled.register);
  if (columns.code === undefined || columns.name === undefined) return undefined;
  return { headerRow: row, columns, missing: registerColumns.filter((s) => s.required && columns[s.key] === undefined).map((s) => s.key) };
}

/**
 * Reads the register. Rows run to the end of the sheet (blank rows skipped); a row with neither code
 * nor name is not a unit. A blank code takes the name and a blank name the code (both identify the
 * unit); a blank block puts the unit in "Chưa xếp khối" with a finding, so it stays visible.
 */
export function parseRegister(ctx: ReadContext, sheet: SheetSnapshot, table: TableLocation<RegisterColumn>): Unit[] {
  const cols = table.columns;
  const units: Unit[] = [];
  const byCode = new Map<string, Unit>();
  const byName = new Map<string, Unit>();
  const name = sheet.name;
  let lastRow = table.headerRow;
  const cell = (row: number, key: RegisterColumn) => {
    const col = cols[key];
    return col === undefined ? { value: null, ref: undefined } : { value: sheet.rows[row]?.[col] ?? null, ref: cellRef(name, row, col) };
  };
  for (let r = table.headerRow + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (isBlankRow(row)) continue;
    const codeCell = cell(r, 'code');
    const nameCell = cell(r, 'name');
    let code = codeCell.ref ? readText(ctx, codeCell.value, codeCell.ref) : '';
    let unitName = nameCell.ref ? readText(ctx, nameCell.value, nameCell.ref) : '';
    if (code === '' && unitName === '') continue;
    lastRow = r;
    const source = code !== '' ? codeCell.ref : nameCell.ref;
    // A code column with a blank cell: the name stands in as the code, and the officer is told so.
    if (code === '' && codeCell.ref) report(ctx, 'COLUMN_MISSING', { sheet: name, column: columnName(registerColumns, 'code'), row: r + 1 }, codeCell.ref, { unitCode: unitName });
    if (code === '') code = unitName;
    if (unitName === '') unitName = code;
    const where = { unitCode: code };
    const blockCell = cell(r, 'block');
    let block = blockCell.ref ? readText(ctx, blockCell.value, blockCell.ref, where) : '';
    if (block === '') {
      block = labels.noBlock;
      report(ctx, 'COLUMN_MISSING', { sheet: name, column: columnName(registerColumns, 'block'), row: r + 1 }, blockCell.ref ?? source, where);
    }
    const sizeCell = cell(r, 'size');
    const sizeText = sizeCell.ref ? readText(ctx, sizeCell.value, sizeCell.ref, where) : '';
    const sizeKey = sizeText === '' ? 'large' : compiled.size.get(foldCached(sizeText));
    if (sizeKey === undefined) report(ctx, 'VALUE_NOT_PASS_FAIL', { value: sizeText, expected: 'size' }, sizeCell.ref, where);
    const countCell = cell(r, 'headcount');
    const headcount = countCell.ref ? readCountCell(ctx, countCell.value, countCell.ref, where) : undefined;
    const shareCell = cell(r, 'womenShare');
    const womenCell = cell(r, 'womenCount');
    const womenShare =
      (shareCell.ref ? readShareCell(ctx, shareCell.value, shareCell.ref, where) : undefined) ??
      shareFromCount(womenCell.ref ? readCountCell(ctx, womenCell.value, womenCell.ref, where) : undefined, headcount);
    const reasonCell = cell(r, 'ineligible');
    const reason = reasonCell.ref ? readText(ctx, reasonCell.value, reasonCell.ref, where) : '';

    const unit: Unit = {
      code,
      name: unitName,
      block,
      size: sizeKey ?? 'large',
      ...(headcount === undefined ? {} : { headcount }),
      ...(reason === '' ? {} : { ineligibleReason: reason }),
      ...(womenShare === undefined ? {} : { womenShare }),
      ...(source ? { source } : {}),
    };
    const codeKey = nameKeyCached(code);
    const nameKeyInBlock = `${nameKeyCached(block)}\u0000${nameKeyCached(unitName)}`;
    const earlier = byCode.get(codeKey) ?? byName.get(nameKeyInBlock);
    if (earlier) {
      const sameCode = byCode.has(codeKey);
      report(
        ctx,
        'UNIT_DUPLICATE',
        { unit: sameCode ? code : unitName, kept: earlier.source ? refText(earlier.source) : earlier.code, dropped: source ? refText(source) : code },
        source,
        { unitCode: earlier.code },
      );
      continue;
    }
    byCode.set(codeKey, unit);
    byName.set(nameKeyInBlock, unit);
    units.push(unit);
  }
  const used = Object.values(cols).filter((c): c is number => c !== undefined);
  reportMergedCells(ctx, sheet, { top: table.headerRow, bottom: lastRow, left: Math.min(...used), right: Math.max(...used) });
  return units;
}

/** Finding registered units by what a sheet calls them. */
export interface UnitIndex {
  readonly units: readonly Unit[];
  /** By code, then by name (names may repeat across blocks); exact keys (nameKey), then folded keys. */
  readonly byCode: ReadonlyMap<string, Unit>;
  readonly byName: ReadonlyMap<string, readonly Unit[]>;
  readonly byFoldedCode: ReadonlyMap<string, readonly Unit[]>;
  readonly byFoldedName: ReadonlyMap<string, readonly Unit[]>;
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexUnits(ctx: ReadContext, units: readonly Unit[]): UnitIndex {
  const byCode = new Map<string, Unit>();
  const byName = new Map<string, Unit[]>();
  const byFoldedCode = new Map<string, Unit[]>();
  const byFoldedName = new Map<string, Unit[]>();
  for (const u of units) {
    byCode.set(nameKeyCached(u.code), u);
    push(byName, nameKeyCached(u.name), u);
    push(byFoldedCode, foldCached(u.code), u);
    push(byFoldedName, foldCached(u.name), u);
  }
  return { units, byCode, byName, byFoldedCode, byFoldedName };
}

/** Block names compared without case, diacritics or a leading "Khối"/"Cụm" ("Khối THCS" = "THCS"). */
export function sameBlock(ctx: ReadContext, a: string, b: string): boolean {
  return blockKey(ctx, a) === blockKey(ctx, b);
}

function blockKey(ctx: ReadContext, block: string): string {
  const folded = foldCached(block);
  const prefix = blockPrefixes.find((p) => folded.startsWith(`${p} `));
  return prefix ? folded.slice(prefix.length + 1) : folded;
}

/**
 * The unit a text names: its code, else its name (a block hint picks among namesakes in different
 * blocks); exact (case and spacing ignored) first, then ignoring diacritics too, when that is unique.
 */
export function findUnit(ctx: ReadContext, index: UnitIndex, text: string, blockHint?: string): Unit | undefined {
  const key = nameKeyCached(text);
  if (key === '') return undefined;
  const byCode = index.byCode.get(key);
  if (byCode) return byCode;
  const pick = (list: readonly Unit[] | undefined): Unit | undefined => {
    if (!list || list.length === 0) return undefined;
    if (list.length === 1) return list[0];
    if (blockHint === undefined) return undefined;
    const inBlock = list.filter((u) => sameBlock(ctx, u.block, blockHint));
    return inBlock.length === 1 ? inBlock[0] : undefined;
  };
  const folded = foldCached(text);
  return pick(index.byName.get(key)) ?? pick(index.byFoldedCode.get(folded)) ?? pick(index.byFoldedName.get(folded));
}
