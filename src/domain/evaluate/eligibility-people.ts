/**
 * People and their history: names, units and ratings matched once per run, and each person's award
 * history by year (what the history sheet says they got, title rows and rating rows apart).
 */
import type { HistoryEntry } from '../input/schema';
import type { Title } from '../plan/schema';
import { foldCached, foldKey } from '../text/normalize';

/** A rating's initials ("Hoàn thành tốt nhiệm vụ" → "httnv"), as rating cells often abbreviate. */
function initials(name: string): string {
  return foldKey(name)
    .split(' ')
    .map((w) => w.charAt(0))
    .join('');
}

/** Rating text → rank in the plan's list (0 is best); "HTTNV" and the full name both match. */
export function ratingMatcher(ratings: readonly string[]): (text: string) => number | undefined {
  const index = new Map<string, number>();
  ratings.forEach((r, i) => {
    for (const key of [foldKey(r), initials(r)]) if (!index.has(key)) index.set(key, i);
  });
  const fold = foldCached;
  return (text) => {
    const folded = fold(text);
    return index.get(folded) ?? index.get(folded.replace(/ /g, ''));
  };
}

/** Form text → the plan titles it names (by id, name or alias). */
export function titleMatcher(titles: readonly Title[]): (text: string) => Title[] {
  const index = new Map<string, Title[]>();
  for (const t of titles) {
    for (const key of new Set([t.id, t.name, ...t.aliases].map(foldKey))) {
      const list = index.get(key) ?? [];
      list.push(t);
      index.set(key, list);
    }
  }
  const fold = foldCached;
  return (text) => index.get(fold(text)) ?? [];
}

export type Fold = (text: string) => string;

export function unitKeyOf(fold: Fold, unitCode: string | undefined, unitName: string): string {
  return unitCode ?? `~${fold(unitName)}`;
}

/** A person: the folded name and the unit (its code, or its folded name when not in the register). */
export function personKeyOf(fold: Fold, name: string, unitCode: string | undefined, unitName: string): string {
  return `${fold(name)}|${unitKeyOf(fold, unitCode, unitName)}`;
}

export interface YearRecord {
  readonly titles: Set<string>;
  readonly ratings: number[];
}
export type PersonHistory = Map<number, YearRecord>;

export function buildHistory(
  fold: Fold,
  entries: readonly HistoryEntry[],
  matchTitle: (t: string) => Title[],
  rating: (t: string) => number | undefined,
  keys: Map<string, Set<string>>,
): Map<string, PersonHistory> {
  const history = new Map<string, PersonHistory>();
  for (const e of entries) {
    // A row without a unit belongs to every person of that name (ambiguity is reported elsewhere).
    const targets = e.unitCode === undefined && e.unitName === '' ? [...(keys.get(fold(e.name)) ?? [])] : [personKeyOf(fold, e.name, e.unitCode, e.unitName)];
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
      for (const t of matchTitle(e.text)) record.titles.add(t.id);
      const r = rating(e.text);
      if (r !== undefined) record.ratings.push(r);
    }
  }
  return history;
}

export function levelRanker(fold: Fold, levels: readonly string[]): (level: string) => number | undefined {
  const index = new Map(levels.map((l, i) => [fold(l), i] as const));
  return (level) => {
    const folded = fold(level);
    return index.get(folded) ?? index.get(folded.replace(/^cap /, ''));
  };
}
