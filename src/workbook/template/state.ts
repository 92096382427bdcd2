/**
 * The very-hidden sheet a unit template carries: which unit and which version of the plan it was
 * made for, and the criteria as they were then. On import it tells a file filled against an older
 * plan apart and says what changed. Keys are machine words (like the add-in's state sheet) so a
 * translated or retyped label can never be mistaken for one; the sheet's name stays Vietnamese in
 * every language because it travels between units.
 */
import { z } from 'zod';
import { vi } from '../../i18n/vi';
import { criterionKinds, scoringMethods, type Plan } from '../../domain/plan/schema';
import { foldKey } from '../../domain/text/normalize';
import { cellText, type WorkbookSnapshot } from '../grid';
import { text } from '../render/cells';
import type { OutCell, SheetSpec } from '../spec';

export const templateStateFormat = 'thidua-template-1';
export const templateStateSheetName = vi.sheets.templateState.name;

const templateCriterionSchema = z.object({
  code: z.string().min(1),
  kind: z.enum(criterionKinds),
  maxPoints: z.number().nonnegative(),
  method: z.enum(scoringMethods),
});
export type TemplateCriterion = z.infer<typeof templateCriterionSchema>;

export const templateStateSchema = z.object({
  unitCode: z.string().min(1),
  unitName: z.string(),
  block: z.string(),
  planFingerprint: z.string().min(1),
  planNumber: z.string(),
  period: z.string(),
  /** The sheet of the template the unit fills in (it may be renamed by the unit; the importer then looks by content). */
  sheet: z.string().min(1),
  criteria: z.array(templateCriterionSchema),
  /**
   * Which form: a unit's own results ('unit', also every state sheet written before scorer forms
   * existed, which has no such row) or a scorer's sheet of cross-scoring ('scorer': `unitCode` is the
   * scoring unit and `scored` the units it was given to score, never itself).
   */
  kind: z.enum(['unit', 'scorer']).default('unit'),
  scored: z.array(z.string().min(1)).default([]),
});
export type TemplateState = z.output<typeof templateStateSchema>;
export type TemplateStateInput = z.input<typeof templateStateSchema>;

/** The criteria of a plan as a template records them. */
export function templateCriteria(plan: Plan): TemplateCriterion[] {
  return plan.criteria.map((c) => ({ code: c.code, kind: c.kind, maxPoints: c.maxPoints, method: c.method }));
}

const scalarKeys = ['unitCode', 'unitName', 'block', 'planFingerprint', 'planNumber', 'period', 'sheet'] as const;

export function renderTemplateState(state: TemplateStateInput): SheetSpec {
  const pair = (k: string, v: string | number): OutCell[] => [text(k, 'plain'), typeof v === 'number' ? { value: v, style: 'plain' } : text(v, 'plain')];
  const rows: OutCell[][] = [
    [text(vi.sheets.templateState.note, 'plain')],
    pair('format', templateStateFormat),
    ...scalarKeys.map((k) => pair(k, state[k])),
    // A unit form writes no «kind» row, so its state sheet is the same as before scorer forms existed.
    ...(state.kind === 'scorer' ? [pair('kind', 'scorer'), ...(state.scored ?? []).map((code) => [text('scored', 'plain'), text(code, 'plain')])] : []),
    ...state.criteria.map((c) => [text('criterion', 'plain'), text(c.code, 'plain'), text(c.kind, 'plain'), { value: c.maxPoints, style: 'plain' as const }, text(c.method, 'plain')]),
  ];
  return { name: templateStateSheetName, role: 'state', visibility: 'veryHidden', rows, columnWidths: [18, 40, 10, 10, 12], merges: [] };
}

export type TemplateStateRead =
  | { readonly status: 'absent' }
  /** A sheet with the name is there but is not a template state this version can read (edited, other format). */
  | { readonly status: 'unreadable'; readonly sheet: string }
  | { readonly status: 'ok'; readonly sheet: string; readonly state: TemplateState };

/** Reads a template's state sheet; anything short of a valid, marked sheet is never guessed at. */
export function readTemplateState(snapshot: WorkbookSnapshot): TemplateStateRead {
  const target = foldKey(templateStateSheetName);
  const sheet = snapshot.sheets.find((s) => foldKey(s.name) === target);
  if (!sheet) return { status: 'absent' };
  const values: Record<string, string> = {};
  const criteria: Record<string, unknown>[] = [];
  const scored: string[] = [];
  for (const r of sheet.rows) {
    const key = cellText(r[0] ?? null).trim();
    if (key === 'scored') scored.push(cellText(r[1] ?? null).trim());
    else if (key === 'criterion') {
      const max = r[3];
      criteria.push({ code: cellText(r[1] ?? null).trim(), kind: cellText(r[2] ?? null).trim(), maxPoints: typeof max === 'number' ? max : Number.NaN, method: cellText(r[4] ?? null).trim() });
    } else if (key !== '') values[key] = cellText(r[1] ?? null).trim();
  }
  if (values.format !== templateStateFormat) return { status: 'unreadable', sheet: sheet.name };
  const parsed = templateStateSchema.safeParse({ ...Object.fromEntries(scalarKeys.map((k) => [k, values[k]])), criteria, scored, ...(values.kind === undefined ? {} : { kind: values.kind }) });
  return parsed.success ? { status: 'ok', sheet: sheet.name, state: parsed.data } : { status: 'unreadable', sheet: sheet.name };
}
