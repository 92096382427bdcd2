/**
 * Eligibility of every award proposal for the title its form names, under the plan's conditions
 * (plan.titles), with every failed or unknown condition as a reason. Three-valued: a condition that
 * needs a year of history the workbook does not hold is "unknown", and a proposal with an unknown
 * condition is "cần kiểm tra", never "đủ điều kiện". Individuals are judged first, then collectives
 * (whose conditions count members holding titles), then the per-unit quotas. Pure and independent
 * of the proposals' order.
 */
import { finding, type Finding } from '../findings';
import type { HistoryEntry, Proposal, StaffRating, Unit } from '../input/schema';
import type { Condition, Plan, Title, TitleQuota } from '../plan/schema';
import { foldKey } from '../text/normalize';
import type { EligibilityResult, OutcomeStatus, ProposalVerdict, QuotaCheck, Reason, Verdict } from './eligibility-types';
import { shareCeil, shareFloor } from './share';

export interface EligibilityInput {
  readonly proposals: readonly Proposal[];
  readonly units: readonly Unit[];
  /** undefined: no history sheet at all. */
  readonly history?: readonly HistoryEntry[];
  readonly staffRatings?: readonly StaffRating[];
}

// ---------------------------------------------------------------------------------------------
// Three-valued logic

function all(statuses: readonly OutcomeStatus[]): OutcomeStatus {
  if (statuses.includes('failed')) return 'failed';
  return statuses.includes('unknown') ? 'unknown' : 'met';
}

function any(statuses: readonly OutcomeStatus[]): OutcomeStatus {
  if (statuses.includes('met')) return 'met';
  return statuses.includes('unknown') ? 'unknown' : 'failed';
}

const verdictOf: Record<OutcomeStatus, Verdict> = { met: 'eligible', failed: 'notEligible', unknown: 'needsCheck' };

/** Votes needed out of all members: ⌈share × members⌉, or more than share × members when strict. */
export function votesNeeded(share: number | undefined, strict: boolean, members: number | undefined): number | undefined {
  if (share === undefined || members === undefined) return undefined;
  return shareCeil(share, members, strict);
}

// ---------------------------------------------------------------------------------------------
// Look-ups built once per run

/** foldKey with a cache: the same names, units and ratings come back thousands of times in a run. */
function memoFold(): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let folded = cache.get(text);
    if (folded === undefined) {
      folded = foldKey(text);
      cache.set(text, folded);
    }
    return folded;
  };
}

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
  const fold = memoFold();
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
  const fold = memoFold();
  return (text) => index.get(fold(text)) ?? [];
}

type Fold = (text: string) => string;

function unitKeyOf(fold: Fold, unitCode: string | undefined, unitName: string): string {
  return unitCode ?? `~${fold(unitName)}`;
}

/** A person: the folded name and the unit (its code, or its folded name when not in the register). */
function personKeyOf(fold: Fold, name: string, unitCode: string | undefined, unitName: string): string {
  return `${fold(name)}|${unitKeyOf(fold, unitCode, unitName)}`;
}

interface YearRecord {
  readonly titles: Set<string>;
  readonly ratings: number[];
}
type PersonHistory = Map<number, YearRecord>;

interface Lookups {
  readonly plan: Plan;
  readonly year: number;
  readonly titleById: ReadonlyMap<string, Title>;
  readonly rating: (text: string) => number | undefined;
  readonly history: ReadonlyMap<string, PersonHistory>;
  readonly ambiguous: ReadonlySet<string>;
  /** Titles that include each title through a "title" condition (CSTĐCS includes LĐTT). */
  readonly includedBy: ReadonlyMap<string, readonly string[]>;
  readonly levelRank: (level: string) => number | undefined;
}

