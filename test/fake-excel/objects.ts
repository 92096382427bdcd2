/// <reference types="office-js" />
/**
 * The proxies of the fake, one class per Excel.* object the host uses. Each class `implements`
 * the host's subset interface (src/adapters/office/api.ts), which the compiler proves the real
 * @types/office-js classes fit: so a member renamed or misspelled here, in the host, or in
 * office.js' typings fails to compile. Like office.js: setting a property or calling a method
 * only queues an operation; reading a property needs load() and a sync first (PropertyNotLoaded).
 */
import type {
  BorderSide,
  CellInput,
  ValueType,
  XApplication,
  XChart,
  XChartCollection,
  XConditionalFormat,
  XConditionalFormatCollection,
  XConditionalFormatRule,
  XCustomConditionalFormat,
  XDataBarConditionalFormat,
  XDataValidation,
  XFormatProtection,
  XWorksheetProtection,
  XFreezePanes,
  XComment,
  XCommentCollection,
  XNote,
  XNoteCollection,
  XHeaderFooter,
  XPageLayout,
  XRange,
  XRangeAreas,
  XRangeBorder,
  XRangeBorderCollection,
  XRangeFill,
  XRangeFont,
  XRangeFormat,
  XRequestContext,
  XWorkbook,
  XWorksheet,
  XWorksheetCollection,
} from '../../src/adapters/office/api';
import { quoteSheet } from '../../src/workbook/grid';
import { sheetNameProblem } from '../../src/workbook/sheet-name';
import { need, officeError, requireSet, type FakeQueue } from './context';
import { cellOf, cellKey, cellPosition, put, findSheet, intersects, newSheet, parseRect, sheetFromSnapshot, rectText, typedInput, usedRect, type FakeCell, type FakeConditionalFormat, type FakeSheet, type Rect } from './model';

/** 'lazy': a cell found when the request runs (where a note or a comment is then). */
type Target = { kind: 'rects'; rects: Rect[] } | { kind: 'lazy'; find: () => Rect } | { kind: 'all' } | { kind: 'used' } | { kind: 'columns'; start: number; end: number } | { kind: 'rows'; start: number; end: number };

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function parseTarget(address: string): Target {
  const text = address.replace(/\$/g, '').trim();
  const columns = /^([A-Z]+):([A-Z]+)$/i.exec(text);
  if (columns) return { kind: 'columns', start: columnIndex(columns[1] ?? 'A'), end: columnIndex(columns[2] ?? 'A') };
  const rows = /^(\d+):(\d+)$/.exec(text);
  if (rows) return { kind: 'rows', start: Number(rows[1]) - 1, end: Number(rows[2]) - 1 };
  return { kind: 'rects', rects: text.split(',').map((part) => parseRect(part.trim())) };
}

function targetText(target: Target): string {
  switch (target.kind) {
    case 'rects':
      return target.rects.map(rectText).join(',');
    case 'lazy':
      return 'location';
    case 'columns':
    case 'rows':
      return `${target.kind}:${target.start}:${target.end}`;
    default:
      return target.kind;
  }
}

function sheetLabel(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : quoteSheet(name);
}

/** Sheet ids as Excel gives them: opaque strings in braces. */
const fakeSheetId = (id: number): string => `{00000000-0000-0000-0000-${String(id).padStart(12, '0')}}`;
const fakeIdPattern = /^\{00000000-0000-0000-0000-(\d{12})\}$/;

type SheetRef = { id?: number; name?: string };

/** As Excel: a name over 31 characters, with []:*?/\\, edge apostrophes, empty or «History» is refused. */
function checkName(name: string): void {
  const problem = sheetNameProblem(name);
  if (problem) throw officeError('InvalidArgument', `The worksheet name «${name}» is not valid (${problem}).`);
}

/**
 * Sheets by id, for the list they were taken from: the list only grows by push and is replaced on delete,
 * so its identity and length tell when to look again (a workbook of 1,000 unit sheets, thousands of requests).
 */
const sheetsById = new WeakMap<FakeSheet[], { length: number; byId: Map<number, FakeSheet> }>();

function sheetWithId(sheets: FakeSheet[], id: number): FakeSheet | undefined {
  let index = sheetsById.get(sheets);
  if (!index || index.length !== sheets.length) {
    index = { length: sheets.length, byId: new Map(sheets.map((s) => [s.id, s])) };
    sheetsById.set(sheets, index);
  }
  return index.byId.get(id);
}

function resolveSheet(queue: FakeQueue, ref: SheetRef): FakeSheet {
  const sheet = ref.id !== undefined ? sheetWithId(queue.model.sheets, ref.id) : ref.name !== undefined ? findSheet(queue.model, ref.name) : undefined;
  if (!sheet) throw officeError('ItemNotFound', `The requested worksheet (${ref.name ?? ref.id ?? '?'}) does not exist.`);
  return sheet;
}

/** A cell as Excel shows it: a user's reference shows the cell it points at, or #REF!. */
function referenced(queue: FakeQueue, cell: FakeCell | undefined): FakeCell | undefined {
  const ref = cell?.reference;
  if (!cell || !ref) return cell;
  const target = ref.broken ? undefined : queue.model.sheets.find((s) => s.id === ref.sheetId);
  if (!target) return { ...cell, value: '#REF!', type: 'Error' };
  const shown = target.cells.get(cellKey(ref.row, ref.col));
  return { ...cell, value: shown && shown.type !== 'Empty' ? shown.value : 0, type: shown && shown.type !== 'Empty' ? shown.type : 'Double' };
}

/** A worksheet and a part of it, resolved when an operation is applied. */
class Place {
  constructor(
    readonly queue: FakeQueue,
    readonly sheet: FakeWorksheet,
    readonly target: Target,
  ) {}

  get model(): FakeSheet {
    return this.sheet.resolve();
  }

  rects(): Rect[] {
    const sheet = this.model;
    switch (this.target.kind) {
      case 'rects':
        return this.target.rects;
      case 'lazy':
        return [this.target.find()];
      case 'used':
      case 'all': {
        const used = usedRect(sheet);
        return used ? [used] : [];
      }
      default:
        return [];
    }
  }

  /** Queues setting a format key on every cell of the place. */
  setCells(key: string, value: string | number | boolean): void {
    this.queue.enqueue({ action: 'set', target: targetText(this.target), property: key, value }, () => {
      const sheet = this.model;
      for (const r of this.rects()) {
        for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.cols; j++) cellOf(sheet, r.row + i, r.col + j).format[key] = value;
      }
    });
  }
}

