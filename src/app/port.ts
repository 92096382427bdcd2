/**
 * The one small interface every host implements: read a snapshot of the workbook, apply a write
 * plan. Hosts hold no scoring logic.
 */
import type { WorkbookSnapshot } from '../workbook/grid';
import type { WritePlan } from '../workbook/spec';

/** A unit's sheet inside a returned file, to be brought into the workbook under `as` (import). */
export interface SheetFromFile {
  /** The whole returned .xlsx, base64-encoded. */
  readonly base64: string;
  readonly sheet: string;
  readonly as: string;
}

export interface WorkbookPort {
  readSnapshot(): Promise<WorkbookSnapshot>;
  /**
   * Replaces the owned sheets named in the plan (never any other sheet), removes the add-in's
   * previous highlights everywhere and draws the new ones. Input values are never written.
   */
  apply(plan: WritePlan): Promise<void>;
  /** Removes every highlight the add-in drew, and nothing else. */
  clearHighlights(): Promise<void>;
  /**
   * Inserts sheets of returned files as they are — formats, validation, protection — and names them
   * `as`; never touches another sheet. Only where Excel can (ExcelApi 1.13, insertWorksheetsFromBase64):
   * other hosts leave it out and the import writes the values through apply. Says which it inserted and,
   * when it stopped, why (a batch Excel refused leaves no sheet behind).
   */
  insertSheets?(sheets: readonly SheetFromFile[]): Promise<{ readonly inserted: readonly string[]; readonly error?: unknown }>;
  /** Shows a cell to the user (a finding clicked in the task pane); hosts without a window leave it out. */
  select?(sheet: string, address: string): Promise<void>;
}

export interface ProgressReporter {
  (step: 'read' | 'score' | 'write', done: number, total: number): void;
}
