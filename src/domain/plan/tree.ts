/**
 * The criteria tree, built once for every reader and rule: each criterion's parent comes from its
 * «Nhóm» (group) when the plan gives one, else from its code's structure («a1.1» under «a1»). Codes are
 * matched by `codeKey`, so «01.1» and «1.1» are one criterion.
 */
import { codeKey, structuralParentKey } from './codes';
import type { Criterion } from './schema';

export interface CriteriaTree {
  /** Each criterion by its code key (the first of duplicates). */
  readonly byKey: ReadonlyMap<string, Criterion>;
  /** The parent key of each criterion that has one in the plan. */
  readonly parentOf: ReadonlyMap<string, string>;
  /** Children keys in plan order. */
  readonly childrenOf: ReadonlyMap<string, readonly string[]>;
  /**
   * Headings, not scored: criteria with children, except a base criterion with only bonus or deduction
   * criteria under it («a1 Triển khai kịp thời: 3 điểm» above «a1.1 mỗi trường hợp chậm: trừ 0,5»),
   * which is scored itself and its section holds its adjustments.
   */
  readonly groups: ReadonlySet<string>;
  /** Scored criteria in plan order. */
  readonly leaves: readonly Criterion[];
  /** Leaf keys under each criterion with children, at any depth, in plan order (a scored parent not included). */
  readonly leavesUnder: ReadonlyMap<string, readonly string[]>;
  /** Criteria without a parent, in plan order. */
  readonly roots: readonly Criterion[];
}

/** The key of a criterion's code; a code the schema accepted always has one. */
export function keyOf(c: Pick<Criterion, 'code'>): string {
  return codeKey(c.code) ?? c.code;
}

function explicitParent(c: Criterion, byKey: ReadonlyMap<string, Criterion>): string | undefined {
  const group = c.group === undefined ? undefined : codeKey(c.group);
  return group !== undefined && byKey.has(group) ? group : undefined;
}

/** Nearest ancestor of the code's structure among the given keys («a1.1.2» → «a1.1», else «a1»). */
export function structuralParentIn(key: string, present: { has(key: string): boolean }): string | undefined {
  for (let p = structuralParentKey(key); p !== undefined; p = structuralParentKey(p)) if (present.has(p)) return p;
  return undefined;
}

export function buildCriteriaTree(criteria: readonly Criterion[]): CriteriaTree {
  const byKey = new Map<string, Criterion>();
  for (const c of criteria) if (!byKey.has(keyOf(c))) byKey.set(keyOf(c), c);
  const parentOf = new Map<string, string>();
  const childrenOf = new Map<string, string[]>();
  for (const [key, c] of byKey) {
    let parent = explicitParent(c, byKey) ?? structuralParentIn(key, byKey);
    // A parent chain that loops back (a group naming its own descendant) is cut here; the plan check reports it.
    for (let p = parent, guard = 0; p !== undefined && guard <= byKey.size; p = parentOf.get(p), guard++) {
      if (p === key) {
        parent = undefined;
        break;
      }
    }
    if (parent === undefined || parent === key) continue;
    parentOf.set(key, parent);
    const siblings = childrenOf.get(parent) ?? [];
    siblings.push(key);
    childrenOf.set(parent, siblings);
  }
  const baseBelow = new Set<string>();
  for (const [key, c] of byKey) {
    if (c.kind !== 'base') continue;
    for (let p = parentOf.get(key); p !== undefined && !baseBelow.has(p); p = parentOf.get(p)) baseBelow.add(p);
  }
  const groups = new Set([...childrenOf.keys()].filter((key) => byKey.get(key)?.kind !== 'base' || baseBelow.has(key)));
  const leaves = [...byKey.values()].filter((c) => !groups.has(keyOf(c)));
  const leavesUnder = new Map<string, string[]>();
  for (const leaf of leaves) {
    for (let p = parentOf.get(keyOf(leaf)); p !== undefined; p = parentOf.get(p)) {
      const list = leavesUnder.get(p) ?? [];
      list.push(keyOf(leaf));
      leavesUnder.set(p, list);
    }
  }
  const roots = [...byKey.values()].filter((c) => !parentOf.has(keyOf(c)));
  return { byKey, parentOf, childrenOf, groups, leaves, leavesUnder, roots };
}

/** The scored criteria of the section rooted at a criterion: itself when it is scored, and every leaf under it. */
export function sectionLeaves(tree: CriteriaTree, key: string): string[] {
  const under = tree.leavesUnder.get(key) ?? [];
  if (tree.groups.has(key) || !tree.byKey.has(key)) return [...under];
  return [key, ...under];
}