export class FakeContext implements XRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  constructor(readonly queue: FakeQueue) {
    this.workbook = new FakeWorkbook(queue);
    this.application = new FakeApplication(queue);
  }
  sync(): Promise<void> {
    return this.queue.sync();
  }
}

export class FakeApplication implements XApplication {
  constructor(private readonly queue: FakeQueue) {}
  suspendApiCalculationUntilNextSync(): void {
    this.queue.enqueue({ action: 'suspendApiCalculationUntilNextSync' }, () => undefined);
  }
}

export class FakeWorkbook implements XWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  constructor(private readonly queue: FakeQueue) {
    this.worksheets = new FakeWorksheetCollection(queue);
  }

  insertWorksheetsFromBase64(base64File: string, options?: Excel.InsertWorksheetOptions): { readonly value: string[] } {
    requireSet(this.queue.state, '1.13', 'Workbook.insertWorksheetsFromBase64');
    let ids: string[] | undefined;
    this.queue.enqueue({ action: 'insertWorksheetsFromBase64', base64File, options }, () => {
      const source = this.queue.state.options.files?.get(base64File);
      if (!source) throw officeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      if (options?.positionType !== undefined && options.positionType !== 'End') throw new Error('the fake inserts at the end only');
      const model = this.queue.model;
      const names = options?.sheetNamesToInsert?.length ? options.sheetNamesToInsert : source.sheets.map((s) => s.name);
      ids = names.map((name) => {
        const from = source.sheets.find((s) => s.name === name);
        if (!from) throw officeError('ItemNotFound', `The requested worksheet (${name}) does not exist in the source workbook.`);
        // A name already taken gets " (2)", " (3)" … as Excel's own Move or Copy does (an assumption: not documented for this API).
        let free = name;
        for (let i = 2; findSheet(model, free); i++) free = `${name} (${i})`;
        const sheet = sheetFromSnapshot(model, { ...from, name: free });
        model.sheets.push(sheet);
        return fakeSheetId(sheet.id);
      });
      return ids;
    });
    return {
      get value(): string[] {
        return need(ids, 'value');
      },
    };
  }
}


export class FakeWorksheetCollection implements XWorksheetCollection {
  private loaded?: FakeWorksheet[];
  constructor(private readonly queue: FakeQueue) {}

  get items(): FakeWorksheet[] {
    return need(this.loaded, 'items');
  }

