/**
 * The input sheets' contract as data: column specs with their aliases, header-block labels and keyword
 * tables, compiled once for headers.ts's matcher. Canonical labels come from the dictionary
 * (i18n/vi/input-sheets.ts); the aliases here are what people also write.
 */
import { foldKey } from '../domain/text/normalize';
import { inputSheets as labels } from '../i18n/vi/input-sheets';
import { eligibility } from '../i18n/vi/eligibility';
import { compileColumns, compileKeywords, type ColumnSpec } from './headers';
import { women } from '../i18n/vi/women';

const col = labels.register;
const unitCol = labels.unitSheet.columns;
const propCol = labels.proposals.columns;
const kw = labels.keywords;
const eligibilityLabels = eligibility.inputSheets.proposalColumns;
/** Sheet names that mark the register and the proposals sheet when several sheets qualify. */
export const registerSheetNames: readonly string[] = [labels.names.register, 'Danh sách đơn vị', 'DS đơn vị', 'Đơn vị thi đua'];
export const proposalsSheetNames: readonly string[] = [labels.names.proposals, 'Đề nghị', 'Danh sách đề nghị khen thưởng', 'DS đề nghị khen thưởng'];

export type RegisterColumn = 'code' | 'name' | 'block' | 'size' | 'headcount' | 'ineligible' | 'womenShare' | 'womenCount';

const unitCodeAliases = [col.code, 'Mã ĐV', 'Mã số đơn vị', 'Mã số ĐV'];
const unitNameAliases = [col.name, 'Đơn vị', 'Tên ĐV', 'Tên cơ quan, đơn vị', 'Cơ quan, đơn vị'];

export const registerColumns: readonly ColumnSpec<RegisterColumn>[] = [
  { key: 'code', aliases: unitCodeAliases, required: true },
  { key: 'name', aliases: unitNameAliases, required: true },
  { key: 'block', aliases: [col.block, 'Khối / Cụm', 'Khối, cụm', 'Khối thi đua', 'Cụm thi đua', 'Khối', 'Cụm'], required: true },
  { key: 'size', aliases: [col.size, 'Loại tập thể', 'Loại đơn vị', 'Quy mô'], required: false },
  { key: 'headcount', aliases: [col.headcount, 'Tổng số người', 'Số lượng người', 'Số CBCCVC', 'Số lao động'], required: false },
  { key: 'ineligible', aliases: [col.ineligible, 'Không xét khen thưởng', 'Không xét', 'Lý do không xét khen thưởng'], required: false },
  // priority for women: the share, or the number of women beside «Số người»
  { key: 'womenShare', aliases: [women.columns.share, ...women.shareAliases], required: false },
  { key: 'womenCount', aliases: [women.columns.count, ...women.countAliases], required: false },
];

export type UnitSheetColumn = 'code' | 'text' | 'max' | 'actual' | 'self' | 'appraised' | 'blockLeader' | 'reason' | 'note';

// the reason a later tier changed the score.
const reasonAliases = [unitCol.reason, 'Lý do thay đổi', 'Giải trình', 'Lý do'];

export const unitSheetColumns: readonly ColumnSpec<UnitSheetColumn>[] = [
  { key: 'code', aliases: [unitCol.code, 'Mã TC', 'Mã số', 'STT', 'TT', 'Số TT'], required: true },
  { key: 'text', aliases: [unitCol.text, 'Nội dung tiêu chí', 'Tên tiêu chí', 'Nội dung', 'Nội dung thi đua'], required: false },
  { key: 'max', aliases: [unitCol.max, 'Điểm chuẩn', 'Thang điểm', 'Điểm tối đa (điểm)'], required: false },
  { key: 'actual', aliases: [unitCol.actual, 'Kết quả', 'KQ thực hiện', 'Kết quả đạt được'], required: false },
  { key: 'self', aliases: [unitCol.self, 'Tự chấm', 'Điểm tự đánh giá', 'Đơn vị tự chấm', 'Điểm đơn vị tự chấm'], required: false },
  { key: 'appraised', aliases: [unitCol.appraised, 'Thẩm định', 'Điểm Hội đồng chấm', 'Hội đồng chấm', 'Điểm hội đồng'], required: false },
  { key: 'blockLeader', aliases: [unitCol.blockLeader, 'Khối trưởng chấm', 'Điểm cụm trưởng', 'Cụm trưởng chấm'], required: false },
  { key: 'reason', aliases: reasonAliases, required: false },
  { key: 'note', aliases: [unitCol.note, 'Minh chứng, ghi chú', 'Minh chứng', 'Ghi chú'], required: false },
];

