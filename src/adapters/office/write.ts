/**
 * Applies a write plan through office.js, cell for cell the same as the ExcelJS host
 * (src/adapters/xlsx/write.ts), in one Excel.run:
 *   sync 1  the sheet list;
 *   sync 2  old owned sheets deleted, new ones added (and, with highlights, conditional format types loaded);
 *   …       values, number formats, styles, layout, queued under a request budget: a sync only
 *           when the next operation would not fit (Excel on the web refuses requests over 5 MB);
 *   sync 3  the rest of the writes (and the formulas of custom conditional formats loaded);
 *   sync 4  our old highlights deleted, new ones drawn, visibility set last (a very hidden
 *           sheet cannot be activated, so nothing may touch it afterwards).
 * So the number of syncs grows with the size of the payload only, never with units or sheets.
 */
import { office as messages } from '../../i18n/vi/office';
import { sheetNameKey } from '../../workbook/sheet-name';
import { address, quoteSheet } from '../../workbook/grid';
import { styles } from '../../workbook/render/styles';
import { isFormulaLike, textFormat } from '../../workbook/safe-text';
import type { InputRule, OutCell, SheetSpec, StyleName, WritePlan } from '../../workbook/spec';
import type { CellInput, XRequestContext, XWorksheet } from './api';
import { addressChunks, columnSpan, rectAddress, rectsOf, rowSpan, spans } from './areas';
import { deleteOwn, drawHighlights, loadCustomRules, loadFormatTypes } from './highlights';
import { createSender, jsonSize, type Sender } from './payload';
import { applyStyle, mmToPoints, styleOpBytes, widthInPoints } from './styles';
import { officeText } from './text';

const officeVisibility = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;

function valueOf(cell: OutCell | undefined): CellInput {
  if (!cell || cell.value === null) return null;
  return typeof cell.value === 'string' ? officeText(cell.value) : cell.value;
}

function numberFormatOf(cell: OutCell | undefined): string | null {
  if (!cell) return null;
  if (typeof cell.value === 'string' && isFormulaLike(cell.value)) return textFormat;
  return (cell.style && styles[cell.style].numFmt) ?? null;
}

/** Values (and number formats where any) in row blocks, each block a fraction of the budget. */
async function writeValues(ws: XWorksheet, spec: SheetSpec, send: Sender, budget: number): Promise<void> {
  const width = spec.rows.reduce((w, r) => Math.max(w, r.length), 0);
  if (width === 0) return;
  const blockLimit = Math.max(1, Math.floor(budget / 4));
  let start = 0;
  while (start < spec.rows.length) {
    const values: CellInput[][] = [];
    const formats: (string | null)[][] = [];
    let size = 0;
    let hasFormat = false;
    let r = start;
    for (; r < spec.rows.length; r++) {
      const row = spec.rows[r] ?? [];
      const v: CellInput[] = [];
      const f: (string | null)[] = [];
      for (let c = 0; c < width; c++) {
        v.push(valueOf(row[c]));
        const nf = numberFormatOf(row[c]);
        if (nf !== null) hasFormat = true;
        f.push(nf);
      }
      const rowSize = jsonSize(v) + jsonSize(f);
      if (values.length > 0 && size + rowSize > blockLimit) break;
      values.push(v);
      formats.push(f);
      size += rowSize;
    }
    await send.reserve(size);
    const range = ws.getRangeByIndexes(start, 0, values.length, width);
    // Number formats first: a cell meant as text is Text before its value arrives.
    if (hasFormat) range.numberFormat = formats;
    range.values = values;
    start = r;
  }
}

async function writeStyles(ws: XWorksheet, spec: SheetSpec, send: Sender): Promise<void> {
  const byStyle = new Map<StyleName, { row: number; col: number }[]>();
  spec.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell.style) return;
      const cells = byStyle.get(cell.style) ?? [];
      cells.push({ row: r, col: c });
      byStyle.set(cell.style, cells);
    }),
  );
  // Style names in a fixed order, so that the same plan always gives the same requests.
  for (const name of [...byStyle.keys()].sort()) {
    for (const chunk of addressChunks(rectsOf(byStyle.get(name) ?? []).map(rectAddress))) {
      await send.reserve(styleOpBytes + chunk.length);
      applyStyle(ws.getRanges(chunk).format, styles[name]);
    }
  }
}

