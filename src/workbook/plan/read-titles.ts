/** The title sections of the «Kế hoạch» sheet: titles, their conditions and quotas. */
import { finding } from '../../domain/findings';
import { foldKey } from '../../domain/text/normalize';
import { eligibility } from '../../i18n/vi/eligibility';
import { conditionColumns, conditionKindKeywords, quotaKindKeywords, titleKindKeywords, type TitleColumn, type TitleQuotaColumn } from '../plan-contract';
import { keyword, parseBoolean, parseInteger, parseList, parsePercent, parseText } from './cells';
import { cellRef, type Context, type Draft } from './context';
import { type Table } from './sections';
import { nonEmpty, readPlacedRows, readRows } from './table';

// titles, their conditions and quotas

export const et = eligibility.planSheet;
export const parseTitleKind = keyword(titleKindKeywords);
export const parseConditionKind = keyword(conditionKindKeywords);
export const parseQuotaKind = keyword(quotaKindKeywords);
export const conditionKeys = conditionColumns.map((spec) => spec.key);

export function readConditions(ctx: Context, table: Table<(typeof conditionKeys)[number]>, titleIndex: ReadonlyMap<string, number>): Map<number, Draft[]> {
  const counts = new Map<number, number>();
  const rows = readPlacedRows<(typeof conditionKeys)[number]>(ctx, table, {
    section: 'conditionRows',
    nameColumn: 'title',
    parsers: { kind: parseConditionKind, route: parseInteger, ref: parseText, years: parseInteger, count: parseInteger, share: parsePercent, strict: parseBoolean, level: parseText },
    headers: et.columns.conditions,
    // Conditions are named by their row: several rows share a title.
    label: (_name, column, row) => et.fields.condition(row + 1, column),
    place: (id, row) => {
      const index = titleIndex.get(foldKey(id));
      if (index === undefined) {
        // A condition of a title that is not listed would be dropped silently: say so at its cell.
        ctx.findings.push(finding('PLAN_SETTING_UNREADABLE', { setting: et.fields.condition(row + 1, et.columns.conditions.title), value: id }, { cell: cellRef(ctx, row, table.columns.title ?? 0) }));
        return undefined;
      }
      const n = counts.get(index) ?? 0;
      counts.set(index, n + 1);
      return `titles.${index}.conditions.${n}`;
    },
    // The title is where the row goes, not a field of the condition.
    shape: ({ title: _title, level, ...rest }) => ({ ...rest, level: nonEmpty(level) }),
  });
  const byTitle = new Map<number, Draft[]>();
  for (const { draft, name } of rows) {
    const index = titleIndex.get(foldKey(name));
    if (index === undefined) continue;
    byTitle.set(index, [...(byTitle.get(index) ?? []), draft]);
  }
  return byTitle;
}

export function readTitles(ctx: Context, table: Table<TitleColumn>, conditions: Table<(typeof conditionKeys)[number]> | undefined): Draft[] {
  const titles = readRows<TitleColumn>(ctx, table, {
    section: 'titles',
    nameColumn: 'id',
    parsers: { source: parseText, name: parseText, aliases: parseList, kind: parseTitleKind, level: parseText, voteShare: parsePercent, voteStrict: parseBoolean },
    headers: et.columns.titles,
    label: et.fields.title,
    shape: ({ source, ...rest }) => ({ ...rest, source: nonEmpty(source) }),
  });
  if (conditions) {
    // Conditions name their title by its id; the first title of an id takes them.
    const index = new Map<string, number>();
    titles.forEach((t, i) => {
      const id = typeof t.id === 'string' ? foldKey(t.id) : '';
      if (id !== '' && !index.has(id)) index.set(id, i);
    });
    for (const [i, list] of readConditions(ctx, conditions, index)) {
      const title = titles[i];
      if (title) title.conditions = list;
    }
  }
  return titles;
}

export function readTitleQuotas(ctx: Context, table: Table<TitleQuotaColumn>): Draft[] {
  return readRows<TitleQuotaColumn>(ctx, table, {
    section: 'titleQuotas',
    nameColumn: 'name',
    parsers: { kind: parseQuotaKind, limited: parseText, base: parseText, share: parsePercent, orBetter: parseBoolean, enabled: parseBoolean },
    headers: et.columns.titleQuotas,
    label: et.fields.titleQuota,
    // A blank «Áp dụng» cell turns the rule off (as written for the 15% rule).
    shape: ({ enabled, ...rest }) => ({ ...rest, enabled: enabled ?? false }),
  });
}
