/** The scoring sections of the «Kế hoạch» sheet: settings, criteria, bands, unit awards, ratio rules and tie-breaks. */
import { planSheet as vi } from '../../i18n/vi/plan-sheet';
import { finding } from '../../domain/findings';
import { codeKey, structuralParentKey } from '../../domain/plan/codes';
import { structuralParentIn } from '../../domain/plan/tree';
import { type TieBreak } from '../../domain/plan/schema';
import { cleanText, foldKey } from '../../domain/text/normalize';
import { address, cellAt, cellText } from '../grid';
import { labelMatcher } from '../headers';
import { type CriteriaColumn, planSettings, type SettingSpec, type BandColumn, type RatioColumn, type UnitAwardColumn } from '../plan-contract';
import { ok, parseBandScore, parseBoolean, parseCode, parseComparison, parseInteger, parseKind, parseList, parseMethod, parseNumber, parsePercent, parseQuota, parseSteps, parseSubject, parseText, parseTieBreak, parseWarnBelow, settingParsers, unreadable, type QuotaDraft } from './cells';
import { cellRef, compact, type Context, type Draft, take } from './context';
import { type Table } from './sections';
import { nonEmpty, readRows, type RowParser } from './table';

// The six sections

export function settingLabel(setting: SettingSpec): string {
  return setting.aliases[0] ?? setting.key;
}

export const matchSetting = labelMatcher(planSettings.map((setting) => ({ value: setting, aliases: setting.aliases })));

export const settingWords = planSettings.flatMap((setting) =>
  setting.aliases.map((alias) => ({ label: settingLabel(setting), words: new Set(foldKey(alias).split(' ').filter((w) => w !== '')) })),
);

/** The settings whose names share most words with a name the software does not know (at least half), all of them when tied. */
export function nearestSetting(text: string): string | undefined {
  const words = new Set(foldKey(text).split(' ').filter((w) => w !== ''));
  let best = 0.5;
  let labels: string[] = [];
  for (const candidate of settingWords) {
    const shared = [...words].filter((w) => candidate.words.has(w)).length;
    const score = shared / new Set([...words, ...candidate.words]).size;
    if (score > best) {
      best = score;
      labels = [candidate.label];
    } else if (score === best && !labels.includes(candidate.label)) labels.push(candidate.label);
  }
  return labels.length === 0 ? undefined : labels.join('», «');
}

export function readInfo(ctx: Context, table: Table<'key' | 'value' | 'hint'>): Draft {
  const info: Draft = {};
  const seen = new Set<string>();
  for (const row of table.rows) {
    const keyCol = table.columns.key;
    const keyText = keyCol === undefined ? '' : cleanText(cellText(cellAt(ctx.sheet, row, keyCol)));
    const setting = matchSetting(keyText);
    if (setting === undefined) {
      // A setting the software does not know would be ignored without a word: «Kiểu xếp hạng» for «Cách xếp hạng».
      if (keyText !== '' && keyCol !== undefined) {
        const value = table.columns.value === undefined ? '' : cleanText(cellText(cellAt(ctx.sheet, row, table.columns.value)));
        const suggestion = nearestSetting(keyText);
        ctx.findings.push(finding('PLAN_SETTING_UNKNOWN', { setting: keyText, value, ...(suggestion ? { suggestion } : {}) }, { cell: cellRef(ctx, row, keyCol) }));
      }
      continue;
    }
    // A setting written twice keeps its first row.
    if (seen.has(setting.key)) continue;
    seen.add(setting.key);
    info[setting.key] = take(ctx, row, table.columns.value, `info.${setting.key}`, settingLabel(setting), settingParsers[setting.type]);
  }
  return compact(info);
}

/** «Ngưỡng cảnh báo»: a share of the maximum as written, or points («3 điểm») as that share of the row's maximum. */
const parseWarnFraction: RowParser<CriteriaColumn> = (value, { maxPoints }) => {
  const read = parseWarnBelow(value);
  if (!read.ok || read.value === undefined) return read;
  if ('fraction' in read.value) return ok(read.value.fraction);
  const { points } = read.value;
  return typeof maxPoints === 'number' && maxPoints > 0 && points <= maxPoints ? ok(points / maxPoints) : unreadable;
};

/** Only «không giới hạn» is written; a blank cell is the default cap (the maximum). */
const uncappedToCapped = (uncapped: unknown): false | undefined => (uncapped === true ? false : undefined);

