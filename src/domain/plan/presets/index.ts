/**
 * Ready-made plans, one per seed plan document (a real "Kế hoạch thi đua"): the seed's own
 * number, issuer, periods, legal basis and content sections as criterion groups, with points,
 * bands and award rules a council would use. Each is written as plan input and parsed by the
 * schema, so defaults are filled exactly as for a plan read from a workbook.
 *
 * Award levels are a list in each plan. Every seed dates from before 07/2025, when local
 * government still had three tiers, so "huyện" appears; a plan from 07/2025 on would list
 * two-tier levels (xã, tỉnh) instead — see RULES.md.
 */
import { planSchema, type Plan, type PlanInput } from '../schema';
import { seed000 } from './seed000';
import { seed001 } from './seed001';
import { seed002 } from './seed002';
import { seed003 } from './seed003';
import { seed004 } from './seed004';

/** An emulation block of a preset and the units the seed names in it (none when it names none). */
export interface PresetBlock {
  readonly name: string;
  readonly units: readonly string[];
}

export interface PlanPreset {
  readonly id: string;
  /** Short name shown when choosing a preset. */
  readonly title: string;
  /** The document the preset transcribes. */
  readonly source: string;
  /** Blocks the seed describes, for building a unit register from the preset. */
  readonly blocks: readonly PresetBlock[];
  readonly plan: Plan;
}

/** A preset as written in its seed file, before the schema fills defaults. */
export interface PresetDraft extends Omit<PlanPreset, 'plan'> {
  readonly plan: PlanInput;
}

const drafts: readonly PresetDraft[] = [seed000, seed001, seed002, seed003, seed004];

export const planPresets: readonly PlanPreset[] = drafts.map((draft) => ({ ...draft, plan: planSchema.parse(draft.plan) }));

export function findPreset(id: string): PlanPreset | undefined {
  return planPresets.find((preset) => preset.id === id);
}
