/** What the engine returns: plain data, the same for the same input, byte for byte. */
import type { Finding } from '../findings';
import type { Criterion, RatioRule, TieBreak, UnitAwardRule } from '../plan/schema';
import type { Proposal, Unit } from '../input/schema';
import type { TierReview } from './tiers';
import type { EligibilityResult } from './eligibility-types';

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
  /** Level at the last place of a quota, chosen by the council's vote. */
  | 'councilChose'
  /** Level at the last place of a quota, not chosen by the council's vote. */
  | 'councilNotChosen'
  | 'noRules'
  /** The award the unit would get, withheld while its result is provisional. */
  | 'provisional';

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
  /** Present when the result is «tạm tính»: the data it stands on is incomplete. */
  readonly provisional?: UnitProvisional;
  /** The award a provisional unit would get, not proposed until its data is complete. */
  readonly withheldAward?: Pick<UnitAwardRule, 'form' | 'level'>;
  /** Why the band, the place in a tie, the award and the gap to the next band: facts, put into words by i18n. */
  readonly explanation?: UnitExplanation;
}

/** What keeps a unit from a band. */
export type BandBlocker =
  | { readonly kind: 'score'; readonly total: number; readonly minScore: number; readonly strict: boolean; readonly points: number }
  | { readonly kind: 'floor'; readonly code: string; readonly value?: number; readonly floor: number; readonly ratio: number; readonly maxPoints: number }
  | { readonly kind: 'mandatory'; readonly codes: readonly string[] };

export interface BandFacts {
  readonly band?: string;
  readonly total: number;
  /** The minimum score of the band reached. */
  readonly minScore?: number;
  readonly strict?: boolean;
  /** The best band the score reached but another condition withheld, with every condition missed. */
  readonly withheld?: { readonly band: string; readonly minScore: number; readonly blockers: readonly BandBlocker[] };
  /** No band reached: the lowest band and what it lacks. */
  readonly lowest?: { readonly band: string; readonly blockers: readonly BandBlocker[] };
}

export interface NextBandFacts {
  readonly band: string;
  readonly blockers: readonly BandBlocker[];
}

export interface TieComparison {
  readonly other: { readonly code: string; readonly name: string };
  /** Where this unit is against the other: above or below by a tie-break, or level after every one. */
  readonly position: 'above' | 'below' | 'level';
  readonly tieBreak?: TieBreak;
  /** The tie-break's values as read (deduction points, gap …), not as compared. */
  readonly own?: number;
  readonly theirs?: number;
}

export interface TieFacts {
  readonly total: number;
  readonly with: readonly { readonly code: string; readonly name: string }[];
  /** Against the neighbour just above and just below in the tie. */
  readonly comparisons: readonly TieComparison[];
}

export interface AwardFacts {
  readonly note: AwardNote;
  readonly award?: Pick<UnitAwardRule, 'form' | 'level'>;
  readonly withheldAward?: Pick<UnitAwardRule, 'form' | 'level'>;
  readonly provisional?: UnitProvisional;
  readonly rank: number;
  /** The quota of the award given or missed, when there is one. */
  readonly quota?: number;
}

export interface UnitExplanation {
  readonly band: BandFacts;
  readonly tie?: TieFacts;
  readonly award: AwardFacts;
  readonly nextBand?: NextBandFacts;
  /** Points behind the block's first unit (absent for the leader itself). */
  readonly leader?: { readonly code: string; readonly name: string; readonly total: number; readonly gap: number };
}

export interface UnitProvisional {
  /** Base criteria without an appraised score (the plan ranks by the appraised score). */
  readonly notAppraised: readonly string[];
  /** A registered unit of the block has no results, so every place in the block may still change. */
  readonly blockIncomplete: boolean;
}

/** What is missing before the result is complete, block by block; empty blocks are left out. */
export interface MissingData {
  readonly complete: boolean;
  /** Awards of provisional units are withheld (the plan does not allow proposing them anyway). */
  readonly awardsWithheld: boolean;
  readonly blocks: readonly {
    readonly block: string;
    /** Registered units of the block, with results or not. */
    readonly size: number;
    readonly unitsWithoutResults: readonly { readonly code: string; readonly name: string }[];
    readonly criteriaNotAppraised: readonly { readonly code: string; readonly name: string; readonly criteria: readonly string[]; readonly baseCount: number }[];
  }[];
}

export interface BlockResult {
  readonly block: string;
  readonly units: readonly RankedUnit[];
  /** Registered units of the block with no result sheet at all: not ranked, not scored (the parser reports them). */
  readonly unscored: readonly Unit[];
  /** A registered unit has no results: every place and award of the block is «tạm tính». */
  readonly provisional: boolean;
  /** Quota granted per award rule (index in plan.unitAwards) and how many were given. */
  readonly quotas: readonly {
    readonly form: string;
    readonly level: string;
    readonly quota: number;
    /** Awards proposed (final, or provisional when the plan allows proposing them). */
    readonly given: number;
    /** Slots held for provisional units whose award is not proposed until their data is complete. */
    readonly withheld?: number;
  }[];
  /** Units level at the last place a quota allows: none got the award, the council chooses `slots` of them. */
  readonly quotaTies: readonly QuotaTie[];
}

/** A tie straddling the last slot of an award rule in one block (AWARD_TIE_AT_QUOTA), as allocateAwards found it. */
export interface QuotaTie {
  readonly form: string;
  readonly level: string;
  readonly rank: number;
  /** Slots left for the tied units: the council chooses this many. */
  readonly slots: number;
  /** The tied units' codes, in rank order. */
  readonly units: readonly string[];
}

export interface RatioCheck {
  readonly rule: RatioRule;
  /** 'all' when pooled, else the kind counted against itself. */
  readonly scope: 'all' | Proposal['kind'];
  readonly qualifying: number;
  readonly total: number;
  readonly ratio?: number;
  readonly met: boolean;
  /** The verdict every reader prints: with no proposal at the level there is none to give. */
  readonly verdict: 'met' | 'notMet' | 'noProposals';
  /**
   * Proposals to add to close the gap (0 when met): qualifying ones for an "at least" rule,
   * others for an "at most" rule.
   */
  readonly closeByAdding: number;
  /** Or proposals to withdraw instead: others for "at least", qualifying ones for "at most". */
  readonly closeByRemoving: number;
}

export interface Evaluation {
  /** What is missing (units without results, base criteria not appraised): said before anything else. */
  readonly missing: MissingData;
  readonly blocks: readonly BlockResult[];
  readonly ratios: readonly RatioCheck[];
  /** Scores of each tier of appraisal side by side; its findings are in `findings` too. */
  readonly tiers: TierReview;
  readonly findings: readonly Finding[];
  /** A verdict per proposal, when the plan lists titles. */
  readonly eligibility?: EligibilityResult;
}
