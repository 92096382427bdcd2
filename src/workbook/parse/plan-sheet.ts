/**
 * Reads the "Kế hoạch" sheet back into a plan. Sections are found by their heading text and
 * tables by their header row, tolerantly (title rows, column order, extra columns, case,
 * diacritics). Every value that cannot be read is a finding with its cell; the plan is
 * returned only when the sheet's structure is complete and the plan schema accepts it.
 */
import { finding, type Finding } from '../../domain/findings';
import { planSheet as vi } from '../../i18n/vi/plan-sheet';
import { isValidationKey, type ValidationKey } from '../../domain/plan/validation-keys';
import type { CellRef } from '../../domain/input/schema';
import { planSchema, type Plan, type TieBreak } from '../../domain/plan/schema';
import { cleanText, foldKey, nameKey } from '../../domain/text/normalize';
import { readNumber } from '../../domain/text/numbers';
import { address, cellAt, cellText, isCellError, type CellValue, type SheetSnapshot, isDate } from '../grid';
import { findTable, type ColumnSpec } from '../headers';
import {
  bandColumns,
  booleanKeywords,
  codePlaceholder,
  comparisonKeywords,
  criteriaColumns,
  infoColumns,
  kindKeywords,
  listSeparator,
  methodKeywords,
  overMaxKeywords,
  planSectionKeys,
  planSettings,
  rankingScoreKeywords,
  rankingStyleKeywords,
  ratioColumns,
  sectionAliases,
  subjectKeywords,
  tieBreakColumns,
  tieBreakKeywords,
  unitAwardColumns,
  type PlanSectionKey,
  type SettingSpec,
  type SettingType,
  // issue 5a
  conditionColumns,
  conditionKindKeywords,
  optionalSections,
  quotaKindKeywords,
  titleColumns,
  titleKindKeywords,
  titleQuotaColumns,
} from '../plan-contract';
import { eligibility } from '../../i18n/vi/eligibility'; // issue 5a

export interface PlanSheetResult {
  readonly plan?: Plan;
  readonly findings: Finding[];
  /** Where a plan field was read ("criteria.3.steps" → its cell): the plan's own contradictions are reported there. */
  readonly cellOf?: (path: string) => CellRef | undefined;
}

// ---------------------------------------------------------------------------------------------
// Reading one cell

type Parsed<T> = { readonly ok: true; readonly value?: T } | { readonly ok: false };
const ok = <T>(value?: T): Parsed<T> => (value === undefined ? { ok: true } : { ok: true, value });
const unreadable: Parsed<never> = { ok: false };

type CellParser<T> = (value: CellValue) => Parsed<T>;

