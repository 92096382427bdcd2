/** What the eligibility engine returns: a verdict per proposal with every reason, as data. */
import type { Proposal } from '../input/schema';
import type { ConditionKind, Title, TitleQuota } from '../plan/schema';

export type Verdict = 'eligible' | 'notEligible' | 'needsCheck';
export type OutcomeStatus = 'met' | 'failed' | 'unknown';

/** Reasons besides the plan's conditions: the form, the kind, a doubtful person, a quota. */
export type ReasonKind = ConditionKind | 'unknownForm' | 'kindMismatch' | 'ambiguous' | 'quota' | 'badRef' | 'recordSays';

export interface Reason {
  readonly kind: ReasonKind;
  readonly status: OutcomeStatus;
  /** Alternative route the condition belongs to (0: always required). */
  readonly route: number;
  readonly params: Readonly<Record<string, string | number>>;
}

export interface ProposalVerdict {
  readonly proposal: Proposal;
  /** Index of the proposal in the input, for a stable order. */
  readonly index: number;
  /** The plan title the form matched; undefined for a form the plan does not know. */
  readonly title?: Title;
  readonly verdict: Verdict;
  /** Met conditions for an eligible proposal, else every failed or unknown one. */
  readonly reasons: readonly Reason[];
  /** Votes needed out of all council members; undefined without a threshold or a member count. */
  readonly votesNeeded?: number;
}

export interface QuotaCheck {
  readonly rule: TitleQuota;
  readonly unit: string;
  /** floor(share × base). */
  readonly cap: number;
  readonly count: number;
  readonly base: number;
  readonly exceeded: boolean;
}

export interface EligibilityResult {
  readonly verdicts: readonly ProposalVerdict[];
  readonly quotas: readonly QuotaCheck[];
}
