/**
 * Every label the "Kế hoạch" sheet writes. The sheet is a contract users edit in Excel, so
 * these labels are also the first name the parser looks for (workbook/plan-contract.ts adds aliases).
 */
import { formatNumberVi } from '../types';

/** Keyword values written in the cells; the first name of each keyword in the contract. */
const values = {
  kinds: { base: 'cơ bản', bonus: 'thưởng', deduction: 'trừ' },
  methods: { points: 'nhập điểm', targetRatio: 'theo tỷ lệ chỉ tiêu', passFail: 'đạt - không đạt', steps: 'theo mức', perCase: 'mỗi trường hợp' },
  rankingScores: { appraised: 'thẩm định', self: 'tự chấm' },
  rankingStyles: { competition: 'cạnh tranh (1, 1, 3)', dense: 'liền (1, 1, 2)' },
  overMax: { clamp: 'tính bằng điểm tối đa', reject: 'không tính' },
  subjects: {
    smallCollectiveOrDirectWorker: 'tập thể nhỏ hoặc cá nhân trực tiếp',
    smallCollective: 'tập thể nhỏ',
    directWorker: 'cá nhân trực tiếp',
    individual: 'cá nhân',
    collective: 'tập thể',
  },
  comparisons: { atLeast: '≥', atMost: '≤' },
  yes: 'x',
  no: 'không',
};

