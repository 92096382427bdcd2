/**
 * Award proposals ("Đề nghị khen thưởng"): Đơn vị | Họ tên / Tên tập thể | Cá nhân / Tập thể |
 * Tập thể nhỏ hoặc trực tiếp (x) | Chức vụ | Hình thức đề nghị | Cấp | Xếp loại đánh giá | Sáng kiến | Ghi chú.
 */
import { foldCached, nameKeyCached } from '../../domain/text/normalize';
import { readGenderCell, readShareCell } from './women';
import type { CellRef, Proposal } from '../../domain/input/schema';
import type { Plan } from '../../domain/plan/schema';
import type { SheetSnapshot } from '../grid';
import type { TableLocation } from '../headers';
import { columnName, compiled, matchColumns, proposalColumns, type ProposalColumn } from '../contract';
import { planTerms, proposalTerms, type PlanTerms } from '../terms';
import { cellRef, isBlank, readText, readYesCell, report, reportMergedCells, type ReadContext, type Where } from './cells';
import { findUnit, type UnitIndex } from './register';
import { readNumberCell } from './cells';
import type { CellValue } from '../grid';
/** A proposals header row: the name column and the kind or the level column. */
export function matchProposalsHeader(folded: readonly string[], row: number): TableLocation<ProposalColumn> | undefined {
  const columns = matchColumns(folded, compiled.proposals);
  if (columns.name === undefined || (columns.kind === undefined && columns.level === undefined)) return undefined;
  return { headerRow: row, columns, missing: proposalColumns.filter((s) => s.required && columns[s.key] === undefined).map((s) => s.key) };
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
  const terms = planTerms(plan);
  const levelList = plan.info.levels.join(', ');
  const proposals: Proposal[] = [];
  let lastRow = table.headerRow;
  // Hot loop (50,000 rows): plain locals, no closures or object spreads per row.
  const nameCol = cols.name ?? 0;
  for (let r = table.headerRow + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (!row || used.every((c) => isBlank(row[c]))) continue;
    lastRow = r;
    const text = (col: number | undefined): string => (col === undefined ? '' : readText(ctx, row[col] ?? null, cellRef(name, r, col)));
    const ref = (col: number | undefined): CellRef | undefined => (col === undefined ? undefined : cellRef(name, r, col));
    const nameRef = cellRef(name, r, nameCol);
    const person = readText(ctx, row[nameCol] ?? null, nameRef);
    if (person === '') {
      report(ctx, 'COLUMN_MISSING', { sheet: name, column: columnName(proposalColumns, 'name'), row: r + 1 }, nameRef);
      continue;
    }
    const kindText = text(cols.kind);
    const kind = compiled.kind.get(foldCached(kindText));
    if (kind === undefined) {
      report(ctx, 'PROPOSAL_KIND_INVALID', { value: kindText, expected: 'kind' }, ref(cols.kind) ?? nameRef);
      continue;
    }
    const unitCodeText = text(cols.unitCode);
    const unitText = text(cols.unit);
    const byCode = unitCodeText !== '';
    const unitAsWritten = byCode ? unitCodeText : unitText;
    const unit = units && unitAsWritten !== '' ? findUnit(ctx, units, unitAsWritten) : undefined;
    if (units && unitAsWritten !== '' && !unit) report(ctx, 'PROPOSAL_UNKNOWN_UNIT', { value: unitAsWritten }, ref(byCode ? cols.unitCode : cols.unit));
    const levelRef = ref(cols.level);
    const levelText = text(cols.level);
    const level = terms.level(levelText);
    const where: Where = unit ? { unitCode: unit.code } : {};
    if (level === undefined) report(ctx, 'PROPOSAL_UNKNOWN_LEVEL', { value: levelText, levels: levelList }, levelRef ?? nameRef, where);
    const smallCol = cols.smallOrDirect;
    const form = text(cols.form);
    const rating = text(cols.rating);
    const eligibility = eligibilityFields(ctx, row, name, r, cols, terms, where);
    const proposal: Proposal = {
      unitCode: unit?.code,
      unitName: unit ? unit.name : unitText || unitCodeText,
      name: person,
      kind,
      smallOrDirect: smallCol === undefined ? false : readYesCell(ctx, row[smallCol] ?? null, cellRef(name, r, smallCol), where),
      position: text(cols.position),
      form,
      level: level ?? levelText,
      rating,
      ...proposalTerms(terms, { kind, level: levelText, form, rating, ...(eligibility.initiativeLevel === undefined ? {} : { initiativeLevel: eligibility.initiativeLevel }) }),
      initiative: text(cols.initiative),
      note: text(cols.note),
      source: nameRef,
      levelSource: levelRef,

      ...eligibility,
      ...womenFields(ctx, row, name, r, cols, kind, where),
    };
    if (plan.titles.length > 0) reportUnknownTerms(ctx, proposal, plan, where);
    proposals.push(proposal);
  }
  reportMergedCells(ctx, sheet, { top: table.headerRow, bottom: lastRow, left: Math.min(...used), right: Math.max(...used) });
  reportDuplicates(ctx, proposals);
  return proposals;
}

