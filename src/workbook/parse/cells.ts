/**
 * Every rule for reading one cell of an input sheet: numbers, scores, pass/fail, yes/no, text and
 * criterion codes. Each reader returns the value (undefined = blank: blank is not zero) and pushes a
 * finding with the cell for anything doubtful; nothing is dropped or guessed silently.
 */
import { finding, type Finding, type FindingCode, type FindingParams } from '../../domain/findings';
import type { CellRef } from '../../domain/input/schema';
import type { Criterion, Plan } from '../../domain/plan/schema';
import { codeFromCell, codeKey, codeShapeOf, structuralParentKey } from '../../domain/plan/codes';
import { buildCriteriaTree, keyOf, type CriteriaTree } from '../../domain/plan/tree';
import { decodeLegacy } from '../../domain/text/legacy';
import { cleanText, foldCached } from '../../domain/text/normalize';
import { readNumber, roundScore } from '../../domain/text/numbers';
import { address, cellText, isCellError, isPercentFormat, parseAddress, type CellValue, type SheetSnapshot, isDate } from '../grid';
import { compiled, type KeywordIndex } from '../contract';
import type { inputSheets } from '../../i18n/vi/input-sheets';

/** Where findings go during one parse run (text keys come from normalize.ts's shared caches). */
export interface ReadContext {
  readonly findings: Finding[];
}

export function createReadContext(): ReadContext {
  return { findings: [] };
}

/** What a finding is about besides its cell. */
export interface Where {
  readonly unitCode?: string;
  readonly criterionCode?: string;
}

/** A key of inputSheets.expected: findings name it, each language says it. */
export type Expected = keyof typeof inputSheets.expected;

export function cellRef(sheet: string, row: number, col: number): CellRef {
  return { sheet, address: address(row, col) };
}

/** 'Sheet name'!A1, for findings that name two places. */
export function refText(ref: CellRef): string {
  return `${ref.sheet}!${ref.address}`;
}

export function report<C extends FindingCode>(ctx: ReadContext, code: C, params: FindingParams[C], cell: CellRef | undefined, where: Where = {}): void {
  ctx.findings.push(finding(code, params, { ...where, ...(cell ? { cell } : {}) }));
}

// Anything cleanText would change besides NFC: other whitespace, doubled spaces, spaces at the ends.
const needsClean = /[^\S ]|[\u200b\ufeff]| {2}|^ | $/;

/** cleanText with a fast path: most cells need only NFC. */
export function cleanCellText(text: string): string {
  return needsClean.test(text) ? cleanText(text) : text.normalize('NFC');
}

// What cleanText keeps: anything but whitespace and zero-width spaces.
const visible = /[^\s\u200b\ufeff]/;

export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && !visible.test(value));
}

export function isBlankRow(row: readonly CellValue[] | undefined): boolean {
  return row === undefined || row.every((v) => isBlank(v));
}

/**
 * Text of a cell: cleaned (NFC, spaces), old encodings converted to Unicode with LEGACY_ENCODING,
 * formula errors reported (and read as empty). Numbers and dates as typed.
 */
export function readText(ctx: ReadContext, value: CellValue | undefined, cell: CellRef, where: Where = {}): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') {
    const text = cleanCellText(value);
    const legacy = decodeLegacy(text);
    if (!legacy) return text;
    report(ctx, 'LEGACY_ENCODING', { value: text, converted: legacy.converted, encoding: legacy.encoding }, cell, where);
    return legacy.converted;
  }
  if (isCellError(value)) {
    report(ctx, 'VALUE_ERROR', { value: value.error }, cell, where);
    return '';
  }
  return isDate(value) ? cellText(value) : String(value);
}

/** A criterion's target is a percentage above 1 ("100 %"), so "95%" means 95, not 0.95. */
export function isPercentTarget(criterion: Criterion): boolean {
  return criterion.targetUnit.trim() === '%' && criterion.target !== undefined && criterion.target > 1;
}

export interface NumberOptions {
  /** Scale a percent reading ("95%" → 0.95) to the target's unit (95). Plain numbers are left alone. */
  readonly percentScale?: boolean;
  /** What the cell must hold when that is narrower than "a number" (named in the finding). */
  readonly expected?: Expected;
}

