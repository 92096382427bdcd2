/** Titles that include others (CSTĐCS includes LĐTT), and who holds which title this year by the verdicts. */
import type { Title } from '../plan/schema';
import type { ProposalVerdict } from './eligibility-types';
import type { Holders } from './eligibility-conditions';

export function inclusion(titles: readonly Title[]): Map<string, string[]> {
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

export function addTo(map: Map<string, Set<string>>, key: string, id: string): void {
  let set = map.get(key);
  if (!set) {
    set = new Set();
    map.set(key, set);
  }
  set.add(id);
}

/** Who holds which title this year by the verdicts so far: a title includes those it requires. */
export function holdersFrom(verdicts: readonly (ProposalVerdict | undefined)[], keys: readonly string[], titles: readonly Title[]): Holders {
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
export function includedTitles(titles: readonly Title[], id: string, seen: Set<string> = new Set()): string[] {
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
