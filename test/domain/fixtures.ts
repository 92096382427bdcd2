/** Small builders for plans, units and entries; defaults filled by the real schemas. */
import type { Finding, FindingCode } from '../../src/domain/findings';
import { evaluationInputSchema, type Entry, type EvaluationInput, type Proposal, type Unit, type UnitResult } from '../../src/domain/input/schema';
import { planSchema, type Plan, type PlanInput } from '../../src/domain/plan/schema';

export type CriterionInput = PlanInput['criteria'][number];

type PlanOverrides = Omit<Partial<PlanInput>, 'info'> & { info?: Partial<PlanInput['info']> };

/** A plan with one flat base criterion "1" (100 points) unless criteria are given. */
export function makePlan(overrides: PlanOverrides = {}): Plan {
  const { info, ...rest } = overrides;
  return planSchema.parse({
    criteria: [{ code: '1', text: 'Tiêu chí 1', maxPoints: 100 }],
    ...rest,
    info: { name: 'Kế hoạch thử', year: 2024, levels: ['cơ sở', 'huyện', 'tỉnh', 'Trung ương'], ...info },
  });
}

/** Leaf criteria, each a base criterion entered as points unless said otherwise. */
export function crit(code: string, maxPoints: number, extra: Partial<CriterionInput> = {}): CriterionInput {
  return { code, text: `Tiêu chí ${code}`, maxPoints, ...extra };
}

export function unit(code: string, name = `Đơn vị ${code}`, block = 'Khối A', extra: Partial<Unit> = {}): Unit {
  return { code, name, block, size: 'large', ...extra };
}

export function cell(address: string, sheet = 'Kết quả'): { sheet: string; address: string } {
  return { sheet, address };
}

/** An entry: self and appraised scores (undefined = blank). */
export function entry(criterionCode: string, selfScore?: number, appraisedScore?: number, extra: Partial<Entry> = {}): Entry {
  const e: Entry = { criterionCode, note: '', ...extra };
  if (selfScore !== undefined) e.selfScore = selfScore;
  if (appraisedScore !== undefined) e.appraisedScore = appraisedScore;
  return e;
}

export function result(unitCode: string, entries: Entry[]): UnitResult {
  return { unitCode, entries };
}

/** A proposal at a plan level: `level` is the level's id, as the parser writes it for a level the plan names. */
export function proposal(level: string, kind: Proposal['kind'], smallOrDirect: boolean, name = 'Nguyễn Văn A'): Proposal {
  return { name, kind, smallOrDirect, level, levelId: level, unitName: '', position: '', form: 'Giấy khen', rating: '', initiative: '', note: '' };
}

export function input(units: Unit[], results: UnitResult[], proposals: Proposal[] = []): EvaluationInput {
  return evaluationInputSchema.parse({ units, results, proposals });
}

export function codes(findings: readonly Finding[]): FindingCode[] {
  return findings.map((f) => f.code);
}

export function only(findings: readonly Finding[], code: FindingCode): Finding[] {
  return findings.filter((f) => f.code === code);
}

/** Freezes a value and everything inside it, to prove a function does not mutate its input. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
