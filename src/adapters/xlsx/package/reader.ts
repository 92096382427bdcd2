/**
 * Reads a .xlsx package into a snapshot, streaming each part through saxes: only the values, number
 * formats (to know a date), merges and visibility the parsers need. Sheets are found through the
 * workbook's relationships (any legal part name), elements by local name (any prefix, strict or
 * transitional namespaces). Work and memory grow with the cells read: merged ranges and validations
 * cost by their count, never by the area they cover, and the package has limits on inflated size,
 * cells and sheets.
 */
import { SaxesParser } from 'saxes';
import type { CellValue, SheetSnapshot, SheetVisibility, WorkbookSnapshot } from '../../../workbook/grid';
import { isHighlightFormula } from '../../../workbook/render/highlights';
import { Budget, entryOf, openPackage, PackageLimit, readPartXml, relationshipsOf, relsPartOf, resolveTarget, streamPart, typeIs, ns, type Package } from './opc';
import { attrByLocal, elements, firstElement, prefixFor } from './xml';

export interface ReadLimits {
  /** Bytes inflated from the whole package. */
  readonly inflated: number;
  /** Cells with a value, all sheets together. */
  readonly cells: number;
  /** Cell slots of the grids (rows are dense up to their last cell): bounds a few far-away cells. */
  readonly slots: number;
  readonly sheets: number;
}

export const defaultLimits: ReadLimits = { inflated: 1024 * 1024 * 1024, cells: 5_000_000, slots: 40_000_000, sheets: 5_000 };

export interface PackageSheet {
  readonly name: string;
  readonly sheetId: string;
  readonly relId: string;
  /** Resolved part name; undefined when the relationship is missing. */
  readonly part: string | undefined;
  readonly kind: 'worksheet' | 'other';
  readonly visibility: SheetVisibility;
  /** The sheet holds highlights the add-in drew (conditional formats with its marker formula). */
  readonly ownHighlights: boolean;
}

export interface PackageIndex {
  readonly workbookPart: string;
  readonly sheets: readonly PackageSheet[];
  readonly strict: boolean;
  /** The workbook holds macros (an .xlsm): it must be written under a name Excel opens macros from. */
  readonly macroEnabled: boolean;
}

export interface ReadPackage {
  readonly pkg: Package;
  readonly index: PackageIndex;
  readonly snapshot: WorkbookSnapshot;
}

/** Excel's built-in number formats that show a date or a time. */
const builtinDateFormats = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** A format code shows a date or time when, outside quotes, escapes and [brackets], it has d, m, y, h or s. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/_./g, '')
    .replace(/\*./g, '')
    .replace(/\[(h+|m+|s+)\]/gi, 'h')
    .replace(/\[[^\]]*\]/g, '');
  const section = bare.split(';')[0] ?? '';
  return /[dmyhs]/i.test(section) && !/^general$/i.test(section.trim());
}

/** Strings in OOXML escape characters XML cannot hold as _xHHHH_ (a CR is _x000D_; "_" itself _x005F_). */
export function decodeXString(s: string): string {
  return s.indexOf('_x') < 0 ? s : s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const numberPattern = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;
const emptyRow: readonly CellValue[] = Object.freeze([]);

function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - (date1904 ? 24107 : 25569)) * 86_400_000));
}

/** "C12" → [row 11, col 2]; column letters and row digits in either case; undefined if it is not an address. */
function parseRef(ref: string): [number, number] | undefined {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  if (i === 0 || i === ref.length || col > 16_384) return undefined;
  let row = 0;
  for (; i < ref.length; i++) {
    const d = ref.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    row = row * 10 + d;
  }
  if (row < 1 || row > 1_048_576) return undefined;
  return [row - 1, col - 1];
}

const localCache = new Map<string, string>();
function local(name: string): string {
  let l = localCache.get(name);
  if (l === undefined) {
    const i = name.indexOf(':');
    l = i < 0 ? name : name.slice(i + 1);
    if (localCache.size < 10_000) localCache.set(name, l);
  }
  return l;
}

interface Counters {
  cells: number;
  slots: number;
}

interface SheetContext {
  readonly strings: readonly string[];
  readonly dateStyles: ReadonlySet<number>;
  readonly date1904: boolean;
  readonly limits: ReadLimits;
  readonly counters: Counters;
  readonly budget: Budget;
}

