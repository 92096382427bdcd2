/** Reading a plan from the scoring table an officer received: a Word table, or one pasted into a sheet. */
export { readScoringTable } from './read';
export { readDocxTables, chooseScoringTable, type DocxTables } from './docx';
export { sheetTable } from './sheet';
export { planFromProposal, type PlanFromTableOptions } from './plan';
export { findHeader } from './header';
export type { TableGrid, TableRow, TableProposal, ProposedCriterion } from './types';
