/**
 * Judging one proposal: each condition of a title against the proposal, the person's history and
 * this year's verdicts, three-valued; a title is all of route 0 and all of one other route.
 */
import type { Proposal, StaffRating } from '../input/schema';
import type { Condition, Plan, Title } from '../plan/schema';
import type { OutcomeStatus, Reason } from './eligibility-types';
import { all, any } from './eligibility-logic';
import type { PersonHistory } from './eligibility-people';

export interface Lookups {
  readonly plan: Plan;
  readonly year: number;
  readonly titleById: ReadonlyMap<string, Title>;
  /** Rank of a rating id in the plan's list (0 is best); undefined for no id or one the plan does not list. */
  readonly rating: (id: string | undefined) => number | undefined;
  readonly history: ReadonlyMap<string, PersonHistory>;
  readonly ambiguous: ReadonlySet<string>;
  /** Titles that include each title through a "title" condition (CSTĐCS includes LĐTT). */
  readonly includedBy: ReadonlyMap<string, readonly string[]>;
  /** Rank of a level id in the plan's list (lowest first). */
  readonly levelRank: (level: string | undefined) => number | undefined;
}

export interface Subject {
  readonly proposal: Proposal;
  readonly key: string;
  /** This year's rating as a rank in the plan's list (0 is best); undefined when blank or unknown. */
  readonly rank: number | undefined;
  readonly members?: Members;
}

export interface Members {
  /** Headcount of the collective (the register's "Số người" for a whole unit, else the rated rows). */
  readonly count: number;
  readonly rows: readonly StaffRating[];
  /** Person keys of the collective whose title-holding is counted. */
  readonly keys: readonly string[];
}

/** Holders of each title this year: sure (eligible), maybe (needs checking) and not (judged not eligible), per person key. */
export interface Holders {
  readonly sure: Map<string, Set<string>>;
  readonly maybe: Map<string, Set<string>>;
  readonly not: Map<string, Set<string>>;
}

export interface Judgement {
  readonly status: OutcomeStatus;
  readonly reasons: Reason[];
}

export const reason = (kind: Reason['kind'], status: OutcomeStatus, route: number, params: Reason['params'] = {}): Reason => ({ kind, status, route, params });

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
      const got = look.levelRank(p.initiativeLevelId);
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
        const rank = look.rating(row.ratingId);
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
export function judgeTitle(look: Lookups, subject: Subject, title: Title, holders: Holders, depth: number): Judgement {
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
