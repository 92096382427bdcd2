/** zod messages shown to the user when a plan or an input does not validate. */
export const validation = {
  required: 'Không được để trống.',
  number: 'Phải là một số.',
  integer: 'Phải là số nguyên.',
  notNegative: 'Không được là số âm.',
  positive: 'Phải lớn hơn 0.',
  fraction: 'Phải là tỷ lệ từ 0% đến 100%.',
  year: 'Năm không hợp lệ.',
  criterionCode: 'Mã tiêu chí phải có dạng 1, 1.1, 1.2.3.',
  criteriaRequired: 'Kế hoạch phải có ít nhất một tiêu chí.',
  levelsRequired: 'Kế hoạch phải liệt kê ít nhất một cấp khen thưởng.',
} as const;