/** The value a cell holds, as Excel shows it: typed by `t`, a number as a date when its format is one. */
function cellValue(t: string, v: string, hasV: boolean, inline: string | undefined, style: number, ctx: SheetContext): CellValue {
  switch (t) {
    case 's': {
      if (!hasV) return null;
      const i = Number(v);
      const s = Number.isInteger(i) ? ctx.strings[i] : undefined;
      return s ?? null;
    }
    case 'inlineStr':
      return inline === undefined ? (hasV ? decodeXString(v) : null) : inline;
    case 'str':
      return hasV ? decodeXString(v) : null;
    case 'b': {
      const b = v.trim().toLowerCase();
      return b === '1' || b === 'true' ? true : b === '0' || b === 'false' ? false : hasV ? v : null;
    }
    case 'e':
      return hasV ? { error: v.trim() } : null;
    case 'd': {
      if (!hasV || v.trim() === '') return null;
      // An ISO date; a time alone is a time of day on Excel's day zero.
      const text = v.trim();
      const iso = /^\d{2}:\d{2}/.test(text) ? `1899-12-30T${text}` : text;
      const d = new Date(/[zZ]|[+-]\d{2}:?\d{2}$/.test(iso) || !iso.includes('T') ? iso : `${iso}Z`);
      return Number.isNaN(d.getTime()) ? text : d;
    }
    default: {
      if (!hasV) return inline ?? null;
      // Only a plain decimal number is a number: "4,5", "1E+400" or "NaN" stay text, so the
      // parsers report them at their cell instead of reading 4 or an infinity.
      if (!numberPattern.test(v)) return v.trim() === '' ? null : v;
      const n = Number(v);
      if (!Number.isFinite(n)) return v.trim();
      return ctx.dateStyles.has(style) ? serialToDate(n, ctx.date1904) : n;
    }
  }
}

async function readSheet(pkg: Package, part: string, ctx: SheetContext): Promise<{ rows: CellValue[][]; merges: string[]; ownHighlights: boolean }> {
  const entry = entryOf(pkg, part);
  const rows: CellValue[][] = [];
  const merges: string[] = [];
  let ownHighlights = false;
  if (!entry) return { rows, merges, ownHighlights };
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  let row = -1;
  let col = -1;
  let t = '';
  let style = 0;
  let v = '';
  let hasV = false;
  let inline: string | undefined;
  let capture: 'v' | 't' | 'formula' | '' = '';
  let inIs = false;
  let skipDepth = 0; // inside <rPh> (phonetic runs are not the cell's text)
  let inCell = false;
  let inData = false;
  let formula = '';
  let failure: Error | undefined;
  const { counters, limits } = ctx;
  parser.on('error', (e) => {
    failure ??= e;
  });
  parser.on('opentag', (tag) => {
    const name = local(tag.name);
    if (skipDepth > 0) {
      if (!tag.isSelfClosing) skipDepth++;
      return;
    }
    switch (name) {
      case 'sheetData':
        inData = true;
        return;
      case 'row': {
        if (!inData) return;
        const r = tag.attributes.r;
        const n = r === undefined ? NaN : Number(r);
        row = Number.isInteger(n) && n >= 1 && n <= 1_048_576 ? n - 1 : row + 1;
        col = -1;
        return;
      }
      case 'c': {
        if (!inData) return;
        const ref = tag.attributes.r;
        const at = ref === undefined ? undefined : parseRef(ref);
        if (at) {
          row = at[0];
          col = at[1];
        } else {
          if (row < 0) row = 0;
          col++;
        }
        t = tag.attributes.t ?? 'n';
        const s = tag.attributes.s;
        style = s === undefined ? 0 : Number(s);
        v = '';
        hasV = false;
        inline = undefined;
        inCell = !tag.isSelfClosing;
        return;
      }
      case 'v':
        if (inCell) {
          capture = 'v';
          hasV = true;
        }
        return;
      case 'is':
        if (inCell) {
          inIs = true;
          inline = '';
        }
        return;
      case 't':
        if (inIs) capture = 't';
        return;
      case 'rPh':
        if (!tag.isSelfClosing) skipDepth = 1;
        return;
      case 'mergeCell': {
        const ref = tag.attributes.ref;
        if (ref) merges.push(ref.toUpperCase());
        return;
      }
      case 'formula':
        if (!ownHighlights) {
          capture = 'formula';
          formula = '';
        }
        return;
      default:
        return;
    }
  });
  parser.on('text', (text) => {
    if (capture === 'v') v += text;
    else if (capture === 't') inline += text;
    else if (capture === 'formula') formula += text;
  });
  parser.on('closetag', (tag) => {
    if (skipDepth > 0) {
      skipDepth--;
      return;
    }
    const name = local(tag.name);
    switch (name) {
      case 'v':
      case 't':
        capture = '';
        return;
      case 'is':
        inIs = false;
        if (inline !== undefined) inline = decodeXString(inline);
        return;
      case 'sheetData':
        inData = false;
        return;
      case 'formula':
        if (capture === 'formula' && isHighlightFormula(formula.trim())) ownHighlights = true;
        capture = '';
        return;
      case 'c': {
        if (!inData) return;
        inCell = false;
        const value = cellValue(t, v, hasV, inline, style, ctx);
        if (value === null) return;
        if (++counters.cells > limits.cells) throw new PackageLimit('cells', limits.cells);
        let cells = rows[row];
        if (cells === undefined) {
          cells = [];
          rows[row] = cells;
        }
        if (col >= cells.length) {
          counters.slots += col + 1 - cells.length;
          if (counters.slots > limits.slots) throw new PackageLimit('cells', limits.cells);
        }
        cells[col] = value;
        return;
      }
      default:
        return;
    }
  });
  await streamPart(entry, ctx.budget, (text) => {
    if (failure) return;
    parser.write(text);
  });
  if (!failure) parser.close();
  if (failure) throw failure;
  counters.slots += rows.length;
  if (counters.slots > limits.slots) throw new PackageLimit('cells', limits.cells);
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r];
    if (cells === undefined) {
      rows[r] = emptyRow as CellValue[];
      continue;
    }
    for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = null;
  }
  clearMergedFollowers(rows, merges);
  merges.sort();
  return { rows, merges, ownHighlights };
}

