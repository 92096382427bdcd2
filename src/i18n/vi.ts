/**
 * The Vietnamese dictionary: every text a user sees (task pane, sheets, messages, command line).
 * Vietnamese is the source; en.ts must fill the same shape.
 */
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
import { cliHelp } from './vi/cli-help';
import { contradictionFindings } from './vi/findings-contradictions';

export const vi = {
  validation,
  findings: { ...planFindings, ...scoreFindings, ...sheetFindings, ...tierFindings, ...eligibilityFindings, ...contradictionFindings },
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
  cliHelp,
};

export type Dictionary = import('./types').Widen<typeof vi>;
