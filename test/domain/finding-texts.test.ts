/**
 * Every finding code has a Vietnamese and an English text, and each reads its own parameters: the
 * samples below are typed against FindingParams, so a code added without a sample, or a sample that
 * does not fit its code, does not compile; what the texts make of them is checked at run time.
 */
import { finding, findingSeverity, type FindingCode, type FindingParams } from '../../src/domain/findings';
import { describeFinding, dictionaries } from '../../src/i18n';
import type { FindingTexts } from '../../src/i18n/types';

type Samples = { readonly [C in FindingCode]: FindingParams[C] };

const samples: Samples = {
  PLAN_INVALID: { sheet: 'Kế hoạch', field: 'Tiêu chí 2.1 – Điểm tối đa', issue: 'number' },
  PLAN_GROUP_MAX_MISMATCH: { code: '1', max: 50, sum: 45.5 },
  PLAN_BASE_TOTAL_NOT_SCALE: { sum: 95, scale: 100 },
  PLAN_DUPLICATE_CRITERION: { code: '1.1', count: 2 },
  PLAN_ORPHAN_CRITERION: { code: '2.1', parent: '2' },
  PLAN_TARGET_MISSING: { code: '2.1' },
  PLAN_STEPS_MISSING: { code: '3' },
  PLAN_POINTS_PER_CASE_MISSING: { code: '4' },
  PLAN_BANDS_OVERLAP: { minScore: 80, bands: 'Tốt, Khá' },
  PLAN_UNKNOWN_BAND: { band: 'Xuất sắc', form: 'Cờ thi đua' },
  PLAN_UNKNOWN_LEVEL: { level: 'Bộ', where: 'Cờ thi đua' },
  PLAN_QUOTA_OVER_BLOCK: { form: 'Bằng khen', level: 'tỉnh', quota: 3, block: 'Khối A', units: 2 },
  PLAN_UNKNOWN_GROUP: { group: '9' },
  PLAN_SETTING_UNREADABLE: { setting: 'Thang điểm', value: 'một trăm' },
  PLAN_SIGNATURE_MISMATCH: { signingFor: 'KT. TRƯỞNG PHÒNG', signerTitle: 'PHÓ TRƯỞNG PHÒNG', body: 'HỘI ĐỒNG THI ĐUA', head: 'Chủ tịch Hội đồng', expected: 'TM. HỘI ĐỒNG / CHỦ TỊCH' },
  PLAN_SETTING_UNKNOWN: { setting: 'Kiểu xếp hạng', value: 'liền', suggestion: 'Cách xếp hạng' },
  PLAN_OPTIONAL_COLUMN_MISSING: { sheet: 'Kế hoạch', section: 'Tỷ lệ', column: 'Tỷ lệ (%)', effect: 'skipped' },
  SHEET_MISSING: { sheet: 'Kế hoạch' },
  SHEET_EMPTY: { sheet: 'Đơn vị' },
  SHEET_HIDDEN: { sheet: 'TH01', role: 'kết quả của đơn vị' },
  HEADER_NOT_FOUND: { sheet: 'Đơn vị', expected: 'Mã đơn vị, Tên đơn vị' },
  COLUMN_MISSING: { sheet: 'Đơn vị', column: 'Khối' },
  MERGED_CELLS: { sheet: 'Đơn vị', range: 'A3:B4' },
  NUMBER_AS_TEXT: { value: '9,5', read: 9.5 },
  VALUE_PERCENT_DOUBTFUL: { value: 0.95, shown: 95, unit: '%', reason: 'fraction' },
  VALUE_NOT_NUMBER: { value: 'chín' },
  VALUE_ERROR: { value: '#REF!' },
  VALUE_NOT_PASS_FAIL: { value: 'hmm', expected: 'passFail' },
  VALUE_DATE: { value: '01/02/2025' },
  LEGACY_ENCODING: { value: 'Tr­êng', converted: 'Trường', encoding: 'tcvn3' },
  UNIT_DUPLICATE: { unit: 'TH01', kept: 'Đơn vị!A3', dropped: 'Đơn vị!A9' },
  UNIT_UNKNOWN: { sheet: 'Tổng hợp điểm', value: 'TH99' },
  UNIT_NO_RESULTS: { unit: 'Trường An', code: 'TH01' },
  UNIT_BLOCK_MISMATCH: { sheet: 'TH01', unit: 'Trường An', value: 'Khối B', block: 'Khối A' },
  UNIT_PERIOD_MISMATCH: { sheet: 'TH01', unit: 'Trường An', value: 'Học kỳ I', period: 'Cả năm' },
  UNIT_YEAR_MISMATCH: { sheet: 'TH01', unit: 'Trường An', value: 'Năm 2024', year: 2025 },
  CRITERION_UNKNOWN: { sheet: 'TH01', code: '9.9', reason: 'notInPlan' },
  CRITERION_DUPLICATE_ROW: { sheet: 'TH01', code: '1.1', first: 'A5' },
  CRITERION_NOT_IN_SHEET: { sheet: 'TH01', codes: '1.2, 2', count: 2 },
  PROPOSAL_UNKNOWN_LEVEL: { value: 'Bộ', levels: 'huyện, tỉnh' },
  PROPOSAL_UNKNOWN_UNIT: { value: 'TH99' },
  PROPOSAL_KIND_INVALID: { value: 'nhóm', expected: 'kind' },
  PROPOSAL_DUPLICATE: { name: 'Nguyễn Văn An', unit: 'TH01', form: 'Lao động tiên tiến', first: 'B4' },
  OWNED_SHEET_CONFLICT: { sheet: 'Tổng hợp', used: 'Tổng hợp (2)' },
  SHEET_MERGES_UNREAD: { sheet: 'TH01' },
  SCORE_MISSING: { code: '1.1', max: 10 },
  SCORE_NOT_APPRAISED: { count: 2, total: 8 },
  SCORE_FORM_BLANK: { unit: 'Trường An', sheet: 'TH01' },
  SCORE_OVER_MAX: { code: '1.1', tier: 'self', value: 12.5, max: 10, rule: 'clamp' },
  SCORE_NEGATIVE: { code: '4', tier: 'appraised', value: -2, max: 5, kind: 'deduction' },
  SCORE_BELOW_THRESHOLD: { code: '2', value: 10, max: 40, threshold: 20, percent: 50 },
  SCORE_GAP: { code: '1.1', self: 10, appraised: 4, gap: 6, limit: 3 },
  SCORE_DIFFERS_FROM_ACTUAL: { code: '1.2', value: 9, computed: 15, actual: 50 },
  ACTUAL_MISSING: { code: '1.2', unit: '%', max: 30 },
  MANDATORY_FAILED: { code: '1.1', method: 'points', required: 15, value: 10 },
  BONUS_CAPPED: { raw: 8, cap: 5 },
  DEDUCTION_CAPPED: { raw: 5, cap: 2 },
  SECTION_CAP_APPLIED: { code: '6', kind: 'deduction', raw: 3, cap: 1, cut: 2 },
  CASE_COUNT_INVALID: { code: '6', value: 1.5 },
  GATE_FAILED: { code: '5', text: 'Không có cán bộ vi phạm kỷ luật' },
  TIE_UNRESOLVED: { block: 'Khối A', rank: 2, count: 2, total: 95, units: 'Trường An, Trường Bình' },
  AWARD_TIE_AT_QUOTA: { block: 'Khối A', form: 'Bằng khen', level: 'tỉnh', rank: 1, slots: 1, count: 2, units: 'Trường An, Trường Bình' },
  AWARD_QUOTA_ZERO: { block: 'Khối B', form: 'Giấy khen', level: 'huyện', units: 3 },
  AWARD_PROVISIONAL: { scope: 'unit', unit: 'Trường An', form: 'Bằng khen', level: 'tỉnh', count: 2, codes: '1.1, 2' },
  RATIO_NOT_MET: { rule: 'Cấp tỉnh', levels: 'tỉnh', scope: 'all', subject: 'smallCollectiveOrDirectWorker', comparison: 'atLeast', qualifying: 3, total: 5, ratio: 60, threshold: 100, add: -1, remove: 2 },
  RATIO_NO_PROPOSALS: { rule: 'Cấp Trung ương', levels: 'Trung ương', scope: 'individual' },
  TIER_CHANGE_UNEXPLAINED: { code: '1.1', from: 'self', to: 'council', fromValue: 10, toValue: 6, delta: -4, threshold: 2 },
  AUDIT_LOG_DAMAGED: { sheet: 'Nhật ký chấm điểm', rows: 3 },
  AUDIT_LOG_ROW_CHANGED: { sheet: 'Nhật ký chấm điểm', row: 4 },
  ELIG_UNKNOWN_FORM: { form: 'Chiến sĩ thi đua', name: 'Nguyễn Văn An' },
  ELIG_LEVEL_MISMATCH: { form: 'Bằng khen', level: 'huyện', expected: 'tỉnh' },
  ELIG_KIND_MISMATCH: { form: 'Tập thể lao động tiên tiến', name: 'Nguyễn Văn An', kind: 'individual' },
  ELIG_RATING_UNKNOWN: { value: 'Giỏi', ratings: 'HTXSNV, HTTNV' },
  ELIG_AMBIGUOUS_PERSON: { name: 'Nguyễn Văn An', unit: 'TH01' },
  ELIG_TITLE_QUOTA_EXCEEDED: { rule: 'CSTĐCS', unit: 'TH01', cap: 2, count: 3, base: 12 },
  ELIG_RATING_QUOTA_EXCEEDED: { rule: 'HTXSNV', unit: 'TH01', cap: 2, count: 3, base: 12 },
  ELIG_TITLE_REF_UNKNOWN: { title: 'CSTĐCS', ref: 'LĐTT2' },
  ELIG_NO_COUNCIL: {},
  ELIG_HISTORY_YEAR_INVALID: { value: 'năm ngoái' },
  ELIG_HISTORY_TEXT_UNKNOWN: { value: 'Khen miệng' },
  ELIG_UNKNOWN_UNIT: { sheet: 'Lịch sử khen thưởng', value: 'TH99' },
  TABLE_NOT_FOUND: { source: 'bang-diem.docx' },
  TABLE_COLUMN_MISSING: { row: 2, columns: '«Thưởng», «Trừ»' },
  TABLE_ROW_UNREAD: { row: 7, text: 'Ghi chú cuối bảng' },
  TABLE_VALUE_UNREAD: { row: 8, code: '1.2', value: 'năm' },
  TABLE_NO_MAX: { row: 9, code: '1.3' },
  TABLE_GROUP_SUM: { row: 3, code: '1', max: 50, sum: 45 },
  TABLE_TOTAL_MISMATCH: { row: 30, total: 100, sum: 95 },
  TABLE_CODE_QUALIFIED: { row: 12, written: '1', code: 'B.1', section: 'B', why: 'repeated' },
  TABLE_CODE_PROPOSED: { row: 13, code: '3.1', text: 'Tham gia phong trào' },
  TABLE_NOTE_UNREAD: { row: 31, text: 'Điểm cộng không quá 5 điểm' },
  TABLE_CAP_SECTION_UNKNOWN: { row: 32, section: 'D', kind: 'bonus', value: 5 },
  TABLE_CAP_PLACED: { row: 33, code: 'C.1', section: 'C', kind: 'deduction', value: 3 },
  TABLE_ONE_OF: { row: 20, code: 'C', cap: 3 },
  TABLE_CONDITION_UNCHECKED: { row: 21, code: 'C', text: 'đạt danh hiệu tập thể lao động tiên tiến' },
  TABLE_ADJUSTMENTS_BESIDE: { row: 22, code: '4', max: 10, parent: 'B' },
  TABLE_POINTS_CONFLICT: { row: 2, code: '1.1', column: 3, text: 2, used: 3 },
  TABLE_SEVERAL_RULES: { row: 23, code: '5', count: 2 },
  TABLE_PER_CASE_UNCAPPED: { row: 24, code: '6', points: 0.5 },
  TABLE_POINTS_LOST: { row: 25, code: '7', max: 10 },
  TABLE_LEVELS_REVIEW: { levels: 'huyện; tỉnh' },
  TABLE_SCALE_FROM_SUM: { scale: 100 },
  BALLOT_VOTE_UNREADABLE: { value: 'ok', member: 'Thành viên 9' },
  BALLOT_VOTE_ABSENT: { value: 'đồng ý', member: 'Thành viên 2' },
  BALLOT_ATTENDANCE_UNREADABLE: { value: 'đi muộn', member: 'Thành viên 3' },
  BALLOT_ROW_UNKNOWN: { name: 'Nguyễn Văn An', form: 'CSTĐCS' },
  BALLOT_MEMBERS_MISMATCH: { columns: 7, members: 9 },
  BALLOT_NO_QUORUM: { present: 4, members: 9, needed: 5 },
  BALLOT_TIE_UNRESOLVED: { block: 'Khối Tiểu học', form: 'Cờ thi đua', slots: 1, count: 2, units: 'Trường A, Trường B', yes: 5, left: 0 },
  CROSS_SELF_SCORE: { scorer: 'TH01', code: '1.1' },
  CROSS_OTHER_BLOCK: { scorer: 'TH01', unit: 'TH09' },
  CROSS_ABSTAIN_NO_REASON: { scorer: 'TH02', code: '1.2' },
  CROSS_SPREAD: { code: '2', spread: 12, threshold: 10 },
  CROSS_SCORER_SUPERSEDED: { sheet: 'Chấm chéo TH01', scorer: 'TH01', by: 'Chấm chéo TH01 (2)' },
  CROSS_SCORER_TWICE: { scorer: 'TH01', sheet: 'Chấm TH01', other: 'Chấm TH01 bản 2' },
  CROSS_VALUE_UNREADABLE: { value: 'khá' },
  CROSS_UNIT_UNKNOWN: { value: 'TH99' },
  PLAN_STEP_OVER_MAX: { code: '1', points: 95, max: 90, steps: 1, rule: 'reject' },
  PLAN_BAND_UNREACHABLE: { band: 'Xuất sắc', minScore: 120, highest: 105, scale: 100 },
  PLAN_BAND_ABOVE_SCALE: { band: 'Tốt', minScore: 102, scale: 100, highest: 105 },
  PLAN_AWARD_ORDER_SHARED: { form: 'Bằng khen', level: 'tỉnh', order: 1, other: 'Giấy khen', otherLevel: 'huyện' },
  PLAN_AWARD_QUOTA_ZERO: { form: 'Bằng khen', level: 'tỉnh' },
  UNIT_NAME_MIXED_SCRIPT: { unit: 'TH01', field: 'name', text: 'Trường Аn', letters: 'А', script: 'cyrillic', latin: 'Trường An' },
  UNIT_NAME_LOOKALIKE: { unit: 'TH02', name: 'Trường Аn', other: 'TH01', otherName: 'Trường An' },
};

