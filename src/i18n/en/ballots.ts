/** The council's vote (English mirror). Words the secretary types stay Vietnamese: they are read from the sheet. */
import type { Dictionary } from '../vi';
import type { FindingTexts, BallotFindingCode } from '../types';
import { ballots as viBallots } from '../vi/ballots';

type P = Readonly<Record<string, string | number>>;
const f = (v: string | number | undefined): string => (v === undefined ? '' : String(v));

export const ballots: Dictionary['ballots'] = {
  ballotSheet: (p: P) => `Ballot ${p.index}`,
  ballotTitle: 'BALLOT',
  ballotSubtitle: 'Award proposals before the Emulation and Commendation Council',
  ballotMember: (p: P) => `Member ${p.index}/${p.members}: …………………………………………………`,
  ballotHow: 'Mark X in one box, «Agree» or «Disagree», on every line. Absent members send a written ballot before the meeting; it counts.',
  ballotVotesLine: (p: P) => `Votes needed: out of all ${p.members} council members.`,
  ballotSign: 'Voter (signature, full name)',
  ballotColumns: ['No.', 'Ballot code', 'Proposed', 'Unit', 'Title or form proposed', 'Review', 'Votes needed', 'Agree', 'Disagree'],
  tallySheet: viBallots.tallySheet,
  tallyTitle: 'VOTE COUNT',
  tallyHow: [
    'In each member column (TV): the member’s name, present or absent (from the list), and the member’s vote on each line: «đồng ý» or «không đồng ý»; blank means not voted yet.',
    'Written votes of absent members count: choose «vắng (phiếu bằng văn bản)». Do not change the code, proposed, unit or form columns.',
    'The next scoring run writes the results into the «Kết quả bỏ phiếu» column of «Tổng hợp» and «Tổng hợp đề nghị khen thưởng».',
  ],
  membersLine: (p: P) => `Council members: ${p.members}.`,
  quorumLine: (p: P) => (p.needed === '' ? 'The plan sets no quorum.' : `Quorum: at least ${p.needed}/${p.members} members present (${p.share}).`),
  memberNameLabel: 'Member name',
  attendanceLabel: 'Present / absent',
  memberColumn: viBallots.memberColumn,
  attendance: viBallots.attendance,
  votes: viBallots.votes,
  tallyColumns: ['No.', 'Ballot code', 'Proposed', 'Unit', 'Title or form proposed', 'Votes needed'],
  validationTitle: 'Invalid vote',
  validationVote: 'Choose «đồng ý» (agree) or «không đồng ý» (disagree); leave blank when the member has not voted.',
  validationAttendance: 'Choose «có mặt», «vắng (phiếu bằng văn bản)» or «vắng».',
  unitAwardName: (p: P) => `${p.form} (unit award, level ${p.level})`,
  verdicts: { eligible: 'Eligible', needsCheck: 'To check', unitAward: 'Emulation ranking', quotaTie: 'Tied at the edge of the quota' },
  tieLine: (p: P) => `Tied at the edge of the quota: choose ${p.slots} of ${p.count}`,
  tieNeeded: (p: P) => (p.needed === 0 ? `choose ${p.slots} of ${p.count}` : `${p.needed}/${p.members}; choose ${p.slots} of ${p.count}`),
  tieGroupLine: (p: P) =>
    `${p.block} – ${p.form}: tied at the edge of the quota: choose ${p.slots} of ${p.count} (${p.codes}). The units with the most votes for are chosen${p.needed === 0 ? '' : ` (and need ${p.needed}/${p.members} votes)`}; a level count at the edge goes back to the council.`,
  womenSeparator: ' · ',
  womenFemale: 'woman',
  womenShare: (p: P) => `${p.share} women`,
  outcome: {
    passed: (p: P) => `Passed ${p.yes}/${p.members} (needs ${p.needed})`,
    failed: (p: P) => `Not passed ${p.yes}/${p.members} (needs ${p.needed})`,
    pending: (p: P) => `Votes outstanding: ${p.yes} for, ${p.no} against, ${p.outstanding} not voted (needs ${p.needed}/${p.members})`,
    noQuorum: (p: P) => `No quorum (${p.present}/${p.members} present, needs ${p.quorum})`,
    withForm: (p: P) => `${p.form}: ${p.outcome}`,
    tieChosen: (p: P) => `Within the quota (chosen, ${p.yes}/${p.members} for)`,
    tieNotChosen: (p: P) => (p.needed === 0 ? `Outside the quota (${p.yes}/${p.members} for)` : `Outside the quota (${p.yes}/${p.members} for, ${p.needed} needed)`),
    tiePending: (p: P) => `Not chosen yet: ${p.yes} for, ${p.no} against, ${p.outstanding} still to vote (of ${p.members})`,
    tieStill: (p: P) => `Still level at the edge of the quota (${p.yes}/${p.members} for): the council chooses again`,
  },
  pane: {
    title: '9. Council ballots',
    intro: 'Adds to the workbook one ballot per council member (the proposals to vote on, votes needed out of all members) and the «Kiểm phiếu» tally sheet for the secretary. The next scoring run fills the «Kết quả bỏ phiếu» column.',
    run: 'Make ballots',
    runHint: 'Add the ballots and the tally sheet to the workbook',
    making: 'Making ballots …',
    done: (p: P) => `Added ${p.ballots} ballots (${p.items} proposals to vote on).`,
    download: 'Download the workbook with the ballots',
    fileName: (p: P) => `${p.base} - ballots.xlsx`,
  },
  cli: {
    written: (p: P) => `Written ${p.file}: ${p.ballots} ballots, ${p.items} proposals to vote on (${p.ms} ms).`,
    tallyKept: (p: P) => `Sheet «${p.sheet}» already exists: votes typed there are kept, not made again.`,
    noMembers: 'The plan does not give the number of council members: votes needed cannot be counted, no ballots made.',
    noItems: 'No proposal needs a council vote (eligible or to check, with a vote share in the plan).',
    planMissing: 'The emulation plan could not be read: no ballots made.',
  },
};