async function writeLayout(ws: XWorksheet, spec: SheetSpec, send: Sender): Promise<void> {
  for (const range of spec.merges) {
    await send.reserve(jsonSize(range));
    ws.getRange(range).merge(false);
  }
  for (const s of spans(spec.columnWidths)) {
    await send.reserve(jsonSize(s));
    ws.getRange(columnSpan(s.start, s.end)).format.columnWidth = widthInPoints(s.value);
  }
  for (const s of spans(spec.rowHeights ?? [])) {
    await send.reserve(jsonSize(s));
    ws.getRange(rowSpan(s.start, s.end)).format.rowHeight = s.value;
  }
  const freeze = spec.freeze;
  if (freeze && (freeze.rows > 0 || freeze.columns > 0)) {
    await send.reserve(jsonSize(freeze));
    if (freeze.rows > 0 && freeze.columns > 0) ws.freezePanes.freezeAt(`A1:${address(freeze.rows - 1, freeze.columns - 1)}`);
    else if (freeze.rows > 0) ws.freezePanes.freezeRows(freeze.rows);
    else ws.freezePanes.freezeColumns(freeze.columns);
  }
  if (spec.page) {
    const p = spec.page;
    await send.reserve(jsonSize(p) * 4);
    const layout = ws.pageLayout;
    layout.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    layout.paperSize = 'A4';
    layout.topMargin = mmToPoints(p.margins.top);
    layout.bottomMargin = mmToPoints(p.margins.bottom);
    layout.leftMargin = mmToPoints(p.margins.left);
    layout.rightMargin = mmToPoints(p.margins.right);
    // 0.3 inch, as the ExcelJS host writes.
    layout.headerMargin = 21.6;
    layout.footerMargin = 21.6;
    if (p.printTitleRows) layout.setPrintTitleRows(`$${p.printTitleRows[0]}:$${p.printTitleRows[1]}`);
    // One page wide, as many pages tall as needed (0: automatic, as fitToHeight 0 in the file format).
    if (p.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (p.pageNumbers) {
      layout.headersFooters.state = 'FirstAndDefault';
      layout.headersFooters.firstPage.centerHeader = '';
      layout.headersFooters.defaultForAllPages.centerHeader = '&"Times New Roman"&12&P';
    }
  }
  for (const [r, row] of spec.rows.entries()) {
    for (const [c, cell] of row.entries()) {
      if (!cell.link || typeof cell.value !== 'string') continue;
      const hyperlink = {
        documentReference: `${quoteSheet(cell.link.sheet)}!${cell.link.address}`,
        // The shown text is not parsed as a formula; it is left out for formula-like text all the same.
        ...(isFormulaLike(cell.value) ? {} : { textToDisplay: cell.value }),
      };
      await send.reserve(jsonSize(hyperlink));
      ws.getRangeByIndexes(r, c, 1, 1).hyperlink = hyperlink;
    }
  }
  for (const bar of spec.dataBars ?? []) {
    await send.reserve(jsonSize(bar) * 4);
    const format = ws.getRange(bar.range).conditionalFormats.add('DataBar');
    format.dataBar.positiveFormat.fillColor = `#${bar.color}`;
    format.dataBar.positiveFormat.gradientFill = false;
    format.dataBar.lowerBoundRule = { type: 'Number', formula: '0' };
    format.dataBar.upperBoundRule = { type: 'HighestValue' };
  }
  await writeForm(ws, spec, send);
  for (const chart of spec.charts ?? []) {
    await send.reserve(jsonSize(chart) * 4);
    const made = ws.charts.add('BarClustered', ws.getRange(chart.values), 'Columns');
    made.title.text = chart.title;
    made.series.getItemAt(0).setXAxisValues(ws.getRange(chart.categories));
    made.setPosition(chart.anchor);
  }
}

/** issue 4: a form's rule in office.js terms; a list is its items joined by commas. */
function officeRule(rule: InputRule): Excel.DataValidationRule {
  if (rule.kind === 'list') return { list: { inCellDropDown: true, source: rule.values.join(',') } };
  const basic: Excel.BasicDataValidation =
    rule.max === undefined ? { formula1: rule.min, operator: 'GreaterThanOrEqualTo' } : { formula1: rule.min, formula2: rule.max, operator: 'Between' };
  return rule.whole === true ? { wholeNumber: basic } : { decimal: basic };
}

/** issue 4: input cells unlocked and validated, then the sheet protected (no password: a slip guard). */
async function writeForm(ws: XWorksheet, spec: SheetSpec, send: Sender): Promise<void> {
  for (const input of spec.inputs ?? []) {
    await send.reserve(jsonSize(input) * 2);
    const range = ws.getRange(input.range);
    range.format.protection.locked = false;
    if (input.rule) {
      range.dataValidation.rule = officeRule(input.rule);
      range.dataValidation.errorAlert = { showAlert: true, style: 'Stop', title: input.rule.title, message: input.rule.message };
    }
  }
  if (spec.protect) {
    await send.reserve(256);
    ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true });
  }
}

/** What a rollback needs: the sheets that were there (by id, as they were) and the names the new ones carried. */
export interface ApplyState {
  /** Set once a sheet may have been added, renamed or deleted: from then on a failure needs rolling back. */
  touched: boolean;
  readonly before: { readonly id: string; readonly name: string; readonly visibility: XWorksheet['visibility'] }[];
  readonly staging: string[];
}

