/**
 * Priority for women (Nghị định 152/2025): the tie-break a plan can list, the register and proposal
 * columns it reads, and the ranking that applies it in the plan's order.
 */
import { rankBlock } from '../../src/domain/evaluate/rank';
import { scoreUnit } from '../../src/domain/evaluate/score';
import type { Unit } from '../../src/domain/input/schema';
import { planPresets } from '../../src/domain/plan/presets';
import { planSchema, type Plan, type TieBreak } from '../../src/domain/plan/schema';
import { parsePlanSheet } from '../../src/workbook/plan/parse';
import { parseWomenTieBreak } from '../../src/workbook/parse/women';
import { renderPlanSheet } from '../../src/workbook/render/plan-sheet';
import { snapshotFromSpec } from '../../src/workbook/spec-snapshot';
import { renderSummary } from '../../src/workbook/render/summary';
import { evaluate } from '../../src/domain/evaluate';
import { makeStamp } from '../../src/workbook/render/stamp';
import { crit, entry, input, makePlan, result, unit } from '../domain/fixtures';
import { only, run, sheet } from '../workbook/inputs-fixtures';
import { ballotItems } from '../../src/workbook/ballots/items';
import { renderBallot } from '../../src/workbook/ballots/render';
import { proposal } from '../domain/fixtures';

const criteria = [crit('1', 80), crit('1.1', 40), crit('1.2', 40), crit('2', 20)];

function scored(plan: Plan, u: Unit, s: [number, number, number]) {
  return scoreUnit(plan, u, [entry('1.1', s[0]), entry('1.2', s[1]), entry('2', s[2])]).score;
}

const order = (units: readonly { unit: { code: string }; rank: number }[]): string[] => units.map((u) => `${u.unit.code}:${u.rank}`);

describe('the women tie-break in ranking', () => {
  // Four units with the same total 80; only the share of women differs.
  const units = [
    unit('A', 'An', 'Khối A', { womenShare: 0.6 }),
    unit('B', 'Bình', 'Khối A', { womenShare: 0.75 }),
    unit('C', 'Cường', 'Khối A'),
    unit('D', 'Dũng', 'Khối A', { womenShare: 0.7 }),
  ];
  const rank = (tieBreaks: TieBreak[]) => {
    const plan = makePlan({ criteria, tieBreaks });
    return rankBlock(plan, 'Khối A', units.map((u) => scored(plan, u, [30, 30, 20])));
  };

  it('with a share: units reaching it rank first (70% counts), the others share a rank, an unknown share is last', () => {
    const { units: ranked, findings } = rank([{ kind: 'women', share: 0.7 }]);
    expect(order(ranked)).toEqual(['B:1', 'D:1', 'A:3', 'C:4']);
    expect(findings.map((f) => f.params.units)).toEqual(['Bình, Dũng']);
  });

  it('without a share: the higher share of women first', () => {
    expect(order(rank([{ kind: 'women' }]).units)).toEqual(['B:1', 'D:2', 'A:3', 'C:4']);
  });

  it('in the plan’s order: an earlier tie-break decides first', () => {
    const plan = makePlan({ criteria, tieBreaks: [{ kind: 'groupScore', group: '1' }, { kind: 'women', share: 0.7 }] });
    // A has fewer women but more points in group 1, the first rule listed.
    const ranked = rankBlock(plan, 'Khối A', [scored(plan, units[0] as Unit, [30, 31, 19]), scored(plan, units[1] as Unit, [30, 30, 20])]);
    expect(order(ranked.units)).toEqual(['A:1', 'B:2']);
    expect(ranked.units.map((u) => u.decidedByTieBreak)).toEqual([0, 0]);
  });

  it('says on «Tổng hợp» which rule separated two equal totals', () => {
    const plan = makePlan({ criteria, tieBreaks: [{ kind: 'women', share: 0.7 }] });
    const evaluation = evaluate(plan, input(units.slice(0, 2), [result('A', [entry('1.1', 30), entry('1.2', 30), entry('2', 20)]), result('B', [entry('1.1', 30), entry('1.2', 30), entry('2', 20)])]));
    const sheetSpec = renderSummary({ plan, evaluation, findings: [], stamp: makeStamp(new Date('2024-12-20T02:00:00Z'), 'p', 'i'), name: 'Tổng hợp' });
    // Each of the two gets its own sentence naming the rule that separated them.
    const notes = sheetSpec.rows.flatMap((r) => r.map((c) => c.value)).filter((v): v is string => typeof v === 'string' && /^Bằng \S+ điểm với/.test(v));
    expect(notes).toHaveLength(2);
    expect(notes.every((n) => n.includes('tỷ lệ nữ'))).toBe(true);
    expect(notes.some((n) => n.includes('xếp trên vì tỷ lệ nữ')) && notes.some((n) => n.includes('xếp dưới vì tỷ lệ nữ'))).toBe(true);
  });
});

