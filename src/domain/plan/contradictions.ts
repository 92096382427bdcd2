/**
 * What in a plan contradicts the plan itself — a step worth more than its criterion's maximum, a band
 * no total can reach, two unit awards in one order or an award with no places — and unit names that
 * only look alike, written with letters of another script. Each finding is put at the plan's (or the
 * register's) cell, so the person who wrote the plan is told, not the units scored under it.
 * Pure: where each plan field was read is given by the caller (`cellOf`, plan paths like "criteria.3.steps").
 */
import { finding, type Finding } from '../findings';
import type { CellRef, Unit } from '../input/schema';
import { foldKey, nameKey } from '../text/normalize';
import { roundScore } from '../text/numbers';
import type { Plan } from './schema';
import { buildCriteriaTree } from './tree';

/** Where a plan field was read: "criteria.3.steps", "bands.1.minScore", "unitAwards.0.order" … */
export type PlanCellOf = (path: string) => CellRef | undefined;

export interface ContradictionInput {
  readonly units?: readonly Unit[];
  readonly cellOf?: PlanCellOf;
}

function at(cellOf: PlanCellOf | undefined, ...paths: string[]): { cell?: CellRef } {
  for (const path of paths) {
    const cell = cellOf?.(path);
    if (cell) return { cell };
  }
  return {};
}

/** The highest total a unit can reach: every base criterion at its maximum, and every bonus (within the plan's cap). */
export function highestTotal(plan: Plan): number {
  let base = 0;
  let bonus = 0;
  for (const leaf of buildCriteriaTree(plan.criteria).leaves) {
    if (leaf.kind === 'base') base += leaf.maxPoints;
    if (leaf.kind === 'bonus') bonus += leaf.maxPoints;
  }
  return roundScore(base + Math.min(bonus, plan.info.bonusCap ?? Number.POSITIVE_INFINITY));
}

function checkSteps(plan: Plan, cellOf: PlanCellOf | undefined): Finding[] {
  const findings: Finding[] = [];
  const leaves = new Set(buildCriteriaTree(plan.criteria).leaves);
  plan.criteria.forEach((c, i) => {
    if (!leaves.has(c) || c.method !== 'steps') return;
    const over = c.steps.filter((s) => s.points > c.maxPoints);
    if (over.length === 0) return;
    const points = Math.max(...over.map((s) => s.points));
    findings.push(
      finding(
        'PLAN_STEP_OVER_MAX',
        { code: c.code, points, max: c.maxPoints, steps: over.length, rule: plan.info.overMax },
        { criterionCode: c.code, ...at(cellOf, `criteria.${i}.steps`, `criteria.${i}.maxPoints`, `criteria.${i}`) },
      ),
    );
  });
  return findings;
}

function checkBandsReach(plan: Plan, cellOf: PlanCellOf | undefined): Finding[] {
  const findings: Finding[] = [];
  const highest = highestTotal(plan);
  const scale = plan.info.scale;
  plan.bands.forEach((band, i) => {
    const where = at(cellOf, `bands.${i}.minScore`, `bands.${i}`);
    const unreachable = band.strict ? band.minScore >= highest : band.minScore > highest;
    if (unreachable) {
      findings.push(finding('PLAN_BAND_UNREACHABLE', { band: band.name, minScore: band.minScore, highest, scale }, where));
    } else if (band.strict ? band.minScore >= scale : band.minScore > scale) {
      findings.push(finding('PLAN_BAND_ABOVE_SCALE', { band: band.name, minScore: band.minScore, scale, highest }, where));
    }
  });
  return findings;
}

