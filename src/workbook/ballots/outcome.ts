/**
 * The vote column: each tally row matched to the proposal it is about, counted against all members
 * of the plan, and said in words for «Tổng hợp» (per unit: its unit award, and collective proposals
 * in its own name) and «Tổng hợp đề nghị khen thưởng» (per proposal).
 */
import { chooseWithinQuota, countVotes, quorumOf, type TieChoice, type VoteOutcome } from '../../domain/evaluate/votes';
import type { Evaluation } from '../../domain/evaluate/types';
import type { CouncilChoice } from '../../domain/input/schema';
import { finding, type Finding } from '../../domain/findings';
import type { Plan } from '../../domain/plan/schema';
import { foldKey } from '../../domain/text/normalize';
import { vi } from '../../i18n/vi';
import { address } from '../grid';
import { readTally, type TallyRead } from '../parse/ballots';
import type { SheetSnapshot } from '../grid';
import { ballotItems, type BallotItem } from './items';

const o = vi.ballots.outcome;

export interface VoteColumn {
  /** «Tổng hợp»: per unit code. */
  readonly byUnit: ReadonlyMap<string, string>;
  /** «Tổng hợp đề nghị khen thưởng»: per proposal index. */
  readonly byProposal: ReadonlyMap<number, string>;
  readonly outcomes: readonly { readonly item: BallotItem; readonly outcome: VoteOutcome }[];
  /** Per tied unit at the edge of a quota (item code): within the quota or not, by the most votes. */
  readonly tieChoices: ReadonlyMap<string, TieChoice>;
  /** Ties the vote has decided, for the engine to give the slots to the units chosen. */
  readonly councilChoices: readonly CouncilChoice[];
  readonly findings: readonly Finding[];
}

export function outcomeText(outcome: VoteOutcome, quorum: { readonly present: number; readonly needed?: number }): string {
  const p = { yes: outcome.yes, no: outcome.no, outstanding: outcome.outstanding, needed: outcome.needed, members: outcome.members };
  switch (outcome.status) {
    case 'passed':
      return o.passed(p);
    case 'failed':
      return o.failed(p);
    case 'pending':
      return o.pending(p);
    case 'noQuorum':
      return o.noQuorum({ present: quorum.present, members: outcome.members, quorum: quorum.needed ?? '' });
  }
}

/** A tied unit's line: within the quota or not; a vote not yet decided says what a vote says. */
export function tieText(choice: TieChoice, outcome: VoteOutcome, quorum: { readonly present: number; readonly needed?: number }): string {
  const p = { yes: outcome.yes, members: outcome.members, needed: outcome.needed };
  switch (choice) {
    case 'chosen':
      return o.tieChosen(p);
    case 'notChosen':
      return o.tieNotChosen(p);
    case 'stillTied':
      return o.tieStill(p);
    case 'noQuorum':
      return outcomeText(outcome, quorum);
    case 'pending':
      return o.tiePending({ yes: outcome.yes, no: outcome.no, outstanding: outcome.outstanding, members: outcome.members });
  }
}

