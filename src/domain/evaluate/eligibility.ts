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
import type { Plan } from '../plan/schema';
import type { EligibilityResult, ProposalVerdict, QuotaCheck } from './eligibility-types';
import { judgeTitle, reason, type Holders, type Lookups, type Subject } from './eligibility-conditions';
import { verdictOf, votesNeeded } from './eligibility-logic';
import { buildHistory, personKeyOf, unitKeyOf } from './eligibility-people';
import { ratingQuota, titleQuotaChecks } from './eligibility-quotas';
import { addTo, holdersFrom, inclusion } from './eligibility-titles';
import { foldCached } from '../text/normalize';

export { votesNeeded } from './eligibility-logic';

/** Rank of each id in a plan list (0 is first): levels lowest first, ratings best first. */
function ranker(list: readonly string[]): (id: string | undefined) => number | undefined {
  const index = new Map<string, number>();
  list.forEach((id, i) => {
    if (!index.has(id)) index.set(id, i);
  });
  return (id) => (id === undefined ? undefined : index.get(id));
}

export interface EligibilityInput {
  readonly proposals: readonly Proposal[];
  readonly units: readonly Unit[];
  /** undefined: no history sheet at all. */
  readonly history?: readonly HistoryEntry[];
  readonly staffRatings?: readonly StaffRating[];
}

export function evaluateEligibility(plan: Plan, input: EligibilityInput): { result: EligibilityResult; findings: Finding[] } {
  const findings: Finding[] = [];
  const fold = foldCached;
  const personKey = personKeyOf;
  const unitKey = unitKeyOf;
  const year = plan.info.year;
  // Levels, titles and ratings are the plan's ids: the parser matched the written text (workbook/terms.ts).
  const rating = ranker(plan.info.ratings);
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
  const ranks = input.proposals.map((p) => rating(p.ratingId));
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
  const history = buildHistory(input.history ?? [], rating, namesToKeys);
  const look: Lookups = { plan, year, titleById, rating, history, ambiguous, includedBy: inclusion(plan.titles), levelRank: ranker(plan.info.levels) };
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
    const title = p.titleId === undefined ? undefined : titleById.get(p.titleId);
    // A form no title matched is the parser's finding (at its cell); here it only makes the verdict.
    if (!title) {
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
    if (p.level !== '' && p.levelId !== title.level) {
      findings.push(finding('ELIG_LEVEL_MISMATCH', { form: title.name, level: p.level, expected: title.level }, { ...where, ...(p.levelSource ? { cell: p.levelSource } : {}) }));
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
  const beforeIndividuals = findings.length;
  judgeIndividuals();
  if (plan.titles.some((t) => t.conditions.some((c) => c.kind === 'yearsWith' && titleById.has(c.ref)))) {
    const first = holdersFrom(verdicts, keys, plan.titles);
    for (const map of ['sure', 'maybe', 'not'] as const) for (const [k, v] of first[map]) holders[map].set(k, v);
    // The second pass says again all the first said: keep its findings only, once each.
    findings.length = beforeIndividuals;
    judgeIndividuals();
    holders.sure.clear();
    holders.maybe.clear();
    holders.not.clear();
  }

  // 2. Quotas on titles per unit (off unless the plan enables them); over the cap, the council chooses.
  const quotas: QuotaCheck[] = titleQuotaChecks(plan, look, verdicts, keys, unitKey, findings);

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
