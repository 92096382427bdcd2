/**
 * docProps/app.xml lists the workbook's sheets: TitlesOfParts names them, HeadingPairs counts them by kind
 * («Worksheets», then «Charts» for chart sheets, then others such as «Named Ranges»), as Excel writes it.
 * When the writer adds sheets, the list must say so (the file's properties show it; some tools read it),
 * so the worksheet and chart-sheet entries are rewritten to the workbook's sheets. The rest of the part is
 * carried byte for byte: only the two elements are spliced into the text, and only when the list changed.
 */
import { elements, parseXml, prefixOf, serializeElement, textOf, type XmlElement } from './xml';

export interface ListedSheet {
  readonly name: string;
  readonly kind: 'worksheet' | 'chartsheet' | 'other';
}

interface Pair {
  readonly name: string;
  readonly titles: readonly string[];
}

/** One element of `text` by local name, whatever its prefix: where it starts and ends, and its tree. */
function findElement(text: string, local: string): { readonly start: number; readonly end: number; readonly el: XmlElement } | undefined {
  const open = new RegExp(`<((?:[A-Za-z_][\\w.-]*:)?)${local}(?=[\\s/>])`).exec(text);
  if (!open) return undefined;
  const qname = `${open[1] ?? ''}${local}`;
  const start = open.index;
  const tagEnd = text.indexOf('>', start);
  if (tagEnd < 0 || text[tagEnd - 1] === '/') return undefined; // empty: no list to read
  const close = text.indexOf(`</${qname}>`, tagEnd);
  if (close < 0) return undefined;
  const end = close + qname.length + 3;
  try {
    return { start, end, el: parseXml(text.slice(start, end)).root };
  } catch {
    return undefined;
  }
}

function vectorOf(el: XmlElement): XmlElement | undefined {
  return elements(el, 'vector')[0];
}

/** "Worksheets"/"Charts" in an English Excel, other words in others: a pair is also known by its titles. */
function isPairOf(pair: Pair, english: string, names: ReadonlySet<string>): boolean {
  if (pair.name.trim().toLowerCase() === english.toLowerCase()) return true;
  return pair.titles.length > 0 && pair.titles.every((t) => names.has(t));
}

/**
 * app.xml's text with its sheet list as `after`; undefined when there is nothing to change: no list in
 * the part (a producer that wrote none: nothing is added), a list that cannot be read, or the same list.
 * `before` is the input workbook's sheets, which tell a localised Excel's heading pairs apart.
 */
export function updateSheetList(text: string, before: readonly ListedSheet[], after: readonly ListedSheet[]): string | undefined {
  const headings = findElement(text, 'HeadingPairs');
  const titles = findElement(text, 'TitlesOfParts');
  if (!headings || !titles) return undefined;
  const hv = vectorOf(headings.el);
  const tv = vectorOf(titles.el);
  if (!hv || !tv) return undefined;
  const variants = elements(hv, 'variant');
  const lpstrs = elements(tv).map(textOf);
  const pairs: Pair[] = [];
  let at = 0;
  for (let i = 0; i + 1 < variants.length; i += 2) {
    const name = textOf(variants[i] as XmlElement);
    const count = Number(textOf(variants[i + 1] as XmlElement));
    if (!Number.isInteger(count) || count < 0) return undefined;
    pairs.push({ name, titles: lpstrs.slice(at, at + count) });
    at += count;
  }
  if (variants.length % 2 !== 0 || at !== lpstrs.length) return undefined; // a list that does not add up is left as it is

  const namesOf = (list: readonly ListedSheet[], kind: ListedSheet['kind']): string[] => list.filter((s) => s.kind === kind).map((s) => s.name);
  const worksheets = pairs.find((p) => isPairOf(p, 'Worksheets', new Set(namesOf(before, 'worksheet'))));
  const charts = pairs.find((p) => p !== worksheets && isPairOf(p, 'Charts', new Set(namesOf(before, 'chartsheet'))));
  const wantedSheets = namesOf(after, 'worksheet');
  const wantedCharts = namesOf(after, 'chartsheet');

  // The pairs this writer keeps up to date; another kind's pair («Named Ranges», macro sheets) stays as it was.
  const sheetsPair: Pair = { name: worksheets?.name ?? 'Worksheets', titles: wantedSheets };
  const chartsPair: Pair = { name: charts?.name ?? 'Charts', titles: wantedCharts };
  const next: Pair[] = pairs.map((p) => (p === worksheets ? sheetsPair : p === charts ? chartsPair : p));
  if (!worksheets) next.unshift(sheetsPair);
  if (!charts) next.splice(next.indexOf(sheetsPair) + 1, 0, chartsPair);
  // Excel writes no pair for a kind the workbook has none of.
  const listed = next.filter((p) => p.titles.length > 0 || (p !== sheetsPair && p !== chartsPair));
  const flat = (ps: readonly Pair[]): string => ps.map((p) => `${p.name}\u0000${p.titles.join('\u0001')}`).join('\u0002');
  if (flat(listed) === flat(pairs)) return undefined;

  // The new vectors, in the part's own prefixes and with its variant elements' names.
  const vt = prefixOf(hv.name);
  const q = (local: string): string => (vt === '' ? local : `${vt}:${local}`);
  const variant = (child: XmlElement): XmlElement => ({ name: q('variant'), attrs: {}, children: [child] });
  const headingChildren: XmlElement[] = [];
  for (const p of listed) {
    headingChildren.push(variant({ name: q('lpstr'), attrs: {}, children: [p.name] }), variant({ name: q('i4'), attrs: {}, children: [String(p.titles.length)] }));
  }
  const titleChildren: XmlElement[] = listed.flatMap((p) => p.titles.map((t) => ({ name: q('lpstr'), attrs: {}, children: [t] })));
  const rebuilt = (outer: XmlElement, vector: XmlElement, children: XmlElement[]): string =>
    serializeElement({
      ...outer,
      children: outer.children.map((c) => (c === vector ? { ...vector, attrs: { ...vector.attrs, size: String(children.length) }, children } : c)),
    });
  const newHeadings = rebuilt(headings.el, hv, headingChildren);
  const newTitles = rebuilt(titles.el, tv, titleChildren);
  // Splice the later element first so the earlier one's offsets stay right.
  const parts = [
    { ...headings, text: newHeadings },
    { ...titles, text: newTitles },
  ].sort((a, b) => b.start - a.start);
  let out = text;
  for (const p of parts) out = out.slice(0, p.start) + p.text + out.slice(p.end);
  return out;
}

/** The sheet kind of a workbook relationship type. */
export function sheetKindOf(relType: string | undefined): ListedSheet['kind'] {
  const last = (relType ?? '').slice((relType ?? '').lastIndexOf('/') + 1).toLowerCase();
  return last === 'worksheet' ? 'worksheet' : last === 'chartsheet' ? 'chartsheet' : 'other';
}
