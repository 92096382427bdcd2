/**
 * What the council votes on: every proposal whose title carries a vote share in the plan and that is
 * eligible or still to check (a proposal that fails its conditions does not go to the vote), and every
 * unit award whose form is a plan title with a vote share. Votes needed always count all members.
 */
import { votesNeeded } from '../../domain/evaluate';
import type { Evaluation } from '../../domain/evaluate/types';
import type { Plan, Title } from '../../domain/plan/schema';
import { compareVietnamese, foldKey } from '../../domain/text/normalize';
import { planTerms } from '../terms';

export interface BallotItem {
  /** «P001», in ballot order: what members and the secretary refer to. */
  readonly code: string;
  readonly subject: 'proposal' | 'unitAward';
  /** The person or collective proposed (a unit award: the unit). */
  readonly name: string;
  readonly unitName: string;
  readonly unitCode?: string;
  /** The title's name as the plan writes it, else the form as proposed. */
  readonly form: string;
  readonly level: string;
  readonly verdict: 'eligible' | 'needsCheck' | 'unitAward';
  readonly votesNeeded: number;
  /** Index of the proposal in the input (proposal items only). */
  readonly proposalIndex?: number;
  /** Name, unit and form folded: how a tally row finds its item again. */
  readonly key: string;
  /** Priority for women, shown to the council: a woman, or a collective's share of women. */
  readonly women?: { readonly female: true } | { readonly share: number };
}

export function itemKey(name: string, unitName: string, form: string): string {
  return [name, unitName, form].map(foldKey).join('\u0000');
}

/** The title a unit award's form names (the plan's vote threshold is the title's). */
function titleOfForm(plan: Plan, form: string): Title | undefined {
  return planTerms(plan).titles(form)[0];
}

export function ballotItems(plan: Plan, evaluation: Evaluation): BallotItem[] {
  const members = plan.info.councilMembers;
  if (members === undefined) return [];
  const drafts: Omit<BallotItem, 'code'>[] = [];
  for (const block of evaluation.blocks) {
    for (const u of block.units) {
      if (!u.award) continue;
      const title = titleOfForm(plan, u.award.form);
      const needed = title ? votesNeeded(title.voteShare, title.voteStrict, members) : undefined;
      if (needed === undefined) continue;
      drafts.push({
        subject: 'unitAward',
        name: u.unit.name,
        unitName: u.unit.name,
        unitCode: u.unit.code,
        form: u.award.form,
        level: u.award.level,
        verdict: 'unitAward',
        votesNeeded: needed,
        key: itemKey(u.unit.name, u.unit.name, u.award.form),
        ...(u.unit.womenShare === undefined ? {} : { women: { share: u.unit.womenShare } }),
      });
    }
  }
  // Titles' levels are the plan's level ids (the plan sheet's reader matched them).
  const levelOrder = new Map(plan.info.levels.map((l, i) => [l, i] as const));
  const titleOrder = new Map(plan.titles.map((t, i) => [t.id, i] as const));
  const proposals = (evaluation.eligibility?.verdicts ?? [])
    .filter((v) => v.verdict !== 'notEligible' && v.votesNeeded !== undefined && v.title !== undefined)
    .sort(
      (a, b) =>
        (levelOrder.get(a.title?.level ?? '') ?? 99) - (levelOrder.get(b.title?.level ?? '') ?? 99) ||
        (titleOrder.get(a.title?.id ?? '') ?? 99) - (titleOrder.get(b.title?.id ?? '') ?? 99) ||
        compareVietnamese(a.proposal.unitName, b.proposal.unitName) ||
        compareVietnamese(a.proposal.name, b.proposal.name) ||
        a.index - b.index,
    );
  for (const v of proposals) {
    const form = v.title?.name ?? v.proposal.form;
    drafts.push({
      subject: 'proposal',
      name: v.proposal.name,
      unitName: v.proposal.unitName,
      ...(v.proposal.unitCode === undefined ? {} : { unitCode: v.proposal.unitCode }),
      form,
      level: v.title?.level ?? v.proposal.level,
      verdict: v.verdict === 'eligible' ? 'eligible' : 'needsCheck',
      votesNeeded: v.votesNeeded ?? 0,
      proposalIndex: v.index,
      key: itemKey(v.proposal.name, v.proposal.unitName, form),
      ...(v.proposal.female === true ? { women: { female: true } as const } : v.proposal.womenShare === undefined ? {} : { women: { share: v.proposal.womenShare } }),
    });
  }
  const digits = Math.max(3, String(drafts.length).length);
  return drafts.map((d, i) => ({ ...d, code: `P${String(i + 1).padStart(digits, '0')}` }));
}
