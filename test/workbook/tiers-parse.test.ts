import { tierThreshold } from '../../src/domain/evaluate/tiers';
import { planPresets } from '../../src/domain/plan/presets';
import type { Plan } from '../../src/domain/plan/schema';
import { parsePlanSheet } from '../../src/workbook/plan/parse';
import { renderPlanSheet } from '../../src/workbook/render/plan-sheet';
import { snapshotFromSpec } from '../../src/workbook/spec-snapshot';
import { registerSheet, run, sheet } from './inputs-fixtures';

const entriesOf = (out: ReturnType<typeof run>, unitCode: string) => out.input.results.find((r) => r.unitCode === unitCode)?.entries ?? [];

describe('the reason column ("Lý do điều chỉnh") and the block leader cell', () => {
  test('a unit sheet reads the reason as text with its cell, and the block leader score with its cell', () => {
    const rows = [
      ['Đơn vị: A01'],
      ['Mã tiêu chí', 'Điểm tự chấm', 'Điểm khối trưởng', 'Điểm thẩm định', 'Lý do điều chỉnh', 'Ghi chú'],
      ['1.1', 9, 6, 6, '  Thiếu minh chứng ', 'x'],
      ['1.2', 18, 18, 17, null, null],
    ];
    const [a, b] = entriesOf(run(registerSheet, sheet('A', rows)), 'A01');
    expect(a).toMatchObject({
      blockLeaderScore: 6,
      blockLeaderSource: { sheet: 'A', address: 'C3' },
      reason: 'Thiếu minh chứng',
      reasonSource: { sheet: 'A', address: 'E3' },
      note: 'x',
    });
    expect(b).toMatchObject({ reason: '', reasonSource: { sheet: 'A', address: 'E4' } });
  });

  test.each(['Lý do', 'Lý do thay đổi', 'Giải trình', 'LY DO DIEU CHINH'])('the alias "%s" names the reason column', (header) => {
    const rows = [['Đơn vị: A01'], ['Mã tiêu chí', 'Điểm tự chấm', header], ['1.1', 9, 'Đã bổ sung']];
    expect(entriesOf(run(registerSheet, sheet('A', rows)), 'A01')[0]).toMatchObject({ reason: 'Đã bổ sung', reasonSource: { sheet: 'A', address: 'C3' } });
  });

  test('without the column there is no reason and no cell', () => {
    const rows = [['Đơn vị: A01'], ['Mã tiêu chí', 'Điểm tự chấm'], ['1.1', 9]];
    const e = entriesOf(run(registerSheet, sheet('A', rows)), 'A01')[0];
    expect(e?.reason).toBeUndefined();
    expect(e?.reasonSource).toBeUndefined();
  });

  test('the consolidated sheet reads "1.1 KT" and "1.1 LD" / "1.1 lý do điều chỉnh" per criterion', () => {
    const s = sheet('Tổng hợp điểm', [
      ['Mã đơn vị', '1.1 TC', '1.1 KT', '1.1 TĐ', '1.1 LD', '1.2 TC', '1.2 lý do điều chỉnh'],
      ['A01', 9, 7, 7, 'Trừ do nộp muộn', 18, null],
    ]);
    const [a, b] = entriesOf(run(registerSheet, s), 'A01');
    expect(a).toMatchObject({
      selfScore: 9,
      blockLeaderScore: 7,
      blockLeaderSource: { sheet: 'Tổng hợp điểm', address: 'C2' },
      appraisedScore: 7,
      reason: 'Trừ do nộp muộn',
      reasonSource: { sheet: 'Tổng hợp điểm', address: 'E2' },
    });
    expect(b).toMatchObject({ selfScore: 18, reason: '', reasonSource: { sheet: 'Tổng hợp điểm', address: 'G2' } });
  });
});

describe('the plan setting "Ngưỡng chênh lệch giữa các cấp"', () => {
  const base = planPresets[0]?.plan;
  if (!base) throw new Error('no preset');
  const rendered = (plan: Plan) => snapshotFromSpec(renderPlanSheet(plan));

  test('is written under its Vietnamese name and read back; blank stays blank (the gap warning applies)', () => {
    const withSetting: Plan = { ...base, info: { ...base.info, tierThreshold: 3.5 } };
    const sheetOut = rendered(withSetting);
    const row = sheetOut.rows.find((r) => r[0] === 'Ngưỡng chênh lệch giữa các cấp');
    expect(row?.[2]).toBe(3.5);
    expect(parsePlanSheet(sheetOut).plan?.info.tierThreshold).toBe(3.5);
    const blank = parsePlanSheet(rendered(base)).plan;
    expect(blank?.info.tierThreshold).toBeUndefined();
    expect(blank && tierThreshold(blank)).toBe(base.info.gapWarning);
  });
});
