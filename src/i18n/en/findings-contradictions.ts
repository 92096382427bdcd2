/** Messages for the plan's own contradictions and look-alike unit names (English mirror). */
import type { ContradictionFindingCode, FindingTexts } from '../types';
import { awardName, fmt } from './findings-score';

const scripts: Readonly<Record<string, string>> = { cyrillic: 'Cyrillic', greek: 'Greek' };
const fields: Readonly<Record<string, string>> = { name: 'Unit name', code: 'Unit code' };

export const contradictionFindings: FindingTexts<ContradictionFindingCode> = {
  PLAN_STEP_OVER_MAX: {
    message: (p) =>
      `Criterion ${fmt(p.code)}: ${Number(p.steps) > 1 ? `${fmt(p.steps)} steps` : 'a step'} worth up to ${fmt(p.points)} points, above the criterion's own maximum of ${fmt(p.max)}; ${p.rule === 'reject' ? 'a unit reaching it gets no score for this criterion' : `a unit reaching it is counted ${fmt(p.max)} points`}. This is the plan's error, not the units'.`,
    fix: (p) => `Correct the «Steps» of criterion ${fmt(p.code)} so that none is above ${fmt(p.max)} points, or correct the maximum.`,
  },
  PLAN_BAND_UNREACHABLE: {
    message: (p) => `Band «${fmt(p.band)}» starts at ${fmt(p.minScore)} points, but the highest total possible (bonus included) is ${fmt(p.highest)}: no unit can get this band.`,
    fix: (p) => `Correct the «From score» of band «${fmt(p.band)}» (scale ${fmt(p.scale)}).`,
  },
  PLAN_BAND_ABOVE_SCALE: {
    message: (p) => `Band «${fmt(p.band)}» starts at ${fmt(p.minScore)} points, above the scale of ${fmt(p.scale)}: only units with bonus points can reach it.`,
    fix: (p) => `Check the «From score» of band «${fmt(p.band)}»; keep it if the plan means it.`,
  },
  PLAN_AWARD_ORDER_SHARED: {
    message: (p) => `${awardName(p.form, p.level)} and ${awardName(p.other, p.otherLevel)} share the order ${fmt(p.order)}: which is considered first depends on the row, not on the plan.`,
    fix: () => 'Give each unit award its own order (1, 2, 3 …).',
  },
  PLAN_AWARD_QUOTA_ZERO: {
    message: (p) => `The quota of ${awardName(p.form, p.level)} per block is 0: no unit can be proposed for it.`,
    fix: (p) => `Enter a quota (or a percentage) for ${awardName(p.form, p.level)}, or delete the row if it is not awarded this year.`,
  },
  UNIT_NAME_MIXED_SCRIPT: {
    message: (p) =>
      `${fields[String(p.field)] ?? fmt(p.field)} «${fmt(p.text)}» has the letter(s) ${fmt(p.letters)} from the ${scripts[String(p.script)] ?? fmt(p.script)} alphabet; they look Latin but are other characters: the name will not match one typed on a Vietnamese keyboard.`,
    fix: (p) => `Type it again on a Vietnamese keyboard: «${fmt(p.latin)}».`,
  },
  UNIT_NAME_LOOKALIKE: {
    message: (p) => `Unit ${fmt(p.unit)} «${fmt(p.name)}» looks exactly like unit ${fmt(p.other)} «${fmt(p.otherName)}» but its letters differ (some from another alphabet): easy to confuse when ranking and awarding.`,
    fix: (p) => `Type the name of unit ${fmt(p.unit)} again on a Vietnamese keyboard; if they are one unit, delete the duplicate row.`,
  },
};
