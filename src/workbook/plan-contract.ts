/**
 * The "Kế hoạch" sheet contract: section names, table columns, settings and keyword values,
 * each with the aliases the parser accepts. The first alias is always the label the renderer
 * writes (from the Vietnamese dictionary), so rendering and parsing cannot drift apart.
 */
import { planSheet as vi } from '../i18n/vi/plan-sheet';
import type { PlanInfo } from '../domain/plan/schema';
import { eligibility } from '../i18n/vi/eligibility';
import type { ColumnSpec } from './headers';

export const planSheetName = vi.sheetName;

export const planSectionKeys = ['info', 'criteria', 'bands', 'unitAwards', 'ratioRules', 'tieBreaks', 'titles', 'conditions', 'titleQuotas'] as const; // the last three
/** Sections a plan may leave out (an older sheet, a plan without awards or ratios): the plan then has none of them. */
export const optionalSections: ReadonlySet<PlanSectionKey> = new Set(['unitAwards', 'ratioRules', 'tieBreaks', 'titles', 'conditions', 'titleQuotas']);
export type PlanSectionKey = (typeof planSectionKeys)[number];

/**
 * In an optional section, the columns without which its rows mean nothing: one of them missing leaves
 * the section out (a finding says so); any other missing column is read as its default.
 */
export const essentialColumns: Readonly<Partial<Record<PlanSectionKey, readonly string[]>>> = {
  unitAwards: ['form', 'level', 'quota'],
  ratioRules: ['name', 'levels', 'ratio'],
  tieBreaks: ['rule'],
  titles: ['name', 'id', 'kind', 'level'],
  conditions: ['title', 'kind'],
  titleQuotas: ['name', 'kind', 'limited', 'base', 'share'],
};

export const sectionAliases: Readonly<Record<PlanSectionKey, readonly string[]>> = {
  info: [vi.sections.info, 'Thông tin kế hoạch', 'Thông tin'],
  criteria: [vi.sections.criteria, 'Tiêu chí chấm điểm', 'Bảng tiêu chí', 'Tiêu chí thi đua'],
  bands: [vi.sections.bands, 'Xếp loại theo điểm', 'Bảng xếp loại'],
  unitAwards: [vi.sections.unitAwards, 'Khen thưởng tập thể', 'Khen thưởng theo khối'],
  ratioRules: [vi.sections.ratioRules, 'Tỷ lệ khen thưởng', 'Quy tắc tỷ lệ'],
  tieBreaks: [vi.sections.tieBreaks, 'Khi bằng điểm', 'Tiêu chí phụ khi bằng điểm', 'Xếp hạng khi bằng điểm'],

  titles: [vi.sections.titles, 'Danh hiệu thi đua và hình thức khen thưởng', 'Danh hiệu, hình thức khen thưởng'],
  conditions: [vi.sections.conditions, 'Điều kiện danh hiệu', 'Tiêu chuẩn xét danh hiệu'],
  titleQuotas: [vi.sections.titleQuotas, 'Giới hạn số lượng danh hiệu', 'Hạn mức'],
};

// Columns. Every column the renderer writes is required, except those it only writes for reading
// (Nhóm, Điều kiện, Ghi chú): a missing column would otherwise change the plan without a word.
const c = vi.columns;

export type InfoColumn = keyof typeof c.info;
export const infoColumns: readonly ColumnSpec<InfoColumn>[] = [
  { key: 'key', aliases: [c.info.key, 'Nội dung', 'Thông tin', 'Mục thông tin'], required: true },
  { key: 'value', aliases: [c.info.value, 'Giá trị thiết lập'], required: true },
  { key: 'hint', aliases: [c.info.hint, 'Hướng dẫn'], required: false },
];

