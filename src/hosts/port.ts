/**
 * The one small interface every host implements: read a snapshot of the workbook, apply a write
 * plan. Hosts hold no scoring logic.
 */
import type { WorkbookSnapshot } from '../workbook/grid';
import type { WritePlan } from '../workbook/spec';

export interface WorkbookPort {
  readSnapshot(): Promise<WorkbookSnapshot>;
  /**
   * Replaces the owned sheets named in the plan (never any other sheet), removes the add-in's
   * previous highlights everywhere and draws the new ones. Input values are never written.
   */
  apply(plan: WritePlan): Promise<void>;
  /** Removes every highlight the add-in drew, and nothing else. */
  clearHighlights(): Promise<void>;
  /** Shows a cell to the user (a finding clicked in the task pane); hosts without a window leave it out. */
  select?(sheet: string, address: string): Promise<void>;
}

export interface ProgressReporter {
  (step: 'read' | 'score' | 'write', done: number, total: number): void;
}
