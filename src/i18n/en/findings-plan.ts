/** Messages for findings about the plan itself (English mirror of vi/findings-plan.ts). */
import type { FindingTexts, PlanFindingCode } from '../types';
import { awardName, fmt } from './findings-score';
import { validation } from './validation';

export const planFindings: FindingTexts<PlanFindingCode> = {
  PLAN_INVALID: {
    message: (p) => `Plan: «${fmt(p.field)}» is not valid: ${validation[p.issue]}`,
    fix: (p) => `Correct «${fmt(p.field)}» on sheet «${fmt(p.sheet)}» and run again.`,
  },
  PLAN_SETTING_UNREADABLE: {
    message: (p) => `Cannot read the value «${fmt(p.value)}» of «${fmt(p.setting)}»; the default is used.`,
    fix: (p) => `Enter a valid value for «${fmt(p.setting)}».`,
  },
  PLAN_SIGNATURE_MISMATCH: {
    message: (p) =>
      `The signature block «${fmt(p.signingFor)}» / «${fmt(p.signerTitle)}» does not match the issuing body «${fmt(p.body)}» in the heading: a document of ${fmt(p.body)} is signed by ${fmt(p.head)} (Decree 30/2020).`,
    fix: (p) =>
      `Correct «Signing for» and «Signer title» on the plan sheet, e.g. «${fmt(p.expected)}»; if another body issues the document, correct the body named in the heading.`,
  },
  PLAN_GROUP_MAX_MISMATCH: {
    message: (p) => `Criterion group ${fmt(p.code)} has a maximum of ${fmt(p.max)}, but its sub-criteria add up to ${fmt(p.sum)}.`,
    fix: (p) => `Set the maximum of group ${fmt(p.code)} to ${fmt(p.sum)} or adjust its sub-criteria.`,
  },
  PLAN_BASE_TOTAL_NOT_SCALE: {
    message: (p) => `Base criteria maxima add up to ${fmt(p.sum)}, not the scale of ${fmt(p.scale)}.`,
    fix: () => 'Adjust the criteria maxima or the scale («Thang điểm») in the general settings.',
  },
  PLAN_DUPLICATE_CRITERION: {
    message: (p) => `Criterion code ${fmt(p.code)} appears ${fmt(p.count)} times; only the first row is scored.`,
    fix: () => 'Give the duplicate rows other codes or delete them.',
  },
  PLAN_ORPHAN_CRITERION: {
    message: (p) => `Criterion ${fmt(p.code)} belongs to group ${fmt(p.parent)}, but the plan has no group ${fmt(p.parent)}.`,
    fix: (p) => `Add a row for group ${fmt(p.parent)} or correct the code ${fmt(p.code)}.`,
  },
  PLAN_TARGET_MISSING: {
    message: (p) => `Criterion ${fmt(p.code)} is scored against a target but has none, so no score can be computed from the actual result.`,
    fix: (p) => `Enter a target for criterion ${fmt(p.code)} or change its scoring method.`,
  },
  PLAN_STEPS_MISSING: {
    message: (p) => `Criterion ${fmt(p.code)} is scored by steps but has no steps.`,
    fix: () => 'Enter the steps in «Các mức», e.g. "≥3: 10; ≥2: 7; ≥1: 4".',
  },
  PLAN_POINTS_PER_CASE_MISSING: {
    message: (p) => `Criterion ${fmt(p.code)} is scored per case but has no points per case.`,
    fix: (p) => `Enter the points for each case of criterion ${fmt(p.code)} in «Điểm mỗi trường hợp» (e.g. 0,5).`,
  },
  PLAN_BANDS_OVERLAP: {
    message: (p) => `Bands ${fmt(p.bands)} all start at ${fmt(p.minScore)} points.`,
    fix: () => 'Give each band its own minimum score.',
  },
  PLAN_UNKNOWN_BAND: {
    message: (p) => `Award «${fmt(p.form)}» requires the band «${fmt(p.band)}», which the bands table does not have; no unit qualifies.`,
    fix: () => 'Set the minimum band to a name from the bands table.',
  },
  PLAN_UNKNOWN_LEVEL: {
    message: (p) => `Level «${fmt(p.level)}» (${fmt(p.where)}) is not in the plan's list of award levels.`,
    fix: (p) => `Add «${fmt(p.level)}» to the award levels or correct the name.`,
  },
  PLAN_QUOTA_OVER_BLOCK: {
    message: (p) => `The quota of ${awardName(p.form, p.level)} per block is ${fmt(p.quota)}, but «${fmt(p.block)}» has only ${fmt(p.units)} units.`,
    fix: () => 'Check the quota per block; it may be given as a percentage.',
  },
  PLAN_UNKNOWN_GROUP: {
    message: (p) => `The tie-breaks use the score of group ${fmt(p.group)}, but the plan has no such criterion.`,
    fix: () => 'Correct the code in the tie-breaks to a criterion or group of the plan.',
  },
  PLAN_SETTING_UNKNOWN: {
    message: (p) =>
      `«${fmt(p.setting)}» in the general settings is not a setting the software knows; its value «${fmt(p.value)}» is not used.` +
      (p.suggestion === undefined ? '' : ` Did you mean «${fmt(p.suggestion)}»?`),
    fix: (p) => (p.suggestion === undefined ? 'Write the setting name as in the plan template, or delete the row.' : `Rename it to «${fmt(p.suggestion)}» if that is what was meant, or delete the row.`),
  },
  PLAN_OPTIONAL_COLUMN_MISSING: {
    message: (p) =>
      p.effect === 'skipped'
        ? `Section «${fmt(p.section)}» lacks the column «${fmt(p.column)}»: the section is not used; the rest of the plan scores as usual.`
        : `Section «${fmt(p.section)}» lacks the column «${fmt(p.column)}»: its rows are read with that column's default.`,
    fix: (p) => `Add the column «${fmt(p.column)}» to the «${fmt(p.section)}» table (see the plan template) and run again.`,
  },
};
