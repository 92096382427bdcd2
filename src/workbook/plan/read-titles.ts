/** The title sections of the «Kế hoạch» sheet: titles, their conditions and quotas. */
import { finding } from '../../domain/findings';
import { foldKey } from '../../domain/text/normalize';
import { eligibility } from '../../i18n/vi/eligibility';
import { planSheet as vi } from '../../i18n/vi/plan-sheet';
import { address } from '../grid';
import { conditionColumns, conditionKindKeywords, quotaKindKeywords, titleColumns, titleKindKeywords, titleQuotaColumns } from '../plan-contract';
import { keyword, parseBoolean, parseInteger, parseList, parsePercent, parseText } from './cells';
import { cellRef, compact, type Context, type Draft, take } from './context';
import { rowIsEmpty, type Table } from './sections';

// issue 5a: titles, their conditions and quotas

export const et = eligibility.planSheet;
export const parseTitleKind = keyword(titleKindKeywords);
export const parseConditionKind = keyword(conditionKindKeywords);
export const parseQuotaKind = keyword(quotaKindKeywords);
export const titleKeys = titleColumns.map((spec) => spec.key);
export const conditionKeys = conditionColumns.map((spec) => spec.key);
export const titleQuotaKeys = titleQuotaColumns.map((spec) => spec.key);

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

export function readTitles(ctx: Context, table: Table<(typeof titleKeys)[number]>, conditions: Table<(typeof conditionKeys)[number]> | undefined): Draft[] {
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

export function readTitleQuotas(ctx: Context, table: Table<(typeof titleQuotaKeys)[number]>): Draft[] {
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
