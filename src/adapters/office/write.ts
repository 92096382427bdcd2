/**
 * The sheet writers of the office host: values, styles, cell extras and sheet settings queued on
 * a worksheet under a request budget, cell for cell the same as the ExcelJS host
 * (src/adapters/xlsx/write.ts). The order of syncs and the swap are in staged-write.ts.
 */
import { address, columnLetters, quoteSheet } from '../../workbook/grid';
import { fontName, styles } from '../../workbook/render/styles';
import { footerCodes } from '../../workbook/render/layout';
import { isFormulaLike, textFormat } from '../../workbook/safe-text';
import { listNeedsCells, scoreOrWordFormula, type InputRule, type OutCell, type SheetSpec, type StyleName } from '../../workbook/spec';
import type { CellInput, XRequestContext, XWorksheet } from './api';
import { addressChunks, columnSpan, rectAddress, rectsOf, rowSpan, spans } from './areas';
import { deleteOwn, deleteOwnNotes, loadCustomRules, loadFormatTypes, loadNoteCells, loadNotes } from './highlights';
import { actionOverhead, jsonSize, type Sender } from './payload';
import { applyStyle, mmToPoints, styleOpBytes, widthInPoints } from './styles';
import { officeText } from './text';

/**
 * What this Excel offers above the floor (ExcelApi 1.7), asked once (requirements.ts): each
 * missing one takes a plainer path, never a failure.
 */
export interface WriteFeatures {
  /** Worksheet.getRanges, RangeAreas (ExcelApi 1.9): one request per style or highlight instead of one per rectangle. */
  readonly rangeAreas: boolean;
  /** Worksheet.pageLayout (ExcelApi 1.9): print setup of the council's sheets. */
  readonly pageLayout: boolean;
  /** Range.dataValidation (ExcelApi 1.8): list and number rules on form inputs. */
  readonly dataValidation: boolean;
  /** Range.copyFrom (ExcelApi 1.9): owned sheets rewritten in place, so references to them keep working. */
  readonly copyInPlace: boolean;
  /** Worksheet.notes (ExcelApi 1.18): the findings' words as notes on the highlighted cells. */
  readonly notes: boolean;
}

export const allWriteFeatures: WriteFeatures = { rangeAreas: true, pageLayout: true, dataValidation: true, copyInPlace: true, notes: true };

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
export async function writeValues(ws: XWorksheet, spec: SheetSpec, send: Sender, budget: number): Promise<void> {
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

export async function writeStyles(ws: XWorksheet, spec: SheetSpec, send: Sender, features: WriteFeatures): Promise<void> {
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
    const rects = rectsOf(byStyle.get(name) ?? []).map(rectAddress);
    if (features.rangeAreas) {
      for (const chunk of addressChunks(rects)) {
        await send.reserve(styleOpBytes + chunk.length);
        applyStyle(ws.getRanges(chunk).format, styles[name]);
      }
    } else {
      // Before ExcelApi 1.9 (no multi-area ranges): one request per rectangle, still in the same syncs.
      for (const rect of rects) {
        await send.reserve(styleOpBytes + rect.length);
        applyStyle(ws.getRange(rect).format, styles[name]);
      }
    }
  }
}

/** What a sheet has that a copy of its cells does not carry: widths, heights, panes, page setup. */
export async function writeSheetSettings(ws: XWorksheet, spec: SheetSpec, send: Sender, features: WriteFeatures, fresh: boolean): Promise<void> {
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
  } else if (!fresh) {
    // A sheet rewritten in place keeps its panes otherwise.
    await send.reserve(actionOverhead);
    ws.freezePanes.unfreeze();
  }
  if (spec.page && features.pageLayout) {
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
    const footer = p.footer === undefined ? undefined : footerCodes(p.footer);
    if (p.pageNumbers || footer !== undefined) {
      // As the ExcelJS host: no page number on the first page, the footer on every page.
      layout.headersFooters.state = 'FirstAndDefault';
      layout.headersFooters.firstPage.centerHeader = '';
      if (p.pageNumbers) layout.headersFooters.defaultForAllPages.centerHeader = `&"${fontName}"&12&P`;
      if (footer !== undefined) {
        layout.headersFooters.firstPage.leftFooter = footer;
        layout.headersFooters.defaultForAllPages.leftFooter = footer;
      }
    }
  }
  if (spec.protect) {
    await send.reserve(256);
    ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true });
  }
}