function checkAwardOrder(plan: Plan, cellOf: PlanCellOf | undefined): Finding[] {
  const findings: Finding[] = [];
  // Every order blank (0): the rows' order decides, as written. Otherwise each order must be its own.
  const ordered = plan.unitAwards.some((r) => r.order !== 0);
  const first = new Map<number, number>();
  plan.unitAwards.forEach((rule, i) => {
    const where = at(cellOf, `unitAwards.${i}.order`, `unitAwards.${i}`);
    const earlier = first.get(rule.order);
    if (ordered && earlier !== undefined) {
      const other = plan.unitAwards[earlier];
      findings.push(finding('PLAN_AWARD_ORDER_SHARED', { form: rule.form, level: rule.level, order: rule.order, other: other?.form ?? '', otherLevel: other?.level ?? '' }, where));
    } else if (earlier === undefined) first.set(rule.order, i);
    const q = rule.quota;
    if ((q.kind === 'count' && q.value === 0) || (q.kind === 'percent' && q.value === 0 && !q.atLeastOne)) {
      findings.push(finding('PLAN_AWARD_QUOTA_ZERO', { form: rule.form, level: rule.level }, at(cellOf, `unitAwards.${i}.quota`, `unitAwards.${i}`)));
    }
  });
  return findings;
}

// ---------------------------------------------------------------------------------------------
// Look-alike letters

/** Cyrillic and Greek letters drawn like Latin ones: what a name copied from elsewhere may carry. */
const lookAlikes: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'ë', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', і: 'i', ї: 'ï', ј: 'j', ѕ: 's', һ: 'h', ԁ: 'd', ԛ: 'q', ԝ: 'w', ӏ: 'l',
  А: 'A', В: 'B', Е: 'E', Ё: 'Ë', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X', І: 'I', Ї: 'Ï', Ј: 'J', Ѕ: 'S', Һ: 'H', Ԁ: 'D', Ԛ: 'Q', Ԝ: 'W', Ӏ: 'I',
  // Greek
  α: 'a', β: 'b', γ: 'y', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ϲ: 'c',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X', Ϲ: 'C',
};

const otherScript = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;
const latinLetter = /\p{Script=Latin}/u;

/** A name as it looks: look-alike letters drawn as the Latin ones (marks kept), compatibility forms folded, case folded. */
export function skeleton(text: string): string {
  const decomposed = text.normalize('NFKD');
  let out = '';
  for (const ch of decomposed) out += lookAlikes[ch] ?? ch;
  return nameKey(out.normalize('NFC'));
}

/** The text with its look-alike letters replaced by the Latin ones they imitate (what was meant). */
export function asLatin(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFD')) out += lookAlikes[ch] ?? ch;
  return out.normalize('NFC');
}

/** The letters of another script in a Latin-script text, each once, in order. */
export function foreignLetters(text: string): string[] {
  const letters = [...text.normalize('NFD')];
  if (!letters.some((ch) => latinLetter.test(ch))) return [];
  return [...new Set(letters.filter((ch) => otherScript.test(ch)))];
}

function scriptOf(ch: string): 'cyrillic' | 'greek' {
  return /\p{Script=Cyrillic}/u.test(ch) ? 'cyrillic' : 'greek';
}

function checkLookAlikeNames(units: readonly Unit[]): Finding[] {
  const findings: Finding[] = [];
  const bySkeleton = new Map<string, Unit>();
  for (const unit of units) {
    const where = { unitCode: unit.code, ...(unit.source ? { cell: unit.source } : {}) };
    for (const [field, text] of [['name', unit.name], ['code', unit.code]] as const) {
      const foreign = foreignLetters(text);
      if (foreign.length > 0) {
        findings.push(
          finding('UNIT_NAME_MIXED_SCRIPT', { unit: unit.code, field, text, letters: foreign.join(' '), script: scriptOf(foreign[0] ?? ''), latin: asLatin(text) }, where),
        );
      }
    }
    const key = `${foldKey(unit.block)}\u0000${skeleton(unit.name)}`;
    const twin = bySkeleton.get(key);
    if (twin && nameKey(twin.name) !== nameKey(unit.name)) {
      findings.push(finding('UNIT_NAME_LOOKALIKE', { unit: unit.code, name: unit.name, other: twin.code, otherName: twin.name }, where));
    } else if (!twin) bySkeleton.set(key, unit);
  }
  return findings;
}

export function checkContradictions(plan: Plan, input: ContradictionInput = {}): Finding[] {
  return [...checkSteps(plan, input.cellOf), ...checkBandsReach(plan, input.cellOf), ...checkAwardOrder(plan, input.cellOf), ...checkLookAlikeNames(input.units ?? [])];
}

