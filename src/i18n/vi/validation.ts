/** zod messages shown to the user when a plan or an input does not validate. */
export const validation = {
  required: 'Không được để trống.',
  number: 'Phải là một số.',
  integer: 'Phải là số nguyên.',
  notNegative: 'Không được là số âm.',
  positive: 'Phải lớn hơn 0.',
  fraction: 'Phải là tỷ lệ từ 0% đến 100%.',
  year: 'Năm không hợp lệ.',
  criterionCode: 'Mã tiêu chí gồm chữ số, chữ cái và dấu chấm, ví dụ 1.1, I.2, a1.1, C2.4.',
  criteriaRequired: 'Kế hoạch phải có ít nhất một tiêu chí.',
  levelsRequired: 'Kế hoạch phải liệt kê ít nhất một cấp khen thưởng.',
} as const;
