import { planSchema } from '../../src/domain/plan/schema';
import { parseInputs } from '../../src/workbook/parse/inputs';
import type { CellValue } from '../../src/workbook/grid';
import { brief, only, plan, registerSheet, run, sheet, workbook } from './inputs-fixtures';

const header = ['STT', 'Đơn vị', 'Họ tên / Tên tập thể', 'Cá nhân / Tập thể', 'Tập thể nhỏ hoặc trực tiếp (x)', 'Chức vụ', 'Hình thức đề nghị', 'Cấp', 'Xếp loại đánh giá', 'Sáng kiến', 'Ghi chú'];
const proposals = (...rows: CellValue[][]) => sheet('Đề nghị khen thưởng', [['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG'], header, ...rows]);
const withoutNoResults = (out: ReturnType<typeof run>) => brief(out.findings.filter((f) => f.code !== 'UNIT_NO_RESULTS'));

describe('award proposals', () => {
  test('reads a proposal with its unit, kind, mark, level and cells', () => {
    const out = run(registerSheet, proposals([1, 'A01', 'Nguyễn Văn An', 'Cá nhân', 'x', 'Giáo viên', 'Giấy khen', 'huyện', 'HTXSNV', 'SK số 3', 'ghi chú']));
    expect(out.proposalsSheet).toBe('Đề nghị khen thưởng');
    expect(out.input.proposals).toEqual([
      {
        unitCode: 'A01',
        unitName: 'Trường THCS A',
        name: 'Nguyễn Văn An',
        kind: 'individual',
        smallOrDirect: true,
        position: 'Giáo viên',
        form: 'Giấy khen',
        level: 'huyện',
        levelId: 'huyện',
        rating: 'HTXSNV',
        initiative: 'SK số 3',
        note: 'ghi chú',
        source: { sheet: 'Đề nghị khen thưởng', address: 'C3' },
        levelSource: { sheet: 'Đề nghị khen thưởng', address: 'H3' },
        // issue 5a: the form and rating cells, for eligibility findings
        formSource: { sheet: 'Đề nghị khen thưởng', address: 'G3' },
        ratingSource: { sheet: 'Đề nghị khen thưởng', address: 'I3' },
      },
    ]);
    expect(withoutNoResults(out)).toEqual([]);
  });

  test('kind keywords are tolerant; an invalid kind skips the row with a finding', () => {
    const out = run(
      registerSheet,
      proposals(
        [1, 'A01', 'An', 'CN', null, null, null, 'huyện'],
        [2, 'A01', 'Tổ Toán', 'tap the', 'có', null, null, 'huyện'],
        [3, 'A01', 'Bình', 'TT', '1', null, null, 'huyện'],
        [4, 'A01', 'Chi', 'nhóm', null, null, null, 'huyện'],
        [5, 'A01', 'Dũng', null, null, null, null, 'huyện'],
      ),
    );
    expect(out.input.proposals.map((p) => [p.name, p.kind, p.smallOrDirect])).toEqual([
      ['An', 'individual', false],
      ['Tổ Toán', 'collective', true],
      ['Bình', 'collective', true],
    ]);
    expect(withoutNoResults(out)).toEqual([
      { code: 'PROPOSAL_KIND_INVALID', at: 'Đề nghị khen thưởng!D6', params: { value: 'nhóm', expected: 'kind' } },
      { code: 'PROPOSAL_KIND_INVALID', at: 'Đề nghị khen thưởng!D7', params: { value: '', expected: 'kind' } },
    ]);
  });

  test('the same person proposed twice for the same form is reported at the second row; namesakes with other positions are not', () => {
    const out = run(
      registerSheet,
      proposals(
        [1, 'A01', 'Nguyễn Văn An', 'Cá nhân', null, 'Giáo viên', 'Chiến sĩ thi đua cơ sở', 'huyện'],
        [2, 'A01', 'Nguyễn Văn An', 'Cá nhân', null, 'Nhân viên', 'Chiến sĩ thi đua cơ sở', 'huyện'],
        [3, 'A01', 'Nguyễn Văn An', 'Cá nhân', null, 'Giáo viên', 'Lao động tiên tiến', 'huyện'],
        [4, 'A01', 'nguyễn văn  an', 'CN', null, 'giáo viên', 'chiến sĩ thi đua cơ sở', 'huyện'],
      ),
    );
    expect(out.input.proposals).toHaveLength(4);
    expect(withoutNoResults(out)).toEqual([
      { code: 'PROPOSAL_DUPLICATE', at: 'Đề nghị khen thưởng!C6', params: { name: 'nguyễn văn an', unit: 'Trường THCS A', form: 'chiến sĩ thi đua cơ sở', first: 'C3' } },
    ]);
  });

  test('levels: folded, "cấp …", national words → the highest level when the plan has "Trung ương"', () => {
    const levels = ['Huyện', 'cấp tỉnh', 'CAP HUYEN', 'Thủ tướng', 'Chính phủ', 'Nhà nước', 'TW', 'Trung ương', 'Bộ'];
    const out = run(registerSheet, proposals(...levels.map((l, i) => [i, 'A01', `Người ${i}`, 'Cá nhân', null, null, 'Bằng khen', l])));
    expect(out.input.proposals.map((p) => p.level)).toEqual(['huyện', 'tỉnh', 'huyện', 'Trung ương', 'Trung ương', 'Trung ương', 'Trung ương', 'Trung ương', 'Bộ']);
    expect(brief(only(out.findings, 'PROPOSAL_UNKNOWN_LEVEL'))).toEqual([
      { code: 'PROPOSAL_UNKNOWN_LEVEL', at: 'Đề nghị khen thưởng!H11', params: { value: 'Bộ', levels: 'cơ sở, huyện, tỉnh, Trung ương' } },
    ]);
    expect(only(out.findings, 'PROPOSAL_UNKNOWN_LEVEL')[0]?.unitCode).toBe('A01');
  });

  test('forms and ratings are matched to the plan\'s titles and ratings once, here; text neither names is reported at its cell', () => {
    const titled = planSchema.parse({
      ...plan,
      info: { ...plan.info, ratings: ['Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ'] },
      titles: [
        { id: 'LĐTT', name: 'Lao động tiên tiến', kind: 'individual', level: 'cơ sở' },
        { id: 'TTLĐTT', name: 'Tập thể lao động tiên tiến', kind: 'collective', level: 'cơ sở' },
      ],
    });
    const s = proposals(
      [1, 'A01', 'An', 'Cá nhân', null, null, 'lao dong tien tien', 'cấp cơ sở', 'HTTNV'],
      [2, 'A01', 'Bình', 'Cá nhân', null, null, 'Giấy khen của Giám đốc', 'cơ sở', 'Tốt'],
      [3, 'A01', 'Chi', 'Cá nhân', null, null, 'LĐTT', 'cơ sở', 'Tốt'],
      // The collective's title on an individual: its rating is never read, so it is not reported.
      [4, 'A01', 'Dũng', 'Cá nhân', null, null, 'TTLĐTT', 'cơ sở', 'Khá'],
    );
    const out = parseInputs(workbook(registerSheet, s), titled, { skipSheets: new Set() });
    expect(out.input.proposals.map((p) => [p.form, p.titleId, p.rating, p.ratingId, p.level, p.levelId])).toEqual([
      ['lao dong tien tien', 'LĐTT', 'HTTNV', 'Hoàn thành tốt nhiệm vụ', 'cơ sở', 'cơ sở'],
      ['Giấy khen của Giám đốc', undefined, 'Tốt', undefined, 'cơ sở', 'cơ sở'],
      ['LĐTT', 'LĐTT', 'Tốt', undefined, 'cơ sở', 'cơ sở'],
      ['TTLĐTT', 'TTLĐTT', 'Khá', undefined, 'cơ sở', 'cơ sở'],
    ]);
    expect(brief(out.findings.filter((f) => f.code.startsWith('ELIG_')))).toEqual([
      { code: 'ELIG_UNKNOWN_FORM', at: 'Đề nghị khen thưởng!G4', params: { form: 'Giấy khen của Giám đốc', name: 'Bình' } },
      { code: 'ELIG_RATING_UNKNOWN', at: 'Đề nghị khen thưởng!I5', params: { value: 'Tốt', ratings: 'Hoàn thành xuất sắc nhiệm vụ, Hoàn thành tốt nhiệm vụ' } },
    ]);
    // A plan without titles judges no proposal: no form or rating is reported.
    expect(parseInputs(workbook(registerSheet, s), plan, { skipSheets: new Set() }).findings.filter((f) => f.code.startsWith('ELIG_'))).toEqual([]);
  });

  test('without "Trung ương" in the plan, "Thủ tướng" is an unknown level (kept as written); a word of a combined level matches', () => {
    const twoTier = planSchema.parse({ ...plan, info: { ...plan.info, levels: ['cơ sở', 'huyện/xã', 'tỉnh'] } });
    const s = proposals([1, 'A01', 'An', 'Cá nhân', null, null, 'Bằng khen', 'Thủ tướng'], [2, 'A01', 'Bình', 'Cá nhân', null, null, 'Giấy khen', 'cấp xã']);
    const out = parseInputs(workbook(registerSheet, s), twoTier, { skipSheets: new Set() });
    expect(out.input.proposals.map((p) => p.level)).toEqual(['Thủ tướng', 'huyện/xã']);
    expect(brief(only(out.findings, 'PROPOSAL_UNKNOWN_LEVEL'))).toEqual([
      { code: 'PROPOSAL_UNKNOWN_LEVEL', at: 'Đề nghị khen thưởng!H3', params: { value: 'Thủ tướng', levels: 'cơ sở, huyện/xã, tỉnh' } },
    ]);
  });

  test('an unknown unit is a warning and the proposal is kept; a blank unit is no finding', () => {
    const out = run(registerSheet, proposals([1, 'Trường lạ', 'An', 'Cá nhân', null, null, null, 'huyện'], [2, null, 'Bình', 'Cá nhân', null, null, null, 'huyện']));
    expect(out.input.proposals.map((p) => [p.unitCode, p.unitName])).toEqual([
      [undefined, 'Trường lạ'],
      [undefined, ''],
    ]);
    expect(withoutNoResults(out)).toEqual([{ code: 'PROPOSAL_UNKNOWN_UNIT', at: 'Đề nghị khen thưởng!B3', params: { value: 'Trường lạ' } }]);
  });

  test('a bad mark is reported and read as no; empty and numbered-only rows are skipped; a row without a name is reported', () => {
    const out = run(
      registerSheet,
      proposals([1, 'A01', 'An', 'Cá nhân', 'có lẽ', null, null, 'huyện'], [2], [], [3, null, null, null, null], [4, 'A01', null, 'Cá nhân', null, null, null, 'huyện']),
    );
    expect(out.input.proposals.map((p) => [p.name, p.smallOrDirect])).toEqual([['An', false]]);
    expect(withoutNoResults(out)).toEqual([
      { code: 'VALUE_NOT_PASS_FAIL', at: 'Đề nghị khen thưởng!E3', params: { value: 'có lẽ', expected: 'yes' } },
      { code: 'COLUMN_MISSING', at: 'Đề nghị khen thưởng!C7', params: { sheet: 'Đề nghị khen thưởng', column: 'Họ tên / Tên tập thể', row: 7 } },
    ]);
  });

  test('tolerates reordered columns without diacritics, a unit code column, any sheet name', () => {
    const s = sheet('DS', [['CAP', 'Ho va ten', 'Ma don vi', 'Doi tuong', 'Hinh thuc khen thuong'], ['tỉnh', 'An', 'a02', 'cá nhân', 'Bằng khen']]);
    const out = run(registerSheet, s);
    expect(out.proposalsSheet).toBe('DS');
    expect(out.input.proposals).toEqual([
      expect.objectContaining({ unitCode: 'A02', unitName: 'Trường THCS B', name: 'An', kind: 'individual', level: 'tỉnh', form: 'Bằng khen', smallOrDirect: false }),
    ]);
  });

  test('no proposals sheet is fine; a named sheet without its header is reported; a missing required column too', () => {
    expect(run(registerSheet).findings.some((f) => f.code.startsWith('PROPOSAL') || f.code === 'HEADER_NOT_FOUND')).toBe(false);
    expect(brief(run(registerSheet, sheet('Đề nghị khen thưởng', [])).findings.filter((f) => f.code !== 'UNIT_NO_RESULTS'))).toEqual([]);
    const noHeader = run(registerSheet, sheet('Đề nghị khen thưởng', [['Nguyễn Văn An', 'Giáo viên']]));
    expect(brief(only(noHeader.findings, 'HEADER_NOT_FOUND'))).toEqual([
      {
        code: 'HEADER_NOT_FOUND',
        at: 'Đề nghị khen thưởng!A1',
        params: { sheet: 'Đề nghị khen thưởng', expected: 'Họ tên / Tên tập thể, Cá nhân / Tập thể, Cấp' },
      },
    ]);
    const noLevel = run(registerSheet, sheet('Đề nghị', [['Họ tên', 'Cá nhân / Tập thể'], ['An', 'CN']]));
    expect(brief(only(noLevel.findings, 'COLUMN_MISSING'))).toEqual([{ code: 'COLUMN_MISSING', at: 'Đề nghị!A1', params: { sheet: 'Đề nghị', column: 'Cấp' } }]);
    expect(noLevel.input.proposals).toEqual([]);
  });

  test('without a register, proposals are read and their units not checked', () => {
    const out = run(proposals([1, 'A01', 'An', 'Cá nhân', null, null, null, 'huyện']));
    expect(out.input.proposals.map((p) => [p.unitCode, p.unitName])).toEqual([[undefined, 'A01']]);
    expect(brief(out.findings)).toEqual([{ code: 'SHEET_MISSING', params: { sheet: 'Đơn vị' } }]);
  });
});