/**
 * A number or score. Numbers pass; text is read the Vietnamese way with NUMBER_AS_TEXT; unreadable
 * text and booleans → VALUE_NOT_NUMBER, errors → VALUE_ERROR, dates → VALUE_DATE: all read as blank.
 */
export function readNumberCell(ctx: ReadContext, value: CellValue | undefined, cell: CellRef, where: Where = {}, options: NumberOptions = {}): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? value : notNumber(ctx, String(value), cell, where);
  if (isDate(value)) {
    report(ctx, 'VALUE_DATE', { value: cellText(value) }, cell, where);
    return undefined;
  }
  if (isCellError(value)) {
    report(ctx, 'VALUE_ERROR', { value: value.error }, cell, where);
    return undefined;
  }
  if (typeof value === 'boolean') return notNumber(ctx, String(value), cell, where);
  const text = cleanCellText(value);
  if (text === '') return undefined;
  const reading = readNumber(text);
  if (reading.kind !== 'number') return notNumber(ctx, text, cell, where, options.expected);
  const read = options.percentScale && reading.percent ? roundScore(reading.value * 100) : reading.value;
  report(ctx, 'NUMBER_AS_TEXT', { value: text, read }, cell, where);
  return read;
}

function notNumber(ctx: ReadContext, text: string, cell: CellRef, where: Where, expected?: Expected): undefined {
  report(ctx, 'VALUE_NOT_NUMBER', expected ? { value: text, expected } : { value: text }, cell, where);
  return undefined;
}

/**
 * The council's appraised value: a score, or for a pass/fail criterion also «Đạt» / «Không đạt»
 * (read as full points / 0, and kept as the council's pass or fail so a mandatory rule sees it).
 */
export function readAppraisedCell(
  ctx: ReadContext,
  value: CellValue | undefined,
  cell: CellRef,
  criterion: Criterion,
  where: Where = {},
): { score?: number; pass?: number } {
  if (criterion.method === 'passFail' && typeof value === 'string' && !digit.test(value) && cleanCellText(value) !== '') {
    const pass = readPassFailCell(ctx, value, cell, where);
    return pass === undefined ? {} : { score: pass === 1 ? criterion.maxPoints : 0, pass };
  }
  const score = readNumberCell(ctx, value, cell, where);
  return score === undefined ? {} : { score };
}

/** A whole, non-negative number (a headcount); anything else is reported and read as blank. */
export function readCountCell(ctx: ReadContext, value: CellValue | undefined, cell: CellRef, where: Where = {}): number | undefined {
  const read = readNumberCell(ctx, value, cell, where);
  if (read === undefined || (Number.isInteger(read) && read >= 0)) return read;
  return notNumber(ctx, cellText(value ?? null), cell, where, 'wholeNumber');
}

function readKeyword<K extends string>(ctx: ReadContext, value: string, cell: CellRef, where: Where, index: KeywordIndex<K>): { text: string; key?: K } {
  const text = readText(ctx, value, cell, where);
  return { text, key: index.get(foldCached(text)) };
}

/** Pass/fail: "đạt", "x", "có", "1", true → 1; "không đạt", "không", "0", false → 0; else VALUE_NOT_PASS_FAIL. */
export function readPassFailCell(ctx: ReadContext, value: CellValue | undefined, cell: CellRef, where: Where = {}): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return value === 1 || value === 0 ? value : notPassFail(ctx, String(value), cell, where, 'passFail');
  if (isDate(value)) return notPassFail(ctx, cellText(value), cell, where, 'passFail');
  if (isCellError(value)) {
    report(ctx, 'VALUE_ERROR', { value: value.error }, cell, where);
    return undefined;
  }
  if (cleanCellText(value) === '') return undefined;
  const { text, key } = readKeyword(ctx, value, cell, where, compiled.passFail);
  if (key === undefined) return notPassFail(ctx, text, cell, where, 'passFail');
  return key === 'pass' ? 1 : 0;
}

function notPassFail(ctx: ReadContext, text: string, cell: CellRef, where: Where, expected: Expected): undefined {
  report(ctx, 'VALUE_NOT_PASS_FAIL', { value: text, expected }, cell, where);
  return undefined;
}

