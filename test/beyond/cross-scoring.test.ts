/**
 * Several scorers per unit (chấm chéo): a block of 8 units scores each other on criterion 1 with a
 * trimmed mean (highest and lowest dropped); unit A also scores itself (recusal: not counted), unit B
 * abstains on C with a reason. The combined score is the appraised score and the ranking is the one
 * computed by hand in cross-scoring-block.ts.
 */
import { combine, combineCrossScores, withCombinedScores } from '../../src/domain/evaluate/cross-scoring';
import { evaluate } from '../../src/domain/evaluate';
import type { CellValue, SheetSnapshot } from '../../src/workbook/grid';
import { readScorerSheet, isScorerSheet } from '../../src/workbook/parse/scorers';
import { entry, input, result } from '../domain/fixtures';
import { codes, criterionOneFrom, plan, units, type Code } from './cross-scoring-block';
import { parseCrossScoringText, crossScoringText } from '../../src/workbook/parse/cross-scoring-setting';
import { renderPlanSheet } from '../../src/workbook/render/plan-sheet';
import { snapshotFromSpec } from '../../src/workbook/spec-snapshot';
import { runScoring } from '../../src/workbook/run';

/** The sheet scorer `s` sends back: one column per unit it scores (A's also has its own column: a slip). */
function scorerSheet(s: Code): SheetSnapshot {
  const scored = codes.filter((u) => u !== s || s === 'A');
  const figure = (u: Code): CellValue => {
    if (u === s) return 50; // A scoring itself
    return criterionOneFrom(s, u) ?? null;
  };
  return {
    name: `Chấm chéo ${s}`,
    visibility: 'visible',
    merges: [],
    rows: [
      ['PHIẾU CHẤM CHÉO'],
      ['Đơn vị chấm:', `Trường ${s}`],
      [],
      ['Mã tiêu chí', 'Tiêu chí', 'Điểm tối đa', ...scored],
      ['1', 'Tiêu chí 1', 50, ...scored.map(figure)],
      ['2', 'Tiêu chí 2', 50, ...scored.map((u) => (u === s ? 50 : '40'))],
    ],
  };
}

