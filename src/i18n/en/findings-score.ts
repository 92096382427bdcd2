/** Messages for scoring, ranking, award and ratio findings (English mirror of vi/findings-score.ts). */
import type { FindingParams } from '../../domain/findings';
import { formatNumberEn, namesLevel, type FindingTexts, type ScoreFindingCode } from '../types';

/** A parameter as text: numbers written the English way ("9.5"), an absent one as empty. */
export function fmt(value: string | number | undefined): string {
  return typeof value === 'number' ? formatNumberEn(value) : (value ?? '');
}

const tierLabel: Readonly<Record<string, string>> = { self: 'Self-assessed score', appraised: 'Appraised score' };

const subjectLabel: Readonly<Record<string, string>> = {
  smallCollectiveOrDirectWorker: 'for small collectives or direct workers',
  smallCollective: 'for small collectives',
  directWorker: 'for direct workers',
  individual: 'for individuals',
  collective: 'for collectives',
};

const scopeLabel: Readonly<Record<string, string>> = { all: '', individual: ' (individuals)', collective: ' (collectives)' };

const tier = (p: { readonly tier: string }): string => tierLabel[String(p.tier)] ?? 'Score';
const subject = (p: { readonly subject: string }): string => subjectLabel[p.subject] ?? p.subject;

/** "Bằng khen (level: tỉnh)": award forms and levels are plan data and stay as written. */
export function awardName(form: string | number | undefined, level: string | number | undefined): string {
  const lv = fmt(level).trim().replace(/^cấp\s+/iu, '');
  return lv === '' || namesLevel(fmt(form), lv) ? fmt(form) : `${fmt(form)} (level: ${lv})`;
}

function mandatoryDetail(p: Readonly<FindingParams['MANDATORY_FAILED']>): string {
  if (p.actual !== undefined && p.target !== undefined && p.method === 'targetRatio') {
    return `actual result ${fmt(p.actual)}, target ${fmt(p.target)}`;
  }
  if (p.actual !== undefined && p.method === 'passFail') return 'result "not achieved"';
  if (p.value === undefined) return 'no score';
  return `${fmt(p.value)} points, at least ${fmt(p.required)} needed`;
}

function ratioFix(p: Readonly<FindingParams['RATIO_NOT_MET']>): string {
  const add = Number(p.add);
  const remove = Number(p.remove);
  const who = subject(p);
  if (p.comparison === 'atMost') {
    const ways = [add >= 0 ? `add ${fmt(add)} other proposals` : '', remove >= 0 ? `withdraw ${fmt(remove)} proposals ${who}` : ''].filter((w) => w !== '');
    return ways.length > 0 ? `To meet the ratio: ${ways.join('; or ')}.` : 'Adding or withdrawing proposals cannot meet this ratio; review the rule.';
  }
  const ways = [add >= 0 ? `add ${fmt(add)} proposals ${who}` : '', remove >= 0 ? `withdraw ${fmt(remove)} other proposals` : ''].filter((w) => w !== '');
  const note = add < 0 ? ' (The rule requires 100%, so adding proposals cannot meet it.)' : '';
  return ways.length > 0 ? `To meet the ratio: ${ways.join('; or ')}.${note}` : `No proposal is ${who} yet; add some.`;
}

const sectionCapKind: Readonly<Record<string, string>> = { bonus: 'bonus', deduction: 'deductions', adjustment: 'bonus and deductions together' };

