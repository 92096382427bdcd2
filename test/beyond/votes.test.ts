/** Counting a council vote: all members are the denominator, written votes count, the quorum is the plan's. */
import { chooseWithinQuota, countVotes, quorumOf, type MemberRecord, type Vote, type VoteOutcome } from '../../src/domain/evaluate/votes';
import { votesNeeded } from '../../src/domain/evaluate';

const present = (n: number): MemberRecord[] => Array.from({ length: n }, () => ({ attendance: 'present' as const }));
const votes = (...v: (Vote | undefined)[]) => ({ votes: v });

describe('countVotes', () => {
  const nine: MemberRecord[] = [...present(7), { attendance: 'inWriting' }, { attendance: 'inWriting' }];
  const open = quorumOf(undefined, 9, nine);

  it('passes at the threshold, counting written votes of absent members', () => {
    expect(countVotes(votes('yes', 'yes', 'yes', 'no', 'no', 'no', 'no', 'yes', 'yes'), 5, 9, nine, open)).toMatchObject({ status: 'passed', yes: 5, no: 4 });
  });

  it('fails as soon as the members still to vote cannot reach it, and waits otherwise', () => {
    expect(countVotes(votes('yes', 'yes', 'yes', 'yes', 'no', 'no', 'no', 'no'), 8, 9, nine, open)).toMatchObject({ status: 'failed', outstanding: 1 });
    expect(countVotes(votes('yes', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes'), 8, 9, nine, open)).toMatchObject({ status: 'pending', outstanding: 2 });
  });

  it('does not count a vote of a member absent without a written vote, nor wait for it', () => {
    const withAbsent: MemberRecord[] = [...present(8), { attendance: 'absent' }];
    expect(countVotes(votes('yes', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes', 'no', 'yes'), 8, 9, withAbsent, open)).toMatchObject({ status: 'failed', yes: 7, outstanding: 0 });
  });

  it('counts the quorum on members present: 66,67% of 9 is 6, 2/3 exactly too', () => {
    expect(quorumOf(0.6667, 9, present(6))).toEqual({ needed: 6, present: 6, met: true });
    expect(quorumOf(2 / 3, 9, present(5))).toEqual({ needed: 6, present: 5, met: false });
    expect(quorumOf(0.5, 10, present(5))).toEqual({ needed: 5, present: 5, met: true });
    const short = quorumOf(2 / 3, 9, [...present(5), { attendance: 'inWriting' }, { attendance: 'inWriting' }]);
    expect(countVotes(votes('yes', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes'), 5, 9, present(5), short).status).toBe('noQuorum');
  });
});

/**
 * The rule (docs/rules.md, «Council»): every threshold counts all members, absent members' written votes
 * included (Nghị định 91/2017 Điều 45 khoản 8: «tính trên tổng số thành viên của Hội đồng (nếu thành viên
 * Hội đồng vắng mặt thì lấy ý kiến bằng văn bản)»); the quorum (túc số) counts only members present at the
 * meeting («ít nhất 2/3 số thành viên Hội đồng dự họp»), and without it nothing passes.
 */
describe('9 members, 2 absent voting in writing, quorum 2/3', () => {
  const nine: MemberRecord[] = [...present(7), { attendance: 'inWriting' }, { attendance: 'inWriting' }];
  const quorum = quorumOf(2 / 3, 9, nine);
  /** `n` yes votes: both written votes (members 8 and 9) and n − 2 of the members present; the rest no. */
  const yesOf = (n: number): Vote[] => Array.from({ length: 9 }, (_, i): Vote => (i >= 7 || i < n - 2 ? 'yes' : 'no'));
  const cases: readonly [string, number, boolean, number][] = [
    // title, share, strict, votes needed
    ['quá bán (> 50%)', 0.5, true, 5],
    ['80%', 0.8, false, 8],
    ['90%', 0.9, false, 9],
  ];

  it('the quorum counts the 7 present; the 2 written votes count toward every threshold', () => {
    expect(quorum).toEqual({ needed: 6, present: 7, met: true });
    for (const [, share, strict, needed] of cases) {
      expect(votesNeeded(share, strict, 9)).toBe(needed);
      const votes = yesOf(needed);
      // The two written votes (members 8 and 9) are yes: without them the count is short by two.
      expect(votes.slice(7)).toEqual(['yes', 'yes']);
      expect(countVotes({ votes }, needed, 9, nine, quorum)).toMatchObject({ status: 'passed', yes: needed, outstanding: 0 });
      expect(countVotes({ votes: yesOf(needed - 1) }, needed, 9, nine, quorum)).toMatchObject({ status: 'failed', yes: needed - 1, outstanding: 0 });
    }
  });

  it('members present below the quorum: nothing passes, however the written votes go', () => {
    const five: MemberRecord[] = [...present(5), { attendance: 'inWriting' }, { attendance: 'inWriting' }, { attendance: 'absent' }, { attendance: 'absent' }];
    const short = quorumOf(2 / 3, 9, five);
    expect(short).toEqual({ needed: 6, present: 5, met: false });
    const allYes = Array.from({ length: 7 }, (): Vote => 'yes');
    expect(countVotes({ votes: allYes }, 5, 9, five, short)).toMatchObject({ status: 'noQuorum', yes: 7 });
  });
});

describe('chooseWithinQuota: the most votes within the quota, a level count at the edge left to the council', () => {
  const outcome = (yes: number, needed = 0, outstanding = 0): VoteOutcome => ({
    status: outstanding > 0 ? 'pending' : needed === 0 || yes >= needed ? 'passed' : 'failed',
    yes,
    no: 9 - yes - outstanding,
    outstanding,
    needed,
    members: 9,
  });
  it('chooses by votes, and only among those that reached the title threshold', () => {
    expect(chooseWithinQuota([outcome(4), outcome(6), outcome(2)], 1)).toEqual({ choices: ['notChosen', 'chosen', 'notChosen'], left: 0 });
    expect(chooseWithinQuota([outcome(4, 5), outcome(3, 5)], 1)).toEqual({ choices: ['notChosen', 'notChosen'], left: 0 });
    expect(chooseWithinQuota([outcome(7), outcome(6), outcome(6), outcome(1)], 2)).toEqual({ choices: ['chosen', 'stillTied', 'stillTied', 'notChosen'], left: 1 });
  });
  it('waits for every vote and for a tally row of every tied unit', () => {
    expect(chooseWithinQuota([outcome(6), outcome(3, 0, 2)], 1).choices).toEqual(['pending', 'pending']);
    expect(chooseWithinQuota([outcome(6), undefined], 1).choices).toEqual(['pending', 'pending']);
  });
});
