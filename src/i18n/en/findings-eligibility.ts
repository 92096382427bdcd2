/** Messages for eligibility findings (English mirror). */
import type { EligibilityFindingCode, FindingTexts } from '../types';
import { fmt } from './findings-score';

const kindName: Readonly<Record<string, string>> = { individual: 'individual', collective: 'collective' };

export const eligibilityFindings: FindingTexts<EligibilityFindingCode> = {
  ELIG_UNKNOWN_FORM: {
    message: (p) => `Proposal "${fmt(p.name)}": the form "${fmt(p.form)}" is not among the plan's titles and forms.`,
    fix: () => 'Write the title as in the plan sheet\'s "Danh hiệu và hình thức khen thưởng", or add this spelling to "Tên gọi khác".',
  },
  ELIG_LEVEL_MISMATCH: {
    message: (p) => `${fmt(p.form)} belongs to level ${fmt(p.expected)}, but the proposal says "${fmt(p.level)}".`,
    fix: (p) => `Change the "Cấp" cell to "${fmt(p.expected)}" (award ratios count the level written on the proposal).`,
  },
  ELIG_KIND_MISMATCH: {
    message: (p) => `Proposal "${fmt(p.name)}" (${kindName[String(p.kind)] ?? fmt(p.kind)}) asks for ${fmt(p.form)}, which is not given to a ${kindName[String(p.kind)] ?? fmt(p.kind)}.`,
    fix: () => 'Check the "Cá nhân / Tập thể" column or choose the right title.',
  },
  ELIG_RATING_UNKNOWN: {
    message: (p) => `Rating "${fmt(p.value)}" is not among the plan's ratings (${fmt(p.ratings)}).`,
    fix: () => 'Write a rating from the list (abbreviations such as HTXSNV, HTTNV work) or extend "Các mức xếp loại đánh giá" in the plan sheet.',
  },
  ELIG_AMBIGUOUS_PERSON: {
    message: (p) => `Several people named "${fmt(p.name)}" at ${fmt(p.unit)} (or history rows without a unit): their award histories cannot be told apart.`,
    fix: () => 'Add a position or unit to tell them apart, and a unit on every history row; the council checks the records.',
  },
  ELIG_TITLE_QUOTA_EXCEEDED: {
    message: (p) => `${fmt(p.unit)}: ${fmt(p.count)} eligible proposals, over the maximum of ${fmt(p.cap)} (${fmt(p.rule)}; compared with ${fmt(p.base)}).`,
    fix: (p) => `The council chooses at most ${fmt(p.cap)}; these proposals are marked "needs checking".`,
  },
  ELIG_RATING_QUOTA_EXCEEDED: {
    message: (p) => `${fmt(p.unit)}: ${fmt(p.count)} staff with that rating, over the maximum of ${fmt(p.cap)} (${fmt(p.rule)}; compared with ${fmt(p.base)}).`,
    fix: (p) => `The unit reviews its ratings to stay within ${fmt(p.cap)}.`,
  },
  ELIG_TITLE_REF_UNKNOWN: {
    message: (p) => `A condition of "${fmt(p.title)}" refers to "${fmt(p.ref)}", which is neither a title nor a rating of the plan.`,
    fix: () => 'Correct "Danh hiệu / xếp loại dẫn chiếu" to a title code or rating of the plan sheet.',
  },
  ELIG_NO_COUNCIL: {
    message: () => 'The plan does not give the number of council members: votes needed per title cannot be computed.',
    fix: () => 'Fill in "Số thành viên Hội đồng" under Thông tin chung in the plan sheet.',
  },
  ELIG_HISTORY_YEAR_INVALID: {
    message: (p) => `Year "${fmt(p.value)}" in the award history cannot be read.`,
    fix: () => 'Write the year with four digits, e.g. 2023.',
  },
  ELIG_HISTORY_TEXT_UNKNOWN: {
    message: (p) => `The award history says "${fmt(p.value)}", which matches no title, form or rating of the plan: the row is not counted.`,
    fix: () => 'Write the title, form or rating as in the plan sheet (abbreviations such as LĐTT, CSTĐCS, HTXSNV work).',
  },
  ELIG_UNKNOWN_UNIT: {
    message: (p) => `Sheet "${fmt(p.sheet)}": unit "${fmt(p.value)}" is not in the unit register; the row cannot be matched with proposals.`,
    fix: () => 'Write the unit code or name as in the "Đơn vị" sheet.',
  },
};