function buildHistory(
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

// ---------------------------------------------------------------------------------------------
// Judging one proposal

interface Subject {
  readonly proposal: Proposal;
  readonly key: string;
  /** This year's rating as a rank in the plan's list (0 is best); undefined when blank or unknown. */
  readonly rank: number | undefined;
  readonly members?: Members;
}

interface Members {
  /** Headcount of the collective (the register's "Số người" for a whole unit, else the rated rows). */
  readonly count: number;
  readonly rows: readonly StaffRating[];
  /** Person keys of the collective whose title-holding is counted. */
  readonly keys: readonly string[];
}

/** Holders of each title this year: sure (eligible), maybe (needs checking) and not (judged not eligible), per person key. */
interface Holders {
  readonly sure: Map<string, Set<string>>;
  readonly maybe: Map<string, Set<string>>;
  readonly not: Map<string, Set<string>>;
}

interface Judgement {
  readonly status: OutcomeStatus;
  readonly reasons: Reason[];
}

const reason = (kind: Reason['kind'], status: OutcomeStatus, route: number, params: Reason['params'] = {}): Reason => ({ kind, status, route, params });

function ratingName(plan: Plan, rank: number): string {
  return plan.info.ratings[rank] ?? '';
}

function refName(look: Lookups, ref: string): string {
  return look.titleById.get(ref)?.name ?? ref;
}

function proposalInitiatives(p: Proposal): number {
  return p.initiatives ?? (p.initiative.trim() === '' ? 0 : 1);
}

/** Whether a year's titles on record include `id`, directly or through a title that includes it (CSTĐCS includes LĐTT). */
function recordHolds(look: Lookups, titles: ReadonlySet<string>, id: string): boolean {
  return titles.has(id) || (look.includedBy.get(id) ?? []).some((t) => titles.has(t));
}

/**
 * Title `id` in year `y` from what is on record: the history row of that year (never overridden), or
 * for this year the verdict of the person's own proposal for it. A year with no row is unknown —
 * never inferred from this year's rating.
 */
function titleInYear(look: Lookups, subject: Subject, id: string, y: number, holders: Holders): OutcomeStatus {
  const record = look.history.get(subject.key)?.get(y);
  if (record && record.titles.size > 0) return recordHolds(look, record.titles, id) ? 'met' : 'failed';
  if (y !== look.year) return 'unknown';
  if (holders.sure.get(subject.key)?.has(id)) return 'met';
  if (holders.not.get(subject.key)?.has(id)) return 'failed';
  return 'unknown';
}

/** Whether the subject has title `id` this year through its history or its own conditions. */
function holdsThisYear(look: Lookups, subject: Subject, id: string, holders: Holders, depth: number): Judgement {
  const record = look.history.get(subject.key)?.get(look.year);
  // What the history says the person got this year is never overridden by a judgement of the conditions.
  if (record && record.titles.size > 0) {
    return recordHolds(look, record.titles, id) ? { status: 'met', reasons: [] } : { status: 'failed', reasons: [reason('recordSays', 'failed', 0, { title: refName(look, id), year: String(look.year) })] };
  }
  const title = look.titleById.get(id);
  if (!title) return { status: 'unknown', reasons: [reason('badRef', 'unknown', 0, { ref: id })] };
  return judgeTitle(look, subject, title, holders, depth + 1);
}

function judgeCondition(look: Lookups, subject: Subject, c: Condition, holders: Holders, depth: number): Judgement {
  const { plan, year } = look;
  const p = subject.proposal;
  const r = c.route;
  const one = (status: OutcomeStatus, params: Reason['params'] = {}): Judgement => ({ status, reasons: [reason(c.kind, status, r, params)] });
  const ratingRef = look.rating(c.ref);
  switch (c.kind) {
    case 'minRating': {
      if (ratingRef === undefined) return { status: 'unknown', reasons: [reason('badRef', 'unknown', r, { ref: c.ref })] };
      const required = ratingName(plan, ratingRef);
      if (p.rating.trim() === '') return one('unknown', { required });
      const rank = subject.rank;
      if (rank === undefined) return one('unknown', { required, value: p.rating });
      return one(rank <= ratingRef ? 'met' : 'failed', { required, value: ratingName(plan, rank) });
    }
    case 'minServiceMonths': {
      const months = c.count ?? 0;
      // Not declared: the proposing unit certifies a full year of service (see the report's decisions).
      if (p.serviceMonths === undefined) return one('met', { months });
      return one(p.serviceMonths >= months ? 'met' : 'failed', { months, value: p.serviceMonths });
    }
    case 'title': {
      const held = holdsThisYear(look, subject, c.ref, holders, depth);
      const own = reason('title', held.status, r, { title: refName(look, c.ref) });
      return { status: held.status, reasons: held.status === 'met' ? [own] : [own, ...held.reasons.map((x) => ({ ...x, route: r }))] };
    }
    case 'initiative': {
      const count = c.count ?? 1;
      const have = proposalInitiatives(p);
      if (have < count) return one('failed', { count, value: have });
      if (c.level === '') return one('met', { count, value: have });
      const need = look.levelRank(c.level);
      const levelText = p.initiativeLevel ?? '';
      if (levelText === '') return one('unknown', { count, value: have, level: c.level });
      const got = look.levelRank(levelText);
      if (need === undefined || got === undefined) return one('unknown', { count, value: have, level: c.level, got: levelText });
      return one(got >= need ? 'met' : 'failed', { count, value: have, level: c.level, got: levelText });
    }
    case 'yearsWith': {
      const years = c.years ?? 1;
      const count = c.count ?? years;
      const isTitle = look.titleById.has(c.ref);
      if (!isTitle && ratingRef === undefined) return { status: 'unknown', reasons: [reason('badRef', 'unknown', r, { ref: c.ref })] };
      const person = look.history.get(subject.key);
      let yes = 0;
      const missing: number[] = [];
      for (let y = year - years + 1; y <= year; y++) {
        let status: OutcomeStatus;
        const record = person?.get(y);
        if (look.ambiguous.has(subject.key) && y !== year) status = 'unknown';
        else if (isTitle) status = titleInYear(look, subject, c.ref, y, holders);
        else if (record && record.ratings.length > 0) status = record.ratings.some((x) => ratingRef !== undefined && x <= ratingRef) ? 'met' : 'failed';
        else if (y === year && subject.rank !== undefined) status = ratingRef !== undefined && subject.rank <= ratingRef ? 'met' : 'failed';
        // A row that names only a title says nothing of the rating that year, and no row says nothing at all.
        else status = 'unknown';
        if (status === 'met') yes++;
        else if (status === 'unknown') missing.push(y);
      }
      const status: OutcomeStatus = yes >= count ? 'met' : yes + missing.length >= count ? 'unknown' : 'failed';
      const what = isTitle ? refName(look, c.ref) : ratingName(plan, ratingRef ?? 0);
      // Years are text: a number would be printed with a thousands separator.
      const own = reason('yearsWith', status, r, { what, years, count, found: yes, from: String(year - years + 1), to: String(year), missing: missing.join(', ') });
      return { status, reasons: [own] };
    }
    case 'heldBefore': {
      const person = look.history.get(subject.key);
      const years = person ? [...person.entries()].filter(([y, rec]) => y < year && rec.titles.has(c.ref)).map(([y]) => y) : [];
      const what = refName(look, c.ref);
      if (years.length > 0 && !look.ambiguous.has(subject.key)) return one('met', { what, year: String(Math.max(...years)) });
      // History rarely reaches back far enough to prove an absence: a council member checks.
      const covered = person ? [...person.keys()].filter((y) => y < year).sort((a, b) => a - b) : [];
      return one('unknown', { what, covered: covered.join(', ') });
    }
    case 'memberShare':
    case 'membersWithTitle': {
      const members = subject.members;
      if (!members || members.count === 0) return one('unknown', { what: refName(look, c.ref), members: 0 });
      let sure = 0;
      let maybe = 0;
      for (const key of members.keys) {
        if (holders.sure.get(key)?.has(c.ref)) sure++;
        else if (holders.maybe.get(key)?.has(c.ref)) maybe++;
      }
      const what = refName(look, c.ref);
      if (c.kind === 'membersWithTitle') {
        const count = c.count ?? 1;
        const status: OutcomeStatus = sure >= count ? 'met' : sure + maybe >= count ? 'unknown' : 'failed';
        return one(status, { what, count, value: sure, maybe });
      }
      const share = c.share ?? 0;
      const reaches = (n: number): boolean => {
        const ratio = n / members.count;
        return c.strict ? ratio > share + 1e-9 : ratio >= share - 1e-9;
      };
      const status: OutcomeStatus = reaches(sure) ? 'met' : reaches(sure + maybe) ? 'unknown' : 'failed';
      return one(status, { what, share, strict: c.strict ? 1 : 0, value: sure, maybe, members: members.count });
    }
    case 'allMembersRated': {
      const members = subject.members;
      if (ratingRef === undefined) return { status: 'unknown', reasons: [reason('badRef', 'unknown', r, { ref: c.ref })] };
      const required = ratingName(plan, ratingRef);
      if (!members || members.rows.length === 0) return one('unknown', { required, rated: 0, members: members?.count ?? 0 });
      let below = 0;
      let unrated = 0;
      for (const row of members.rows) {
        const rank = look.rating(row.rating);
        if (rank === undefined) unrated++;
        else if (rank > ratingRef) below++;
      }
      const missingRows = Math.max(0, members.count - members.rows.length);
      const params = { required, below, unrated: unrated + missingRows, members: members.count };
      if (below > 0) return one('failed', params);
      return one(unrated + missingRows > 0 ? 'unknown' : 'met', params);
    }
  }
}

/** A title's conditions: all of route 0 and all of at least one other route. */
function judgeTitle(look: Lookups, subject: Subject, title: Title, holders: Holders, depth: number): Judgement {
  // Titles that name each other in a cycle would recurse for ever: a plan error, reported as unknown.
  if (depth > 8) return { status: 'unknown', reasons: [reason('badRef', 'unknown', 0, { ref: title.id })] };
  // Plain loops: this runs for every proposal and every title it requires (50,000 rows in a run).
  const judged: Judgement[] = [];
  for (const c of title.conditions) judged.push(judgeCondition(look, subject, c, holders, depth));
  const conditions = title.conditions;
  let commonStatus: OutcomeStatus = 'met';
  const routeStatus = new Map<number, OutcomeStatus>();
  conditions.forEach((c, i) => {
    const st = judged[i]?.status ?? 'unknown';
    if (c.route === 0) commonStatus = all([commonStatus, st]);
    else routeStatus.set(c.route, all([routeStatus.get(c.route) ?? 'met', st]));
  });
  let metRoute: number | undefined;
  for (const [route, st] of routeStatus) if (st === 'met' && (metRoute === undefined || route < metRoute)) metRoute = route;
  const anyRoute: OutcomeStatus = routeStatus.size === 0 ? 'met' : any([...routeStatus.values()]);
  const status = all([commonStatus, anyRoute]);
  const reasons: Reason[] = [];
  conditions.forEach((c, i) => {
    const j = judged[i];
    if (!j) return;
    // Met: the conditions that made it (route 0 and the first route met). Otherwise everything that
    // stands in the way: failed and unknown conditions, of every route when none is met.
    const keep = status === 'met' ? c.route === 0 || c.route === metRoute : j.status !== 'met' && (c.route === 0 || anyRoute !== 'met');
    if (keep) for (const r of j.reasons) reasons.push(r);
  });
  return { status, reasons };
}

// ---------------------------------------------------------------------------------------------

function levelRanker(fold: Fold, levels: readonly string[]): (level: string) => number | undefined {
  const index = new Map(levels.map((l, i) => [fold(l), i] as const));
  return (level) => {
    const folded = fold(level);
    return index.get(folded) ?? index.get(folded.replace(/^cap /, ''));
  };
}

/** Titles that include `id`: those with a "title" condition on it, transitively. */
function inclusion(titles: readonly Title[]): Map<string, string[]> {
  const direct = new Map<string, string[]>();
  for (const t of titles) {
    for (const c of t.conditions) {
      if (c.kind !== 'title' || c.route !== 0) continue;
      direct.set(c.ref, [...(direct.get(c.ref) ?? []), t.id]);
    }
  }
  const closure = new Map<string, string[]>();
  for (const t of titles) {
    const seen = new Set<string>();
    const stack = [...(direct.get(t.id) ?? [])];
    while (stack.length > 0) {
      const next = stack.pop() ?? '';
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...(direct.get(next) ?? []));
    }
    closure.set(t.id, [...seen].sort());
  }
  return closure;
}

