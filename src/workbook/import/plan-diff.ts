/**
 * What changed between the plan a unit's template was made for and the master's plan now. A file
 * filled against an older plan brings in only the criteria whose code and maximum are unchanged;
 * the rest are listed so they become findings, never carried over silently.
 */
import { codeKey } from '../../domain/plan/codes';
import type { Plan } from '../../domain/plan/schema';
import type { TemplateCriterion } from '../template/state';

export interface MaxChange {
  readonly code: string;
  readonly was: number;
  readonly now: number;
}

export interface PlanDiff {
  /** In the master's plan, not in the template: the file has no value for them. */
  readonly added: readonly string[];
  /** In the template, no longer in the plan: their values are not imported. */
  readonly removed: readonly string[];
  /** Same code, another maximum: a score against the old maximum is not comparable, so not imported. */
  readonly maxChanged: readonly MaxChange[];
  /** Codes safe to import: in both, same maximum. */
  readonly unchanged: readonly string[];
}

export function diffPlan(templateCriteria: readonly TemplateCriterion[], plan: Plan): PlanDiff {
  // Codes match as codes.ts says: a template's «1.1» is the plan's «01.1».
  const key = (code: string): string => codeKey(code) ?? code;
  const before = new Map(templateCriteria.map((c) => [key(c.code), c]));
  const now = new Set(plan.criteria.map((c) => key(c.code)));
  const added: string[] = [];
  const maxChanged: MaxChange[] = [];
  const unchanged: string[] = [];
  for (const c of plan.criteria) {
    const old = before.get(key(c.code));
    if (!old) added.push(c.code);
    else if (old.maxPoints !== c.maxPoints) maxChanged.push({ code: c.code, was: old.maxPoints, now: c.maxPoints });
    else unchanged.push(c.code);
  }
  const removed = templateCriteria.filter((c) => !now.has(key(c.code))).map((c) => c.code);
  return { added, removed, maxChanged, unchanged };
}

/** True when nothing a unit could have filled in differs. */
export function isSamePlan(diff: PlanDiff): boolean {
  return diff.added.length === 0 && diff.removed.length === 0 && diff.maxChanged.length === 0;
}