export function voteColumn(plan: Plan, evaluation: Evaluation, tally: TallyRead): VoteColumn {
  const findings: Finding[] = [...tally.findings];
  const members = plan.info.councilMembers;
  if (members === undefined) return { byUnit: new Map(), byProposal: new Map(), outcomes: [], tieChoices: new Map(), councilChoices: [], findings };
  if (tally.members !== members) findings.push(finding('BALLOT_MEMBERS_MISMATCH', { columns: tally.members, members }, { cell: { sheet: tally.sheet, address: 'A1' } }));
  const quorum = quorumOf(plan.info.councilQuorum, members, tally.attendance);
  if (!quorum.met) findings.push(finding('BALLOT_NO_QUORUM', { present: quorum.present, members, needed: quorum.needed ?? 0 }, { cell: { sheet: tally.sheet, address: 'A1' } }));
  const items = ballotItems(plan, evaluation);
  const byKey = new Map<string, BallotItem[]>();
  for (const item of items) byKey.set(item.key, [...(byKey.get(item.key) ?? []), item]);
  const outcomes: { item: BallotItem; outcome: VoteOutcome }[] = [];
  for (const row of tally.rows) {
    // The same person proposed twice for one form (reported as a duplicate) has two rows: the first
    // row goes to the first proposal, the second to the second, as the ballots listed them.
    const item = byKey.get(row.key)?.shift();
    if (!item) {
      findings.push(finding('BALLOT_ROW_UNKNOWN', { name: row.name, form: row.form }, { cell: { sheet: tally.sheet, address: address(row.row, 0) } }));
      continue;
    }
    outcomes.push({ item, outcome: countVotes(row, item.votesNeeded, members, tally.attendance, quorum) });
  }
  // A tie at the edge of a quota: the tally decides which of the tied units are within it.
  const tieChoices = new Map<string, TieChoice>();
  const councilChoices: CouncilChoice[] = [];
  const outcomeOf = new Map(outcomes.map((o) => [o.item.code, o.outcome] as const));
  const groups = new Map<string, BallotItem[]>();
  for (const item of items) if (item.tie) groups.set(item.tie.group, [...(groups.get(item.tie.group) ?? []), item]);
  for (const list of groups.values()) {
    const tie = list[0]?.tie;
    if (!tie) continue;
    const choice = chooseWithinQuota(list.map((i) => outcomeOf.get(i.code)), tie.slots);
    list.forEach((item, k) => tieChoices.set(item.code, choice.choices[k] ?? 'pending'));
    // Decided only when every tied unit is in or out: a pending, level or quorum-less vote changes nothing.
    if (choice.choices.length === list.length && choice.choices.every((c) => c === 'chosen' || c === 'notChosen')) {
      const first = list[0];
      if (first) councilChoices.push({ block: tie.block, form: first.form, level: first.level, chosen: list.filter((_, k) => choice.choices[k] === 'chosen').flatMap((i) => (i.unitCode === undefined ? [] : [i.unitCode])) });
    }
    const still = list.filter((i) => tieChoices.get(i.code) === 'stillTied');
    if (still.length > 0) {
      findings.push(
        finding('BALLOT_TIE_UNRESOLVED', {
          block: tie.block,
          form: list[0]?.form ?? '',
          slots: tie.slots,
          count: tie.count,
          units: still.map((i) => i.name).join(', '),
          yes: outcomeOf.get(still[0]?.code ?? '')?.yes ?? 0,
          left: choice.left,
        }, { cell: { sheet: tally.sheet, address: 'A1' } }),
      );
    }
  }
  const byProposal = new Map<number, string>();
  const unitParts = new Map<string, string[]>();
  const unitNames = new Map(evaluation.blocks.flatMap((b) => b.units.map((u) => [u.unit.code, foldKey(u.unit.name)] as const)));
  for (const { item, outcome } of outcomes) {
    const said = item.tie ? tieText(tieChoices.get(item.code) ?? 'pending', outcome, quorum) : outcomeText(outcome, quorum);
    if (item.proposalIndex !== undefined) byProposal.set(item.proposalIndex, said);
    // A unit's own award, or a collective proposal in the unit's own name, shows on its line of «Tổng hợp».
    const own = item.unitCode !== undefined && (item.subject !== 'proposal' || unitNames.get(item.unitCode) === foldKey(item.name));
    if (own && item.unitCode !== undefined) unitParts.set(item.unitCode, [...(unitParts.get(item.unitCode) ?? []), o.withForm({ form: item.form, outcome: said })]);
  }
  const byUnit = new Map([...unitParts].map(([code, parts]) => [code, parts.join('; ')] as const));
  return { byUnit, byProposal, outcomes, tieChoices, councilChoices, findings };
}

/** The vote column from a tally sheet; undefined when the sheet is not a tally. */
export function readVotes(plan: Plan, evaluation: Evaluation, sheet: SheetSnapshot): VoteColumn | undefined {
  const tally = readTally(sheet);
  return tally ? voteColumn(plan, evaluation, tally) : undefined;
}