function addTo(map: Map<string, Set<string>>, key: string, id: string): void {
  let set = map.get(key);
  if (!set) {
    set = new Set();
    map.set(key, set);
  }
  set.add(id);
}

export function evaluateEligibility(plan: Plan, input: EligibilityInput): { result: EligibilityResult; findings: Finding[] } {
  const findings: Finding[] = [];
  const fold = memoFold();
  const personKey = (name: string, unitCode: string | undefined, unitName: string): string => personKeyOf(fold, name, unitCode, unitName);
  const unitKey = (unitCode: string | undefined, unitName: string): string => unitKeyOf(fold, unitCode, unitName);
  const year = plan.info.year;
  const rating = ratingMatcher(plan.info.ratings);
  const matchTitle = titleMatcher(plan.titles);
  const titleById = new Map(plan.titles.map((t) => [t.id, t] as const));

  // A condition naming a title that does not exist, or a rating the plan does not list.
  for (const t of plan.titles) {
    for (const c of t.conditions) {
      const needsTitle = c.kind === 'title' || c.kind === 'heldBefore' || c.kind === 'memberShare' || c.kind === 'membersWithTitle';
      const needsRating = c.kind === 'minRating' || c.kind === 'allMembersRated';
      const bad = (needsTitle && !titleById.has(c.ref)) || (needsRating && rating(c.ref) === undefined) || (c.kind === 'yearsWith' && !titleById.has(c.ref) && rating(c.ref) === undefined);
      if (bad) findings.push(finding('ELIG_TITLE_REF_UNKNOWN', { title: t.name, ref: c.ref }));
    }
  }

  // Persons of the proposals by name, to place history rows that name no unit.
  const namesToKeys = new Map<string, Set<string>>();
  const positions = new Map<string, Set<string>>();
  // Each proposal's person and rating, computed once: every step below needs them.
  const keys = input.proposals.map((p) => personKey(p.name, p.unitCode, p.unitName));
  const ranks = input.proposals.map((p) => rating(p.rating));
  input.proposals.forEach((p, i) => {
    const key = keys[i] ?? '';
    addTo(namesToKeys, fold(p.name), key);
    if (p.kind === 'individual' && p.position.trim() !== '') addTo(positions, key, fold(p.position));
  });
  const ambiguous = new Set<string>();
  // Two namesakes in one unit (different positions) cannot be told apart in the history.
  for (const [key, set] of positions) if (set.size > 1) ambiguous.add(key);
  for (const e of input.history ?? []) {
    if (e.unitCode !== undefined || e.unitName !== '') continue;
    const keys = namesToKeys.get(fold(e.name));
    if (keys && keys.size > 1) for (const k of keys) ambiguous.add(k);
  }
  const history = buildHistory(fold, input.history ?? [], matchTitle, rating, namesToKeys);
  const look: Lookups = { plan, year, titleById, rating, history, ambiguous, includedBy: inclusion(plan.titles), levelRank: levelRanker(fold, plan.info.levels) };
  const members = plan.info.councilMembers;
  if (members === undefined && plan.titles.some((t) => t.voteShare !== undefined) && input.proposals.length > 0) findings.push(finding('ELIG_NO_COUNCIL', {}));

  // Staff ratings per unit and per small collective.
  const ratingsByUnit = new Map<string, StaffRating[]>();
  for (const row of input.staffRatings ?? []) {
    const key = unitKey(row.unitCode, row.unitName);
    const list = ratingsByUnit.get(key);
    if (list) list.push(row);
    else ratingsByUnit.set(key, [row]);
  }
  // Individuals proposed per unit, for collectives that are a whole unit.
  const individualsByUnit = new Map<string, string[]>();
  for (const q of input.proposals) {
    if (q.kind !== 'individual') continue;
    const key = unitKey(q.unitCode, q.unitName);
    const list = individualsByUnit.get(key);
    const person = personKey(q.name, q.unitCode, q.unitName);
    if (list) list.push(person);
    else individualsByUnit.set(key, [person]);
  }
  const unitsByCode = new Map(input.units.map((u) => [u.code, u] as const));

  const holders: Holders = { sure: new Map(), maybe: new Map(), not: new Map() };
  const verdicts: (ProposalVerdict | undefined)[] = input.proposals.map(() => undefined);

  const judge = (p: Proposal, index: number, subject: Subject): ProposalVerdict => {
    const where = p.unitCode === undefined ? {} : { unitCode: p.unitCode };
    const candidates = matchTitle(p.form);
    const title = candidates.find((t) => fold(t.level) === fold(p.level)) ?? candidates.find((t) => t.kind === p.kind) ?? candidates[0];
    if (!title) {
      findings.push(finding('ELIG_UNKNOWN_FORM', { form: p.form, name: p.name }, { ...where, ...(p.formSource ?? p.source ? { cell: p.formSource ?? p.source } : {}) }));
      return { proposal: p, index, verdict: 'needsCheck', reasons: [reason('unknownForm', 'unknown', 0, { form: p.form })] };
    }
    const cell = p.formSource ?? p.source;
    const at = { ...where, ...(cell ? { cell } : {}) };
    const votes = votesNeeded(title.voteShare, title.voteStrict, members);
    const base = { proposal: p, index, title, ...(votes === undefined ? {} : { votesNeeded: votes }) };
    if (title.kind !== p.kind) {
      findings.push(finding('ELIG_KIND_MISMATCH', { form: title.name, name: p.name, kind: p.kind }, at));
      return { ...base, verdict: 'notEligible', reasons: [reason('kindMismatch', 'failed', 0, { title: title.name, kind: p.kind })] };
    }
    if (p.level !== '' && fold(p.level) !== fold(title.level)) {
      findings.push(finding('ELIG_LEVEL_MISMATCH', { form: title.name, level: p.level, expected: title.level }, { ...where, ...(p.levelSource ? { cell: p.levelSource } : {}) }));
    }
    if (subject.rank === undefined && p.rating.trim() !== '') {
      findings.push(finding('ELIG_RATING_UNKNOWN', { value: p.rating, ratings: plan.info.ratings.join(', ') }, { ...where, ...(p.ratingSource ? { cell: p.ratingSource } : {}) }));
    }
    const judged = judgeTitle(look, subject, title, holders, 0);
    const reasons = [...judged.reasons];
    let status = judged.status;
    // Namesakes matter only where earlier years are read.
    const readsHistory = title.conditions.some((c) => c.kind === 'yearsWith' || c.kind === 'heldBefore');
    if (ambiguous.has(subject.key) && readsHistory) {
      reasons.unshift(reason('ambiguous', 'unknown', 0, { name: p.name, unit: p.unitName }));
      findings.push(finding('ELIG_AMBIGUOUS_PERSON', { name: p.name, unit: p.unitName }, at));
      if (status === 'met') status = 'unknown';
    }
    return { ...base, verdict: verdictOf[status], reasons };
  };

  // 1. Individuals, twice: a title counted over years reads this year's verdict of the person's own
  // proposal for it, so the first pass gives those verdicts and the second reads them.
  const judgeIndividuals = (): void => {
    input.proposals.forEach((p, index) => {
      if (p.kind !== 'individual') return;
      verdicts[index] = judge(p, index, { proposal: p, key: keys[index] ?? '', rank: ranks[index] });
    });
  };
  judgeIndividuals();
  if (plan.titles.some((t) => t.conditions.some((c) => c.kind === 'yearsWith' && titleById.has(c.ref)))) {
    const first = holdersFrom(verdicts, keys, plan.titles);
    for (const map of ['sure', 'maybe', 'not'] as const) for (const [k, v] of first[map]) holders[map].set(k, v);
    judgeIndividuals();
    holders.sure.clear();
    holders.maybe.clear();
    holders.not.clear();
  }

  // 2. Quotas on titles per unit (off unless the plan enables them); over the cap, the council chooses.
  const quotas: QuotaCheck[] = [];
  const titleQuotas = plan.titleQuotas.filter((q) => q.enabled && q.kind === 'title');
  for (const rule of titleQuotas) {
    const perUnit = new Map<string, { name: string; base: Set<string>; limited: number[] }>();
    verdicts.forEach((v, i) => {
      if (!v?.title || v.verdict !== 'eligible') return;
      const p = v.proposal;
      const key = unitKey(p.unitCode, p.unitName);
      const entry = perUnit.get(key) ?? { name: p.unitName, base: new Set<string>(), limited: [] };
      perUnit.set(key, entry);
      if (v.title.id === rule.base || (look.includedBy.get(rule.base) ?? []).includes(v.title.id)) entry.base.add(keys[i] ?? '');
      if (v.title.id === rule.limited) entry.limited.push(i);
    });
    for (const [, entry] of [...perUnit].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (entry.limited.length === 0) continue;
      const cap = shareFloor(rule.share, entry.base.size);
      const exceeded = entry.limited.length > cap;
      quotas.push({ rule, unit: entry.name, cap, count: entry.limited.length, base: entry.base.size, exceeded });
      if (!exceeded) continue;
      findings.push(finding('ELIG_TITLE_QUOTA_EXCEEDED', { rule: rule.name, unit: entry.name, cap, count: entry.limited.length, base: entry.base.size }));
      for (const i of entry.limited) {
        const v = verdicts[i];
        if (!v) continue;
        verdicts[i] = { ...v, verdict: 'needsCheck', reasons: [...v.reasons, reason('quota', 'unknown', 0, { rule: rule.name, unit: entry.name, cap, count: entry.limited.length, base: entry.base.size })] };
      }
    }
  }

  // Holders of each title this year, from the individuals' verdicts (a title includes those it requires).
  const fromVerdicts = holdersFrom(verdicts, keys, plan.titles);
  for (const map of ['sure', 'maybe', 'not'] as const) for (const [k, v] of fromVerdicts[map]) holders[map].set(k, v);
  for (const [key, person] of history) {
    const record = person.get(year);
    if (record) for (const id of record.titles) addTo(holders.sure, key, id);
  }

  // 3. Collectives: members from the staff ratings (the unit itself, or its small collective by name).
  input.proposals.forEach((p, index) => {
    if (p.kind !== 'collective') return;
    const uKey = unitKey(p.unitCode, p.unitName);
    const unitRows = ratingsByUnit.get(uKey) ?? [];
    const unit = p.unitCode === undefined ? undefined : unitsByCode.get(p.unitCode);
    const wholeUnit = fold(p.name) === fold(p.unitName) || (unit !== undefined && fold(p.name) === fold(unit.name));
    const rows = wholeUnit ? unitRows : unitRows.filter((row) => row.group !== '' && fold(row.group) === fold(p.name));
    const memberKeys = wholeUnit
      ? [...new Set([...rows.map((row) => personKey(row.name, row.unitCode, row.unitName)), ...(individualsByUnit.get(uKey) ?? [])])]
      : rows.map((row) => personKey(row.name, row.unitCode, row.unitName));
    const count = wholeUnit && unit?.headcount !== undefined ? unit.headcount : rows.length;
    verdicts[index] = judge(p, index, { proposal: p, key: keys[index] ?? '', rank: ranks[index], members: { count, rows, keys: memberKeys } });
  });

  // 4. Staff rating quotas per agency (HTXSNV ≤ 20% of HTTNV), from the staff ratings sheet.
  for (const rule of plan.titleQuotas.filter((q) => q.enabled && q.kind === 'rating')) quotas.push(...ratingQuota(rule, look, ratingsByUnit, findings));

  const done = verdicts.filter((v): v is ProposalVerdict => v !== undefined);
  return { result: { verdicts: done, quotas }, findings };
}

