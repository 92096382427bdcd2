/**
 * The printed ballots (one sheet per council member) and the tally sheet the secretary fills. Pure:
 * a host adds them to the workbook. The tally becomes an input sheet: a later run reads it and never
 * rewrites it.
 */
import type { Plan } from '../../domain/plan/schema';
import { quorumOf } from '../../domain/evaluate/votes';
import { formatNumberVi } from '../../i18n/types';
import { vi } from '../../i18n/vi';
import { address } from '../grid';
import { num, row, text } from '../render/cells';
import { councilPage, withRowHeights } from '../render/layout';
import type { RunStamp } from '../render/stamp';
import { documentHeader } from '../render/summary';
import type { InputRange, OutCell, SheetSpec } from '../spec';
import type { BallotItem } from './items';
import { shareText } from '../render/tie-break-text';

const t = vi.ballots;
const merge = (r: number, c1: number, c2: number): string => `${address(r, c1)}:${address(r, c2)}`;

function verdictText(item: BallotItem): string {
  const w = item.women;
  const verdict = item.tie ? t.tieLine({ slots: item.tie.slots, count: item.tie.count }) : t.verdicts[item.verdict];
  if (!w) return verdict;
  return `${verdict}${t.womenSeparator}${'female' in w ? t.womenFemale : t.womenShare({ share: shareText(w.share) })}`;
}

/** «Số phiếu cần»: out of all members; a tie says how many the council chooses. */
function neededText(item: BallotItem, members: number): string {
  if (!item.tie) return vi.proposalSheet.votes({ needed: item.votesNeeded, members });
  return t.tieNeeded({ needed: item.votesNeeded, members, slots: item.tie.slots, count: item.tie.count });
}

/** One line per tie at the edge of a quota, above the table: which items, how many to choose, how. */
export function tieGroupLines(items: readonly BallotItem[], members: number): string[] {
  const groups = new Map<string, BallotItem[]>();
  for (const item of items) if (item.tie) groups.set(item.tie.group, [...(groups.get(item.tie.group) ?? []), item]);
  return [...groups.values()].flatMap((list) => {
    const first = list[0];
    if (!first?.tie) return [];
    const { block, slots, count } = first.tie;
    return [t.tieGroupLine({ block, form: formText(first), slots, count, codes: list.map((i) => i.code).join(', '), needed: first.votesNeeded, members })];
  });
}

function formText(item: BallotItem): string {
  return item.subject === 'proposal' ? item.form : t.unitAwardName({ form: item.form, level: item.level });
}

/** One member's ballot: the proposals, the votes each needs out of all members, two boxes to mark. */
export function renderBallot(plan: Plan, items: readonly BallotItem[], index: number, members: number, stamp: RunStamp, name: string): SheetSpec {
  const width = t.ballotColumns.length;
  const last = width - 1;
  const header = documentHeader(plan, stamp, width);
  const rows: OutCell[][] = [...header.rows];
  const merges = [...header.merges];
  const wide = (cell: OutCell): void => {
    merges.push(merge(rows.length, 0, last));
    rows.push(row(width, [cell]));
  };
  rows.push(row(width, []));
  wide(text(t.ballotTitle, 'title'));
  wide(text(t.ballotSubtitle, 'subtitle'));
  wide(text(vi.sheets.summary.planLine({ number: plan.info.number, date: plan.info.issuedDate, name: plan.info.name, period: plan.info.period }), 'subtitle'));
  wide(text(t.ballotMember({ index, members }), 'plain'));
  wide(text(t.ballotHow, 'note'));
  wide(text(t.ballotVotesLine({ members }), 'note'));
  for (const line of tieGroupLines(items, members)) wide(text(line, 'note'));
  rows.push(row(width, []));
  const headerRow = rows.length;
  rows.push(t.ballotColumns.map((c) => text(c, 'tableHeader')));
  items.forEach((item, i) => {
    rows.push([
      num(i + 1, 'cellCenter'),
      text(item.code, 'cellCenter'),
      text(item.name),
      text(item.unitName),
      text(formText(item)),
      text(verdictText(item), item.verdict === 'needsCheck' || item.tie ? 'warning' : 'cell'),
      text(neededText(item, members), 'cellCenter'),
      text('', 'cellCenter'),
      text('', 'cellCenter'),
    ]);
  });
  rows.push(row(width, []));
  const split = Math.floor(width / 2);
  merges.push(merge(rows.length, split, last));
  rows.push([...row(split, []), text(t.ballotSign, 'signatureTitle'), ...row(width - split - 1, [])]);
  return withRowHeights({
    name,
    role: 'summary',
    visibility: 'visible',
    rows,
    columnWidths: [5, 9, 26, 24, 30, 13, 9, 8, 8],
    merges,
    page: { ...councilPage(headerRow), orientation: 'portrait', margins: { top: 20, bottom: 20, left: 30, right: 15 } },
  });
}