  load(propertyNames: string[]): FakeWorksheetCollection {
    const props = propertyNames.map((p) => p.replace(/^items\//, ''));
    this.queue.enqueue({ action: 'load', target: 'worksheets', props }, () => {
      this.loaded = this.queue.model.sheets.map((s) => {
        const ws = new FakeWorksheet(this.queue, { id: s.id });
        ws.fill(props, s);
        return ws;
      });
      return this.queue.model.sheets.map((s) => ({ id: s.id, name: s.name, visibility: s.visibility }));
    });
    return this;
  }

  add(name?: string): FakeWorksheet {
    const ref: SheetRef = {};
    this.queue.enqueue({ action: 'add', target: 'worksheets', name }, () => {
      const model = this.queue.model;
      const wanted = name ?? `Sheet${model.nextId}`;
      checkName(wanted);
      if (findSheet(model, wanted)) throw officeError('ItemAlreadyExists', `A worksheet named ${wanted} already exists.`);
      const sheet = newSheet(model, wanted);
      model.sheets.push(sheet);
      ref.id = sheet.id;
    });
    return new FakeWorksheet(this.queue, ref);
  }

  /** By name or by id, as Excel. */
  getItem(key: string): FakeWorksheet {
    const id = fakeIdPattern.exec(key)?.[1];
    return new FakeWorksheet(this.queue, id === undefined ? { name: key } : { id: Number(id) });
  }
}

export class FakeWorksheet implements XWorksheet {
  private data: { id?: string; name?: string; visibility?: FakeSheet['visibility'] } = {};
  constructor(
    private readonly queue: FakeQueue,
    private readonly ref: SheetRef,
  ) {}

  resolve(): FakeSheet {
    return resolveSheet(this.queue, this.ref);
  }

  /** Loaded values, filled when a load is applied. */
  fill(props: readonly string[], sheet: FakeSheet): void {
    if (props.includes('id')) this.data.id = fakeSheetId(sheet.id);
    if (props.includes('name')) this.data.name = sheet.name;
    if (props.includes('visibility')) this.data.visibility = sheet.visibility;
  }

  private describe(): string {
    return `sheet:${this.ref.id ?? this.ref.name ?? 'new'}`;
  }

  load(propertyNames: string[]): FakeWorksheet {
    this.queue.enqueue({ action: 'load', target: this.describe(), props: propertyNames }, () => {
      const sheet = this.resolve();
      this.fill(propertyNames, sheet);
      return { id: sheet.id, name: sheet.name, visibility: sheet.visibility };
    });
    return this;
  }

  get id(): string {
    return need(this.data.id, 'id');
  }

  get name(): string {
    return need(this.data.name, 'name');
  }
  set name(value: string) {
    this.queue.enqueue({ action: 'set', target: this.describe(), property: 'name', value }, () => {
      const sheet = this.resolve();
      checkName(value);
      const other = findSheet(this.queue.model, value);
      // As Excel: two sheets cannot share a name (compared without case).
      if (other && other !== sheet) throw officeError('ItemAlreadyExists', `A worksheet named ${value} already exists.`);
      sheet.name = value;
    });
  }

  get visibility(): FakeSheet['visibility'] {
    return need(this.data.visibility, 'visibility');
  }
  set visibility(value: XWorksheet['visibility']) {
    this.queue.enqueue({ action: 'set', target: this.describe(), property: 'visibility', value }, () => {
      if (value !== 'Visible' && value !== 'Hidden' && value !== 'VeryHidden') throw officeError('InvalidArgument', `visibility ${value}`);
      this.resolve().visibility = value;
    });
  }

  get freezePanes(): XFreezePanes {
    return new FakeFreezePanes(this.queue, this);
  }
  get pageLayout(): XPageLayout {
    requireSet(this.queue.state, '1.9', 'Worksheet.pageLayout');
    return new FakePageLayout(this.queue, this);
  }
  get charts(): XChartCollection {
    return new FakeChartCollection(this.queue, this);
  }
  get protection(): XWorksheetProtection {
    return new FakeWorksheetProtection(this.queue, this);
  }
  get notes(): XNoteCollection {
    requireSet(this.queue.state, '1.18', 'Worksheet.notes');
    return new FakeNoteCollection(this.queue, this);
  }
  get comments(): XCommentCollection {
    requireSet(this.queue.state, '1.10', 'Worksheet.comments');
    return new FakeCommentCollection(this.queue, this);
  }

  activate(): void {
    this.queue.enqueue({ action: 'activate', target: this.describe() }, () => {
      const sheet = this.resolve();
      if (sheet.visibility !== 'Visible') throw officeError('InvalidOperation', 'A hidden worksheet cannot be activated.');
      this.queue.model.activeSheet = sheet.id;
    });
  }

  delete(): void {
    this.queue.enqueue({ action: 'delete', target: this.describe() }, () => {
      const sheet = this.resolve();
      // As Excel: a very hidden sheet must be made visible or hidden before it can be deleted.
      if (sheet.visibility === 'VeryHidden') throw officeError('InvalidOperation', 'A very hidden worksheet cannot be deleted.');
      const model = this.queue.model;
      if (model.sheets.filter((s) => s.visibility === 'Visible' && s !== sheet).length === 0) throw officeError('InvalidOperation', 'The last visible worksheet cannot be deleted.');
      model.sheets = model.sheets.filter((s) => s !== sheet);
      // As Excel: a formula pointing at the deleted sheet becomes #REF! and stays so.
      for (const other of model.sheets) for (const cell of other.cells.values()) if (cell.reference?.sheetId === sheet.id) cell.reference.broken = true;
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(new Place(this.queue, this, address === undefined ? { kind: 'all' } : parseTarget(address)));
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(new Place(this.queue, this, { kind: 'rects', rects: [{ row: startRow, col: startColumn, rows: rowCount, cols: columnCount }] }));
  }

  getRanges(address?: string): FakeRangeAreas {
    requireSet(this.queue.state, '1.9', 'Worksheet.getRanges');
    if (address !== undefined && address.length > 255) throw officeError('InvalidArgument', 'The address is longer than 255 characters.');
    return new FakeRangeAreas(new Place(this.queue, this, address === undefined ? { kind: 'all' } : parseTarget(address)), 'areas');
  }

  getUsedRangeOrNullObject(): FakeRange {
    return new FakeRange(new Place(this.queue, this, { kind: 'used' }));
  }
}

interface RangeData {
  address?: string;
  values?: CellInput[][];
  numberFormat?: string[][];
  valueTypes?: ValueType[][];
  rowIndex?: number;
  columnIndex?: number;
  rowCount?: number;
  columnCount?: number;
  isNullObject?: boolean;
}

export class FakeRange implements XRange {
  private data: RangeData = {};
  constructor(readonly place: Place) {}

  private get queue(): FakeQueue {
    return this.place.queue;
  }

  /** The one rectangle of this range (office.js ranges are rectangular). */
  private rect(): Rect | undefined {
    return this.place.rects()[0];
  }

  describe(): string {
    return targetText(this.place.target);
  }

  get values(): CellInput[][] {
    return need(this.data.values, 'values');
  }
  set values(values: CellInput[][]) {
    this.queue.enqueue({ action: 'set', target: this.describe(), property: 'values', value: values }, () => {
      const r = this.rect();
      if (!r || values.length !== r.rows || values.some((row) => row.length !== r.cols)) throw officeError('InvalidArgument', 'The number of rows or columns in the input array does not match the size or dimensions of the range.');
      const sheet = this.place.model;
      values.forEach((row, i) => row.forEach((v, j) => typedInput(cellOf(sheet, r.row + i, r.col + j), v)));
      // The sheet's name as it is when the test looks (a write goes to a staging sheet renamed at the end).
      this.queue.model.writes.push({
        get sheet() {
          return sheet.name;
        },
        address: rectText(r),
        values,
      });
    });
  }

  get address(): string {
    return need(this.data.address, 'address');
  }

  /** As Excel gives it: "General" for a cell never formatted. */
  get numberFormat(): (string | null)[][] {
    return need(this.data.numberFormat, 'numberFormat');
  }
  set numberFormat(formats: (string | null)[][]) {
    this.queue.enqueue({ action: 'set', target: this.describe(), property: 'numberFormat', value: formats }, () => {
      const r = this.rect();
      if (!r || formats.length !== r.rows || formats.some((row) => row.length !== r.cols)) throw officeError('InvalidArgument', 'numberFormat dimensions do not match the range.');
      const sheet = this.place.model;
      formats.forEach((row, i) =>
        row.forEach((f, j) => {
          if (f !== null) cellOf(sheet, r.row + i, r.col + j).numberFormat = f;
        }),
      );
    });
  }

  get hyperlink(): Excel.RangeHyperlink {
    throw officeError('PropertyNotLoaded', 'hyperlink is not loaded by the fake');
  }
  set hyperlink(link: Excel.RangeHyperlink) {
    this.queue.enqueue({ action: 'set', target: this.describe(), property: 'hyperlink', value: link }, () => {
      const r = this.rect();
      if (!r) throw officeError('InvalidArgument', 'hyperlink on an empty range');
      const cell = cellOf(this.place.model, r.row, r.col);
      cell.hyperlink = { ...link };
      // As Excel: the text to display is read as typed input ("'A'!B5" shows as «A'!B5»); without
      // one, a cell that holds a value keeps it.
      if (link.textToDisplay !== undefined) typedInput(cell, link.textToDisplay);
      else if (cell.type === 'Empty') put(cell, link.documentReference ?? link.address ?? '', 'String');
    });
  }

  get valueTypes(): ValueType[][] {
    return need(this.data.valueTypes, 'valueTypes');
  }
  get rowIndex(): number {
    return need(this.data.rowIndex, 'rowIndex');
  }
  get columnIndex(): number {
    return need(this.data.columnIndex, 'columnIndex');
  }
  get rowCount(): number {
    return need(this.data.rowCount, 'rowCount');
  }
  get columnCount(): number {
    return need(this.data.columnCount, 'columnCount');
  }
  get isNullObject(): boolean {
    return need(this.data.isNullObject, 'isNullObject');
  }

  get format(): XRangeFormat {
    return new FakeRangeFormat(this.place);
  }
  get conditionalFormats(): XConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.place);
  }
  get dataValidation(): XDataValidation {
    requireSet(this.queue.state, '1.8', 'Range.dataValidation');
    return new FakeDataValidation(this.place);
  }

  load(propertyNames: string[]): FakeRange {
    this.queue.enqueue({ action: 'load', target: this.describe(), props: propertyNames }, () => {
      const r = this.rect();
      const data: RangeData = { isNullObject: r === undefined };
      if (r) {
        const sheet = this.place.model;
        const cells = Array.from({ length: r.rows }, (_, i) => Array.from({ length: r.cols }, (_, j) => referenced(this.queue, sheet.cells.get(cellKey(r.row + i, r.col + j)))));
        const wanted = new Set(propertyNames);
        if (wanted.has('values')) data.values = cells.map((row) => row.map((c) => (c && c.type !== 'Empty' ? c.value : '')));
        if (wanted.has('valueTypes')) data.valueTypes = cells.map((row) => row.map((c) => c?.type ?? 'Empty'));
        if (wanted.has('numberFormat')) data.numberFormat = cells.map((row) => row.map((c) => c?.numberFormat ?? 'General'));
        if (wanted.has('address')) data.address = `${sheetLabel(sheet.name)}!${rectText(r)}`;
        if (wanted.has('rowIndex')) data.rowIndex = r.row;
        if (wanted.has('columnIndex')) data.columnIndex = r.col;
        if (wanted.has('rowCount')) data.rowCount = r.rows;
        if (wanted.has('columnCount')) data.columnCount = r.cols;
      }
      this.data = data;
      return data;
    });
    return this;
  }

  merge(across?: boolean): void {
    this.queue.enqueue({ action: 'merge', target: this.describe(), across }, () => {
      const r = this.rect();
      if (!r) throw officeError('InvalidArgument', 'merge of an empty range');
      const sheet = this.place.model;
      if (sheet.merges.some((m) => intersects(parseRect(m), r))) throw officeError('InvalidOperation', `Cannot merge ${rectText(r)}: it overlaps another merge.`);
      sheet.merges.push(rectText(r));
    });
  }

  select(): void {
    this.queue.enqueue({ action: 'select', target: this.describe() }, () => {
      const sheet = this.place.model;
      if (this.queue.model.activeSheet !== sheet.id) throw officeError('InvalidSelection', 'The range is not on the active worksheet.');
      const r = this.rect();
      this.queue.model.selection = { sheet: sheet.name, address: r ? rectText(r) : '' };
    });
  }

  get columnHidden(): boolean {
    throw officeError('PropertyNotLoaded', 'columnHidden is not loaded by the fake');
  }
  set columnHidden(value: boolean) {
    const target = this.place.target;
    this.queue.enqueue({ action: 'set', target: this.describe(), property: 'columnHidden', value }, () => {
      if (target.kind !== 'columns') throw new Error('the fake hides whole columns only');
      const sheet = this.place.model;
      for (let c = target.start; c <= target.end; c++) (sheet.hiddenColumns ??= new Set()).add(c);
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    requireSet(this.queue.state, '1.13', 'Range.getMergedAreasOrNullObject');
    return new FakeRangeAreas(this.place, 'merged');
  }

  /**
   * As a paste of everything: the source rectangle's cells (values, number formats, formats,
   * hyperlinks), merges and conditional formats inside it land at this range's top-left cell,
   * replacing what was there. Column widths and row heights are not copied.
   */
  copyFrom(sourceRange: string, copyType: 'All' | 'Formulas' | 'Values' | 'Formats' = 'All'): void {
    requireSet(this.queue.state, '1.9', 'Range.copyFrom');
    if (copyType !== 'All') throw new Error('the fake copies everything only');
    this.queue.enqueue({ action: 'copyFrom', target: this.describe(), source: sourceRange, copyType }, () => {
      const bang = sourceRange.lastIndexOf('!');
      const label = sourceRange.slice(0, bang);
      const name = label.startsWith("'") ? label.slice(1, -1).replace(/''/g, "'") : label;
      const source = resolveSheet(this.queue, { name });
      const from = parseRect(sourceRange.slice(bang + 1));
      const to = this.rect();
      if (!to) throw officeError('InvalidArgument', 'copyFrom into an empty range');
      const sheet = this.place.model;
      const dest: Rect = { row: to.row, col: to.col, rows: from.rows, cols: from.cols };
      const dr = to.row - from.row;
      const dc = to.col - from.col;
      clearRect(sheet, dest);
      for (let i = 0; i < from.rows; i++) {
        for (let j = 0; j < from.cols; j++) {
          const cell = source.cells.get(cellKey(from.row + i, from.col + j));
          if (cell) sheet.cells.set(cellKey(to.row + i, to.col + j), structuredClone(cell));
        }
      }
      const inside = (a: string): boolean => {
        const r = parseRect(a);
        return r.row >= from.row && r.col >= from.col && r.row + r.rows <= from.row + from.rows && r.col + r.cols <= from.col + from.cols;
      };
      const shift = (a: string): string => {
        const r = parseRect(a);
        return rectText({ row: r.row + dr, col: r.col + dc, rows: r.rows, cols: r.cols });
      };
      for (const m of source.merges) if (inside(m)) sheet.merges.push(shift(m));
      for (const cf of source.conditionalFormats) {
        if (cf.ranges.split(',').every(inside)) sheet.conditionalFormats.push({ ...structuredClone(cf), id: this.queue.model.nextId++, ranges: cf.ranges.split(',').map(shift).join(',') });
      }
    });
  }

  /** Contents and formats of the range (the whole sheet for getRange()): cells, merges and conditional formats there go. */
  clear(applyTo: 'All' | 'Formats' | 'Contents' = 'All'): void {
    if (applyTo !== 'All') throw new Error('the fake clears everything only');
    this.queue.enqueue({ action: 'clear', target: this.describe(), applyTo }, () => {
      const sheet = this.place.model;
      if (this.place.target.kind === 'all') {
        sheet.cells.clear();
        sheet.merges = [];
        sheet.conditionalFormats = [];
        return;
      }
      for (const r of this.place.rects()) clearRect(sheet, r);
    });
  }
}

function clearRect(sheet: FakeSheet, r: Rect): void {
  for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.cols; j++) sheet.cells.delete(cellKey(r.row + i, r.col + j));
  sheet.merges = sheet.merges.filter((m) => !intersects(parseRect(m), r));
  sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !cf.ranges.split(',').some((a) => intersects(parseRect(a), r)));
}

export class FakeRangeAreas implements XRangeAreas {
  private data: { address?: string; isNullObject?: boolean } = {};
  constructor(
    private readonly place: Place,
    private readonly kind: 'areas' | 'merged',
  ) {}

  get address(): string {
    return need(this.data.address, 'address');
  }
  get isNullObject(): boolean {
    return need(this.data.isNullObject, 'isNullObject');
  }
  get format(): XRangeFormat {
    return new FakeRangeFormat(this.place);
  }
  get conditionalFormats(): XConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.place);
  }