/**
 * A form no plan title names, or a rating the plan does not list, at its cell: the proposal then needs
 * checking. Only the rating of a proposal whose form names a title of its kind is read, so only that one
 * is reported (an unknown form is one finding, not two).
 */
function reportUnknownTerms(ctx: ReadContext, p: Proposal, plan: Plan, where: Where): void {
  const title = p.titleId === undefined ? undefined : plan.titles.find((t) => t.id === p.titleId);
  if (!title) {
    report(ctx, 'ELIG_UNKNOWN_FORM', { form: p.form, name: p.name }, p.formSource ?? p.source, where);
    return;
  }
  if (title.kind === p.kind && p.ratingId === undefined && p.rating.trim() !== '') {
    report(ctx, 'ELIG_RATING_UNKNOWN', { value: p.rating, ratings: plan.info.ratings.join(', ') }, p.ratingSource, where);
  }
}

/**
 * The same person (or collective) proposed twice for the same form — common when units' lists are
 * pasted together — would count twice in the ratios. Same unit, name, position, kind and form:
 * reported at the later row, pointing to the first. Different positions may be namesakes: not reported.
 */
function reportDuplicates(ctx: ReadContext, proposals: readonly Proposal[]): void {
  const first = new Map<string, Proposal>();
  for (const p of proposals) {
    const key = [p.unitCode ?? foldCached(p.unitName), nameKeyCached(p.name), foldCached(p.position), p.kind, foldCached(p.form)].join('\u0000');
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, p);
      continue;
    }
    report(ctx, 'PROPOSAL_DUPLICATE', { name: p.name, unit: p.unitName, form: p.form, first: earlier.source?.address ?? '' }, p.source, p.unitCode ? { unitCode: p.unitCode } : {});
  }
}

// what eligibility reads besides the ratio columns.
const noInitiative = new Set(['khong', 'khong co', '0']);

function eligibilityFields(
  ctx: ReadContext,
  row: readonly CellValue[],
  sheet: string,
  r: number,
  cols: Partial<Record<ProposalColumn, number>>,
  terms: PlanTerms,
  where: Where,
): Pick<Proposal, 'serviceMonths' | 'initiatives' | 'initiativeLevel' | 'formSource' | 'ratingSource'> {
  const ref = (col: number | undefined): CellRef | undefined => (col === undefined ? undefined : cellRef(sheet, r, col));
  const monthsCol = cols.serviceMonths;
  const months = monthsCol === undefined ? undefined : readNumberCell(ctx, row[monthsCol] ?? null, cellRef(sheet, r, monthsCol), where);
  // "Sáng kiến": a count ("2"), a description (one), or "không" (none).
  const initiativeCol = cols.initiative;
  const raw = initiativeCol === undefined ? null : (row[initiativeCol] ?? null);
  const initiativeText = initiativeCol === undefined ? '' : readText(ctx, raw, cellRef(sheet, r, initiativeCol));
  const count = typeof raw === 'number' && Number.isInteger(raw) && raw >= 0 ? raw : /^\d+$/.test(initiativeText) ? Number(initiativeText) : noInitiative.has(foldCached(initiativeText)) ? 0 : undefined;
  const levelText = cols.initiativeLevel === undefined ? '' : readText(ctx, row[cols.initiativeLevel] ?? null, cellRef(sheet, r, cols.initiativeLevel));
  const formSource = ref(cols.form);
  const ratingSource = ref(cols.rating);
  return {
    ...(months === undefined ? {} : { serviceMonths: months }),
    ...(count === undefined ? {} : { initiatives: count }),
    ...(levelText === '' ? {} : { initiativeLevel: terms.level(levelText) ?? levelText }),
    ...(formSource ? { formSource } : {}),
    ...(ratingSource ? { ratingSource } : {}),
  };
}

/** Priority for women: an individual's gender, a collective's share of women (each read only for its kind). */
function womenFields(
  ctx: ReadContext,
  row: readonly CellValue[],
  sheet: string,
  r: number,
  cols: Partial<Record<ProposalColumn, number>>,
  kind: Proposal['kind'],
  where: Where,
): Pick<Proposal, 'female' | 'womenShare'> {
  const genderCol = cols.gender;
  const shareCol = cols.womenShare;
  const female = kind === 'individual' && genderCol !== undefined ? readGenderCell(ctx, row[genderCol] ?? null, cellRef(sheet, r, genderCol), where) : undefined;
  const womenShare = kind === 'collective' && shareCol !== undefined ? readShareCell(ctx, row[shareCol] ?? null, cellRef(sheet, r, shareCol), where) : undefined;
  return { ...(female === undefined ? {} : { female }), ...(womenShare === undefined ? {} : { womenShare }) };
}
