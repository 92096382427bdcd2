/**
 * Highlights are custom conditional formats whose formula carries the add-in's marker
 * (render/highlights.ts), so removing them never touches a user's own conditional formats, nor
 * any value or cell format. Finding ours takes two reads (the type of each format, then the
 * formula of the custom ones), each a single sync for all sheets.
 */
import { highlightFormula, isHighlightFormula, isOwnNote, noteText } from '../../workbook/render/highlights';
import { highlightFills } from '../../workbook/render/styles';
import { address, parseAddress } from '../../workbook/grid';
import type { Highlight, HighlightKind } from '../../workbook/spec';
import type { XCommentCollection, XConditionalFormat, XConditionalFormatCollection, XConditionalFormatRule, XNoteCollection, XRange, XWorksheet } from './api';
import { addressChunks, rectAddress, rectsOf } from './areas';
import { jsonSize, type Sender } from './payload';

/**
 * Step 1: queue the load of every conditional format's id and type on these sheets. The id matters:
 * an item of a loaded collection is otherwise addressed by its position, and deleting one format
 * moves the position of every later one (so the next deletion would hit a user's format).
 */
export function loadFormatTypes(sheets: readonly XWorksheet[]): XConditionalFormatCollection[] {
  return sheets.map((ws) => ws.getRange().conditionalFormats.load(['items/id', 'items/type']));
}

export interface CustomRule {
  readonly collection: XConditionalFormatCollection;
  readonly format: XConditionalFormat;
  readonly rule: XConditionalFormatRule;
}

/** Step 2 (after a sync): queue the load of the custom formats' formulas. */
export function loadCustomRules(collections: readonly XConditionalFormatCollection[]): CustomRule[] {
  return collections.flatMap((collection) => collection.items.filter((f) => f.type === 'Custom').map((format) => ({ collection, format, rule: format.custom.rule.load(['formula']) })));
}

/** Step 3 (after a sync): queue the deletion of ours, each by its id; returns how many. */
export function deleteOwn(rules: readonly CustomRule[]): number {
  const own = rules.filter((r) => isHighlightFormula(r.rule.formula));
  for (const r of own) r.collection.getItem(r.format.id).delete();
  return own.length;
}

/**
 * Queues one custom conditional format per (sheet, kind) on a multi-area range; an address list
 * longer than Excel takes (255 characters) is split, giving one format per part.
 */
export async function drawHighlights(highlights: readonly Highlight[], sheetByName: ReadonlyMap<string, XWorksheet>, send: Sender, features: { readonly rangeAreas: boolean }): Promise<void> {
  const groups = new Map<string, { sheet: string; kind: HighlightKind; cells: { row: number; col: number }[] }>();
  for (const h of highlights) {
    const key = `${h.sheet}\u0000${h.kind}`;
    const group = groups.get(key) ?? { sheet: h.sheet, kind: h.kind, cells: [] };
    group.cells.push(parseAddress(h.address));
    groups.set(key, group);
  }
  for (const group of groups.values()) {
    const ws = sheetByName.get(group.sheet);
    if (!ws) continue;
    const rects = rectsOf(group.cells).map(rectAddress);
    // Before ExcelApi 1.9 (no multi-area ranges): one format per rectangle.
    for (const chunk of features.rangeAreas ? addressChunks(rects) : rects) {
      await send.reserve(jsonSize(chunk) * 3);
      const format = (features.rangeAreas ? ws.getRanges(chunk) : ws.getRange(chunk)).conditionalFormats.add('Custom');
      format.custom.rule.formula = `=${highlightFormula(group.kind)}`;
      format.custom.format.fill.color = `#${highlightFills[group.kind]}`;
    }
  }
}

