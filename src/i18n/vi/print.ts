/** Text of the printed pages the council signs, and of the highlights on input cells (Vietnamese, the source). */
type P = Readonly<Record<string, string | number>>;

export const print = {
  /**
   * "(Kèm theo Kế hoạch số … ngày … của … về việc …)": the plan a sheet belongs to, said once. Parts the
   * plan leaves blank are left out rather than printed as dots.
   */
  attachedTo: (p: P) =>
    `(Kèm theo ${[
      p.number ? `Kế hoạch số ${p.number}` : 'Kế hoạch',
      p.date ? `ngày ${p.date}` : '',
      p.issuer ? `của ${p.issuer}` : '',
      p.subject ? `về việc ${p.subject}` : '',
    ]
      .filter((x) => x !== '')
      .join(' ')})`,
  /** Words a plan name starts with that the line above already says. */
  subjectLeads: ['kế hoạch', 'về việc', 'v/v'],
  /** How tied units are numbered, in words a reader needs (no notation). */
  rankingStyle: {
    competition: 'Đơn vị bằng điểm xếp cùng hạng; đơn vị kế tiếp xếp hạng theo số đơn vị đứng trên.',
    dense: 'Đơn vị bằng điểm xếp cùng hạng; đơn vị kế tiếp xếp hạng liền sau.',
  },
  units: (p: P) => `Tổng số: ${p.units} đơn vị trong ${p.blocks} khối/cụm.`,
  highlightLegend: 'Tô màu trên các trang nhập liệu: đỏ — lỗi phải sửa; vàng — cảnh báo cần xem; xanh nhạt — điểm đã đổi giữa các cấp chấm; xám — thông tin. Rê chuột vào ô tô màu để đọc ghi chú; bước «Xóa tô màu» gỡ cả màu và ghi chú.',
  /** The note on a highlighted input cell: one line per finding, its severity first. */
  note: (p: P) => `${p.severity}: ${p.message} → ${p.fix}`,
  noteTierChange: (p: P) => `Điểm đã đổi giữa các cấp chấm: ${p.changes}`,
  noteSeverity: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' },
  /** The author the notes are written under, so a person sees who wrote them and the add-in finds its own. */
  noteAuthor: 'Thi đua',
};
