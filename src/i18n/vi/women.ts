/**
 * Priority for women (Nghị định 152/2025: ưu tiên nữ, tập thể có tỷ lệ nữ từ 70% trở lên): the
 * tie-break's words and the register and proposal columns it reads (Vietnamese, the source).
 */
type P = Readonly<Record<string, string | number>>;

export const women = {
  /** Register and collective proposals: the share of women, "70%" or 0,7; or the number of women with «Số người». */
  columns: { share: 'Tỷ lệ nữ (%)', count: 'Số nữ', gender: 'Giới tính' },
  shareAliases: ['Tỷ lệ nữ', '% nữ', 'Tỷ lệ lao động nữ', 'Tỷ lệ CBCCVC nữ'],
  countAliases: ['Số lao động nữ', 'Số CBCCVC nữ', 'Trong đó nữ'],
  genderAliases: ['Nam / Nữ', 'Nam/Nữ'],
  female: ['nữ', 'nu', 'x'],
  male: ['nam'],
  /** The tie-break as the plan sheet writes it; {p} is the share («70%»). */
  tieBreakShare: (p: P) => `Ưu tiên nữ (tập thể có từ ${p.share} nữ)`,
  tieBreakShareAliases: ['Ưu tiên tập thể có từ {p} nữ', 'Tập thể có từ {p} nữ', 'Ưu tiên nữ, tập thể có từ {p} nữ', 'Ưu tiên nữ / tập thể có từ {p} nữ'],
  tieBreakPlain: 'Ưu tiên nữ (tỷ lệ nữ cao hơn)',
  tieBreakPlainAliases: ['Ưu tiên nữ', 'Tỷ lệ nữ cao hơn', 'Ưu tiên tập thể có tỷ lệ nữ cao hơn'],
} as const;
