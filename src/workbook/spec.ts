/**
 * What the add-in writes, as data: owned sheets cell by cell with their layout, and highlights
 * on input cells. Every host applies a WritePlan the same way; none decides content.
 */
import type { SheetVisibility } from './grid';

export type StyleName =
  | 'nationalTitle'
  | 'parentBody'
  | 'rule'
  | 'count'
  | 'nationalMotto'
  | 'issuer'
  | 'dateLine'
  | 'title'
  | 'subtitle'
  | 'sectionHeading'
  | 'tableHeader'
  | 'cell'
  | 'cellCenter'
  | 'number'
  | 'numberBold'
  | 'percent'
  | 'link'
  | 'error'
  | 'warning'
  | 'info'
  | 'signatureTitle'
  | 'signatureName'
  | 'recipientsHeading'
  | 'recipients'
  | 'note'
  | 'plain';

export interface OutCell {
  /** Text is always written as text: a host must never let it become a formula. */
  readonly value: string | number | null;
  readonly style?: StyleName;
  /** A link to a cell in this workbook. */
  readonly link?: { readonly sheet: string; readonly address: string };
}

export interface PageSetup {
  readonly orientation: 'portrait' | 'landscape';
  readonly paper: 'A4';
  /** Margins in millimetres. */
  readonly margins: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
  /** 1-based rows repeated on every printed page. */
  readonly printTitleRows?: readonly [number, number];
  readonly fitToWidth: boolean;
  /** Page number at the top centre, none on the first page. */
  readonly pageNumbers: boolean;
  /**
   * One small line at the bottom left of every page (the data fingerprint a printed copy is matched
   * by): off the signed table, yet on every sheet of paper.
   */
  readonly footer?: string;
}

export interface DataBar {
  /** A1 range of the numbers drawn as bars. */
  readonly range: string;
  readonly color: string;
}

export interface ChartSpec {
  readonly title: string;
  /** A1 ranges of category labels and values on the same sheet. */
  readonly categories: string;
  readonly values: string;
  /** Where to anchor the chart (top-left cell). */
  readonly anchor: string;
}

/** What an input range accepts; the message is shown by Excel when a typed value breaks the rule. */
export type InputRule =
  /** `whole`: whole numbers only (a count of cases); a host that cannot say so checks the range alone. */
  | { readonly kind: 'decimal'; readonly min: number; readonly max?: number; readonly whole?: boolean; readonly title: string; readonly message: string }
  | { readonly kind: 'list'; readonly values: readonly string[]; readonly title: string; readonly message: string }
  /**
   * A number from 0 to `max`, or text starting with `word` (an abstention with its reason: «Không chấm: …»).
   * One cell per range: the hosts write Excel's formula for it, relative to that cell.
   */
  | { readonly kind: 'scoreOrWord'; readonly max?: number; readonly word: string; readonly title: string; readonly message: string };

/** Cells a form leaves open for typing (every other cell is locked when the sheet is protected). */
export interface InputRange {
  /** A1 range on this sheet. */
  readonly range: string;
  /** Absent: any value (notes, evidence). */
  readonly rule?: InputRule;
}

export interface SheetSpec {
  readonly name: string;
  readonly role: 'summary' | 'findings' | 'state' | 'plan' | 'input' | 'tiers' | 'log';
  readonly visibility: SheetVisibility;
  readonly rows: readonly (readonly OutCell[])[];
  /** Column widths in characters. */
  readonly columnWidths: readonly number[];
  /** Row heights in points where wrapped text needs more than one line (0-based rows; missing = default). */
  readonly rowHeights?: readonly (number | undefined)[];
  readonly merges: readonly string[];
  /** 1-based: rows and columns frozen above/left of this cell. */
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly page?: PageSetup;
  readonly dataBars?: readonly DataBar[];
  readonly charts?: readonly ChartSpec[];
  /** Unlocked, validated input ranges of a form (unit templates). */
  readonly inputs?: readonly InputRange[];
  /**
   * Sheet protection without a password: it guards against slips (typing over a maximum or a
   * criterion's text), not against people, who can lift it in one click.
   */
  readonly protect?: boolean;
}

/**
 * What a highlight says, by severity: the finding's (error, warning, info), or 'tierChange' when a
 * later tier of appraisal changed the score of this cell's criterion (no fault: drawn quietly).
 */
export type HighlightKind = 'error' | 'warning' | 'info' | 'tierChange';

export interface Highlight {
  readonly sheet: string;
  readonly address: string;
  readonly kind: HighlightKind;
  /**
   * The words of the findings on this cell, shown as the cell's note (comment). A host never
   * replaces a note the user wrote; the add-in's notes go with the same «clear» as the colours.
   */
  readonly note?: string;
}

export interface WritePlan {
  /** Owned sheets to (re)create, in order. */
  readonly sheets: readonly SheetSpec[];
  /**
   * Highlights on input cells, drawn as conditional formats so no value or format changes.
   * Given: the add-in's previous highlights are removed and these drawn. Absent: highlights are left as they are.
   */
  readonly highlights?: readonly Highlight[];
  /**
   * What the state sheet said when the workbook was read: a host that can be written by others at
   * the same time (Excel on the web, co-authoring) reads it again before writing and stops when it
   * changed. `lastRun` null: there was no state sheet.
   */
  readonly guard?: { readonly stateSheet: string; readonly lastRun: string | null };
}

/**
 * Excel's formula for a `scoreOrWord` cell at `cell` (no leading «=»): a number in range, or text that
 * starts with the word. Excel compares text without case; the word comes from the dictionary, never
 * from a cell, and its quotes are doubled.
 */
export function scoreOrWordFormula(rule: Extract<InputRule, { kind: 'scoreOrWord' }>, cell: string): string {
  const number = [`ISNUMBER(${cell})`, `${cell}>=0`, ...(rule.max === undefined ? [] : [`${cell}<=${String(rule.max)}`])].join(',');
  const word = rule.word.replace(/"/g, '""');
  return `OR(AND(${number}),LEFT(TRIM(${cell}),${rule.word.length})="${word}")`;
}

/**
 * A list source written in place is its items joined by commas, and Excel splits it at every comma
 * (and takes at most 255 characters): items holding a comma or a quote, or too many, go in cells of
 * a hidden column just right of the form instead (one column gap; not the sheet's far right, which
 * would stretch the used range to 16,384 columns), and the rule points at them. Both hosts do this.
 */
export function listNeedsCells(values: readonly string[]): boolean {
  return values.some((v) => v.includes(',') || v.includes('"')) || values.join(',').length > 255;
}