/** A yes/no mark ("x"): blank is no; anything unknown is reported and read as no. */
export function readYesCell(ctx: ReadContext, value: CellValue | undefined, cell: CellRef, where: Where = {}): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number' && (value === 1 || value === 0)) return value === 1;
  if (typeof value === 'string') {
    if (cleanCellText(value) === '') return false;
    const { text, key } = readKeyword(ctx, value, cell, where, compiled.yesNo);
    if (key !== undefined) return key === 'yes';
    notPassFail(ctx, text, cell, where, 'yes');
    return false;
  }
  if (isCellError(value)) report(ctx, 'VALUE_ERROR', { value: value.error }, cell, where);
  else notPassFail(ctx, cellText(value), cell, where, 'yes');
  return false;
}

/**
 * The achieved value ("Kết quả thực hiện") of a criterion, by its method: pass/fail keywords; numbers
 * in the target's unit (a "95%" reading scaled to 95 for a percent target); for entered points the
 * column is a description, so only a number there is kept and text is left as text (no finding).
 */
export function readActualCell(ctx: ReadContext, value: CellValue | undefined, cell: CellRef, criterion: Criterion, where: Where = {}, numberFormat?: string): number | undefined {
  switch (criterion.method) {
    case 'passFail':
      return readPassFailCell(ctx, value, cell, where);
    case 'points':
      return readDescriptiveNumber(ctx, value, cell, where);
    default:
      if (typeof value === 'number' && Number.isFinite(value)) return readStoredNumber(ctx, value, cell, criterion, where, numberFormat);
      return readNumberCell(ctx, value, cell, where, { percentScale: isPercentTarget(criterion) });
  }
}

/**
 * A number as stored: Excel keeps 80% as 0.8 with a percent format, so for a percent target that
 * is 80. A percent format on another target, or a fraction for a percent target with no percent
 * format («0,8» may mean 0,8% or 80%), is read as written and reported for a person to check.
 */
function readStoredNumber(ctx: ReadContext, value: number, cell: CellRef, criterion: Criterion, where: Where, numberFormat: string | undefined): number {
  const percentTarget = isPercentTarget(criterion);
  const percentCell = isPercentFormat(numberFormat);
  if (percentTarget && percentCell) return roundScore(value * 100);
  if (percentCell) {
    report(ctx, 'VALUE_PERCENT_DOUBTFUL', { value, shown: roundScore(value * 100), unit: criterion.targetUnit, reason: 'percentCell' }, cell, where);
  } else if (percentTarget && value > 0 && value <= 1) {
    report(ctx, 'VALUE_PERCENT_DOUBTFUL', { value, shown: roundScore(value * 100), unit: criterion.targetUnit, reason: 'fraction' }, cell, where);
  }
  return value;
}

function readDescriptiveNumber(ctx: ReadContext, value: CellValue | undefined, cell: CellRef, where: Where): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (isCellError(value)) {
    report(ctx, 'VALUE_ERROR', { value: value.error }, cell, where);
    return undefined;
  }
  if (typeof value !== 'string' || !digit.test(value)) return undefined;
  const reading = readNumber(value);
  return reading.kind === 'number' ? reading.value : undefined;
}

const digit = /\d/;

/** A number in a cell that is not counted (a group row): no findings, undefined unless clearly a number. */
export function peekNumber(value: CellValue | undefined): number | undefined {
  if (value === null || value === undefined || typeof value === 'boolean' || isDate(value) || isCellError(value)) return undefined;
  const reading = readNumber(value);
  return reading.kind === 'number' ? reading.value : undefined;
}

/**
 * A criterion code from a cell, as written («01.1», «a1», «II.1»; the number 1.1 gives «1.1»). Anything
 * else (headings such as «Tổng cộng», notes) is not a code. Which plan criterion it names is PlanCodes.find.
 */
export function readCriterionCode(value: CellValue | undefined): string | undefined {
  return codeFromCell(value);
}

