/**
 * The tables of a Word file (.docx) as grids of text rows: word/document.xml read with JSZip and a real XML
 * parser (saxes), never with patterns over the raw XML. Merged cells (w:gridSpan across, w:vMerge down)
 * keep their text in the first cell and leave the others empty; the paragraphs of a cell are its lines;
 * tables nested in a cell are left out; Word's automatic numbering («1.», «a)» drawn by Word, not typed)
 * is counted and written before the text; a table Word continues after a break with the same header is
 * read as one table.
 */
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { cleanText } from '../../domain/text/normalize';
import { findHeader } from './header';
import type { TableGrid, TableRow } from './types';

interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlNode[];
}
type XmlNode = XmlElement | string;

/** Parses XML into a small element tree; throws on XML that is not well formed. */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser();
  const root: XmlElement = { name: '#document', attributes: {}, children: [] };
  const stack: XmlElement[] = [root];
  let error: Error | undefined;
  parser.on('error', (e) => {
    error ??= e;
  });
  parser.on('opentag', (tag) => {
    const el: XmlElement = { name: tag.name, attributes: { ...(tag.attributes as Record<string, string>) }, children: [] };
    stack[stack.length - 1]?.children.push(el);
    if (!tag.isSelfClosing) stack.push(el);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  parser.on('text', (text) => {
    stack[stack.length - 1]?.children.push(text);
  });
  parser.write(xml).close();
  if (error) throw error;
  return root;
}

const elements = (el: XmlElement): XmlElement[] => el.children.filter((c): c is XmlElement => typeof c !== 'string');
const child = (el: XmlElement | undefined, name: string): XmlElement | undefined => (el === undefined ? undefined : elements(el).find((c) => c.name === name));

/**
 * Children of an element as Word lays them out, looking through content controls and change marks
 * (w:sdt/w:sdtContent, w:customXml, w:ins) that may wrap rows, cells, paragraphs and runs.
 */
function flow(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of elements(el)) {
    if (c.name === name) out.push(c);
    else if (c.name === 'w:sdt') {
      const content = child(c, 'w:sdtContent');
      if (content) out.push(...flow(content, name));
    } else if (c.name === 'w:customXml' || c.name === 'w:ins' || c.name === 'w:smartTag' || c.name === 'w:hyperlink' || c.name === 'w:fldSimple') out.push(...flow(c, name));
  }
  return out;
}

/** Text of a run, a paragraph: w:t, tabs and breaks; deleted text (w:delText) is not text. */
function runText(run: XmlElement): string {
  let out = '';
  for (const c of elements(run)) {
    if (c.name === 'w:t') out += c.children.filter((x): x is string => typeof x === 'string').join('');
    else if (c.name === 'w:tab') out += ' ';
    else if (c.name === 'w:br' || c.name === 'w:cr') out += '\n';
    else if (c.name === 'w:noBreakHyphen') out += '-';
    else if (c.name === 'w:sym') out += '';
  }
  return out;
}

/** The label Word draws before a numbered paragraph («1.», «a)», «II.»), counted in document order. */
type Numbering = (p: XmlElement) => string;
const noNumbering: Numbering = () => '';

function paragraphText(p: XmlElement, numbering: Numbering): string {
  const label = numbering(p);
  const text = flow(p, 'w:r').map(runText).join('');
  return label === '' ? text : `${label} ${text}`;
}

function roman(n: number): string {
  const table: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  let rest = n;
  for (const [value, letters] of table) while (rest >= value) {
    out += letters;
    rest -= value;
  }
  return out;
}

function letters(n: number): string {
  // Word repeats the letter past z: «aa», «bb».
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    default:
      return String(n);
  }
}

/**
 * Word's automatic numbering (word/numbering.xml): each list (w:num) counts its levels in document order,
 * a level resets the deeper ones, and the level's text («%1.%2») is filled with the counts. Bullets give no label.
 */
function readNumbering(root: XmlElement | undefined): Numbering {
  const numbering = child(root, 'w:numbering');
  if (!numbering) return noNumbering;
  const abstracts = new Map<string, Map<number, { start: number; format: string; text: string }>>();
  for (const a of elements(numbering).filter((e) => e.name === 'w:abstractNum')) {
    const levels = new Map<number, { start: number; format: string; text: string }>();
    for (const lvl of elements(a).filter((e) => e.name === 'w:lvl')) {
      const ilvl = Number.parseInt(lvl.attributes['w:ilvl'] ?? '0', 10);
      levels.set(ilvl, {
        start: intAttr(child(lvl, 'w:start'), 1),
        format: child(lvl, 'w:numFmt')?.attributes['w:val'] ?? 'decimal',
        text: child(lvl, 'w:lvlText')?.attributes['w:val'] ?? '',
      });
    }
    abstracts.set(a.attributes['w:abstractNumId'] ?? '', levels);
  }
  const lists = new Map<string, { levels: Map<number, { start: number; format: string; text: string }>; starts: Map<number, number> }>();
  for (const n of elements(numbering).filter((e) => e.name === 'w:num')) {
    const levels = abstracts.get(child(n, 'w:abstractNumId')?.attributes['w:val'] ?? '');
    if (!levels) continue;
    const starts = new Map<number, number>();
    for (const o of elements(n).filter((e) => e.name === 'w:lvlOverride')) {
      const start = child(o, 'w:startOverride');
      if (start) starts.set(Number.parseInt(o.attributes['w:ilvl'] ?? '0', 10), intAttr(start, 1));
    }
    lists.set(n.attributes['w:numId'] ?? '', { levels, starts });
  }
  const counts = new Map<string, number[]>();
  return (p) => {
    const numPr = child(child(p, 'w:pPr'), 'w:numPr');
    const numId = child(numPr, 'w:numId')?.attributes['w:val'];
    const list = numId === undefined ? undefined : lists.get(numId);
    if (!numPr || numId === undefined || !list) return '';
    const ilvl = Number.parseInt(child(numPr, 'w:ilvl')?.attributes['w:val'] ?? '0', 10);
    const level = list.levels.get(ilvl);
    if (!level || level.format === 'bullet' || level.format === 'none') return '';
    const start = (l: number): number => list.starts.get(l) ?? list.levels.get(l)?.start ?? 1;
    const c = counts.get(numId) ?? [];
    c[ilvl] = c[ilvl] === undefined ? start(ilvl) : (c[ilvl] ?? 0) + 1;
    c.length = ilvl + 1;
    counts.set(numId, c);
    return level.text.replace(/%([1-9])/g, (_m, d: string) => {
      const l = Number(d) - 1;
      return formatNumber(c[l] ?? start(l), list.levels.get(l)?.format ?? 'decimal');
    });
  };
}