export type CriteriaColumn = keyof typeof c.criteria;
export const criteriaColumns: readonly ColumnSpec<CriteriaColumn>[] = [
  { key: 'code', aliases: [c.criteria.code, 'Mã tiêu chí', 'Mã số'], required: true },
  { key: 'group', aliases: [c.criteria.group, 'Thuộc nhóm'], required: false },
  { key: 'text', aliases: [c.criteria.text, 'Tiêu chí', 'Nội dung tiêu chí', 'Tên tiêu chí'], required: true },
  { key: 'kind', aliases: [c.criteria.kind, 'Loại tiêu chí', 'Loại điểm'], required: true },
  { key: 'maxPoints', aliases: [c.criteria.maxPoints, 'Điểm chuẩn', 'Điểm tối đa (điểm chuẩn)'], required: true },
  { key: 'method', aliases: [c.criteria.method, 'Cách chấm', 'Phương pháp tính'], required: true },
  { key: 'target', aliases: [c.criteria.target, 'Mục tiêu'], required: true },
  { key: 'targetUnit', aliases: [c.criteria.targetUnit, 'ĐVT', 'Đơn vị'], required: true },
  { key: 'mandatory', aliases: [c.criteria.mandatory, 'Tiêu chí bắt buộc'], required: true },
  { key: 'warnBelow', aliases: [c.criteria.warnBelow, 'Ngưỡng cảnh báo', 'Ngưỡng'], required: true },
  { key: 'steps', aliases: [c.criteria.steps, 'Mức', 'Thang mức'], required: true },
  // Written only when a criterion of the plan uses them; a sheet without them reads as a plan without them.
  { key: 'pointsPerCase', aliases: [c.criteria.pointsPerCase, 'Điểm mỗi lần', 'Điểm cho mỗi trường hợp'], required: false },
  { key: 'uncapped', aliases: [c.criteria.uncapped, 'Không giới hạn điểm'], required: false },
  { key: 'gate', aliases: [c.criteria.gate, 'Điều kiện xếp loại', 'Điều kiện để xếp loại'], required: false },
  { key: 'sectionBonusCap', aliases: [c.criteria.sectionBonusCap, 'Điểm cộng tối đa của mục'], required: false },
  { key: 'sectionDeductionCap', aliases: [c.criteria.sectionDeductionCap, 'Điểm trừ tối đa của mục'], required: false },
  { key: 'sectionAdjustmentCap', aliases: [c.criteria.sectionAdjustmentCap, 'Điểm cộng, trừ tối đa của mục', 'Giới hạn cộng, trừ của mục'], required: false },
];

/** Criteria columns written only when some criterion uses them. */
export const optionalCriteriaColumns: ReadonlySet<CriteriaColumn> = new Set(['pointsPerCase', 'uncapped', 'gate', 'sectionBonusCap', 'sectionDeductionCap', 'sectionAdjustmentCap']);

export type BandColumn = keyof typeof c.bands;
export const bandColumns: readonly ColumnSpec<BandColumn>[] = [
  { key: 'name', aliases: [c.bands.name, 'Tên xếp loại', 'Mức xếp loại'], required: true },
  { key: 'minScore', aliases: [c.bands.minScore, 'Điểm từ', 'Điểm tối thiểu'], required: true },
  { key: 'minCriterionRatio', aliases: [c.bands.minCriterionRatio, 'Mỗi tiêu chí tối thiểu', 'Tỷ lệ tối thiểu mỗi tiêu chí'], required: true },
  { key: 'requiresMandatory', aliases: [c.bands.requiresMandatory, 'Đạt tiêu chí bắt buộc'], required: true },
  { key: 'condition', aliases: [c.bands.condition], required: false },
];

