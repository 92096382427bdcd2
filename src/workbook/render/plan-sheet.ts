/**
 * Writes a plan as the "Kế hoạch" sheet: a title, then one section per part of the plan, each a
 * heading row and a table. Codes and texts are written as text, never as numbers, so "1.10"
 * stays "1.10"; fractions are written as numbers in [0, 1] with the percent style.
 */
import { crossScoringText } from '../parse/cross-scoring-setting';
import { tieBreakText } from './tie-break-text';
import { planSheet as vi } from '../../i18n/vi/plan-sheet';
import type { Band, Condition, Criterion, Plan, PlanInfo, Quota, RatioRule, Step, StepComparison, TieBreak, Title, TitleQuota, UnitAwardRule } from '../../domain/plan/schema';
import { eligibility } from '../../i18n/vi/eligibility';
import { roundScore } from '../../domain/text/numbers';
import { structuralParentCode } from '../../domain/plan/codes';
import { buildCriteriaTree, keyOf, type CriteriaTree } from '../../domain/plan/tree';
import { columnLetters } from '../grid';
import type { ColumnSpec } from '../headers';
import {
  bandColumns,
  booleanKeywords,
  comparisonKeywords,
  criteriaColumns,
  optionalCriteriaColumns,
  optionalSettings,
  type CriteriaColumn,
  infoColumns,
  kindKeywords,
  methodKeywords,
  overMaxKeywords,
  planSettings,
  planSheetName,
  rankingScoreKeywords,
  rankingStyleKeywords,
  ratioColumns,
  subjectKeywords,
  tieBreakColumns,
  tieBreakKeywords,
  unitAwardColumns,
  type SettingSpec,

  conditionColumns,
  conditionKindKeywords,
  quotaKindKeywords,
  titleColumns,
  titleKindKeywords,
  titleQuotaColumns,
} from '../plan-contract';
import type { OutCell, PageSetup, SheetSpec, StyleName } from '../spec';
import { withRowHeights } from './layout';

/** Widths of columns A…K: the sections share columns, so each width serves the widest use. */
const columnWidths = [24, 9, 52, 12, 10, 16, 10, 11, 9, 11, 22] as const;

/** Nghị định 30/2020 margins; the sheet is read in portrait, scaled to the page width. */
const page: PageSetup = {
  orientation: 'portrait',
  paper: 'A4',
  margins: { top: 20, bottom: 20, left: 30, right: 15 },
  fitToWidth: true,
  pageNumbers: true,
};

const blank: OutCell = { value: '' };
const text = (value: string, style: StyleName = 'cell'): OutCell => ({ value, style });
const center = (value: string): OutCell => text(value, 'cellCenter');
const num = (value: number | undefined): OutCell => ({ value: value ?? '', style: 'number' });
const pct = (value: number | undefined): OutCell => ({ value: value ?? '', style: 'percent' });
const yes = booleanKeywords.yes[0];
const flag = (value: boolean): OutCell => center(value ? yes : '');

/** The written label of a keyword: the first alias in the contract. */
function label<K extends string>(table: Readonly<Record<K, readonly string[]>>, key: K): string {
  return table[key][0] ?? key;
}

/** A number written inside text ("≥2,5: 7", "12,5%"): Vietnamese decimal comma. */
function decimal(value: number): string {
  return String(value).replace('.', ',');
}

const header = <K extends string>(specs: readonly ColumnSpec<K>[]): OutCell[] =>
  specs.map((spec) => text(spec.aliases[0] ?? spec.key, 'tableHeader'));

function section(title: string, head: readonly OutCell[], rows: readonly (readonly OutCell[])[], notes: readonly string[] = []): OutCell[][] {
  // A blank row ends the table before any note, so notes are never read as data.
  const noteRows = notes.map((note) => [text(note, 'note')]);
  return [[text(title, 'sectionHeading')], [...head], ...rows.map((row) => [...row]), [], ...(noteRows.length > 0 ? [...noteRows, []] : [])];
}