  load(propertyNames: string[]): FakeRangeAreas {
    this.place.queue.enqueue({ action: 'load', target: `${this.kind}:${targetText(this.place.target)}`, props: propertyNames }, () => {
      const sheet = this.place.model;
      const label = sheetLabel(sheet.name);
      const whole = this.place.target.kind === 'all';
      const areas = this.kind === 'merged' ? sheet.merges.filter((m) => whole || this.place.rects().some((r) => intersects(parseRect(m), r))) : this.place.rects().map(rectText);
      // As Excel: "if the merged areas count in this range is more than 512, this method will fail to return the result".
      if (this.kind === 'merged' && areas.length > maxMergedAreas) throw officeError('GeneralException', `The range holds ${areas.length} merged areas; more than ${maxMergedAreas} cannot be returned.`);
      this.data = areas.length === 0 ? { isNullObject: true } : { isNullObject: false, address: areas.map((a) => `${label}!${a}`).join(', ') };
      return this.data;
    });
    return this;
  }
}

/** Range.getMergedAreasOrNullObject fails beyond this many areas (office.js reference). */
export const maxMergedAreas = 512;

class WriteOnly {
  protected notLoaded(property: string): never {
    throw officeError('PropertyNotLoaded', `${property} cannot be read from the fake`);
  }
}