describe('cross-scoring in a block of 8', () => {
  const sheets = codes.map(scorerSheet);
  const read = sheets.map((s) => readScorerSheet(s, plan, units));
  const combined = combineCrossScores(plan, units, read.flatMap((r) => r.marks));
  const of = (u: string, c: string) => combined.scores.find((s) => s.unitCode === u && s.criterionCode === c);

  it('reads each scorer sheet: the scorer by name, a mark per unit and criterion', () => {
    expect(sheets.every(isScorerSheet)).toBe(true);
    expect(read.map((r) => r.scorer)).toEqual([...codes]);
    expect(read.flatMap((r) => r.findings)).toEqual([]);
    expect(read[0]?.marks).toHaveLength(16); // A: 8 columns (itself included) × 2 criteria
  });

  it('combines by trimmed mean, a unit never counting for itself, an abstention kept with its reason', () => {
    expect(codes.map((u) => of(u, '1')?.combined)).toEqual([44, 45, 43, 40, 46, 36, 44.8, 33]);
    expect(of('A', '1')).toMatchObject({ scored: 7, expected: 7 });
    expect(of('C', '1')).toMatchObject({ scored: 6, expected: 7, abstentions: [{ scorer: 'B', reason: 'chưa đủ minh chứng' }] });
    expect(of('C', '1')?.figures.map((f) => f.scorer)).toEqual(['A', 'D', 'E', 'F', 'G', 'H']);
    expect(combined.findings.filter((f) => f.code === 'CROSS_SELF_SCORE').map((f) => [f.params.scorer, f.params.code])).toEqual([
      ['A', '1'],
      ['A', '2'],
    ]);
    expect(combined.findings.filter((f) => f.code === 'CROSS_SPREAD').map((f) => [f.unitCode, f.params.spread])).toEqual([
      ['B', 20],
      ['F', 15],
    ]);
    expect(of('B', '1')?.flagged).toBe(true);
    expect(of('D', '1')?.flagged).toBe(false);
  });

  it('ranks on the combined score, as computed by hand', () => {
    const own = input(
      units,
      codes.map((c) => result(c, [entry('1', 50), entry('2', 50)])),
    );
    const evaluation = evaluate(plan, withCombinedScores(own, combined.scores));
    const block = evaluation.blocks[0];
    expect(block?.units.map((u) => `${u.unit.code}:${u.total}:${u.rank}`)).toEqual(['E:86:1', 'B:85:2', 'G:84.8:3', 'A:84:4', 'C:83:5', 'D:80:6', 'F:76:7', 'H:73:8']);
    // The self scores stay beside the combined (appraised) one.
    expect(block?.units.find((u) => u.unit.code === 'B')?.criteria[0]).toMatchObject({ self: 50, appraised: 45, usedFrom: 'appraised' });
  });

  it('a plain mean or the median give other figures; a trim with too few figures falls back to the mean, and says so', () => {
    expect(combine([30, 45, 45, 45, 45, 45, 50], { combine: 'mean' }).value).toBeCloseTo(43.571429, 5);
    expect(combine([1, 2, 3, 10], { combine: 'median' }).value).toBe(2.5);
    expect(combine([4, 8], { combine: 'trimmedMean' })).toEqual({ value: 6, untrimmed: true });
    expect(combine([], { combine: 'trimmedMean', trim: 2 })).toEqual({ untrimmed: false });
  });

  it('an abstention without a reason and an unreadable figure are findings at their cell', () => {
    const sheet = scorerSheet('D');
    const rows = sheet.rows.map((r) => [...r]);
    (rows[4] as CellValue[])[3] = 'Không chấm';
    (rows[4] as CellValue[])[4] = 'tốt';
    const r = readScorerSheet({ ...sheet, rows }, plan, units);
    expect(r.findings.map((f) => [f.code, f.cell?.address])).toEqual([['CROSS_VALUE_UNREADABLE', 'E5']]);
    const c = combineCrossScores(plan, units, r.marks);
    expect(c.findings.map((f) => [f.code, f.cell?.address])).toEqual([['CROSS_ABSTAIN_NO_REASON', 'D5']]);
  });

  it('runs from a workbook: the plan sheet says how, scorer sheets are combined and never read as a unit’s own sheet', () => {
    const register: SheetSnapshot = { name: 'Đơn vị', visibility: 'visible', merges: [], rows: [['Mã đơn vị', 'Tên đơn vị', 'Khối/Cụm'], ...units.map((u) => [u.code, u.name, u.block])] };
    const run = runScoring({ sheets: [snapshotFromSpec(renderPlanSheet(plan)), register, ...sheets] }, { now: new Date('2024-12-20T02:00:00Z') });
    expect(run.plan?.info.crossScoring).toEqual(plan.info.crossScoring);
    expect(run.evaluation?.blocks[0]?.units.map((u) => `${u.unit.code}:${u.total}:${u.rank}`)).toEqual(['E:86:1', 'B:85:2', 'G:84.8:3', 'A:84:4', 'C:83:5', 'D:80:6', 'F:76:7', 'H:73:8']);
    const codesFound = new Set(run.findings.map((f) => f.code));
    expect([...codesFound].filter((c) => c.startsWith('UNIT_UNKNOWN') || c.startsWith('CRITERION_') || c === 'HEADER_NOT_FOUND')).toEqual([]);
    expect(run.findings.filter((f) => f.code === 'CROSS_SPREAD')).toHaveLength(2);
    // «Thẩm định các cấp» keeps every scorer's figure, «x/y» and the abstention with its reason.
    const tiers = run.writePlan.sheets.find((sh) => sh.name === 'Thẩm định các cấp');
    const lines = (tiers?.rows ?? []).map((r) => r.map((c) => c.value));
    const line = (unitName: string, code: string) => {
      const at = lines.findIndex((r) => r[1] === unitName);
      return lines.slice(at + 1).find((r) => r[0] === code);
    };
    expect(line('Trường C', '1')?.slice(2, 7)).toEqual(['6/7', 43, 4, 'A: 41; D: 42; E: 43; F: 43; G: 44; H: 45', 'B: chưa đủ minh chứng']);
    expect(line('Trường B', '1')?.[7]).toBe('Chênh lệch lớn – cần thảo luận');
    expect(line('Trường A', '1')?.[2]).toBe('7/7');
  });
});

describe('the plan setting «Chấm chéo»', () => {
  it('is written in words and read back', () => {
    const rules = [{ combine: 'trimmedMean', trim: 1, spreadThreshold: 10 }, { combine: 'median' }, { combine: 'mean', spreadThreshold: 2.5 }] as const;
    for (const rule of rules) expect(parseCrossScoringText(crossScoringText(rule))).toEqual(rule);
    expect(crossScoringText(rules[0])).toBe('Trung bình sau khi bỏ điểm cao nhất và thấp nhất; bỏ 1 điểm cao nhất và 1 điểm thấp nhất; chênh lệch tối đa 10 điểm');
    expect(parseCrossScoringText('trung vị; chênh lệch tối đa 7,5 điểm')).toEqual({ combine: 'median', spreadThreshold: 7.5 });
    expect(parseCrossScoringText('cộng dồn')).toBeUndefined();
    expect(parseCrossScoringText('Trung bình; khác')).toBeUndefined();
  });
});