export type UnitAwardColumn = keyof typeof c.unitAwards;
export const unitAwardColumns: readonly ColumnSpec<UnitAwardColumn>[] = [
  { key: 'form', aliases: [c.unitAwards.form, 'Hình thức khen thưởng', 'Danh hiệu'], required: true },
  { key: 'level', aliases: [c.unitAwards.level, 'Cấp khen thưởng'], required: true },
  { key: 'quota', aliases: [c.unitAwards.quota, 'Số lượng'], required: true },
  { key: 'atLeastOne', aliases: [c.unitAwards.atLeastOne, 'Ít nhất 1'], required: true },
  { key: 'minBand', aliases: [c.unitAwards.minBand], required: true },
  { key: 'minScore', aliases: [c.unitAwards.minScore], required: true },
  { key: 'leaderOnly', aliases: [c.unitAwards.leaderOnly, 'Dẫn đầu', 'Chỉ đơn vị dẫn đầu khối'], required: true },
  { key: 'order', aliases: [c.unitAwards.order, 'Thứ tự xét'], required: true },
];

export type RatioColumn = keyof typeof c.ratioRules;
export const ratioColumns: readonly ColumnSpec<RatioColumn>[] = [
  { key: 'name', aliases: [c.ratioRules.name, 'Tên quy tắc'], required: true },
  { key: 'levels', aliases: [c.ratioRules.levels, 'Cấp', 'Hình thức áp dụng'], required: true },
  { key: 'subject', aliases: [c.ratioRules.subject, 'Đối tượng tính', 'Tử số'], required: true },
  { key: 'comparison', aliases: [c.ratioRules.comparison], required: true },
  { key: 'ratio', aliases: [c.ratioRules.ratio, 'Tỷ lệ'], required: true },
  { key: 'pooled', aliases: [c.ratioRules.pooled, 'Gộp'], required: true },
];

export type TieBreakColumn = keyof typeof c.tieBreaks;
export const tieBreakColumns: readonly ColumnSpec<TieBreakColumn>[] = [
  { key: 'order', aliases: [c.tieBreaks.order, 'STT'], required: true },
  { key: 'rule', aliases: [c.tieBreaks.rule, 'Tiêu chí'], required: true },
];

// Settings of "Thông tin chung", in the order they are written.
export type SettingType = 'text' | 'integer' | 'number' | 'percent' | 'list' | 'boolean' | 'rankingScore' | 'rankingStyle' | 'overMax' | 'crossScoring';
export type SettingKey = keyof PlanInfo & keyof typeof vi.settings;

export interface SettingSpec {
  readonly key: SettingKey;
  readonly type: SettingType;
  readonly aliases: readonly string[];
}

