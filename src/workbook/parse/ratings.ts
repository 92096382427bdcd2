/**
 * The optional staff ratings sheet ("Đánh giá, xếp loại"): Họ tên | Đơn vị | Tổ / Bộ phận | Xếp loại.
 * It gives the members of collectives and the counts for the agency rating quota.
 */
import type { StaffRating } from '../../domain/input/schema';
import type { Plan } from '../../domain/plan/schema';
import { eligibility } from '../../i18n/vi/eligibility';
import { planTerms } from '../terms';
import type { SheetSnapshot } from '../grid';
import type { ColumnSpec, TableLocation } from '../headers';
import { cellRef, report, type ReadContext } from './cells';
import { personRows } from './person-rows';
import type { UnitIndex } from './register';

const g = eligibility.inputSheets.ratings;

export const ratingsSheetNames: readonly string[] = [g.name, 'Đánh giá xếp loại', 'Xếp loại', 'Kết quả đánh giá, xếp loại', 'Xếp loại CBCCVC'];

export type RatingsColumn = keyof typeof g.columns;
export const ratingsColumns: readonly ColumnSpec<RatingsColumn>[] = [
  { key: 'name', aliases: [g.columns.name, 'Họ và tên'], required: true },
  { key: 'rating', aliases: [g.columns.rating, 'Xếp loại đánh giá', 'Kết quả đánh giá, xếp loại', 'Kết quả xếp loại', 'Mức xếp loại'], required: true },
  { key: 'unitCode', aliases: [g.columns.unitCode, 'Mã ĐV'], required: false },
  { key: 'unit', aliases: [g.columns.unit, 'Đơn vị công tác', 'Tên đơn vị', 'Cơ quan, đơn vị'], required: false },
  { key: 'group', aliases: [g.columns.group, 'Tổ', 'Tổ chuyên môn', 'Bộ phận', 'Phòng, ban', 'Tập thể nhỏ'], required: false },
];

/** Reads the rows; a rating the plan does not list is reported at its cell and kept as written. */
export function parseRatings(ctx: ReadContext, sheet: SheetSnapshot, table: TableLocation<RatingsColumn>, units: UnitIndex | undefined, plan: Plan): StaffRating[] {
  const cols = table.columns;
  const terms = planTerms(plan);
  const rows: StaffRating[] = [];
  for (const { r, name, nameCol, text, unit: unitOf } of personRows(ctx, sheet, table, units)) {
    const { unit, unitText } = unitOf();
    const rating = text(cols.rating);
    const ratingCol = cols.rating ?? nameCol;
    const where = unit ? { unitCode: unit.code } : {};
    const ratingId = terms.rating(rating);
    if (rating !== '' && ratingId === undefined) report(ctx, 'ELIG_RATING_UNKNOWN', { value: rating, ratings: plan.info.ratings.join(', ') }, cellRef(sheet.name, r, ratingCol), where);
    rows.push({ name, ...(unit ? { unitCode: unit.code } : {}), unitName: unit ? unit.name : unitText, group: text(cols.group), rating, ...(ratingId === undefined ? {} : { ratingId }), source: cellRef(sheet.name, r, nameCol) });
  }
  return rows;
}
