import { evaluate } from '../../src/domain/evaluate';
import type { Entry } from '../../src/domain/input/schema';
import { highlightsFor } from '../../src/workbook/render/highlights';
import { makeStamp } from '../../src/workbook/render/stamp';
import { renderTiers, renderTiersWithoutPlan, tierMarks } from '../../src/workbook/render/tiers';
import { cell, crit, entry, makePlan, unit } from '../domain/fixtures';

const plan = makePlan({ criteria: [crit('1', 60), crit('2', 40)], info: { gapWarning: 5, tierThreshold: 2, signerName: 'Nguyễn Văn An' } });
const stamp = makeStamp(new Date('2024-12-20T02:00:00Z'), 'ba65547c09962b5b', 'afce204f5dec8437');
const leader = (code: string, self: number, bl: number | undefined, council: number | undefined, extra: Partial<Entry> = {}): Entry =>
  entry(code, self, council, { ...(bl === undefined ? {} : { blockLeaderScore: bl }), blockLeaderSource: cell(`H${code}`), appraisedSource: cell(`F${code}`), ...extra });

function sheetFor(entries: Entry[]) {
  const evaluation = evaluate(plan, { units: [unit('A', 'Trường An')], results: [{ unitCode: 'A', entries }], proposals: [] });
  return { evaluation, spec: renderTiers({ plan, evaluation, stamp, name: 'Thẩm định các cấp', logSheet: 'Nhật ký chấm điểm' }) };
}
const values = (rows: readonly (readonly { value: string | number | null }[])[]) => rows.map((r) => r.map((c) => c.value));

describe('the "Thẩm định các cấp" sheet', () => {
  it('prints A4 landscape, header repeated, fit to width, with the short fingerprint in the footer and the threshold', () => {
    const { spec } = sheetFor([leader('1', 50, 45, 45), leader('2', 30, 30, 30)]);
    expect(spec.page).toMatchObject({ orientation: 'landscape', paper: 'A4', fitToWidth: true });
    // One small footer line on every page, none among the rows the council signs.
    expect(spec.page?.footer).toBe('Mã kiểm tra dữ liệu: afce-204f-5dec (mã đầy đủ ở sheet «Nhật ký chấm điểm») · Mã kế hoạch: ba65-547c-0996 · Lập lúc: 20/12/2024 09:00');
    const flat = values(spec.rows).flat();
    expect(flat.some((v) => typeof v === 'string' && v.startsWith('Mã kiểm tra'))).toBe(false);
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

  it("marks every changed later-tier cell 'tierChange' with the change as its note; a finding's colour on the same cell wins", () => {
    const { evaluation } = sheetFor([leader('1', 50, 49, 40), leader('2', 30, 30, 30)]);
    expect(tierMarks(evaluation)).toEqual([
      { sheet: 'Kết quả', address: 'H1', kind: 'tierChange', note: 'Điểm đã đổi giữa các cấp chấm: Tự chấm → Khối trưởng: -1' },
      { sheet: 'Kết quả', address: 'F1', kind: 'tierChange', note: 'Điểm đã đổi giữa các cấp chấm: Khối trưởng → Hội đồng: -9' },
    ]);
    // self 50 → council 40 is also a self/appraised gap (a warning): amber outranks the quiet tier colour on F1,
    // and the note keeps both, the warning first.
    const drawn = highlightsFor(evaluation.findings, new Set(), tierMarks(evaluation));
    const f1 = drawn.find((h) => h.address === 'F1');
    expect(f1?.kind).toBe('warning');
    expect(f1?.note?.split('\n')).toHaveLength(evaluation.findings.filter((f) => f.cell?.address === 'F1').length + 1);
    expect(f1?.note?.startsWith('Cảnh báo: ')).toBe(true);
    expect(f1?.note?.endsWith('Điểm đã đổi giữa các cấp chấm: Khối trưởng → Hội đồng: -9')).toBe(true);
    expect(drawn.find((h) => h.address === 'H1')).toEqual({ sheet: 'Kết quả', address: 'H1', kind: 'tierChange', note: 'Điểm đã đổi giữa các cấp chấm: Tự chấm → Khối trưởng: -1' });
  });

  it('ends with the signature block from the plan, room left to sign and seal', () => {
    const { spec } = sheetFor([leader('1', 50, 45, 45), leader('2', 30, 30, 30)]);
    const rows = values(spec.rows);
    const title = rows.findIndex((r) => r.includes(plan.info.signerTitle));
    expect(title).toBeGreaterThan(0);
    const name = rows.findIndex((r, i) => i > title && r.includes(plan.info.signerName));
    expect(name - title).toBeGreaterThanOrEqual(5);
  });

  it('without a plan it says so', () => {
    expect(values(renderTiersWithoutPlan('Thẩm định các cấp').rows).flat()).toContain('Không đọc được kế hoạch thi đua: xem sheet «Kiểm tra».');
  });
});
