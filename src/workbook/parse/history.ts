/**
 * The optional award-history sheet ("Lịch sử khen thưởng"): Họ tên / Tên tập thể | Đơn vị | Năm |
 * Danh hiệu / Hình thức (and/or Xếp loại). One entry per title or rating of a person in a year; units
 * resolved through the register so a history row meets its proposal.
 */
import type { HistoryEntry } from '../../domain/input/schema';
import type { Plan } from '../../domain/plan/schema';
import { eligibility } from '../../i18n/vi/eligibility';
import { planTerms } from '../terms';
import type { SheetSnapshot } from '../grid';
import type { ColumnSpec, TableLocation } from '../headers';
import { cellRef, readNumberCell, report, type ReadContext } from './cells';
import { personRows } from './person-rows';
import type { UnitIndex } from './register';

const h = eligibility.inputSheets.history;

export const historySheetNames: readonly string[] = [h.name, 'Lịch sử', 'Quá trình khen thưởng', 'Khen thưởng các năm trước'];

export type HistoryColumn = keyof typeof h.columns;
export const historyColumns: readonly ColumnSpec<HistoryColumn>[] = [
  { key: 'name', aliases: [h.columns.name, 'Họ và tên / Tên tập thể', 'Họ và tên', 'Họ tên', 'Tên tập thể', 'Cá nhân / Tập thể'], required: true },
  { key: 'year', aliases: [h.columns.year, 'Năm khen thưởng', 'Năm đạt'], required: true },
  { key: 'text', aliases: [h.columns.text, 'Danh hiệu', 'Hình thức khen thưởng', 'Hình thức', 'Danh hiệu / Hình thức / Xếp loại', 'Danh hiệu thi đua'], required: false },
  { key: 'rating', aliases: [h.columns.rating, 'Xếp loại đánh giá', 'Kết quả đánh giá'], required: false },
  { key: 'unitCode', aliases: [h.columns.unitCode, 'Mã ĐV'], required: false },
  { key: 'unit', aliases: [h.columns.unit, 'Đơn vị công tác', 'Tên đơn vị', 'Cơ quan, đơn vị'], required: false },
];

/** Reads the rows; a row without a year, or whose text is neither a title nor a rating, is reported at its cell. */
export function parseHistory(ctx: ReadContext, sheet: SheetSnapshot, table: TableLocation<HistoryColumn>, units: UnitIndex | undefined, plan: Plan): HistoryEntry[] {
  const cols = table.columns;
  const terms = planTerms(plan);
  const entries: HistoryEntry[] = [];
  for (const { r, row, name, text, unit: unitOf } of personRows(ctx, sheet, table, units)) {
    const yearCol = cols.year ?? 0;
    const yearRef = cellRef(sheet.name, r, yearCol);
    const year = readNumberCell(ctx, row[yearCol] ?? null, yearRef);
    if (year === undefined || !Number.isInteger(year) || year < 1945 || year > 2200) {
      report(ctx, 'ELIG_HISTORY_YEAR_INVALID', { value: text(yearCol) }, yearRef);
      continue;
    }
    // The unit is resolved after the year, as before: a row without a year is reported for that alone.
    const { unit, unitText } = unitOf();
    for (const col of [cols.text, cols.rating]) {
      const value = text(col);
      if (value === '' || col === undefined) continue;
      const source = cellRef(sheet.name, r, col);
      const titleIds = terms.titles(value).map((t) => t.id);
      const ratingId = terms.rating(value);
      if (titleIds.length === 0 && ratingId === undefined) report(ctx, 'ELIG_HISTORY_TEXT_UNKNOWN', { value }, source, unit ? { unitCode: unit.code } : {});
      entries.push({ name, ...(unit ? { unitCode: unit.code } : {}), unitName: unit ? unit.name : unitText, year, text: value, titleIds, ...(ratingId === undefined ? {} : { ratingId }), source });
    }
  }
  return entries;
}
