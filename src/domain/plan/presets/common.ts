/**
 * Pieces the seed presets share. The seeds do not fix bands, tie-breaks or deductions: these are the
 * common practice of emulation councils (a real regulation uses "≥ 90 points and no criterion below
 * 85% of its maximum" for Xuất sắc), written once so every preset changes together.
 */
import type { PlanInput } from '../schema';

type CriterionDraft = PlanInput['criteria'][number];

export const standardBands: NonNullable<PlanInput['bands']> = [
  { name: 'Xuất sắc', minScore: 90, minCriterionRatio: 0.85, requiresMandatory: true },
  { name: 'Tốt', minScore: 80, requiresMandatory: true },
  { name: 'Khá', minScore: 70 },
  { name: 'Trung bình', minScore: 50 },
  { name: 'Yếu', minScore: 0 },
];

export const standardTieBreaks: NonNullable<PlanInput['tieBreaks']> = [{ kind: 'baseTotal' }, { kind: 'fewerDeductions' }, { kind: 'groupScore', group: '1' }];

/** The deduction group every preset closes with: late or wrong reports, a disciplinary case. */
export function deductionGroup(code: string): CriterionDraft[] {
  return [
    { code, text: 'Điểm trừ', kind: 'deduction', maxPoints: 7 },
    { code: `${code}.1`, text: 'Báo cáo chậm, sai quy định', kind: 'deduction', maxPoints: 2 },
    { code: `${code}.2`, text: 'Có cá nhân vi phạm kỷ luật', kind: 'deduction', maxPoints: 5 },
  ];
}

// titles, their conditions and quotas. The seed plans name no conditions for individual and
// collective titles, so every preset takes these defaults from RULES.md (Luật 06/2022, NĐ 98/2023),
// marked as defaults in the plan sheet; vote thresholds are the legacy examples (90% CSTĐ, 80% Bằng khen).

export const standardRatings = ['Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành nhiệm vụ', 'Không hoàn thành nhiệm vụ'];
const [excellent = '', good = '', completed = ''] = standardRatings;

export const defaultSource = 'Mặc định theo quy định chung (kế hoạch không quy định)';

/** The award levels a preset names for grassroots, provincial and national titles. */
export interface TitleLevels {
  readonly base: string;
  readonly province: string;
  readonly national: string;
  /** Suffix of the provincial certificate's name, e.g. "của Chủ tịch UBND tỉnh". */
  readonly provinceIssuer: string;
}

export function standardTitles(levels: TitleLevels): NonNullable<PlanInput['titles']> {
  const source = defaultSource;
  return [
    {
      id: 'LĐTT',
      name: 'Lao động tiên tiến',
      aliases: ['Danh hiệu Lao động tiên tiến', 'LĐTT'],
      kind: 'individual',
      level: levels.base,
      conditions: [
        { kind: 'minRating', ref: good },
        { kind: 'minServiceMonths', count: 6 },
      ],
      source,
    },
    {
      id: 'CSTĐCS',
      name: 'Chiến sĩ thi đua cơ sở',
      aliases: ['Danh hiệu Chiến sĩ thi đua cơ sở', 'CSTĐCS', 'CSTĐ cơ sở'],
      kind: 'individual',
      level: levels.base,
      conditions: [
        { kind: 'title', ref: 'LĐTT' },
        { kind: 'minRating', route: 1, ref: excellent },
        { kind: 'initiative', route: 2, count: 1 },
      ],
      voteShare: 0.5,
      voteStrict: true,
      source,
    },
    {
      id: 'CSTĐT',
      name: 'Chiến sĩ thi đua cấp tỉnh',
      aliases: ['Danh hiệu Chiến sĩ thi đua cấp tỉnh', 'CSTĐ cấp tỉnh', 'Chiến sĩ thi đua cấp bộ, ngành, tỉnh'],
      kind: 'individual',
      level: levels.province,
      conditions: [
        { kind: 'yearsWith', ref: 'CSTĐCS', years: 3, count: 3 },
        { kind: 'initiative', count: 1, level: levels.province },
      ],
      voteShare: 0.9,
      source,
    },
    {
      id: 'BKT',
      name: `Bằng khen ${levels.provinceIssuer}`,
      aliases: ['Bằng khen cấp tỉnh', 'Bằng khen'],
      kind: 'individual',
      level: levels.province,
      conditions: [
        { kind: 'yearsWith', route: 1, ref: 'CSTĐCS', years: 2, count: 2 },
        { kind: 'yearsWith', route: 2, ref: excellent, years: 2, count: 2 },
        { kind: 'initiative', route: 2, count: 2 },
      ],
      voteShare: 0.8,
      source,
    },
    {
      id: 'BKTTg',
      name: 'Bằng khen của Thủ tướng Chính phủ',
      aliases: ['Bằng khen Thủ tướng Chính phủ', 'Bằng khen Thủ tướng', 'Bằng khen TTgCP'],
      kind: 'individual',
      level: levels.national,
      conditions: [
        { kind: 'heldBefore', ref: 'BKT' },
        { kind: 'yearsWith', ref: good, years: 5, count: 5 },
        { kind: 'yearsWith', ref: 'CSTĐCS', years: 5, count: 3 },
      ],
      voteShare: 0.8,
      source,
    },
    {
      id: 'TTLĐTT',
      name: 'Tập thể lao động tiên tiến',
      aliases: ['Danh hiệu Tập thể lao động tiên tiến', 'TTLĐTT'],
      kind: 'collective',
      level: levels.base,
      conditions: [
        { kind: 'minRating', ref: good },
        { kind: 'memberShare', ref: 'LĐTT', share: 0.5, strict: true },
      ],
      source,
    },
    {
      id: 'TTLĐXS',
      name: 'Tập thể lao động xuất sắc',
      aliases: ['Danh hiệu Tập thể lao động xuất sắc', 'TTLĐXS'],
      kind: 'collective',
      level: levels.base,
      conditions: [
        { kind: 'minRating', ref: excellent },
        { kind: 'allMembersRated', ref: completed },
        { kind: 'memberShare', ref: 'LĐTT', share: 0.7 },
        { kind: 'membersWithTitle', ref: 'CSTĐCS', count: 1 },
      ],
      voteShare: 0.5,
      voteStrict: true,
      source,
    },
  ];
}

/** CSTĐCS ≤ 15% of the unit's LĐTT (2017 decree: off by default); HTXSNV ≤ 20% of HTTNV per agency. */
export const standardTitleQuotas: NonNullable<PlanInput['titleQuotas']> = [
  { name: 'Chiến sĩ thi đua cơ sở không quá 15% số Lao động tiên tiến của đơn vị', kind: 'title', limited: 'CSTĐCS', base: 'LĐTT', share: 0.15, enabled: false },
  { name: 'Hoàn thành xuất sắc nhiệm vụ không quá 20% số Hoàn thành tốt nhiệm vụ của cơ quan', kind: 'rating', limited: excellent, base: good, share: 0.2, enabled: true },
];
