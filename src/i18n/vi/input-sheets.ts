/**
 * Canonical labels of the input sheets (the workbook contract): sheet names, column headers, header-block
 * labels and keyword values, as the add-in writes them in templates and names them in messages. The parser
 * also accepts the aliases listed in src/workbook/contract.ts.
 */
export const inputSheets = {
  names: { register: 'Đơn vị', proposals: 'Đề nghị khen thưởng' },
  register: {
    code: 'Mã đơn vị',
    name: 'Tên đơn vị',
    block: 'Khối/Cụm',
    size: 'Loại',
    headcount: 'Số người',
    ineligible: 'Không xét khen thưởng (lý do)',
  },
  unitSheet: {
    labels: { unitCode: 'Mã đơn vị:', unit: 'Đơn vị:', block: 'Khối:', period: 'Đợt:' },
    columns: {
      code: 'Mã tiêu chí',
      text: 'Tiêu chí',
      max: 'Điểm tối đa',
      actual: 'Kết quả thực hiện',
      self: 'Điểm tự chấm',
      appraised: 'Điểm thẩm định',
      blockLeader: 'Điểm khối trưởng',
      // why a later tier changed the score
      reason: 'Lý do điều chỉnh',
      note: 'Minh chứng / Ghi chú',
    },
  },
  /** Suffixes after a criterion code in the consolidated sheet's header ("1.1 TC"); a plain code needs none. */
  consolidated: {
    suffixes: { self: 'TC', appraised: 'TĐ', actual: 'KQ', blockLeader: 'KT', reason: 'LD' },
  },
  proposals: {
    columns: {
      unit: 'Đơn vị',
      unitCode: 'Mã đơn vị',
      name: 'Họ tên / Tên tập thể',
      kind: 'Cá nhân / Tập thể',
      smallOrDirect: 'Tập thể nhỏ hoặc trực tiếp (x)',
      position: 'Chức vụ',
      form: 'Hình thức đề nghị',
      level: 'Cấp',
      rating: 'Xếp loại đánh giá',
      initiative: 'Sáng kiến',
      note: 'Ghi chú',
    },
  },
  keywords: {
    large: 'Tập thể lớn',
    small: 'Tập thể nhỏ',
    individual: 'Cá nhân',
    collective: 'Tập thể',
    pass: 'Đạt',
    fail: 'Không đạt',
    yes: 'x',
  },
  /** What a keyword cell accepts, named in findings. */
  expected: {
    passFail: 'đạt / không đạt (hoặc x / để trống, 1 / 0)',
    size: 'tập thể lớn / tập thể nhỏ (để trống là tập thể lớn)',
    kind: 'cá nhân / tập thể',
    yes: 'x, hoặc để trống',
    wholeNumber: 'một số nguyên không âm',
    share: 'một tỷ lệ từ 0 đến 100%',
    gender: 'nam / nữ',
  },
  /** The block given to a registered unit whose Khối/Cụm cell is blank, so it stays visible. */
  noBlock: 'Chưa xếp khối',
  /** What a hidden sheet holds, in the SHEET_HIDDEN finding. */
  hiddenRoleResults: 'kết quả chấm điểm của đơn vị',
} as const;
