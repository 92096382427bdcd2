/** Messages for findings about sheets, cells, units, criteria rows and proposals (English mirror). */
import { formatNumberPlain, type FindingTexts, type SheetFindingCode } from '../types';
import { fmt } from './findings-score';

const plain = (v: string | number | undefined): string => formatNumberPlain('en-GB', v);
import { inputSheets } from './input-sheets';
import { inputSheets as viSheets } from '../vi/input-sheets';

/** What a keyword cell accepts: the parser passes a key of inputSheets.expected. */
const expected = (p: { readonly expected?: string }): string => (inputSheets.expected as Readonly<Record<string, string>>)[String(p.expected)] ?? fmt(p.expected);

const encodingName: Readonly<Record<string, string>> = { tcvn3: 'TCVN3 (ABC, .VnTime fonts)', vni: 'VNI Windows' };

// Sheet names in messages stay Vietnamese: they are what the workbook contains.
const registerSheet = viSheets.names.register;

export const sheetFindings: FindingTexts<SheetFindingCode> = {
  SHEET_MISSING: {
    message: (p) => `The workbook has no sheet «${fmt(p.sheet)}».`,
    fix: (p) => `Add a sheet «${fmt(p.sheet)}» from the template (or rename the existing one to «${fmt(p.sheet)}») and run again.`,
  },
  SHEET_EMPTY: {
    message: (p) => `Sheet «${fmt(p.sheet)}» is empty.`,
    fix: (p) => `Fill in sheet «${fmt(p.sheet)}» following the template and run again.`,
  },
  SHEET_HIDDEN: {
    message: (p) => `Sheet «${fmt(p.sheet)}» is hidden but its data are used for scoring (${fmt(p.role)}).`,
    fix: (p) => `Unhide sheet «${fmt(p.sheet)}» (right-click the sheet tab → Unhide) to check it; delete or rename it if it should not count.`,
  },
  HEADER_NOT_FOUND: {
    message: (p) => `Sheet «${fmt(p.sheet)}» has no header row with the needed columns (${fmt(p.expected)}).`,
    fix: (p) => `Add a header row with the columns: ${fmt(p.expected)} (any order; title rows above it are fine).`,
  },
  COLUMN_MISSING: {
    message: (p) =>
      p.row === undefined
        ? `Sheet «${fmt(p.sheet)}» has no column «${fmt(p.column)}».`
        : `Sheet «${fmt(p.sheet)}», row ${fmt(p.row)}: the «${fmt(p.column)}» cell is blank.`,
    fix: (p) =>
      p.row === undefined
        ? `Add the column «${fmt(p.column)}» to the table's header row and run again.`
        : `Fill in the «${fmt(p.column)}» cell in row ${fmt(p.row)}.`,
  },
  MERGED_CELLS: {
    message: (p) => `Merged range ${fmt(p.range)} lies inside a data table${p.sheet === undefined ? '' : ` on sheet «${fmt(p.sheet)}»`}: only its first cell is read.`,
    fix: () => 'Unmerge the cells (Merge & Center → Unmerge Cells) and enter a value in each cell.',
  },
  VALUE_PERCENT_DOUBTFUL: {
    message: (p) =>
      p.reason === 'percentCell'
        ? `The cell is formatted as a percentage and shows ${plain(p.shown)}%, but the target is in «${fmt(p.unit)}»: read as ${plain(p.value)}.`
        : `The cell holds ${plain(p.value)} for a percentage target: read as ${plain(p.value)}%, not ${plain(p.shown)}%.`,
    fix: (p) =>
      p.reason === 'percentCell'
        ? `Enter the result in «${fmt(p.unit)}» in a cell with a plain number format.`
        : `If ${plain(p.shown)}% is meant, enter ${plain(p.shown)} or ${plain(p.shown)}%; if ${plain(p.value)}% is right, leave it.`,
  },
  NUMBER_AS_TEXT: {
    message: (p) => `A number was typed as text «${fmt(p.value)}»; read as the number ${plain(p.read)}.`,
    fix: () => 'Check the value read; enter numbers as numbers to avoid misreading.',
  },
  VALUE_NOT_NUMBER: {
    message: (p) => `«${fmt(p.value)}» is not ${p.expected === undefined ? 'a number' : expected(p)}: the cell is treated as blank (not 0).`,
    fix: () => 'Enter a number (Vietnamese style uses a decimal comma, e.g. 9,5), or leave it blank if not known yet.',
  },
  VALUE_ERROR: {
    message: (p) => `The cell holds the formula error ${fmt(p.value)}: treated as blank.`,
    fix: () => 'Fix the formula (deleted reference, division by zero…) or enter the value directly.',
  },
  VALUE_NOT_PASS_FAIL: {
    message: (p) => `«${fmt(p.value)}» is not an accepted value (expected: ${expected(p)}).`,
    fix: (p) => `Enter one of: ${expected(p)}.`,
  },
  VALUE_DATE: {
    message: (p) => `The cell holds the date ${fmt(p.value)} instead of a number: treated as blank.`,
    fix: () => 'Format the cell as Number and enter the value again.',
  },
  LEGACY_ENCODING: {
    message: (p) => `The cell uses the old ${encodingName[String(p.encoding)] ?? 'TCVN3/VNI'} encoding: «${fmt(p.value)}», read as «${fmt(p.converted)}».`,
    fix: () => 'Convert the data to Unicode (Unikey → Converter) so the file shows correctly everywhere.',
  },
  UNIT_DUPLICATE: {
    message: (p) => `Unit «${fmt(p.unit)}» appears twice: the results at ${fmt(p.kept)} are used, ${fmt(p.dropped)} is ignored.`,
    fix: (p) => `Remove the duplicate at ${fmt(p.dropped)}, or correct its code/name if it is another unit.`,
  },
  UNIT_UNKNOWN: {
    message: (p) => `Sheet «${fmt(p.sheet)}»: unit «${fmt(p.value)}» is not in the unit register; these results are not scored.`,
    fix: () => `Write the unit's code or name exactly as in sheet «${registerSheet}», or add the unit to the register.`,
  },
  UNIT_NO_RESULTS: {
    message: (p) => `Unit «${fmt(p.unit)}» (code ${fmt(p.code)}) has no results: it is not scored or ranked.`,
    fix: () => "Add the unit's result sheet (with an «Đơn vị: …» line and a «Mã tiêu chí» table), or its row in the consolidated sheet.",
  },
  UNIT_PERIOD_MISMATCH: {
    message: (p) => `Sheet «${fmt(p.sheet)}» of «${fmt(p.unit)}» says period «${fmt(p.value)}», but the plan scores period «${fmt(p.period)}»: the results still count for «${fmt(p.period)}».`,
    fix: (p) => `Check that these are the results for «${fmt(p.period)}»; if so correct the «Đợt:» line, if not replace the sheet with this period's.`,
  },
  UNIT_YEAR_MISMATCH: {
    message: (p) => `Sheet «${fmt(p.sheet)}» of «${fmt(p.unit)}» says «${fmt(p.value)}», not the plan's year ${fmt(p.year)}: the results still count for ${fmt(p.year)}.`,
    fix: (p) => `Check that these are the results for ${fmt(p.year)}; if so correct the year on the sheet, if not replace the sheet with this year's.`,
  },
  UNIT_BLOCK_MISMATCH: {
    message: (p) =>
      `Sheet «${fmt(p.sheet)}» puts unit «${fmt(p.unit)}» in block «${fmt(p.value)}», but the register says «${fmt(p.block)}»: «${fmt(p.block)}» is used.`,
    fix: () => `Correct the block line on the result sheet, or the unit's block in sheet «${registerSheet}».`,
  },
  CRITERION_UNKNOWN: {
    message: (p) =>
      p.reason === 'group'
        ? `Sheet «${fmt(p.sheet)}»: ${fmt(p.code)} is a criterion group; the score ${fmt(p.value)} on its heading row is not counted (a group scores the sum of its criteria${p.sum === undefined ? '' : `, here ${fmt(p.sum)}`}).`
        : `Sheet «${fmt(p.sheet)}»: criterion code ${fmt(p.code)} is not in the plan; the row is not counted.`,
    fix: (p) =>
      p.reason === 'group'
        ? `Enter scores on the criteria of group ${fmt(p.code)}; leave the group row blank or make it their sum.`
        : 'Correct the code to match sheet «Kế hoạch», or add the criterion to the plan.',
  },
  CRITERION_DUPLICATE_ROW: {
    message: (p) => `Sheet «${fmt(p.sheet)}»: criterion ${fmt(p.code)} appears twice (first at ${fmt(p.first)}); only the first is counted.`,
    fix: () => 'Remove the duplicate row (column), or correct its code if it is another criterion.',
  },
  CRITERION_NOT_IN_SHEET: {
    message: (p) => `Sheet «${fmt(p.sheet)}» lacks ${fmt(p.count)} of the plan's criteria: ${fmt(p.codes)}. They count as not scored.`,
    fix: () => 'Add the missing rows (columns) with the criterion codes of sheet «Kế hoạch».',
  },
  PROPOSAL_UNKNOWN_LEVEL: {
    message: (p) => `Award level «${fmt(p.value)}» is not in the plan (levels: ${fmt(p.levels)}); the proposal is not counted in the ratios.`,
    fix: (p) => `Use one of the levels: ${fmt(p.levels)}.`,
  },
  PROPOSAL_UNKNOWN_UNIT: {
    message: (p) => `The proposal's unit «${fmt(p.value)}» is not in the unit register.`,
    fix: () => `Write the unit's code or name exactly as in sheet «${registerSheet}».`,
  },
  PROPOSAL_KIND_INVALID: {
    message: (p) => `«${fmt(p.value)}» does not say whether the proposal is for an individual or a collective; the proposal is skipped.`,
    fix: (p) => `Enter one of: ${expected(p)}.`,
  },
  PROPOSAL_DUPLICATE: {
    message: (p) => `«${fmt(p.name)}» (${fmt(p.unit)}) is proposed for «${fmt(p.form)}» a second time (first at ${fmt(p.first)}); both rows count in the ratios.`,
    fix: () => 'Delete the duplicate row; if these are two people with the same name, give their different positions.',
  },
  SHEET_MERGES_UNREAD: {
    message: (p) => `Excel could not return the merged cells of sheet «${fmt(p.sheet)}» (too many merged areas): it was read as if nothing were merged, so merged headings may be misread.`,
    fix: () => 'Unmerge the cells that need not be merged (Merge & Center → Unmerge), above all inside data tables, and run again.',
  },
  OWNED_SHEET_CONFLICT: {
    message: (p) => `A sheet «${fmt(p.sheet)}» exists that the add-in did not create: it is left alone and the output goes to «${fmt(p.used)}».`,
    fix: (p) => `If sheet «${fmt(p.sheet)}» is no longer needed, rename or delete it so the output gets its usual name.`,
  },
};
