/** The optional award-history and staff-ratings sheets, and the proposals' eligibility columns (issue 5a). */
import { findPreset } from '../../src/domain/plan/presets';
import type { Plan } from '../../src/domain/plan/schema';
import type { CellValue } from '../../src/workbook/grid';
import { parseInputs } from '../../src/workbook/parse/inputs';
import { runScoring } from '../../src/workbook/run';
import { renderPlanSheet } from '../../src/workbook/render/plan-sheet';
import { snapshotFromSpec } from '../../src/workbook/spec-snapshot';
import { brief, registerSheet, sheet, unitSheet, workbook } from './inputs-fixtures';

const preset = findPreset('pgddt-chau-thanh-2024');
if (!preset) throw new Error('no preset');
const plan: Plan = preset.plan;

const proposalHeader = ['Đơn vị', 'Họ tên / Tên tập thể', 'Cá nhân / Tập thể', 'Chức vụ', 'Hình thức đề nghị', 'Cấp', 'Xếp loại đánh giá', 'Sáng kiến', 'Sáng kiến cấp', 'Số tháng công tác'];
const proposals = (...rows: CellValue[][]) => sheet('Đề nghị khen thưởng', [proposalHeader, ...rows]);
const history = (name: string, ...rows: CellValue[][]) => sheet(name, [['LỊCH SỬ KHEN THƯỞNG'], ['Họ tên', 'Đơn vị', 'Năm', 'Danh hiệu / Hình thức', 'Xếp loại'], ...rows]);
const ratings = (name: string, ...rows: CellValue[][]) => sheet(name, [['Họ và tên', 'Mã đơn vị', 'Tổ / Bộ phận', 'Xếp loại'], ...rows]);
const parse = (...sheets: ReturnType<typeof sheet>[]) => parseInputs(workbook(...sheets), plan, { skipSheets: new Set() });
const mine = (out: ReturnType<typeof parse>) => brief(out.findings.filter((f) => f.code !== 'UNIT_NO_RESULTS'));

describe('proposal columns for eligibility', () => {
  it('reads months of service, an initiative count or "không", and the initiative level as a plan level', () => {
    const out = parse(
      registerSheet,
      proposals(
        ['A01', 'An', 'Cá nhân', 'Giáo viên', 'LĐTT', 'huyện', 'HTTNV', 2, 'cấp tỉnh', 4],
        ['A01', 'Bình', 'Cá nhân', 'Giáo viên', 'LĐTT', 'huyện', 'HTTNV', 'không', null, '11,5'],
        ['A01', 'Chi', 'Cá nhân', 'Giáo viên', 'LĐTT', 'huyện', 'HTTNV', 'Sáng kiến A', 'huyện', 'mười'],
      ),
    );
    const [an, binh, chi] = out.input.proposals;
    expect(an).toMatchObject({ serviceMonths: 4, initiatives: 2, initiativeLevel: 'tỉnh' });
    expect(binh).toMatchObject({ serviceMonths: 11.5, initiatives: 0 });
    expect(chi?.initiatives).toBeUndefined();
    expect(chi?.serviceMonths).toBeUndefined();
    expect(mine(out)).toEqual([
      { code: 'NUMBER_AS_TEXT', at: "Đề nghị khen thưởng!J3", params: { value: '11,5', read: 11.5 } },
      expect.objectContaining({ code: 'VALUE_NOT_NUMBER', at: "Đề nghị khen thưởng!J4" }),
    ]);
  });
});

describe('award history sheet', () => {
  it('is found by its name, units resolved through the register, one entry per title and per rating', () => {
    const out = parse(registerSheet, history('Lịch sử khen thưởng', ['An', 'Trường THCS A', 2023, 'CSTĐCS', 'HTXSNV'], ['An', 'A01', 2022, 'Lao động tiên tiến', null]));
    expect(out.historySheet).toBe('Lịch sử khen thưởng');
    expect(out.input.history?.map((e) => [e.unitCode, e.year, e.text])).toEqual([
      ['A01', 2023, 'CSTĐCS'],
      ['A01', 2023, 'HTXSNV'],
      ['A01', 2022, 'Lao động tiên tiến'],
    ]);
    expect(mine(out)).toEqual([]);
  });

  it('reports a year it cannot read, a text that is no title or rating, and an unknown unit, each at its cell', () => {
    const out = parse(
      registerSheet,
      history('Quá trình khen thưởng', ['An', 'A01', 'năm ngoái', 'CSTĐCS'], ['An', 'A01', 2023, 'Giấy khen Đoàn'], ['Bình', 'Trường Z', 2023, 'LĐTT']),
    );
    expect(mine(out).map((f) => [f.code, f.at])).toEqual([
      ['VALUE_NOT_NUMBER', "Quá trình khen thưởng!C3"],
      ['ELIG_HISTORY_YEAR_INVALID', "Quá trình khen thưởng!C3"],
      ['ELIG_HISTORY_TEXT_UNKNOWN', "Quá trình khen thưởng!D4"],
      ['ELIG_UNKNOWN_UNIT', "Quá trình khen thưởng!B5"],
    ]);
    expect(out.input.history).toHaveLength(2);
  });

  it('is undefined when the workbook has none (conditions needing it are then "cần kiểm tra")', () => {
    const out = parse(registerSheet);
    expect(out.input.history).toBeUndefined();
    expect(out.input.staffRatings).toBeUndefined();
  });
});

