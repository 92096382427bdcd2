/** Texts for reading a plan from the scoring table an officer received (English mirror). */
import type { FindingTexts, TableFindingCode } from '../types';
import { fmt } from './findings-score';

type P = Readonly<Record<string, string | number>>;

const kindName: Readonly<Record<string, string>> = { bonus: 'bonus', deduction: 'deduction', adjustment: 'bonus and deduction', base: 'base points' };
const kind = (k: string | number | undefined): string => kindName[String(k)] ?? fmt(k);
/** Points as written, or a kind of points when the column and the sentence disagree on the kind. */
const points = (v: string | number): string => (typeof v === 'number' ? fmt(v) : kind(v));
const row = (p: { readonly row: number }): string => `Row ${fmt(p.row)}`;

export const tableFindings: FindingTexts<TableFindingCode> = {
  TABLE_NOT_FOUND: {
    message: (p) => `No scoring table found in «${fmt(p.source)}»: a table needs a header with «STT», «Tiêu chuẩn» (or «Nội dung») and a points column.`,
    fix: () => 'Check that the scoring table has the header «STT | Tiêu chuẩn thi đua | Điểm chuẩn | Thưởng | Trừ»; for a workbook, choose the sheet with --sheet.',
  },
  TABLE_COLUMN_MISSING: {
    message: (p) => `The table has no ${fmt(p.columns)} column; such points are read from the text only («cộng … điểm», «trừ … điểm»).`,
    fix: () => 'Nothing to fix if the original is like this; check each row\'s kind in the proposal.',
  },
  TABLE_ROW_UNREAD: {
    message: (p) => `${row(p)}: could not understand «${fmt(p.text)}» (no code, not a note, no points); skipped.`,
    fix: (p) => `If it is a criterion, give row ${fmt(p.row)} a code; if it continues the row above, merge it into that cell.`,
  },
  TABLE_VALUE_UNREAD: {
    message: (p) => `${row(p)}, criterion ${fmt(p.code)}: the points cell «${fmt(p.value)}» is not a number.`,
    fix: (p) => `Write a number (e.g. «0,5») in row ${fmt(p.row)}'s points cell, or fix criterion ${fmt(p.code)} in the plan.`,
  },
  TABLE_NO_MAX: {
    message: (p) => `${row(p)}, criterion ${fmt(p.code)}: no maximum in the points columns or the text; set to 0 for now.`,
    fix: (p) => `Write the maximum of criterion ${fmt(p.code)} in the «Chuẩn» column, or fix it on the «Kế hoạch» sheet.`,
  },
  TABLE_GROUP_SUM: {
    message: (p) => `${row(p)}, section ${fmt(p.code)}: the table says ${fmt(p.max)} points but its criteria add up to ${fmt(p.sum)}.`,
    fix: (p) => `Check the original: correct section ${fmt(p.code)} or its criteria so they agree.`,
  },
  TABLE_TOTAL_MISMATCH: {
    message: (p) => `${row(p)}: the «Tổng cộng» row says ${fmt(p.total)} points but the base criteria add up to ${fmt(p.sum)}.`,
    fix: () => 'Check the original for a missing or extra row.',
  },
  TABLE_CODE_QUALIFIED: {
    message: (p) =>
      p.why === 'heading'
        ? `${row(p)}: code «${fmt(p.written)}» sits in section ${fmt(p.section)} (a heading the table did not number), so it is proposed as «${fmt(p.code)}».`
        : `${row(p)}: code «${fmt(p.written)}» is used earlier, so in section ${fmt(p.section)} it is proposed as «${fmt(p.code)}» (a plan needs one code per criterion).`,
    fix: () => 'Keep the proposed code, or choose another unique one on the «Kế hoạch» sheet and the unit sheets.',
  },
  TABLE_CODE_PROPOSED: {
    message: (p) => `${row(p)}: «${fmt(p.text)}» states a scoring rule but has no code; proposed code «${fmt(p.code)}».`,
    fix: () => 'Keep the proposed code or use the original\'s numbering before sending unit sheets.',
  },
  TABLE_NOTE_UNREAD: {
    message: (p) => `${row(p)}: the note «${fmt(p.text)}» is kept but not turned into a scoring rule.`,
    fix: () => 'Read the note; if it sets a cap or a condition, enter it on the «Kế hoạch» sheet by hand.',
  },
  TABLE_CAP_SECTION_UNKNOWN: {
    message: (p) => `${row(p)}: a note caps the ${kind(p.kind)} of section «${fmt(p.section)}» at ${fmt(p.value)}, but the table has no such section.`,
    fix: () => 'Check the section code in the note and set the cap on the right criterion on the «Kế hoạch» sheet.',
  },
  TABLE_CAP_PLACED: {
    message: (p) => `${row(p)}: the ${kind(p.kind)} cap of ${fmt(p.value)} for section ${fmt(p.section)} is placed on criterion ${fmt(p.code)} (the section's only such row).`,
    fix: () => 'Nothing to fix if this is what the original means.',
  },
  TABLE_ONE_OF: {
    message: (p) => `${row(p)}, section ${fmt(p.code)}: only one case counts; the section's bonus is capped at ${fmt(p.cap)} (the largest case).`,
    fix: () => 'Nothing to fix if this is what the original means; the council scores one case per unit.',
  },
  TABLE_CONDITION_UNCHECKED: {
    message: (p) => `${row(p)}, section ${fmt(p.code)}: the bonus counts only when «${fmt(p.text)}»; the add-in does not check this condition.`,
    fix: () => 'The appraiser checks the condition before scoring this bonus.',
  },
  TABLE_ADJUSTMENTS_BESIDE: {
    message: (p) => `${row(p)}: criterion ${fmt(p.code)} has ${fmt(p.max)} base points and its sub-rows only add or deduct, so ${fmt(p.code)} is scored and its sub-rows sit beside it in section ${fmt(p.parent)}.`,
    fix: () => 'Nothing to fix; the sub-rows still add to or deduct from the unit\'s total.',
  },
  TABLE_POINTS_CONFLICT: {
    message: (p) => `${row(p)}, criterion ${fmt(p.code)}: the points column says «${points(p.column)}» but the text says «${points(p.text)}»; ${points(p.used)} is used for now.`,
    fix: (p) => `Check the original and correct criterion ${fmt(p.code)}.`,
  },
  TABLE_SEVERAL_RULES: {
    message: (p) => `${row(p)}, criterion ${fmt(p.code)}: one cell holds ${fmt(p.count)} different bonus/deduction rates; only the first is read.`,
    fix: (p) => `Split row ${fmt(p.row)} into separate criteria on the «Kế hoạch» sheet, one per rate.`,
  },
  TABLE_PER_CASE_UNCAPPED: {
    message: (p) => `${row(p)}, criterion ${fmt(p.code)}: ${fmt(p.points)} points per case and the table sets no maximum, so it is uncapped.`,
    fix: () => 'If the original sets a cap, enter it as the maximum and mark it capped on the «Kế hoạch» sheet.',
  },
  TABLE_POINTS_LOST: {
    message: (p) => `${row(p)}: criterion ${fmt(p.code)} has ${fmt(p.max)} base points but its sub-rows only add or deduct and it belongs to no section, so those ${fmt(p.max)} points are not scored.`,
    fix: (p) => `Add a sub-criterion with base points under ${fmt(p.code)} on the «Kế hoạch» sheet.`,
  },
  TABLE_LEVELS_REVIEW: {
    message: (p) => `The scoring table names no award levels; «${fmt(p.levels)}» is used for now.`,
    fix: () => 'Correct «Cấp khen thưởng» in the general information of the «Kế hoạch» sheet to match the plan.',
  },
  TABLE_SCALE_FROM_SUM: {
    message: (p) => `The scale is the sum of the base maxima: ${fmt(p.scale)} points.`,
    fix: () => 'Correct «Thang điểm» if the original says otherwise.',
  },
};

