/**
 * Award proposals ("Đề nghị khen thưởng"): Đơn vị | Họ tên / Tên tập thể | Cá nhân / Tập thể |
 * Tập thể nhỏ hoặc trực tiếp (x) | Chức vụ | Hình thức đề nghị | Cấp | Xếp loại đánh giá | Sáng kiến | Ghi chú.
 */
import type { Proposal } from '../../domain/input/schema';
import type { Plan } from '../../domain/plan/schema';
import type { SheetSnapshot } from '../grid';
import type { TableLocation } from '../headers';
import { columnName, compiled, levelPrefixes, matchColumns, proposalColumns, type ProposalColumn } from '../contract';
import { cellRef, isBlank, readText, readYesCell, report, reportMergedCells, type ReadContext } from './cells';
import { findUnit, type UnitIndex } from './register';

/** A proposals header row: the name column and the kind or the level column. */
export function matchProposalsHeader(folded: readonly string[], row: number): TableLocation<ProposalColumn> | undefined {
  const columns = matchColumns(folded, compiled.proposals);
  if (columns.name === undefined || (columns.kind === undefined && columns.level === undefined)) return undefined;
  return { headerRow: row, columns, missing: proposalColumns.filter((s) => s.required && columns[s.key] === undefined).map((s) => s.key) };
}

/**
 * Matches a level as written to the plan's levels: ignoring case and diacritics; "cấp huyện" is
 * "huyện"; a word of a combined level ("xã" for "huyện/xã") when only one level has it; and the
 * national words (Thủ tướng, Chính phủ, Nhà nước, TW…) give the plan's highest level, only when the
 * plan's levels include "Trung ương".
 */
export function levelMatcher(ctx: ReadContext, levels: readonly string[]): (text: string) => string | undefined {
  const exact = new Map<string, string>();
  for (const level of levels) if (!exact.has(ctx.fold(level))) exact.set(ctx.fold(level), level);
  const highest = levels[levels.length - 1];
  const hasNational = exact.has(compiled.nationalLevel);
  const memo = new Map<string, string | undefined>();
  const match = (folded: string): string | undefined => {
    const direct = exact.get(folded);
    if (direct !== undefined) return direct;
    const prefix = levelPrefixes.find((p) => folded.startsWith(`${p} `));
    if (prefix) return match(folded.slice(prefix.length + 1));
    if (hasNational && compiled.nationalLevelWords.has(folded)) return highest;
    const byWord = levels.filter((l) => ctx.fold(l).split(' ').includes(folded));
    return byWord.length === 1 ? byWord[0] : undefined;
  };
  return (text) => {
    const folded = ctx.fold(text);
    if (!memo.has(folded)) memo.set(folded, folded === '' ? undefined : match(folded));
    return memo.get(folded);
  };
}

/**
 * Reads the proposals, skipping empty rows (every column read is blank). A row without a name, or
 * whose kind is not individual/collective, is reported and skipped; an unknown level or unit is
 * reported and the proposal kept. Without a register (units undefined) units are not checked: the
 * missing register is reported once.
 */
export function parseProposals(ctx: ReadContext, sheet: SheetSnapshot, table: TableLocation<ProposalColumn>, units: UnitIndex | undefined, plan: Plan): Proposal[] {
  const cols = table.columns;
  const name = sheet.name;
  const used = Object.values(cols).filter((c): c is number => c !== undefined);
  const toLevel = levelMatcher(ctx, plan.info.levels);
  const levelList = plan.info.levels.join(', ');
  const proposals: Proposal[] = [];
  let lastRow = table.headerRow;
  for (let r = table.headerRow + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (!row || used.every((c) => isBlank(row[c]))) continue;
    lastRow = r;
    const at = (key: ProposalColumn) => {
      const col = cols[key];
      return col === undefined ? undefined : { value: row[col] ?? null, ref: cellRef(name, r, col) };
    };
    const text = (key: ProposalColumn): string => {
      const cell = at(key);
      return cell ? readText(ctx, cell.value, cell.ref) : '';
    };
    const nameCell = at('name');
    const person = text('name');
    if (person === '' || !nameCell) {
      report(ctx, 'COLUMN_MISSING', { sheet: name, column: columnName(proposalColumns, 'name'), row: r + 1 }, nameCell?.ref ?? cellRef(name, r, used[0] ?? 0));
      continue;
    }
    const kindText = text('kind');
    const kind = compiled.kind.get(ctx.fold(kindText));
    if (kind === undefined) {
      report(ctx, 'PROPOSAL_KIND_INVALID', { value: kindText, expected: 'kind' }, at('kind')?.ref ?? nameCell.ref);
      continue;
    }
    const unitCodeText = text('unitCode');
    const unitText = text('unit');
    const unitAsWritten = unitCodeText !== '' ? unitCodeText : unitText;
    const unitRef = (unitCodeText !== '' ? at('unitCode') : at('unit'))?.ref;
    const unit = units && unitAsWritten !== '' ? findUnit(ctx, units, unitAsWritten) : undefined;
    if (units && unitAsWritten !== '' && !unit) report(ctx, 'PROPOSAL_UNKNOWN_UNIT', { value: unitAsWritten }, unitRef);
    const levelCell = at('level');
    const levelText = text('level');
    const level = toLevel(levelText);
    const where = unit ? { unitCode: unit.code } : {};
    if (level === undefined) report(ctx, 'PROPOSAL_UNKNOWN_LEVEL', { value: levelText, levels: levelList }, levelCell?.ref ?? nameCell.ref, where);
    const small = at('smallOrDirect');
    proposals.push({
      ...(unit ? { unitCode: unit.code } : {}),
      unitName: unit ? unit.name : unitText || unitCodeText,
      name: person,
      kind,
      smallOrDirect: small ? readYesCell(ctx, small.value, small.ref, where) : false,
      position: text('position'),
      form: text('form'),
      level: level ?? levelText,
      rating: text('rating'),
      initiative: text('initiative'),
      note: text('note'),
      source: nameCell.ref,
      ...(levelCell ? { levelSource: levelCell.ref } : {}),
    });
  }
  reportMergedCells(ctx, sheet, { top: table.headerRow, bottom: lastRow, left: Math.min(...used), right: Math.max(...used) });
  return proposals;
}
