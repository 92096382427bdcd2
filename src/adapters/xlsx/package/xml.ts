/**
 * A small XML tree for the package parts the writer edits (workbook, relationships, content types,
 * styles, an input sheet's conditional formats): parsed with saxes, written back with every element,
 * attribute, prefix and namespace declaration it did not touch. Names are kept as written ("x:sheet"),
 * so a part written with prefixes (the Open XML SDK) or in the strict namespaces comes back the same way.
 */
import { SaxesParser } from 'saxes';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string | { readonly comment: string } | { readonly pi: string; readonly body: string };

export interface XmlDocument {
  root: XmlElement;
  /** Comments and processing instructions before the root, kept in place (the XML declaration is rewritten). */
  readonly prolog: readonly XmlNode[];
}

export function isElement(node: XmlNode): node is XmlElement {
  return typeof node === 'object' && 'name' in node;
}

export function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

export function prefixOf(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? '' : name.slice(0, i);
}

/** The same local name with the prefix of `like` (an element of the document it goes into). */
export function sibling(like: XmlElement, local: string): string {
  const p = prefixOf(like.name);
  return p === '' ? local : `${p}:${local}`;
}

export function parseXml(text: string): XmlDocument {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  const stack: XmlElement[] = [];
  const prolog: XmlNode[] = [];
  let root: XmlElement | undefined;
  const add = (node: XmlNode): void => {
    const top = stack[stack.length - 1];
    if (top) top.children.push(node);
    else if (typeof node !== 'string') prolog.push(node);
  };
  let failure: Error | undefined;
  parser.on('error', (e) => {
    failure ??= e;
  });
  parser.on('opentag', (tag) => {
    const el: XmlElement = { name: tag.name, attrs: tag.attributes, children: [] };
    if (stack.length === 0) root ??= el;
    else add(el);
    stack.push(el);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (t) => add(t));
  parser.on('cdata', (t) => add(t));
  parser.on('comment', (c) => add({ comment: c }));
  parser.on('processinginstruction', (pi) => add({ pi: pi.target, body: pi.body }));
  parser.write(text).close();
  if (failure) throw failure;
  if (!root) throw new Error('XML part without a root element');
  return { root, prolog };
}

const textEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const attrEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '"': '&quot;', '\r': '&#13;', '\n': '&#10;', '\t': '&#9;' };

const textSpecial = /[&<>\r]/;
const attrSpecial = /[&<"\r\n\t]/;

export function escapeText(s: string): string {
  return textSpecial.test(s) ? s.replace(/[&<>\r]/g, (c) => textEscapes[c] ?? c) : s;
}
function escapeAttr(s: string): string {
  return attrSpecial.test(s) ? s.replace(/[&<"\r\n\t]/g, (c) => attrEscapes[c] ?? c) : s;
}

function write(node: XmlNode): string {
  if (typeof node === 'string') return escapeText(node);
  if ('comment' in node) return `<!--${node.comment}-->`;
  if ('pi' in node) return `<?${node.pi}${node.body === '' ? '' : ` ${node.body}`}?>`;
  let out = `<${node.name}`;
  const attrs = node.attrs;
  for (const k in attrs) out += ` ${k}="${escapeAttr(attrs[k] as string)}"`;
  const children = node.children;
  if (children.length === 0) return `${out}/>`;
  out += '>';
  for (let i = 0; i < children.length; i++) out += write(children[i] as XmlNode);
  return `${out}</${node.name}>`;
}

export function serializeElement(el: XmlElement): string {
  return write(el);
}

export function serializeXml(doc: XmlDocument): string {
  let out = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
  for (const n of doc.prolog) out += write(n);
  return out + write(doc.root);
}

export function elements(el: XmlElement, local?: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const c of el.children) if (isElement(c) && (local === undefined || localName(c.name) === local)) found.push(c);
  return found;
}

export function firstElement(el: XmlElement, local: string): XmlElement | undefined {
  for (const c of el.children) if (isElement(c) && localName(c.name) === local) return c;
  return undefined;
}

/** An attribute by local name, whatever its prefix ("r:id", "relationships:id"). */
export function attrByLocal(el: XmlElement, local: string, prefixed: boolean): string | undefined {
  for (const [k, v] of Object.entries(el.attrs)) {
    const i = k.indexOf(':');
    if (prefixed ? i > 0 && k.slice(i + 1) === local && k.slice(0, i) !== 'xmlns' : k === local) return v;
  }
  return undefined;
}

/** The prefix the root declares for a namespace URI (one of `uris`), '' for the default one; undefined if none. */
export function prefixFor(root: XmlElement, uris: readonly string[]): string | undefined {
  for (const [k, v] of Object.entries(root.attrs)) {
    if (!uris.includes(v)) continue;
    if (k === 'xmlns') return '';
    if (k.startsWith('xmlns:')) return k.slice(6);
  }
  return undefined;
}

/**
 * Inserts `el` among `parent`'s children after the last child whose local name comes before it in
 * the schema's order (`order`), so a new element lands where a strict reader expects it.
 */
export function insertInOrder(parent: XmlElement, el: XmlElement, order: readonly string[]): void {
  const rank = order.indexOf(localName(el.name));
  let at = 0;
  parent.children.forEach((c, i) => {
    if (!isElement(c)) return;
    const r = order.indexOf(localName(c.name));
    if (r >= 0 && r <= rank) at = i + 1;
  });
  if (at === 0 && rank > 0) {
    // Nothing known before it: after the leading elements of unknown names, never before a later one.
    const firstLater = parent.children.findIndex((c) => isElement(c) && order.indexOf(localName(c.name)) > rank);
    at = firstLater < 0 ? parent.children.length : firstLater;
  }
  parent.children.splice(at, 0, el);
}

/** Text content of an element (its text nodes, deep). */
export function textOf(el: XmlElement): string {
  let s = '';
  for (const c of el.children) {
    if (typeof c === 'string') s += c;
    else if (isElement(c)) s += textOf(c);
  }
  return s;
}