export class FakeRangeFormat extends WriteOnly implements XRangeFormat {
  constructor(private readonly place: Place) {
    super();
  }
  get font(): XRangeFont {
    return new FakeRangeFont(this.place);
  }
  get fill(): XRangeFill {
    return new FakeRangeFill(this.place);
  }
  get borders(): XRangeBorderCollection {
    return { getItem: (side: BorderSide) => new FakeRangeBorder(this.place, side) };
  }
  get horizontalAlignment(): XRangeFormat['horizontalAlignment'] {
    return this.notLoaded('horizontalAlignment');
  }
  set horizontalAlignment(value: XRangeFormat['horizontalAlignment']) {
    this.place.setCells('horizontalAlignment', value);
  }
  get verticalAlignment(): XRangeFormat['verticalAlignment'] {
    return this.notLoaded('verticalAlignment');
  }
  set verticalAlignment(value: XRangeFormat['verticalAlignment']) {
    this.place.setCells('verticalAlignment', value);
  }
  get wrapText(): boolean {
    return this.notLoaded('wrapText');
  }
  set wrapText(value: boolean) {
    this.place.setCells('wrapText', value);
  }
  get columnWidth(): number {
    return this.notLoaded('columnWidth');
  }
  set columnWidth(value: number) {
    const target = this.place.target;
    this.place.queue.enqueue({ action: 'set', target: targetText(target), property: 'columnWidth', value }, () => {
      const sheet = this.place.model;
      const [start, end] = target.kind === 'columns' ? [target.start, target.end] : [this.place.rects()[0]?.col ?? 0, (this.place.rects()[0]?.col ?? 0) + (this.place.rects()[0]?.cols ?? 1) - 1];
      // As Excel: a width in points is kept as whole pixels (0.75 point each).
      for (let c = start; c <= end; c++) sheet.columnWidths.set(c, Math.round(value / 0.75) * 0.75);
    });
  }
  get protection(): XFormatProtection {
    return new FakeFormatProtection(this.place);
  }
  get rowHeight(): number {
    return this.notLoaded('rowHeight');
  }
  set rowHeight(value: number) {
    const target = this.place.target;
    this.place.queue.enqueue({ action: 'set', target: targetText(target), property: 'rowHeight', value }, () => {
      const sheet = this.place.model;
      const [start, end] = target.kind === 'rows' ? [target.start, target.end] : [this.place.rects()[0]?.row ?? 0, (this.place.rects()[0]?.row ?? 0) + (this.place.rects()[0]?.rows ?? 1) - 1];
      for (let r = start; r <= end; r++) sheet.rowHeights.set(r, value);
    });
  }
}

export class FakeRangeFont extends WriteOnly implements XRangeFont {
  constructor(private readonly place: Place) {
    super();
  }
  get name(): string {
    return this.notLoaded('font.name');
  }
  set name(value: string) {
    this.place.setCells('font.name', value);
  }
  get size(): number {
    return this.notLoaded('font.size');
  }
  set size(value: number) {
    this.place.setCells('font.size', value);
  }
  get bold(): boolean {
    return this.notLoaded('font.bold');
  }
  set bold(value: boolean) {
    this.place.setCells('font.bold', value);
  }
  get italic(): boolean {
    return this.notLoaded('font.italic');
  }
  set italic(value: boolean) {
    this.place.setCells('font.italic', value);
  }
  get underline(): XRangeFont['underline'] {
    return this.notLoaded('font.underline');
  }
  set underline(value: XRangeFont['underline']) {
    this.place.setCells('font.underline', value);
  }
  get color(): string {
    return this.notLoaded('font.color');
  }
  set color(value: string) {
    this.place.setCells('font.color', value);
  }
}

export class FakeRangeFill extends WriteOnly implements XRangeFill {
  constructor(private readonly place: Place) {
    super();
  }
  get color(): string {
    return this.notLoaded('fill.color');
  }
  set color(value: string) {
    this.place.setCells('fill.color', value);
  }
}

export class FakeRangeBorder extends WriteOnly implements XRangeBorder {
  constructor(
    private readonly place: Place,
    private readonly side: BorderSide,
  ) {
    super();
  }
  get style(): XRangeBorder['style'] {
    return this.notLoaded('border.style');
  }
  set style(value: XRangeBorder['style']) {
    this.place.setCells(`border.${this.side}.style`, value);
  }
  get weight(): XRangeBorder['weight'] {
    return this.notLoaded('border.weight');
  }
  set weight(value: XRangeBorder['weight']) {
    this.place.setCells(`border.${this.side}.weight`, value);
  }
  get color(): string {
    return this.notLoaded('border.color');
  }
  set color(value: string) {
    this.place.setCells(`border.${this.side}.color`, value);
  }
}

/**
 * How a proxy names its format in a request: by id once the id is known (loaded, or given to
 * getItem), else — as office.js does for an item of a loaded collection whose id was not loaded —
 * by its position in the collection, resolved again when the request runs.
 */
type FormatRef = { id?: number; index?: number };

export class FakeConditionalFormatCollection implements XConditionalFormatCollection {
  private loaded?: FakeConditionalFormatObject[];
  constructor(private readonly place: Place) {}

  get items(): FakeConditionalFormatObject[] {
    return need(this.loaded, 'items');
  }

