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

/** A tie at the edge of a quota the item belongs to: the council chooses `slots` of the `count` tied units. */
export interface BallotTie {
  /** The same for every unit of one tie: block, form, level and rank. */
  readonly group: string;
  readonly block: string;
  readonly slots: number;
  readonly count: number;
}

export interface BallotItem {
  /** «P001», in ballot order: what members and the secretary refer to. */
  readonly code: string;
  /** 'quotaTie': a unit level with others at the last place a quota allows (the domain's AWARD_TIE_AT_QUOTA). */
  readonly subject: 'proposal' | 'unitAward' | 'quotaTie';
  /** The person or collective proposed (a unit award: the unit). */
  readonly name: string;
  readonly unitName: string;
  readonly unitCode?: string;
  /** The title's name as the plan writes it, else the form as proposed. */
  readonly form: string;
  readonly level: string;
  readonly verdict: 'eligible' | 'needsCheck' | 'unitAward' | 'quotaTie';
  /** Out of all members; 0 for a tie whose form carries no vote share in the plan (the most votes decide). */
  readonly votesNeeded: number;
  readonly tie?: BallotTie;
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
      // A unit the council chose at a tie is on the ballot as the tie's unit, not twice.
      if (!u.award || u.awardNote.code === 'councilChose') continue;
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
    // Units level at the last place a quota allows got none of it: the council chooses among them.
    for (const tie of block.quotaTies) {
      const tied = tie.units.flatMap((code) => block.units.filter((u) => u.unit.code === code));
      // Like an award, a provisional unit's place waits for its data unless the plan proposes anyway.
      if (plan.info.proposeProvisional !== true && tied.some((u) => u.provisional)) continue;
      const title = titleOfForm(plan, tie.form);
      const needed = title ? votesNeeded(title.voteShare, title.voteStrict, members) : undefined;
      const group = [block.block, tie.form, tie.level, String(tie.rank)].map(foldKey).join('\u0000');
      for (const u of tied) {
        drafts.push({
          subject: 'quotaTie',
          name: u.unit.name,
          unitName: u.unit.name,
          unitCode: u.unit.code,
          form: tie.form,
          level: tie.level,
          verdict: 'quotaTie',
          votesNeeded: needed ?? 0,
          tie: { group, block: block.block, slots: tie.slots, count: tied.length },
          key: itemKey(u.unit.name, u.unit.name, tie.form),
          ...(u.unit.womenShare === undefined ? {} : { women: { share: u.unit.womenShare } }),
        });
      }
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
