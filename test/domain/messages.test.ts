import { evaluate } from '../../src/domain/evaluate';
import type { AwardNoteCode } from '../../src/domain/evaluate/types';
import { finding, findingSeverity, type AnyFindingParams, type Finding, type FindingCode, type FindingParams } from '../../src/domain/findings';
import { awardNotes as awardNotesEn } from '../../src/i18n/en/award-notes';
import { planFindings as planEn } from '../../src/i18n/en/findings-plan';
import { scoreFindings as scoreEn } from '../../src/i18n/en/findings-score';
import { awardNotes as awardNotesVi } from '../../src/i18n/vi/award-notes';
import { planFindings as planVi } from '../../src/i18n/vi/findings-plan';
import { scoreFindings as scoreVi } from '../../src/i18n/vi/findings-score';
import { tierFindings as tierVi } from '../../src/i18n/vi/findings-tiers';
import { tierFindings as tierEn } from '../../src/i18n/en/findings-tiers';
import { checkPlan } from '../../src/domain/plan/check';
import { contradictionFindings as contradictionVi } from '../../src/i18n/vi/findings-contradictions';
import { contradictionFindings as contradictionEn } from '../../src/i18n/en/findings-contradictions';
import { crit, entry, input, makePlan, proposal, result, unit } from './fixtures';

/** Looked up by a finding's code at run time: its texts read the parameters finding() checked against that code. */
type AnyText = { message: (p: AnyFindingParams) => string; fix: (p: AnyFindingParams) => string };
const vi = { ...planVi, ...scoreVi, ...tierVi, ...contradictionVi } as unknown as Partial<Record<FindingCode, AnyText>>;
const en = { ...planEn, ...scoreEn, ...tierEn, ...contradictionEn } as unknown as Partial<Record<FindingCode, AnyText>>;

/** The run log's findings come from the workbook layer: their parameters as it sends them. */
const auditFindings: Finding[] = [
  finding('AUDIT_LOG_DAMAGED', { sheet: 'Nhật ký chấm điểm', rows: 3 }),
  finding('AUDIT_LOG_ROW_CHANGED', { sheet: 'Nhật ký chấm điểm', row: 4 }),
];

/** A plan and inputs that trip every scoring, ranking, award and ratio finding. */
function everyEngineFinding(): Finding[] {
  const plan = makePlan({
    criteria: [
      crit('1', 60),
      crit('1.1', 30, { mandatory: true }),
      crit('1.2', 30, { method: 'targetRatio', target: 100, targetUnit: '%' }),
      crit('2', 40),
      crit('3', 10, { kind: 'bonus' }),
      crit('4', 10, { kind: 'deduction' }),
      crit('5', 0, { method: 'passFail', gate: true }),
      crit('6', 4, { kind: 'deduction', method: 'perCase', pointsPerCase: 1, sectionDeductionCap: 1 }),
    ],
    info: { bonusCap: 5, deductionCap: 2, gapWarning: 3 },
    unitAwards: [
      { form: 'Bằng khen', level: 'tỉnh', quota: { kind: 'count', value: 1 } },
      { form: 'Giấy khen', level: 'huyện', quota: { kind: 'percent', value: 0.1 } },
    ],
    ratioRules: [
      { name: 'Cấp huyện', levels: ['huyện'], ratio: 0.8 },
      { name: 'Cấp Trung ương', levels: ['Trung ương'], ratio: 0.45 },
    ],
  });
  const units = [unit('A', 'Trường An'), unit('B', 'Trường Bình'), unit('C', 'Trường Cường'), unit('D', 'Trường Dương', 'Khối B'), unit('E', 'Trường Én')];
  const results = [
    result('A', [entry('1.1', 35, 20, { blockLeaderScore: 25 }), entry('1.2', 9, undefined, { actual: 50 }), entry('2', -1), entry('3', 8), entry('4', 5), entry('5', undefined, undefined, { actual: 0 }), entry('6', undefined, undefined, { actual: 1.5 })]),
    result('B', [entry('1.1', 30, 30), entry('1.2', 30, 30), entry('2', 40, 30), entry('3', 0), entry('4', 0), entry('5', undefined, undefined, { actual: 1 }), entry('6', undefined, undefined, { actual: 3 })]),
    result('C', [entry('1.1', 30, 30), entry('1.2', 30, 30), entry('2', 40, 30), entry('3', 0), entry('4', 0), entry('5', undefined, undefined, { actual: 1 }), entry('6', undefined, undefined, { actual: 3 })]),
    result('D', [entry('1.1', 30)]),
    result('E', [entry('1.1'), entry('2')]),
  ];
  const proposals = [proposal('huyện', 'individual', false), proposal('Huyện', 'collective', true)];
  return [...evaluate(plan, input(units, results, proposals)).findings];
}

