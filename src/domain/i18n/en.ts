/** The English dictionary: the same shape as the Vietnamese one. */
import type { Dictionary } from './vi';
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
import { templates } from './en/templates'; // issue 4: unit templates

export const en: Dictionary = {
  validation,
  findings: { ...planFindings, ...scoreFindings, ...sheetFindings },
  awardNotes,
  sheets,
  cli,
  planSheet,
  inputSheets,
  office,
  ui,
  templates, // issue 4: unit templates
};
