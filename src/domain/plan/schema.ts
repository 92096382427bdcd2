/**
 * The emulation plan ("Kế hoạch thi đua") as data. Every number that a regulation or a
 * province may change lives here, never in code. Types are inferred from the schemas.
 */
import { z } from 'zod';
import { validationKeys as m } from './validation-keys';
import { isCriterionCode } from './codes';

export const criterionKinds = ['base', 'bonus', 'deduction'] as const;
/** perCase: the unit types a count; points = count × points per case («mỗi trường hợp … trừ 0,5 điểm»). */
export const scoringMethods = ['points', 'targetRatio', 'passFail', 'steps', 'perCase'] as const;
/** How a step's threshold compares with the actual value: ≥, > («trên 92%»), ≤, < («dưới 50%»). */
export const stepComparisons = ['atLeast', 'above', 'atMost', 'below'] as const;
export const rankingScores = ['appraised', 'self'] as const;
export const rankingStyles = ['competition', 'dense'] as const;
export const comparisons = ['atLeast', 'atMost'] as const;
/** Who counts in the numerator of a ratio rule. */
export const ratioSubjects = ['smallCollectiveOrDirectWorker', 'smallCollective', 'directWorker', 'individual', 'collective'] as const;
export const overMaxRules = ['clamp', 'reject'] as const;

const nonEmpty = z.string({ error: m.required }).trim().min(1, { error: m.required });
const points = z.number({ error: m.number }).finite({ error: m.number }).min(0, { error: m.notNegative });
const fraction = z.number({ error: m.number }).min(0, { error: m.fraction }).max(1, { error: m.fraction });

export const planInfoSchema = z.object({
  name: nonEmpty,
  number: z.string().default(''),
  issuer: z.string().default(''),
  /** The council or body that signs the summary, printed top left. */
  council: z.string().default('HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG'),
  issuedDate: z.string().default(''),
  place: z.string().default(''),
  year: z.number({ error: m.number }).int({ error: m.integer }).min(1945, { error: m.year }).max(2200, { error: m.year }),
  /** The period scored by this workbook, e.g. "Đợt 1"; empty for a whole-year plan. */
  period: z.string().default(''),
  /** All periods the plan defines, for information and templates. */
  periods: z.array(z.string()).default([]),
  scale: points.positive({ error: m.positive }).default(100),
  legalBasis: z.string().default(''),
  rankingScore: z.enum(rankingScores).default('appraised'),
  /** A self/appraised gap larger than this many points is a finding for the council. */
  gapWarning: points.default(5),
  /**
   * A change between consecutive tiers of appraisal (self → block leader → council) larger than this
   * many points needs a reason; blank means the same as gapWarning, so older plans behave as before.
   */
  tierThreshold: points.optional(),
  rankingStyle: z.enum(rankingStyles).default('competition'),
  /** What to do with a score above the criterion's maximum: always reported; clamp or reject is the plan's rule. */
  overMax: z.enum(overMaxRules).default('clamp'),
  /** Default warning threshold as a fraction of a criterion's maximum (shortfall highlight). */
  warnBelow: fraction.default(0.5),
  bonusCap: points.optional(),
  deductionCap: points.optional(),
  /** Award levels, lowest first (cơ sở, huyện/xã, tỉnh, Trung ương …): plan data, never an enum. */
  levels: z.array(nonEmpty).min(1, { error: m.levelsRequired }),
  signerTitle: z.string().default('CHỦ TỊCH'),
  signerName: z.string().default(''),
  /** "TM." block heading, e.g. "TM. HỘI ĐỒNG". */
  signingFor: z.string().default('TM. HỘI ĐỒNG'),
  recipients: z.array(z.string()).default([]),
  // eligibility
  /** Staff evaluation ratings, best first (HTXSNV, HTTNV, HTNV, KHTNV): "or better" follows this order. */
  ratings: z.array(nonEmpty).default([]),
  /** Members of the council: the denominator of every vote threshold (absent members vote in writing). */
  councilMembers: z.number({ error: m.number }).int({ error: m.integer }).min(1, { error: m.positive }).optional(),
  /** Share of all members who must be present for the council to decide (túc số); blank: not checked. */
  councilQuorum: fraction.optional(),
  /** «Tổng hợp» prints one subtotal column per top-level group of criteria, as councils print them. */
  sectionSubtotals: z.boolean().optional(),
  /** Propose awards even for units or blocks whose data is not complete (shown as «tạm tính»); off by default. */
  proposeProvisional: z.boolean().optional(),
  /**
   * Several scorers per unit (chấm chéo): the units of a block score each other (a unit never scores
   * itself) and the scores combine per criterion into the appraised score; a spread between scorers
   * above the threshold flags the criterion for discussion.
   */
  crossScoring: z
    .object({
      combine: z.enum(['mean', 'median', 'trimmedMean']),
      /** trimmedMean: how many of the highest and of the lowest scores are dropped (blank: one each). */
      trim: z.number({ error: m.number }).int({ error: m.integer }).min(1, { error: m.positive }).optional(),
      spreadThreshold: points.optional(),
    })
    .optional(),
});

