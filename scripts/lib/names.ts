/** Plausible Vietnamese names for generated data. */
import type { Random } from './random';

const families = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Võ', 'Phan', 'Trương', 'Bùi', 'Đặng', 'Đỗ', 'Ngô', 'Hồ', 'Dương', 'Lý', 'Đoàn', 'Châu'];
const middles = ['Thị', 'Văn', 'Minh', 'Ngọc', 'Thanh', 'Hoàng', 'Thị Ngọc', 'Hữu', 'Kim', 'Thị Thu', 'Quốc', 'Thị Mỹ'];
const givens = ['Hân', 'Lan', 'Hùng', 'Phúc', 'Tâm', 'Trang', 'Nhi', 'Hương', 'Dũng', 'Khoa', 'Linh', 'Thảo', 'Tuấn', 'Yến', 'Nga', 'Bình', 'Duyên', 'Hiếu', 'Loan', 'Nhân', 'Quyên', 'Sơn', 'Thủy', 'Vy'];

export function personName(rnd: Random): string {
  return `${rnd.pick(families)} ${rnd.pick(middles)} ${rnd.pick(givens)}`;
}

/** Communes of Châu Thành district (Bến Tre), for school names. */
export const communes = [
  'Tân Thạch', 'An Khánh', 'Phú Túc', 'Tiên Thủy', 'Tường Đa', 'Sơn Hòa', 'An Hóa', 'Giao Long', 'Quới Sơn', 'Phú An Hòa',
  'Tam Phước', 'Tân Phú', 'Tiên Long', 'An Phước', 'Hữu Định', 'Thành Triệu', 'Phú Đức', 'An Hiệp', 'Quới Thành', 'Giao Hòa',
  'Phước Thạnh', 'Tân Thạch B', 'Sơn Hòa B', 'Phú Túc B', 'An Khánh B', 'Tường Đa B', 'Châu Thành', 'Tiên Thủy B', 'Hữu Định B', 'Giao Long B',
];