describe('the plan sheet', () => {
  it('reads the tie-break as written, with or without the share', () => {
    expect(parseWomenTieBreak('Ưu tiên nữ (tập thể có từ 70% nữ)')).toEqual({ kind: 'women', share: 0.7 });
    expect(parseWomenTieBreak('ưu tiên tập thể có từ 66,5 % nữ')).toEqual({ kind: 'women', share: 0.665 });
    expect(parseWomenTieBreak('Ưu tiên nữ')).toEqual({ kind: 'women' });
    expect(parseWomenTieBreak('Ưu tiên nữ (tập thể có từ 170% nữ)')).toBeUndefined();
    expect(parseWomenTieBreak('Tổng điểm cơ bản cao hơn')).toBeUndefined();
  });

  it('writes and reads back a plan listing it; an older plan keeps its fingerprint', () => {
    const preset = planPresets[0]?.plan;
    if (!preset) throw new Error('no preset');
    const plan = planSchema.parse({ ...preset, tieBreaks: [...preset.tieBreaks, { kind: 'women', share: 0.7 }, { kind: 'women' }] });
    const back = parsePlanSheet(snapshotFromSpec(renderPlanSheet(plan)));
    expect(back.plan?.tieBreaks.slice(-2)).toEqual([{ kind: 'women', share: 0.7 }, { kind: 'women' }]);
    expect(parsePlanSheet(snapshotFromSpec(renderPlanSheet(preset))).plan).toEqual(preset);
  });
});

describe('the register and proposal columns', () => {
  it('reads the share of women as «75%», 0,6 or 60, or from «Số nữ» and «Số người»; a share over 100% is a finding', () => {
    const parsed = run(
      sheet('Đơn vị', [
        ['Mã đơn vị', 'Tên đơn vị', 'Khối/Cụm', 'Số người', 'Tỷ lệ nữ (%)', 'Số nữ'],
        ['A01', 'Trường A', 'THCS', 40, '75%', null],
        ['A02', 'Trường B', 'THCS', 40, 0.6, null],
        ['A03', 'Trường C', 'THCS', 40, 60, null],
        ['A04', 'Trường D', 'THCS', 40, null, 30],
        ['A05', 'Trường E', 'THCS', 40, 130, null],
        ['A06', 'Trường G', 'THCS', 40, null, null],
      ]),
    );
    expect(parsed.input.units.map((u) => u.womenShare)).toEqual([0.75, 0.6, 0.6, 0.75, undefined, undefined]);
    expect(only(parsed.findings, 'VALUE_NOT_NUMBER').map((f) => f.cell?.address)).toEqual(['E6']);
  });

  it('reads an individual’s gender and a collective’s share on the proposals sheet', () => {
    const parsed = run(
      sheet('Đơn vị', [
        ['Mã đơn vị', 'Tên đơn vị', 'Khối/Cụm'],
        ['A01', 'Trường A', 'THCS'],
      ]),
      sheet('Đề nghị khen thưởng', [
        ['Đơn vị', 'Họ tên / Tên tập thể', 'Cá nhân / Tập thể', 'Hình thức đề nghị', 'Cấp', 'Giới tính', 'Tỷ lệ nữ (%)'],
        ['Trường A', 'Nguyễn Thị Lan', 'Cá nhân', 'Lao động tiên tiến', 'cơ sở', 'Nữ', null],
        ['Trường A', 'Trần Văn Bình', 'Cá nhân', 'Lao động tiên tiến', 'cơ sở', 'nam', null],
        ['Trường A', 'Tổ Toán', 'Tập thể', 'Tập thể lao động tiên tiến', 'cơ sở', null, '80%'],
        ['Trường A', 'Lê Văn C', 'Cá nhân', 'Lao động tiên tiến', 'cơ sở', 'không rõ', null],
      ]),
    );
    expect(parsed.input.proposals.map((p) => [p.female, p.womenShare])).toEqual([
      [true, undefined],
      [false, undefined],
      [undefined, 0.8],
      [undefined, undefined],
    ]);
    expect(only(parsed.findings, 'VALUE_NOT_PASS_FAIL').map((f) => [f.cell?.address, f.params.expected])).toEqual([['F5', 'gender']]);
  });
});

describe('the ballots', () => {
  it('show the council a woman proposed, and a collective’s share of women, beside the verdict', () => {
    const plan = makePlan({
      criteria,
      info: { councilMembers: 9 },
      titles: [
        { id: 'CSTĐCS', name: 'Chiến sĩ thi đua cơ sở', kind: 'individual', level: 'huyện', voteShare: 0.5, voteStrict: true },
        { id: 'TTLĐXS', name: 'Tập thể lao động xuất sắc', kind: 'collective', level: 'huyện', voteShare: 0.5, voteStrict: true },
      ],
    });
    const people = [
      { ...proposal('huyện', 'individual', false, 'Nguyễn Thị Lan'), form: 'Chiến sĩ thi đua cơ sở', titleId: 'CSTĐCS', female: true },
      { ...proposal('huyện', 'individual', false, 'Trần Văn Bình'), form: 'Chiến sĩ thi đua cơ sở', titleId: 'CSTĐCS', female: false },
      { ...proposal('huyện', 'collective', true, 'Tổ Toán'), form: 'Tập thể lao động xuất sắc', titleId: 'TTLĐXS', womenShare: 0.8 },
    ];
    const evaluation = evaluate(plan, input([unit('A', 'An')], [result('A', [entry('1.1', 30), entry('1.2', 30), entry('2', 20)])], people));
    const items = ballotItems(plan, evaluation);
    expect(items.map((i) => [i.name, i.women])).toEqual([
      ['Nguyễn Thị Lan', { female: true }],
      ['Trần Văn Bình', undefined],
      ['Tổ Toán', { share: 0.8 }],
    ]);
    const ballot = renderBallot(plan, items, 1, 9, makeStamp(new Date('2024-12-20T02:00:00Z'), 'p', 'i'), 'Phiếu biểu quyết 1');
    const verdicts = ballot.rows.map((r) => r[5]?.value).filter((v) => typeof v === 'string' && v.startsWith('Đủ'));
    expect(verdicts).toEqual(['Đủ điều kiện · nữ', 'Đủ điều kiện', 'Đủ điều kiện · 80% nữ']);
  });
});
