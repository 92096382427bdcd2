/** Quotas per unit: a title capped by a share of the holders of another, a staff rating by a share of another rating. */
import { finding, type Finding } from '../findings';
import type { StaffRating } from '../input/schema';
import type { Plan, TitleQuota } from '../plan/schema';
import type { ProposalVerdict, QuotaCheck } from './eligibility-types';
import { reason, type Lookups } from './eligibility-conditions';
import { shareFloor } from './share';

export function ratingQuota(rule: TitleQuota, look: Lookups, ratingsByUnit: ReadonlyMap<string, readonly StaffRating[]>, findings: Finding[]): QuotaCheck[] {
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
      const rank = look.rating(row.ratingId);
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

/**
 * Quotas on titles per unit (off unless the plan enables them): over the cap, every eligible holder of
 * the limited title needs checking and the council chooses. Updates `verdicts` in place.
 */
export function titleQuotaChecks(
  plan: Plan,
  look: Lookups,
  verdicts: (ProposalVerdict | undefined)[],
  keys: readonly string[],
  unitKey: (unitCode: string | undefined, unitName: string) => string,
  findings: Finding[],
): QuotaCheck[] {
  const quotas: QuotaCheck[] = [];
  for (const rule of plan.titleQuotas.filter((q) => q.enabled && q.kind === 'title')) {
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
  return quotas;
}