// Fields added for real scoring tables are optional with no default, so an older plan's fingerprint is unchanged.
export const stepSchema = z.object({
  /** Threshold on the actual value (in the target's unit): reached when actual compares with it as `op` says (blank: ≥). */
  from: z.number({ error: m.number }),
  points: points,
  op: z.enum(stepComparisons).optional(),
});

export const criterionSchema = z.object({
  /** As the plan writes it («I», «a1.1», «C2.4», «01.1»); matched everywhere through codes.ts's codeKey. */
  code: nonEmpty.refine(isCriterionCode, { error: m.criterionCode }),
  /** The parent's code when the plan gives it («Nhóm»); else the parent comes from the code's structure. */
  group: z.string().trim().min(1).optional(),
  text: nonEmpty,
  kind: z.enum(criterionKinds).default('base'),
  maxPoints: points,
  method: z.enum(scoringMethods).default('points'),
  target: z.number({ error: m.number }).positive({ error: m.positive }).optional(),
  targetUnit: z.string().default(''),
  mandatory: z.boolean().default(false),
  /** Fraction of the maximum below which the score is a shortfall; falls back to the plan's default. */
  warnBelow: fraction.optional(),
  steps: z.array(stepSchema).default([]),
  /** perCase: points for each case (a positive number; the kind says whether it adds or deducts). */
  pointsPerCase: points.optional(),
  /** perCase: false when the plan sets no cap (blank: capped) («không giới hạn»); then maxPoints is not a cap and counts nowhere. */
  capped: z.boolean().optional(),
  /** A gate («gửi báo cáo giải trình đúng hạn»), usually worth 0 points: failing it leaves the unit without a band. */
  gate: z.boolean().optional(),
  /** Caps over the section rooted here (this criterion and every one under it): its bonus, its deductions, both. */
  sectionBonusCap: points.optional(),
  sectionDeductionCap: points.optional(),
  /** Bonus and deduction of the section together («điểm cộng, trừ của mục d2 không quá 7»). */
  sectionAdjustmentCap: points.optional(),
});

export const bandSchema = z.object({
  name: nonEmpty,
  minScore: points,
  /** The band starts above minScore («trên 90 điểm») rather than at it. */
  strict: z.boolean().optional(),
  /** Every base criterion must reach this fraction of its maximum (e.g. 0.85). */
  minCriterionRatio: fraction.optional(),
  /** Every mandatory criterion must be achieved. */
  requiresMandatory: z.boolean().default(false),
});

export const quotaSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('count'), value: z.number().int({ error: m.integer }).min(0, { error: m.notNegative }) }),
  z.object({
    kind: z.literal('percent'),
    /** Fraction of the block's units; the quota is floor(n × value) so the cap is never exceeded. */
    value: fraction,
    /** Grant at least one when floor gives zero (a plan option). */
    atLeastOne: z.boolean().default(false),
  }),
]);

export const unitAwardRuleSchema = z.object({
  form: nonEmpty,
  level: nonEmpty,
  quota: quotaSchema,
  minBand: z.string().optional(),
  minScore: points.optional(),
  /** Only the block's leading unit (rank 1) may receive it, as with the emulation flag. */
  leaderOnly: z.boolean().default(false),
  order: z.number().int().default(0),
});

export const ratioRuleSchema = z.object({
  name: nonEmpty,
  /** Award levels the rule applies to (proposals at any of them are counted together). */
  levels: z.array(nonEmpty).min(1, { error: m.required }),
  subject: z.enum(ratioSubjects).default('smallCollectiveOrDirectWorker'),
  comparison: z.enum(comparisons).default('atLeast'),
  ratio: fraction,
  /** Individuals and collectives counted together (true) or each against its own kind. */
  pooled: z.boolean().default(true),
});

export const tieBreakSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('baseTotal') }),
  z.object({ kind: z.literal('fewerDeductions') }),
  z.object({ kind: z.literal('moreBonus') }),
  z.object({ kind: z.literal('smallerGap') }),
  z.object({ kind: z.literal('groupScore'), group: z.string().refine(isCriterionCode) }),
  /**
   * Priority for women (Nghị định 152/2025): a collective whose share of women reaches `share` ranks
   * first; without a share, the higher share of women ranks first. A unit whose share is not known is last.
   */
  z.object({ kind: z.literal('women'), share: fraction.optional() }),
]);

