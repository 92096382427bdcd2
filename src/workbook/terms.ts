/**
 * The one matcher for the plan's own words as people write them: award levels, titles and staff ratings,
 * in the input sheets (proposals, history, staff ratings) and in the plan's references to them (a ratio
 * rule's levels, a title's level, a condition's rating). Each text resolves to the plan's id — a level's
 * and a rating's id is its spelling in the plan's list, a title's its «Mã danh hiệu» — so the engine
 * compares ids and never folds text. Tolerant: case, spacing and diacritics (old TCVN3 text is converted
 * when the cell is read); «cấp huyện» is «huyện»; a word of a combined level («xã» for «huyện/xã») when
 * only one level has it; the national words (Thủ tướng, Chính phủ, TW …) are the plan's highest level when
 * its levels include «Trung ương»; a rating by its initials («HTTNV»); a title by id, name or alias.
 */
import type { Proposal } from '../domain/input/schema';
import type { Condition, Plan, Title, TitleQuota } from '../domain/plan/schema';
import { foldCached } from '../domain/text/normalize';
import { compiled, levelPrefixes } from './contract';

export interface PlanTerms {
  /** The plan level a text names, as the plan spells it; undefined for blank or unknown text. */
  readonly level: (text: string) => string | undefined;
  /** The plan rating a text names, as the plan spells it. */
  readonly rating: (text: string) => string | undefined;
  /** The titles a form names (by id, name or alias), in the plan's order. */
  readonly titles: (text: string) => readonly Title[];
  /** The title a proposal's form names: of those, the one at the proposal's level, else one of its kind, else the first. */
  readonly title: (form: string, kind: Proposal['kind'], levelId: string | undefined) => Title | undefined;
}

/** A rating's initials ("Hoàn thành tốt nhiệm vụ" → "httnv"), as rating cells often abbreviate. */
function initials(folded: string): string {
  return folded
    .split(' ')
    .map((w) => w.charAt(0))
    .join('');
}

/**
 * Levels as written. `loose` (what people type in input sheets) also reads a word of a combined level and
 * the national words; a plan's own references need its spelling up to case, diacritics and «cấp».
 */
function levelMatcher(levels: readonly string[], loose: boolean): (text: string) => string | undefined {
  const exact = new Map<string, string>();
  for (const level of levels) if (!exact.has(foldCached(level))) exact.set(foldCached(level), level);
  const highest = levels[levels.length - 1];
  const hasNational = exact.has(compiled.nationalLevel);
  const match = (folded: string): string | undefined => {
    const direct = exact.get(folded);
    if (direct !== undefined) return direct;
    const prefix = levelPrefixes.find((p) => folded.startsWith(`${p} `));
    if (prefix) return match(folded.slice(prefix.length + 1));
    if (!loose) return undefined;
    if (hasNational && compiled.nationalLevelWords.has(folded)) return highest;
    const byWord = levels.filter((l) => foldCached(l).split(' ').includes(folded));
    return byWord.length === 1 ? byWord[0] : undefined;
  };
  // Levels repeat on every proposal row: each distinct text is matched once.
  const memo = new Map<string, string | undefined>();
  return (text) => {
    const folded = foldCached(text);
    if (!memo.has(folded)) memo.set(folded, folded === '' ? undefined : match(folded));
    return memo.get(folded);
  };
}

function ratingMatcher(ratings: readonly string[]): (text: string) => string | undefined {
  const index = new Map<string, string>();
  for (const r of ratings) for (const key of [foldCached(r), initials(foldCached(r))]) if (key !== '' && !index.has(key)) index.set(key, r);
  return (text) => {
    const folded = foldCached(text);
    return index.get(folded) ?? index.get(folded.replace(/ /g, ''));
  };
}