/** What lives in the cells beyond values and styles: merges, links, data bars, form inputs, charts. */
export async function writeCellExtras(ws: XWorksheet, spec: SheetSpec, send: Sender, features: WriteFeatures): Promise<void> {
  for (const range of spec.merges) {
    await send.reserve(jsonSize(range));
    ws.getRange(range).merge(false);
  }
  for (const [r, row] of spec.rows.entries()) {
    for (const [c, cell] of row.entries()) {
      if (!cell.link || typeof cell.value !== 'string') continue;
      // The text is already in the cell (written as values, quoted where needed): Excel would read a
      // textToDisplay as typed input, dropping a leading apostrophe, so none is given.
      const hyperlink = { documentReference: `${quoteSheet(cell.link.sheet)}!${cell.link.address}` };
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
  await writeInputs(ws, spec, send, features);
  for (const chart of spec.charts ?? []) {
    await send.reserve(jsonSize(chart) * 4);
    const made = ws.charts.add('BarClustered', ws.getRange(chart.values), 'Columns');
    made.title.text = chart.title;
    made.series.getItemAt(0).setXAxisValues(ws.getRange(chart.categories));
    made.setPosition(chart.anchor);
  }
}

/** a form's rule in office.js terms. */
function officeRule(rule: InputRule, at: string, cells?: string): Excel.DataValidationRule {
  if (rule.kind === 'scoreOrWord') return { custom: { formula: `=${scoreOrWordFormula(rule, at)}` } };
  if (rule.kind === 'list') return { list: { inCellDropDown: true, source: cells ?? rule.values.join(',') } };
  const basic: Excel.BasicDataValidation =
    rule.max === undefined ? { formula1: rule.min, operator: 'GreaterThanOrEqualTo' } : { formula1: rule.min, formula2: rule.max, operator: 'Between' };
  // A count of cases is a whole number: the form refuses 1,5 as Excel's own rule.
  return rule.whole === true ? { wholeNumber: basic } : { decimal: basic };
}

/** Input cells of a form unlocked and validated (the sheet is protected with its settings). */
async function writeInputs(ws: XWorksheet, spec: SheetSpec, send: Sender, features: WriteFeatures): Promise<void> {
  let listColumn = spec.rows.reduce((w, r) => Math.max(w, r.length), spec.columnWidths.length) + 1;
  for (const input of spec.inputs ?? []) {
    await send.reserve(jsonSize(input) * 2);
    const range = ws.getRange(input.range);
    range.format.protection.locked = false;
    if (input.rule && features.dataValidation) {
      let cells: string | undefined;
      if (input.rule.kind === 'list' && listNeedsCells(input.rule.values)) {
        const col = listColumn++;
        const values = input.rule.values.map((v) => [officeText(v)]);
        await send.reserve(jsonSize(values) * 2);
        ws.getRangeByIndexes(0, col, values.length, 1).numberFormat = values.map(() => [textFormat]);
        ws.getRangeByIndexes(0, col, values.length, 1).values = values;
        ws.getRange(columnSpan(col, col)).columnHidden = true;
        cells = `=$${columnLetters(col)}$1:$${columnLetters(col)}$${values.length}`;
      }
      range.dataValidation.rule = officeRule(input.rule, input.range.split(':')[0] ?? input.range, cells);
      range.dataValidation.errorAlert = { showAlert: true, style: 'Stop', title: input.rule.title, message: input.rule.message };
    }
  }
}

/**
 * Removes the add-in's highlights, and its notes where Excel has them (ExcelApi 1.18), from every
 * sheet: at most four syncs whatever the size of the workbook, the notes read in the same syncs as
 * the formats. A person's conditional formats and notes stay.
 */
export async function clearAllHighlights(ctx: XRequestContext, features: { readonly notes: boolean }): Promise<number> {
  const collection = ctx.workbook.worksheets.load(['items/name']);
  await ctx.sync();
  const types = loadFormatTypes(collection.items);
  const scans = features.notes ? loadNotes(collection.items, false) : [];
  await ctx.sync();
  const rules = loadCustomRules(types);
  const cells = loadNoteCells(scans, true);
  if (rules.length === 0 && cells.every((c) => c.notes.length === 0)) return 0;
  await ctx.sync();
  const removed = deleteOwn(rules) + deleteOwnNotes(cells);
  if (removed > 0) await ctx.sync();
  return removed;
}

