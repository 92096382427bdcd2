/** The scoring sections of the «Kế hoạch» sheet: settings, criteria, bands, unit awards, ratio rules and tie-breaks. */
import { planSheet as vi } from '../../i18n/vi/plan-sheet';
import { finding } from '../../domain/findings';
import { codeKey, structuralParentKey } from '../../domain/plan/codes';
import { type TieBreak } from '../../domain/plan/schema';
import { cleanText, foldKey } from '../../domain/text/normalize';
import { address, cellAt, cellText } from '../grid';
import { labelMatcher } from '../headers';
import { type CriteriaColumn, criteriaColumns, planSettings, type SettingSpec, type BandColumn, type RatioColumn, type UnitAwardColumn } from '../plan-contract';
import { parseBandScore, parseBoolean, parseCode, parseComparison, parseInteger, parseKind, parseList, parseMethod, parseNumber, parsePercent, parseQuota, parseSteps, parseSubject, parseText, parseTieBreak, parseWarnBelow, settingParsers, type QuotaDraft } from './cells';
import { cellRef, compact, type Context, type Draft, take } from './context';
import { rowIsEmpty, type Table } from './sections';
import { nonEmpty, readRows } from './table';

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

// A row with only a «Nhóm» or a yes/no mark is not a criterion.
export const criteriaKeys = criteriaColumns.map((spec) => spec.key).filter((key) => key !== 'group' && key !== 'uncapped' && key !== 'gate');

export function readCriteria(ctx: Context, table: Table<CriteriaColumn>): Draft[] {
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
    const maxPoints = take(ctx, row, table.columns.maxPoints, `${path}.maxPoints`, field(c.maxPoints), parseNumber);
    const group = take(ctx, row, table.columns.group, `${path}.group`, field(c.group), parseCode) ?? '';
    criteria.push(
      compact({
        code,
        text: take(ctx, row, table.columns.text, `${path}.text`, field(c.text), parseText),
        kind: take(ctx, row, table.columns.kind, `${path}.kind`, field(c.kind), parseKind),
        maxPoints,
        method: take(ctx, row, table.columns.method, `${path}.method`, field(c.method), parseMethod),
        target: take(ctx, row, table.columns.target, `${path}.target`, field(c.target), parseNumber),
        targetUnit: take(ctx, row, table.columns.targetUnit, `${path}.targetUnit`, field(c.targetUnit), parseText),
        mandatory: take(ctx, row, table.columns.mandatory, `${path}.mandatory`, field(c.mandatory), parseBoolean),
        warnBelow: warnFraction(ctx, row, table.columns.warnBelow, maxPoints, field(c.warnBelow), `${path}.warnBelow`),
        steps: take(ctx, row, table.columns.steps, `${path}.steps`, field(c.steps), parseSteps),
        group: group === '' ? undefined : group,
        pointsPerCase: take(ctx, row, table.columns.pointsPerCase, `${path}.pointsPerCase`, field(c.pointsPerCase), parseNumber),
        // Only «không giới hạn» is written; a blank cell is the default cap (the maximum).
        capped: take(ctx, row, table.columns.uncapped, `${path}.capped`, field(c.uncapped), parseBoolean) === true ? false : undefined,
        gate: take(ctx, row, table.columns.gate, `${path}.gate`, field(c.gate), parseBoolean) === true ? true : undefined,
        sectionBonusCap: take(ctx, row, table.columns.sectionBonusCap, `${path}.sectionBonusCap`, field(c.sectionBonusCap), parseNumber),
        sectionDeductionCap: take(ctx, row, table.columns.sectionDeductionCap, `${path}.sectionDeductionCap`, field(c.sectionDeductionCap), parseNumber),
        sectionAdjustmentCap: take(ctx, row, table.columns.sectionAdjustmentCap, `${path}.sectionAdjustmentCap`, field(c.sectionAdjustmentCap), parseNumber),
      }),
    );
  }
  return dropImpliedGroups(criteria);
}

/**
 * «Nhóm» as the renderer writes it for reading: a parent the code's structure already implies is not
 * kept, so only a parent the code does not say («1» under «TC1») becomes part of the plan.
 */
export function dropImpliedGroups(criteria: Draft[]): Draft[] {
  const keys = new Set(criteria.flatMap((c) => (typeof c.code === 'string' && codeKey(c.code) !== undefined ? [codeKey(c.code) as string] : [])));
  for (const c of criteria) {
    if (typeof c.group !== 'string' || typeof c.code !== 'string') continue;
    const key = codeKey(c.code);
    const group = codeKey(c.group);
    if (key === undefined || group === undefined) continue;
    let implied = structuralParentKey(key);
    for (let p = implied; p !== undefined; p = structuralParentKey(p)) {
      if (keys.has(p)) {
        implied = p;
        break;
      }
    }
    if (group === implied) delete c.group;
  }
  return criteria;
}

/** «Ngưỡng cảnh báo»: a share of the maximum as written, or points («3 điểm») as that share of it. */
export function warnFraction(ctx: Context, row: number, col: number | undefined, maxPoints: number | undefined, field: string, path: string): number | undefined {
  const read = take(ctx, row, col, path, field, parseWarnBelow);
  if (read === undefined) return undefined;
  if ('fraction' in read) return read.fraction;
  if (maxPoints === undefined || maxPoints <= 0 || read.points > maxPoints) {
    ctx.findings.push(finding('PLAN_SETTING_UNREADABLE', { setting: field, value: cellText(cellAt(ctx.sheet, row, col ?? 0)) }, { cell: cellRef(ctx, row, col ?? 0) }));
    return undefined;
  }
  return read.points / maxPoints;
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