// Thông tin chung: Mục (A) | — | Giá trị (C, the wide column) | Ghi chú (D).
function infoRows(info: PlanInfo): OutCell[][] {
  return planSettings.filter((setting) => !optionalSettings.has(setting.key) || info[setting.key] !== undefined).map((setting) => [
    text(setting.aliases[0] ?? setting.key),
    blank,
    settingCell(setting, info),
    text(vi.settingHints[setting.key], 'note'),
  ]);
}

function settingCell(setting: SettingSpec, info: PlanInfo): OutCell {
  const value = info[setting.key];
  switch (setting.type) {
    case 'text':
      return text(typeof value === 'string' ? value : '');
    case 'integer':
    case 'number':
      return num(typeof value === 'number' ? value : undefined);
    case 'percent':
      return pct(typeof value === 'number' ? value : undefined);
    case 'list':
      return text(Array.isArray(value) ? value.join('; ') : '');
    case 'boolean':
      return center(value === true ? yes : booleanKeywords.no[0]);
    case 'rankingScore':
      return center(label(rankingScoreKeywords, info.rankingScore));
    case 'rankingStyle':
      return center(label(rankingStyleKeywords, info.rankingStyle));
    case 'overMax':
      return center(label(overMaxKeywords, info.overMax));
    case 'crossScoring':
      return text(info.crossScoring ? crossScoringText(info.crossScoring) : '');
  }
}

/** «Nhóm»: the parent as the plan gives it, else the one its code implies (written for the reader). */
function parentCode(criterion: Criterion, tree: CriteriaTree): string {
  if (criterion.group !== undefined) return criterion.group;
  const parent = tree.parentOf.get(keyOf(criterion));
  return parent === undefined ? (structuralParentCode(criterion.code) ?? '') : (tree.byKey.get(parent)?.code ?? '');
}

const stepSymbols: Readonly<Record<StepComparison, string>> = { atLeast: '≥', above: '>', atMost: '≤', below: '<' };

/** «≥3: 10; >92: 0,5; <50: 1»: each step's comparison, threshold and points. */
export function formatSteps(steps: readonly Step[]): string {
  return steps.map((step) => `${stepSymbols[step.op ?? 'atLeast']}${decimal(step.from)}: ${decimal(step.points)}`).join('; ');
}

/** The optional criteria columns, each only when some criterion uses it. */
function optionalCriterionCells(criterion: Criterion): Partial<Record<CriteriaColumn, OutCell>> {
  return {
    pointsPerCase: num(criterion.pointsPerCase),
    uncapped: flag(criterion.capped === false),
    gate: flag(criterion.gate === true),
    sectionBonusCap: num(criterion.sectionBonusCap),
    sectionDeductionCap: num(criterion.sectionDeductionCap),
    sectionAdjustmentCap: num(criterion.sectionAdjustmentCap),
  };
}

function usedCriteriaColumns(plan: Plan): ColumnSpec<CriteriaColumn>[] {
  const used = (key: CriteriaColumn): boolean =>
    plan.criteria.some((c) => {
      const cell = optionalCriterionCells(c)[key];
      return cell !== undefined && cell.value !== '';
    });
  return criteriaColumns.filter((spec) => !optionalCriteriaColumns.has(spec.key) || used(spec.key));
}

function criterionRow(criterion: Criterion, tree: CriteriaTree, columns: readonly ColumnSpec<CriteriaColumn>[]): OutCell[] {
  const isGroup = tree.groups.has(keyOf(criterion));
  // A group is the sum of its criteria: "nhập điểm" there would invite typing a score.
  const method = isGroup && criterion.method === 'points' ? '' : label(methodKeywords, criterion.method);
  const optional = optionalCriterionCells(criterion);
  return [
    center(criterion.code),
    center(parentCode(criterion, tree)),
    text(criterion.text),
    center(label(kindKeywords, criterion.kind)),
    num(criterion.maxPoints),
    center(method),
    num(criterion.target),
    center(criterion.targetUnit),
    flag(criterion.mandatory),
    pct(criterion.warnBelow),
    text(formatSteps(criterion.steps)),
    ...columns.flatMap((spec) => (optionalCriteriaColumns.has(spec.key) ? [optional[spec.key] ?? blank] : [])),
  ];
}

