/**
 * The Vietnamese dictionary: every text a user sees (task pane, sheets, messages, command line).
 * Vietnamese is the source; en.ts must fill the same shape.
 */
import type { FindingCode } from '../domain/findings';
import type { FindingTexts } from './types';
import { validation } from './vi/validation';
import { planFindings } from './vi/findings-plan';
import { scoreFindings } from './vi/findings-score';
import { sheetFindings } from './vi/findings-sheet';
import { awardNotes } from './vi/award-notes';
import { sheets } from './vi/sheets';
import { cli } from './vi/command-line';
import { planSheet } from './vi/plan-sheet';
import { inputSheets } from './vi/input-sheets';
import { office } from './vi/office';
import { ui } from './vi/ui';
import { tiers } from './vi/tiers';
import { audit } from './vi/audit';
import { tierFindings } from './vi/findings-tiers';
import { eligibility, eligibilityFindings, proposalSheet } from './vi/eligibility-all';
import { templates } from './vi/templates';
import { importText } from './vi/import';
import { safety } from './vi/safety';
import { packageText } from './vi/package';
import { explain } from './vi/explain';
import { planTable, tableFindings } from './vi/plan-table';

import { feedback } from './vi/feedback';
import { ballots, ballotFindings } from './vi/ballots';
import { print } from './vi/print';
import { pane } from './vi/pane';

import { women } from './vi/women';
import { crossScoring, crossFindings } from './vi/cross-scoring';

import { cliHelp } from './vi/cli-help';
import { contradictionFindings } from './vi/findings-contradictions';

/** Every code's texts: the tables split the codes between them, and together must cover every one. */
const findings: FindingTexts<FindingCode> = { ...planFindings, ...scoreFindings, ...sheetFindings, ...tierFindings, ...eligibilityFindings, ...tableFindings, ...ballotFindings, ...crossFindings, ...contradictionFindings };

export const vi = {
  validation,
  findings,
  awardNotes,
  sheets,
  cli,
  planSheet,
  inputSheets,
  office,
  ui,
  tiers,
  audit,
  eligibility,
  proposalSheet,
  templates,
  importText,
  safety,
  packageText,
  explain,
  planTable,
  feedback,
  ballots,
  print,
  pane,
  women,
  crossScoring,
  cliHelp,
};

export type Dictionary = import('./types').Widen<typeof vi>;
