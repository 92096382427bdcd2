/** Blank is not zero: a returned form with no value typed anywhere is not a result. */
import type { Entry } from './schema';

/** Whether any entry carries a value someone typed (a score of any tier, or an actual value). */
export function hasAnyValue(entries: Iterable<Entry>): boolean {
  for (const e of entries) {
    if (e.actual !== undefined || e.selfScore !== undefined || e.appraisedScore !== undefined || e.blockLeaderScore !== undefined) return true;
  }
  return false;
}
