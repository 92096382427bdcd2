/**
 * One reader for the plan sheet's tables of rows (bands, unit awards, ratio rules, titles, quotas):
 * each row that holds data becomes one draft, every cell read by its column's parser, each field
 * remembered with its cell so a schema issue is reported where it was typed.
 */
import { planSheet as vi } from '../../i18n/vi/plan-sheet';
import { address } from '../grid';
import { parseText, type CellParser } from './cells';
import { compact, take, type Context, type Draft } from './context';
import { rowIsEmpty, type Table } from './sections';

export interface RowReading<K extends string> {
  /** The plan path of the rows («bands» → bands.0, bands.1 …). */
  readonly section: string;
  /** The column naming a row in messages («Xếp loại Tốt – Từ điểm»): read as text, first. */
  readonly nameColumn: K;
  /** Each other column's parser, in reading order; columns not listed are not read (notes, conditions). */
  readonly parsers: Readonly<Partial<Record<K, CellParser<unknown>>>>;
  /** Column headers as written, for messages. */
  readonly headers: Readonly<Record<K, string>>;
  /** «Xếp loại {name} – {column}». */
  readonly label: (name: string, column: string) => string;
  /** A field's plan path inside its row when it is not the column's key («quota.atLeastOne»). */
  readonly paths?: Readonly<Partial<Record<K, string>>>;
  /** The draft from the values read (as read, blanks dropped, when not given). */
  readonly shape?: (values: Partial<Record<K, unknown>>) => Draft;
}

export function readRows<K extends string>(ctx: Context, table: Table<K>, reading: RowReading<K>): Draft[] {
  const keys = [reading.nameColumn, ...(Object.keys(reading.parsers) as K[]).filter((k) => k !== reading.nameColumn)];
  const drafts: Draft[] = [];
  for (const row of table.rows) {
    if (rowIsEmpty(ctx, row, table, keys)) continue;
    const path = `${reading.section}.${drafts.length}`;
    const nameKey = reading.nameColumn;
    const rowName = vi.fields.row(row + 1);
    const name = take(ctx, row, table.columns[nameKey], `${path}.${nameKey}`, reading.label(rowName, reading.headers[nameKey]), parseText) ?? '';
    const field = (key: K): string => reading.label(name === '' ? rowName : name, reading.headers[key]);
    ctx.sources.set(path, { field: field(nameKey), address: address(row, table.columns[nameKey] ?? 0) });
    const values: Partial<Record<K, unknown>> = {};
    values[nameKey] = name;
    for (const key of keys) {
      const parse = reading.parsers[key];
      if (key === nameKey || parse === undefined) continue;
      values[key] = take(ctx, row, table.columns[key], `${path}.${reading.paths?.[key] ?? key}`, field(key), parse);
    }
    drafts.push(compact(reading.shape ? reading.shape(values) : (values as Draft)));
  }
  return drafts;
}

/** Blank text is no value (an optional name such as «Xếp loại tối thiểu» left empty). */
export function nonEmpty(value: unknown): unknown {
  return value === '' ? undefined : value;
}