export const planSheet = {
  sheetName: 'Kế hoạch',
  title: 'KẾ HOẠCH THI ĐUA',
  intro:
    'Trang này là kế hoạch dùng để chấm điểm: sửa trực tiếp các giá trị; giữ tên các mục và tiêu đề cột (được đổi thứ tự cột, thêm cột, thêm dòng tiêu đề).',
  sections: {
    info: 'Thông tin chung',
    criteria: 'Tiêu chí',
    bands: 'Xếp loại',
    unitAwards: 'Khen thưởng đơn vị',
    ratioRules: 'Tỷ lệ',
    tieBreaks: 'Thứ tự khi bằng điểm',
    // issue 5a
    titles: 'Danh hiệu và hình thức khen thưởng',
    conditions: 'Điều kiện xét danh hiệu',
    titleQuotas: 'Giới hạn số lượng',
  },
  columns: {
    info: { key: 'Mục', value: 'Giá trị', hint: 'Ghi chú' },
    criteria: {
      code: 'Mã',
      group: 'Nhóm',
      text: 'Nội dung',
      kind: 'Loại',
      maxPoints: 'Điểm tối đa',
      method: 'Cách tính',
      target: 'Chỉ tiêu',
      targetUnit: 'Đơn vị tính',
      mandatory: 'Bắt buộc',
      warnBelow: 'Ngưỡng cảnh báo',
      steps: 'Các mức',
    },
    bands: {
      name: 'Xếp loại',
      minScore: 'Từ điểm',
      minCriterionRatio: 'Mỗi tiêu chí tối thiểu (% điểm tối đa)',
      requiresMandatory: 'Đạt mọi tiêu chí bắt buộc',
      condition: 'Điều kiện',
    },
    unitAwards: {
      form: 'Hình thức',
      level: 'Cấp',
      quota: 'Số lượng mỗi khối',
      atLeastOne: 'Tối thiểu 1',
      minBand: 'Xếp loại tối thiểu',
      minScore: 'Điểm tối thiểu',
      leaderOnly: 'Chỉ đơn vị dẫn đầu',
      order: 'Thứ tự',
    },
    ratioRules: {
      name: 'Quy tắc',
      levels: 'Cấp áp dụng',
      subject: 'Đối tượng tính (tử số)',
      comparison: 'So sánh',
      ratio: 'Tỷ lệ (%)',
      pooled: 'Gộp cá nhân và tập thể',
    },
    tieBreaks: { order: 'Thứ tự', rule: 'Tiêu chí phụ' },
  },
  settings: {
    name: 'Tên kế hoạch',
    number: 'Số hiệu',
    issuer: 'Cơ quan ban hành',
    council: 'Hội đồng thi đua',
    issuedDate: 'Ngày ban hành',
    place: 'Địa danh',
    year: 'Năm',
    period: 'Đợt',
    periods: 'Các đợt',
    scale: 'Thang điểm',
    legalBasis: 'Căn cứ',
    rankingScore: 'Điểm dùng để xếp hạng',
    gapWarning: 'Chênh lệch tự chấm – thẩm định cần cảnh báo (điểm)',
    tierThreshold: 'Ngưỡng chênh lệch giữa các cấp',
    rankingStyle: 'Cách xếp hạng',
    overMax: 'Điểm vượt tối đa',
    warnBelow: 'Ngưỡng cảnh báo mặc định (% điểm tối đa)',
    bonusCap: 'Điểm thưởng tối đa',
    deductionCap: 'Điểm trừ tối đa',
    levels: 'Các cấp khen thưởng (thấp → cao)',
    signingFor: 'Ký thay mặt (TM./KT.)',
    signerTitle: 'Chức vụ người ký',
    signerName: 'Họ tên người ký',
    recipients: 'Nơi nhận',
    // issue 5a
    ratings: 'Các mức xếp loại đánh giá (cao → thấp)',
    councilMembers: 'Số thành viên Hội đồng',
  },
  /** What may be written in each setting, shown beside it. */
  settingHints: {
    name: '',
    number: 'Ví dụ: 338/KH-PGDĐT',
    issuer: '',
    council: 'In ở góc trên bên trái trang tổng hợp',
    issuedDate: 'Ví dụ: 25/3/2024',
    place: 'In ở dòng ngày tháng',
    year: '',
    period: 'Đợt được chấm trong tệp này; để trống nếu chấm cả năm',
    periods: 'Cách nhau bằng dấu ;',
    scale: 'Tổng điểm tối đa của các tiêu chí cơ bản',
    legalBasis: '',
    rankingScore: `${values.rankingScores.appraised} / ${values.rankingScores.self}`,
    gapWarning: 'Chênh lệch lớn hơn số điểm này được nêu để Hội đồng xem xét',
    tierThreshold: 'Thay đổi giữa hai cấp chấm lớn hơn số điểm này phải ghi lý do; để trống là bằng chênh lệch tự chấm – thẩm định',
    rankingStyle: `${values.rankingStyles.competition} / ${values.rankingStyles.dense}`,
    overMax: `${values.overMax.clamp} / ${values.overMax.reject}`,
    warnBelow: 'Điểm dưới tỷ lệ này của điểm tối đa được tô màu cảnh báo',
    bonusCap: 'Để trống nếu không giới hạn',
    deductionCap: 'Để trống nếu không giới hạn',
    levels: 'Từ thấp đến cao, cách nhau bằng dấu ;',
    signingFor: 'Ví dụ: TM. HỘI ĐỒNG, KT. TRƯỞNG PHÒNG',
    signerTitle: 'Ví dụ: CHỦ TỊCH',
    signerName: '',
    recipients: 'Cách nhau bằng dấu ;',
    // issue 5a
    ratings: 'Từ cao đến thấp, cách nhau bằng dấu ; (được viết tắt HTXSNV, HTTNV … trong các trang)',
    councilMembers: 'Mẫu số của tỷ lệ phiếu bầu (kể cả thành viên vắng mặt)',
  },
  values,
  tieBreaks: {
    baseTotal: 'Tổng điểm cơ bản cao hơn',
    fewerDeductions: 'Ít điểm trừ hơn',
    moreBonus: 'Điểm thưởng cao hơn',
    smallerGap: 'Chênh lệch tự chấm – thẩm định nhỏ hơn',
    groupScore: (code: string) => `Điểm nhóm ${code} cao hơn`,
  },
  /** The readable "Điều kiện" sentence of a band. */
  conditions: {
    minScore: (points: number) => `Từ ${formatNumberVi(points)} điểm`,
    minCriterionRatio: (ratio: number) => `không tiêu chí nào dưới ${formatNumberVi(ratio * 100)}% điểm tối đa`,
    requiresMandatory: 'đạt mọi tiêu chí bắt buộc',
    separator: ', ',
  },
  notes: {
    criteria: [
      'Mã 1, 2 … là nhóm (điểm tối đa của nhóm bằng tổng các tiêu chí trong nhóm); 1.1, 1.2 … là tiêu chí trong nhóm. Cột “Nhóm” chỉ để đọc.',
      `Loại: ${values.kinds.base} / ${values.kinds.bonus} / ${values.kinds.deduction}. Cách tính: ${values.methods.points} / ${values.methods.targetRatio} / ${values.methods.passFail} / ${values.methods.steps}. Bắt buộc: ghi “x”.`,
      'Các mức ghi dạng “≥3: 10; ≥2: 7; ≥1: 4” (đạt từ 3 trở lên được 10 điểm …). Ngưỡng cảnh báo để trống thì dùng ngưỡng mặc định.',
    ],
    bands: ['Cột “Điều kiện” do phần mềm viết lại cho dễ đọc; khi đọc kế hoạch, phần mềm bỏ qua cột này.'],
    unitAwards: [
      'Số lượng mỗi khối: “1” là số đơn vị, “20%” là tỷ lệ trên số đơn vị của khối, làm tròn xuống; “Tối thiểu 1”: vẫn xét một đơn vị khi làm tròn ra 0.',
    ],
    ratioRules: [
      `Đối tượng tính (tử số): ${values.subjects.smallCollectiveOrDirectWorker} / ${values.subjects.smallCollective} / ${values.subjects.directWorker} / ${values.subjects.individual} / ${values.subjects.collective}; mẫu số là mọi đề nghị ở các cấp áp dụng.`,
    ],
    tieBreaks: ['Mỗi dòng một tiêu chí phụ, xét lần lượt từ trên xuống: nếu vẫn bằng điểm thì đồng hạng và Hội đồng biểu quyết.'],
  },
  /** Readable names of a plan field, for messages that point at one cell. */
  fields: {
    criterion: (code: string, column: string) => `Tiêu chí ${code} – ${column}`,
    band: (name: string, column: string) => `Xếp loại ${name} – ${column}`,
    unitAward: (form: string, column: string) => `Khen thưởng “${form}” – ${column}`,
    ratioRule: (name: string, column: string) => `Quy tắc tỷ lệ “${name}” – ${column}`,
    tieBreak: (row: number) => `Thứ tự khi bằng điểm, dòng ${row}`,
    /** Stands in for a name or code left blank. */
    row: (row: number) => `(dòng ${row})`,
  },
};