function titlesMatcher(titles: readonly Title[]): (text: string) => readonly Title[] {
  const index = new Map<string, Title[]>();
  for (const t of titles) {
    for (const key of new Set([t.id, t.name, ...t.aliases].map(foldCached))) {
      const list = index.get(key) ?? [];
      list.push(t);
      index.set(key, list);
    }
  }
  return (text) => index.get(foldCached(text)) ?? [];
}

// Compiled once per plan: the proposals, history and ratings sheets of a run share it.
const compiledTerms = new WeakMap<object, PlanTerms>();

export function planTerms(plan: Pick<Plan, 'info' | 'titles'>): PlanTerms {
  const known = compiledTerms.get(plan);
  if (known) return known;
  const made = compileTerms(plan);
  compiledTerms.set(plan, made);
  return made;
}

function compileTerms(plan: Pick<Plan, 'info' | 'titles'>): PlanTerms {
  const level = levelMatcher(plan.info.levels, true);
  const rating = ratingMatcher(plan.info.ratings);
  const titles = titlesMatcher(plan.titles);
  const title = (form: string, kind: Proposal['kind'], levelId: string | undefined): Title | undefined => {
    const candidates = titles(form);
    return (levelId === undefined ? undefined : candidates.find((t) => t.level === levelId)) ?? candidates.find((t) => t.kind === kind) ?? candidates[0];
  };
  return { level, rating, titles, title };
}

/** The ids a proposal's written level, form, rating and initiative level name (absent when the text names none). */
export function proposalTerms(
  terms: PlanTerms,
  p: Pick<Proposal, 'kind' | 'level' | 'form' | 'rating'> & { readonly initiativeLevel?: string },
): Pick<Proposal, 'levelId' | 'titleId' | 'ratingId' | 'initiativeLevelId'> {
  const levelId = terms.level(p.level);
  const titleId = terms.title(p.form, p.kind, levelId)?.id;
  const ratingId = terms.rating(p.rating);
  const initiativeLevelId = p.initiativeLevel === undefined ? undefined : terms.level(p.initiativeLevel);
  return {
    ...(levelId === undefined ? {} : { levelId }),
    ...(titleId === undefined ? {} : { titleId }),
    ...(ratingId === undefined ? {} : { ratingId }),
    ...(initiativeLevelId === undefined ? {} : { initiativeLevelId }),
  };
}

/** Condition kinds whose `ref` names a rating; yearsWith names a title or a rating. */
const ratingRefs: ReadonlySet<Condition['kind']> = new Set(['minRating', 'allMembersRated']);

/**
 * The plan with its references to levels and ratings written as the plan's ids («Cấp Huyện» in a ratio
 * rule is «huyện»; «HTTNV» in a condition is «Hoàn thành tốt nhiệm vụ»). A reference no term matches is
 * kept as written: the plan check reports it.
 */
export function withPlanIds(plan: Plan): Plan {
  const terms = planTerms(plan);
  const reference = levelMatcher(plan.info.levels, false);
  const level = (text: string): string => reference(text) ?? text;
  const rating = (text: string): string => terms.rating(text) ?? text;
  const titleIds = new Set(plan.titles.map((t) => t.id));
  const condition = (c: Condition): Condition => {
    const ref = ratingRefs.has(c.kind) || (c.kind === 'yearsWith' && !titleIds.has(c.ref)) ? rating(c.ref) : c.ref;
    const lvl = c.level === '' ? c.level : level(c.level);
    return ref === c.ref && lvl === c.level ? c : { ...c, ref, level: lvl };
  };
  const quota = (q: TitleQuota): TitleQuota => (q.kind === 'rating' ? { ...q, limited: rating(q.limited), base: rating(q.base) } : q);
  return {
    ...plan,
    unitAwards: plan.unitAwards.map((r) => ({ ...r, level: level(r.level) })),
    ratioRules: plan.ratioRules.map((r) => ({ ...r, levels: r.levels.map(level) })),
    titles: plan.titles.map((t) => ({ ...t, level: level(t.level), conditions: t.conditions.map(condition) })),
    titleQuotas: plan.titleQuotas.map(quota),
  };
}
