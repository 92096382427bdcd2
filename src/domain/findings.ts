/**
 * Findings: every rejected or doubtful input, every shortfall, every rule not met.
 * A finding is data (code + parameters + where); its text comes from the dictionary so the
 * same finding reads in Vietnamese on the sheet and in English in the task pane if asked.
 */
import type { CellRef } from './input/schema';

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
  PLAN_BANDS_OVERLAP: 'error',
  PLAN_UNKNOWN_BAND: 'error',
  PLAN_UNKNOWN_LEVEL: 'error',
  PLAN_QUOTA_OVER_BLOCK: 'warning',
  PLAN_UNKNOWN_GROUP: 'error',
  PLAN_SETTING_UNREADABLE: 'warning',
  // sheets and cells
  SHEET_MISSING: 'error',
  SHEET_EMPTY: 'warning',
  SHEET_HIDDEN: 'info',
  HEADER_NOT_FOUND: 'error',
  COLUMN_MISSING: 'error',
  MERGED_CELLS: 'warning',
  NUMBER_AS_TEXT: 'info',
  VALUE_NOT_NUMBER: 'error',
  VALUE_ERROR: 'error',
  VALUE_NOT_PASS_FAIL: 'error',
  VALUE_DATE: 'error',
  LEGACY_ENCODING: 'warning',
  UNIT_DUPLICATE: 'error',
  UNIT_UNKNOWN: 'error',
  UNIT_NO_RESULTS: 'error',
  UNIT_BLOCK_MISMATCH: 'warning',
  CRITERION_UNKNOWN: 'warning',
  CRITERION_DUPLICATE_ROW: 'error',
  CRITERION_NOT_IN_SHEET: 'warning',
  PROPOSAL_UNKNOWN_LEVEL: 'error',
  PROPOSAL_UNKNOWN_UNIT: 'warning',
  PROPOSAL_KIND_INVALID: 'error',
  PROPOSAL_DUPLICATE: 'warning',
  OWNED_SHEET_CONFLICT: 'info',
  // scoring
  SCORE_MISSING: 'warning',
  SCORE_NOT_APPRAISED: 'info',
  SCORE_OVER_MAX: 'error',
  SCORE_NEGATIVE: 'error',
  SCORE_BELOW_THRESHOLD: 'warning',
  SCORE_GAP: 'warning',
  SCORE_DIFFERS_FROM_ACTUAL: 'warning',
  ACTUAL_MISSING: 'warning',
  MANDATORY_FAILED: 'error',
  BONUS_CAPPED: 'info',
  DEDUCTION_CAPPED: 'info',
  // ranking, awards, ratios
  TIE_UNRESOLVED: 'warning',
  AWARD_TIE_AT_QUOTA: 'warning',
  AWARD_QUOTA_ZERO: 'info',
  RATIO_NOT_MET: 'error',
  RATIO_NO_PROPOSALS: 'info',
  // issue 5b: tiers of appraisal and the audit log
  TIER_CHANGE_UNEXPLAINED: 'warning',
  AUDIT_LOG_DAMAGED: 'warning',
  AUDIT_LOG_ROW_CHANGED: 'warning',
  // issue 5a: eligibility of proposals, history and staff ratings, title quotas
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

/** Stable order for findings: severity, then unit, criterion, cell, code. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityOrder[a.severity] - severityOrder[b.severity] ||
    (a.unitCode ?? '').localeCompare(b.unitCode ?? '') ||
    compareCodes(a.criterionCode ?? '', b.criterionCode ?? '') ||
    (a.cell?.sheet ?? '').localeCompare(b.cell?.sheet ?? '') ||
    compareAddresses(a.cell?.address ?? '', b.cell?.address ?? '') ||
    a.code.localeCompare(b.code)
  );
}

/** Compares criterion codes "1.2" < "1.10" < "2". */
export function compareCodes(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x !== y) return (Number.isNaN(x) ? 0 : x) - (Number.isNaN(y) ? 0 : y) || a.localeCompare(b);
  }
  return 0;
}

function compareAddresses(a: string, b: string): number {
  const pa = /^([A-Z]+)(\d+)/.exec(a);
  const pb = /^([A-Z]+)(\d+)/.exec(b);
  if (!pa || !pb) return a.localeCompare(b);
  return Number(pa[2]) - Number(pb[2]) || (pa[1] ?? '').length - (pb[1] ?? '').length || (pa[1] ?? '').localeCompare(pb[1] ?? '');
}