/**
 * Only the top-left cell of a merged range holds its value (Excel shows nothing else); a value
 * left under the others would count twice. Visits only the rows that exist, so a range over the
 * whole sheet costs its cells, not its area.
 */
function clearMergedFollowers(rows: CellValue[][], merges: readonly string[]): void {
  if (merges.length === 0) return;
  const filled: number[] = [];
  for (let r = 0; r < rows.length; r++) if ((rows[r]?.length ?? 0) > 0) filled.push(r);
  let work = 0;
  const budget = 4 * (filled.length + merges.length) + 1_000_000;
  for (const m of merges) {
    const [a = '', b = a] = m.split(':');
    const from = parseRef(a.replace(/\$/g, ''));
    const to = parseRef(b.replace(/\$/g, ''));
    if (!from || !to) continue;
    const top = Math.min(from[0], to[0]);
    const bottom = Math.max(from[0], to[0]);
    const left = Math.min(from[1], to[1]);
    const right = Math.max(from[1], to[1]);
    let lo = 0;
    let hi = filled.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((filled[mid] ?? 0) < top) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < filled.length && (filled[i] ?? Infinity) <= bottom; i++) {
      const r = filled[i] ?? 0;
      const cells = rows[r];
      if (!cells) continue;
      for (let c = left; c <= right && c < cells.length; c++) {
        if (++work > budget) return; // overlapping ranges (not a valid file): stop, never hang
        if (r === top && c === left) continue;
        cells[c] = null;
      }
    }
  }
}

async function readSharedStrings(pkg: Package, part: string | undefined, budget: Budget): Promise<string[]> {
  const strings: string[] = [];
  const entry = part === undefined ? undefined : entryOf(pkg, part);
  if (!entry) return strings;
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  let current = '';
  let inSi = false;
  let capture = false;
  let skipDepth = 0;
  let failure: Error | undefined;
  parser.on('error', (e) => {
    failure ??= e;
  });
  parser.on('opentag', (tag) => {
    if (skipDepth > 0) {
      if (!tag.isSelfClosing) skipDepth++;
      return;
    }
    const name = local(tag.name);
    if (name === 'si') {
      inSi = true;
      current = '';
      if (tag.isSelfClosing) strings.push('');
    } else if (name === 't' && inSi) capture = !tag.isSelfClosing;
    else if (name === 'rPh' && !tag.isSelfClosing) skipDepth = 1;
  });
  parser.on('text', (text) => {
    if (capture) current += text;
  });
  parser.on('closetag', (tag) => {
    if (skipDepth > 0) {
      skipDepth--;
      return;
    }
    const name = local(tag.name);
    if (name === 't') capture = false;
    else if (name === 'si') {
      strings.push(decodeXString(current));
      inSi = false;
    }
  });
  await streamPart(entry, budget, (text) => {
    if (!failure) parser.write(text);
  });
  if (!failure) parser.close();
  if (failure) throw failure;
  return strings;
}

