/**
 * Seed 004 (seeds/004_88fa698f4da89332.txt): Công đoàn Ban Dân tộc tỉnh Thái Nguyên, Kế hoạch
 * 16/KH-CĐBDT of 25/02/2022, the 2022 emulation movement among staff. Content sections
 * 2.1–2.5 are the criterion groups 1–5; two periods, Đợt 1 scored. The seed predates Luật Thi
 * đua, khen thưởng 2022 (in force 01/01/2024) and cites the trade union's own plans only.
 * Its signature block prints "TM. BAN CHẤP HÀNH" without the title line, which is the chair's.
 */
import { deductionGroup, standardBands, standardRatings, standardTieBreaks, standardTitleQuotas, standardTitles } from './common';
import type { PresetDraft } from './index';

const period1 = 'Đợt 1 (từ tháng 01/2022 đến 30/6/2022)';
const period2 = 'Đợt 2 (từ 01/7/2022 đến 31/12/2022)';

export const seed004: PresetDraft = {
  id: 'cd-ban-dan-toc-thai-nguyen-2022',
  title: 'Phong trào thi đua năm 2022 – Công đoàn Ban Dân tộc tỉnh Thái Nguyên',
  source: 'Kế hoạch số 16/KH-CĐBDT ngày 25/02/2022 của Ban Chấp hành Công đoàn Ban Dân tộc tỉnh Thái Nguyên',
  blocks: [{ name: 'Các tổ công đoàn', units: [] }],
  plan: {
    info: {
      name: 'Kế hoạch phát động phong trào thi đua trong cán bộ, công chức, người lao động Ban Dân tộc tỉnh năm 2022',
      number: '16/KH-CĐBDT',
      issuer: 'Công đoàn Ban Dân tộc tỉnh Thái Nguyên',
      council: 'BAN CHẤP HÀNH CÔNG ĐOÀN BAN DÂN TỘC TỈNH',
      issuedDate: '25/02/2022',
      place: 'Thái Nguyên',
      year: 2022,
      period: period1,
      periods: [period1, period2],
      scale: 100,
      legalBasis:
        'Kế hoạch số 43/KH-CĐVC ngày 17/02/2022 của Công đoàn Viên chức tỉnh; Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị; Kế hoạch số 40/KH-CĐVC ngày 01/12/2021 của Ban Thường vụ Công đoàn Viên chức tỉnh',
      bonusCap: 5,
      levels: ['Công đoàn cơ sở', 'Công đoàn Viên chức tỉnh', 'Liên đoàn Lao động tỉnh', 'Tổng Liên đoàn Lao động Việt Nam'],
      ratings: standardRatings,
      signingFor: 'TM. BAN CHẤP HÀNH',
      signerTitle: 'CHỦ TỊCH',
      signerName: 'Hoàng Văn Chính',
      recipients: ['CĐVC tỉnh (b/c)', 'Chi ủy Chi bộ (b/c)', 'Lãnh đạo Ban', 'Các đoàn viên CĐ (t/h)', 'Lưu: VPCĐ'],
    },
    criteria: [
      { code: '1', text: 'Tuyên truyền, vận động thi đua yêu nước; hoàn thành chỉ tiêu Nghị quyết Đại hội công đoàn các cấp', maxPoints: 15 },
      {
        code: '1.1',
        text: 'Tuyên truyền, vận động CBCC, NLĐ đoàn kết, nỗ lực vượt khó, đổi mới, sáng tạo, phát huy sáng kiến, nâng cao hiệu suất công tác',
        maxPoints: 8,
      },
      { code: '1.2', text: 'Hoàn thành các chỉ tiêu, nhiệm vụ của Nghị quyết Đại hội công đoàn các cấp', maxPoints: 7, mandatory: true },
      { code: '2', text: 'Các phong trào thi đua, cuộc vận động do Liên đoàn Lao động tỉnh, Công đoàn Viên chức tỉnh phát động', maxPoints: 30 },
      { code: '2.1', text: 'Phong trào thi đua “Lao động giỏi, lao động sáng tạo”', maxPoints: 6 },
      { code: '2.2', text: 'Phong trào “Giỏi việc nước, đảm việc nhà”', maxPoints: 6 },
      { code: '2.3', text: 'Phong trào “Xanh, sạch, đẹp, bảo đảm an toàn vệ sinh lao động”', maxPoints: 6 },
      {
        code: '2.4',
        text: 'Phong trào “Tham mưu giỏi, phục vụ tốt”, “Cán bộ, công chức, viên chức thi đua thực hiện văn hoá công sở” và “Xây dựng cơ quan văn hóa, ngày làm việc 8 giờ có chất lượng, hiệu quả”',
        maxPoints: 6,
      },
      {
        code: '2.5',
        text: 'Cuộc vận động “Cán bộ, công chức, viên chức nói không với tiêu cực” và “Xây dựng người cán bộ, công chức, viên chức Trung thành - Trách nhiệm - Liêm chính - Sáng tạo”',
        maxPoints: 6,
      },
      { code: '3', text: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; thực hiện Nghị quyết số 02-NQ/TW', maxPoints: 15 },
      {
        code: '3.1',
        text: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý chí tự lực, tự cường và khát vọng phát triển đất nước phồn vinh, hạnh phúc',
        maxPoints: 7,
      },
      {
        code: '3.2',
        text: 'Triển khai Kế hoạch số 40/KH-CĐVC ngày 01/12/2021 về thực hiện Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị',
        maxPoints: 8,
      },
      { code: '4', text: 'Xây dựng công đoàn cơ sở vững mạnh; chuẩn bị Đại hội công đoàn các cấp nhiệm kỳ 2023 - 2028', maxPoints: 20 },
      { code: '4.1', text: 'Rà soát việc triển khai thực hiện các chỉ tiêu, nhiệm vụ Nghị quyết Đại hội công đoàn các cấp', maxPoints: 10 },
      { code: '4.2', text: 'Làm tốt công tác chuẩn bị Đại hội công đoàn các cấp nhiệm kỳ 2023 - 2028', maxPoints: 10 },
      { code: '5', text: 'Đại diện, bảo vệ quyền, lợi ích của đoàn viên, người lao động; phòng, chống dịch Covid-19', maxPoints: 20 },
      { code: '5.1', text: 'Đại diện, bảo vệ quyền, lợi ích hợp pháp, chính đáng của đoàn viên và người lao động', maxPoints: 8 },
      {
        code: '5.2',
        text: 'Tỷ lệ đoàn viên, người lao động gặp khó khăn do ảnh hưởng của đại dịch Covid-19 được hỗ trợ, chăm lo',
        maxPoints: 7,
        method: 'targetRatio',
        target: 100,
        targetUnit: '%',
      },
      {
        code: '5.3',
        text: 'Thực hiện phòng, chống dịch Covid-19 theo Nghị quyết số 128/NQ-CP ngày 11/10/2021 của Chính phủ',
        maxPoints: 5,
        method: 'passFail',
        mandatory: true,
      },
      { code: '6', text: 'Điểm thưởng', kind: 'bonus', maxPoints: 6 },
      {
        code: '6.1',
        text: 'Có sáng kiến tham gia Chương trình “01 triệu sáng kiến - nỗ lực vượt khó, sáng tạo, quyết tâm chiến thắng đại dịch Covid - 19” được công nhận',
        kind: 'bonus',
        maxPoints: 3,
      },
      { code: '6.2', text: 'Có tập thể, cá nhân sáng tạo, dám nghĩ, dám làm được biểu dương, khen thưởng', kind: 'bonus', maxPoints: 3 },
      ...deductionGroup('7'),
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
      // The seed asks to "đánh giá, biểu dương, khen thưởng kịp thời" the creative collectives.
      { form: 'Biểu dương', level: 'Công đoàn cơ sở', quota: { kind: 'percent', value: 0.3, atLeastOne: true }, minBand: 'Tốt', order: 2 },
    ],
    tieBreaks: standardTieBreaks,
    // the seed names no conditions for titles: defaults from the rules
    titles: standardTitles({ base: 'Công đoàn cơ sở', province: 'Liên đoàn Lao động tỉnh', national: 'Tổng Liên đoàn Lao động Việt Nam', provinceIssuer: 'của Liên đoàn Lao động tỉnh' }),
    titleQuotas: standardTitleQuotas,
  },
};