/**
 * The finding's words as the cell's note (Worksheet.notes, ExcelApi 1.18), as the ExcelJS host writes
 * them: the add-in's notes start with its heading (render/highlights.ts noteHeading), so a rerun and
 * «clear» change only those. A cell holding a person's note, or a threaded comment (a cell takes one
 * or the other), keeps it and gets no note: the finding is on the findings sheet all the same.
 * Finding the notes takes the same two reads as the formats, in the same syncs: the notes with their
 * text, then the cell of each (a note has no id; it is addressed by its cell from then on, never by
 * its position in the collection, which moves when one is deleted).
 */
export interface NoteScan {
  readonly sheet: XWorksheet;
  readonly notes: XNoteCollection;
  /** Absent when only the add-in's own notes matter (clearing). */
  readonly comments?: XCommentCollection;
}

/** Step 1: queue the load of the notes' text on these sheets (and of their threaded comments when writing). */
export function loadNotes(sheets: readonly XWorksheet[], withComments: boolean): NoteScan[] {
  return sheets.map((sheet) => ({ sheet, notes: sheet.notes.load(['items/content']), ...(withComments ? { comments: sheet.comments.load(['items/id']) } : {}) }));
}

export interface NoteCells {
  readonly sheet: XWorksheet;
  readonly notes: readonly { readonly location: XRange; readonly content: string; readonly own: boolean }[];
  readonly comments: readonly XRange[];
}

/** Step 2 (after a sync): queue the load of each note's cell (only the add-in's own when `ownOnly`) and each comment's. */
export function loadNoteCells(scans: readonly NoteScan[], ownOnly: boolean): NoteCells[] {
  return scans.map((scan) => ({
    sheet: scan.sheet,
    notes: scan.notes.items
      .map((note) => ({ note, own: isOwnNote(note.content) }))
      .filter((n) => n.own || !ownOnly)
      .map(({ note, own }) => ({ location: note.getLocation().load(['address']), content: note.content, own })),
    comments: (scan.comments?.items ?? []).map((c) => c.getLocation().load(['address'])),
  }));
}

/** "'Kết quả'!$B$2" → "B2": the cell of a location, as highlights name it. */
export function cellOf(location: string): string {
  const at = parseAddress(location.slice(location.lastIndexOf('!') + 1).replace(/\$/g, ''));
  return address(at.row, at.col);
}

/** Step 3 (after a sync): queue the deletion of the add-in's notes, each by its cell; returns how many. */
export function deleteOwnNotes(cells: readonly NoteCells[]): number {
  let removed = 0;
  for (const c of cells) {
    for (const n of c.notes) {
      if (!n.own) continue;
      c.sheet.notes.getItem(cellOf(n.location.address)).delete();
      removed++;
    }
  }
  return removed;
}

/**
 * Step 3 of a write: the add-in's notes brought to what the highlights say — text changed in place,
 * deleted where no highlight has words any more, added on cells holding no note and no comment.
 */
export async function writeNotes(highlights: readonly Highlight[], cells: readonly NoteCells[], send: Sender): Promise<void> {
  const wanted = new Map<string, Map<string, string>>();
  for (const h of highlights) {
    if (h.note === undefined) continue;
    const bySheet = wanted.get(h.sheet) ?? new Map<string, string>();
    bySheet.set(cellOf(h.address), noteText(h.note));
    wanted.set(h.sheet, bySheet);
  }
  for (const c of cells) {
    const want = wanted.get(c.sheet.name) ?? new Map<string, string>();
    const taken = new Set(c.comments.map((r) => cellOf(r.address)));
    for (const n of c.notes) {
      const at = cellOf(n.location.address);
      taken.add(at);
      if (!n.own) continue;
      const text = want.get(at);
      if (text === n.content) continue;
      await send.reserve(jsonSize(text ?? at));
      if (text === undefined) c.sheet.notes.getItem(at).delete();
      else c.sheet.notes.getItem(at).content = text;
    }
    for (const [at, text] of want) {
      if (taken.has(at)) continue;
      // One action: the text, its cell and the action's overhead.
      await send.reserve(jsonSize(text) + at.length);
      c.sheet.notes.add(at, text);
    }
  }
}
