/** Unit templates, English mirror of vi/templates.ts. */
import type { Dictionary } from '../vi';

type P = Readonly<Record<string, string | number>>;

export const templates: Dictionary['templates'] = {
  title: 'EMULATION SELF-SCORING FORM',
  planLine: (p: P) => (p.number === '' ? `Under plan: ${p.name}` : `Under plan no. ${p.number}: ${p.name}`),
  kindColumn: 'Kind',
  kinds: { group: 'Group', base: '', bonus: 'Bonus', deduction: 'Deduction' },
  instructionsHeading: 'Instructions',
  instructions: [
    '1. Type only in the open cells of the Result, Self score and Evidence / Notes columns; the Appraised column is for the council.',
    '2. A blank cell means not scored, not 0 points; type 0 for a criterion that earns nothing.',
    '3. Decimals use a comma (e.g. 7,5); points from 0 to the criterion maximum; pass/fail criteria take a value from the list.',
    '4. Do not rename, delete or add sheets; do not change criterion codes, texts or maxima.',
    '5. The sheet is protected without a password only to prevent slips; when done, save and send this very file back.',
  ],
  rules: {
    scoreTitle: 'Invalid score',
    score: (p: P) => `Enter a number from 0 to ${p.max}; leave blank if not scored.`,
    actualTitle: 'Invalid result',
    actual: 'Enter a number of 0 or more; leave blank if not known yet.',
    countTitle: 'Invalid number of cases',
    count: 'Enter the number of cases as a whole number of 0 or more (0, 1, 2, …); leave blank if not known yet.',
    passFailTitle: 'Pick from the list',
    passFail: 'Pick Pass or Fail; leave blank if not assessed.',
  },
  fileName: (p: P) => `${p.code} - ${p.name}.xlsx`,
  scorer: {
    title: 'CROSS-SCORING SHEET',
    fileName: (p: P) => `Cross-scoring - ${p.code} - ${p.name}.xlsx`,
    sheetName: (p: P) => `Cross-scoring ${p.code}`,
    scoredLabel: 'Units scored:',
    instructions: [
      '1. Each column is a unit of the same block that your unit scores; a unit never scores itself, so the sheet has no column for the scoring unit.',
      '2. In each cell type a score from 0 to the criterion maximum (comma for decimals), or «Không chấm: reason» to abstain on that criterion; a blank cell is not scored yet, not 0 points.',
      '3. Do not rename, delete or add sheets, columns or rows; do not change criterion codes, texts, maxima or the header row.',
      '4. The sheet is protected without a password only to prevent slips; when done, save and send this very file back.',
    ],
    ruleTitle: 'Invalid score',
    rule: (p: P) => (p.max === '' ? 'Enter a number of 0 or more, or «Không chấm: reason»; leave blank if not scored.' : `Enter a number from 0 to ${p.max}, or «Không chấm: reason»; leave blank if not scored.`),
  },
  pane: {
    title: '3. Unit templates',
    intro: 'Makes one template file per unit of the register, from the plan (input cells open and checked), packed into one .zip to send out.',
    run: 'Download templates (.zip)',
    runHint: 'Make a template for every unit and download one .zip file',
    making: 'Making templates …',
    done: (p: P) => `Made ${p.count} templates in ${p.file}${p.scorers === 0 ? '' : `, ${p.scorers} of them cross-scoring sheets (one per scoring unit)`}.`,
    zipName: (p: P) => `Templates - ${p.base}.zip`,
    failed: 'No templates made: a valid plan sheet and a unit register with at least one unit are needed.',
  },
  cli: {
    planMissing: 'No templates made: the plan sheet cannot be read (run "thidua score" to see why).',
    noUnits: 'No templates made: the unit register holds no readable unit.',
    written: (p: P) => `  ${p.file}`,
    total: (p: P) => `Wrote ${p.count} templates to ${p.folder} (${p.ms} ms).`,
    scorers: (p: P) => `${p.count} of them are cross-scoring sheets: each unit scores the other units of its block, never itself.`,
  },
};
