/**
 * Seed 000 (seeds/000_901df7ba28553c78.txt): the provincial New Rural Development coordination
 * office's plan implementing Kế hoạch 323/KH-UBND (10/7/2024) on physical training and sport.
 * The seed has no number, date or signature block; its measurable targets ("chỉ tiêu chủ yếu
 * năm 2025 và năm 2030") become scored criteria for the year 2025. Units are the office's
 * Phòng and its Công đoàn cơ quan, one small block; there is no "huyện" level in this plan.
 */
import { deductionGroup, standardBands, standardRatings, standardTieBreaks, standardTitleQuotas, standardTitles } from './common';
import type { PresetDraft } from './index';

export const seed000: PresetDraft = {
  id: 'vpdp-ntm-the-thao-2025',
  title: 'Phát triển thể dục, thể thao – Văn phòng Điều phối nông thôn mới tỉnh',
  source:
    'Kế hoạch của Văn phòng Điều phối thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh triển khai Kế hoạch số 323/KH-UBND ngày 10/7/2024 của UBND tỉnh',
  blocks: [{ name: 'Các phòng và Công đoàn cơ quan', units: ['Phòng Hành chính - Tổng hợp', 'Phòng Nghiệp vụ', 'Công đoàn cơ quan'] }],
  plan: {
    info: {
      name: 'Kế hoạch triển khai Kế hoạch số 323/KH-UBND ngày 10/7/2024 của UBND tỉnh về thực hiện Kết luận số 70-KL/TW ngày 31/01/2024 của Bộ Chính trị về phát triển thể dục, thể thao trong giai đoạn mới',
      issuer: 'Văn phòng Điều phối thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh',
      year: 2025,
      period: 'Năm 2025',
      periods: ['Năm 2025', 'Giai đoạn đến năm 2030'],
      scale: 100,
      legalBasis:
        'Kết luận số 70-KL/TW ngày 31/01/2024 của Bộ Chính trị; Kế hoạch số 257-KH/TU của Ban Thường vụ Tỉnh ủy; Kế hoạch số 323/KH-UBND ngày 10/7/2024 của UBND tỉnh',
      rankingScore: 'appraised',
      gapWarning: 5,
      warnBelow: 0.5,
      bonusCap: 5,
      levels: ['cơ sở', 'tỉnh', 'Trung ương'],
      ratings: standardRatings,
      recipients: [
        'Sở Văn hóa, Thể thao và Du lịch (báo cáo)',
        'Các Phòng thuộc Văn phòng Điều phối nông thôn mới tỉnh (thực hiện)',
        'Ban Chấp hành Công đoàn cơ quan (thực hiện)',
        'Lưu: VT',
      ],
    },
    criteria: [
      { code: '1', text: 'Tuyên truyền, quán triệt, nâng cao nhận thức về vị trí, vai trò của thể dục, thể thao', maxPoints: 20 },
      {
        code: '1.1',
        text: 'Quán triệt Kết luận số 70-KL/TW, Kế hoạch số 257-KH/TU và Kế hoạch số 323/KH-UBND đến toàn thể cán bộ công chức và người lao động',
        maxPoints: 10,
        mandatory: true,
      },
      {
        code: '1.2',
        text: 'Tuyên truyền cuộc vận động “Toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại” gắn với phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”',
        maxPoints: 10,
      },
      { code: '2', text: 'Phát triển phong trào thể dục, thể thao quần chúng trong cán bộ công chức và người lao động', maxPoints: 60 },
      {
        code: '2.1',
        text: '100% CBCC và NLĐ lựa chọn một môn thể thao phù hợp để tập luyện',
        maxPoints: 25,
        method: 'targetRatio',
        target: 100,
        targetUnit: '%',
        mandatory: true,
      },
      {
        // A share of staff rather than pass/fail: the seed asks to mobilise everyone, and a unit
        // where one person took part must not score like one where all did.
        code: '2.2',
        text: 'CBCC và NLĐ tham gia hoạt động thể thao vì sức khỏe toàn dân trong dịp tháng 3',
        maxPoints: 15,
        method: 'targetRatio',
        target: 100,
        targetUnit: '%',
      },
      {
        code: '2.3',
        text: 'Tham gia thi đấu các giải do Công đoàn Ngành và tỉnh tổ chức (bóng đá nam, bóng chuyền nam nữ, pickleball …)',
        maxPoints: 20,
        method: 'steps',
        target: 3,
        targetUnit: 'giải',
        steps: [
          { from: 3, points: 20 },
          { from: 2, points: 14 },
          { from: 1, points: 8 },
        ],
      },
      { code: '3', text: 'Tổ chức thực hiện, phối hợp và báo cáo', maxPoints: 20 },
      {
        code: '3.1',
        text: 'Phối hợp giữa các Phòng và Công đoàn cơ quan hướng dẫn cán bộ công chức và người lao động tập luyện thể dục, thể thao đúng cách',
        maxPoints: 10,
      },
      {
        code: '3.2',
        text: 'Báo cáo kết quả thực hiện Kế hoạch theo định kỳ hoặc đột xuất đúng thời hạn',
        maxPoints: 10,
        method: 'passFail',
      },
      { code: '4', text: 'Điểm thưởng', kind: 'bonus', maxPoints: 6 },
      { code: '4.1', text: 'Có vận động viên đạt giải tại các giải do Công đoàn Ngành hoặc tỉnh tổ chức', kind: 'bonus', maxPoints: 3 },
      { code: '4.2', text: 'Có sáng kiến, mô hình mới về phát triển thể dục, thể thao quần chúng được công nhận', kind: 'bonus', maxPoints: 3 },
      ...deductionGroup('5'),
    ],
    bands: standardBands,
    unitAwards: [
      { form: 'Giấy khen của Chánh Văn phòng', level: 'cơ sở', quota: { kind: 'count', value: 1 }, leaderOnly: true, minBand: 'Xuất sắc', order: 1 },
      // A block of three units: 30% rounds down to none, so one is still considered.
      { form: 'Biểu dương', level: 'cơ sở', quota: { kind: 'percent', value: 0.3, atLeastOne: true }, minBand: 'Tốt', order: 2 },
    ],
    tieBreaks: standardTieBreaks,
    // the seed names no conditions for titles: defaults from the rules
    titles: standardTitles({ base: 'cơ sở', province: 'tỉnh', national: 'Trung ương', provinceIssuer: 'của Chủ tịch UBND tỉnh' }),
    titleQuotas: standardTitleQuotas,
  },
};
