/// <reference types="office-js" />
/**
 * The part of the Excel object model (office.js) this host uses, and nothing more.
 *
 * Why a subset: the host is written against these shapes so that a typed fake (test/fake-excel)
 * can implement them in full. Honesty is kept by the compiler twice over: every member type is
 * taken from @types/office-js where it is plain data, and the assertions at the bottom prove that
 * the real Excel.* classes fit these shapes; so a member that is misspelled, renamed or typed
 * differently here fails to compile, and so does a fake that does not implement it.
 *
 * Enumerations are used through their string values ("Custom", "Error"): the Excel global does
 * not exist outside Excel, and office.js accepts the strings wherever it accepts the enums.
 */

/** What office.js takes in and gives back as a cell value (no Date: dates are serial numbers). */
export type CellInput = string | number | boolean | null;

export type ValueType = `${Excel.RangeValueType}`;
export type BorderSide = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal';

export interface XRequestContext {
  readonly workbook: XWorkbook;
  readonly application: XApplication;
  sync(): Promise<unknown>;
}

export interface XApplication {
  suspendApiCalculationUntilNextSync(): void;
}

export interface XWorkbook {
  readonly worksheets: XWorksheetCollection;
  /** a returned unit file's sheet brought in as it is (ExcelApi 1.13); the ids of the new sheets. */
  insertWorksheetsFromBase64(base64File: string, options?: Excel.InsertWorksheetOptions): { readonly value: string[] };
}

export interface XWorksheetCollection {
  readonly items: XWorksheet[];
  load(propertyNames: string[]): XWorksheetCollection;
  add(name?: string): XWorksheet;
  getItem(key: string): XWorksheet;
}

export interface XWorksheet {
  /** Loaded with the collection: a write rolls back by id, whatever a sheet is named by then. */
  readonly id: string;
  name: string;
  visibility: Excel.Worksheet['visibility'];
  readonly freezePanes: XFreezePanes;
  readonly pageLayout: XPageLayout;
  readonly charts: XChartCollection;
  /** forms are protected (ExcelApi 1.2). */
  readonly protection: XWorksheetProtection;
  /** The sheet's notes (ExcelApi 1.18): a highlight's words, as the ExcelJS host writes them. */
  readonly notes: XNoteCollection;
  /** The sheet's threaded comments (ExcelApi 1.10): a cell holding one takes no note. */
  readonly comments: XCommentCollection;
  /** The sheet's id once synced: a staging sheet is removed by id, never by a name someone else may use. */
  load(propertyNames: string[]): XWorksheet;
  activate(): void;
  delete(): void;
  getRange(address?: string): XRange;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): XRange;
  getRanges(address?: string): XRangeAreas;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XRange;
}

export interface XRange {
  /** With the sheet's name: "'Kết quả'!B2". */
  readonly address: string;
  values: CellInput[][];
  numberFormat: (string | null)[][];
  hyperlink: Excel.RangeHyperlink;
  readonly valueTypes: ValueType[][];
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly isNullObject: boolean;
  readonly format: XRangeFormat;
  readonly conditionalFormats: XConditionalFormatCollection;
  /** input cells of forms (ExcelApi 1.8). */
  readonly dataValidation: XDataValidation;
  load(propertyNames: string[]): XRange;
  /** ExcelApi 1.2: the column holding a list's items is hidden. */
  columnHidden: boolean;
  merge(across?: boolean): void;
  select(): void;
  /** ExcelApi 1.9: an owned sheet is rewritten in place from its staging copy, so references to it keep working. */
  /** The source as an address with its sheet ("'ThiDua đang ghi 1'!A1:K40"). */
  copyFrom(sourceRange: string, copyType?: 'All' | 'Formulas' | 'Values' | 'Formats'): void;
  clear(applyTo?: 'All' | 'Formats' | 'Contents'): void;
  getMergedAreasOrNullObject(): XRangeAreas;
}

export interface XRangeAreas {
  readonly address: string;
  readonly isNullObject: boolean;
  readonly format: XRangeFormat;
  readonly conditionalFormats: XConditionalFormatCollection;
  load(propertyNames: string[]): XRangeAreas;
}

export interface XRangeFormat {
  readonly font: XRangeFont;
  readonly fill: XRangeFill;
  readonly borders: XRangeBorderCollection;
  horizontalAlignment: Excel.RangeFormat['horizontalAlignment'];
  verticalAlignment: Excel.RangeFormat['verticalAlignment'];
  wrapText: boolean;
  columnWidth: number;
  rowHeight: number;
  /** unlocked input cells (ExcelApi 1.2). */
  readonly protection: XFormatProtection;
}

/** cell locking, sheet protection and data validation of forms. */
export interface XFormatProtection {
  locked: boolean;
}

export interface XDataValidation {
  rule: Excel.DataValidationRule;
  errorAlert: Excel.DataValidationErrorAlert;
}

export interface XWorksheetProtection {
  protect(options?: Excel.WorksheetProtectionOptions): void;
}

export interface XRangeFont {
  name: string;
  size: number;
  bold: boolean;
  italic: boolean;
  underline: Excel.RangeFont['underline'];
  color: string;
}

