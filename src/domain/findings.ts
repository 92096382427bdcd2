/**
 * Findings: every rejected or doubtful input, every shortfall, every rule not met.
 * A finding is data (code + parameters + where); its text comes from the dictionary so the
 * same finding reads in Vietnamese on the sheet and in English in the task pane if asked.
 */
import type { CellRef } from './input/schema';
import { compareCodes } from './plan/codes';
import { compareVietnamese } from './text/normalize';

export type Severity = 'error' | 'warning' | 'info';

/** Every finding code with its severity. Messages live in i18n/<lang>/findings*.ts. */
export const findingSeverity = {
  // plan
  PLAN_INVALID: 'error',
  PLAN_GROUP_MAX_MISMATCH: 'warning',
  PLAN_BASE_TOTAL_NOT_SCALE: 'warning',
  PLAN_DUPLICATE_CRITERION: 'error',
  PLAN_ORPHAN_CRITERION: 'warning',
  PLAN_TARGET_MISSING: 'error',
  PLAN_STEPS_MISSING: 'error',
  PLAN_POINTS_PER_CASE_MISSING: 'error',
  PLAN_BANDS_OVERLAP: 'error',
  PLAN_UNKNOWN_BAND: 'error',
  PLAN_UNKNOWN_LEVEL: 'error',
  PLAN_QUOTA_OVER_BLOCK: 'warning',
  PLAN_UNKNOWN_GROUP: 'error',
  PLAN_SETTING_UNREADABLE: 'warning',
  // The signature block names a body or head other than the one in the document's heading.
  PLAN_SIGNATURE_MISMATCH: 'warning',
  PLAN_SETTING_UNKNOWN: 'warning',
  PLAN_OPTIONAL_COLUMN_MISSING: 'warning',
  // sheets and cells
  SHEET_MISSING: 'error',
  SHEET_EMPTY: 'warning',
  SHEET_HIDDEN: 'info',
  HEADER_NOT_FOUND: 'error',
  COLUMN_MISSING: 'error',
  MERGED_CELLS: 'warning',
  NUMBER_AS_TEXT: 'info',
  VALUE_PERCENT_DOUBTFUL: 'warning',
  VALUE_NOT_NUMBER: 'error',
  VALUE_ERROR: 'error',
  VALUE_NOT_PASS_FAIL: 'error',
  VALUE_DATE: 'error',
  LEGACY_ENCODING: 'warning',
  UNIT_DUPLICATE: 'error',
  UNIT_UNKNOWN: 'error',
  UNIT_NO_RESULTS: 'error',
  UNIT_BLOCK_MISMATCH: 'warning',
  UNIT_PERIOD_MISMATCH: 'warning',
  UNIT_YEAR_MISMATCH: 'warning',
  CRITERION_UNKNOWN: 'warning',
  CRITERION_DUPLICATE_ROW: 'error',
  CRITERION_NOT_IN_SHEET: 'warning',
  PROPOSAL_UNKNOWN_LEVEL: 'error',
  PROPOSAL_UNKNOWN_UNIT: 'warning',
  PROPOSAL_KIND_INVALID: 'error',
  PROPOSAL_DUPLICATE: 'warning',
  OWNED_SHEET_CONFLICT: 'info',
  SHEET_MERGES_UNREAD: 'warning',
  // scoring
  SCORE_MISSING: 'warning',
  SCORE_NOT_APPRAISED: 'warning',
  SCORE_FORM_BLANK: 'warning',
  SCORE_OVER_MAX: 'error',
  SCORE_NEGATIVE: 'error',
  SCORE_BELOW_THRESHOLD: 'warning',
  SCORE_GAP: 'warning',
  SCORE_DIFFERS_FROM_ACTUAL: 'warning',
  ACTUAL_MISSING: 'warning',
  MANDATORY_FAILED: 'error',
  BONUS_CAPPED: 'info',
  DEDUCTION_CAPPED: 'info',
  SECTION_CAP_APPLIED: 'info',
  CASE_COUNT_INVALID: 'error',
  GATE_FAILED: 'error',
  // ranking, awards, ratios
  TIE_UNRESOLVED: 'warning',
  AWARD_TIE_AT_QUOTA: 'warning',
  AWARD_QUOTA_ZERO: 'info',
  AWARD_PROVISIONAL: 'warning',
  RATIO_NOT_MET: 'error',
  RATIO_NO_PROPOSALS: 'info',
  // tiers of appraisal and the audit log
  TIER_CHANGE_UNEXPLAINED: 'warning',
  AUDIT_LOG_DAMAGED: 'warning',
  AUDIT_LOG_ROW_CHANGED: 'warning',
  // eligibility of proposals, history and staff ratings, title quotas
  ELIG_UNKNOWN_FORM: 'warning',
  ELIG_LEVEL_MISMATCH: 'warning',
  ELIG_KIND_MISMATCH: 'error',
  ELIG_RATING_UNKNOWN: 'error',
  ELIG_AMBIGUOUS_PERSON: 'warning',
  ELIG_TITLE_QUOTA_EXCEEDED: 'warning',
  ELIG_RATING_QUOTA_EXCEEDED: 'warning',
  ELIG_TITLE_REF_UNKNOWN: 'error',
  ELIG_NO_COUNCIL: 'info',
  ELIG_HISTORY_YEAR_INVALID: 'error',
  ELIG_HISTORY_TEXT_UNKNOWN: 'warning',
  ELIG_UNKNOWN_UNIT: 'warning',
  // a plan read from the scoring table an officer received (Word table, or the table pasted into a sheet)
  TABLE_NOT_FOUND: 'error',
  TABLE_COLUMN_MISSING: 'info',
  TABLE_ROW_UNREAD: 'warning',
  TABLE_VALUE_UNREAD: 'warning',
  TABLE_NO_MAX: 'warning',
  TABLE_GROUP_SUM: 'warning',
  TABLE_TOTAL_MISMATCH: 'warning',
  TABLE_CODE_QUALIFIED: 'warning',
  TABLE_CODE_PROPOSED: 'warning',
  TABLE_NOTE_UNREAD: 'info',
  TABLE_CAP_SECTION_UNKNOWN: 'warning',
  TABLE_CAP_PLACED: 'info',
  TABLE_ONE_OF: 'info',
  TABLE_CONDITION_UNCHECKED: 'warning',
  TABLE_ADJUSTMENTS_BESIDE: 'info',
  TABLE_POINTS_CONFLICT: 'warning',
  TABLE_SEVERAL_RULES: 'warning',
  TABLE_PER_CASE_UNCAPPED: 'info',
  TABLE_POINTS_LOST: 'warning',
  TABLE_LEVELS_REVIEW: 'warning',
  TABLE_SCALE_FROM_SUM: 'info',
  // the council's vote: the tally sheet the secretary fills
  BALLOT_VOTE_UNREADABLE: 'warning',
  BALLOT_VOTE_ABSENT: 'warning',
  BALLOT_ATTENDANCE_UNREADABLE: 'warning',
  BALLOT_ROW_UNKNOWN: 'warning',
  BALLOT_MEMBERS_MISMATCH: 'warning',
  BALLOT_NO_QUORUM: 'warning',
  BALLOT_TIE_UNRESOLVED: 'warning',
  // several scorers per unit (chấm chéo)
  CROSS_SELF_SCORE: 'warning',
  CROSS_OTHER_BLOCK: 'warning',
  CROSS_ABSTAIN_NO_REASON: 'warning',
  CROSS_SPREAD: 'warning',
  CROSS_VALUE_UNREADABLE: 'warning',
  CROSS_UNIT_UNKNOWN: 'warning',
  CROSS_SCORER_SUPERSEDED: 'info',
  CROSS_SCORER_TWICE: 'warning',
  // the plan's own contradictions (at the plan's cell), and unit names written with look-alike letters
  PLAN_STEP_OVER_MAX: 'error',
  PLAN_BAND_UNREACHABLE: 'error',
  PLAN_BAND_ABOVE_SCALE: 'warning',
  PLAN_AWARD_ORDER_SHARED: 'warning',
  PLAN_AWARD_QUOTA_ZERO: 'warning',
  UNIT_NAME_MIXED_SCRIPT: 'warning',
  UNIT_NAME_LOOKALIKE: 'error',
} as const satisfies Record<string, Severity>;

