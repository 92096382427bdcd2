/** Several scorers per unit (English mirror); the sheet labels stay Vietnamese (they are read from the sheet). */
import type { Dictionary } from '../vi';
import type { CrossFindingCode, FindingTexts } from '../types';
import { crossScoring as viCross } from '../vi/cross-scoring';

const f = (v: string | number | undefined): string => (v === undefined ? '' : String(v));

export const crossScoring: Dictionary['crossScoring'] = viCross;

export const crossFindings: FindingTexts<CrossFindingCode> = {
  CROSS_SELF_SCORE: { message: (p) => `Unit ${f(p.scorer)} scored its own criterion ${f(p.code)} on a cross-scoring sheet: not counted.`, fix: () => 'A unit never scores itself: remove its column.' },
  CROSS_OTHER_BLOCK: { message: (p) => `Unit ${f(p.scorer)} scored ${f(p.unit)} of another block: not counted.`, fix: () => 'Units score each other within their block only.' },
  CROSS_ABSTAIN_NO_REASON: { message: (p) => `Unit ${f(p.scorer)} did not score criterion ${f(p.code)} and gave no reason.`, fix: () => 'Write the reason after «Không chấm», e.g. «Không chấm: no evidence».' },
  CROSS_SPREAD: { message: (p) => `Criterion ${f(p.code)}: the scorers differ by ${f(p.spread)} points, above the threshold of ${f(p.threshold)}.`, fix: () => 'The council discusses this criterion before accepting the score.' },
  CROSS_VALUE_UNREADABLE: { message: (p) => `«${f(p.value)}» on a cross-scoring sheet is neither a score nor «Không chấm: reason»: not counted.`, fix: () => 'Type a number from 0 to the maximum, or «Không chấm: reason».' },
  CROSS_UNIT_UNKNOWN: { message: (p) => `Column «${f(p.value)}» of a cross-scoring sheet matches no registered unit: not read.`, fix: () => 'Head the column with the unit code or name as in the register.' },
  CROSS_SCORER_SUPERSEDED: {
    message: (p) => `Sheet «${f(p.sheet)}» (the cross-scoring sheet of ${f(p.scorer)}) was replaced by «${f(p.by)}»: only «${f(p.by)}» counts.`,
    fix: () => 'Nothing to do; the old sheet is kept as a record. To use the old sheet again, delete the new one.',
  },
  CROSS_SCORER_TWICE: {
    message: (p) => `Unit ${f(p.scorer)} has two cross-scoring sheets: «${f(p.sheet)}» and «${f(p.other)}»; only «${f(p.sheet)}» counts.`,
    fix: () => 'Keep one sheet per scoring unit: delete or change the extra one, then score again.',
  },
};