/** The score columns of a unit sheet: one of them and the code column make a table a unit sheet. */
export const unitSheetValueColumns: readonly UnitSheetColumn[] = ['self', 'appraised', 'actual'];

export type ProposalColumn =
  | 'gender'
  | 'womenShare'
  | 'unit'
  | 'unitCode'
  | 'name'
  | 'kind'
  | 'smallOrDirect'
  | 'position'
  | 'form'
  | 'level'
  | 'rating'
  | 'initiative'
  | 'note'

  | 'serviceMonths'
  | 'initiativeLevel';

export const proposalColumns: readonly ColumnSpec<ProposalColumn>[] = [
  { key: 'name', aliases: [propCol.name, 'Họ và tên / Tên tập thể', 'Họ tên, tên tập thể', 'Tên cá nhân / tập thể', 'Họ và tên', 'Họ tên', 'Tên tập thể'], required: true },
  { key: 'kind', aliases: [propCol.kind, 'Cá nhân hay tập thể', 'Cá nhân, tập thể', 'CN / TT', 'Đối tượng'], required: true },
  { key: 'level', aliases: [propCol.level, 'Cấp khen thưởng', 'Cấp đề nghị', 'Cấp khen'], required: true },
  { key: 'unitCode', aliases: [propCol.unitCode, 'Mã ĐV'], required: false },
  { key: 'unit', aliases: [propCol.unit, 'Đơn vị công tác', 'Tên đơn vị', 'Cơ quan, đơn vị', 'Nơi công tác'], required: false },
  {
    key: 'smallOrDirect',
    aliases: [propCol.smallOrDirect, 'Tập thể nhỏ hoặc trực tiếp', 'Tập thể nhỏ / cá nhân trực tiếp', 'Tập thể nhỏ, cá nhân trực tiếp', 'Trực tiếp lao động', 'Trực tiếp'],
    required: false,
  },
  { key: 'position', aliases: [propCol.position, 'Chức danh', 'Chức vụ, chức danh'], required: false },
  { key: 'form', aliases: [propCol.form, 'Hình thức khen thưởng', 'Danh hiệu / Hình thức', 'Danh hiệu đề nghị', 'Hình thức', 'Danh hiệu'], required: false },
  { key: 'rating', aliases: [propCol.rating, 'Xếp loại', 'Đánh giá, xếp loại', 'Kết quả đánh giá'], required: false },
  { key: 'initiative', aliases: [propCol.initiative, 'Sáng kiến kinh nghiệm', 'Sáng kiến / đề tài', 'Đề tài, sáng kiến'], required: false },
  { key: 'note', aliases: [propCol.note], required: false },

  { key: 'serviceMonths', aliases: [eligibilityLabels.serviceMonths, 'Thời gian công tác (tháng)', 'Số tháng làm việc'], required: false },
  { key: 'initiativeLevel', aliases: [eligibilityLabels.initiativeLevel, 'Cấp sáng kiến', 'Cấp công nhận sáng kiến', 'Phạm vi sáng kiến'], required: false },
  // priority for women: an individual's gender, a collective's share of women
  { key: 'gender', aliases: [women.columns.gender, ...women.genderAliases], required: false },
  { key: 'womenShare', aliases: [women.columns.share, ...women.shareAliases], required: false },
];

/** The unit column of a consolidated sheet: by code or by name. */
export type ConsolidatedUnitColumn = 'code' | 'name';
export const consolidatedUnitColumns: readonly ColumnSpec<ConsolidatedUnitColumn>[] = [
  { key: 'code', aliases: unitCodeAliases, required: false },
  { key: 'name', aliases: unitNameAliases, required: false },
];

/** Which value a criterion column or row cell holds. */
export type EntryField = 'actual' | 'self' | 'appraised' | 'blockLeader';
/** A consolidated column: a value, or the reason text for the criterion. */
export type ConsolidatedField = EntryField | 'reason';

const suffix = labels.consolidated.suffixes;
/** Suffixes after a code in a consolidated header ("1.1 TC", "1.1 (thẩm định)"). */
export const consolidatedSuffixes: Readonly<Record<ConsolidatedField, readonly string[]>> = {
  self: [suffix.self, 'tự chấm', unitCol.self],
  appraised: [suffix.appraised, 'thẩm định', unitCol.appraised],
  actual: [suffix.actual, 'kết quả', unitCol.actual],
  blockLeader: [suffix.blockLeader, 'khối trưởng', unitCol.blockLeader],
  reason: [suffix.reason, ...reasonAliases],
};

