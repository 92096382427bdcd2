/**
 * The one matcher for what people type as labels: column headers, section headings, setting names
 * and keyword values, in every sheet (input sheets and the «Kế hoạch» sheet). Tolerant: case,
 * spacing and diacritics ignored, old TCVN3 text converted, known aliases, an alias standing at the
 * start of a longer label as whole words («Điểm tự chấm (tối đa 10)» names «Điểm tự chấm»).
 * Aliases are folded once; a cell once through normalize.ts's shared cache, so 2,000 unit sheets are
 * classified in milliseconds.
 */
import { foldCached, foldKey, nameKey } from '../domain/text/normalize';
import { convertLegacy } from '../domain/text/legacy';
import type { CellValue, SheetSnapshot } from './grid';

export interface ColumnSpec<K extends string> {
  readonly key: K;
  /** Header texts that name this column; the first is the canonical one written by the add-in. */
  readonly aliases: readonly string[];
  readonly required: boolean;
}

export interface TableLocation<K extends string> {
  /** 0-based row of the header. */
  readonly headerRow: number;
  /** 0-based column index per key found. */
  readonly columns: Partial<Record<K, number>>;
  readonly missing: readonly K[];
}

/** A label is short: longer text (a criterion's wording, a note) is never folded to be compared with one. */
export const labelLength = 40;

/** Longest text read as a header cell; longer cells are data (criterion texts), never headers. */
const maxHeaderLength = 120;

/**
 * A cell's text as a header key: folded, with old encodings converted. A cell with a colon is a
 * label with its value ("Đơn vị: Trường A"), never a column header.
 */
export function headerKey(value: CellValue): string {
  if (typeof value !== 'string') return typeof value === 'number' ? String(value) : '';
  if (value.length > maxHeaderLength || value.includes(':')) return '';
  return foldCached(convertLegacy(value));
}

/** A label's text as a key: folded, old encodings converted (no length or colon rule: headings, settings). */
function labelKey(text: string): string {
  return foldKey(convertLegacy(text));
}

export interface CompiledColumns<K extends string> {
  readonly specs: readonly ColumnSpec<K>[];
  /** Folded alias → indexes of the specs it names, in spec order. */
  readonly index: ReadonlyMap<string, readonly number[]>;
}