// titles (danh hiệu, hình thức) for individuals and collectives, their conditions and quotas
export const titleKinds = ['individual', 'collective'] as const;
/**
 * The closed set of condition kinds; each condition's numbers are data. `ref` names a title id or
 * a rating, as the kind says.
 *  minRating: this year's rating is `ref` or better;  minServiceMonths: at least `count` months of service;
 *  title: meets title `ref` this year;  initiative: at least `count` initiatives, of level `level` or higher;
 *  yearsWith: in the `years` years ending this year, at least `count` years with title or rating `ref`;
 *  heldBefore: received title `ref` in an earlier year;  memberShare: share of members with `ref` ≥ (or >) `share`;
 *  allMembersRated: every member rated `ref` or better;  membersWithTitle: at least `count` members with `ref`.
 */
export const conditionKinds = [
  'minRating',
  'minServiceMonths',
  'title',
  'initiative',
  'yearsWith',
  'heldBefore',
  'memberShare',
  'allMembersRated',
  'membersWithTitle',
] as const;

export const conditionSchema = z.object({
  kind: z.enum(conditionKinds),
  /** Alternative routes: a title is met when all its route-0 conditions and all of one other route are met. */
  route: z.number().int({ error: m.integer }).min(0, { error: m.notNegative }).default(0),
  ref: z.string().default(''),
  years: z.number().int({ error: m.integer }).min(1, { error: m.positive }).optional(),
  count: z.number().int({ error: m.integer }).min(0, { error: m.notNegative }).optional(),
  share: fraction.optional(),
  /** memberShare: strictly more than the share ("trên 50%"). */
  strict: z.boolean().default(false),
  /** initiative: the lowest level that counts. */
  level: z.string().default(''),
});

export const titleSchema = z.object({
  id: nonEmpty,
  name: nonEmpty,
  /** Other spellings of the form as written in "Hình thức đề nghị". */
  aliases: z.array(nonEmpty).default([]),
  kind: z.enum(titleKinds),
  level: nonEmpty,
  conditions: z.array(conditionSchema).default([]),
  /** Share of all council members that must vote for it; undefined: no vote threshold. */
  voteShare: fraction.optional(),
  /** More than the share (e.g. "quá bán", > 50%) rather than at least. */
  voteStrict: z.boolean().default(false),
  /** Where the conditions come from: the plan document, or a default from the rules. */
  source: z.string().default(''),
});

export const titleQuotaKinds = ['title', 'rating'] as const;

export const titleQuotaSchema = z.object({
  name: nonEmpty,
  /** What is limited and what it is compared with: title ids or ratings, as `kind` says. */
  kind: z.enum(titleQuotaKinds),
  limited: nonEmpty,
  base: nonEmpty,
  /** Per unit (agency): limited ≤ floor(share × base). */
  share: fraction,
  /** The base counts those with `base` or better (ratings only). */
  orBetter: z.boolean().default(false),
  enabled: z.boolean().default(true),
});

export const planSchema = z
  .object({
    info: planInfoSchema,
    criteria: z.array(criterionSchema).min(1, { error: m.criteriaRequired }),
    bands: z.array(bandSchema).default([]),
    unitAwards: z.array(unitAwardRuleSchema).default([]),
    ratioRules: z.array(ratioRuleSchema).default([]),
    tieBreaks: z.array(tieBreakSchema).default([]),

    titles: z.array(titleSchema).default([]),
    titleQuotas: z.array(titleQuotaSchema).default([]),
  });

export type PlanInfo = z.infer<typeof planInfoSchema>;
export type Criterion = z.infer<typeof criterionSchema>;
export type Step = z.infer<typeof stepSchema>;
export type Band = z.infer<typeof bandSchema>;
export type Quota = z.infer<typeof quotaSchema>;
export type UnitAwardRule = z.infer<typeof unitAwardRuleSchema>;
export type RatioRule = z.infer<typeof ratioRuleSchema>;
export type TieBreak = z.infer<typeof tieBreakSchema>;
export type Condition = z.infer<typeof conditionSchema>;
export type ConditionKind = (typeof conditionKinds)[number];
export type Title = z.infer<typeof titleSchema>;
export type TitleQuota = z.infer<typeof titleQuotaSchema>;
export type Plan = z.infer<typeof planSchema>;
export type PlanInput = z.input<typeof planSchema>;
export type CriterionKind = (typeof criterionKinds)[number];
export type ScoringMethod = (typeof scoringMethods)[number];
export type StepComparison = (typeof stepComparisons)[number];
export type RatioSubject = (typeof ratioSubjects)[number];
