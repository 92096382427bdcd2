/**
 * Seed 002 (seeds/002_610ebc2809ef3275.txt): Ban Chấp hành Công đoàn Sở (Thanh Hoá), a special
 * emulation round from 11/2023 to 10/2024 greeting the Fatherland Front congresses. One period.
 * The seed's number is left blank ("Số: /KH-CĐS") and its date reads "ngày … tháng 11 năm 2023":
 * both are kept as written. Units are the Tổ công đoàn and Công đoàn bộ phận of the Sở.
 */
import { deductionGroup, standardBands, standardRatings, standardTieBreaks, standardTitleQuotas, standardTitles } from './common';
import type { PresetDraft } from './index';

const period = 'Đợt thi đua đặc biệt (từ tháng 11/2023 đến tháng 10/2024)';

export const seed002: PresetDraft = {
  id: 'cd-so-thanh-hoa-2023-2024',
  title: 'Đợt thi đua đặc biệt chào mừng Đại hội MTTQ Việt Nam các cấp – Công đoàn Sở (Thanh Hoá)',
  source: 'Kế hoạch …/KH-CĐS tháng 11/2023 của Ban Chấp hành Công đoàn Sở, thực hiện Kế hoạch số 149/KH-CĐVC ngày 10/11/2023 của Công đoàn Viên chức tỉnh',
  blocks: [{ name: 'Các Tổ công đoàn, Công đoàn bộ phận', units: ['Tổ Công đoàn Trung tâm Công nghệ thông tin'] }],
  plan: {
    info: {
      name: 'Kế hoạch phát động đợt thi đua đặc biệt lập thành tích chào mừng Đại hội Mặt trận Tổ quốc Việt Nam các cấp, tiến tới Đại hội Mặt trận Tổ quốc Việt Nam tỉnh Thanh Hóa lần thứ XV và Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ X, nhiệm kỳ 2024 - 2029',
      number: '/KH-CĐS',
      issuer: 'Công đoàn Sở',
      council: 'BAN CHẤP HÀNH CÔNG ĐOÀN SỞ',
      issuedDate: 'tháng 11/2023',
      place: 'Thanh Hoá',
      year: 2024,
      period,
      periods: [period],
      scale: 100,
      legalBasis: 'Kế hoạch số 149/KH-CĐVC ngày 10/11/2023 của Công đoàn Viên chức tỉnh',
      bonusCap: 5,
      levels: ['Công đoàn Sở', 'Công đoàn Viên chức tỉnh', 'Liên đoàn Lao động tỉnh', 'Tổng Liên đoàn Lao động Việt Nam'],
      ratings: standardRatings,
      signingFor: 'TM. BAN CHẤP HÀNH',
      signerTitle: 'CHỦ TỊCH',
      signerName: 'Nguyễn Khánh Toàn',
      recipients: [
        'Như trên',
        'Công đoàn VC tỉnh (để b/c)',
        'Giám đốc Sở (để b/c)',
        'Tổ trưởng các Tổ Công đoàn (t/h)',
        'Trưởng các đơn vị thuộc Sở (p/h)',
        'Lưu VT, CĐ',
      ],
    },
    criteria: [
      { code: '1', text: 'Tuyên truyền đợt thi đua đặc biệt chào mừng Đại hội MTTQ Việt Nam các cấp', maxPoints: 20 },
      { code: '1.1', text: 'Triển khai nội dung Kế hoạch đến toàn thể CBCCVCLĐ', maxPoints: 10, method: 'passFail', mandatory: true },
      {
        code: '1.2',
        text: 'Tuyên truyền thi đua lập thành tích chào mừng Đại hội MTTQ Việt Nam tỉnh Thanh Hóa lần thứ XV và Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ X',
        maxPoints: 10,
      },
      { code: '2', text: 'Thực hiện nhiệm vụ chính trị và các phong trào thi đua của cơ quan, đơn vị', maxPoints: 40 },
      {
        code: '2.1',
        text: 'Thực hiện phong trào “Công nhân, viên chức, lao động tiên phong, hiện thực hóa khát vọng, xây dựng quê hương Thanh Hóa văn minh, thịnh vượng giai đoạn 2021 – 2030”',
        maxPoints: 10,
      },
      { code: '2.2', text: 'Thực hiện văn hóa công sở và nơi công cộng', maxPoints: 10 },
      { code: '2.3', text: 'Đẩy mạnh cải cách thủ tục hành chính, nâng cao chất lượng tham mưu', maxPoints: 10 },
      {
        code: '2.4',
        text: 'Tỷ lệ chỉ tiêu năm 2023 và năm 2024 của đơn vị được hoàn thành',
        maxPoints: 10,
        method: 'targetRatio',
        target: 100,
        targetUnit: '%',
      },
      { code: '3', text: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; kỷ luật, kỷ cương, chất lượng phục vụ', maxPoints: 20 },
      {
        code: '3.1',
        text: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý chí tự lực, tự cường, khát vọng phát triển đất nước phồn vinh, hạnh phúc',
        maxPoints: 10,
      },
      {
        code: '3.2',
        text: 'Thực hiện cuộc vận động xây dựng “Người cán bộ, công chức, viên chức trung thành trách nhiệm, liêm chính sáng tạo”',
        maxPoints: 10,
      },
      { code: '4', text: 'Chăm lo đời sống đoàn viên và thực hiện Nghị quyết Đại hội Công đoàn các cấp', maxPoints: 20 },
      { code: '4.1', text: 'Chăm lo đời sống, việc làm cho đoàn viên CBCCVCLĐ', maxPoints: 8 },
      { code: '4.2', text: 'Triển khai, thực hiện hiệu quả các chỉ tiêu Nghị quyết Đại hội Công đoàn các cấp nhiệm kỳ 2023 - 2028', maxPoints: 7 },
      {
        code: '4.3',
        text: 'Tổng kết đợt thi đua và báo cáo kết quả thực hiện về Ban Chấp hành Công đoàn Sở đúng thời hạn',
        maxPoints: 5,
        method: 'passFail',
      },
      { code: '5', text: 'Điểm thưởng', kind: 'bonus', maxPoints: 6 },
      { code: '5.1', text: 'Có sáng kiến, mô hình mới được công nhận', kind: 'bonus', maxPoints: 3 },
      { code: '5.2', text: 'Có tập thể, cá nhân điển hình tiên tiến được biểu dương, nhân rộng', kind: 'bonus', maxPoints: 3 },
      ...deductionGroup('6'),
    ],
    bands: standardBands,
    unitAwards: [
      {
        form: 'Giấy khen của Công đoàn Viên chức tỉnh',
        level: 'Công đoàn Viên chức tỉnh',
        quota: { kind: 'count', value: 1 },
        leaderOnly: true,
        minBand: 'Xuất sắc',
        order: 1,
      },
      // The seed asks the Tổ công đoàn to "biểu dương khen thưởng" the best of the round.
      { form: 'Biểu dương', level: 'Công đoàn Sở', quota: { kind: 'percent', value: 0.3, atLeastOne: true }, minBand: 'Tốt', order: 2 },
    ],
    tieBreaks: standardTieBreaks,
    // the seed names no conditions for titles: defaults from the rules
    titles: standardTitles({ base: 'Công đoàn Sở', province: 'Liên đoàn Lao động tỉnh', national: 'Tổng Liên đoàn Lao động Việt Nam', provinceIssuer: 'của Liên đoàn Lao động tỉnh' }),
    titleQuotas: standardTitleQuotas,
  },
};