export function newApplyState(): ApplyState {
  return { touched: false, before: [], staging: [] };
}

/** Names no sheet has (Excel compares names without case). */
function freeNames(prefix: string, count: number, taken: Set<string>): string[] {
  const out: string[] = [];
  for (let i = 1; out.length < count; i++) {
    const name = `${prefix} ${i}`;
    if (!taken.has(sheetNameKey(name))) {
      taken.add(sheetNameKey(name));
      out.push(name);
    }
  }
  return out;
}

/**
 * Writes the plan's sheets under staging names first; only the last sync swaps them in (the old
 * owned sheets renamed aside, the new ones renamed, the old ones deleted). A failure at any sync
 * can so be rolled back to the workbook as it was, the run log's earlier rows included.
 */
export async function applyPlan(ctx: XRequestContext, plan: WritePlan, budget: number, state: ApplyState): Promise<void> {
  ctx.application.suspendApiCalculationUntilNextSync();
  const collection = ctx.workbook.worksheets.load(['items/id', 'items/name', 'items/visibility']);
  await ctx.sync();
  const send = createSender(ctx, budget);
  const planKeys = new Set(plan.sheets.map((s) => sheetNameKey(s.name)));
  const existing = collection.items;
  state.before.push(...existing.map((ws) => ({ id: ws.id, name: ws.name, visibility: ws.visibility })));
  const kept = existing.filter((ws) => !planKeys.has(sheetNameKey(ws.name)));
  const replaced = existing.filter((ws) => planKeys.has(sheetNameKey(ws.name)));
  const taken = new Set([...existing.map((ws) => sheetNameKey(ws.name)), ...planKeys]);
  const staging = freeNames(messages.stagingSheet, plan.sheets.length, taken);
  const aside = freeNames(messages.asideSheet, replaced.length, taken);
  state.staging.push(...staging);
  const added = plan.sheets.map((spec, i) => ({ spec, ws: ctx.workbook.worksheets.add(staging[i]) }));
  const formatTypes = plan.highlights ? loadFormatTypes(kept) : [];
  state.touched = true;
  await send.sync();

  for (const { spec, ws } of added) await writeValues(ws, spec, send, budget);
  for (const { spec, ws } of added) await writeStyles(ws, spec, send);
  for (const { spec, ws } of added) await writeLayout(ws, spec, send);
  const rules = loadCustomRules(formatTypes);
  await send.sync();

  if (plan.highlights) {
    deleteOwn(rules);
    await drawHighlights(plan.highlights, new Map(kept.map((ws) => [ws.name, ws])), send);
  }
  // The swap, in one request. Excel refuses to delete a very hidden sheet (InvalidOperation): hidden first.
  replaced.forEach((ws, i) => {
    if (ws.visibility === 'VeryHidden') ws.visibility = 'Hidden';
    ws.name = aside[i] ?? ws.name;
  });
  for (const { spec, ws } of added) {
    ws.name = spec.name;
    if (spec.visibility !== 'visible') ws.visibility = officeVisibility[spec.visibility];
  }
  for (const ws of replaced) ws.delete();
  await ctx.sync();
}

/**
 * After a failed write: deletes every sheet the write added (under its staging name or already
 * renamed) and gives the sheets that were there their names and visibility back. Returns the
 * names it could not restore.
 */
export async function rollBack(ctx: XRequestContext, state: ApplyState): Promise<string[]> {
  const collection = ctx.workbook.worksheets.load(['items/id', 'items/name', 'items/visibility']);
  await ctx.sync();
  const before = new Map(state.before.map((b) => [b.id, b]));
  const now = collection.items;
  const addedNow = now.filter((ws) => !before.has(ws.id));
  // New sheets first, so that the old names are free again.
  for (const ws of addedNow) {
    if (ws.visibility === 'VeryHidden') ws.visibility = 'Hidden';
    ws.delete();
  }
  for (const ws of now) {
    const was = before.get(ws.id);
    if (!was) continue;
    if (ws.name !== was.name) ws.name = was.name;
    if (ws.visibility !== was.visibility) ws.visibility = was.visibility;
  }
  await ctx.sync();
  const present = new Set(now.map((ws) => ws.id));
  return state.before.filter((b) => !present.has(b.id)).map((b) => b.name);
}

/** Removes the add-in's highlights from every sheet: at most four syncs whatever the size of the workbook. */
export async function clearAllHighlights(ctx: XRequestContext): Promise<number> {
  const collection = ctx.workbook.worksheets.load(['items/name']);
  await ctx.sync();
  const types = loadFormatTypes(collection.items);
  await ctx.sync();
  const rules = loadCustomRules(types);
  if (rules.length === 0) return 0;
  await ctx.sync();
  const removed = deleteOwn(rules);
  if (removed > 0) await ctx.sync();
  return removed;
}