const s = vi.settings;
export const planSettings: readonly SettingSpec[] = [
  { key: 'name', type: 'text', aliases: [s.name, 'Tên', 'Tên phong trào'] },
  { key: 'number', type: 'text', aliases: [s.number, 'Số', 'Số kế hoạch', 'Số, ký hiệu'] },
  { key: 'issuer', type: 'text', aliases: [s.issuer, 'Cơ quan'] },
  { key: 'council', type: 'text', aliases: [s.council, 'Hội đồng', 'Hội đồng thi đua - khen thưởng'] },
  { key: 'issuedDate', type: 'text', aliases: [s.issuedDate, 'Ngày'] },
  { key: 'place', type: 'text', aliases: [s.place, 'Nơi ban hành'] },
  { key: 'year', type: 'integer', aliases: [s.year] },
  { key: 'period', type: 'text', aliases: [s.period, 'Đợt chấm', 'Đợt thi đua'] },
  { key: 'periods', type: 'list', aliases: [s.periods] },
  { key: 'scale', type: 'number', aliases: [s.scale, 'Tổng điểm'] },
  { key: 'legalBasis', type: 'text', aliases: [s.legalBasis, 'Căn cứ pháp lý'] },
  { key: 'rankingScore', type: 'rankingScore', aliases: [s.rankingScore, 'Điểm xếp hạng'] },
  { key: 'gapWarning', type: 'number', aliases: [s.gapWarning, 'Chênh lệch cảnh báo', 'Chênh lệch tự chấm - thẩm định'] },
  // tiers of appraisal
  { key: 'tierThreshold', type: 'number', aliases: [s.tierThreshold, 'Ngưỡng chênh lệch các cấp', 'Chênh lệch giữa các cấp chấm'] },
  { key: 'rankingStyle', type: 'rankingStyle', aliases: [s.rankingStyle] },
  { key: 'overMax', type: 'overMax', aliases: [s.overMax, 'Điểm vượt điểm tối đa'] },
  { key: 'warnBelow', type: 'percent', aliases: [s.warnBelow, 'Ngưỡng cảnh báo mặc định', 'Ngưỡng cảnh báo'] },
  { key: 'bonusCap', type: 'number', aliases: [s.bonusCap, 'Điểm cộng tối đa'] },
  { key: 'deductionCap', type: 'number', aliases: [s.deductionCap] },
  { key: 'levels', type: 'list', aliases: [s.levels, 'Các cấp khen thưởng', 'Cấp khen thưởng'] },
  { key: 'signingFor', type: 'text', aliases: [s.signingFor, 'Ký thay mặt', 'TM./KT.'] },
  { key: 'signerTitle', type: 'text', aliases: [s.signerTitle, 'Chức vụ'] },
  { key: 'signerName', type: 'text', aliases: [s.signerName, 'Người ký'] },
  { key: 'recipients', type: 'list', aliases: [s.recipients] },

  { key: 'ratings', type: 'list', aliases: [s.ratings, 'Các mức xếp loại', 'Xếp loại đánh giá', 'Các mức xếp loại đánh giá'] },
  { key: 'councilMembers', type: 'integer', aliases: [s.councilMembers, 'Số thành viên Hội đồng thi đua - khen thưởng', 'Số thành viên HĐTĐKT'] },
  { key: 'councilQuorum', type: 'percent', aliases: [s.councilQuorum, 'Túc số', 'Túc số cuộc họp Hội đồng'] },
  // Written only when the plan sets them, so an older plan's sheet is unchanged.
  { key: 'sectionSubtotals', type: 'boolean', aliases: [s.sectionSubtotals, 'Điểm từng mục', 'In điểm từng mục', 'Tổng điểm từng mục'] },
  { key: 'proposeProvisional', type: 'boolean', aliases: [s.proposeProvisional, 'Đề nghị khen thưởng khi chưa đủ dữ liệu', 'Đề nghị khi kết quả tạm tính', 'Đề nghị tạm tính', 'Khen thưởng tạm tính'] },
  { key: 'crossScoring', type: 'crossScoring', aliases: [s.crossScoring, 'Chấm chéo', 'Cách kết hợp điểm chấm chéo'] },
];

/** Settings written only when the plan sets them. */
export const optionalSettings: ReadonlySet<SettingKey> = new Set(['sectionSubtotals', 'proposeProvisional']);

/** Items of a list setting or cell ("Các đợt", "Cấp áp dụng" …) are separated by ";" (or line breaks). */
export const listSeparator = /[;\n]/;

// Keyword values: the first alias is the written label.
const v = vi.values;

export const kindKeywords = {
  base: [v.kinds.base, 'cơ bản', 'base'],
  bonus: [v.kinds.bonus, 'thưởng (cộng)', 'cộng', 'điểm thưởng', 'điểm cộng', 'bonus'],
  deduction: [v.kinds.deduction, 'điểm trừ', 'deduction'],
} as const satisfies Record<string, readonly string[]>;

export const methodKeywords = {
  points: [v.methods.points, 'chấm điểm', 'điểm', 'points'],
  targetRatio: [v.methods.targetRatio, 'tỷ lệ chỉ tiêu', 'theo tỷ lệ', 'theo chỉ tiêu', 'targetRatio'],
  passFail: [v.methods.passFail, 'đạt/không đạt', 'đạt hoặc không đạt', 'passFail'],
  steps: [v.methods.steps, 'các mức', 'theo các mức', 'steps'],
  perCase: [v.methods.perCase, 'theo số trường hợp', 'mỗi lần', 'mỗi sáng kiến', 'perCase'],
} as const satisfies Record<string, readonly string[]>;

