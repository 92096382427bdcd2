import { evaluate } from '../../src/domain/evaluate';
import type { Entry } from '../../src/domain/input/schema';
import { highlightsFor } from '../../src/workbook/render/highlights';
import { makeStamp } from '../../src/workbook/render/stamp';
import { renderTiers, renderTiersWithoutPlan, tierMarks } from '../../src/workbook/render/tiers';
import { cell, crit, entry, makePlan, unit } from '../domain/fixtures';

const plan = makePlan({ criteria: [crit('1', 60), crit('2', 40)], info: { gapWarning: 5, tierThreshold: 2 } });
const stamp = makeStamp(new Date('2024-12-20T02:00:00Z'), 'ba65547c09962b5b', 'afce204f5dec8437');
const leader = (code: string, self: number, bl: number | undefined, council: number | undefined, extra: Partial<Entry> = {}): Entry =>
  entry(code, self, council, { ...(bl === undefined ? {} : { blockLeaderScore: bl }), blockLeaderSource: cell(`H${code}`), appraisedSource: cell(`F${code}`), ...extra });

function sheetFor(entries: Entry[]) {
  const evaluation = evaluate(plan, { units: [unit('A', 'Trường An')], results: [{ unitCode: 'A', entries }], proposals: [] });
  return { evaluation, spec: renderTiers({ plan, evaluation, stamp, name: 'Thẩm định các cấp', logSheet: 'Nhật ký chấm điểm' }) };
}
const values = (rows: readonly (readonly { value: string | number | null }[])[]) => rows.map((r) => r.map((c) => c.value));

describe('the "Thẩm định các cấp" sheet', () => {
  it('prints A4 landscape, header repeated, fit to width, with the short fingerprint and the threshold', () => {
    const { spec } = sheetFor([leader('1', 50, 45, 45), leader('2', 30, 30, 30)]);
    expect(spec.page).toMatchObject({ orientation: 'landscape', paper: 'A4', fitToWidth: true });
    const flat = values(spec.rows).flat();
    expect(flat).toContain('Mã kiểm tra dữ liệu: afce-204f-5dec (mã đầy đủ ở sheet «Nhật ký chấm điểm») · Mã kế hoạch: ba65-547c-0996 · Lập lúc: 20/12/2024 09:00');
    expect(flat.some((v) => typeof v === 'string' && v.startsWith('Ngưỡng chênh lệch giữa các cấp: 2 điểm'))).toBe(true);
    const header = spec.page?.printTitleRows?.[0] ?? 0;
    expect(spec.rows[header - 1]?.[0]?.value).toBe('STT / Mã tiêu chí');
  });

  it('shows the totals per tier side by side and only the criteria that changed', () => {
    const { spec } = sheetFor([leader('1', 50, 45, 45), leader('2', 30, undefined, 30)]);
    const rows = values(spec.rows);
    const unitRow = rows.findIndex((r) => r[1] === 'Trường An — tổng điểm các tiêu chí cơ bản');
    expect(rows[unitRow]?.slice(2, 5)).toEqual([80, 'chưa đủ', 75]);
    expect(rows[unitRow + 1]?.[0]).toBe('1');
    expect(rows[unitRow + 1]?.[7]).toBe('Chưa có lý do – cần giải trình');
    expect(rows.some((r) => r[0] === '2')).toBe(false);
  });

  it("marks every changed later-tier cell 'tierChange'; a stronger highlight on the same cell wins", () => {
    const { evaluation } = sheetFor([leader('1', 50, 49, 40), leader('2', 30, 30, 30)]);
    expect(tierMarks(evaluation)).toEqual([
      { sheet: 'Kết quả', address: 'H1', kind: 'tierChange' },
      { sheet: 'Kết quả', address: 'F1', kind: 'tierChange' },
    ]);
    // self 50 → council 40 is also a self/appraised gap: 'gap' outranks 'tierChange' on F1.
    const drawn = highlightsFor(evaluation.findings, new Set(), tierMarks(evaluation));
    expect(drawn.filter((h) => h.address === 'F1' || h.address === 'H1')).toEqual([
      { sheet: 'Kết quả', address: 'F1', kind: 'gap' },
      { sheet: 'Kết quả', address: 'H1', kind: 'tierChange' },
    ]);
  });

  it('without a plan it says so', () => {
    expect(values(renderTiersWithoutPlan('Thẩm định các cấp').rows).flat()).toContain('Không đọc được kế hoạch thi đua: xem sheet «Kiểm tra».');
  });
});