export function bandCondition(band: Band): string {
  const parts = [
    band.strict === true ? vi.conditions.aboveScore(band.minScore) : vi.conditions.minScore(band.minScore),
    ...(band.minCriterionRatio === undefined ? [] : [vi.conditions.minCriterionRatio(band.minCriterionRatio)]),
    ...(band.requiresMandatory ? [vi.conditions.requiresMandatory] : []),
  ];
  return parts.join(vi.conditions.separator);
}

function bandRow(band: Band): OutCell[] {
  // A strict threshold is written as words («trên 90»), which the reader takes back as strict.
  const minScore = band.strict === true ? center(`${vi.values.above} ${decimal(band.minScore)}`) : num(band.minScore);
  return [text(band.name), minScore, pct(band.minCriterionRatio), flag(band.requiresMandatory), text(bandCondition(band), 'note')];
}

function quotaCell(quota: Quota): OutCell {
  // A percentage is written as text ("20%") so it cannot be mistaken for a count of units.
  return quota.kind === 'count' ? num(quota.value) : center(`${decimal(roundScore(quota.value * 100))}%`);
}

function unitAwardRow(rule: UnitAwardRule): OutCell[] {
  return [
    text(rule.form),
    center(rule.level),
    quotaCell(rule.quota),
    flag(rule.quota.kind === 'percent' && rule.quota.atLeastOne),
    center(rule.minBand ?? ''),
    num(rule.minScore),
    flag(rule.leaderOnly),
    num(rule.order),
  ];
}

function ratioRow(rule: RatioRule): OutCell[] {
  return [
    text(rule.name),
    center(rule.levels.join('; ')),
    center(label(subjectKeywords, rule.subject)),
    center(label(comparisonKeywords, rule.comparison)),
    pct(rule.ratio),
    flag(rule.pooled),
  ];
}

export function tieBreakLabel(tieBreak: TieBreak): string {
  if (tieBreak.kind === 'women') return tieBreakText(tieBreak);
  return tieBreak.kind === 'groupScore' ? vi.tieBreaks.groupScore(tieBreak.group) : label(tieBreakKeywords, tieBreak.kind);
}

// Thứ tự (A) | — | Tiêu chí phụ (C, the wide column).
const tieBreakHeader = (): OutCell[] => {
  const [order, rule] = header(tieBreakColumns);
  return [order ?? blank, blank, rule ?? blank];
};

export function renderPlanSheet(plan: Plan): SheetSpec {
  const tree = buildCriteriaTree(plan.criteria);
  const usedColumns = usedCriteriaColumns(plan);
  const [infoKey, infoValue, infoHint] = header(infoColumns);
  const rows: OutCell[][] = [
    [text(vi.title, 'title')],
    [text(vi.intro, 'note')],
    [],
    ...section(vi.sections.info, [infoKey ?? blank, blank, infoValue ?? blank, infoHint ?? blank], infoRows(plan.info)),
    ...section(vi.sections.criteria, header(usedColumns), plan.criteria.map((criterion) => criterionRow(criterion, tree, usedColumns)), vi.notes.criteria),
    ...section(vi.sections.bands, header(bandColumns), plan.bands.map(bandRow), vi.notes.bands),
    ...section(vi.sections.unitAwards, header(unitAwardColumns), plan.unitAwards.map(unitAwardRow), vi.notes.unitAwards),
    ...section(vi.sections.ratioRules, header(ratioColumns), plan.ratioRules.map(ratioRow), vi.notes.ratioRules),
    ...section(
      vi.sections.tieBreaks,
      tieBreakHeader(),
      plan.tieBreaks.map((tieBreak, i) => [num(i + 1), blank, text(tieBreakLabel(tieBreak))]),
      vi.notes.tieBreaks,
    ),

    ...titleSections(plan),
  ];
  return withRowHeights({
    name: planSheetName,
    role: 'plan',
    visibility: 'visible',
    rows,
    columnWidths,
    merges: [`A1:${columnLetters(columnWidths.length - 1)}1`],
    page,
  });
}