/**
 * Findings check.ts makes without a cell, put at the plan row they are about — the criterion, the
 * band, the award or the ratio rule — so they point at what to fix.
 */
export function placeAtPlanCells(plan: Plan, findings: readonly Finding[], cellOf: PlanCellOf | undefined): Finding[] {
  if (!cellOf) return [...findings];
  const criterionIndex = new Map<string, number>();
  plan.criteria.forEach((c, i) => {
    if (!criterionIndex.has(c.code)) criterionIndex.set(c.code, i);
  });
  const awardIndex = (form: unknown): number => plan.unitAwards.findIndex((r) => r.form === form);
  const ratioIndex = (name: unknown): number => plan.ratioRules.findIndex((r) => r.name === name);
  const place = (f: Finding): { cell?: CellRef } => {
    const p = f.params;
    if (f.criterionCode !== undefined) {
      const i = criterionIndex.get(f.criterionCode);
      if (i === undefined) return {};
      const column = f.code === 'PLAN_TARGET_MISSING' ? 'target' : f.code === 'PLAN_STEPS_MISSING' ? 'steps' : f.code === 'PLAN_GROUP_MAX_MISMATCH' ? 'maxPoints' : 'code';
      return at(cellOf, `criteria.${i}.${column}`, `criteria.${i}`);
    }
    switch (f.code) {
      case 'PLAN_BANDS_OVERLAP': {
        const i = plan.bands.findIndex((b, j) => b.minScore === p.minScore && plan.bands.findIndex((o) => o.minScore === b.minScore) !== j);
        return i < 0 ? {} : at(cellOf, `bands.${i}.minScore`, `bands.${i}`);
      }
      case 'PLAN_UNKNOWN_BAND': {
        const i = awardIndex(p.form);
        return i < 0 ? {} : at(cellOf, `unitAwards.${i}.minBand`, `unitAwards.${i}`);
      }
      case 'PLAN_QUOTA_OVER_BLOCK': {
        const i = awardIndex(p.form);
        return i < 0 ? {} : at(cellOf, `unitAwards.${i}.quota`, `unitAwards.${i}`);
      }
      case 'PLAN_UNKNOWN_LEVEL': {
        const r = ratioIndex(p.where);
        if (r >= 0) return at(cellOf, `ratioRules.${r}.levels`, `ratioRules.${r}`);
        const a = awardIndex(p.where);
        return a < 0 ? {} : at(cellOf, `unitAwards.${a}.level`, `unitAwards.${a}`);
      }
      default:
        return {};
    }
  };
  return findings.map((f) => (f.cell !== undefined || !f.code.startsWith('PLAN_') ? f : { ...f, ...place(f) }));
}

/**
 * A unit's score finding that the plan caused: a computed value above the maximum because a step of the
 * plan is worth more than the maximum. The plan's finding says it once, at the plan's cell.
 */
export function causedByPlan(plan: Plan, planFindings: readonly Finding[]): (f: Finding) => boolean {
  const flagged = new Set(planFindings.filter((f) => f.code === 'PLAN_STEP_OVER_MAX').map((f) => f.criterionCode));
  const stepPoints = new Map<string, ReadonlySet<number>>();
  for (const c of plan.criteria) {
    if (flagged.has(c.code) && !stepPoints.has(c.code)) stepPoints.set(c.code, new Set(c.steps.filter((s) => s.points > c.maxPoints).map((s) => s.points)));
  }
  if (stepPoints.size === 0) return () => false;
  return (f) => {
    const points = f.criterionCode === undefined ? undefined : stepPoints.get(f.criterionCode);
    if (!points) return false;
    // The value a step gave (or the unit copied from it) is over the maximum: the plan is what disagrees.
    if (f.code === 'SCORE_OVER_MAX') return points.has(Number(f.params.value));
    return f.code === 'SCORE_DIFFERS_FROM_ACTUAL' && points.has(Number(f.params.computed));
  };
}