function everyPlanFinding(): Finding[] {
  const plan = makePlan({
    criteria: [crit('1', 50), crit('1.1', 30), crit('1.1', 5), crit('2.1', 10, { method: 'targetRatio' }), crit('3', 10, { method: 'steps' }), crit('4', 2, { kind: 'deduction', method: 'perCase' })],
    bands: [
      { name: 'Tốt', minScore: 80 },
      { name: 'Khá', minScore: 80 },
    ],
    unitAwards: [{ form: 'Cờ thi đua', level: 'Bộ', quota: { kind: 'count', value: 3 }, minBand: 'Xuất sắc' }],
    tieBreaks: [{ kind: 'groupScore', group: '9' }],
  });
  return [
    ...checkPlan(plan, { units: [unit('A')] }),
    finding('PLAN_INVALID', { sheet: 'Kế hoạch', field: 'Tiêu chí 2.1 – Điểm tối đa', issue: 'number' }),
    finding('PLAN_SETTING_UNREADABLE', { setting: 'Thang điểm', value: 'một trăm' }),
    finding('PLAN_SETTING_UNKNOWN', { setting: 'Kiểu xếp hạng', value: 'liền', suggestion: 'Cách xếp hạng' }),
    finding('PLAN_OPTIONAL_COLUMN_MISSING', { sheet: 'Kế hoạch', section: 'Tỷ lệ', column: 'Tỷ lệ (%)', effect: 'skipped' }),
    finding('PLAN_SIGNATURE_MISMATCH', { signingFor: 'KT. TRƯỞNG PHÒNG', signerTitle: 'PHÓ TRƯỞNG PHÒNG', body: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG', head: 'Chủ tịch Hội đồng', expected: 'TM. HỘI ĐỒNG / CHỦ TỊCH' }),
  ];
}

/** The plan's own contradictions and look-alike unit names. */
function everyContradiction(): Finding[] {
  const plan = makePlan({
    criteria: [crit('1', 90, { method: 'steps', steps: [{ from: 1, points: 95 }] }), crit('2', 10), crit('3', 5, { kind: 'bonus' })],
    bands: [
      { name: 'Xuất sắc', minScore: 120 },
      { name: 'Tốt', minScore: 102 },
    ],
    unitAwards: [
      { form: 'Bằng khen', level: 'tỉnh', quota: { kind: 'count', value: 0 }, order: 1 },
      { form: 'Giấy khen', level: 'huyện', quota: { kind: 'count', value: 1 }, order: 1 },
    ],
  });
  return checkPlan(plan, { units: [unit('A', 'Trường Аn'), unit('B', 'Trường An')] });
}

describe('finding dictionaries', () => {
  const all = [...everyEngineFinding(), ...everyPlanFinding(), ...everyContradiction(), ...auditFindings];

  it('the fixtures above reach every plan and score finding code', () => {
    const owned = Object.keys(findingSeverity).filter((c) => c in vi);
    expect(new Set(all.map((f) => f.code))).toEqual(new Set(owned));
  });

  it('vi and en cover the same codes', () => {
    expect(Object.keys(planEn).sort()).toEqual(Object.keys(planVi).sort());
    expect(Object.keys(scoreEn).sort()).toEqual(Object.keys(scoreVi).sort());
    expect(Object.keys(tierEn).sort()).toEqual(Object.keys(tierVi).sort());
    expect(Object.keys(contradictionEn).sort()).toEqual(Object.keys(contradictionVi).sort());
  });

  it.each([
    ['vi', vi],
    ['en', en],
  ] as const)('%s: every emitted finding reads without leaks of undefined, NaN or empty values', (_lang, dict) => {
    for (const f of all) {
      const text = dict[f.code];
      expect(text).toBeDefined();
      const message = text?.message(f.params) ?? '';
      const fix = text?.fix(f.params) ?? '';
      for (const s of [message, fix]) {
        expect(s).not.toMatch(/undefined|NaN|\[object|«»|\(\)/);
        expect(s.length).toBeGreaterThan(10);
      }
    }
  });

  it('numbers are written the Vietnamese way, with the values involved', () => {
    const params: FindingParams['SCORE_OVER_MAX'] = { code: '2.1', tier: 'self', value: 12.5, max: 10, rule: 'clamp' };
    expect(scoreVi.SCORE_OVER_MAX.message(params)).toBe('Điểm tự chấm tiêu chí 2.1 là 12,5, vượt điểm tối đa 10 (theo kế hoạch: chỉ tính 10 điểm).');
    expect(scoreVi.SCORE_OVER_MAX.fix(params)).toBe('Sửa điểm về tối đa 10 hoặc bổ sung minh chứng.');
    expect(planVi.PLAN_INVALID.message({ sheet: 'Kế hoạch', field: 'Năm', issue: 'year' })).toBe('Kế hoạch: mục «Năm» không hợp lệ: Năm không hợp lệ.');
  });

  it('the ratio message gives numerator, denominator and how to close the gap; -1 is explained, not printed', () => {
    const params: FindingParams['RATIO_NOT_MET'] = { rule: 'Cấp tỉnh', levels: 'tỉnh', scope: 'all', subject: 'smallCollectiveOrDirectWorker', comparison: 'atLeast', qualifying: 3, total: 5, ratio: 60, threshold: 100, add: -1, remove: 2 };
    expect(scoreVi.RATIO_NOT_MET.message(params)).toContain('3/5 đề nghị ở cấp tỉnh (60%)');
    const fix = scoreVi.RATIO_NOT_MET.fix(params);
    expect(fix).toContain('rút bớt 2 đề nghị');
    expect(fix).toContain('không thể đạt bằng cách bổ sung');
    expect(fix).not.toContain('-1');
  });
});

describe('award notes', () => {
  const samples: Record<AwardNoteCode, Readonly<Record<string, string | number>>> = {
    awarded: { form: 'Bằng khen', level: 'tỉnh' },
    councilChose: { form: 'Cờ thi đua', level: 'huyện', rank: 2, slots: 1, count: 2 },
    councilNotChosen: { form: 'Cờ thi đua', level: 'huyện', rank: 2, slots: 1, count: 2 },
    ineligible: { reason: 'Đang bị xem xét kỷ luật' },
    mandatoryFailed: { codes: '2.1' },
    gateFailed: { codes: 'd5' },
    belowMinBand: { form: 'Cờ thi đua', minBand: 'Xuất sắc', band: 'Tốt' },
    belowMinScore: { form: 'Giấy khen', minScore: 70, total: 65.5 },
    notLeader: { form: 'Cờ thi đua', rank: 2 },
    quotaFull: { form: 'Bằng khen', level: 'tỉnh', quota: 2, given: 2 },
    tieAtQuota: { form: 'Bằng khen', level: 'tỉnh', rank: 2, slots: 1 },
    noRules: {},
    provisional: { form: 'Giấy khen', level: 'huyện' },
  };

  it('read as the summary expects', () => {
    expect(awardNotesVi.awarded(samples.awarded)).toBe('Bằng khen cấp tỉnh');
    expect(awardNotesVi.awarded({ form: 'Bằng khen', level: 'Cấp tỉnh' })).toBe('Bằng khen cấp tỉnh');
    // A form that already names its level is not followed by it again; a word inside another is no name.
    expect(awardNotesVi.awarded({ form: 'Giấy khen của Chủ tịch UBND huyện', level: 'huyện' })).toBe('Giấy khen của Chủ tịch UBND huyện');
    expect(awardNotesVi.awarded({ form: 'Bằng khen của Chủ tịch UBND Tỉnh', level: 'tỉnh' })).toBe('Bằng khen của Chủ tịch UBND Tỉnh');
    expect(awardNotesVi.awarded({ form: 'Cờ thi đua', level: 'Trung ương' })).toBe('Cờ thi đua cấp Trung ương');
    expect(awardNotesVi.awarded({ form: 'Giấy khen của Giám đốc Sở', level: 'tỉnh' })).toBe('Giấy khen của Giám đốc Sở cấp tỉnh');
    expect(awardNotesVi.mandatoryFailed(samples.mandatoryFailed)).toBe('Không đạt tiêu chí bắt buộc 2.1');
    expect(awardNotesVi.belowMinBand(samples.belowMinBand)).toBe('Chưa đạt xếp loại tối thiểu "Xuất sắc"');
    expect(awardNotesVi.quotaFull(samples.quotaFull)).toBe('Hết chỉ tiêu Bằng khen (2/2)');
    expect(awardNotesVi.tieAtQuota(samples.tieAtQuota)).toBe('Đồng hạng tại ranh giới chỉ tiêu – Hội đồng bỏ phiếu');
    expect(awardNotesVi.belowMinScore(samples.belowMinScore)).toContain('65,5');
  });

  it('every code has a vi and an en text', () => {
    for (const code of Object.keys(samples) as AwardNoteCode[]) {
      expect(awardNotesVi[code](samples[code])).not.toMatch(/undefined|NaN/);
      expect(awardNotesEn[code](samples[code])).not.toMatch(/undefined|NaN/);
    }
  });
});

