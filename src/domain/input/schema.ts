/**
 * What the engine reads besides the plan: the unit register, each unit's entries per criterion,
 * and the award proposals. Each value carries the cell it came from so findings can point at it.
 * The workbook layer builds these; the engine never sees a cell.
 */
import { z } from 'zod';

/** Where a value came from: a sheet and an A1 address. Opaque to the domain. */
export const cellRefSchema = z.object({ sheet: z.string(), address: z.string() });
export type CellRef = z.infer<typeof cellRefSchema>;

export const unitSizes = ['large', 'small'] as const;

export const unitSchema = z.object({
  code: z.string().min(1),
  name: z.string().min(1),
  block: z.string().min(1),
  size: z.enum(unitSizes).default('large'),
  headcount: z.number().int().min(0).optional(),
  /** Not eligible for unit awards, with the reason (disciplinary case, late filing, not registered). */
  ineligibleReason: z.string().optional(),
  source: cellRefSchema.optional(),
  /** Share of women among the unit's staff (0–1), for the women's priority tie-break; undefined: not given. */
  womenShare: z.number().min(0).max(1).optional(),
});
export type Unit = z.infer<typeof unitSchema>;

/**
 * One unit's entry for one criterion. undefined means blank: blank is not zero.
 * `actual` is the achieved value in the target's unit (for targetRatio/steps) or pass=1/fail=0 (passFail).
 */
export const entrySchema = z.object({
  criterionCode: z.string(),
  actual: z.number().optional(),
  selfScore: z.number().optional(),
  appraisedScore: z.number().optional(),
  /** The council's pass (1) or fail (0) when it wrote «Đạt» / «Không đạt» in the appraised column of a pass/fail criterion. */
  appraisedActual: z.number().optional(),
  /** Block leader's score, for the tiers of appraisal (self → block leader → council). */
  blockLeaderScore: z.number().optional(),
  note: z.string().default(''),
  actualSource: cellRefSchema.optional(),
  selfSource: cellRefSchema.optional(),
  appraisedSource: cellRefSchema.optional(),
  // tiers of appraisal
  blockLeaderSource: cellRefSchema.optional(),
  /** Why a later tier changed the score ("Lý do điều chỉnh"); blank or absent means none given. */
  reason: z.string().optional(),
  reasonSource: cellRefSchema.optional(),
});
export type Entry = z.infer<typeof entrySchema>;

export const unitResultSchema = z.object({
  unitCode: z.string(),
  entries: z.array(entrySchema),
  /** The sheet the results were read from, for findings about the sheet as a whole. */
  sheet: z.string().optional(),
});
export type UnitResult = z.infer<typeof unitResultSchema>;

export const proposalKinds = ['individual', 'collective'] as const;

export const proposalSchema = z.object({
  unitCode: z.string().optional(),
  unitName: z.string().default(''),
  name: z.string().min(1),
  kind: z.enum(proposalKinds),
  /** Small collective (for a collective) or direct worker (for an individual): "x" in the sheet. */
  smallOrDirect: z.boolean().default(false),
  position: z.string().default(''),
  /** Level, form and rating as shown: the plan's spelling of a level it names, else the text as written. */
  form: z.string().default(''),
  level: z.string().default(''),
  rating: z.string().default(''),
  /**
   * The plan's ids the parser matched the texts to (workbook/terms.ts), absent when a text names none:
   * a level and a rating by the plan's spelling, the form by the title's id. The engine compares these only.
   */
  levelId: z.string().optional(),
  titleId: z.string().optional(),
  ratingId: z.string().optional(),
  initiative: z.string().default(''),
  note: z.string().default(''),
  source: cellRefSchema.optional(),
  levelSource: cellRefSchema.optional(),
  // eligibility
  /** Months of service this year ("Số tháng công tác"); undefined when not declared. */
  serviceMonths: z.number().min(0).optional(),
  /** Recognised initiatives read from "Sáng kiến" (a count, 0 for "không"); undefined: one if the cell has text. */
  initiatives: z.number().int().min(0).optional(),
  /** The level that recognised the initiative ("Sáng kiến cấp"), as a plan level when it matched. */
  initiativeLevel: z.string().optional(),
  initiativeLevelId: z.string().optional(),
  formSource: cellRefSchema.optional(),
  ratingSource: cellRefSchema.optional(),
  /** An individual is a woman ("Giới tính": nữ); undefined: not given. */
  female: z.boolean().optional(),
  /** A collective's share of women (0–1); undefined: not given. */
  womenShare: z.number().min(0).max(1).optional(),
});
export type Proposal = z.infer<typeof proposalSchema>;

// award history and staff ratings
/** One row of "Lịch sử khen thưởng": a person's (or collective's) title or rating in a past year. */
export const historyEntrySchema = z.object({
  name: z.string().min(1),
  unitCode: z.string().optional(),
  unitName: z.string().default(''),
  year: z.number().int(),
  /** The title, form or rating as written. */
  text: z.string().min(1),
  /** The plan titles the text names (ids) and the rating it names, as the parser matched them. */
  titleIds: z.array(z.string()).optional(),
  ratingId: z.string().optional(),
  source: cellRefSchema.optional(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** One row of the staff ratings sheet ("Đánh giá, xếp loại") for this year. */
export const staffRatingSchema = z.object({
  name: z.string().min(1),
  unitCode: z.string().optional(),
  unitName: z.string().default(''),
  /** The small collective (tổ, phòng) the person belongs to; empty for the unit as a whole. */
  group: z.string().default(''),
  rating: z.string().default(''),
  /** The plan rating the text names, as the parser matched it. */
  ratingId: z.string().optional(),
  source: cellRefSchema.optional(),
});
export type StaffRating = z.infer<typeof staffRatingSchema>;

/**
 * The council's choice at a tie on the edge of a quota, from its vote (the tally): which of the units
 * level at the last place of a unit award it chose. Only a decided vote is a choice.
 */
export const councilChoiceSchema = z.object({
  block: z.string(),
  form: z.string(),
  level: z.string(),
  /** Codes of the chosen units, never more than the slots left. */
  chosen: z.array(z.string()),
});
export type CouncilChoice = z.infer<typeof councilChoiceSchema>;

export const evaluationInputSchema = z.object({
  units: z.array(unitSchema),
  results: z.array(unitResultSchema),
  proposals: z.array(proposalSchema).default([]),
  /** undefined: the workbook has no history sheet (conditions needing history are then "cần kiểm tra"). */
  history: z.array(historyEntrySchema).optional(),
  staffRatings: z.array(staffRatingSchema).optional(),
  councilChoices: z.array(councilChoiceSchema).optional(),
});
export type EvaluationInput = z.infer<typeof evaluationInputSchema>;