export interface XRangeFill {
  color: string;
}

export interface XRangeBorderCollection {
  getItem(index: BorderSide): XRangeBorder;
}

export interface XRangeBorder {
  style: Excel.RangeBorder['style'];
  weight: Excel.RangeBorder['weight'];
  color: string;
}

export interface XConditionalFormatCollection {
  readonly items: XConditionalFormat[];
  load(propertyNames: string[]): XConditionalFormatCollection;
  add(type: 'Custom' | 'DataBar'): XConditionalFormat;
  /** By id (ExcelApi 1.6): an item of a loaded collection is otherwise addressed by its position, which moves. */
  getItem(id: string): XConditionalFormat;
}

export interface XConditionalFormat {
  readonly id: string;
  readonly type: Excel.ConditionalFormat['type'];
  readonly custom: XCustomConditionalFormat;
  readonly dataBar: XDataBarConditionalFormat;
  delete(): void;
}

export interface XCustomConditionalFormat {
  readonly rule: XConditionalFormatRule;
  readonly format: { readonly fill: XRangeFill };
}

export interface XConditionalFormatRule {
  formula: string;
  load(propertyNames: string[]): XConditionalFormatRule;
}

export interface XDataBarConditionalFormat {
  readonly positiveFormat: { fillColor: string; gradientFill: boolean };
  lowerBoundRule: Excel.ConditionalDataBarRule;
  upperBoundRule: Excel.ConditionalDataBarRule;
}

export interface XNoteCollection {
  readonly items: XNote[];
  load(propertyNames: string[]): XNoteCollection;
  /** cellAddress: one cell ("B2" on this sheet); more than one is refused (InvalidCellAddress). */
  add(cellAddress: XRange | string, content: string): XNote;
  /** By its cell ("B2"): an item of a loaded collection is otherwise addressed by its position, which moves. */
  getItem(key: string): XNote;
}

export interface XNote {
  content: string;
  delete(): void;
  getLocation(): XRange;
}

export interface XCommentCollection {
  readonly items: XComment[];
  load(propertyNames: string[]): XCommentCollection;
}

export interface XComment {
  getLocation(): XRange;
}

export interface XFreezePanes {
  freezeAt(frozenRange: string): void;
  freezeRows(count?: number): void;
  freezeColumns(count?: number): void;
  unfreeze(): void;
}

/** Each part takes Excel's header and footer codes (&P, &"font,style", &7 for the size; && prints one &). */
export interface XHeaderFooter {
  centerHeader: string;
  leftFooter: string;
}

export interface XPageLayout {
  orientation: Excel.PageLayout['orientation'];
  paperSize: Excel.PageLayout['paperSize'];
  topMargin: number;
  bottomMargin: number;
  leftMargin: number;
  rightMargin: number;
  headerMargin: number;
  footerMargin: number;
  zoom: Excel.PageLayoutZoomOptions;
  readonly headersFooters: {
    state: Excel.HeaderFooterGroup['state'];
    readonly defaultForAllPages: XHeaderFooter;
    readonly firstPage: XHeaderFooter;
  };
  setPrintTitleRows(printTitleRows: string): void;
}

export interface XChartCollection {
  add(type: 'BarClustered' | 'ColumnClustered', sourceData: XRange, seriesBy?: 'Auto' | 'Columns' | 'Rows'): XChart;
}

export interface XChart {
  readonly title: { text: string };
  readonly series: { getItemAt(index: number): { setXAxisValues(sourceData: XRange): void } };
  setPosition(startCell: string, endCell?: string): void;
}

/** Excel.run narrowed to what the host needs; the real one fits (see below). */
export type RunBatch = <T>(batch: (context: XRequestContext) => Promise<T>) => Promise<T>;

// The compiler proves here that the real office.js objects fit the subset above.
type Fits<Real, Subset> = Real extends Subset ? true : false;
type Assert<T extends true> = T;
export type RealObjectsFit = [
  Assert<Fits<Excel.RequestContext, XRequestContext>>,
  Assert<Fits<Excel.Workbook, XWorkbook>>,
  Assert<Fits<Excel.Worksheet, XWorksheet>>,
  Assert<Fits<Excel.Range, XRange>>,
  Assert<Fits<Excel.RangeAreas, XRangeAreas>>,
  Assert<Fits<Excel.ConditionalFormat, XConditionalFormat>>,
  Assert<Fits<Excel.PageLayout, XPageLayout>>,
  Assert<Fits<Excel.Chart, XChart>>,
  Assert<Fits<Excel.FormatProtection, XFormatProtection>>,
  Assert<Fits<Excel.DataValidation, XDataValidation>>,
  Assert<Fits<Excel.WorksheetProtection, XWorksheetProtection>>,
  Assert<Fits<Excel.NoteCollection, XNoteCollection>>,
  Assert<Fits<Excel.Note, XNote>>,
  Assert<Fits<Excel.CommentCollection, XCommentCollection>>,
  Assert<Fits<Excel.HeaderFooter, XHeaderFooter>>,
];