/** Folded alias → indexes of the entries it names, in entry order. */
function aliasIndex(entries: readonly { readonly aliases: readonly string[] }[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  entries.forEach((entry, i) => {
    for (const alias of entry.aliases) {
      const folded = foldKey(alias);
      if (folded === '') continue;
      const list = index.get(folded) ?? [];
      if (!list.includes(i)) list.push(i);
      index.set(folded, list);
    }
  });
  return index;
}

export function compileColumns<K extends string>(specs: readonly ColumnSpec<K>[]): CompiledColumns<K> {
  return { specs, index: aliasIndex(specs) };
}

/** Entries named by a key's whole text, and by its leading words, shortest first. */
function cellHits(cell: string, index: ReadonlyMap<string, readonly number[]>): { exact?: readonly number[]; prefix?: readonly number[] } {
  if (cell === '') return {};
  let prefix: number[] | undefined;
  for (let i = cell.indexOf(' '); i !== -1; i = cell.indexOf(' ', i + 1)) {
    const hits = index.get(cell.slice(0, i));
    if (hits) prefix = [...(prefix ?? []), ...hits];
  }
  return { exact: index.get(cell), prefix };
}

/**
 * Columns named by a row of header keys: exact matches first, then prefix matches (so «Điểm» does
 * not steal «Điểm tối đa»), each spec taking the leftmost free column. One map lookup per cell and word.
 */
export function matchColumns<K extends string>(cells: readonly string[], compiled: CompiledColumns<K>): Partial<Record<K, number>> {
  const found: Partial<Record<K, number>> = {};
  const hits = cells.map((c) => cellHits(c, compiled.index));
  if (hits.every((h) => h.exact === undefined && h.prefix === undefined)) return found;
  const taken = new Set<number>();
  for (const exact of [true, false]) {
    compiled.specs.forEach((spec, i) => {
      if (found[spec.key] !== undefined) return;
      for (let c = 0; c < hits.length; c++) {
        const h = hits[c];
        if (!h || taken.has(c)) continue;
        if (h.exact?.includes(i) || (!exact && h.prefix?.includes(i))) {
          found[spec.key] = c;
          taken.add(c);
          return;
        }
      }
    });
  }
  return found;
}

/** How far down a sheet a header row is looked for (title rows above it are allowed). */
const headerScanRows = 40;

/**
 * Finds the header row that names the most of the given columns (at least `minMatches`, and
 * every required column if any row has them all). Returns undefined when no row qualifies.
 */
export function findTable<K extends string>(
  sheet: SheetSnapshot,
  specs: readonly ColumnSpec<K>[] | CompiledColumns<K>,
  options: { readonly minMatches?: number; readonly fromRow?: number; readonly toRow?: number } = {},
): TableLocation<K> | undefined {
  const compiled = 'index' in specs ? specs : compileColumns(specs);
  const minMatches = options.minMatches ?? Math.min(2, compiled.specs.length);
  const from = options.fromRow ?? 0;
  const to = Math.min(sheet.rows.length, options.toRow ?? from + headerScanRows);
  let best: { row: number; found: Partial<Record<K, number>>; score: number } | undefined;
  for (let row = from; row < to; row++) {
    const cells = (sheet.rows[row] ?? []).map((v) => headerKey(v));
    if (cells.every((c) => c === '')) continue;
    const found = matchColumns(cells, compiled);
    const count = Object.keys(found).length;
    const requiredCount = compiled.specs.filter((s) => s.required && found[s.key] !== undefined).length;
    const score = requiredCount * 1000 + count;
    if (count >= minMatches && (!best || score > best.score)) best = { row, found, score };
  }
  if (!best) return undefined;
  const found = best.found;
  return {
    headerRow: best.row,
    columns: found,
    missing: compiled.specs.filter((s) => s.required && found[s.key] === undefined).map((s) => s.key),
  };
}

export type KeywordIndex<K extends string> = ReadonlyMap<string, K>;

/** A keyword table as a map from folded alias to key (the first key naming an alias wins). */
export function compileKeywords<K extends string>(table: Readonly<Record<K, readonly string[]>>): KeywordIndex<K> {
  const index = new Map<string, K>();
  for (const key of Object.keys(table) as K[]) {
    for (const alias of table[key]) {
      const folded = foldKey(alias);
      if (folded !== '' && !index.has(folded)) index.set(folded, key);
    }
  }
  return index;
}

/**
 * A keyword cell's key: as typed first (symbols such as «≥» fold to nothing, so «≥» and «≤» differ
 * only as typed), then tolerantly through the folded index.
 */
export function keywordMatcher<K extends string>(table: Readonly<Record<K, readonly string[]>>): (text: string) => K | undefined {
  const typed = new Map<string, K>();
  for (const key of Object.keys(table) as K[]) for (const alias of table[key]) if (!typed.has(nameKey(alias))) typed.set(nameKey(alias), key);
  const folded = compileKeywords(table);
  return (text) => typed.get(nameKey(text)) ?? folded.get(labelKey(text));
}

/** Leading numbering of a heading («I.», «2.», «A.») folds to «i », «2 », «a ». */
const enumerator = /^(?:[ivxlc]+|[a-z]|\d+(?: \d+)*) /;

/**
 * A label (a section heading, a setting name) to the entry it names: an alias exactly, else the
 * longest alias standing at its start as whole words («Tiêu chí chấm điểm năm 2024» names «Tiêu chí»),
 * with or without a leading numbering («II. Xếp loại»).
 */
export function labelMatcher<T>(entries: readonly { readonly value: T; readonly aliases: readonly string[] }[]): (text: string) => T | undefined {
  const index = aliasIndex(entries);
  const pick = (key: string): T | undefined => {
    const hits = cellHits(key, index);
    const i = hits.exact?.[0] ?? hits.prefix?.[hits.prefix.length - 1];
    return i === undefined ? undefined : entries[i]?.value;
  };
  return (text) => {
    const key = labelKey(text);
    if (key === '') return undefined;
    const bare = key.replace(enumerator, '');
    return pick(key) ?? (bare === key ? undefined : pick(bare));
  };
}
