/**
 * Findings: every rejected or doubtful input, every shortfall, every rule not met.
 * A finding is data (code + parameters + where); its text comes from the dictionary so the
 * same finding reads in Vietnamese on the sheet and in English in the task pane if asked.
 */
import type { CellRef } from './input/schema';
import type { Tier } from './evaluate/criterion';
import type { TierName } from './evaluate/tiers';
import type { RatioCheck } from './evaluate/types';
import type { CriterionKind, overMaxRules, RatioSubject, ScoringMethod } from './plan/schema';
import type { ValidationKey } from './plan/validation-keys';
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
} as const satisfies { readonly [C in FindingCode]: Severity };

/** A limit on a section's bonus, deduction or both. */
type CapKind = 'bonus' | 'deduction' | 'adjustment';
type RatioScope = RatioCheck['scope'];
type OverMaxRule = (typeof overMaxRules)[number];
/** A row of the scoring table a plan is read from (1-based, as the officer sees it). */
type TableRow = { row: number };

/**
 * Every finding code with the parameters its messages read: the one declaration that finding(), the
 * readers' helpers and both languages' message tables are checked against. A parameter is a string
 * or a number (a finding is data written to the sheet); optional only where some finding has none.
 */
export interface FindingParams {
  // plan
  PLAN_INVALID: { sheet: string; field: string; issue: ValidationKey };
  PLAN_GROUP_MAX_MISMATCH: { code: string; max: number; sum: number };
  PLAN_BASE_TOTAL_NOT_SCALE: { sum: number; scale: number };
  PLAN_DUPLICATE_CRITERION: { code: string; count: number };
  PLAN_ORPHAN_CRITERION: { code: string; parent: string };
  PLAN_TARGET_MISSING: { code: string };
  PLAN_STEPS_MISSING: { code: string };
  PLAN_POINTS_PER_CASE_MISSING: { code: string };
  PLAN_BANDS_OVERLAP: { minScore: number; bands: string };
  PLAN_UNKNOWN_BAND: { band: string; form: string };
  PLAN_UNKNOWN_LEVEL: { level: string; where: string };
  PLAN_QUOTA_OVER_BLOCK: { form: string; level: string; quota: number; block: string; units: number };
  PLAN_UNKNOWN_GROUP: { group: string };
  PLAN_SETTING_UNREADABLE: { setting: string; value: string };
  PLAN_SIGNATURE_MISMATCH: { signingFor: string; signerTitle: string; body: string; head: string; expected: string };
  PLAN_SETTING_UNKNOWN: { setting: string; value: string; suggestion?: string };
  PLAN_OPTIONAL_COLUMN_MISSING: { sheet: string; section: string; column: string; effect: 'skipped' | 'default' };
  // sheets and cells
  SHEET_MISSING: { sheet: string };
  SHEET_EMPTY: { sheet: string };
  SHEET_HIDDEN: { sheet: string; role: string };
  HEADER_NOT_FOUND: { sheet: string; expected: string };
  /** With a row: one cell of a required column is blank; without: the column itself is missing. */
  COLUMN_MISSING: { sheet: string; column: string; row?: number };
  MERGED_CELLS: { sheet: string; range: string };
  NUMBER_AS_TEXT: { value: string; read: number };
  VALUE_PERCENT_DOUBTFUL: { value: number; shown: number; unit: string; reason: 'percentCell' | 'fraction' };
  /** expected: a key of the input sheets' «expected» words; without it, «a number». */
  VALUE_NOT_NUMBER: { value: string; expected?: string };
  VALUE_ERROR: { value: string };
  VALUE_NOT_PASS_FAIL: { value: string; expected: string };
  VALUE_DATE: { value: string };
  LEGACY_ENCODING: { value: string; converted: string; encoding: 'tcvn3' | 'vni' };
  UNIT_DUPLICATE: { unit: string; kept: string; dropped: string };
  UNIT_UNKNOWN: { sheet: string; value: string };
  UNIT_NO_RESULTS: { unit: string; code: string };
  UNIT_BLOCK_MISMATCH: { sheet: string; unit: string; value: string; block: string };
  UNIT_PERIOD_MISMATCH: { sheet: string; unit: string; value: string; period: string };
  UNIT_YEAR_MISMATCH: { sheet: string; unit: string; value: string; year: number };
  /** reason 'group': a value typed on a group's row (sum: its children's, when any); 'notInPlan': a code the plan has not. */
  CRITERION_UNKNOWN: { sheet: string; code: string; reason: 'notInPlan' } | { sheet: string; code: string; reason: 'group'; value: number; sum?: number };
  CRITERION_DUPLICATE_ROW: { sheet: string; code: string; first: string };
  CRITERION_NOT_IN_SHEET: { sheet: string; codes: string; count: number };
  PROPOSAL_UNKNOWN_LEVEL: { value: string; levels: string };
  PROPOSAL_UNKNOWN_UNIT: { value: string };
  PROPOSAL_KIND_INVALID: { value: string; expected: string };
  PROPOSAL_DUPLICATE: { name: string; unit: string; form: string; first: string };
  OWNED_SHEET_CONFLICT: { sheet: string; used: string };
  SHEET_MERGES_UNREAD: { sheet: string };
  // scoring
  SCORE_MISSING: { code: string; max: number };
  SCORE_NOT_APPRAISED: { count: number; total: number };
  /** sheet: the unit's result sheets, comma-separated; empty when its results came from a table. */
  SCORE_FORM_BLANK: { unit: string; sheet: string };
  SCORE_OVER_MAX: { code: string; tier: Tier; value: number; max: number; rule: OverMaxRule };
  SCORE_NEGATIVE: { code: string; tier: Tier; value: number; max: number; kind: CriterionKind };
  SCORE_BELOW_THRESHOLD: { code: string; value: number; max: number; threshold: number; percent: number };
  /** With a code: one criterion; without: the unit's base total (criteria: how many were paired, when not all). */
  SCORE_GAP:
    | { code: string; self: number; appraised: number; gap: number; limit: number; criteria?: never }
    | { code?: never; self: number; appraised: number; gap: number; limit: number; criteria?: number };
  SCORE_DIFFERS_FROM_ACTUAL: { code: string; value: number; computed: number; actual: number };
  /** unit: the target's unit («%», «hồ sơ»), empty when the plan gives none. */
  ACTUAL_MISSING: { code: string; unit: string; max: number };
  MANDATORY_FAILED: { code: string; method: ScoringMethod; required: number; value?: number; actual?: number; target?: number };
  BONUS_CAPPED: { raw: number; cap: number };
  DEDUCTION_CAPPED: { raw: number; cap: number };
  SECTION_CAP_APPLIED: { code: string; kind: CapKind; raw: number; cap: number; cut: number };
  CASE_COUNT_INVALID: { code: string; value: number };
  GATE_FAILED: { code: string; text: string };
  // ranking, awards, ratios
  TIE_UNRESOLVED: { block: string; rank: number; count: number; total: number; units: string };
  AWARD_TIE_AT_QUOTA: { block: string; form: string; level: string; rank: number; slots: number; count: number; units: string };
  AWARD_QUOTA_ZERO: { block: string; form: string; level: string; units: number };
  AWARD_PROVISIONAL:
    | { scope: 'unit'; unit: string; form: string; level: string; count: number; codes: string }
    | { scope: 'block'; block: string; count: number; size: number; units: string; withheld: number };
  RATIO_NOT_MET: {
    rule: string;
    levels: string;
    scope: RatioScope;
    subject: RatioSubject;
    comparison: 'atLeast' | 'atMost';
    qualifying: number;
    total: number;
    ratio: number;
    threshold: number;
    /** Proposals to add, or to withdraw, to meet the ratio; negative when that way cannot. */
    add: number;
    remove: number;
  };
  RATIO_NO_PROPOSALS: { rule: string; levels: string; scope: RatioScope };
  // tiers of appraisal and the audit log
  TIER_CHANGE_UNEXPLAINED: { code: string; from: TierName; to: TierName; fromValue: number; toValue: number; delta: number; threshold: number };
  AUDIT_LOG_DAMAGED: { sheet: string; rows: number };
  AUDIT_LOG_ROW_CHANGED: { sheet: string; row: number };
  // eligibility of proposals, history and staff ratings, title quotas
  ELIG_UNKNOWN_FORM: { form: string; name: string };
  ELIG_LEVEL_MISMATCH: { form: string; level: string; expected: string };
  ELIG_KIND_MISMATCH: { form: string; name: string; kind: 'individual' | 'collective' };
  ELIG_RATING_UNKNOWN: { value: string; ratings: string };
  ELIG_AMBIGUOUS_PERSON: { name: string; unit: string };
  ELIG_TITLE_QUOTA_EXCEEDED: { rule: string; unit: string; cap: number; count: number; base: number };
  ELIG_RATING_QUOTA_EXCEEDED: { rule: string; unit: string; cap: number; count: number; base: number };
  ELIG_TITLE_REF_UNKNOWN: { title: string; ref: string };
  ELIG_NO_COUNCIL: Record<never, never>;
  ELIG_HISTORY_YEAR_INVALID: { value: string };
  ELIG_HISTORY_TEXT_UNKNOWN: { value: string };
  ELIG_UNKNOWN_UNIT: { sheet: string; value: string };
  // a plan read from the scoring table (row: the table's row; absent when the table itself is not found)
  TABLE_NOT_FOUND: { source: string; row?: number };
  TABLE_COLUMN_MISSING: TableRow & { columns: string };
  TABLE_ROW_UNREAD: TableRow & { text: string };
  TABLE_VALUE_UNREAD: TableRow & { code: string; value: string };
  TABLE_NO_MAX: TableRow & { code: string };
  TABLE_GROUP_SUM: TableRow & { code: string; max: number; sum: number };
  TABLE_TOTAL_MISMATCH: TableRow & { total: number; sum: number };
  TABLE_CODE_QUALIFIED: TableRow & { written: string; code: string; section: string; why: 'heading' | 'repeated' };
  TABLE_CODE_PROPOSED: TableRow & { code: string; text: string };
  TABLE_NOTE_UNREAD: TableRow & { text: string };
  TABLE_CAP_SECTION_UNKNOWN: TableRow & { section: string; kind: CapKind; value: number };
  TABLE_CAP_PLACED: TableRow & { code: string; section: string; kind: CapKind; value: number };
  TABLE_ONE_OF: TableRow & { code: string; cap: number };
  TABLE_CONDITION_UNCHECKED: TableRow & { code: string; text: string };
  TABLE_ADJUSTMENTS_BESIDE: TableRow & { code: string; max: number; parent: string };
  /** The points column and the sentence disagree: on the points (numbers) or on the kind of points. */
  TABLE_POINTS_CONFLICT: TableRow & ({ code: string; column: number; text: number; used: number } | { code: string; column: CriterionKind; text: CriterionKind; used: CriterionKind });
  TABLE_SEVERAL_RULES: TableRow & { code: string; count: number };
  TABLE_PER_CASE_UNCAPPED: TableRow & { code: string; points: number };
  TABLE_POINTS_LOST: TableRow & { code: string; max: number };
  TABLE_LEVELS_REVIEW: { levels: string };
  TABLE_SCALE_FROM_SUM: { scale: number };
  // the council's vote
  BALLOT_VOTE_UNREADABLE: { value: string; member: string };
  BALLOT_VOTE_ABSENT: { value: string; member: string };
  BALLOT_ATTENDANCE_UNREADABLE: { value: string; member: string };
  BALLOT_ROW_UNKNOWN: { name: string; form: string };
  BALLOT_MEMBERS_MISMATCH: { columns: number; members: number };
  BALLOT_NO_QUORUM: { present: number; members: number; needed: number };
  BALLOT_TIE_UNRESOLVED: { block: string; form: string; slots: number; count: number; units: string; yes: number; left: number };
  // several scorers per unit
  CROSS_SELF_SCORE: { scorer: string; code: string };
  CROSS_OTHER_BLOCK: { scorer: string; unit: string };
  CROSS_ABSTAIN_NO_REASON: { scorer: string; code: string };
  CROSS_SPREAD: { code: string; spread: number; threshold: number };
  CROSS_VALUE_UNREADABLE: { value: string };
  CROSS_UNIT_UNKNOWN: { value: string };
  CROSS_SCORER_SUPERSEDED: { sheet: string; scorer: string; by: string };
  CROSS_SCORER_TWICE: { scorer: string; sheet: string; other: string };
  // the plan's own contradictions, and unit names written with look-alike letters
  PLAN_STEP_OVER_MAX: { code: string; points: number; max: number; steps: number; rule: OverMaxRule };
  PLAN_BAND_UNREACHABLE: { band: string; minScore: number; highest: number; scale: number };
  PLAN_BAND_ABOVE_SCALE: { band: string; minScore: number; scale: number; highest: number };
  PLAN_AWARD_ORDER_SHARED: { form: string; level: string; order: number; other: string; otherLevel: string };
  PLAN_AWARD_QUOTA_ZERO: { form: string; level: string };
  UNIT_NAME_MIXED_SCRIPT: { unit: string; field: 'code' | 'name'; text: string; letters: string; script: 'cyrillic' | 'greek'; latin: string };
  UNIT_NAME_LOOKALIKE: { unit: string; name: string; other: string; otherName: string };
}

export type FindingCode = keyof FindingParams;

/** Any finding's parameters, as read without knowing its code (sorting by row, a test looking at one value). */
export type AnyFindingParams = Readonly<Partial<Record<string, string | number>>>;

// Every code's parameters are strings and numbers; a finding is data a sheet can hold.
type ParamsArePlain = { [C in FindingCode]: FindingParams[C] extends AnyFindingParams ? true : C };
const paramsArePlain: ParamsArePlain[FindingCode] = true;
void paramsArePlain;

export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly unitCode?: string;
  readonly criterionCode?: string;
  readonly cell?: CellRef;
  readonly params: AnyFindingParams;
}

/** A finding: the parameters are checked against its code's (a missing, misspelt or mistyped one does not compile). */
export function finding<C extends FindingCode>(
  code: C,
  params: FindingParams[C],
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