  load(propertyNames: string[]): FakeConditionalFormatCollection {
    this.place.queue.enqueue({ action: 'load', target: `conditionalFormats:${targetText(this.place.target)}`, props: propertyNames }, () => {
      const found = this.current();
      const withType = propertyNames.includes('items/type');
      const withId = propertyNames.includes('items/id');
      this.loaded = found.map((cf, index) => new FakeConditionalFormatObject(this.place, withId ? { id: cf.id } : { index }, withType ? cf.type : undefined, this, withId ? String(cf.id) : undefined));
      return found.map((cf) => ({ ...(withType ? { type: cf.type } : {}), ...(withId ? { id: String(cf.id) } : {}) }));
    });
    return this;
  }

  /** The formats of this range as they are now. */
  current(): FakeConditionalFormat[] {
    const whole = this.place.target.kind === 'all';
    const rects = this.place.rects();
    return this.place.model.conditionalFormats.filter((cf) => whole || cf.ranges.split(',').some((a) => rects.some((r) => intersects(parseRect(a), r))));
  }

  getItem(id: string): FakeConditionalFormatObject {
    return new FakeConditionalFormatObject(this.place, { id: Number(id) }, undefined, this, id);
  }

  add(type: 'Custom' | 'DataBar'): FakeConditionalFormatObject {
    const ref: FormatRef = {};
    this.place.queue.enqueue({ action: 'add', target: `conditionalFormats:${targetText(this.place.target)}`, type }, () => {
      const sheet = this.place.model;
      const cf: FakeConditionalFormat = { id: this.place.queue.model.nextId++, type, ranges: this.place.rects().map(rectText).join(',') };
      sheet.conditionalFormats.push(cf);
      ref.id = cf.id;
    });
    return new FakeConditionalFormatObject(this.place, ref, undefined, this, undefined);
  }
}

export class FakeConditionalFormatObject implements XConditionalFormat {
  constructor(
    readonly place: Place,
    private readonly ref: FormatRef,
    private readonly loadedType: FakeConditionalFormat['type'] | undefined,
    private readonly collection: FakeConditionalFormatCollection,
    private readonly loadedId: string | undefined,
  ) {}

  resolve(): FakeConditionalFormat {
    const cf = this.ref.index !== undefined ? this.collection.current()[this.ref.index] : this.place.model.conditionalFormats.find((c) => c.id === this.ref.id);
    if (!cf) throw officeError('ItemNotFound', 'The conditional format does not exist.');
    return cf;
  }

  get id(): string {
    return need(this.loadedId, 'id');
  }
  get type(): XConditionalFormat['type'] {
    return need(this.loadedType, 'type');
  }
  get custom(): XCustomConditionalFormat {
    const rule = new FakeConditionalFormatRule(this);
    return {
      rule,
      format: {
        fill: {
          get color(): string {
            throw officeError('PropertyNotLoaded', 'fill.color cannot be read from the fake');
          },
          set color(value: string) {
            rule.setFill(value);
          },
        },
      },
    };
  }
  get dataBar(): XDataBarConditionalFormat {
    return new FakeDataBar(this);
  }
  delete(): void {
    this.place.queue.enqueue({ action: 'delete', target: `conditionalFormat:${this.ref.id ?? `#${this.ref.index ?? 'new'}`}` }, () => {
      const cf = this.resolve();
      const sheet = this.place.model;
      sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => c !== cf);
    });
  }
  /** Queues a change to the model's format, refused when the format is not of the expected type. */
  change(type: FakeConditionalFormat['type'], payload: unknown, apply: (cf: FakeConditionalFormat) => void): void {
    this.place.queue.enqueue(payload, () => {
      const cf = this.resolve();
      if (cf.type !== type) throw officeError('InvalidArgument', `The conditional format is not of type ${type}.`);
      apply(cf);
    });
  }
}

export class FakeConditionalFormatRule implements XConditionalFormatRule {
  private loaded?: string;
  constructor(private readonly format: FakeConditionalFormatObject) {}
  get formula(): string {
    return need(this.loaded, 'formula');
  }
  set formula(value: string) {
    this.format.change('Custom', { action: 'set', property: 'custom.rule.formula', value }, (cf) => {
      cf.formula = value;
    });
  }
  setFill(value: string): void {
    this.format.change('Custom', { action: 'set', property: 'custom.format.fill.color', value }, (cf) => {
      cf.fill = value;
    });
  }
  load(propertyNames: string[]): FakeConditionalFormatRule {
    this.format.change('Custom', { action: 'load', property: 'custom.rule', props: propertyNames }, (cf) => {
      this.loaded = cf.formula ?? '';
    });
    return this;
  }
}

class FakeDataBar implements XDataBarConditionalFormat {
  constructor(private readonly format: FakeConditionalFormatObject) {}
  private set(key: string, value: unknown): void {
    this.format.change('DataBar', { action: 'set', property: `dataBar.${key}`, value }, (cf) => {
      cf.dataBar = { ...cf.dataBar, [key]: value };
    });
  }
  get positiveFormat(): XDataBarConditionalFormat['positiveFormat'] {
    const set = (key: string, value: unknown): void => this.set(key, value);
    return {
      get fillColor(): string {
        throw officeError('PropertyNotLoaded', 'fillColor');
      },
      set fillColor(value: string) {
        set('fillColor', value);
      },
      get gradientFill(): boolean {
        throw officeError('PropertyNotLoaded', 'gradientFill');
      },
      set gradientFill(value: boolean) {
        set('gradientFill', value);
      },
    };
  }
  get lowerBoundRule(): Excel.ConditionalDataBarRule {
    throw officeError('PropertyNotLoaded', 'lowerBoundRule');
  }
  set lowerBoundRule(value: Excel.ConditionalDataBarRule) {
    this.set('lowerBoundRule', value);
  }
  get upperBoundRule(): Excel.ConditionalDataBarRule {
    throw officeError('PropertyNotLoaded', 'upperBoundRule');
  }
  set upperBoundRule(value: Excel.ConditionalDataBarRule) {
    this.set('upperBoundRule', value);
  }
}

class FakeFreezePanes implements XFreezePanes {
  constructor(
    private readonly queue: FakeQueue,
    private readonly sheet: FakeWorksheet,
  ) {}
  private freeze(rows: number, columns: number): void {
    this.queue.enqueue({ action: 'freeze', rows, columns }, () => {
      this.sheet.resolve().freeze = { rows, columns };
    });
  }
  freezeAt(frozenRange: string): void {
    const r = parseRect(frozenRange);
    this.freeze(r.row + r.rows, r.col + r.cols);
  }
  freezeRows(count = 1): void {
    this.freeze(count, 0);
  }
  freezeColumns(count = 1): void {
    this.freeze(0, count);
  }
  unfreeze(): void {
    this.queue.enqueue({ action: 'unfreeze' }, () => {
      delete this.sheet.resolve().freeze;
    });
  }
}

