/** What the engine returns: plain data, the same for the same input, byte for byte. */
import type { Finding } from '../findings';
import type { Criterion, RatioRule, UnitAwardRule } from '../plan/schema';
import type { Proposal, Unit } from '../input/schema';
import type { TierReview } from './tiers';
import type { EligibilityResult } from './eligibility-types'; // issue 5a

export type ScoreStatus = 'ok' | 'missing' | 'overMax' | 'rejected' | 'negative';

export interface CriterionScore {
  readonly code: string;
  readonly kind: Criterion['kind'];
  readonly maxPoints: number;
  readonly actual?: number;
  /** Score computed from the actual value (methods other than entered points). */
  readonly computed?: number;
  readonly self?: number;
  readonly appraised?: number;
  /** The score of record after the plan's over-maximum rule; undefined when missing or rejected. */
  readonly used?: number;
  /** Which tier the score of record came from. */
  readonly usedFrom?: 'appraised' | 'self';
  readonly status: ScoreStatus;
  readonly shortfall: boolean;
  /** Only for mandatory criteria: whether it was achieved. */
  readonly mandatoryMet?: boolean;
}

export interface UnitScore {
  readonly unit: Unit;
  readonly criteria: readonly CriterionScore[];
  /** Sum of self scores of base criteria (blank when no self score at all). */
  readonly selfBase?: number;
  /** Sum of appraised scores of base criteria (blank when nothing was appraised). */
  readonly appraisedBase?: number;
  /** Base points of record. */
  readonly base: number;
  readonly bonus: number;
  readonly bonusRaw: number;
  readonly deduction: number;
  readonly deductionRaw: number;
  /** base + bonus − deduction, in points of record. */
  readonly total: number;
  readonly missingCount: number;
  readonly notAppraisedCount: number;
  readonly mandatoryFailed: readonly string[];
  readonly band?: string;
  /**
   * Score of record per section, keyed by code key (codes.ts): base + bonus − deduction of the criteria
   * under a group or a scored parent (and of any criterion a tie-break names), after section caps.
   */
  readonly groupScores: Readonly<Record<string, number>>;
  /** Gates («không xếp loại» when failed) the unit failed: it has no band. Absent when none failed. */
  readonly gatesFailed?: readonly string[];
  /** Per top-level criterion, when the plan asks for section subtotals; figures after section caps. */
  readonly sectionTotals?: readonly SectionTotal[];
}

export interface SectionTotal {
  /** The top-level criterion's code as the plan writes it. */
  readonly code: string;
  readonly base: number;
  readonly bonus: number;
  readonly deduction: number;
  /** base + bonus − deduction. */
  readonly total: number;
}

export type AwardNoteCode =
  | 'awarded'
  | 'ineligible'
  | 'mandatoryFailed'
  | 'gateFailed'
  | 'belowMinBand'
  | 'belowMinScore'
  | 'notLeader'
  | 'quotaFull'
  | 'tieAtQuota'
  | 'noRules';

export interface AwardNote {
  readonly code: AwardNoteCode;
  readonly params: Readonly<Record<string, string | number>>;
}

export interface RankedUnit extends UnitScore {
  readonly rank: number;
  /** Shares its rank with another unit after every tie-break: the council votes. */
  readonly unresolvedTie: boolean;
  /** Index into the plan's tie-breaks that separated it from an equal-total neighbour, if any. */
  readonly decidedByTieBreak?: number;
  readonly award?: Pick<UnitAwardRule, 'form' | 'level'>;
  readonly awardNote: AwardNote;
}

export interface BlockResult {
  readonly block: string;
  readonly units: readonly RankedUnit[];
  /** Registered units of the block with no result sheet at all: not ranked, not scored (the parser reports them). */
  readonly unscored: readonly Unit[];
  /** Quota granted per award rule (index in plan.unitAwards) and how many were given. */
  readonly quotas: readonly { readonly form: string; readonly level: string; readonly quota: number; readonly given: number }[];
}

export interface RatioCheck {
  readonly rule: RatioRule;
  /** 'all' when pooled, else the kind counted against itself. */
  readonly scope: 'all' | Proposal['kind'];
  readonly qualifying: number;
  readonly total: number;
  readonly ratio?: number;
  readonly met: boolean;
  /**
   * Proposals to add to close the gap (0 when met): qualifying ones for an "at least" rule,
   * others for an "at most" rule.
   */
  readonly closeByAdding: number;
  /** Or proposals to withdraw instead: others for "at least", qualifying ones for "at most". */
  readonly closeByRemoving: number;
}

export interface Evaluation {
  readonly blocks: readonly BlockResult[];
  readonly ratios: readonly RatioCheck[];
  /** Scores of each tier of appraisal side by side (issue 5b); its findings are in `findings` too. */
  readonly tiers: TierReview;
  readonly findings: readonly Finding[];
  /** issue 5a: a verdict per proposal, when the plan lists titles. */
  readonly eligibility?: EligibilityResult;
}