describe('staff ratings sheet', () => {
  it('is found by its header under any name, with teams and an unknown rating reported', () => {
    const out = parse(registerSheet, ratings('Sheet7', ['An', 'A01', 'Tổ Toán', 'HTXSNV'], ['Bình', 'A01', 'Tổ Toán', 'Khá']));
    expect(out.ratingsSheet).toBe('Sheet7');
    expect(out.input.staffRatings?.map((r) => [r.unitCode, r.group, r.rating])).toEqual([
      ['A01', 'Tổ Toán', 'HTXSNV'],
      ['A01', 'Tổ Toán', 'Khá'],
    ]);
    expect(mine(out).map((f) => [f.code, f.at])).toEqual([['ELIG_RATING_UNKNOWN', 'Sheet7!D3']]);
  });
});

describe('the run writes the proposal summary only when there is something to list', () => {
  const planSheet = snapshotFromSpec(renderPlanSheet({ ...plan, info: { ...plan.info, councilMembers: 7 } }));
  const register = sheet('Đơn vị', [['Mã đơn vị', 'Tên đơn vị', 'Khối/Cụm'], ['A01', 'Trường THCS A', 'THCS']]);
  const unit = unitSheet('A01', [['Đơn vị: Trường THCS A'], ['Khối: THCS']]);
  const now = new Date('2024-12-20T02:00:00Z');

  it('owns "Tổng hợp đề nghị khen thưởng" next to the summary, and reads the history into the input fingerprint', () => {
    const withProposals = runScoring(workbook(planSheet, register, unit, proposals(['A01', 'An', 'Cá nhân', 'Giáo viên', 'Chiến sĩ thi đua cấp tỉnh', 'tỉnh', 'HTXSNV', 1, 'tỉnh'])), { now });
    expect(withProposals.outputSheets.proposals).toBe('Tổng hợp đề nghị khen thưởng');
    expect(withProposals.writePlan.sheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Tổng hợp đề nghị khen thưởng', 'Kiểm tra', 'Thẩm định các cấp', 'Nhật ký chấm điểm', 'ThiDua_TrangThai']);
    const verdict = withProposals.evaluation?.eligibility?.verdicts[0];
    expect(verdict?.verdict).toBe('needsCheck');
    expect(verdict?.votesNeeded).toBe(7);

    const withHistory = runScoring(
      workbook(planSheet, register, unit, proposals(['A01', 'An', 'Cá nhân', 'Giáo viên', 'Chiến sĩ thi đua cấp tỉnh', 'tỉnh', 'HTXSNV', 1, 'tỉnh']), history('Lịch sử khen thưởng', ['An', 'A01', 2022, 'CSTĐCS'], ['An', 'A01', 2023, 'CSTĐCS'], ['An', 'A01', 2024, 'CSTĐCS'])),
      { now },
    );
    expect(withHistory.evaluation?.eligibility?.verdicts[0]?.verdict).toBe('eligible');
    expect(withHistory.stamp.inputFingerprint).not.toBe(withProposals.stamp.inputFingerprint);

    const without = runScoring(workbook(planSheet, register, unit), { now });
    expect(without.outputSheets.proposals).toBeUndefined();
    expect(without.writePlan.sheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Kiểm tra', 'Thẩm định các cấp', 'Nhật ký chấm điểm', 'ThiDua_TrangThai']);
  });

  it('leaves a user sheet with that name alone and says where it wrote instead', () => {
    const users = sheet('Tổng hợp đề nghị khen thưởng', [['Bảng của tôi']]);
    const out = runScoring(workbook(planSheet, register, unit, users, proposals(['A01', 'An', 'Cá nhân', 'Giáo viên', 'LĐTT', 'huyện', 'HTTNV'])), { now });
    // Excel takes at most 31 characters: the name is cut so that its number still fits.
    expect(out.outputSheets.proposals).toBe('Tổng hợp đề nghị khen thưởn (2)');
    expect(out.findings.some((f) => f.code === 'OWNED_SHEET_CONFLICT' && f.params.used === 'Tổng hợp đề nghị khen thưởn (2)')).toBe(true);
  });
});
