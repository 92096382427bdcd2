/** The title sections of the «Kế hoạch» sheet: titles, their conditions and quotas. */
import { finding } from '../../domain/findings';
import { foldKey } from '../../domain/text/normalize';
import { eligibility } from '../../i18n/vi/eligibility';
import { address } from '../grid';
import { conditionColumns, conditionKindKeywords, quotaKindKeywords, titleKindKeywords, type TitleColumn, type TitleQuotaColumn } from '../plan-contract';
import { keyword, parseBoolean, parseInteger, parseList, parsePercent, parseText } from './cells';
import { cellRef, compact, type Context, type Draft, take } from './context';
import { rowIsEmpty, type Table } from './sections';
import { nonEmpty, readRows } from './table';

// titles, their conditions and quotas

export const et = eligibility.planSheet;
export const parseTitleKind = keyword(titleKindKeywords);
export const parseConditionKind = keyword(conditionKindKeywords);
export const parseQuotaKind = keyword(quotaKindKeywords);
export const conditionKeys = conditionColumns.map((spec) => spec.key);

export function readConditions(ctx: Context, table: Table<(typeof conditionKeys)[number]>, titleIndex: ReadonlyMap<string, number>): Map<number, Draft[]> {
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