/** The other shapes of the codes whose parameters come in more than one. */
const otherShapes = [
  finding('COLUMN_MISSING', { sheet: 'Đơn vị', column: 'Khối', row: 7 }),
  finding('VALUE_PERCENT_DOUBTFUL', { value: 95, shown: 9500, unit: 'hồ sơ', reason: 'percentCell' }),
  finding('VALUE_NOT_NUMBER', { value: 'nhiều', expected: 'wholeNumber' }),
  finding('CRITERION_UNKNOWN', { sheet: 'TH01', code: '1', reason: 'group', value: 40, sum: 35 }),
  finding('CRITERION_UNKNOWN', { sheet: 'TH01', code: '1', reason: 'group', value: 40 }),
  finding('SCORE_GAP', { self: 80, appraised: 70, gap: 10, limit: 5, criteria: 6 }),
  finding('SCORE_GAP', { self: 80, appraised: 70, gap: 10, limit: 5 }),
  finding('MANDATORY_FAILED', { code: '1.2', method: 'targetRatio', required: 30, actual: 50, target: 100 }),
  finding('MANDATORY_FAILED', { code: '5', method: 'passFail', required: 1, actual: 0 }),
  finding('MANDATORY_FAILED', { code: '1.1', method: 'points', required: 15 }),
  finding('AWARD_PROVISIONAL', { scope: 'block', block: 'Khối A', count: 1, size: 3, units: 'Trường Cường', withheld: 2 }),
  finding('AWARD_PROVISIONAL', { scope: 'block', block: 'Khối A', count: 1, size: 3, units: 'Trường Cường', withheld: 0 }),
  finding('RATIO_NOT_MET', { rule: 'Cấp tỉnh', levels: 'tỉnh', scope: 'collective', subject: 'individual', comparison: 'atMost', qualifying: 4, total: 5, ratio: 80, threshold: 50, add: 3, remove: 2 }),
  finding('PLAN_SETTING_UNKNOWN', { setting: 'Ghi chú riêng', value: 'x' }),
  finding('PLAN_OPTIONAL_COLUMN_MISSING', { sheet: 'Kế hoạch', section: 'Danh hiệu', column: 'Tên gọi khác', effect: 'default' }),
  finding('TABLE_CODE_QUALIFIED', { row: 12, written: '1', code: 'B.1', section: 'B', why: 'heading' }),
  finding('TABLE_POINTS_CONFLICT', { row: 5, code: '2.1', column: 'bonus', text: 'deduction', used: 'bonus' }),
  finding('TABLE_NOT_FOUND', { source: 'bang-diem.xlsx', row: 1 }),
  finding('PLAN_STEP_OVER_MAX', { code: '1', points: 15, max: 10, steps: 2, rule: 'clamp' }),
];

