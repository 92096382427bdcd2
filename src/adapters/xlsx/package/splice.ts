/**
 * The output workbook is the input package plus what the product owns. ExcelJS builds the owned
 * sheets (and their styles) in a package of their own; this splices them into the input package:
 * every other part is carried byte for byte (chart sheets, charts, drawings, pictures, pivot tables,
 * external links, custom XML, macros, comments…). Only these are edited, through an XML tree:
 * the workbook part (sheet list, the owned sheets' print titles), its relationships, the content
 * types, the styles (appended, never changed), an input sheet's conditional formats when the
 * add-in's highlights are added or removed, and the sheet list of docProps/app.xml when sheets were added.
 */
import ExcelJS from 'exceljs';
import { foldKey } from '../../../domain/text/normalize';
import { highlightFormula, isHighlightFormula } from '../../../workbook/render/highlights';
import { highlightFills } from '../../../workbook/render/styles';
import type { Highlight, HighlightKind, SheetSpec } from '../../../workbook/spec';
import { applyWritePlan } from '../write';
import { Budget, entryOf, ns, openPackage, readPartText, readPartXml, relationshipsOf, relativeTarget, relsPartOf, resolveTarget, typeIs, type Package } from './opc';
import { sheetKindOf, updateSheetList, type ListedSheet } from './app-props';
import type { PackageIndex } from './reader';
import { mergeStyles, StyleMerger, type StyleMaps } from './styles';
import { attrByLocal, elements, firstElement, insertInOrder, isElement, localName, parseXml, prefixFor, serializeXml, sibling, textOf, type XmlDocument, type XmlElement, type XmlNode } from './xml';

