/** The English dictionary: the same shape as the Vietnamese one. */
import type { Dictionary } from './vi';
import type { FindingCode } from '../domain/findings';
import type { FindingTexts } from './types';
import { validation } from './en/validation';
import { planFindings } from './en/findings-plan';
import { scoreFindings } from './en/findings-score';
import { sheetFindings } from './en/findings-sheet';
import { awardNotes } from './en/award-notes';
import { sheets } from './en/sheets';
import { cli } from './en/command-line';
import { planSheet } from './en/plan-sheet';
import { inputSheets } from './en/input-sheets';
import { office } from './en/office';
import { ui } from './en/ui';
import { tiers } from './en/tiers';
import { audit } from './en/audit';
import { tierFindings } from './en/findings-tiers';
import { eligibility, eligibilityFindings, proposalSheet } from './en/eligibility-all';
import { templates } from './en/templates';
import { importText } from './en/import';
import { safety } from './en/safety';
import { packageText } from './en/package';
import { explain } from './en/explain';
import { planTable, tableFindings } from './en/plan-table';

import { feedback } from './en/feedback';
import { ballots, ballotFindings } from './en/ballots';
import { print } from './en/print';
import { pane } from './en/pane';

import { women } from './en/women';
import { crossScoring, crossFindings } from './en/cross-scoring';

import { cliHelp } from './en/cli-help';
import { contradictionFindings } from './en/findings-contradictions';

/** Every code's texts: the tables split the codes between them, and together must cover every one. */
const findings: FindingTexts<FindingCode> = { ...planFindings, ...scoreFindings, ...sheetFindings, ...tierFindings, ...eligibilityFindings, ...tableFindings, ...ballotFindings, ...crossFindings, ...contradictionFindings };

export const en: Dictionary = {
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