/** Who holds which title this year by the verdicts so far: a title includes those it requires. */
function holdersFrom(verdicts: readonly (ProposalVerdict | undefined)[], keys: readonly string[], titles: readonly Title[]): Holders {
  const holders: Holders = { sure: new Map(), maybe: new Map(), not: new Map() };
  for (const v of verdicts) {
    if (!v?.title) continue;
    const key = keys[v.index] ?? '';
    if (v.verdict === 'notEligible') {
      addTo(holders.not, key, v.title.id);
      continue;
    }
    const target = v.verdict === 'eligible' ? holders.sure : holders.maybe;
    for (const id of [v.title.id, ...includedTitles(titles, v.title.id)]) addTo(target, key, id);
  }
  return holders;
}

/** Titles a title includes through route-0 "title" conditions (CSTĐCS → LĐTT), transitively. */
function includedTitles(titles: readonly Title[], id: string, seen: Set<string> = new Set()): string[] {
  const title = titles.find((t) => t.id === id);
  if (!title) return [];
  const out: string[] = [];
  for (const c of title.conditions) {
    if (c.kind !== 'title' || c.route !== 0 || seen.has(c.ref)) continue;
    seen.add(c.ref);
    out.push(c.ref, ...includedTitles(titles, c.ref, seen));
  }
  return out;
}