export const rankingScoreKeywords = {
  appraised: [v.rankingScores.appraised, 'điểm thẩm định', 'appraised'],
  self: [v.rankingScores.self, 'điểm tự chấm', 'self'],
} as const satisfies Record<string, readonly string[]>;

export const rankingStyleKeywords = {
  competition: [v.rankingStyles.competition, 'cạnh tranh', '1, 1, 3', 'competition'],
  dense: [v.rankingStyles.dense, 'liền', '1, 1, 2', 'dense'],
} as const satisfies Record<string, readonly string[]>;

export const overMaxKeywords = {
  clamp: [v.overMax.clamp, 'tính bằng tối đa', 'tính tối đa', 'clamp'],
  reject: [v.overMax.reject, 'không tính điểm', 'reject'],
} as const satisfies Record<string, readonly string[]>;

export const subjectKeywords = {
  smallCollectiveOrDirectWorker: [
    v.subjects.smallCollectiveOrDirectWorker,
    'tập thể nhỏ và cá nhân trực tiếp',
    'tập thể nhỏ, cá nhân trực tiếp',
    'tập thể nhỏ hoặc cá nhân trực tiếp lao động, công tác',
  ],
  smallCollective: [v.subjects.smallCollective],
  directWorker: [v.subjects.directWorker, 'cá nhân trực tiếp lao động, công tác', 'người trực tiếp'],
  individual: [v.subjects.individual],
  collective: [v.subjects.collective],
} as const satisfies Record<string, readonly string[]>;

/** Symbols fold to nothing in foldKey, so the parser compares them as typed first. */
export const comparisonKeywords = {
  atLeast: [v.comparisons.atLeast, '>=', '=>', 'tối thiểu', 'ít nhất', 'từ', 'không dưới'],
  atMost: [v.comparisons.atMost, '<=', '=<', 'tối đa', 'không quá', 'không vượt quá'],
} as const satisfies Record<string, readonly string[]>;

export const booleanKeywords = {
  yes: [v.yes, 'có', 'yes', '1', 'đúng', 'true'],
  no: [v.no, 'no', '0', 'sai', 'false'],
} as const satisfies Record<string, readonly string[]>;

const t = vi.tieBreaks;
/** The code placeholder in tie-break templates such as "Điểm nhóm {code} cao hơn". */
export const codePlaceholder = '{code}';

export const tieBreakKeywords = {
  baseTotal: [t.baseTotal, 'Tổng điểm cơ bản', 'Điểm cơ bản cao hơn'],
  fewerDeductions: [t.fewerDeductions, 'Điểm trừ ít hơn', 'Ít điểm trừ'],
  moreBonus: [t.moreBonus, 'Nhiều điểm thưởng hơn', 'Điểm thưởng'],
  smallerGap: [t.smallerGap, 'Chênh lệch nhỏ hơn', 'Chênh lệch tự chấm - thẩm định'],
  groupScore: [t.groupScore(codePlaceholder), `Điểm nhóm ${codePlaceholder}`, `Điểm tiêu chí ${codePlaceholder} cao hơn`],
} as const satisfies Record<string, readonly string[]>;

// titles, their conditions and quotas (labels in i18n/vi/eligibility.ts)
const e = eligibility.planSheet;
const ec = e.columns;

