/**
 * Ratio rules over award proposals (e.g. at least 80% of district-level awards go to small
 * collectives and direct workers), with how many proposals would close the gap.
 *
 * closeByAdding / closeByRemoving are 0 when the rule is met and -1 when that way cannot close
 * the gap at all: adding qualifying proposals never reaches 100% while others remain; removing
 * others cannot help when nothing qualifies; for "at most", adding others cannot help a 0% limit
 * and removing qualifying ones cannot help when every proposal qualifies.
 */
import { finding, type Finding } from '../findings';
import type { Proposal } from '../input/schema';
import type { Plan, RatioRule, RatioSubject } from '../plan/schema';
import { roundScore } from '../text/numbers';
import type { RatioCheck } from './types';

/** Ratios are compared with this slack so 4/5 meets 80% despite float noise. */
const ratioEpsilon = 1e-9;

const qualifies: Record<RatioSubject, (p: Proposal) => boolean> = {
  smallCollectiveOrDirectWorker: (p) => p.smallOrDirect,
  smallCollective: (p) => p.kind === 'collective' && p.smallOrDirect,
  directWorker: (p) => p.kind === 'individual' && p.smallOrDirect,
  individual: (p) => p.kind === 'individual',
  collective: (p) => p.kind === 'collective',
};

export function ratioMet(comparison: RatioRule['comparison'], qualifying: number, total: number, threshold: number): boolean {
  if (total === 0) return true;
  const ratio = qualifying / total;
  return comparison === 'atLeast' ? ratio >= threshold - ratioEpsilon : ratio <= threshold + ratioEpsilon;
}

/**
 * Smallest integer x in [lo, hi] with ok(x), for a predicate false then true; -1 when none.
 * `guess` comes from the closed-form bound, so only a step or two is walked even for large counts.
 */
function smallestFrom(guess: number, lo: number, hi: number, ok: (x: number) => boolean): number {
  if (hi < lo || !ok(hi)) return -1;
  let x = Math.min(hi, Math.max(lo, Number.isFinite(guess) ? Math.ceil(guess) : hi));
  while (x > lo && ok(x - 1)) x--;
  while (!ok(x)) x++;
  return x;
}

/** Proposals to add and to remove so the rule is met (see the module note for -1). */
export function gapToClose(comparison: RatioRule['comparison'], q: number, n: number, p: number): { add: number; remove: number } {
  if (ratioMet(comparison, q, n, p)) return { add: 0, remove: 0 };
  const others = n - q;
  // Bounds large enough to hold any answer; a rule that is reachable is reached below them.
  const far = Number.MAX_SAFE_INTEGER;
  if (comparison === 'atLeast') {
    // (q+k)/(n+k) ≥ p  ⇔  k ≥ (pn − q)/(1 − p); reachable only for p < 1.
    const add = p >= 1 ? -1 : smallestFrom((p * n - q) / (1 - p), 0, far, (k) => ratioMet('atLeast', q + k, n + k, p));
    // q/(n−m) ≥ p  ⇔  m ≥ n − q/p; only others are removed, and with q = 0 nothing is left to count.
    const remove = q === 0 ? -1 : smallestFrom(n - q / p, 0, others, (m) => ratioMet('atLeast', q, n - m, p));
    return { add, remove };
  }
  // q/(n+k) ≤ p  ⇔  k ≥ q/p − n; impossible for p = 0.
  const add = p <= 0 ? -1 : smallestFrom(q / p - n, 0, far, (k) => ratioMet('atMost', q, n + k, p));
  // (q−m)/(n−m) ≤ p  ⇔  m ≥ (q − pn)/(1 − p); with no others, removing leaves nothing to count.
  const remove = others === 0 ? -1 : smallestFrom((q - p * n) / (1 - p), 0, q, (m) => ratioMet('atMost', q - m, n - m, p));
  return { add, remove };
}

const scopes = ['individual', 'collective'] as const;

export function checkRatios(plan: Plan, proposals: readonly Proposal[]): { checks: RatioCheck[]; findings: Finding[] } {

  const checks: RatioCheck[] = [];
  const findings: Finding[] = [];
  for (const rule of plan.ratioRules) {
    // Levels are the plan's ids on both sides (the parser matched the proposals' text): no text is compared here.
    const wanted = new Set(rule.levels);
    const isQualifying = qualifies[rule.subject];
    // Counts per kind: [total, qualifying].
    const counts = { individual: [0, 0], collective: [0, 0] };
    for (const p of proposals) {
      if (p.levelId === undefined || !wanted.has(p.levelId)) continue;
      const c = counts[p.kind];
      c[0] = (c[0] ?? 0) + 1;
      if (isQualifying(p)) c[1] = (c[1] ?? 0) + 1;
    }
    const sum = (i: 0 | 1): number => (counts.individual[i] ?? 0) + (counts.collective[i] ?? 0);
    const present = scopes.filter((kind) => (counts[kind][0] ?? 0) > 0);
    const perScope: { scope: RatioCheck['scope']; total: number; qualifying: number }[] =
      rule.pooled || present.length === 0
        ? [{ scope: 'all', total: sum(0), qualifying: sum(1) }]
        : present.map((kind) => ({ scope: kind, total: counts[kind][0] ?? 0, qualifying: counts[kind][1] ?? 0 }));

    for (const { scope, total, qualifying } of perScope) {
      const met = ratioMet(rule.comparison, qualifying, total, rule.ratio);
      const { add, remove } = gapToClose(rule.comparison, qualifying, total, rule.ratio);
      const check: RatioCheck = {
        rule,
        scope,
        qualifying,
        total,
        ratio: total === 0 ? undefined : qualifying / total,
        met,
        verdict: total === 0 ? 'noProposals' : met ? 'met' : 'notMet',
        closeByAdding: add,
        closeByRemoving: remove,
      };
      checks.push(check);
      const levels = rule.levels.join(', ');
      if (total === 0) {
        findings.push(finding('RATIO_NO_PROPOSALS', { rule: rule.name, levels, scope }));
      } else if (!met) {
        findings.push(
          finding('RATIO_NOT_MET', {
            rule: rule.name,
            levels,
            scope,
            subject: rule.subject,
            comparison: rule.comparison,
            qualifying,
            total,
            ratio: roundScore((qualifying / total) * 100),
            threshold: roundScore(rule.ratio * 100),
            add,
            remove,
          }),
        );
      }
    }
  }
  return { checks, findings };
}