const all = [...(Object.keys(samples) as FindingCode[]).map((code) => finding(code, samples[code])), ...otherShapes];

describe('finding texts', () => {
  it('every code has its texts in both languages, and no text is for a code that does not exist', () => {
    const codes = Object.keys(findingSeverity).sort();
    expect(Object.keys(dictionaries.vi.findings).sort()).toEqual(codes);
    expect(Object.keys(dictionaries.en.findings).sort()).toEqual(codes);
  });

  it.each(['vi', 'en'] as const)('%s: every text, filled with its code\'s parameters, leaves nothing unfilled', (language) => {
    for (const f of all) {
      const { message, fix } = describeFinding(f, language);
      for (const text of [message, fix]) {
        expect({ code: f.code, text }).not.toEqual({ code: f.code, text: expect.stringMatching(/undefined|NaN|\{|\[object|«»/) });
        expect(text.length).toBeGreaterThan(10);
      }
    }
  });

  it('a disagreement on the kind of points names the kinds in words, not the plan\'s keys', () => {
    const f = finding('TABLE_POINTS_CONFLICT', { row: 5, code: '2.1', column: 'bonus', text: 'deduction', used: 'bonus' });
    expect(describeFinding(f, 'vi').message).toBe('Dòng 5, tiêu chí 2.1: cột điểm ghi «điểm cộng» nhưng lời văn ghi «điểm trừ»; tạm lấy theo điểm cộng.');
    expect(describeFinding(f, 'en').message).toBe('Row 5, criterion 2.1: the points column says «bonus» but the text says «deduction»; bonus is used for now.');
  });

  it('the compiler refuses a parameter missing, misspelt or of the wrong type, and a text for no code', () => {
    // Each line below must fail to compile (tsc checks the tests): the expectation is the type check itself.
    // @ts-expect-error a missing parameter
    finding('SCORE_MISSING', { code: '1.1' });
    // @ts-expect-error a misspelt parameter
    finding('SCORE_MISSING', { code: '1.1', maxx: 10 });
    // @ts-expect-error a parameter of the wrong type
    finding('SCORE_MISSING', { code: '1.1', max: '10' });
    // @ts-expect-error a word the texts do not know
    finding('SCORE_OVER_MAX', { code: '1.1', tier: 'council', value: 12, max: 10, rule: 'clamp' });
    const texts: FindingTexts<'SHEET_EMPTY'> = {
      SHEET_EMPTY: {
        // @ts-expect-error a text reading a parameter its code does not have
        message: (p) => `${p.sheets}`,
        fix: (p) => p.sheet,
      },
      // @ts-expect-error a text for a code outside the table's
      SHEET_MISSING: { message: () => '', fix: () => '' },
    };
    // @ts-expect-error a table missing one of its codes
    const missing: FindingTexts<'SHEET_EMPTY' | 'SHEET_MISSING'> = { SHEET_EMPTY: texts.SHEET_EMPTY };
    expect(missing).toBeDefined();
  });
});
