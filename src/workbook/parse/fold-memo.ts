/**
 * foldKey with a cache, for the scans that look at every sheet's first rows for a label (the tally,
 * the ballots, scorer sheets): a province's 2,000 unit sheets repeat the same few hundred texts.
 */
import { foldKey } from '../../domain/text/normalize';

const cache = new Map<string, string>();
const limit = 100_000;

export function foldCached(text: string): string {
  let folded = cache.get(text);
  if (folded === undefined) {
    if (cache.size >= limit) cache.clear();
    folded = foldKey(text);
    cache.set(text, folded);
  }
  return folded;
}

/** A label is short: longer text (a criterion's wording, a note) is never folded to be compared with one. */
export const labelLength = 40;