/** Where the tally's parts are: the parser reads the sheet back by its labels, not by these numbers. */
export interface TallyLayout {
  readonly namesRow: number;
  readonly attendanceRow: number;
  readonly headerRow: number;
  readonly firstMemberColumn: number;
}

export function renderTally(plan: Plan, items: readonly BallotItem[], members: number, stamp: RunStamp, name: string): { sheet: SheetSpec; layout: TallyLayout } {
  const fixed = t.tallyColumns.length;
  const width = fixed + members;
  const last = width - 1;
  const header = documentHeader(plan, stamp, width);
  const rows: OutCell[][] = [...header.rows];
  const merges = [...header.merges];
  const wide = (cell: OutCell): void => {
    merges.push(merge(rows.length, 0, last));
    rows.push(row(width, [cell]));
  };
  rows.push(row(width, []));
  wide(text(t.tallyTitle, 'title'));
  wide(text(vi.sheets.summary.planLine({ number: plan.info.number, date: plan.info.issuedDate, name: plan.info.name, period: plan.info.period }), 'subtitle'));
  wide(text(t.membersLine({ members }), 'plain'));
  const share = plan.info.councilQuorum;
  const quorum = quorumOf(share, members, []);
  wide(text(t.quorumLine({ needed: quorum.needed ?? '', members, share: share === undefined ? '' : `${formatNumberVi(share * 100)}%` }), 'plain'));
  for (const line of t.tallyHow) wide(text(line, 'note'));
  for (const line of tieGroupLines(items, members)) wide(text(line, 'note'));
  rows.push(row(width, []));
  const memberCells = (fill: (m: number) => OutCell): OutCell[] => Array.from({ length: members }, (_, m) => fill(m));
  const namesRow = rows.length;
  rows.push([text(t.memberNameLabel, 'tableHeader'), ...row(fixed - 1, [], text('', 'tableHeader')), ...memberCells(() => text('', 'cell'))]);
  merges.push(merge(namesRow, 0, fixed - 1));
  const attendanceRow = rows.length;
  rows.push([text(t.attendanceLabel, 'tableHeader'), ...row(fixed - 1, [], text('', 'tableHeader')), ...memberCells(() => text('', 'cellCenter'))]);
  merges.push(merge(attendanceRow, 0, fixed - 1));
  const headerRow = rows.length;
  rows.push([...t.tallyColumns.map((c) => text(c, 'tableHeader')), ...memberCells((m) => text(t.memberColumn({ index: m + 1 }), 'tableHeader'))]);
  items.forEach((item, i) => {
    rows.push([
      num(i + 1, 'cellCenter'),
      text(item.code, 'cellCenter'),
      text(item.name),
      text(item.unitName),
      text(item.form),
      text(neededText(item, members), item.tie ? 'warning' : 'cellCenter'),
      ...memberCells(() => text('', 'cellCenter')),
    ]);
  });
  const firstMember = fixed;
  const lastMember = fixed + members - 1;
  const inputs: InputRange[] = [
    { range: `${address(namesRow, firstMember)}:${address(namesRow, lastMember)}` },
    {
      range: `${address(attendanceRow, firstMember)}:${address(attendanceRow, lastMember)}`,
      rule: { kind: 'list', values: [t.attendance.present[0], t.attendance.inWriting[0], t.attendance.absent[0]], title: t.validationTitle, message: t.validationAttendance },
    },
  ];
  if (items.length > 0) {
    inputs.push({
      range: `${address(headerRow + 1, firstMember)}:${address(headerRow + items.length, lastMember)}`,
      rule: { kind: 'list', values: [t.votes.yes[0], t.votes.no[0]], title: t.validationTitle, message: t.validationVote },
    });
  }
  const sheet = withRowHeights({
    name,
    role: 'input',
    visibility: 'visible',
    rows,
    columnWidths: [5, 9, 26, 24, 30, 9, ...Array.from({ length: members }, () => 11)],
    merges,
    freeze: { rows: headerRow + 1, columns: fixed },
    page: councilPage(headerRow),
    inputs,
    protect: true,
  });
  return { sheet, layout: { namesRow, attendanceRow, headerRow, firstMemberColumn: firstMember } };
}