export type FindingCode = keyof typeof findingSeverity;
export type FindingParams = Readonly<Record<string, string | number>>;

export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly unitCode?: string;
  readonly criterionCode?: string;
  readonly cell?: CellRef;
  readonly params: FindingParams;
}

export function finding(
  code: FindingCode,
  params: FindingParams = {},
  where: { unitCode?: string; criterionCode?: string; cell?: CellRef } = {},
): Finding {
  return { code, severity: findingSeverity[code], params, ...where };
}

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The order of findings: severity, then unit, criterion, cell, code; findings equal in all of them keep the
 * order they were met in. A run sorts the findings it gathered once, with sortFindings; everything that
 * shows them (the «Kiểm tra» sheet, the highlights' notes, the pane, the command line) keeps that order.
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityOrder[a.severity] - severityOrder[b.severity] ||
    compareVietnamese(a.unitCode ?? '', b.unitCode ?? '') ||
    compareCodes(a.criterionCode ?? '', b.criterionCode ?? '') ||
    compareVietnamese(a.cell?.sheet ?? '', b.cell?.sheet ?? '') ||
    compareAddresses(a.cell?.address ?? '', b.cell?.address ?? '') ||
    compareVietnamese(a.code, b.code)
  );
}

export { compareCodes };

/** Rank of each distinct value under `compare`; values that compare equal share a rank. */
function ranksOf(values: Iterable<string>, compare: (a: string, b: string) => number): Map<string, number> {
  const sorted = [...new Set(values)].sort(compare);
  const ranks = new Map<string, number>();
  let rank = 0;
  sorted.forEach((v, i) => {
    if (i > 0 && compare(sorted[i - 1] ?? '', v) !== 0) rank++;
    ranks.set(v, rank);
  });
  return ranks;
}

/**
 * The findings in compareFindings's order, sorted once where a run has gathered all of them. Unit and
 * criterion codes are compared once per distinct value instead of once per comparison: 100,000 findings
 * would otherwise dominate the run.
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const units = ranksOf(
    findings.map((f) => f.unitCode ?? ''),
    compareVietnamese,
  );
  const criteria = ranksOf(
    findings.map((f) => f.criterionCode ?? ''),
    compareCodes,
  );
  return findings
    .map((f) => ({ f, s: severityOrder[f.severity], u: units.get(f.unitCode ?? '') ?? 0, c: criteria.get(f.criterionCode ?? '') ?? 0 }))
    .sort((a, b) => a.s - b.s || a.u - b.u || a.c - b.c || compareFindings(a.f, b.f))
    .map((x) => x.f);
}

function compareAddresses(a: string, b: string): number {
  const pa = /^([A-Z]+)(\d+)/.exec(a);
  const pb = /^([A-Z]+)(\d+)/.exec(b);
  if (!pa || !pb) return compareVietnamese(a, b);
  return Number(pa[2]) - Number(pb[2]) || (pa[1] ?? '').length - (pb[1] ?? '').length || compareVietnamese(pa[1] ?? '', pb[1] ?? '');
}
