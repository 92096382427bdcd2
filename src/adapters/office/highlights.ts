/**
 * Highlights are custom conditional formats whose formula carries the add-in's marker
 * (render/highlights.ts), so removing them never touches a user's own conditional formats, nor
 * any value or cell format. Finding ours takes two reads (the type of each format, then the
 * formula of the custom ones), each a single sync for all sheets.
 */
import { highlightFormula, isHighlightFormula } from '../../workbook/render/highlights';
import { highlightFills } from '../../workbook/render/styles';
import { parseAddress } from '../../workbook/grid';
import type { Highlight, HighlightKind } from '../../workbook/spec';
import type { XConditionalFormat, XConditionalFormatCollection, XConditionalFormatRule, XWorksheet } from './api';
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
