/**
 * The tally sheet («Kiểm phiếu») the secretary fills, read as an input: each member column's name
 * and attendance, and each row's votes. The sheet is found by its header row (Mã phiếu, Được đề nghị,
 * TV 1 …), preferring its usual name; the printed ballots are recognised so no run reads them as data.
 */
import { finding, type Finding } from '../../domain/findings';
import type { Attendance, MemberRecord, Vote } from '../../domain/evaluate/votes';
import { foldKey } from '../../domain/text/normalize';
import { vi } from '../../i18n/vi';
import { address, cellText, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from '../grid';
import { foldCached } from '../../domain/text/normalize';
import { labelLength } from '../headers';
import { itemKey } from '../ballots/items';

const t = vi.ballots;
const scanRows = 40;

export interface TallyRow {
  readonly key: string;
  readonly name: string;
  readonly form: string;
  /** One per member column, in order. */
  readonly votes: readonly (Vote | undefined)[];
  /** 0-based row on the sheet. */
  readonly row: number;
}

export interface TallyRead {
  readonly sheet: string;
  /** Member columns found. */
  readonly members: number;
  readonly attendance: readonly MemberRecord[];
  readonly names: readonly string[];
  readonly rows: readonly TallyRow[];
  readonly findings: readonly Finding[];
}

interface TallyHeader {
  readonly row: number;
  readonly code: number;
  readonly name: number;
  readonly unit: number;
  readonly form: number;
  /** Member columns in order of their number. */
  readonly members: readonly number[];
}

const fixedKeys = t.tallyColumns.map(foldKey);
/** «TV 1», «TV1», «tv 01»: the member columns, by the number after the label. */
const memberPattern = new RegExp(`^${foldKey(t.memberColumn({ index: 0 })).replace(/\s*0$/, '')}\\s*(\\d+)$`);

/** A short text cell folded, else '' (long text is never a header). */
function labelOf(v: CellValue | undefined): string {
  return typeof v === 'string' && v.length <= labelLength ? foldCached(v) : '';
}

function headerOf(sheet: SheetSnapshot): TallyHeader | undefined {
  const limit = Math.min(sheet.rows.length, scanRows);
  const codeLabel = fixedKeys[1] ?? '';
  for (let r = 0; r < limit; r++) {
    const raw = sheet.rows[r] ?? [];
    // Most rows of most sheets are not a tally's header: look for «Mã phiếu» before folding the row.
    if (!raw.some((v) => labelOf(v) === codeLabel)) continue;
    const folded = raw.map(labelOf);
    const at = (label: string | undefined): number => (label === undefined ? -1 : folded.indexOf(label));
    const code = at(fixedKeys[1]);
    const name = at(fixedKeys[2]);
    const unit = at(fixedKeys[3]);
    const form = at(fixedKeys[4]);
    if (code < 0 || name < 0 || unit < 0 || form < 0) continue;
    const members = folded
      .map((f, col) => ({ col, n: Number(memberPattern.exec(f)?.[1] ?? NaN) }))
      .filter((m) => Number.isInteger(m.n) && m.n > 0)
      .sort((a, b) => a.n - b.n)
      .map((m) => m.col);
    if (members.length === 0) continue;
    return { row: r, code, name, unit, form, members };
  }
  return undefined;
}

/** The tally sheet: the one with the usual name whose header is a tally's, else the first such sheet. */
export function findTallySheet(snapshot: WorkbookSnapshot): SheetSnapshot | undefined {
  const candidates = snapshot.sheets.filter((s) => headerOf(s) !== undefined && !isBallotSheet(s));
  return candidates.find((s) => foldKey(s.name) === foldKey(t.tallySheet)) ?? candidates[0];
}

/** A printed ballot: its title and a ballot table near the top. */
export function isBallotSheet(sheet: SheetSnapshot): boolean {
  const title = foldKey(t.ballotTitle);
  const code = foldKey(t.ballotColumns[1] ?? '');
  const top = sheet.rows.slice(0, scanRows);
  return top.some((r) => r.some((c) => labelOf(c) === title)) && top.some((r) => r.some((c) => labelOf(c) === code));
}

export function ballotSheetNames(snapshot: WorkbookSnapshot): string[] {
  return snapshot.sheets.filter(isBallotSheet).map((s) => s.name);
}

function lookup<T extends string>(lists: Readonly<Record<T, readonly string[]>>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, words] of Object.entries(lists) as [T, readonly string[]][]) for (const w of words) map.set(foldKey(w), value);
  return map;
}

const attendanceWords = lookup<Attendance>(t.attendance);
const voteWords = lookup<Vote>(t.votes);

/** The row whose label (first non-blank cell) is `label`, above the header. */
function labelledRow(sheet: SheetSnapshot, header: number, label: string): number | undefined {
  const key = foldKey(label);
  for (let r = header - 1; r >= 0 && r >= header - 5; r--) {
    const first = (sheet.rows[r] ?? []).find((c) => cellText(c).trim() !== '');
    if (first !== undefined && foldKey(cellText(first)) === key) return r;
  }
  return undefined;
}

export function readTally(sheet: SheetSnapshot): TallyRead | undefined {
  const header = headerOf(sheet);
  if (!header) return undefined;
  const findings: Finding[] = [];
  const cell = (r: number, c: number): string => cellText(sheet.rows[r]?.[c] ?? null).trim();
  const where = (r: number, c: number) => ({ cell: { sheet: sheet.name, address: address(r, c) } });
  const namesRow = labelledRow(sheet, header.row, t.memberNameLabel);
  const attendanceRow = labelledRow(sheet, header.row, t.attendanceLabel);
  const names = header.members.map((c, i) => (namesRow === undefined ? '' : cell(namesRow, c)) || t.memberColumn({ index: i + 1 }));
  const attendance: MemberRecord[] = header.members.map((c, i) => {
    const typed = attendanceRow === undefined ? '' : cell(attendanceRow, c);
    if (typed === '') return {};
    const value = attendanceWords.get(foldKey(typed));
    if (value === undefined) {
      findings.push(finding('BALLOT_ATTENDANCE_UNREADABLE', { value: typed, member: names[i] ?? '' }, where(attendanceRow ?? 0, c)));
      return {};
    }
    return { attendance: value };
  });
  const rows: TallyRow[] = [];
  for (let r = header.row + 1; r < sheet.rows.length; r++) {
    const name = cell(r, header.name);
    const form = cell(r, header.form);
    if (name === '' && form === '') continue;
    const votes = header.members.map((c, i): Vote | undefined => {
      const typed = cell(r, c);
      if (typed === '') return undefined;
      const vote = voteWords.get(foldKey(typed));
      if (vote === undefined) {
        findings.push(finding('BALLOT_VOTE_UNREADABLE', { value: typed, member: names[i] ?? '' }, where(r, c)));
        return undefined;
      }
      if (attendance[i]?.attendance === 'absent') {
        findings.push(finding('BALLOT_VOTE_ABSENT', { value: typed, member: names[i] ?? '' }, where(r, c)));
        return undefined;
      }
      return vote;
    });
    rows.push({ key: itemKey(name, cell(r, header.unit), form), name, form, votes, row: r });
  }
  return { sheet: sheet.name, members: header.members.length, attendance, names, rows, findings };
}