class FakeHeaderFooter implements XHeaderFooter {
  constructor(
    private readonly set: (key: string, value: unknown) => void,
    private readonly which: string,
  ) {}
  get centerHeader(): string {
    throw officeError('PropertyNotLoaded', 'centerHeader');
  }
  set centerHeader(value: string) {
    this.set(`${this.which}.centerHeader`, value);
  }
  get leftFooter(): string {
    throw officeError('PropertyNotLoaded', 'leftFooter');
  }
  set leftFooter(value: string) {
    this.set(`${this.which}.leftFooter`, value);
  }
}

class FakePageLayout extends WriteOnly implements XPageLayout {
  constructor(
    private readonly queue: FakeQueue,
    private readonly sheet: FakeWorksheet,
  ) {
    super();
  }
  private set(key: string, value: unknown): void {
    this.queue.enqueue({ action: 'set', property: `pageLayout.${key}`, value }, () => {
      this.sheet.resolve().page[key] = value;
    });
  }
  get orientation(): XPageLayout['orientation'] {
    return this.notLoaded('orientation');
  }
  set orientation(value: XPageLayout['orientation']) {
    this.set('orientation', value);
  }
  get paperSize(): XPageLayout['paperSize'] {
    return this.notLoaded('paperSize');
  }
  set paperSize(value: XPageLayout['paperSize']) {
    this.set('paperSize', value);
  }
  get topMargin(): number {
    return this.notLoaded('topMargin');
  }
  set topMargin(value: number) {
    this.set('topMargin', value);
  }
  get bottomMargin(): number {
    return this.notLoaded('bottomMargin');
  }
  set bottomMargin(value: number) {
    this.set('bottomMargin', value);
  }
  get leftMargin(): number {
    return this.notLoaded('leftMargin');
  }
  set leftMargin(value: number) {
    this.set('leftMargin', value);
  }
  get rightMargin(): number {
    return this.notLoaded('rightMargin');
  }
  set rightMargin(value: number) {
    this.set('rightMargin', value);
  }
  get headerMargin(): number {
    return this.notLoaded('headerMargin');
  }
  set headerMargin(value: number) {
    this.set('headerMargin', value);
  }
  get footerMargin(): number {
    return this.notLoaded('footerMargin');
  }
  set footerMargin(value: number) {
    this.set('footerMargin', value);
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    return this.notLoaded('zoom');
  }
  set zoom(value: Excel.PageLayoutZoomOptions) {
    this.set('zoom', value);
  }
  get headersFooters(): XPageLayout['headersFooters'] {
    const set = (key: string, value: unknown): void => this.set(key, value);
    return {
      get state(): XPageLayout['headersFooters']['state'] {
        throw officeError('PropertyNotLoaded', 'state');
      },
      set state(value: XPageLayout['headersFooters']['state']) {
        set('headersFooters.state', value);
      },
      defaultForAllPages: new FakeHeaderFooter(set, 'headersFooters.defaultForAllPages'),
      firstPage: new FakeHeaderFooter(set, 'headersFooters.firstPage'),
    };
  }
  setPrintTitleRows(printTitleRows: string): void {
    this.set('printTitleRows', printTitleRows);
  }
}

class FakeChartCollection implements XChartCollection {
  constructor(
    private readonly queue: FakeQueue,
    private readonly sheet: FakeWorksheet,
  ) {}
  add(type: 'BarClustered' | 'ColumnClustered', sourceData: XRange, seriesBy?: 'Auto' | 'Columns' | 'Rows'): XChart {
    const source = sourceData instanceof FakeRange ? sourceData.describe() : '?';
    const chart: Record<string, unknown> = { type, source, seriesBy };
    const change = (key: string, value: unknown): void =>
      this.queue.enqueue({ action: 'set', property: `chart.${key}`, value }, () => {
        chart[key] = value;
      });
    this.queue.enqueue({ action: 'addChart', type, source, seriesBy }, () => {
      this.sheet.resolve().charts.push(chart);
    });
    return {
      title: {
        get text(): string {
          throw officeError('PropertyNotLoaded', 'title.text');
        },
        set text(value: string) {
          change('title', value);
        },
      },
      series: { getItemAt: () => ({ setXAxisValues: (range: XRange) => change('categories', range instanceof FakeRange ? range.describe() : '?') }) },
      setPosition: (startCell: string) => change('position', startCell),
    };
  }
}

// issue 4: forms (locked cells, data validation, sheet protection), recorded on the cells and the sheet.
class FakeFormatProtection extends WriteOnly implements XFormatProtection {
  constructor(private readonly place: Place) {
    super();
  }
  get locked(): boolean {
    return this.notLoaded('locked');
  }
  set locked(value: boolean) {
    this.place.setCells('locked', value);
  }
}

class FakeDataValidation extends WriteOnly implements XDataValidation {
  constructor(private readonly place: Place) {
    super();
  }
  get rule(): Excel.DataValidationRule {
    return this.notLoaded('rule');
  }
  set rule(value: Excel.DataValidationRule) {
    // Cell formats hold scalars: the rule is kept as its JSON text.
    this.place.setCells('validation', JSON.stringify(value));
    const source = value.list?.source;
    if (typeof source === 'string') {
      // The items the drop-down offers, as Excel reads the source: a range's cells, or the text cut at every comma.
      const place = this.place;
      place.queue.enqueue({ action: 'set', property: 'dataValidation.items' }, () => {
        const sheet = place.model;
        let items: string[];
        if (source.startsWith('=')) {
          const r = parseRect(source.slice(1).replace(/\$/g, ''));
          items = [];
          for (let i = 0; i < r.rows; i++) items.push(String(sheet.cells.get(cellKey(r.row + i, r.col))?.value ?? ''));
        } else items = source.split(',');
        for (const r of place.rects()) for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.cols; j++) cellOf(sheet, r.row + i, r.col + j).format.validationItems = JSON.stringify(items);
      });
    }
  }
  get errorAlert(): Excel.DataValidationErrorAlert {
    return this.notLoaded('errorAlert');
  }
  set errorAlert(value: Excel.DataValidationErrorAlert) {
    this.place.setCells('validationAlert', JSON.stringify(value));
  }
}

