/** Counting a council vote: all members are the denominator, written votes count, the quorum is the plan's. */
import { countVotes, quorumOf, type MemberRecord, type Vote } from '../../src/domain/evaluate/votes';

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