export type TitleColumn = keyof typeof ec.titles;
export const titleColumns: readonly ColumnSpec<TitleColumn>[] = [
  { key: 'name', aliases: [ec.titles.name, 'Danh hiệu', 'Hình thức', 'Tên danh hiệu'], required: true },
  { key: 'id', aliases: [ec.titles.id, 'Mã'], required: true },
  { key: 'aliases', aliases: [ec.titles.aliases, 'Cách ghi khác', 'Tên khác'], required: false },
  { key: 'kind', aliases: [ec.titles.kind, 'Cá nhân / Tập thể'], required: true },
  { key: 'level', aliases: [ec.titles.level, 'Cấp khen thưởng'], required: true },
  { key: 'voteShare', aliases: [ec.titles.voteShare, 'Tỷ lệ phiếu', 'Tỷ lệ phiếu bầu'], required: true },
  { key: 'voteStrict', aliases: [ec.titles.voteStrict, 'Quá bán', 'Trên tỷ lệ'], required: false },
  { key: 'source', aliases: [ec.titles.source, 'Căn cứ điều kiện'], required: false },
];

export type ConditionColumn = keyof typeof ec.conditions;
export const conditionColumns: readonly ColumnSpec<ConditionColumn>[] = [
  { key: 'title', aliases: [ec.conditions.title, 'Mã'], required: true },
  { key: 'route', aliases: [ec.conditions.route, 'Trường hợp'], required: false },
  { key: 'ref', aliases: [ec.conditions.ref, 'Dẫn chiếu', 'Danh hiệu / xếp loại'], required: true },
  { key: 'kind', aliases: [ec.conditions.kind, 'Loại điều kiện'], required: true },
  { key: 'years', aliases: [ec.conditions.years], required: true },
  { key: 'count', aliases: [ec.conditions.count, 'Số lần'], required: true },
  { key: 'share', aliases: [ec.conditions.share], required: true },
  { key: 'strict', aliases: [ec.conditions.strict], required: false },
  { key: 'level', aliases: [ec.conditions.level, 'Cấp sáng kiến'], required: false },
];

export type TitleQuotaColumn = keyof typeof ec.titleQuotas;
export const titleQuotaColumns: readonly ColumnSpec<TitleQuotaColumn>[] = [
  { key: 'kind', aliases: [ec.titleQuotas.kind], required: true },
  { key: 'enabled', aliases: [ec.titleQuotas.enabled, 'Bật'], required: true },
  { key: 'name', aliases: [ec.titleQuotas.name, 'Tên quy tắc'], required: true },
  { key: 'limited', aliases: [ec.titleQuotas.limited, 'Đối tượng giới hạn'], required: true },
  { key: 'base', aliases: [ec.titleQuotas.base, 'Mẫu số'], required: true },
  { key: 'share', aliases: [ec.titleQuotas.share, 'Tỷ lệ'], required: true },
  { key: 'orBetter', aliases: [ec.titleQuotas.orBetter], required: false },
];

export const conditionKindKeywords = {
  minRating: [e.conditionKinds.minRating, 'minRating'],
  minServiceMonths: [e.conditionKinds.minServiceMonths, 'thời gian công tác', 'minServiceMonths'],
  title: [e.conditionKinds.title, 'đạt danh hiệu', 'title'],
  initiative: [e.conditionKinds.initiative, 'sáng kiến', 'initiative'],
  yearsWith: [e.conditionKinds.yearsWith, 'số năm liên tục', 'liên tục', 'yearsWith'],
  heldBefore: [e.conditionKinds.heldBefore, 'đã có', 'heldBefore'],
  memberShare: [e.conditionKinds.memberShare, 'tỷ lệ thành viên', 'memberShare'],
  allMembersRated: [e.conditionKinds.allMembersRated, 'allMembersRated'],
  membersWithTitle: [e.conditionKinds.membersWithTitle, 'membersWithTitle'],
} as const satisfies Record<string, readonly string[]>;

export const titleKindKeywords = {
  individual: [e.titleKinds.individual, 'CN', 'individual'],
  collective: [e.titleKinds.collective, 'TT', 'collective'],
} as const satisfies Record<string, readonly string[]>;

export const quotaKindKeywords = {
  title: [e.quotaKinds.title, 'danh hiệu thi đua', 'title'],
  rating: [e.quotaKinds.rating, 'xếp loại đánh giá', 'rating'],
} as const satisfies Record<string, readonly string[]>;
