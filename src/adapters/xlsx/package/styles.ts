/**
 * Merging the styles the owned sheets need into the input's styles part: each font, fill, border,
 * number format, cell format and differential format is appended once (an identical one already
 * there is reused, so scoring twice does not grow the file) and the owned sheets' ids are remapped.
 */
import { elements, firstElement, insertInOrder, localName, prefixOf, serializeElement, type XmlElement, type XmlNode, isElement } from './xml';

const styleSheetOrder = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

/** A deep copy with every element renamed into the prefix of the document it goes into. */
export function adopt(el: XmlElement, prefix: string): XmlElement {
  const name = prefix === '' ? localName(el.name) : prefixOf(el.name) === '' ? `${prefix}:${el.name}` : el.name;
  return {
    name,
    attrs: { ...el.attrs },
    children: el.children.map((c): XmlNode => (isElement(c) ? adopt(c, prefix) : c)),
  };
}

export class StyleMerger {
  private readonly prefix: string;
  private readonly indexes = new Map<string, Map<string, number>>();

  constructor(private readonly root: XmlElement) {
    this.prefix = prefixOf(root.name);
  }

  private name(local: string): string {
    return this.prefix === '' ? local : `${this.prefix}:${local}`;
  }

  private container(local: string): XmlElement {
    let c = firstElement(this.root, local);
    if (!c) {
      c = { name: this.name(local), attrs: { count: '0' }, children: [] };
      insertInOrder(this.root, c, styleSheetOrder);
    }
    return c;
  }

  /** Index of an element equal to `el` in the container, appending it when there is none. */
  add(containerLocal: string, el: XmlElement): number {
    const container = this.container(containerLocal);
    const adopted = adopt(el, this.prefix);
    const key = serializeElement(adopted);
    let index = this.indexes.get(containerLocal);
    const items = elements(container);
    if (!index) {
      index = new Map();
      items.forEach((item, i) => {
        const k = serializeElement(item);
        if (!index?.has(k)) index?.set(k, i);
      });
      this.indexes.set(containerLocal, index);
    }
    const found = index.get(key);
    if (found !== undefined) return found;
    container.children.push(adopted);
    const at = items.length;
    index.set(key, at);
    container.attrs.count = String(at + 1);
    return at;
  }

  /** The id of a custom number format with this code (an existing one, or a new id after every id in use). */
  numFmt(code: string): number {
    const container = this.container('numFmts');
    let max = 163;
    for (const f of elements(container, 'numFmt')) {
      const id = Number(f.attrs.numFmtId);
      if (f.attrs.formatCode === code && Number.isFinite(id)) return id;
      if (Number.isFinite(id)) max = Math.max(max, id);
    }
    const id = max + 1;
    container.children.push({ name: this.name('numFmt'), attrs: { numFmtId: String(id), formatCode: code }, children: [] });
    container.attrs.count = String(elements(container, 'numFmt').length);
    return id;
  }

  hasCellStyleXf(): boolean {
    const c = firstElement(this.root, 'cellStyleXfs');
    return c !== undefined && elements(c, 'xf').length > 0;
  }
}

export interface StyleMaps {
  readonly xf: readonly number[];
  readonly dxf: readonly number[];
}

/** Brings every style of `source` (the owned sheets' styles part) into `target`; says where each went. */
export function mergeStyles(target: StyleMerger, source: XmlElement): StyleMaps {
  const codes = new Map<string, string>();
  const numFmts = firstElement(source, 'numFmts');
  for (const f of numFmts ? elements(numFmts, 'numFmt') : []) codes.set(f.attrs.numFmtId ?? '', f.attrs.formatCode ?? '');
  const mapAll = (containerLocal: string, itemLocal: string): number[] => {
    const c = firstElement(source, containerLocal);
    return (c ? elements(c, itemLocal) : []).map((el) => target.add(containerLocal, el));
  };
  const fonts = mapAll('fonts', 'font');
  const fills = mapAll('fills', 'fill');
  const borders = mapAll('borders', 'border');
  const keepXfId = target.hasCellStyleXf();
  const xfsEl = firstElement(source, 'cellXfs');
  const xf = (xfsEl ? elements(xfsEl, 'xf') : []).map((el) => {
    const copy: XmlElement = { ...el, attrs: { ...el.attrs } };
    const fmt = copy.attrs.numFmtId;
    const code = fmt === undefined ? undefined : codes.get(fmt);
    if (code !== undefined) copy.attrs.numFmtId = String(target.numFmt(code));
    for (const [attr, map] of [['fontId', fonts], ['fillId', fills], ['borderId', borders]] as const) {
      const v = copy.attrs[attr];
      if (v !== undefined) copy.attrs[attr] = String(map[Number(v)] ?? 0);
    }
    if (keepXfId) copy.attrs.xfId = '0';
    else delete copy.attrs.xfId;
    return target.add('cellXfs', copy);
  });
  const dxfsEl = firstElement(source, 'dxfs');
  // A differential format carries its own number format code: nothing to remap inside it.
  const dxf = (dxfsEl ? elements(dxfsEl, 'dxf') : []).map((el) => target.add('dxfs', el));
  return { xf, dxf };
}