export const scoreFindings: FindingTexts<ScoreFindingCode> = {
  SCORE_MISSING: {
    message: (p) => `Criterion ${fmt(p.code)} has no score (a blank cell does not count as 0).`,
    fix: (p) => `Enter a score from 0 to ${fmt(p.max)}; if the unit did not achieve it, enter 0.`,
  },
  SCORE_FORM_BLANK: {
    message: (p) => `Form not filled in: «${fmt(p.unit)}»${p.sheet ? ` (sheet ${fmt(p.sheet)})` : ''} has no score or result typed, so it counts as no results (not 0 points).`,
    fix: () => 'Enter the self-assessed (and appraised) scores of the unit, then score again.',
  },
  SCORE_NOT_APPRAISED: {
    message: (p) => `${fmt(p.count)}/${fmt(p.total)} criteria have no appraised score; the self-assessed score is used for ranking, so the result is provisional.`,
    fix: () => 'Enter the missing appraised scores.',
  },
  SCORE_OVER_MAX: {
    message: (p) =>
      `${tier(p)} for criterion ${fmt(p.code)} is ${fmt(p.value)}, above the maximum ${fmt(p.max)} ` +
      (p.rule === 'reject' ? '(plan rule: not counted).' : `(plan rule: counted as ${fmt(p.max)}).`),
    fix: (p) => `Lower the score to at most ${fmt(p.max)} or add evidence.`,
  },
  SCORE_NEGATIVE: {
    message: (p) =>
      `${tier(p)} for criterion ${fmt(p.code)} is negative (${fmt(p.value)}); it is not counted.` +
      (p.kind === 'deduction' ? ' Deductions are written as positive numbers.' : ''),
    fix: (p) =>
      p.kind === 'deduction' ? `Write the points deducted as a positive number (e.g. ${fmt(Math.abs(Number(p.value)))}).` : `Correct the score, from 0 to ${fmt(p.max)}.`,
  },
  SCORE_BELOW_THRESHOLD: {
    message: (p) =>
      `Criterion ${fmt(p.code)} scored ${fmt(p.value)}/${fmt(p.max)}, below the warning threshold of ${fmt(p.threshold)} (${fmt(p.percent)}% of the maximum).`,
    fix: (p) => `Review the result and the evidence for criterion ${fmt(p.code)}.`,
  },
  SCORE_GAP: {
    message: (p) =>
      p.code === undefined
        ? `Base total self-assessed (${fmt(p.self)}) and appraised (${fmt(p.appraised)})${p.criteria === undefined ? '' : ` over the ${fmt(p.criteria)} appraised criteria`} differ by ${fmt(p.gap)} points, more than the warning limit of ${fmt(p.limit)}.`
        : `Criterion ${fmt(p.code)}: self-assessed ${fmt(p.self)} and appraised ${fmt(p.appraised)} differ by ${fmt(p.gap)} points, more than the warning limit of ${fmt(p.limit)}.`,
    fix: () => 'The council reviews the evidence and agrees the score with the unit.',
  },
  SCORE_DIFFERS_FROM_ACTUAL: {
    message: (p) =>
      `Self-assessed score for criterion ${fmt(p.code)} is ${fmt(p.value)}, but the actual result (${fmt(p.actual)}) gives ${fmt(p.computed)} points.`,
    fix: (p) => `Change the self-assessed score to ${fmt(p.computed)} or check the actual result.`,
  },
  ACTUAL_MISSING: {
    message: (p) => `Criterion ${fmt(p.code)} has no actual result, so no score can be computed.`,
    fix: (p) => `Enter the actual result${p.unit ? ` (unit: ${fmt(p.unit)})` : ''} or a self-assessed score.`,
  },
  MANDATORY_FAILED: {
    message: (p) => `Mandatory criterion ${fmt(p.code)} not achieved: ${mandatoryDetail(p)}.`,
    fix: (p) => `Check the result and evidence for criterion ${fmt(p.code)}; a unit that fails a mandatory criterion cannot be proposed for an award.`,
  },
  SECTION_CAP_APPLIED: {
    message: (p) => `Section ${fmt(p.code)}: ${sectionCapKind[String(p.kind)] ?? 'points'} ${fmt(p.raw)} exceed the section cap of ${fmt(p.cap)}; ${fmt(p.cut)} points are not counted.`,
    fix: (p) => `Nothing to fix if correct; check the criteria of section ${fmt(p.code)} if a score was mistyped.`,
  },
  CASE_COUNT_INVALID: {
    message: (p) => `Criterion ${fmt(p.code)} is scored per case but its achieved value is ${fmt(p.value)}, not a whole number of 0 or more.`,
    fix: (p) => `Type the number of cases (0, 1, 2, …) in the achieved-value column of criterion ${fmt(p.code)}.`,
  },
  GATE_FAILED: {
    message: (p) => `Required condition for a rating ${fmt(p.code)} (${fmt(p.text)}) not met: the unit is not rated.`,
    fix: (p) => `Check the result and evidence for criterion ${fmt(p.code)}; once met, write «Đạt» and run again.`,
  },
  BONUS_CAPPED: {
    message: (p) => `Bonus points ${fmt(p.raw)} exceed the cap of ${fmt(p.cap)}; only ${fmt(p.cap)} are added.`,
    fix: () => 'Nothing to fix; check the bonus entries if this is unexpected.',
  },
  DEDUCTION_CAPPED: {
    message: (p) => `Deductions ${fmt(p.raw)} exceed the cap of ${fmt(p.cap)}; only ${fmt(p.cap)} are deducted.`,
    fix: () => 'Nothing to fix; check the deduction entries if this is unexpected.',
  },
  TIE_UNRESOLVED: {
    message: (p) =>
      `«${fmt(p.block)}»: ${fmt(p.count)} units share rank ${fmt(p.rank)} (${fmt(p.total)} points) after every tie-break: ${fmt(p.units)}.`,
    fix: () => 'The council votes to order the tied units.',
  },
  AWARD_TIE_AT_QUOTA: {
    message: (p) =>
      `«${fmt(p.block)}»: ${fmt(p.count)} units share rank ${fmt(p.rank)} (${fmt(p.units)}) but only ${fmt(p.slots)} ${awardName(p.form, p.level)} remain; none of them is proposed yet.`,
    fix: (p) => `The council votes to choose ${fmt(p.slots)} of them.`,
  },
  AWARD_PROVISIONAL: {
    message: (p) =>
      p.scope === 'block'
        ? `«${fmt(p.block)}» is provisional: ${fmt(p.count)}/${fmt(p.size)} units have no results (${fmt(p.units)}); every place and award in the block may still change` +
          (Number(p.withheld) > 0 ? `; ${fmt(p.withheld)} awards not proposed.` : '.')
        : `«${fmt(p.unit)}» is provisional: ${fmt(p.count)} base criteria not appraised (${fmt(p.codes)}); ${awardName(p.form, p.level)} not proposed.`,
    fix: (p) =>
      (p.scope === 'block' ? 'Enter the results of the missing units' : 'Enter the appraised scores of the missing criteria') +
      ' and score again; if the council wants to propose anyway, set «Đề nghị khi chưa đủ dữ liệu: có» in the plan.',
  },
  AWARD_QUOTA_ZERO: {
    message: (p) => `«${fmt(p.block)}» (${fmt(p.units)} units) gets no ${awardName(p.form, p.level)}: the quota works out to 0.`,
    fix: () => 'To give every block at least one, tick «Tối thiểu 1» for this award in the plan.',
  },
  RATIO_NOT_MET: {
    message: (p) =>
      `${fmt(p.rule)}${scopeLabel[String(p.scope)] ?? ''}: ${fmt(p.qualifying)}/${fmt(p.total)} proposals at level ${fmt(p.levels)} (${fmt(p.ratio)}%) are ${subject(p)}; ` +
      `the rule requires ${p.comparison === 'atMost' ? 'at most' : 'at least'} ${fmt(p.threshold)}%.`,
    fix: ratioFix,
  },
  RATIO_NO_PROPOSALS: {
    message: (p) => `${fmt(p.rule)}: no proposals at level ${fmt(p.levels)}, so the ratio does not apply.`,
    fix: () => 'Nothing to fix if there really are no proposals at this level.',
  },
};