/**
 * Every criteria column but the code, in the order the cells were always read (so the findings of
 * one row keep their order); a column added to the contract and not read here does not compile.
 */
const criteriaParsers: Readonly<Record<Exclude<CriteriaColumn, 'code'>, RowParser<CriteriaColumn>>> = {
  maxPoints: parseNumber,
  group: parseCode,
  text: parseText,
  kind: parseKind,
  method: parseMethod,
  target: parseNumber,
  targetUnit: parseText,
  mandatory: parseBoolean,
  warnBelow: parseWarnFraction,
  steps: parseSteps,
  pointsPerCase: parseNumber,
  uncapped: parseBoolean,
  gate: parseBoolean,
  sectionBonusCap: parseNumber,
  sectionDeductionCap: parseNumber,
  sectionAdjustmentCap: parseNumber,
};

export function readCriteria(ctx: Context, table: Table<CriteriaColumn>): Draft[] {
  const criteria = readRows<CriteriaColumn>(ctx, table, {
    section: 'criteria',
    nameColumn: 'code',
    nameParser: parseCode,
    parsers: criteriaParsers,
    // A row with only a «Nhóm» or a yes/no mark is not a criterion.
    markers: ['group', 'uncapped', 'gate'],
    headers: vi.columns.criteria,
    label: vi.fields.criterion,
    paths: { uncapped: 'capped' },
    shape: ({ group, uncapped, gate, ...rest }) => ({ ...rest, group: nonEmpty(group), capped: uncappedToCapped(uncapped), gate: gate === true ? true : undefined }),
  });
  return dropImpliedGroups(criteria);
}

/**
 * «Nhóm» as the renderer writes it for reading: a parent the code's structure already implies (the
 * criteria tree's nearest ancestor in the plan, else the code's own parent) is not kept, so only a
 * parent the code does not say («1» under «TC1») becomes part of the plan.
 */
export function dropImpliedGroups(criteria: Draft[]): Draft[] {
  const keys = new Set(criteria.flatMap((c) => (typeof c.code === 'string' && codeKey(c.code) !== undefined ? [codeKey(c.code) as string] : [])));
  for (const c of criteria) {
    if (typeof c.group !== 'string' || typeof c.code !== 'string') continue;
    const key = codeKey(c.code);
    const group = codeKey(c.group);
    if (key === undefined || group === undefined) continue;
    if (group === (structuralParentIn(key, keys) ?? structuralParentKey(key))) delete c.group;
  }
  return criteria;
}

export function readBands(ctx: Context, table: Table<BandColumn>): Draft[] {
  return readRows<BandColumn>(ctx, table, {
    section: 'bands',
    nameColumn: 'name',
    // «Điều kiện» is written for reading and never read back.
    parsers: { minScore: parseBandScore, minCriterionRatio: parsePercent, requiresMandatory: parseBoolean },
    headers: vi.columns.bands,
    label: vi.fields.band,
    // «trên 90» is the threshold and its strictness.
    shape: ({ minScore, ...rest }) => ({ ...rest, ...(minScore ?? {}) }),
  });
}

export function readUnitAwards(ctx: Context, table: Table<UnitAwardColumn>): Draft[] {
  return readRows<UnitAwardColumn>(ctx, table, {
    section: 'unitAwards',
    nameColumn: 'form',
    parsers: { quota: parseQuota, atLeastOne: parseBoolean, minBand: parseText, level: parseText, minScore: parseNumber, leaderOnly: parseBoolean, order: parseInteger },
    headers: vi.columns.unitAwards,
    label: vi.fields.unitAward,
    paths: { atLeastOne: 'quota.atLeastOne' },
    shape: ({ quota, atLeastOne, minBand, ...rest }) => {
      const q = quota as QuotaDraft | undefined;
      // «Tối thiểu 1» only means something for a percentage.
      return { ...rest, quota: q?.kind === 'percent' ? compact({ ...q, atLeastOne }) : q, minBand: nonEmpty(minBand) };
    },
  });
}

export function readRatioRules(ctx: Context, table: Table<RatioColumn>): Draft[] {
  return readRows<RatioColumn>(ctx, table, {
    section: 'ratioRules',
    nameColumn: 'name',
    parsers: { levels: parseList, subject: parseSubject, comparison: parseComparison, ratio: parsePercent, pooled: parseBoolean },
    headers: vi.columns.ratioRules,
    label: vi.fields.ratioRule,
  });
}

export function readTieBreaks(ctx: Context, table: Table<'order' | 'rule'>): Draft[] {
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