// titles, their conditions and quotas, one row each (columns placed by their width).
const e = eligibility.planSheet;

/** Cells at fixed columns (A = 0 …), blanks between. */
function placed(cells: Readonly<Record<number, OutCell>>): OutCell[] {
  const last = Math.max(...Object.keys(cells).map(Number));
  return Array.from({ length: last + 1 }, (_, i) => cells[i] ?? blank);
}

function headerAt<K extends string>(specs: readonly ColumnSpec<K>[], at: Readonly<Record<K, number>>): OutCell[] {
  const cells: Record<number, OutCell> = {};
  for (const spec of specs) cells[at[spec.key]] = text(spec.aliases[0] ?? spec.key, 'tableHeader');
  return placed(cells);
}

const titleAt = { name: 0, id: 1, aliases: 2, kind: 3, level: 4, voteShare: 5, voteStrict: 6, source: 10 } as const;
const conditionAt = { title: 0, route: 1, ref: 2, kind: 3, years: 4, count: 5, share: 6, strict: 7, level: 8 } as const;
const quotaAt = { kind: 0, enabled: 1, name: 2, limited: 3, base: 4, share: 5, orBetter: 6 } as const;

function titleRow(t: Title): OutCell[] {
  return placed({
    [titleAt.name]: text(t.name),
    [titleAt.id]: center(t.id),
    [titleAt.aliases]: text(t.aliases.join('; ')),
    [titleAt.kind]: center(label(titleKindKeywords, t.kind)),
    [titleAt.level]: center(t.level),
    [titleAt.voteShare]: pct(t.voteShare),
    [titleAt.voteStrict]: flag(t.voteStrict),
    [titleAt.source]: text(t.source),
  });
}

function conditionRow(t: Title, c: Condition): OutCell[] {
  return placed({
    [conditionAt.title]: center(t.id),
    [conditionAt.route]: num(c.route === 0 ? undefined : c.route),
    [conditionAt.ref]: text(c.ref),
    [conditionAt.kind]: center(label(conditionKindKeywords, c.kind)),
    [conditionAt.years]: num(c.years),
    [conditionAt.count]: num(c.count),
    [conditionAt.share]: pct(c.share),
    [conditionAt.strict]: flag(c.strict),
    [conditionAt.level]: center(c.level),
  });
}

function titleQuotaRow(q: TitleQuota): OutCell[] {
  return placed({
    [quotaAt.kind]: center(label(quotaKindKeywords, q.kind)),
    [quotaAt.enabled]: flag(q.enabled),
    [quotaAt.name]: text(q.name),
    [quotaAt.limited]: center(q.limited),
    [quotaAt.base]: center(q.base),
    [quotaAt.share]: pct(q.share),
    [quotaAt.orBetter]: flag(q.orBetter),
  });
}

function titleSections(plan: Plan): OutCell[][] {
  return [
    ...section(vi.sections.titles, headerAt(titleColumns, titleAt), plan.titles.map(titleRow), e.notes.titles),
    ...section(vi.sections.conditions, headerAt(conditionColumns, conditionAt), plan.titles.flatMap((t) => t.conditions.map((c) => conditionRow(t, c))), e.notes.conditions),
    ...section(vi.sections.titleQuotas, headerAt(titleQuotaColumns, quotaAt), plan.titleQuotas.map(titleQuotaRow), e.notes.titleQuotas),
  ];
}
