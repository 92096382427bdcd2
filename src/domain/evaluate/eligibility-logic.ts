/** Three-valued logic of eligibility: met, failed, or unknown (needs checking, never «eligible»). */
import type { OutcomeStatus, Verdict } from './eligibility-types';
import { shareCeil } from './share';

export function all(statuses: readonly OutcomeStatus[]): OutcomeStatus {
  if (statuses.includes('failed')) return 'failed';
  return statuses.includes('unknown') ? 'unknown' : 'met';
}

export function any(statuses: readonly OutcomeStatus[]): OutcomeStatus {
  if (statuses.includes('met')) return 'met';
  return statuses.includes('unknown') ? 'unknown' : 'failed';
}

export const verdictOf: Record<OutcomeStatus, Verdict> = { met: 'eligible', failed: 'notEligible', unknown: 'needsCheck' };

/** Votes needed out of all members: ⌈share × members⌉, or more than share × members when strict. */
export function votesNeeded(share: number | undefined, strict: boolean, members: number | undefined): number | undefined {
  if (share === undefined || members === undefined) return undefined;
  return shareCeil(share, members, strict);
}
