/** Applies a write plan to an ExcelJS workbook: owned sheets replaced, highlights redrawn. */
import type ExcelJS from 'exceljs';
import { sheetNameKey } from '../../workbook/sheet-name';
import { quoteSheet } from '../../workbook/grid';
import { sheetNameProblem } from '../../workbook/sheet-name';
import { highlightFormula, isHighlightFormula, isOwnNote, noteText } from '../../workbook/render/highlights';
import { highlightFills, highlightFonts, styles, fontName, type StyleDef } from '../../workbook/render/styles';
import { footerCodes } from '../../workbook/render/layout';
import { isFormulaLike, textFormat } from '../../workbook/safe-text';
import { listNeedsCells, scoreOrWordFormula, type Highlight, type HighlightKind, type InputRange, type InputRule, type OutCell, type SheetSpec, type StyleName, type WritePlan } from '../../workbook/spec';

const mmPerInch = 25.4;

function excelStyle(def: StyleDef): Partial<ExcelJS.Style> {
  const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };
  return {
    font: { name: fontName, size: def.size, bold: def.bold, italic: def.italic, underline: def.underline, color: def.color ? { argb: `FF${def.color}` } : undefined },
    alignment: { horizontal: def.align, vertical: def.valign, wrapText: def.wrap },
    ...(def.fill ? { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${def.fill}` } } as ExcelJS.Fill } : {}),
    ...(def.border ? { border: { top: thin, left: thin, bottom: thin, right: thin } } : {}),
    ...(def.numFmt ? { numFmt: def.numFmt } : {}),
  };
}

/** Style objects built once per name and shared by every cell that uses them. */
const styleCache = new Map<StyleName, Partial<ExcelJS.Style>>();
function styleOf(name: StyleName): Partial<ExcelJS.Style> {
  let s = styleCache.get(name);
  if (!s) {
    s = excelStyle(styles[name]);
    styleCache.set(name, s);
  }
  return s;
}

/**
 * Text as OOXML stores it: a character XML cannot hold (a CR, a control character) as _xHHHH_, and an
 * "_xHHHH_" already in the text with its underscore escaped, so "a\r\nb" comes back with its CR.
 * ExcelJS writes the string as it is given.
 */
export function encodeXString(s: string): string {
  return s.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1').replace(/[^\t\n\u0020-\uFFFD]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

function writeCell(cell: ExcelJS.Cell, out: OutCell): void {
  const style = out.style ? styleOf(out.style) : undefined;
  if (out.link && typeof out.value === 'string') {
    cell.value = { text: encodeXString(out.value), hyperlink: `#${quoteSheet(out.link.sheet)}!${out.link.address}` };
  } else if (typeof out.value === 'number' && !Number.isFinite(out.value)) {
    // No program opens "Infinity" or "NaN" in a cell: a value that is not a number is shown as Excel's #NUM!.
    cell.value = { error: '#NUM!' };
  } else {
    // Strings are stored as shared strings: ExcelJS writes a formula only from a {formula} object.
    cell.value = typeof out.value === 'string' ? encodeXString(out.value) : out.value;
  }
  if (typeof out.value === 'string' && isFormulaLike(out.value)) {
    cell.style = { ...(style ?? {}), numFmt: textFormat };
  } else if (style) {
    cell.style = style;
  }
}

/** `cells`: the range holding a list's items when they cannot be written in the rule itself (listNeedsCells). */
function validationOf(rule: InputRule, cell: string, cells?: string): ExcelJS.DataValidation {
  const common = { allowBlank: true, showErrorMessage: true, errorStyle: 'stop', errorTitle: rule.title, error: rule.message };
  if (rule.kind === 'scoreOrWord') return { ...common, type: 'custom', formulae: [scoreOrWordFormula(rule, cell)] };
  if (rule.kind === 'list') return { ...common, type: 'list', formulae: [cells ?? `"${rule.values.join(',')}"`] };
  const type = rule.whole === true ? 'whole' : 'decimal';
  return rule.max === undefined
    ? { ...common, type, operator: 'greaterThanOrEqual', formulae: [rule.min] }
    : { ...common, type, operator: 'between', formulae: [rule.min, rule.max] };
}

/** Input cells of a form: unlocked (the rest of a protected sheet stays locked) and validated. */
function addInputs(ws: ExcelJS.Worksheet, inputs: readonly InputRange[], formWidth: number): void {
  // Lists whose items cannot stand in the rule: one hidden column each, one column right of the form.
  let listColumn = formWidth + 2;
  for (const input of inputs) {
    const [from = '', to = from] = input.range.split(':');
    let cells: string | undefined;
    if (input.rule?.kind === 'list' && listNeedsCells(input.rule.values)) {
      const col = listColumn++;
      input.rule.values.forEach((v, i) => {
        const cell = ws.getCell(i + 1, col);
        cell.value = encodeXString(v);
        // Items are text as typed: one that looks like a formula stays text.
        cell.numFmt = '@';
      });
      ws.getColumn(col).hidden = true;
      const letter = ws.getColumn(col).letter;
      cells = `$${letter}$1:$${letter}$${input.rule.values.length}`;
    }
    const validation = input.rule ? validationOf(input.rule, from, cells) : undefined;
    const a = ws.getCell(from).fullAddress;
    const b = ws.getCell(to).fullAddress;
    for (let r = a.row; r <= b.row; r++) {
      for (let c = a.col; c <= b.col; c++) {
        const cell = ws.getCell(r, c);
        // Style objects are shared between cells (styleOf): copy, never mutate.
        cell.style = { ...cell.style, protection: { locked: false } };
        if (validation) cell.dataValidation = validation;
      }
    }
  }
}

function addSheet(wb: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  // ExcelJS would cut a long name silently where Excel refuses it: names come valid from src/workbook/sheet-name.ts.
  const problem = sheetNameProblem(spec.name);
  if (problem) throw new Error(`Sheet name «${spec.name}» is not valid in Excel (${problem}).`);
  const ws = wb.addWorksheet(spec.name, {
    state: spec.visibility,
    views: spec.freeze ? [{ state: 'frozen', xSplit: spec.freeze.columns, ySplit: spec.freeze.rows }] : [],
  });
  spec.columnWidths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  spec.rows.forEach((cells, r) => {
    const row = ws.getRow(r + 1);
    const height = spec.rowHeights?.[r];
    if (height !== undefined) row.height = height;
    cells.forEach((out, c) => {
      if (out.value === null && !out.style) return;
      writeCell(row.getCell(c + 1), out);
    });
  });
  for (const range of spec.merges) ws.mergeCells(range);
  addInputs(ws, spec.inputs ?? [], spec.rows.reduce((w, r) => Math.max(w, r.length), spec.columnWidths.length));
  if (spec.protect) {
    // No password (a slip guard, see SheetSpec.protect); without one ExcelJS sets the flags synchronously.
    void ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  }
  if (spec.page) {
    const p = spec.page;
    ws.pageSetup = {
      paperSize: 9, // A4
      orientation: p.orientation,
      fitToPage: p.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { top: p.margins.top / mmPerInch, bottom: p.margins.bottom / mmPerInch, left: p.margins.left / mmPerInch, right: p.margins.right / mmPerInch, header: 0.3, footer: 0.3 },
      // Each printed sheet numbers its own pages (LibreOffice would count on from the sheet before).
      firstPageNumber: 1,
      ...(p.printTitleRows ? { printTitlesRow: `${p.printTitleRows[0]}:${p.printTitleRows[1]}` } : {}),
    };
    const footer = p.footer === undefined ? undefined : `&L${footerCodes(p.footer)}`;
    if (p.pageNumbers || footer) {
      ws.headerFooter = {
        differentFirst: true,
        firstHeader: '',
        ...(p.pageNumbers ? { oddHeader: `&C&"${fontName}"&12&P` } : {}),
        ...(footer ? { firstFooter: footer, oddFooter: footer } : {}),
      };
    }
  }
  for (const bar of spec.dataBars ?? []) {
    ws.addConditionalFormatting({
      ref: bar.range,
      rules: [{ type: 'dataBar', priority: 1, gradient: false, cfvo: [{ type: 'num', value: 0 }, { type: 'max' }], color: { argb: `FF${bar.color}` } } as ExcelJS.DataBarRuleType],
    });
  }
  return ws;
}

function isOwnHighlight(cf: ExcelJS.ConditionalFormattingOptions): boolean {
  return cf.rules.some((rule) => rule.type === 'expression' && (rule.formulae ?? []).some((f: unknown) => typeof f === 'string' && isHighlightFormula(f)));
}

/** The text of a cell's note, whether ExcelJS holds it as a string or as rich text. */
function noteOf(cell: ExcelJS.Cell): string | undefined {
  const note: unknown = cell.note;
  if (typeof note === 'string') return note;
  if (note && typeof note === 'object' && 'texts' in note && Array.isArray(note.texts)) return note.texts.map((t: { text?: string }) => t.text ?? '').join('');
  return undefined;
}

/** ExcelJS has no call to remove a note: the cell's comment is dropped as its own setter keeps it. */
function removeNote(cell: ExcelJS.Cell): void {
  (cell as ExcelJS.Cell & { _comment?: unknown })._comment = undefined;
}

/** Removes the add-in's highlights and notes from every sheet; other conditional formats and a person's notes stay. */
export function clearHighlightsIn(wb: ExcelJS.Workbook): number {
  let removed = 0;
  for (const ws of wb.worksheets) {
    const before = formatsOf(ws).length;
    ws.removeConditionalFormatting((cf: ExcelJS.ConditionalFormattingOptions) => !isOwnHighlight(cf));
    removed += before - formatsOf(ws).length;
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const note = noteOf(cell);
        if (note !== undefined && isOwnNote(note)) removeNote(cell);
      }),
    );
  }
  return removed;
}