class FakeWorksheetProtection implements XWorksheetProtection {
  constructor(
    private readonly queue: FakeQueue,
    private readonly sheet: FakeWorksheet,
  ) {}
  protect(options?: Excel.WorksheetProtectionOptions): void {
    this.queue.enqueue({ action: 'protect', options: options ?? {} }, () => {
      this.sheet.resolve().protection = { ...(options ?? {}) };
    });
  }
}

/** The cells of a sheet holding a note (or a comment), in row then column order: a collection's positions. */
function cellsWith(sheet: FakeSheet, has: (cell: FakeCell) => boolean): { rect: Rect; cell: FakeCell }[] {
  const out: { rect: Rect; cell: FakeCell }[] = [];
  for (const [key, cell] of sheet.cells) {
    if (!has(cell)) continue;
    const { row, col } = cellPosition(key);
    out.push({ rect: { row, col, rows: 1, cols: 1 }, cell });
  }
  return out.sort((a, b) => a.rect.row - b.rect.row || a.rect.col - b.rect.col);
}

/** How a note proxy names its note: by cell (getItem, add), or — an item of a loaded collection — by position, resolved when the request runs. */
type NoteRef = { rect?: Rect; index?: number };

/**
 * Worksheet.notes (ExcelApi 1.18), from the office.js reference: add(cellAddress, content) takes one
 * cell ("A2" on this sheet, or a Range), more is refused (InvalidCellAddress); getItem(key) by cell
 * address, ItemNotFound when the cell has none. Assumed, not documented: a cell that already holds a
 * note, or a threaded comment, takes no second one (refused, InvalidArgument), as Excel's own menu
 * offers no «New Note» there.
 */
export class FakeNoteCollection implements XNoteCollection {
  private loaded?: FakeNote[];
  constructor(
    private readonly queue: FakeQueue,
    private readonly sheet: FakeWorksheet,
  ) {}

  current(): { rect: Rect; cell: FakeCell }[] {
    return cellsWith(this.sheet.resolve(), (c) => c.note !== undefined);
  }

  get items(): FakeNote[] {
    return need(this.loaded, 'items');
  }

  load(propertyNames: string[]): FakeNoteCollection {
    this.queue.enqueue({ action: 'load', target: 'notes', props: propertyNames }, () => {
      const found = this.current();
      const withContent = propertyNames.includes('items/content');
      this.loaded = found.map(({ cell }, index) => new FakeNote(this.queue, this.sheet, this, { index }, withContent ? cell.note?.content : undefined));
      return found.map(({ cell }) => (withContent ? { content: cell.note?.content } : {}));
    });
    return this;
  }

  add(cellAddress: XRange | string, content: string): FakeNote {
    const place = typeof cellAddress === 'string' ? new Place(this.queue, this.sheet, parseTarget(cellAddress)) : cellAddress instanceof FakeRange ? cellAddress.place : undefined;
    const ref: NoteRef = {};
    this.queue.enqueue({ action: 'add', target: 'notes', cellAddress: typeof cellAddress === 'string' ? cellAddress : place ? targetText(place.target) : '?', content }, () => {
      const rects = place?.rects() ?? [];
      const r = rects[0];
      if (!r || rects.length !== 1 || r.rows !== 1 || r.cols !== 1) throw officeError('InvalidCellAddress', 'The cell address is invalid or is not a single cell.');
      const cell = cellOf(this.sheet.resolve(), r.row, r.col);
      if (cell.note || cell.comment) throw officeError('InvalidArgument', `The cell ${rectText(r)} already has a ${cell.note ? 'note' : 'comment'}.`);
      cell.note = { content: String(content), author: 'Thi đua add-in' };
      ref.rect = r;
    });
    return new FakeNote(this.queue, this.sheet, this, ref, undefined);
  }

  getItem(key: string): FakeNote {
    return new FakeNote(this.queue, this.sheet, this, { rect: parseRect(key) }, undefined);
  }
}

export class FakeNote implements XNote {
  constructor(
    private readonly queue: FakeQueue,
    private readonly sheet: FakeWorksheet,
    private readonly collection: FakeNoteCollection,
    private readonly ref: NoteRef,
    private readonly loadedContent: string | undefined,
  ) {}

  /** The note's cell now. */
  locate(): { rect: Rect; cell: FakeCell } {
    if (this.ref.index !== undefined) {
      const found = this.collection.current()[this.ref.index];
      if (!found) throw officeError('ItemNotFound', 'The note does not exist.');
      return found;
    }
    const r = this.ref.rect;
    const cell = r ? this.sheet.resolve().cells.get(cellKey(r.row, r.col)) : undefined;
    if (!r || !cell?.note) throw officeError('ItemNotFound', `There is no note at ${r ? rectText(r) : 'this cell'}.`);
    return { rect: r, cell };
  }

  private describe(): string {
    return this.ref.index !== undefined ? `note#${this.ref.index}` : `note:${this.ref.rect ? rectText(this.ref.rect) : 'new'}`;
  }

  get content(): string {
    return need(this.loadedContent, 'content');
  }
  set content(value: string) {
    this.queue.enqueue({ action: 'set', target: this.describe(), property: 'content', value }, () => {
      const { cell } = this.locate();
      if (cell.note) cell.note.content = value;
    });
  }

  delete(): void {
    this.queue.enqueue({ action: 'delete', target: this.describe() }, () => {
      delete this.locate().cell.note;
    });
  }

  getLocation(): FakeRange {
    return new FakeRange(new Place(this.queue, this.sheet, { kind: 'lazy', find: () => this.locate().rect }));
  }
}

/** Worksheet.comments (ExcelApi 1.10): only what a write needs to know, where the threaded comments are. */
export class FakeCommentCollection implements XCommentCollection {
  private loaded?: XComment[];
  constructor(
    private readonly queue: FakeQueue,
    private readonly sheet: FakeWorksheet,
  ) {}

  get items(): XComment[] {
    return need(this.loaded, 'items');
  }

  load(propertyNames: string[]): FakeCommentCollection {
    this.queue.enqueue({ action: 'load', target: 'comments', props: propertyNames }, () => {
      const found = cellsWith(this.sheet.resolve(), (c) => c.comment !== undefined);
      this.loaded = found.map(({ cell }) => {
        const id = cell.comment?.id;
        const find = (): Rect => {
          const at = cellsWith(this.sheet.resolve(), (c) => c.comment?.id === id)[0];
          if (!at) throw officeError('ItemNotFound', 'The comment does not exist.');
          return at.rect;
        };
        return { getLocation: () => new FakeRange(new Place(this.queue, this.sheet, { kind: 'lazy', find })) };
      });
      return found.map(({ cell }) => ({ id: String(cell.comment?.id) }));
    });
    return this;
  }
}