/** A cell's text: one line per paragraph, nested tables left out. */
function cellText(tc: XmlElement, numbering: Numbering): string {
  return flow(tc, 'w:p')
    .map((p) => paragraphText(p, numbering))
    .map((line) => line.split('\n').map(cleanText).join('\n'))
    .filter((line) => line.trim() !== '')
    .join('\n');
}

function intAttr(el: XmlElement | undefined, fallback: number): number {
  const v = el?.attributes['w:val'];
  const n = v === undefined ? NaN : Number.parseInt(v, 10);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

/** One Word table as rows of cells on its grid, merges resolved. */
function tableRows(tbl: XmlElement, numbering: Numbering): string[][] {
  const rows: string[][] = [];
  for (const tr of flow(tbl, 'w:tr')) {
    const trPr = child(tr, 'w:trPr');
    const before = intAttr(child(trPr, 'w:gridBefore'), 0);
    const cells: string[] = Array.from({ length: before }, () => '');
    for (const tc of flow(tr, 'w:tc')) {
      const tcPr = child(tc, 'w:tcPr');
      const span = intAttr(child(tcPr, 'w:gridSpan'), 1);
      const vMerge = child(tcPr, 'w:vMerge');
      // A continued vertical merge («w:vMerge» without «restart») belongs to the cell above.
      const continued = vMerge !== undefined && vMerge.attributes['w:val'] !== 'restart';
      cells.push(continued ? '' : cellText(tc, numbering));
      for (let i = 1; i < span; i++) cells.push('');
    }
    rows.push(cells);
  }
  return rows;
}

export interface DocxTables {
  /** Every top-level table, in document order. */
  readonly tables: readonly TableGrid[];
  /** The document's title: the first paragraph before the first table that names a plan or a scoring table. */
  readonly title?: string;
  /** Paragraphs before the first table, for the year and the title. */
  readonly preamble: readonly string[];
}

/** Reads a .docx file's tables; throws when the bytes are not a Word document. */
export async function readDocxTables(bytes: Uint8Array | ArrayBuffer): Promise<DocxTables> {
  const zip = await JSZip.loadAsync(bytes);
  const entry = zip.file('word/document.xml');
  if (!entry) throw new Error('word/document.xml');
  const doc = parseXml(await entry.async('string'));
  const body = child(child(doc, 'w:document'), 'w:body');
  if (!body) throw new Error('w:body');
  const numberingXml = zip.file('word/numbering.xml');
  const numbering = numberingXml ? readNumbering(parseXml(await numberingXml.async('string'))) : noNumbering;
  const tables: TableGrid[] = [];
  const preamble: string[] = [];
  for (const el of flowBody(body)) {
    if (el.name === 'w:p') {
      const text = cleanText(paragraphText(el, numbering));
      if (text !== '' && tables.length === 0) preamble.push(text);
    } else if (el.name === 'w:tbl') {
      const rows = tableRows(el, numbering);
      tables.push({ name: `Bảng ${tables.length + 1}`, rows: rows.map((cells, i): TableRow => ({ row: i + 1, cells })) });
    }
  }
  const title = preamble.find((p) => /\b(bảng|biểu|kế hoạch|tiêu chuẩn|tiêu chí|chấm điểm|thi đua)\b/iu.test(p) && p.length <= 200);
  return { tables, preamble, ...(title === undefined ? {} : { title }) };
}

function flowBody(body: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of elements(body)) {
    if (c.name === 'w:p' || c.name === 'w:tbl') out.push(c);
    else if (c.name === 'w:sdt') {
      const content = child(c, 'w:sdtContent');
      if (content) out.push(...flowBody(content));
    } else if (c.name === 'w:customXml') out.push(...flowBody(c));
  }
  return out;
}

/**
 * The scoring table of a document: the first table with a scoring header (else the largest table), with
 * the tables right after it that repeat its header appended — Word splits a long table that way at times.
 */
export function chooseScoringTable(tables: readonly TableGrid[]): TableGrid | undefined {
  const withHeader = tables.map((t) => ({ t, header: findHeader(t.rows) }));
  const first = withHeader.findIndex((x) => x.header !== undefined && x.t.rows.length - (x.header.rows.length) >= 2);
  if (first < 0) return [...tables].sort((a, b) => b.rows.length - a.rows.length)[0];
  const chosen = withHeader[first];
  if (!chosen?.header) return undefined;
  const rows: TableRow[] = [...chosen.t.rows];
  const names = [chosen.t.name];
  for (const next of withHeader.slice(first + 1)) {
    if (!next.header || next.header.signature.join('¦') !== chosen.header.signature.join('¦')) break;
    const offset = rows.length;
    for (const r of next.t.rows) rows.push({ row: offset + r.row, cells: r.cells });
    names.push(next.t.name);
  }
  return { name: names.join(' + '), rows };
}