function ratingQuota(rule: TitleQuota, look: Lookups, ratingsByUnit: ReadonlyMap<string, readonly StaffRating[]>, findings: Finding[]): QuotaCheck[] {
  const limited = look.rating(rule.limited);
  const base = look.rating(rule.base);
  if (limited === undefined || base === undefined) {
    findings.push(finding('ELIG_TITLE_REF_UNKNOWN', { title: rule.name, ref: limited === undefined ? rule.limited : rule.base }));
    return [];
  }
  const checks: QuotaCheck[] = [];
  for (const [key, rows] of [...ratingsByUnit].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    let count = 0;
    let baseCount = 0;
    for (const row of rows) {
      const rank = look.rating(row.rating);
      if (rank === undefined) continue;
      if (rank === limited) count++;
      if (rank === base || (rule.orBetter && rank < base)) baseCount++;
    }
    const cap = shareFloor(rule.share, baseCount);
    const name = rows[0]?.unitName || key;
    const exceeded = count > cap;
    checks.push({ rule, unit: name, cap, count, base: baseCount, exceeded });
    const cell = rows[0]?.source;
    if (exceeded) findings.push(finding('ELIG_RATING_QUOTA_EXCEEDED', { rule: rule.name, unit: name, cap, count, base: baseCount }, { ...(rows[0]?.unitCode ? { unitCode: rows[0].unitCode } : {}), ...(cell ? { cell } : {}) }));
  }
  return checks;
}
