/**
 * Seed 003 (seeds/003_a12000bebf2dfdf3.txt): Công đoàn Giáo dục tỉnh Ninh Bình, Kế hoạch
 * 05/KH-CĐGD of 15/01/2024, the 2024 emulation movement and the 95th anniversary of the Vietnam
 * Trade Union. Content sections 2.1–2.5 are the criterion groups 1–5; two periods, Đợt 1 scored.
 * Units are the grassroots unions (CĐCS) under the provincial education union.
 */
import { deductionGroup, standardBands, standardRatings, standardTieBreaks, standardTitleQuotas, standardTitles } from './common';
import type { PresetDraft } from './index';

const period1 = 'Đợt 1 (từ tháng 01/2024 đến 31/7/2024)';
const period2 = 'Đợt 2 (từ 01/8/2024 đến 31/12/2024)';

export const seed003: PresetDraft = {
  id: 'cdgd-ninh-binh-2024',
  title: 'Phong trào thi đua yêu nước năm 2024 – Công đoàn Giáo dục tỉnh Ninh Bình',
  source: 'Kế hoạch số 05/KH-CĐGD ngày 15/01/2024 của Ban Thường vụ Công đoàn Giáo dục tỉnh Ninh Bình',
  blocks: [{ name: 'Các Công đoàn cơ sở trực thuộc', units: [] }],
  plan: {
    info: {
      name: 'Kế hoạch phát động phong trào thi đua yêu nước năm 2024 và chào mừng kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam (28/7/1929 - 28/7/2024)',
      number: '05/KH-CĐGD',
      issuer: 'Công đoàn Giáo dục tỉnh Ninh Bình',
      council: 'BAN THƯỜNG VỤ CÔNG ĐOÀN GIÁO DỤC TỈNH',
      issuedDate: '15/01/2024',
      place: 'Ninh Bình',
      year: 2024,
      period: period1,
      periods: [period1, period2],
      scale: 100,
      legalBasis:
        'Kế hoạch số 04/KH-TLĐ ngày 15/01/2024 của Liên đoàn Lao động tỉnh Ninh Bình; Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị',
      bonusCap: 5,
      levels: ['Công đoàn Giáo dục tỉnh', 'Liên đoàn Lao động tỉnh', 'Tổng Liên đoàn Lao động Việt Nam'],
      ratings: standardRatings,
      signingFor: 'TM. BAN THƯỜNG VỤ',
      signerTitle: 'PHÓ CHỦ TỊCH',
      signerName: 'Nguyễn Thị Hưng',
      recipients: ['LĐLĐ tỉnh (để báo cáo)', 'Ban Thường vụ CĐGD tỉnh', 'Các CĐCS trực thuộc (qua Website Sở)', 'Lưu: VT, CĐGD'],
    },
    criteria: [
      { code: '1', text: 'Tuyên truyền, học tập Nghị quyết Đại hội công đoàn các cấp; thực hiện nhiệm vụ chính trị năm 2024', maxPoints: 20 },
      {
        code: '1.1',
        text: 'Tuyên truyền, quán triệt, học tập Nghị quyết Đại hội XIII Công đoàn Việt Nam, Đại hội XVII Công đoàn Giáo dục tỉnh',
        maxPoints: 10,
      },
      {
        code: '1.2',
        text: 'Xây dựng kế hoạch và triển khai Chương trình hành động thực hiện Nghị quyết đại hội công đoàn các cấp',
        maxPoints: 10,
        method: 'passFail',
        mandatory: true,
      },
      { code: '2', text: 'Phong trào thi đua “Dạy tốt, học tốt”, phát huy sáng kiến, ứng dụng khoa học, công nghệ', maxPoints: 20 },
      {
        code: '2.1',
        text: 'Triển khai phong trào “Dạy tốt, học tốt” và “Mỗi thầy cô giáo là một tấm gương đạo đức, tự học và sáng tạo”',
        maxPoints: 10,
      },
      {
        code: '2.2',
        text: 'Số sáng kiến, đề tài nghiên cứu, ứng dụng khoa học, công nghệ, cải cách hành chính của đoàn viên được công nhận',
        maxPoints: 10,
        method: 'steps',
        target: 3,
        targetUnit: 'sáng kiến',
        steps: [
          { from: 3, points: 10 },
          { from: 2, points: 7 },
          { from: 1, points: 4 },
        ],
      },
      { code: '3', text: 'Thực hiện các phong trào thi đua do Thủ tướng Chính phủ phát động', maxPoints: 20 },
      { code: '3.1', text: 'Đẩy mạnh “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”', maxPoints: 6 },
      { code: '3.2', text: 'Triển khai phong trào thi đua “Đổi mới, sáng tạo trong dạy và học”', maxPoints: 7 },
      { code: '3.3', text: 'Thực hiện phong trào “Cán bộ, công chức, viên chức thi đua thực hiện văn hoá công sở”', maxPoints: 7 },
      { code: '4', text: 'Chăm lo lợi ích, phúc lợi cho đoàn viên, người lao động', maxPoints: 25 },
      { code: '4.1', text: 'Quan tâm hỗ trợ kịp thời CBNGNLĐ có hoàn cảnh khó khăn', maxPoints: 8 },
      { code: '4.2', text: 'Phối hợp tổ chức đối thoại, thương lượng tập thể tại đơn vị', maxPoints: 7 },
      {
        code: '4.3',
        text: 'Tỷ lệ đoàn viên, người lao động được hỗ trợ, chăm lo dịp Tết Nguyên đán Giáp Thìn 2024 (“Tất cả đoàn viên và người lao động đều có Tết”)',
        maxPoints: 10,
        method: 'targetRatio',
        target: 100,
        targetUnit: '%',
      },
      { code: '5', text: 'Nâng cao chất lượng đội ngũ cán bộ công đoàn', maxPoints: 15 },
      { code: '5.1', text: 'Cán bộ công đoàn chủ chốt được bồi dưỡng, nâng cao trình độ, đổi mới phương pháp làm việc', maxPoints: 8 },
      {
        code: '5.2',
        text: 'Báo cáo kết quả sau mỗi đợt thi đua về Ban Thường vụ Công đoàn Giáo dục tỉnh',
        maxPoints: 7,
        method: 'passFail',
      },
      { code: '6', text: 'Điểm thưởng', kind: 'bonus', maxPoints: 6 },
      { code: '6.1', text: 'Có sáng kiến, mô hình mới được công nhận', kind: 'bonus', maxPoints: 3 },
      {
        code: '6.2',
        text: 'Có cán bộ công đoàn tiêu biểu được biểu dương nhân kỷ niệm 95 năm Ngày thành lập Công đoàn Việt Nam',
        kind: 'bonus',
        maxPoints: 3,
      },
      ...deductionGroup('7'),
    ],
    bands: standardBands,
    unitAwards: [
      {
        form: 'Cờ thi đua của Liên đoàn Lao động tỉnh',
        level: 'Liên đoàn Lao động tỉnh',
        quota: { kind: 'count', value: 1 },
        leaderOnly: true,
        minBand: 'Xuất sắc',
        order: 1,
      },
      { form: 'Bằng khen của Liên đoàn Lao động tỉnh', level: 'Liên đoàn Lao động tỉnh', quota: { kind: 'percent', value: 0.2 }, minBand: 'Xuất sắc', order: 2 },
      { form: 'Giấy khen của Công đoàn Giáo dục tỉnh', level: 'Công đoàn Giáo dục tỉnh', quota: { kind: 'percent', value: 0.3 }, minBand: 'Tốt', order: 3 },
    ],
    tieBreaks: standardTieBreaks,
    // the seed names no conditions for titles: defaults from the rules
    titles: standardTitles({ base: 'Công đoàn Giáo dục tỉnh', province: 'Liên đoàn Lao động tỉnh', national: 'Tổng Liên đoàn Lao động Việt Nam', provinceIssuer: 'của Liên đoàn Lao động tỉnh' }),
    titleQuotas: standardTitleQuotas,
  },
};
