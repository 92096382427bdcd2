/**
 * People and their history: names and units matched once per run, and each person's award history by
 * year (what the history sheet says they got, title rows and rating rows apart, as the parser's ids).
 */
import type { HistoryEntry } from '../input/schema';
import { foldCached as fold } from '../text/normalize';

/** A unit: its code, or its folded name when it is not in the register. */
export function unitKeyOf(unitCode: string | undefined, unitName: string): string {
  return unitCode ?? `~${fold(unitName)}`;
}

/** A person: the folded name and the unit key. */
export function personKeyOf(name: string, unitCode: string | undefined, unitName: string): string {
  return `${fold(name)}|${unitKeyOf(unitCode, unitName)}`;
}

export interface YearRecord {
  readonly titles: Set<string>;
  readonly ratings: number[];
}
export type PersonHistory = Map<number, YearRecord>;

export function buildHistory(
  entries: readonly HistoryEntry[],
  rating: (id: string | undefined) => number | undefined,
  keys: Map<string, Set<string>>,
): Map<string, PersonHistory> {
  const history = new Map<string, PersonHistory>();
  for (const e of entries) {
    // A row without a unit belongs to every person of that name (ambiguity is reported elsewhere).
    const targets = e.unitCode === undefined && e.unitName === '' ? [...(keys.get(fold(e.name)) ?? [])] : [personKeyOf(e.name, e.unitCode, e.unitName)];
    for (const key of targets) {
      let person = history.get(key);
      if (!person) {
        person = new Map();
        history.set(key, person);
      }
      let record = person.get(e.year);
      if (!record) {
        record = { titles: new Set(), ratings: [] };
        person.set(e.year, record);
      }
      for (const id of e.titleIds ?? []) record.titles.add(id);
      const r = rating(e.ratingId);
      if (r !== undefined) record.ratings.push(r);
    }
  }
  return history;
}