async function readDateStyles(pkg: Package, part: string | undefined, budget: Budget): Promise<Set<number>> {
  const dates = new Set<number>();
  const doc = part === undefined ? undefined : await readPartXml(pkg, part, budget);
  if (!doc) return dates;
  const custom = new Map<number, string>();
  const numFmts = firstElement(doc.root, 'numFmts');
  for (const f of numFmts ? elements(numFmts, 'numFmt') : []) custom.set(Number(f.attrs.numFmtId), f.attrs.formatCode ?? '');
  const xfs = firstElement(doc.root, 'cellXfs');
  (xfs ? elements(xfs, 'xf') : []).forEach((xf, i) => {
    const id = Number(xf.attrs.numFmtId ?? 0);
    const code = custom.get(id);
    if (code !== undefined ? isDateFormat(code) : builtinDateFormats.has(id)) dates.add(i);
  });
  return dates;
}

function visibilityOf(state: string | undefined): SheetVisibility {
  const s = (state ?? '').toLowerCase();
  return s === 'veryhidden' ? 'veryHidden' : s === 'hidden' ? 'hidden' : 'visible';
}

export class NotAWorkbook extends Error {}

export async function readPackage(bytes: Uint8Array | ArrayBuffer, limits: ReadLimits = defaultLimits): Promise<ReadPackage> {
  let pkg: Package;
  try {
    pkg = await openPackage(bytes);
  } catch (e) {
    throw new NotAWorkbook(e instanceof Error ? e.message : String(e));
  }
  const budget = new Budget(limits.inflated);
  const rootRels = relationshipsOf(await readPartXml(pkg, '_rels/.rels', budget));
  const officeDocument = rootRels.find((r) => !r.external && typeIs(r.type, 'officeDocument'));
  const workbookPart = officeDocument ? resolveTarget('', officeDocument.target) : 'xl/workbook.xml';
  const workbook = await readPartXml(pkg, workbookPart, budget);
  if (!workbook || local(workbook.root.name) !== 'workbook') throw new NotAWorkbook(`no workbook part (${workbookPart})`);
  const strict = prefixFor(workbook.root, [ns.mainStrict]) !== undefined;
  const types = await readPartXml(pkg, '[Content_Types].xml', budget);
  const workbookType = types ? elements(types.root, 'Override').find((o) => (o.attrs.PartName ?? '').replace(/^\/+/, '').toLowerCase() === workbookPart.toLowerCase())?.attrs.ContentType : undefined;
  const macroEnabled = (workbookType ?? '').toLowerCase().includes('macroenabled');
  const rels = relationshipsOf(await readPartXml(pkg, relsPartOf(workbookPart), budget));
  const relById = new Map(rels.map((r) => [r.id, r]));
  const partOfType = (type: string): string | undefined => {
    const r = rels.find((x) => !x.external && typeIs(x.type, type));
    return r ? resolveTarget(workbookPart, r.target) : undefined;
  };
  const workbookPr = firstElement(workbook.root, 'workbookPr');
  const date1904 = ['1', 'true'].includes((workbookPr?.attrs.date1904 ?? '').toLowerCase());
  const sheetsEl = firstElement(workbook.root, 'sheets');
  const sheetEls = sheetsEl ? elements(sheetsEl, 'sheet') : [];
  if (sheetEls.length > limits.sheets) throw new PackageLimit('sheets', limits.sheets);
  const [strings, dateStyles] = [await readSharedStrings(pkg, partOfType('sharedStrings'), budget), await readDateStyles(pkg, partOfType('styles'), budget)];
  const ctx: SheetContext = { strings, dateStyles, date1904, limits, counters: { cells: 0, slots: 0 }, budget };
  const sheets: PackageSheet[] = [];
  const snapshots: SheetSnapshot[] = [];
  for (const el of sheetEls) {
    const relId = attrByLocal(el, 'id', true) ?? '';
    const rel = relById.get(relId);
    const part = rel && !rel.external ? resolveTarget(workbookPart, rel.target) : undefined;
    // Chart sheets, dialog and macro sheets have no cells to read; the writer carries them as they are.
    const kind = rel === undefined || typeIs(rel.type, 'worksheet') ? 'worksheet' : 'other';
    const name = el.attrs.name ?? '';
    const visibility = visibilityOf(el.attrs.state);
    let ownHighlights = false;
    if (kind === 'worksheet') {
      const read = part === undefined ? { rows: [], merges: [], ownHighlights: false } : await readSheet(pkg, part, ctx);
      ownHighlights = read.ownHighlights;
      snapshots.push({ name, visibility, rows: read.rows, merges: read.merges });
    }
    sheets.push({ name, sheetId: el.attrs.sheetId ?? '', relId, part, kind, visibility, ownHighlights });
  }
  return { pkg, index: { workbookPart, sheets, strict, macroEnabled }, snapshot: { sheets: snapshots } };
}