export const planTable = {
  reading: (p: P) => `Reading the scoring table ${p.file} …`,
  table: (p: P) => `Table: ${p.table} (header on row ${p.header}).`,
  counts: (p: P) => `Found ${p.total} criteria: ${p.base} base, ${p.bonus} bonus, ${p.deduction} deduction; ${p.groups} sections with sub-criteria.`,
  maxima: (p: P) => `Base total: ${p.base}; bonus at most: ${p.bonus}; deductions at most: ${p.deduction}.`,
  criterionLine: (p: P) => `  ${p.indent}${p.code}  ${p.text}  [${p.what}]  (row ${p.row})`,
  kinds: { base: 'base', bonus: 'bonus', deduction: 'deduction' } as Readonly<Record<string, string>>,
  maxPart: (p: P) => `${p.max} points`,
  perCasePart: (p: P) => `${p.points} points/case${p.capped ? `, at most ${p.max}` : ', uncapped'}`,
  stepsPart: (p: P) => `steps: ${p.steps}`,
  gatePart: 'gate for a band',
  capPart: (p: P) => `section ${p.what} cap: ${p.value}`,
  capKinds: { bonus: 'bonus', deduction: 'deduction', adjustment: 'bonus and deduction' } as Readonly<Record<string, string>>,
  findingsHeading: (p: P) => `To review (${p.count}):`,
  severity: { error: 'error', warning: 'warning', info: 'info' } as Readonly<Record<string, string>>,
  findingLine: (p: P) => `  [${p.severity}] ${p.message}`,
  confirm: (p: P) => `Write the «Kế hoạch» sheet to ${p.file}? (y/n) `,
  yesAnswers: ['y', 'yes', 'c', 'có', 'co'] as readonly string[],
  notConfirmed: 'Nothing written. Run again with --yes to write without asking.',
  needsConfirm: 'Nothing written: confirmation needed. Run again with --yes to write the «Kế hoạch» sheet.',
  written: (p: P) => `Wrote the «${p.sheet}» sheet to ${p.file}.`,
  outputExists: (p: P) => `Not written: ${p.file} exists. Choose another name with -o (files are never overwritten).`,
  planExists: (p: P) => `Not written: the file already has the plan sheet «${p.sheet}». An existing plan is never overwritten.`,
  notFound: (p: P) => `File not found: ${p.file}.`,
  notReadable: (p: P) => `Cannot read ${p.file}: only .docx (Word) or .xlsx are accepted.`,
  sheetMissing: (p: P) => `The file has no sheet «${p.sheet}».`,
  invalid: 'The proposal is not yet a valid plan; see the rows to review above.',
  defaultLevels: ['cơ sở', 'xã', 'tỉnh', 'Trung ương'] as readonly string[],
  defaultName: (p: P) => `Emulation plan from scoring table ${p.source}`,
  pane: {
    title: '2. Create the plan from a scoring table',
    intro: 'Choose a Word file (.docx) with the scoring table, or paste the table into a sheet and choose that sheet.',
    pickFile: 'Choose a .docx file',
    fromSheet: 'Use sheet',
    read: 'Read the table',
    write: 'Write the plan',
    written: (p: P) => `Wrote the «${p.sheet}» sheet.`,
    planExists: (p: P) => `The workbook already has the plan sheet «${p.sheet}»: not overwritten.`,
    sheet: 'Sheet with the table pasted from Word',
    anySheet: '(find it)',
    reading: 'Reading the scoring table …',
    notReadable: 'The file is not a readable Word document (.docx).',
    sheetMissing: 'The chosen sheet is no longer there.',
    treeLabel: 'Proposed criteria tree',
    review: 'Review the tree and the rows to check before writing; afterwards, edit the «Kế hoạch» sheet directly.',
    noTable: 'No scoring table found.',
  },
};
