/**
 * The council's vote on the proposals that need one: each member's vote as the secretary typed it,
 * counted against all members (absent members who voted in writing count like those present), the
 * plan's quorum of members present, and pass, fail or not yet per proposal. Pure.
 */
export type Attendance = 'present' | 'inWriting' | 'absent';
export type Vote = 'yes' | 'no';

export interface MemberRecord {
  /** Blank when the secretary has not marked it yet. */
  readonly attendance?: Attendance;
}

export interface ItemVotes {
  /** One per member column of the tally, in order; undefined: not voted (yet) or unreadable. */
  readonly votes: readonly (Vote | undefined)[];
}

export type VoteStatus = 'passed' | 'failed' | 'pending' | 'noQuorum';

export interface VoteOutcome {
  readonly status: VoteStatus;
  readonly yes: number;
  readonly no: number;
  /** Members who may still vote (blank so far and not marked absent without a written vote). */
  readonly outstanding: number;
  readonly needed: number;
  readonly members: number;
}

export interface Quorum {
  /** Members needed present; undefined when the plan sets no quorum. */
  readonly needed?: number;
  readonly present: number;
  /** Whether the meeting may decide: no quorum set, or enough members present. */
  readonly met: boolean;
}

/** Members that must be present: the plan's share of all members, rounded up (⅔ of 9 is 6). */
export function quorumOf(share: number | undefined, members: number, attendance: readonly MemberRecord[]): Quorum {
  const present = attendance.filter((m) => m.attendance === 'present').length;
  if (share === undefined) return { present, met: true };
  // A quorum of two thirds is written 66,67%: a share printed to two decimals of a percent stands for
  // anything within 0,005% of it, so 66,67% of 9 (6,0003) is 6 members, not 7.
  const needed = Math.ceil(share * members - members * 5e-5 - 1e-9);
  return { needed, present, met: present >= needed };
}

/**
 * One proposal's outcome. A vote from a member marked absent without a written vote is not counted
 * (the caller reports it). Passed as soon as the yes votes reach the threshold; failed as soon as the
 * members still to vote could not bring it there; otherwise pending.
 */
export function countVotes(item: ItemVotes, needed: number, members: number, attendance: readonly MemberRecord[], quorum: Quorum): VoteOutcome {
  let yes = 0;
  let no = 0;
  let outstanding = 0;
  for (let i = 0; i < members; i++) {
    const who = attendance[i]?.attendance;
    const vote = who === 'absent' ? undefined : item.votes[i];
    if (vote === 'yes') yes++;
    else if (vote === 'no') no++;
    else if (who !== 'absent') outstanding++;
  }
  const base = { yes, no, outstanding, needed, members };
  if (!quorum.met) return { ...base, status: 'noQuorum' };
  if (yes >= needed) return { ...base, status: 'passed' };
  if (yes + outstanding < needed) return { ...base, status: 'failed' };
  return { ...base, status: 'pending' };
}

/** Where one unit of a tie at the edge of a quota stands after the vote. */
export type TieChoice = 'chosen' | 'notChosen' | 'stillTied' | 'pending' | 'noQuorum';

/**
 * The council's choice among units tied at the last place a quota allows: the `slots` with the most
 * yes votes are within the quota — among those that reached the title's own threshold, when it has one
 * (status 'passed'; `needed` 0 means the title sets none). Decided only once every vote is in; a level
 * count at the boundary is left 'stillTied' for the council, never broken here. `left`: slots the
 * still-tied units compete for.
 */
export function chooseWithinQuota(outcomes: readonly (VoteOutcome | undefined)[], slots: number): { choices: TieChoice[]; left: number } {
  const all = outcomes.map(() => undefined as TieChoice | undefined);
  if (outcomes.some((o) => o?.status === 'noQuorum')) return { choices: all.map(() => 'noQuorum'), left: slots };
  // A tied unit without a tally row, or a vote still to come, can change who is in: nothing is decided yet.
  if (outcomes.some((o) => o === undefined || o.outstanding > 0)) return { choices: all.map(() => 'pending'), left: slots };
  const reached = (o: VoteOutcome): boolean => o.needed === 0 || o.status === 'passed';
  const candidates = outcomes.flatMap((o, i) => (o && reached(o) ? [{ i, yes: o.yes }] : [])).sort((a, b) => b.yes - a.yes);
  const choices: TieChoice[] = all.map(() => 'notChosen');
  if (candidates.length <= slots) {
    for (const c of candidates) choices[c.i] = 'chosen';
    return { choices, left: 0 };
  }
  const boundary = candidates[slots - 1]?.yes ?? 0;
  const next = candidates[slots]?.yes ?? -1;
  let chosen = 0;
  for (const c of candidates) {
    if (c.yes > boundary || (c.yes === boundary && boundary > next)) {
      choices[c.i] = 'chosen';
      chosen++;
    } else if (c.yes === boundary) choices[c.i] = 'stillTied';
  }
  return { choices, left: slots - chosen };
}
