/** The shapes a scoring table passes through: a grid of text rows in, a proposed criteria tree out. */
import type { Finding } from '../../domain/findings';
import type { PlanInput } from '../../domain/plan/schema';

/** One row of the table: its number as the officer sees it (1-based), cells as text with merges resolved. */
export interface TableRow {
  readonly row: number;
  readonly cells: readonly string[];
}

export interface TableGrid {
  /** Where the table came from («Bảng 2» of a .docx, or a sheet's name), for messages. */
  readonly name: string;
  readonly rows: readonly TableRow[];
  /** Set when the table is a sheet: findings then point at its cells. */
  readonly sheet?: string;
}

export type CriterionInput = PlanInput['criteria'][number];

export interface ProposedCriterion {
  /** The table row the criterion was read from. */
  readonly row: number;
  /** The code as the table wrote it; '' when the row had none and a code was proposed. */
  readonly written: string;
  /** The parent's code, when it has one. */
  readonly parent?: string;
  readonly criterion: CriterionInput;
}

export interface TableProposal {
  readonly table: string;
  /** Rows of the header, as table row numbers (the first occurrence). */
  readonly headerRows: readonly number[];
  readonly criteria: readonly ProposedCriterion[];
  /** Notes rows, kept for the officer whether or not a rule was read from them. */
  readonly notes: readonly { readonly row: number; readonly text: string }[];
  /** The table's «Tổng cộng» row, when it has one. */
  readonly total?: { readonly row: number; readonly value: number };
  readonly findings: readonly Finding[];
}