const worksheetType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const stylesType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const relTypeBase = { transitional: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/', strict: 'http://purl.oclc.org/ooxml/officeDocument/relationships/' };

/** CT_Worksheet's children in schema order: a new <conditionalFormatting> goes where a strict reader expects it. */
const worksheetOrder = ['sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection', 'protectedRanges', 'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells', 'phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];
const workbookOrder = ['fileVersion', 'fileSharing', 'workbookPr', 'workbookProtection', 'bookViews', 'sheets', 'functionGroups', 'externalReferences', 'definedNames', 'calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'];

export interface SpliceInput {
  readonly bytes: Uint8Array;
  readonly index: PackageIndex;
  /** Owned sheets to add or replace, latest spec per name. */
  readonly specs: readonly SheetSpec[];
  /** The add-in's highlights as they must be; undefined when they were not touched. */
  readonly highlights: readonly Highlight[] | undefined;
}

/**
 * The time stamp of every part the product writes: fixed (as Excel writes 1980-01-01), so the same workbook
 * gives the same bytes whenever and wherever it is scored. Parts carried over keep their own.
 */
const writtenPartDate = new Date(Date.UTC(1980, 0, 1));

/** Writes `text` as a part; a part that exists keeps its entry name (and case). */
class Output {
  readonly taken: Set<string>;
  constructor(readonly pkg: Package) {
    this.taken = new Set(pkg.names.keys());
  }
  put(part: string, text: string): void {
    const name = this.pkg.names.get(part.toLowerCase()) ?? part;
    this.pkg.zip.file(name, text, { createFolders: false, date: writtenPartDate });
    this.taken.add(part.toLowerCase());
  }
  remove(part: string): void {
    const name = this.pkg.names.get(part.toLowerCase());
    if (name !== undefined) this.pkg.zip.remove(name);
    this.taken.delete(part.toLowerCase());
  }
  /** "xl/worksheets/sheet" + n + ".xml" with the first n not in use. */
  fresh(stem: string, ext: string): string {
    for (let n = 1; ; n++) {
      const part = `${stem}${n}${ext}`;
      if (!this.taken.has(part.toLowerCase())) {
        this.taken.add(part.toLowerCase());
        return part;
      }
    }
  }
}

function newDoc(name: string, xmlns: string): XmlDocument {
  return { root: { name, attrs: { xmlns }, children: [] }, prolog: [] };
}

/** The owned sheets' package, built by ExcelJS. Its strings become inline strings, so the input's shared strings stay as they were. */
async function buildOwned(specs: readonly SheetSpec[], highlights: readonly Highlight[]): Promise<Package> {
  const wb = new ExcelJS.Workbook();
  if (specs.length === 0) wb.addWorksheet('styles');
  applyWritePlan(wb, { sheets: specs, ...(highlights.length > 0 ? { highlights } : {}) });
  return openPackage(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

function sharedStringItems(doc: XmlDocument | undefined): XmlElement[] {
  return doc ? elements(doc.root, 'si') : [];
}

/** Owned sheet XML from ExcelJS → the input's style ids, inline strings, the input's namespaces. */
function rewriteOwnedSheet(el: XmlElement, maps: StyleMaps, strings: readonly XmlElement[]): void {
  for (const child of el.children) {
    if (!isElement(child)) continue;
    const name = localName(child.name);
    if (name === 'c') {
      const s = child.attrs.s;
      if (s !== undefined) child.attrs.s = String(maps.xf[Number(s)] ?? 0);
      if (child.attrs.t === 's') {
        const v = firstElement(child, 'v');
        const si = strings[Number(v ? textOf(v) : NaN)];
        child.attrs.t = 'inlineStr';
        child.children = [{ name: 'is', attrs: {}, children: si ? si.children : [] }];
      }
      continue;
    }
    if (name === 'row' && child.attrs.s !== undefined) child.attrs.s = String(maps.xf[Number(child.attrs.s)] ?? 0);
    if (name === 'col' && child.attrs.style !== undefined) child.attrs.style = String(maps.xf[Number(child.attrs.style)] ?? 0);
    if (name === 'cfRule' && child.attrs.dxfId !== undefined) child.attrs.dxfId = String(maps.dxf[Number(child.attrs.dxfId)] ?? 0);
    rewriteOwnedSheet(child, maps, strings);
  }
}

/** A part written by ExcelJS in the transitional namespaces, moved into the strict ones of a strict input. */
function toStrict(el: XmlElement): void {
  for (const [k, v] of Object.entries(el.attrs)) {
    if (v === ns.mainTransitional) el.attrs[k] = ns.mainStrict;
    else if (v === ns.relTransitional) el.attrs[k] = ns.relStrict;
    else if (k === 'Type' && v.startsWith(relTypeBase.transitional)) el.attrs[k] = relTypeBase.strict + v.slice(relTypeBase.transitional.length);
  }
  for (const c of el.children) if (isElement(c)) toStrict(c);
}

function highlightDxf(kind: HighlightKind): XmlElement {
  return {
    name: 'dxf',
    attrs: {},
    children: [{ name: 'fill', attrs: {}, children: [{ name: 'patternFill', attrs: { patternType: 'solid' }, children: [{ name: 'bgColor', attrs: { rgb: `FF${highlightFills[kind]}` }, children: [] }] }] }],
  };
}

function isOwnRule(rule: XmlElement): boolean {
  return localName(rule.name) === 'cfRule' && elements(rule, 'formula').some((f) => isHighlightFormula(textOf(f)));
}

/** Removes the add-in's rules from an input sheet (a format left with no rule goes too); says which were there. */
function removeOwnHighlights(root: XmlElement): { formula: string; sqref: string; dxfId: string }[] {
  const removed: { formula: string; sqref: string; dxfId: string }[] = [];
  root.children = root.children.filter((node) => {
    if (!isElement(node) || localName(node.name) !== 'conditionalFormatting') return true;
    node.children = node.children.filter((c) => {
      if (!(isElement(c) && isOwnRule(c))) return true;
      const formula = elements(c, 'formula').map(textOf).join('');
      removed.push({ formula, sqref: node.attrs.sqref ?? '', dxfId: c.attrs.dxfId ?? '' });
      return false;
    });
    return elements(node, 'cfRule').length > 0;
  });
  return removed;
}

function maxPriority(root: XmlElement): number {
  let max = 0;
  for (const cf of elements(root, 'conditionalFormatting')) for (const r of elements(cf, 'cfRule')) max = Math.max(max, Number(r.attrs.priority) || 0);
  return max;
}

export async function splice(input: SpliceInput): Promise<Uint8Array> {
  const { index, specs } = input;
  if (specs.length === 0 && input.highlights === undefined) return input.bytes;
  const budget = new Budget(Number.MAX_SAFE_INTEGER);
  const pkg = await openPackage(input.bytes);
  const out = new Output(pkg);
  const wbPart = index.workbookPart;
  const wbDoc = await readPartXml(pkg, wbPart, budget);
  if (!wbDoc) throw new Error(`no workbook part ${wbPart}`);
  const wbRelsPart = relsPartOf(wbPart);
  const wbRels = (await readPartXml(pkg, wbRelsPart, budget)) ?? newDoc('Relationships', ns.package);
  const ctDoc = await readPartXml(pkg, '[Content_Types].xml', budget);
  if (!ctDoc) throw new Error('no [Content_Types].xml');
  const strict = index.strict;
  const sheetsBefore = listedSheets(firstElement(wbDoc.root, 'sheets'), wbRels);
  const relType = (last: string): string => (strict ? relTypeBase.strict : relTypeBase.transitional) + last;

  const ownedKeys = new Set(specs.map((s) => foldKey(s.name)));
  const highlights = input.highlights ?? [];
  const onOwned = highlights.filter((h) => ownedKeys.has(foldKey(h.sheet)));
  const onInput = highlights.filter((h) => !ownedKeys.has(foldKey(h.sheet)));

  const overrides = (): Map<string, XmlElement> => new Map(elements(ctDoc.root, 'Override').map((o) => [(o.attrs.PartName ?? '').replace(/^\/+/, '').toLowerCase(), o]));
  const addOverride = (part: string, type: string): void => {
    const existing = overrides().get(part.toLowerCase());
    if (existing) existing.attrs.ContentType = type;
    else ctDoc.root.children.push({ name: sibling(ctDoc.root, 'Override'), attrs: { PartName: `/${part}`, ContentType: type }, children: [] });
  };
  const ensureDefault = (ext: string, type: string): void => {
    if (!elements(ctDoc.root, 'Default').some((d) => (d.attrs.Extension ?? '').toLowerCase() === ext.toLowerCase())) {
      ctDoc.root.children.unshift({ name: sibling(ctDoc.root, 'Default'), attrs: { Extension: ext, ContentType: type }, children: [] });
    }
  };
  const relIds = (): Set<string> => new Set(elements(wbRels.root, 'Relationship').map((r) => r.attrs.Id ?? ''));
  const freshRelId = (): string => {
    const ids = relIds();
    for (let n = ids.size + 1; ; n++) if (!ids.has(`rId${n}`)) return `rId${n}`;
  };

  // Styles: the input's part, or (none at all) the one ExcelJS writes.
  const stylesRel = relationshipsOf(wbRels).find((r) => !r.external && typeIs(r.type, 'styles'));
  let stylesPart = stylesRel ? resolveTarget(wbPart, stylesRel.target) : undefined;
  let stylesDoc = stylesPart === undefined ? undefined : await readPartXml(pkg, stylesPart, budget);

  const owned = await buildOwned(specs, onOwned);
  const ownedWb = await readPartXml(owned, 'xl/workbook.xml', budget);
  const ownedRels = relationshipsOf(await readPartXml(owned, 'xl/_rels/workbook.xml.rels', budget));
  const ownedStyles = await readPartXml(owned, 'xl/styles.xml', budget);
  const ownedCt = await readPartXml(owned, '[Content_Types].xml', budget);
  const ownedStrings = sharedStringItems(await readPartXml(owned, 'xl/sharedStrings.xml', budget));
  if (!ownedWb || !ownedStyles || !ownedCt) throw new Error('ExcelJS package without workbook or styles');

  if (!stylesDoc) {
    stylesPart = out.fresh(`${wbPart.slice(0, wbPart.lastIndexOf('/') + 1)}styles`, '.xml');
    stylesDoc = { root: { name: 'styleSheet', attrs: { xmlns: ns.mainTransitional }, children: [] }, prolog: [] };
    if (strict) toStrict(stylesDoc.root);
    wbRels.root.children.push({ name: sibling(wbRels.root, 'Relationship'), attrs: { Id: freshRelId(), Type: relType('styles'), Target: relativeTarget(wbPart, stylesPart) }, children: [] });
    addOverride(stylesPart, stylesType);
  }
  const merger = new StyleMerger(stylesDoc.root);
  const maps = mergeStyles(merger, ownedStyles.root);

  // The workbook's sheet list.
  const sheetsEl = firstElement(wbDoc.root, 'sheets') ?? (() => {
    const el: XmlElement = { name: sibling(wbDoc.root, 'sheets'), attrs: {}, children: [] };
    insertInOrder(wbDoc.root, el, workbookOrder);
    return el;
  })();
  let rPrefix = prefixFor(wbDoc.root, [ns.relTransitional, ns.relStrict]);
  if (rPrefix === undefined || rPrefix === '') {
    rPrefix = 'r';
    for (let n = 1; `xmlns:${rPrefix}` in wbDoc.root.attrs; n++) rPrefix = `r${n}`;
    wbDoc.root.attrs[`xmlns:${rPrefix}`] = strict ? ns.relStrict : ns.relTransitional;
  }
  const sheetEls = (): XmlElement[] => elements(sheetsEl, 'sheet');
  const ownedSheetEls = elements(firstElement(ownedWb.root, 'sheets') ?? { name: '', attrs: {}, children: [] }, 'sheet');
  const ownedDefined = elements(firstElement(ownedWb.root, 'definedNames') ?? { name: '', attrs: {}, children: [] }, 'definedName');
  const replacedAt = new Set<number>();
  const replacedIds = new Set<string>();
  const placedAt: number[] = [];

  for (let i = 0; i < specs.length; i++) {
    const spec = specs[i] as SheetSpec;
    const ownedEl = ownedSheetEls[i];
    const ownedRel = ownedRels.find((r) => r.id === (ownedEl ? attrByLocal(ownedEl, 'id', true) : ''));
    if (!ownedEl || !ownedRel) throw new Error(`ExcelJS did not write sheet ${spec.name}`);
    const ownedPart = resolveTarget('xl/workbook.xml', ownedRel.target);
    const sheetText = await readPartText(owned, ownedPart, budget);
    if (sheetText === undefined) throw new Error(`ExcelJS did not write ${ownedPart}`);
    const sheetDoc = parseXml(sheetText);
    rewriteOwnedSheet(sheetDoc.root, maps, ownedStrings);
    if (strict) toStrict(sheetDoc.root);

    const existing = index.sheets.find((s) => s.kind === 'worksheet' && s.part !== undefined && foldKey(s.name) === foldKey(spec.name));
    let target: string | undefined;
    let el: XmlElement | undefined;
    if (existing?.part !== undefined) {
      el = sheetEls().find((s) => attrByLocal(s, 'id', true) === existing.relId);
      await dropPartRels(pkg, out, ctDoc, existing.part, budget);
    }
    if (el && existing?.part !== undefined) {
      target = existing.part;
      replacedIds.add(el.attrs.sheetId ?? '');
      el.attrs.name = spec.name;
      replacedAt.add(sheetEls().indexOf(el));
    } else {
      target = out.fresh(`${wbPart.slice(0, wbPart.lastIndexOf('/') + 1)}worksheets/sheet`, '.xml');
      const relId = freshRelId();
      wbRels.root.children.push({ name: sibling(wbRels.root, 'Relationship'), attrs: { Id: relId, Type: relType('worksheet'), Target: relativeTarget(wbPart, target) }, children: [] });
      const ids = sheetEls().map((s) => Number(s.attrs.sheetId) || 0);
      el = { name: sibling(sheetsEl, 'sheet'), attrs: { name: spec.name, sheetId: String(Math.max(0, ...ids) + 1), [`${rPrefix}:id`]: relId }, children: [] };
      sheetsEl.children.push(el);
    }
    if (spec.visibility === 'visible' || spec.visibility === undefined) delete el.attrs.state;
    else el.attrs.state = spec.visibility;
    addOverride(target, worksheetType);
    out.put(target, serializeXml(sheetDoc));
    await copySheetRels(owned, ownedPart, out, target, ownedCt, ctDoc, strict, addOverride, ensureDefault, budget);
    placedAt[i] = sheetEls().indexOf(el);
  }

  // Print titles of the owned sheets: the old sheet's go, ExcelJS's come with the sheet's place in the list.
  if (ownedDefined.length > 0 || replacedAt.size > 0) {
    let defined = firstElement(wbDoc.root, 'definedNames');
    if (defined) {
      defined.children = defined.children.filter((n) => !(isElement(n) && localName(n.name) === 'definedName' && (n.attrs.name ?? '').startsWith('_xlnm.Print_') && replacedAt.has(Number(n.attrs.localSheetId))));
    }
    for (const d of ownedDefined) {
      const at = placedAt[Number(d.attrs.localSheetId)];
      if (at === undefined) continue;
      if (!defined) {
        defined = { name: sibling(wbDoc.root, 'definedNames'), attrs: {}, children: [] };
        insertInOrder(wbDoc.root, defined, workbookOrder);
      }
      defined.children.push({ name: sibling(wbDoc.root, 'definedName'), attrs: { ...d.attrs, localSheetId: String(at) }, children: d.children });
    }
    if (defined && elements(defined).length === 0) wbDoc.root.children = wbDoc.root.children.filter((c) => c !== defined);
  }

  // Highlights on input sheets: only their conditional formats change.
  if (input.highlights !== undefined) {
    const bySheet = new Map<string, Map<HighlightKind, string[]>>();
    for (const h of onInput) {
      const kinds = bySheet.get(h.sheet) ?? new Map<HighlightKind, string[]>();
      kinds.set(h.kind, [...(kinds.get(h.kind) ?? []), h.address]);
      bySheet.set(h.sheet, kinds);
    }
    for (const sheet of index.sheets) {
      if (sheet.kind !== 'worksheet' || sheet.part === undefined || ownedKeys.has(foldKey(sheet.name))) continue;
      const kinds = bySheet.get(sheet.name);
      if (!sheet.ownHighlights && !kinds) continue;
      const text = await readPartText(pkg, sheet.part, budget);
      if (text === undefined) continue;
      const doc = parseXml(text);
      const removed = removeOwnHighlights(doc.root);
      if (removed.length === 0 && !kinds) continue;
      const wanted = [...(kinds ?? [])].map(([kind, refs]) => ({ kind, refs, dxfId: merger.add('dxfs', highlightDxf(kind)) }));
      // The same highlights as last time (same cells, formula and format): the sheet is carried as it was.
      const signature = (rules: readonly { formula: string; sqref: string; dxfId: string }[]): string => rules.map((r) => `${r.formula}\u0000${r.sqref}\u0000${r.dxfId}`).sort().join('\u0001');
      if (signature(removed) === signature(wanted.map((w) => ({ formula: highlightFormula(w.kind), sqref: w.refs.join(' '), dxfId: String(w.dxfId) })))) continue;
      let priority = maxPriority(doc.root);
      for (const { kind, refs, dxfId } of wanted) {
        const formula: XmlElement = { name: sibling(doc.root, 'formula'), attrs: {}, children: [highlightFormula(kind)] };
        const rule: XmlElement = { name: sibling(doc.root, 'cfRule'), attrs: { type: 'expression', dxfId: String(dxfId), priority: String(++priority) }, children: [formula] };
        insertInOrder(doc.root, { name: sibling(doc.root, 'conditionalFormatting'), attrs: { sqref: refs.join(' ') }, children: [rule] }, worksheetOrder);
      }
      out.put(sheet.part, serializeXml(doc));
    }
  }

  if (replacedIds.size > 0) await dropCalcChainEntries(pkg, out, wbPart, wbRels, ctDoc, replacedIds, budget);

  await updateAppProperties(pkg, out, sheetsBefore, listedSheets(sheetsEl, wbRels), budget);
  out.put(wbPart, serializeXml(wbDoc));
  out.put(wbRelsPart, serializeXml(wbRels));
  out.put('[Content_Types].xml', serializeXml(ctDoc));
  if (stylesPart !== undefined) out.put(stylesPart, serializeXml(stylesDoc));
  return pkg.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The workbook's sheets in order, with their kinds (worksheet, chart sheet, other) from their relationships. */
function listedSheets(sheetsEl: XmlElement | undefined, wbRels: XmlDocument): ListedSheet[] {
  const types = new Map(relationshipsOf(wbRels).map((r) => [r.id, r.type]));
  return sheetsEl ? elements(sheetsEl, 'sheet').map((s) => ({ name: s.attrs.name ?? '', kind: sheetKindOf(types.get(attrByLocal(s, 'id', true) ?? '')) })) : [];
}

/**
 * docProps/app.xml (the package's extended properties) lists the sheets: kept in step with the workbook
 * (see app-props.ts). A package without the part gets none; a UTF-16 part is left as it is.
 */
async function updateAppProperties(pkg: Package, out: Output, before: readonly ListedSheet[], after: readonly ListedSheet[], budget: Budget): Promise<void> {
  const rel = relationshipsOf(await readPartXml(pkg, '_rels/.rels', budget)).find((r) => !r.external && (typeIs(r.type, 'extended-properties') || typeIs(r.type, 'extendedProperties')));
  if (!rel) return;
  const part = resolveTarget('', rel.target);
  const entry = entryOf(pkg, part);
  if (!entry) return;
  const raw = await entry.async('uint8array');
  budget.take(raw.length);
  if (raw[0] === 0xff || raw[0] === 0xfe) return;
  const bom = raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf;
  const updated = updateSheetList(new TextDecoder('utf-8').decode(raw), before, after);
  // The byte-order mark the decoder dropped goes back: nothing but the list changes.
  if (updated !== undefined) out.put(part, `${bom ? '\uFEFF' : ''}${updated}`);
}

/**
 * The calculation chain lists the cells with formulas, by sheet id; a replaced owned sheet has none
 * of its old ones (Excel would call the file damaged), so its entries go. A chain left empty goes.
 */
async function dropCalcChainEntries(pkg: Package, out: Output, wbPart: string, wbRels: XmlDocument, ctDoc: XmlDocument, sheetIds: ReadonlySet<string>, budget: Budget): Promise<void> {
  const rel = elements(wbRels.root, 'Relationship').find((r) => (r.attrs.TargetMode ?? '') !== 'External' && typeIs(r.attrs.Type ?? '', 'calcChain'));
  if (!rel) return;
  const part = resolveTarget(wbPart, rel.attrs.Target ?? '');
  const doc = await readPartXml(pkg, part, budget);
  if (!doc) return;
  let sheet = '';
  let changed = false;
  const kept: XmlNode[] = [];
  for (const node of doc.root.children) {
    if (isElement(node) && localName(node.name) === 'c') {
      // An entry without i belongs to the sheet of the entry before it.
      if (node.attrs.i !== undefined) sheet = node.attrs.i;
      if (sheetIds.has(sheet)) {
        changed = true;
        continue;
      }
    }
    kept.push(node);
  }
  if (!changed) return;
  doc.root.children = kept;
  if (elements(doc.root, 'c').length > 0) {
    out.put(part, serializeXml(doc));
    return;
  }
  out.remove(part);
  wbRels.root.children = wbRels.root.children.filter((n) => n !== rel);
  ctDoc.root.children = ctDoc.root.children.filter((n: XmlNode) => !(isElement(n) && localName(n.name) === 'Override' && (n.attrs.PartName ?? '').replace(/^\/+/, '').toLowerCase() === part.toLowerCase()));
}

/**
 * An owned sheet being replaced loses its relationships (its old hyperlinks, notes); a part only
 * it pointed to goes too, unless another part still points to it.
 */
async function dropPartRels(pkg: Package, out: Output, ctDoc: XmlDocument, part: string, budget: Budget): Promise<void> {
  const relsPart = relsPartOf(part);
  const rels = relationshipsOf(await readPartXml(pkg, relsPart, budget));
  out.remove(relsPart);
  const internal = rels.filter((r) => !r.external).map((r) => resolveTarget(part, r.target).toLowerCase());
  if (internal.length === 0) return;
  const stillUsed = new Set<string>();
  for (const name of pkg.names.keys()) {
    if (!name.endsWith('.rels') || name === relsPart.toLowerCase() || !out.taken.has(name)) continue;
    const source = name.replace(/_rels\/([^/]*)\.rels$/, '$1');
    for (const r of relationshipsOf(await readPartXml(pkg, name, budget))) if (!r.external) stillUsed.add(resolveTarget(source, r.target).toLowerCase());
  }
  for (const target of internal) {
    if (stillUsed.has(target) || entryOf(pkg, target) === undefined) continue;
    await dropPartRels(pkg, out, ctDoc, target, budget);
    out.remove(target);
    ctDoc.root.children = ctDoc.root.children.filter((n: XmlNode) => !(isElement(n) && localName(n.name) === 'Override' && (n.attrs.PartName ?? '').replace(/^\/+/, '').toLowerCase() === target));
  }
}

/** The owned sheet's relationships (hyperlinks, notes) from ExcelJS's package, with the parts they point to under fresh names. */
async function copySheetRels(
  owned: Package,
  ownedPart: string,
  out: Output,
  target: string,
  ownedCt: XmlDocument,
  _ctDoc: XmlDocument,
  strict: boolean,
  addOverride: (part: string, type: string) => void,
  ensureDefault: (ext: string, type: string) => void,
  budget: Budget,
): Promise<void> {
  const relsDoc = await readPartXml(owned, relsPartOf(ownedPart), budget);
  if (!relsDoc) return;
  const ownedOverrides = new Map(elements(ownedCt.root, 'Override').map((o) => [(o.attrs.PartName ?? '').replace(/^\/+/, ''), o.attrs.ContentType ?? '']));
  const ownedDefaults = new Map(elements(ownedCt.root, 'Default').map((d) => [(d.attrs.Extension ?? '').toLowerCase(), d.attrs.ContentType ?? '']));
  for (const rel of elements(relsDoc.root, 'Relationship')) {
    if ((rel.attrs.TargetMode ?? '').toLowerCase() === 'external') continue;
    const source = resolveTarget(ownedPart, rel.attrs.Target ?? '');
    const text = await readPartText(owned, source, budget);
    if (text === undefined) continue;
    const slash = source.lastIndexOf('/');
    const dot = source.lastIndexOf('.');
    const ext = dot > slash ? source.slice(dot) : '';
    const stem = source.slice(0, dot > slash ? dot : undefined).replace(/\d+$/, '');
    const fresh = out.fresh(stem, ext);
    let body = text;
    if (ext.toLowerCase() === '.xml') {
      const doc = parseXml(text);
      if (strict) toStrict(doc.root);
      body = serializeXml(doc);
    }
    out.put(fresh, body);
    rel.attrs.Target = relativeTarget(target, fresh);
    const type = ownedOverrides.get(source);
    if (type !== undefined) addOverride(fresh, type);
    else {
      const byExt = ownedDefaults.get(ext.slice(1).toLowerCase());
      if (byExt !== undefined) ensureDefault(ext.slice(1), byExt);
    }
  }
  if (strict) toStrict(relsDoc.root);
  out.put(relsPartOf(target), serializeXml(relsDoc));
}