/** ExcelJS reads existing conditional formats into this field, which its typings leave out. */
function formatsOf(ws: ExcelJS.Worksheet): readonly ExcelJS.ConditionalFormattingOptions[] {
  return (ws as ExcelJS.Worksheet & { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings ?? [];
}

function drawHighlights(wb: ExcelJS.Workbook, highlights: readonly Highlight[]): void {
  const groups = new Map<string, { sheet: string; kind: HighlightKind; refs: string[] }>();
  for (const h of highlights) {
    const key = `${h.sheet}\u0000${h.kind}`;
    const group = groups.get(key) ?? { sheet: h.sheet, kind: h.kind, refs: [] };
    group.refs.push(h.address);
    groups.set(key, group);
  }
  for (const group of groups.values()) {
    const ws = wb.getWorksheet(group.sheet);
    if (!ws) continue;
    ws.addConditionalFormatting({
      // One rule per kind and sheet: sqref takes a space-separated list of cells.
      ref: group.refs.join(' '),
      rules: [
        {
          type: 'expression',
          priority: 1,
          formulae: [highlightFormula(group.kind)],
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: `FF${highlightFills[group.kind]}` } }, font: { color: { argb: `FF${highlightFonts[group.kind]}` } } },
        },
      ],
    });
  }
  for (const h of highlights) {
    if (h.note === undefined) continue;
    const cell = wb.getWorksheet(h.sheet)?.getCell(h.address);
    // A note a person wrote is never replaced; the finding is on «Kiểm tra» all the same.
    if (!cell || noteOf(cell) !== undefined) continue;
    cell.note = noteText(h.note);
  }
}

type Ordered = ExcelJS.Worksheet & { orderNo: number };

/**
 * Replaces each owned sheet of the plan in place (the old one of that name, which the caller has
 * checked is ours, gives way to the new one at its position and under its sheet id, so the file
 * keeps the order the user gave its sheets and formulas elsewhere ='Tổng hợp'!B5 still find it)
 * and redraws highlights. Input sheets' cell values are never touched.
 */
export function applyWritePlan(wb: ExcelJS.Workbook, plan: WritePlan): void {
  for (const spec of plan.sheets) {
    const old = wb.worksheets.find((ws) => sheetNameKey(ws.name) === sheetNameKey(spec.name));
    // orderNo (the position) is in ExcelJS' model but not its typings; the freed id goes to the next sheet added.
    const position = old ? (old as Ordered).orderNo : undefined;
    if (old) wb.removeWorksheet(old.id);
    const ws = addSheet(wb, spec) as Ordered;
    if (position !== undefined) ws.orderNo = position;
  }
  if (plan.highlights) {
    clearHighlightsIn(wb);
    drawHighlights(wb, plan.highlights);
  }
}