export const ballotFindings: FindingTexts<BallotFindingCode> = {
  BALLOT_VOTE_UNREADABLE: {
    message: (p) => `Vote «${f(p.value)}» of ${f(p.member)} cannot be read: not counted.`,
    fix: () => 'Write «đồng ý» or «không đồng ý» (or leave blank when not voted), then run again.',
  },
  BALLOT_VOTE_ABSENT: {
    message: (p) => `${f(p.member)} is marked absent but has the vote «${f(p.value)}»: not counted.`,
    fix: () => 'If the member voted in writing, choose «vắng (phiếu bằng văn bản)»; otherwise clear the vote.',
  },
  BALLOT_ATTENDANCE_UNREADABLE: {
    message: (p) => `«${f(p.value)}» in the present / absent row of ${f(p.member)} cannot be read.`,
    fix: () => 'Choose «có mặt», «vắng (phiếu bằng văn bản)» or «vắng» from the list.',
  },
  BALLOT_ROW_UNKNOWN: {
    message: (p) => `Tally row «${f(p.name)} – ${f(p.form)}» matches no proposal to vote on: not counted.`,
    fix: () => 'Do not edit the proposed, unit or form columns; if the proposals changed, make the ballots again.',
  },
  BALLOT_MEMBERS_MISMATCH: {
    message: (p) => `The tally has ${f(p.columns)} member columns; the plan says ${f(p.members)} council members.`,
    fix: () => 'Correct the plan’s number of council members or make the ballots again; votes needed always count the plan’s members.',
  },
  BALLOT_NO_QUORUM: {
    message: (p) => `Only ${f(p.present)}/${f(p.members)} members present, quorum ${f(p.needed)}: the vote is not valid yet.`,
    fix: () => 'Fill the present / absent row, or vote again at a meeting with a quorum.',
  },
  BALLOT_TIE_UNRESOLVED: {
    message: (p) =>
      `«${f(p.block)}» – ${f(p.form)}: tied at the edge of the quota, choose ${f(p.slots)} of ${f(p.count)}; after the vote ${f(p.units)} are still level (${f(p.yes)} votes for each) for the ${f(p.left)} places left: none of them is chosen yet.`,
    fix: () => 'The council votes again between the units still level, or decides as its rules say; the add-in never picks one.',
  },
};