/** The plan's criteria as the parsers need them: the one criteria tree, matched by code key. */
export interface PlanCodes {
  readonly tree: CriteriaTree;
  /** Scored criteria in plan order. */
  readonly leaves: readonly Criterion[];
  /** The plan's criterion a code names, however it is spelled («1.1» finds the plan's «01.1»). */
  find(code: string): Criterion | undefined;
  /** Whether a criterion of the plan is a group (a heading with criteria under it, not scored). */
  isGroup(criterion: Criterion): boolean;
  /** The plan codes of the leaves under a group, at any depth. */
  leavesUnder(criterion: Criterion): readonly string[];
  /**
   * Whether a code the plan does not have is worth reporting: numbered the way the plan numbers
   * («9.9» beside «1.1»), or under one of its criteria. «I» or «A» above a plan numbered 1, 1.1 is a heading.
   */
  looksLikePlanCode(code: string): boolean;
  /** The plan's period («Đợt 1», blank for a whole year) and year, which a unit sheet should repeat. */
  readonly period: string;
  readonly year: number;
}

export function indexPlan(plan: Plan): PlanCodes {
  const tree = buildCriteriaTree(plan.criteria);
  const shapes = new Set([...tree.byKey.keys()].map(codeShapeOf));
  const find = (code: string): Criterion | undefined => {
    const key = codeKey(code);
    return key === undefined ? undefined : tree.byKey.get(key);
  };
  return {
    period: plan.info.period,
    year: plan.info.year,
    tree,
    leaves: tree.leaves,
    find,
    isGroup: (c) => tree.groups.has(keyOf(c)),
    leavesUnder: (c) => (tree.leavesUnder.get(keyOf(c)) ?? []).map((key) => tree.byKey.get(key)?.code ?? key),
    looksLikePlanCode: (code) => {
      const key = codeKey(code);
      if (key === undefined) return false;
      const parent = structuralParentKey(key);
      return shapes.has(codeShapeOf(key)) || (parent !== undefined && tree.byKey.has(parent));
    },
  };
}

/** A number entered on a group's row or column: not counted. */
export interface GroupValue {
  readonly code: string;
  readonly field: string;
  readonly value: number;
  readonly cell: CellRef;
}

/**
 * Numbers on group rows are not counted. A group value equal to the sum of its criteria in the same
 * field is a subtotal (common in real forms) and passes silently; any other is reported, since the
 * person who typed it may believe it counts. Reported as CRITERION_UNKNOWN with reason 'group' (no
 * dedicated code exists).
 */
export function reportGroupValues(
  ctx: ReadContext,
  sheet: string,
  groupValues: readonly GroupValue[],
  leafValue: (code: string, field: string) => number | undefined,
  codes: PlanCodes,
  where: Where,
): void {
  for (const g of groupValues) {
    let sum: number | undefined;
    const group = codes.find(g.code);
    for (const leaf of group === undefined ? [] : codes.leavesUnder(group)) {
      const v = leafValue(leaf, g.field);
      if (v !== undefined) sum = (sum ?? 0) + v;
    }
    if (sum !== undefined && Math.abs(roundScore(sum) - g.value) < 1e-6) continue;
    const params: FindingParams['CRITERION_UNKNOWN'] = { sheet, code: g.code, value: g.value, reason: 'group', ...(sum === undefined ? {} : { sum: roundScore(sum) }) };
    report(ctx, 'CRITERION_UNKNOWN', params, g.cell, { ...where, criterionCode: g.code });
  }
}

export interface Region {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/** MERGED_CELLS once per merged range that overlaps a table's header or data region. */
export function reportMergedCells(ctx: ReadContext, sheet: SheetSnapshot, region: Region, where: Where = {}): void {
  const seen = new Set<string>();
  for (const range of sheet.merges) {
    if (seen.has(range)) continue;
    const [from = '', to = from] = range.split(':');
    let start: { row: number; col: number };
    let end: { row: number; col: number };
    try {
      start = parseAddress(from);
      end = parseAddress(to);
    } catch {
      continue; // not an A1 range: nothing a user can act on
    }
    const overlaps = start.row <= region.bottom && end.row >= region.top && start.col <= region.right && end.col >= region.left;
    if (!overlaps) continue;
    seen.add(range);
    report(ctx, 'MERGED_CELLS', { sheet: sheet.name, range }, { sheet: sheet.name, address: address(start.row, start.col) }, where);
  }
}