function formatDate(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getUTCDate())}/${two(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

/** Text as typed; blank is "". A date typed into a text setting is written back as dd/mm/yyyy. */
const parseText: CellParser<string> = (value) => {
  if (isCellError(value)) return unreadable;
  return ok(isDate(value) ? formatDate(value) : cleanText(cellText(value)));
};

/** A plain number (points, scores): "80%" is not points. */
const parseNumber: CellParser<number> = (value) => {
  const reading = readNumber(value);
  if (reading.kind === 'blank') return ok();
  if (reading.kind === 'invalid' || reading.percent) return unreadable;
  return ok(reading.value);
};

const parseInteger: CellParser<number> = (value) => {
  const parsed = parseNumber(value);
  return parsed.ok && parsed.value !== undefined && !Number.isInteger(parsed.value) ? unreadable : parsed;
};

/** x% as a fraction, through the decimal text so "0,7%" gives exactly 0.007 (0.7 / 100 does not). */
function hundredth(value: number): number {
  const text = String(value);
  return text.includes('e') ? value / 100 : Number(`${text}e-2`);
}

/** A number read from a cell, with "…%" text marked as a percentage and not yet divided. */
function readPercentNumber(value: CellValue): { kind: 'blank' } | { kind: 'invalid' } | { kind: 'number'; value: number; percent: boolean } {
  const percentText = typeof value === 'string' ? /^(.*?)\s*%$/u.exec(cleanText(value))?.[1] : undefined;
  const reading = readNumber(percentText ?? value);
  if (reading.kind === 'number' && reading.percent) return { kind: 'invalid' }; // "80%%"
  if (reading.kind === 'number') return { kind: 'number', value: reading.value, percent: percentText !== undefined };
  return reading.kind === 'blank' && percentText === undefined ? { kind: 'blank' } : { kind: 'invalid' };
}

/** A fraction: 0.85, "85%", "85 %", "0,85"; a number above 1 is a percentage (85 → 0.85). */
const parsePercent: CellParser<number> = (value) => {
  const reading = readPercentNumber(value);
  if (reading.kind === 'blank') return ok();
  if (reading.kind === 'invalid') return unreadable;
  return ok(reading.percent || reading.value > 1 ? hundredth(reading.value) : reading.value);
};

type Keywords<K extends string> = Readonly<Record<K, readonly string[]>>;

/** Matches a keyword as typed first (symbols such as "≥" fold to nothing), then tolerantly; aliases are folded once. */
function keywordMatcher<K extends string>(table: Keywords<K>): (text: string) => K | undefined {
  const entries = (Object.keys(table) as K[]).map((key) => ({
    key,
    typed: table[key].map(nameKey),
    folded: table[key].map(foldKey).filter((alias) => alias !== ''),
  }));
  return (text) => {
    const typed = nameKey(text);
    const folded = foldKey(text);
    return entries.find((e) => e.typed.includes(typed))?.key ?? (folded === '' ? undefined : entries.find((e) => e.folded.includes(folded))?.key);
  };
}

function keyword<K extends string>(table: Keywords<K>): CellParser<K> {
  const match = keywordMatcher(table);
  return (value) => {
    if (isCellError(value) || isDate(value)) return unreadable;
    const text = cleanText(cellText(value));
    if (text === '') return ok();
    const key = match(text);
    return key === undefined ? unreadable : ok(key);
  };
}

const parseKind = keyword(kindKeywords);
const parseMethod = keyword(methodKeywords);
const parseSubject = keyword(subjectKeywords);
const parseComparison = keyword(comparisonKeywords);
const parseYesNo = keyword(booleanKeywords);

/** "x", "có", "yes", "1" are yes; blank, "không", "0" are no. */
const parseBoolean: CellParser<boolean> = (value) => {
  if (typeof value === 'boolean') return ok(value);
  if (value === null) return ok(false);
  const answer = parseYesNo(value);
  if (!answer.ok) return unreadable;
  return ok(answer.value === 'yes');
};

/** Items separated by ";" or line breaks (split before spacing is folded, which would join lines). */
function splitList(text: string): string[] {
  return text
    .split(listSeparator)
    .map(cleanText)
    .filter((item) => item !== '');
}

const parseList: CellParser<string[]> = (value) => {
  if (typeof value !== 'string') {
    const parsed = parseText(value);
    return parsed.ok ? ok(splitList(parsed.value ?? '')) : unreadable;
  }
  return ok(splitList(value));
};

/** Criterion codes: "1.1", "1.1." (trailing dot dropped); a number typed as 1.1 is read as "1.1". */
const parseCode: CellParser<string> = (value) => {
  if (typeof value === 'number') return ok(String(value));
  const parsed = parseText(value);
  return parsed.ok ? ok((parsed.value ?? '').replace(/\.+$/, '')) : unreadable;
};

const stepPattern = /^(?:≥|>=|từ\s)?\s*(.+?)\s*(?::|→|->|=>)\s*(.+)$/u;

/** "≥3: 10; ≥2: 7; ≥1: 4", also ">=3:10" and "3 → 10". */
const parseSteps: CellParser<{ from: number; points: number }[]> = (value) => {
  if (typeof value !== 'string' && value !== null) return unreadable;
  const items = splitList(value ?? '');
  if (items.length === 0) return ok();
  const steps: { from: number; points: number }[] = [];
  for (const item of items) {
    const match = stepPattern.exec(item.toLocaleLowerCase('vi'));
    const from = parseNumber(match?.[1] ?? '');
    const points = parseNumber(match?.[2] ?? '');
    if (!from.ok || !points.ok || from.value === undefined || points.value === undefined) return unreadable;
    steps.push({ from: from.value, points: points.value });
  }
  return ok(steps);
};

type QuotaDraft = { kind: 'count'; value: number } | { kind: 'percent'; value: number };

/** "1" (a whole number) is a count of units; "20%", 0.2 or "0,2" is a share of the block. */
const parseQuota: CellParser<QuotaDraft> = (value) => {
  const reading = readPercentNumber(value);
  if (reading.kind === 'blank') return ok();
  if (reading.kind === 'invalid') return unreadable;
  if (reading.percent) return ok({ kind: 'percent', value: hundredth(reading.value) });
  if (Number.isInteger(reading.value)) return ok({ kind: 'count', value: reading.value });
  if (reading.value > 0 && reading.value < 1) return ok({ kind: 'percent', value: reading.value });
  return unreadable;
};

const matchSimpleTieBreak = keywordMatcher({
  baseTotal: tieBreakKeywords.baseTotal,
  fewerDeductions: tieBreakKeywords.fewerDeductions,
  moreBonus: tieBreakKeywords.moreBonus,
  smallerGap: tieBreakKeywords.smallerGap,
});
const groupScoreTemplates = tieBreakKeywords.groupScore.map(foldKey);

/** "Tổng điểm cơ bản cao hơn", "Ít điểm trừ hơn" … and "Điểm nhóm 1 cao hơn" (any group code). */
const parseTieBreak: CellParser<TieBreak> = (value) => {
  const parsed = parseText(value);
  if (!parsed.ok) return unreadable;
  const text = parsed.value ?? '';
  if (text === '') return ok();
  const code = /\d+(?:\.\d+)*/.exec(text)?.[0];
  if (code !== undefined) {
    const template = foldKey(text.replace(code, codePlaceholder));
    if (groupScoreTemplates.includes(template)) return ok({ kind: 'groupScore', group: code });
  }
  const kind = matchSimpleTieBreak(text);
  return kind === undefined ? unreadable : ok({ kind });
};

const settingParsers: Readonly<Record<SettingType, CellParser<unknown>>> = {
  text: parseText,
  integer: parseInteger,
  number: parseNumber,
  percent: parsePercent,
  list: parseList,
  rankingScore: keyword(rankingScoreKeywords),
  rankingStyle: keyword(rankingStyleKeywords),
  overMax: keyword(overMaxKeywords),
};

// ---------------------------------------------------------------------------------------------
// Reading context: findings, and where each plan field came from (to place schema issues)

interface Source {
  readonly field: string;
  readonly address?: string;
}

interface Context {
  readonly sheet: SheetSnapshot;
  readonly findings: Finding[];
  /** Plan paths ("criteria.3.maxPoints") to a readable field name and its cell. */
  readonly sources: Map<string, Source>;
}

type Draft = Record<string, unknown>;

/** Drops undefined fields so the schema fills its defaults and no key is left dangling. */
function compact(draft: Draft): Draft {
  return Object.fromEntries(Object.entries(draft).filter(([, value]) => value !== undefined));
}

function cellRef(ctx: Context, row: number, col: number) {
  return { sheet: ctx.sheet.name, address: address(row, col) };
}

/** Reads one cell, remembers where the field came from, and reports a value it cannot read. */
function take<T>(ctx: Context, row: number, col: number | undefined, path: string, field: string, parse: CellParser<T>): T | undefined {
  if (col === undefined) return undefined;
  const value = cellAt(ctx.sheet, row, col);
  ctx.sources.set(path, { field, address: address(row, col) });
  const parsed = parse(value);
  if (parsed.ok) return parsed.value;
  ctx.findings.push(finding('PLAN_SETTING_UNREADABLE', { setting: field, value: cellText(value) }, { cell: cellRef(ctx, row, col) }));
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Sections and tables

function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

/** Leading numbering of a heading ("I.", "2.") folds to "i ", "2 ". */
const enumerator = /^(?:[ivxlc]+|\d+(?: \d+)*) /;

/**
 * Matches folded text against labels folded once: an exact alias first, else the longest alias
 * standing at the start as whole words ("Tiêu chí chấm điểm năm 2024" names "Tiêu chí").
 */
function labelMatcher<T>(entries: readonly { readonly value: T; readonly aliases: readonly string[] }[]): (candidates: readonly string[]) => T | undefined {
  const folded = entries.map((entry) => ({ value: entry.value, aliases: entry.aliases.map(foldKey).filter((alias) => alias !== '') }));
  return (candidates) => {
    const exact = folded.find((entry) => entry.aliases.some((alias) => candidates.includes(alias)));
    if (exact !== undefined) return exact.value;
    let best: { value: T; length: number } | undefined;
    for (const entry of folded) {
      for (const alias of entry.aliases) {
        if (candidates.some((c) => c.startsWith(`${alias} `)) && alias.length > (best?.length ?? 0)) best = { value: entry.value, length: alias.length };
      }
    }
    return best?.value;
  };
}

const matchSection = labelMatcher(planSectionKeys.map((key) => ({ value: key, aliases: sectionAliases[key] })));

function sectionOf(text: string): PlanSectionKey | undefined {
  const folded = foldKey(text);
  return matchSection([folded, folded.replace(enumerator, '')]);
}

interface Heading {
  readonly key: PlanSectionKey;
  readonly row: number;
  readonly col: number;
}

/** A heading row holds one non-empty cell naming a section (a table header row holds several). */
function findHeadings(sheet: SheetSnapshot): Heading[] {
  const headings: Heading[] = [];
  sheet.rows.forEach((cells, row) => {
    const filled = cells.flatMap((value, col) => (isBlank(value) ? [] : [{ value, col }]));
    const only = filled.length === 1 ? filled[0] : undefined;
    if (only === undefined || typeof only.value !== 'string') return;
    const key = sectionOf(only.value);
    if (key !== undefined) headings.push({ key, row, col: only.col });
  });
  return headings;
}

/** How far below its heading a section's header row may stand (a few title or note rows). */
const headerWindow = 10;

interface Table<K extends string> {
  readonly columns: Partial<Record<K, number>>;
  readonly rows: readonly number[];
}

function sectionName(key: PlanSectionKey): string {
  return vi.sections[key];
}

/**
 * The table under a section heading: its header row is looked for between the heading and the
 * next heading; its rows run to the first blank row or the next heading.
 */
function locateTable<K extends string>(ctx: Context, headings: readonly Heading[], key: PlanSectionKey, specs: readonly ColumnSpec<K>[]): Table<K> | undefined {
  const heading = headings.find((h) => h.key === key);
  const expected = { sheet: ctx.sheet.name, expected: sectionName(key) };
  if (heading === undefined) {
    // issue 5a: an older plan sheet without the title sections still reads (the plan has none).
    if (optionalSections.has(key)) return undefined;
    ctx.findings.push(finding('HEADER_NOT_FOUND', expected));
    return undefined;
  }
  const end = headings.find((h) => h.row > heading.row)?.row ?? ctx.sheet.rows.length;
  // The header almost always follows its heading: look there first, then a little further.
  const near = findTable(ctx.sheet, specs, { fromRow: heading.row + 1, toRow: Math.min(end, heading.row + 3) });
  const table =
    near !== undefined && near.missing.length === 0
      ? near
      : findTable(ctx.sheet, specs, { fromRow: heading.row + 1, toRow: Math.min(end, heading.row + 1 + headerWindow) });
  if (table === undefined) {
    ctx.findings.push(finding('HEADER_NOT_FOUND', expected, { cell: cellRef(ctx, heading.row, heading.col) }));
    return undefined;
  }
  if (table.missing.length > 0) {
    const firstCol = Math.min(...Object.values<number | undefined>(table.columns).filter((col): col is number => col !== undefined));
    for (const missing of table.missing) {
      const spec = specs.find((s) => s.key === missing);
      ctx.findings.push(
        finding('COLUMN_MISSING', { sheet: ctx.sheet.name, column: spec?.aliases[0] ?? missing }, { cell: cellRef(ctx, table.headerRow, firstCol) }),
      );
    }
    return undefined;
  }
  const rows: number[] = [];
  for (let row = table.headerRow + 1; row < end; row++) {
    if ((ctx.sheet.rows[row] ?? []).every(isBlank)) break;
    rows.push(row);
  }
  return { columns: table.columns, rows };
}

/** Whether every cell that carries data in this row is blank (a row with only a note is skipped). */
function rowIsEmpty<K extends string>(ctx: Context, row: number, table: Table<K>, keys: readonly K[]): boolean {
  return keys.every((key) => {
    const col = table.columns[key];
    return col === undefined || isBlank(cellAt(ctx.sheet, row, col));
  });
}

// ---------------------------------------------------------------------------------------------
// The six sections

function settingLabel(setting: SettingSpec): string {
  return setting.aliases[0] ?? setting.key;
}

const matchSettingLabel = labelMatcher(planSettings.map((setting) => ({ value: setting, aliases: setting.aliases })));

function matchSetting(text: string): SettingSpec | undefined {
  const folded = foldKey(text);
  return folded === '' ? undefined : matchSettingLabel([folded]);
}

function readInfo(ctx: Context, table: Table<'key' | 'value' | 'hint'>): Draft {
  const info: Draft = {};
  const seen = new Set<string>();
  for (const row of table.rows) {
    const keyCol = table.columns.key;
    const setting = keyCol === undefined ? undefined : matchSetting(cellText(cellAt(ctx.sheet, row, keyCol)));
    // Unknown keys are someone's notes; a setting written twice keeps its first row.
    if (setting === undefined || seen.has(setting.key)) continue;
    seen.add(setting.key);
    info[setting.key] = take(ctx, row, table.columns.value, `info.${setting.key}`, settingLabel(setting), settingParsers[setting.type]);
  }
  return compact(info);
}

const criteriaKeys = criteriaColumns.map((spec) => spec.key).filter((key) => key !== 'group');

function readCriteria(ctx: Context, table: Table<(typeof criteriaKeys)[number] | 'group'>): Draft[] {
  const c = vi.columns.criteria;
  const criteria: Draft[] = [];
  for (const row of table.rows) {
    if (rowIsEmpty(ctx, row, table, criteriaKeys)) continue;
    const path = `criteria.${criteria.length}`;
    const code = take(ctx, row, table.columns.code, `${path}.code`, vi.fields.criterion(vi.fields.row(row + 1), c.code), parseCode) ?? '';
    const name = code === '' ? vi.fields.row(row + 1) : code;
    const field = (column: string) => vi.fields.criterion(name, column);
    const codeSource = { field: field(c.code), address: address(row, table.columns.code ?? 0) };
    ctx.sources.set(path, codeSource);
    ctx.sources.set(`${path}.code`, codeSource);
    criteria.push(
      compact({
        code,
        text: take(ctx, row, table.columns.text, `${path}.text`, field(c.text), parseText),
        kind: take(ctx, row, table.columns.kind, `${path}.kind`, field(c.kind), parseKind),
        maxPoints: take(ctx, row, table.columns.maxPoints, `${path}.maxPoints`, field(c.maxPoints), parseNumber),
        method: take(ctx, row, table.columns.method, `${path}.method`, field(c.method), parseMethod),
        target: take(ctx, row, table.columns.target, `${path}.target`, field(c.target), parseNumber),
        targetUnit: take(ctx, row, table.columns.targetUnit, `${path}.targetUnit`, field(c.targetUnit), parseText),
        mandatory: take(ctx, row, table.columns.mandatory, `${path}.mandatory`, field(c.mandatory), parseBoolean),
        warnBelow: take(ctx, row, table.columns.warnBelow, `${path}.warnBelow`, field(c.warnBelow), parsePercent),
        steps: take(ctx, row, table.columns.steps, `${path}.steps`, field(c.steps), parseSteps),
      }),
    );
  }
  return criteria;
}

const bandKeys = ['name', 'minScore', 'minCriterionRatio', 'requiresMandatory'] as const;

function readBands(ctx: Context, table: Table<(typeof bandKeys)[number] | 'condition'>): Draft[] {
  const c = vi.columns.bands;
  const bands: Draft[] = [];
  for (const row of table.rows) {
    if (rowIsEmpty(ctx, row, table, bandKeys)) continue;
    const path = `bands.${bands.length}`;
    const name = take(ctx, row, table.columns.name, `${path}.name`, vi.fields.band(vi.fields.row(row + 1), c.name), parseText) ?? '';
    const field = (column: string) => vi.fields.band(name === '' ? vi.fields.row(row + 1) : name, column);
    ctx.sources.set(path, { field: field(c.name), address: address(row, table.columns.name ?? 0) });
    bands.push(
      compact({
        name,
        minScore: take(ctx, row, table.columns.minScore, `${path}.minScore`, field(c.minScore), parseNumber),
        minCriterionRatio: take(ctx, row, table.columns.minCriterionRatio, `${path}.minCriterionRatio`, field(c.minCriterionRatio), parsePercent),
        requiresMandatory: take(ctx, row, table.columns.requiresMandatory, `${path}.requiresMandatory`, field(c.requiresMandatory), parseBoolean),
      }),
    );
  }
  return bands;
}

const unitAwardKeys = unitAwardColumns.map((spec) => spec.key);

function readUnitAwards(ctx: Context, table: Table<(typeof unitAwardKeys)[number]>): Draft[] {
  const c = vi.columns.unitAwards;
  const rules: Draft[] = [];
  for (const row of table.rows) {
    if (rowIsEmpty(ctx, row, table, unitAwardKeys)) continue;
    const path = `unitAwards.${rules.length}`;
    const form = take(ctx, row, table.columns.form, `${path}.form`, vi.fields.unitAward(vi.fields.row(row + 1), c.form), parseText) ?? '';
    const field = (column: string) => vi.fields.unitAward(form === '' ? vi.fields.row(row + 1) : form, column);
    ctx.sources.set(path, { field: field(c.form), address: address(row, table.columns.form ?? 0) });
    const quota = take(ctx, row, table.columns.quota, `${path}.quota`, field(c.quota), parseQuota);
    const atLeastOne = take(ctx, row, table.columns.atLeastOne, `${path}.quota.atLeastOne`, field(c.atLeastOne), parseBoolean);
    const minBand = take(ctx, row, table.columns.minBand, `${path}.minBand`, field(c.minBand), parseText);
    rules.push(
      compact({
        form,
        level: take(ctx, row, table.columns.level, `${path}.level`, field(c.level), parseText),
        // "Tối thiểu 1" only means something for a percentage.
        quota: quota?.kind === 'percent' ? compact({ ...quota, atLeastOne }) : quota,
        minBand: minBand === '' ? undefined : minBand,
        minScore: take(ctx, row, table.columns.minScore, `${path}.minScore`, field(c.minScore), parseNumber),
        leaderOnly: take(ctx, row, table.columns.leaderOnly, `${path}.leaderOnly`, field(c.leaderOnly), parseBoolean),
        order: take(ctx, row, table.columns.order, `${path}.order`, field(c.order), parseInteger),
      }),
    );
  }
  return rules;
}

const ratioKeys = ratioColumns.map((spec) => spec.key);

function readRatioRules(ctx: Context, table: Table<(typeof ratioKeys)[number]>): Draft[] {
  const c = vi.columns.ratioRules;
  const rules: Draft[] = [];
  for (const row of table.rows) {
    if (rowIsEmpty(ctx, row, table, ratioKeys)) continue;
    const path = `ratioRules.${rules.length}`;
    const name = take(ctx, row, table.columns.name, `${path}.name`, vi.fields.ratioRule(vi.fields.row(row + 1), c.name), parseText) ?? '';
    const field = (column: string) => vi.fields.ratioRule(name === '' ? vi.fields.row(row + 1) : name, column);
    ctx.sources.set(path, { field: field(c.name), address: address(row, table.columns.name ?? 0) });
    rules.push(
      compact({
        name,
        levels: take(ctx, row, table.columns.levels, `${path}.levels`, field(c.levels), parseList),
        subject: take(ctx, row, table.columns.subject, `${path}.subject`, field(c.subject), parseSubject),
        comparison: take(ctx, row, table.columns.comparison, `${path}.comparison`, field(c.comparison), parseComparison),
        ratio: take(ctx, row, table.columns.ratio, `${path}.ratio`, field(c.ratio), parsePercent),
        pooled: take(ctx, row, table.columns.pooled, `${path}.pooled`, field(c.pooled), parseBoolean),
      }),
    );
  }
  return rules;
}

function readTieBreaks(ctx: Context, table: Table<'order' | 'rule'>): Draft[] {
  const read: { order: number; row: number; tieBreak: TieBreak }[] = [];
  for (const row of table.rows) {
    const field = vi.fields.tieBreak(row + 1);
    const order = take(ctx, row, table.columns.order, `tieBreakRows.${row}.order`, field, parseNumber);
    const tieBreak = take(ctx, row, table.columns.rule, `tieBreakRows.${row}`, field, parseTieBreak);
    // Rows without an order keep their place after the numbered ones.
    if (tieBreak !== undefined) read.push({ order: order ?? Number.POSITIVE_INFINITY, row, tieBreak });
  }
  read.sort((a, b) => a.order - b.order || a.row - b.row);
  return read.map((entry, i) => {
    ctx.sources.set(`tieBreaks.${i}`, { field: vi.fields.tieBreak(entry.row + 1), address: address(entry.row, table.columns.rule ?? 0) });
    return { ...entry.tieBreak };
  });
}

// ---------------------------------------------------------------------------------------------
// issue 5a: titles, their conditions and quotas

const et = eligibility.planSheet;
const parseTitleKind = keyword(titleKindKeywords);
const parseConditionKind = keyword(conditionKindKeywords);
const parseQuotaKind = keyword(quotaKindKeywords);
const titleKeys = titleColumns.map((spec) => spec.key);
const conditionKeys = conditionColumns.map((spec) => spec.key);
const titleQuotaKeys = titleQuotaColumns.map((spec) => spec.key);

function readConditions(ctx: Context, table: Table<(typeof conditionKeys)[number]>, titleIndex: ReadonlyMap<string, number>): Map<number, Draft[]> {
  const c = et.columns.conditions;
  const byTitle = new Map<number, Draft[]>();
  for (const row of table.rows) {
    if (rowIsEmpty(ctx, row, table, conditionKeys)) continue;
    const field = (column: string) => et.fields.condition(row + 1, column);
    const id = take(ctx, row, table.columns.title, `conditionRows.${row}.title`, field(c.title), parseText) ?? '';
    const index = titleIndex.get(foldKey(id));
    if (index === undefined) {
      // A condition of a title that is not listed would be dropped silently: say so at its cell.
      const col = table.columns.title ?? 0;
      ctx.findings.push(finding('PLAN_SETTING_UNREADABLE', { setting: field(c.title), value: id }, { cell: cellRef(ctx, row, col) }));
      continue;
    }
    const list = byTitle.get(index) ?? [];
    byTitle.set(index, list);
    const path = `titles.${index}.conditions.${list.length}`;
    ctx.sources.set(path, { field: field(c.kind), address: address(row, table.columns.kind ?? 0) });
    const level = take(ctx, row, table.columns.level, `${path}.level`, field(c.level), parseText);
    list.push(
      compact({
        kind: take(ctx, row, table.columns.kind, `${path}.kind`, field(c.kind), parseConditionKind),
        route: take(ctx, row, table.columns.route, `${path}.route`, field(c.route), parseInteger),
        ref: take(ctx, row, table.columns.ref, `${path}.ref`, field(c.ref), parseText),
        years: take(ctx, row, table.columns.years, `${path}.years`, field(c.years), parseInteger),
        count: take(ctx, row, table.columns.count, `${path}.count`, field(c.count), parseInteger),
        share: take(ctx, row, table.columns.share, `${path}.share`, field(c.share), parsePercent),
        strict: take(ctx, row, table.columns.strict, `${path}.strict`, field(c.strict), parseBoolean),
        level: level === '' ? undefined : level,
      }),
    );
  }
  return byTitle;
}

function readTitles(ctx: Context, table: Table<(typeof titleKeys)[number]>, conditions: Table<(typeof conditionKeys)[number]> | undefined): Draft[] {
  const c = et.columns.titles;
  const titles: Draft[] = [];
  const index = new Map<string, number>();
  for (const row of table.rows) {
    if (rowIsEmpty(ctx, row, table, titleKeys)) continue;
    const path = `titles.${titles.length}`;
    const id = take(ctx, row, table.columns.id, `${path}.id`, et.fields.title(vi.fields.row(row + 1), c.id), parseText) ?? '';
    const field = (column: string) => et.fields.title(id === '' ? vi.fields.row(row + 1) : id, column);
    ctx.sources.set(path, { field: field(c.id), address: address(row, table.columns.id ?? 0) });
    if (id !== '' && !index.has(foldKey(id))) index.set(foldKey(id), titles.length);
    const source = take(ctx, row, table.columns.source, `${path}.source`, field(c.source), parseText);
    titles.push(
      compact({
        id,
        name: take(ctx, row, table.columns.name, `${path}.name`, field(c.name), parseText),
        aliases: take(ctx, row, table.columns.aliases, `${path}.aliases`, field(c.aliases), parseList),
        kind: take(ctx, row, table.columns.kind, `${path}.kind`, field(c.kind), parseTitleKind),
        level: take(ctx, row, table.columns.level, `${path}.level`, field(c.level), parseText),
        voteShare: take(ctx, row, table.columns.voteShare, `${path}.voteShare`, field(c.voteShare), parsePercent),
        voteStrict: take(ctx, row, table.columns.voteStrict, `${path}.voteStrict`, field(c.voteStrict), parseBoolean),
        source: source === '' ? undefined : source,
      }),
    );
  }
  if (conditions) {
    for (const [i, list] of readConditions(ctx, conditions, index)) {
      const title = titles[i];
      if (title) title.conditions = list;
    }
  }
  return titles;
}

function readTitleQuotas(ctx: Context, table: Table<(typeof titleQuotaKeys)[number]>): Draft[] {
  const c = et.columns.titleQuotas;
  const quotas: Draft[] = [];
  for (const row of table.rows) {
    if (rowIsEmpty(ctx, row, table, titleQuotaKeys)) continue;
    const path = `titleQuotas.${quotas.length}`;
    const name = take(ctx, row, table.columns.name, `${path}.name`, et.fields.titleQuota(vi.fields.row(row + 1), c.name), parseText) ?? '';
    const field = (column: string) => et.fields.titleQuota(name === '' ? vi.fields.row(row + 1) : name, column);
    ctx.sources.set(path, { field: field(c.name), address: address(row, table.columns.name ?? 0) });
    quotas.push(
      compact({
        name,
        kind: take(ctx, row, table.columns.kind, `${path}.kind`, field(c.kind), parseQuotaKind),
        limited: take(ctx, row, table.columns.limited, `${path}.limited`, field(c.limited), parseText),
        base: take(ctx, row, table.columns.base, `${path}.base`, field(c.base), parseText),
        share: take(ctx, row, table.columns.share, `${path}.share`, field(c.share), parsePercent),
        orBetter: take(ctx, row, table.columns.orBetter, `${path}.orBetter`, field(c.orBetter), parseBoolean),
        // A blank "Áp dụng" cell turns the rule off (as written for the 15% rule).
        enabled: take(ctx, row, table.columns.enabled, `${path}.enabled`, field(c.enabled), parseBoolean) ?? false,
      }),
    );
  }
  return quotas;
}

// ---------------------------------------------------------------------------------------------
// Schema issues as findings

/** The schema's issue as a validation key (zod's own English messages mapped to the nearest key). */
function issueKey(issue: { readonly code: string; readonly message: string; readonly path: readonly PropertyKey[] }, expected?: unknown): ValidationKey {
  if (isValidationKey(issue.message)) return issue.message;
  if (issue.code === 'invalid_type') {
    if (expected === 'int') return 'integer';
    return expected === 'number' ? 'number' : 'required';
  }
  if (issue.code === 'invalid_format') return 'criterionCode';
  if (issue.code === 'too_small') return 'notNegative';
  if (issue.code === 'too_big') return 'fraction';
  return 'required';
}

function sourceOf(ctx: Context, path: readonly PropertyKey[]): Source | undefined {
  for (let n = path.length; n > 0; n--) {
    const source = ctx.sources.get(path.slice(0, n).map(String).join('.'));
    if (source !== undefined) return source;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------

export function parsePlanSheet(sheet: SheetSnapshot): PlanSheetResult {
  const ctx: Context = { sheet, findings: [], sources: new Map() };
  const headings = findHeadings(sheet);

  // Fallbacks so a schema issue on a field that has no row still reads well.
  for (const key of planSectionKeys) {
    const heading = headings.find((h) => h.key === key);
    ctx.sources.set(key, { field: sectionName(key), ...(heading ? { address: address(heading.row, heading.col) } : {}) });
  }
  for (const setting of planSettings) {
    ctx.sources.set(`info.${setting.key}`, { ...ctx.sources.get('info'), field: settingLabel(setting) });
  }

  const info = locateTable(ctx, headings, 'info', infoColumns);
  const criteria = locateTable(ctx, headings, 'criteria', criteriaColumns);
  const bands = locateTable(ctx, headings, 'bands', bandColumns);
  const unitAwards = locateTable(ctx, headings, 'unitAwards', unitAwardColumns);
  const ratioRules = locateTable(ctx, headings, 'ratioRules', ratioColumns);
  const tieBreaks = locateTable(ctx, headings, 'tieBreaks', tieBreakColumns);
  // issue 5a
  const titles = locateTable(ctx, headings, 'titles', titleColumns);
  const conditions = locateTable(ctx, headings, 'conditions', conditionColumns);
  const titleQuotas = locateTable(ctx, headings, 'titleQuotas', titleQuotaColumns);

  const draft = compact({
    info: info && readInfo(ctx, info),
    criteria: criteria && readCriteria(ctx, criteria),
    bands: bands && readBands(ctx, bands),
    unitAwards: unitAwards && readUnitAwards(ctx, unitAwards),
    ratioRules: ratioRules && readRatioRules(ctx, ratioRules),
    tieBreaks: tieBreaks && readTieBreaks(ctx, tieBreaks),
    // issue 5a
    titles: titles && readTitles(ctx, titles, conditions),
    titleQuotas: titleQuotas && readTitleQuotas(ctx, titleQuotas),
  });

  const result = planSchema.safeParse(draft);
  if (!result.success) {
    for (const issue of result.error.issues) {
      // A section that could not be read is already reported; its absence is not a second error.
      const section = String(issue.path[0] ?? '');
      if (!(section in draft) && section !== '') continue;
      const source = sourceOf(ctx, issue.path);
      const expected = 'expected' in issue ? issue.expected : undefined;
      ctx.findings.push(
        finding(
          'PLAN_INVALID',
          { sheet: sheet.name, field: source?.field ?? issue.path.map(String).join('.'), issue: issueKey(issue, expected) },
          source?.address === undefined ? {} : { cell: { sheet: sheet.name, address: source.address } },
        ),
      );
    }
  }
  const complete = !ctx.findings.some((f) => f.severity === 'error');
  const cellOf = (path: string): CellRef | undefined => {
    const at = ctx.sources.get(path)?.address;
    return at === undefined ? undefined : { sheet: sheet.name, address: at };
  };
  return result.success && complete ? { plan: result.data, findings: ctx.findings, cellOf } : { findings: ctx.findings };
}
