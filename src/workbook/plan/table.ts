/**
 * One reader for the plan sheet's tables of rows (criteria, bands, unit awards, ratio rules, titles,
 * quotas): each row that holds data becomes one draft, every cell read by its column's parser, each
 * field remembered with its cell so a schema issue is reported where it was typed.
 */
import { planSheet as vi } from '../../i18n/vi/plan-sheet';
import { address, type CellValue } from '../grid';
import { parseText, type CellParser, type Parsed } from './cells';
import { compact, take, type Context, type Draft } from './context';
import { rowIsEmpty, type Table } from './sections';

/**
 * A column's parser; it may read the values of the columns read before it in the same row (a
 * warning threshold in points is a share of the row's maximum). A value it cannot take is reported
 * at its cell like any unreadable value.
 */
export type RowParser<K extends string> = (value: CellValue, earlier: Readonly<Partial<Record<K, unknown>>>) => Parsed<unknown>;

export interface RowReading<K extends string> {
  /** The plan path of the rows («bands» → bands.0, bands.1 …). */
  readonly section: string;
  /** The column naming a row in messages («Xếp loại Tốt – Từ điểm»): read first. */
  readonly nameColumn: K;
  /** How the name is read: as text unless given (a criterion's code). */
  readonly nameParser?: CellParser<string>;
  /** Each other column's parser, in reading order; columns not listed are not read (notes, conditions). */
  readonly parsers: Readonly<Partial<Record<K, RowParser<K>>>>;
  /** Columns read but that alone do not make a row (a «Nhóm» or a yes/no mark with nothing else). */
  readonly markers?: readonly K[];
  /** Column headers as written, for messages. */
  readonly headers: Readonly<Record<K, string>>;
  /** «Xếp loại {name} – {column}» (the 0-based sheet row, for rows named by their number). */
  readonly label: (name: string, column: string, row: number) => string;
  /**
   * Where the row goes in the plan, from its name: `section.N` (the N-th row read) unless given — a
   * condition goes under its title («titles.2.conditions.0»). Undefined skips the row; the callback
   * says why at its cell.
   */
  readonly place?: (name: string, row: number) => string | undefined;
  /** A field's plan path inside its row when it is not the column's key («quota.atLeastOne»). */
  readonly paths?: Readonly<Partial<Record<K, string>>>;
  /** The draft from the values read (as read, blanks dropped, when not given). */
  readonly shape?: (values: Partial<Record<K, unknown>>) => Draft;
}

export function readRows<K extends string>(ctx: Context, table: Table<K>, reading: RowReading<K>): Draft[] {
  return readPlacedRows(ctx, table, reading).map((r) => r.draft);
}

/** The rows read, each with its name and the plan path it was placed at. */
export function readPlacedRows<K extends string>(ctx: Context, table: Table<K>, reading: RowReading<K>): { draft: Draft; name: string; path: string }[] {
  const keys = [reading.nameColumn, ...(Object.keys(reading.parsers) as K[]).filter((k) => k !== reading.nameColumn)];
  const dataKeys = keys.filter((k) => !(reading.markers ?? []).includes(k));
  const placed: { draft: Draft; name: string; path: string }[] = [];
  for (const row of table.rows) {
    if (rowIsEmpty(ctx, row, table, dataKeys)) continue;
    const nameKey = reading.nameColumn;
    const rowName = vi.fields.row(row + 1);
    const counted = `${reading.section}.${placed.length}`;
    const name = take(ctx, row, table.columns[nameKey], `${counted}.${nameKey}`, reading.label(rowName, reading.headers[nameKey], row), reading.nameParser ?? parseText) ?? '';
    const path = reading.place ? reading.place(name, row) : counted;
    if (path === undefined) continue;
    const field = (key: K): string => reading.label(name === '' ? rowName : name, reading.headers[key], row);
    // The row and its name are then called by the name as read («Tiêu chí 1..2 – Mã» for a code the plan refuses).
    const nameSource = { field: field(nameKey), address: address(row, table.columns[nameKey] ?? 0) };
    ctx.sources.set(path, nameSource);
    if (table.columns[nameKey] !== undefined) ctx.sources.set(`${path}.${nameKey}`, nameSource);
    const values: Partial<Record<K, unknown>> = {};
    values[nameKey] = name;
    for (const key of keys) {
      const parse = reading.parsers[key];
      if (key === nameKey || parse === undefined) continue;
      values[key] = take(ctx, row, table.columns[key], `${path}.${reading.paths?.[key] ?? key}`, field(key), (value) => parse(value, values));
    }
    placed.push({ draft: compact(reading.shape ? reading.shape(values) : (values as Draft)), name, path });
  }
  return placed;
}

/** Blank text is no value (an optional name such as «Xếp loại tối thiểu» left empty). */
export function nonEmpty(value: unknown): unknown {
  return value === '' ? undefined : value;
}