/** Labels of a unit sheet's header block ("Đơn vị: Trường THCS A"), without the colon. */
export type HeaderLabel = 'unitCode' | 'unit' | 'block' | 'period';
const label = (text: string): string => text.replace(/:\s*$/, '');
export const headerBlockLabels: Readonly<Record<HeaderLabel, readonly string[]>> = {
  unitCode: [label(labels.unitSheet.labels.unitCode), 'Mã ĐV', 'Mã số đơn vị'],
  unit: [label(labels.unitSheet.labels.unit), 'Tên đơn vị', 'Đơn vị được chấm'],
  block: [label(labels.unitSheet.labels.block), 'Cụm', 'Khối thi đua', 'Cụm thi đua', 'Khối/Cụm'],
  period: [label(labels.unitSheet.labels.period), 'Đợt thi đua', 'Đợt chấm'],
};

/** Words a block name may start with that do not change it ("Khối THCS" is "THCS"). */
export const blockPrefixes: readonly string[] = ['khoi thi dua', 'cum thi dua', 'khoi', 'cum'];

export const sizeKeywords: Readonly<Record<'large' | 'small', readonly string[]>> = {
  large: [kw.large, 'lớn', 'TT lớn'],
  small: [kw.small, 'nhỏ', 'TT nhỏ'],
};

export const kindKeywords: Readonly<Record<'individual' | 'collective', readonly string[]>> = {
  individual: [kw.individual, 'CN'],
  collective: [kw.collective, 'TT', 'Tập thể nhỏ', 'Tập thể lớn'],
};

export const passFailKeywords: Readonly<Record<'pass' | 'fail', readonly string[]>> = {
  pass: [kw.pass, 'x', 'có', '1', 'hoàn thành'],
  fail: [kw.fail, 'không', '0', 'chưa đạt', 'không hoàn thành', 'chưa hoàn thành'],
};

export const yesNoKeywords: Readonly<Record<'yes' | 'no', readonly string[]>> = {
  yes: [kw.yes, 'có', '1', '✓'],
  no: ['không', '0'],
};

/** Ways of naming the national level in a proposal (the Prime Minister's or the State's awards). */
export const nationalLevelWords: readonly string[] = ['Trung ương', 'TW', 'Thủ tướng', 'Thủ tướng Chính phủ', 'Chính phủ', 'Nhà nước', 'Chủ tịch nước'];
/** The plan level a national word maps to must be named so. */
export const nationalLevel = 'Trung ương';
/** Words before a level that do not change it ("cấp huyện" is "huyện"). */
export const levelPrefixes: readonly string[] = ['cap'];

// Matching is headers.ts's, the one matcher for every sheet; re-exported for the input parsers.
export { compileColumns, compileKeywords, headerKey, matchColumns } from './headers';
export type { CompiledColumns, KeywordIndex } from './headers';

export const compiled = {
  register: compileColumns(registerColumns),
  unitSheet: compileColumns(unitSheetColumns),
  proposals: compileColumns(proposalColumns),
  consolidatedUnit: compileColumns(consolidatedUnitColumns),
  suffixes: compileKeywords(consolidatedSuffixes),
  headerLabels: compileKeywords(headerBlockLabels),
  size: compileKeywords(sizeKeywords),
  kind: compileKeywords(kindKeywords),
  passFail: compileKeywords(passFailKeywords),
  yesNo: compileKeywords(yesNoKeywords),
  registerSheetNames: new Set(registerSheetNames.map((n) => foldKey(n))),
  proposalsSheetNames: new Set(proposalsSheetNames.map((n) => foldKey(n))),
  nationalLevelWords: new Set(nationalLevelWords.map((n) => foldKey(n))),
  nationalLevel: foldKey(nationalLevel),
};

/** The column names of a spec joined for a HEADER_NOT_FOUND finding (required ones, canonical names). */
export function expectedColumns<K extends string>(specs: readonly ColumnSpec<K>[]): string {
  return specs
    .filter((s) => s.required)
    .map((s) => s.aliases[0] ?? s.key)
    .join(', ');
}

/** The canonical header of a column, for COLUMN_MISSING. */
export function columnName<K extends string>(specs: readonly ColumnSpec<K>[], key: K): string {
  return specs.find((s) => s.key === key)?.aliases[0] ?? key;
}
