/**
 * Unit awards put to the council's vote, on a workbook with complete data (so awards are proposed, not
 * withheld): ballots out, the secretary types the tally of 9 members — 7 present, 2 absent who voted in
 * writing, quorum 2/3 — and the next score run carries each result into «Tổng hợp»'s vote column. In
 * block «Cụm 1» three units tie for the last Giấy khen (the domain's AWARD_TIE_AT_QUOTA): the ballot and
 * the tally say «chọn 1 trong 3», and the tally's most votes decide; a count still level is reported.
 *
 * Block «Cụm 1»: A 95, B = C = D 90, E 80; Giấy khen quota 2 → A, then 1 slot for B, C, D (rank 2).
 * Block «Cụm 2»: X 92, Y 85, Z 70 → X, Y. Giấy khen needs more than half of all 9 members: 5 votes.
 */
import { makeBallotsFromSnapshot } from '../../src/app/ballots';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/workbook/grid';
import { renderPlanSheet } from '../../src/workbook/render/plan-sheet';
import { runScoring } from '../../src/workbook/run';
import { snapshotFromSpec } from '../../src/workbook/spec-snapshot';
import { crit, makePlan } from '../domain/fixtures';

const now = new Date('2024-12-20T02:00:00Z');
const plan = makePlan({
  criteria: [crit('1', 100)],
  info: { councilMembers: 9, councilQuorum: 2 / 3 },
  unitAwards: [{ form: 'Giấy khen', level: 'huyện', quota: { kind: 'count', value: 2 }, order: 1 }],
  titles: [{ id: 'GK', name: 'Giấy khen', kind: 'collective', level: 'huyện', voteShare: 0.5, voteStrict: true }],
});
const scores: readonly [string, string, number][] = [
  ['A', 'Cụm 1', 95],
  ['B', 'Cụm 1', 90],
  ['C', 'Cụm 1', 90],
  ['D', 'Cụm 1', 90],
  ['E', 'Cụm 1', 80],
  ['X', 'Cụm 2', 92],
  ['Y', 'Cụm 2', 85],
  ['Z', 'Cụm 2', 70],
];
const sheet = (name: string, rows: CellValue[][]): SheetSnapshot => ({ name, visibility: 'visible', merges: [], rows });
const master: WorkbookSnapshot = {
  sheets: [
    snapshotFromSpec(renderPlanSheet(plan)),
    sheet('Đơn vị', [['Mã đơn vị', 'Tên đơn vị', 'Khối/Cụm'], ...scores.map(([c, b]) => [c, `Trường ${c}`, b])]),
    ...scores.map(([c, b, s]) =>
      sheet(c, [['Đơn vị:', `Trường ${c}`], ['Khối:', b], [], ['Mã tiêu chí', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự chấm', 'Điểm thẩm định'], ['1', 'Tiêu chí 1', 100, s, s]]),
    ),
  ],
};

const Y = 'đồng ý';
const N = 'không đồng ý';
type Ballot = readonly string[];

/** The workbook with the ballots made and the tally typed: attendance per member, votes per unit. */
function withTally(attendance: Ballot, votes: Readonly<Record<string, Ballot>>): { snapshot: WorkbookSnapshot; tally: SheetSnapshot } {
  const made = makeBallotsFromSnapshot(master, { now });
  const sheets = made.sheets.map(snapshotFromSpec);
  const tally = sheets.find((s) => s.name === 'Kiểm phiếu');
  if (!tally) throw new Error('no tally');
  const header = tally.rows.findIndex((r) => r[1] === 'Mã phiếu');
  const rows = tally.rows.map((r) => [...r]);
  const put = (r: number, values: Ballot): void => {
    const row = rows[r] ?? [];
    values.forEach((v, m) => (row[6 + m] = v));
  };
  put(header - 1, attendance);
  for (let r = header + 1; r < rows.length; r++) {
    const name = String(rows[r]?.[2] ?? '');
    const code = name.replace('Trường ', '');
    const v = votes[code];
    if (v) put(r, v);
  }
  const typed = { ...tally, rows };
  return { snapshot: { sheets: [...master.sheets, ...sheets.map((s) => (s === tally ? typed : s))] }, tally };
}

/** «Tổng hợp»'s vote column, by unit name. */
function voteColumn(snapshot: WorkbookSnapshot): { byUnit: Map<string, string>; findings: ReturnType<typeof runScoring>['findings'] } {
  const run = runScoring(snapshot, { now });
  const summary = run.writePlan.sheets.find((s) => s.name === 'Tổng hợp');
  const rows = (summary?.rows ?? []).map((r) => r.map((c) => c.value));
  const header = rows.find((r) => r.includes('Kết quả bỏ phiếu')) ?? [];
  const col = header.indexOf('Kết quả bỏ phiếu');
  const byUnit = new Map<string, string>();
  for (const r of rows) if (typeof r[1] === 'string' && r[1].startsWith('Trường ')) byUnit.set(r[1], String(r[col] ?? ''));
  return { byUnit, findings: run.findings };
}

const present7written2: Ballot = ['có mặt', 'có mặt', 'có mặt', 'có mặt', 'có mặt', 'có mặt', 'có mặt', 'vắng (phiếu bằng văn bản)', 'vắng (phiếu bằng văn bản)'];
const all = (v: string): Ballot => Array.from({ length: 9 }, () => v);

describe('unit awards and a tie at the edge of a quota, voted by 9 members (2 in writing)', () => {
  const made = makeBallotsFromSnapshot(master, { now });

  it('awards are proposed (complete data), and the domain marks B, C, D tied for the last slot', () => {
    const run = runScoring(master, { now });
    const awarded = run.evaluation?.blocks.flatMap((b) => b.units.filter((u) => u.award).map((u) => u.unit.code));
    expect(awarded).toEqual(['A', 'X', 'Y']);
    expect(run.evaluation?.blocks[0]?.quotaTies).toEqual([{ form: 'Giấy khen', level: 'huyện', rank: 2, slots: 1, units: ['B', 'C', 'D'] }]);
  });

  it('the ballot and the tally list the tied units as the council’s choice: «đồng hạng tại ranh giới chỉ tiêu: chọn 1 trong 3»', () => {
    expect(made.items.map((i) => `${i.code} ${i.name} ${i.subject} ${i.votesNeeded}`)).toEqual([
      'P001 Trường A unitAward 5',
      'P002 Trường B quotaTie 5',
      'P003 Trường C quotaTie 5',
      'P004 Trường D quotaTie 5',
      'P005 Trường X unitAward 5',
      'P006 Trường Y unitAward 5',
    ]);
    const ballot = made.sheets.map(snapshotFromSpec).find((s) => s.name === 'Phiếu biểu quyết 1');
    const tally = made.sheets.map(snapshotFromSpec).find((s) => s.name === 'Kiểm phiếu');
    const line = 'Cụm 1 – Giấy khen (khen thưởng đơn vị, cấp huyện): đồng hạng tại ranh giới chỉ tiêu: chọn 1 trong 3 (P002, P003, P004).';
    for (const s of [ballot, tally]) expect(s?.rows.some((r) => typeof r[0] === 'string' && r[0].startsWith(line))).toBe(true);
    const rowOf = (s: SheetSnapshot | undefined, name: string) => s?.rows.find((r) => r[2] === name);
    expect(rowOf(ballot, 'Trường C')?.[5]).toBe('Đồng hạng tại ranh giới chỉ tiêu: chọn 1 trong 3');
    expect(rowOf(ballot, 'Trường X')?.[5]).toBe('Xếp hạng thi đua');
    expect(rowOf(tally, 'Trường C')?.[5]).toBe('5/9; chọn 1 trong 3');
    expect(rowOf(tally, 'Trường X')?.[5]).toBe('5/9');
  });

  it('carries each vote into «Tổng hợp» on the next run; the tie goes to the most votes', () => {
    const { snapshot } = withTally(present7written2, {
      A: all(Y),
      B: [Y, Y, Y, Y, N, N, N, Y, Y], // 6
      C: [Y, Y, Y, N, N, N, N, Y, Y], // 5: reaches the threshold, fewer than B
      D: [Y, N, N, N, N, N, N, N, Y], // 2
      X: [Y, Y, Y, N, N, N, N, Y, Y], // 5/9: passes only because the two written votes count
      Y: [Y, Y, Y, N, N, N, N, Y, N], // 4/9: fails
    });
    const { byUnit, findings } = voteColumn(snapshot);
    expect(byUnit.get('Trường A')).toBe('Giấy khen: Thông qua 9/9 (cần 5)');
    expect(byUnit.get('Trường X')).toBe('Giấy khen: Thông qua 5/9 (cần 5)');
    expect(byUnit.get('Trường Y')).toBe('Giấy khen: Không thông qua 4/9 (cần 5)');
    expect(byUnit.get('Trường B')).toBe('Giấy khen: Trong chỉ tiêu (được chọn, 6/9 đồng ý)');
    expect(byUnit.get('Trường C')).toBe('Giấy khen: Ngoài chỉ tiêu (5/9 đồng ý, cần 5)');
    expect(byUnit.get('Trường D')).toBe('Giấy khen: Ngoài chỉ tiêu (2/9 đồng ý, cần 5)');
    expect(byUnit.get('Trường E')).toBe('');
    expect(findings.filter((f) => f.code.startsWith('BALLOT_'))).toEqual([]);
  });

  it('gives the slot to the unit the council chose: the award, the quota and the reason on «Tổng hợp»; a ballot made again lists the same items', () => {
    const votes = {
      A: all(Y),
      B: [Y, Y, Y, Y, N, N, N, Y, Y], // 6: chosen
      C: [Y, Y, Y, N, N, N, N, Y, Y], // 5
      D: [Y, N, N, N, N, N, N, N, Y], // 2
      X: all(Y),
      Y: all(Y),
    };
    const { snapshot } = withTally(present7written2, votes);
    const run = runScoring(snapshot, { now });
    const block = run.evaluation?.blocks[0];
    const unit = (code: string) => block?.units.find((u) => u.unit.code === code);
    expect(unit('B')?.award).toEqual({ form: 'Giấy khen', level: 'huyện' });
    expect(unit('B')?.awardNote.code).toBe('councilChose');
    expect(unit('C')?.award).toBeUndefined();
    expect(unit('C')?.awardNote.code).toBe('councilNotChosen');
    expect(unit('D')?.awardNote.code).toBe('councilNotChosen');
    // The quota is now full, and the tie stays on record for the ballot.
    expect(block?.quotas.find((q) => q.form === 'Giấy khen')?.given).toBe(block?.quotas.find((q) => q.form === 'Giấy khen')?.quota);
    expect(block?.quotaTies.map((t) => t.units)).toEqual([['B', 'C', 'D']]);
    expect(run.findings.filter((f) => f.code === 'AWARD_TIE_AT_QUOTA')).toEqual([]);

    const summary = run.writePlan.sheets.find((s) => s.name === 'Tổng hợp');
    const rowOf = (name: string) => summary?.rows.find((r) => r[1]?.value === name)?.map((c) => String(c.value ?? '')) ?? [];
    expect(rowOf('Trường B')).toContain('Giấy khen cấp huyện');
    expect(rowOf('Trường B').join('\n')).toContain('Đề nghị Giấy khen cấp huyện: đồng hạng 2 với đơn vị khác tại ranh giới chỉ tiêu; Hội đồng biểu quyết chọn 1 trong 3 đơn vị.');
    expect(rowOf('Trường C')).toContain('Đồng hạng tại ranh giới chỉ tiêu – Hội đồng chọn 1 trong 3 đơn vị, không chọn đơn vị này');
    expect(rowOf('Trường C')).not.toContain('Giấy khen cấp huyện');

    // The ballots made from the scored workbook list the same items: the chosen unit is not on it twice.
    const again = makeBallotsFromSnapshot(snapshot, { now });
    expect(again.items.map((i) => `${i.code} ${i.name} ${i.subject}`)).toEqual(made.items.map((i) => `${i.code} ${i.name} ${i.subject}`));
  });

  it('a vote still pending or level changes no award', () => {
    const { snapshot } = withTally(present7written2, { A: all(Y), B: [Y, Y, Y, N, N, N, N, Y, Y], C: [Y, Y, Y, N, N, N, N, Y, Y], D: all(N), X: all(Y), Y: all(Y) });
    const run = runScoring(snapshot, { now });
    expect(run.evaluation?.blocks[0]?.units.filter((u) => ['B', 'C', 'D'].includes(u.unit.code)).map((u) => u.awardNote.code)).toEqual(['tieAtQuota', 'tieAtQuota', 'tieAtQuota']);
  });

  it('a count still level at the edge is reported, never resolved', () => {
    const { snapshot } = withTally(present7written2, {
      A: all(Y),
      B: [Y, Y, Y, N, N, N, N, Y, Y], // 5
      C: [Y, Y, Y, N, N, N, N, Y, Y], // 5
      D: [Y, N, N, N, N, N, N, N, Y], // 2
      X: all(Y),
      Y: all(Y),
    });
    const { byUnit, findings } = voteColumn(snapshot);
    expect(byUnit.get('Trường B')).toBe('Giấy khen: Vẫn bằng phiếu tại ranh giới chỉ tiêu (5/9 đồng ý): Hội đồng chọn lại');
    expect(byUnit.get('Trường C')).toBe('Giấy khen: Vẫn bằng phiếu tại ranh giới chỉ tiêu (5/9 đồng ý): Hội đồng chọn lại');
    expect(byUnit.get('Trường D')).toBe('Giấy khen: Ngoài chỉ tiêu (2/9 đồng ý, cần 5)');
    const tie = findings.filter((f) => f.code === 'BALLOT_TIE_UNRESOLVED');
    expect(tie.map((f) => f.params)).toEqual([{ block: 'Cụm 1', form: 'Giấy khen', slots: 1, count: 3, units: 'Trường B, Trường C', yes: 5, left: 1 }]);
  });

  it('without a quorum of members present nothing passes, written votes or not', () => {
    const twoAbsent: Ballot = ['có mặt', 'có mặt', 'có mặt', 'có mặt', 'có mặt', 'vắng (phiếu bằng văn bản)', 'vắng (phiếu bằng văn bản)', 'vắng', 'vắng'];
    const { snapshot } = withTally(twoAbsent, { A: [Y, Y, Y, Y, Y, Y, Y, '', ''], B: [Y, Y, Y, Y, Y, Y, Y, '', ''] });
    const { byUnit, findings } = voteColumn(snapshot);
    expect(byUnit.get('Trường A')).toBe('Giấy khen: Chưa đủ túc số (5/9 có mặt, cần 6)');
    expect(byUnit.get('Trường B')).toBe('Giấy khen: Chưa đủ túc số (5/9 có mặt, cần 6)');
    expect(findings.filter((f) => f.code === 'BALLOT_NO_QUORUM')).toHaveLength(1);
  });
});
