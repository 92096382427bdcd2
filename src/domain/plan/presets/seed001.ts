/**
 * Seed 001 (seeds/001_37e45635f210c7f0.txt): Phòng Giáo dục và Đào tạo huyện Châu Thành (Bến Tre),
 * Kế hoạch 338/KH-PGDĐT of 25/3/2024, the 2024 socio-economic emulation campaign. The content
 * sections II.1–II.8 are the criterion groups 1–8. Section II.7 sets the share of awards for
 * small collectives and direct workers per level (80% huyện, 70% tỉnh, 45% from the Prime
 * Minister's Bằng khen up): the ratio rules below. Blocks (cụm) are the schools by level.
 * Levels are those of 2024, with "huyện" (before the two-tier local government of 07/2025).
 */
import { deductionGroup, standardBands, standardRatings, standardTieBreaks, standardTitleQuotas, standardTitles } from './common';
import type { PresetDraft } from './index';

const smallOrDirect = 'Tập thể nhỏ, cá nhân trực tiếp';

export const seed001: PresetDraft = {
  id: 'pgddt-chau-thanh-2024',
  title: 'Phong trào thi đua năm 2024 – Phòng GD&ĐT huyện Châu Thành',
  source: 'Kế hoạch số 338/KH-PGDĐT ngày 25/3/2024 của Phòng Giáo dục và Đào tạo huyện Châu Thành',
  blocks: [
    { name: 'Cụm Mầm non', units: [] },
    { name: 'Cụm Tiểu học', units: [] },
    { name: 'Cụm Trung học cơ sở', units: [] },
  ],
  plan: {
    info: {
      name: 'Kế hoạch về việc phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2024',
      number: '338/KH-PGDĐT',
      issuer: 'Phòng Giáo dục và Đào tạo huyện Châu Thành',
      council: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
      issuedDate: '25/3/2024',
      place: 'Châu Thành',
      year: 2024,
      period: 'Năm 2024',
      periods: ['Năm 2024'],
      scale: 100,
      legalBasis:
        'Luật Thi đua, khen thưởng số 06/2022/QH15; Kế hoạch số 705/KH-UBND ngày 21/3/2024 của UBND huyện; Kế hoạch số 4565/KH-UBND ngày 04/8/2021 của UBND tỉnh Bến Tre',
      rankingScore: 'appraised',
      gapWarning: 5,
      rankingStyle: 'competition',
      overMax: 'clamp',
      warnBelow: 0.5,
      bonusCap: 5,
      levels: ['cơ sở', 'huyện', 'tỉnh', 'Trung ương'],
      ratings: standardRatings,
      signingFor: 'KT. TRƯỞNG PHÒNG',
      signerTitle: 'PHÓ TRƯỞNG PHÒNG',
      signerName: 'Nguyễn Thị Ngọc Hân',
      recipients: ['Phòng Nội vụ (báo cáo)', 'Như trên (thực hiện)', 'Lưu: VT'],
    },
    criteria: [
      { code: '1', text: 'Tuyên truyền, quán triệt tư tưởng Hồ Chí Minh về thi đua ái quốc; đổi mới công tác thi đua, khen thưởng', maxPoints: 10 },
      {
        code: '1.1',
        text: 'Quán triệt Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị và Thông tri số 05-TT/TU ngày 27/5/2014 của Ban Thường vụ Tỉnh ủy về đổi mới công tác thi đua, khen thưởng',
        maxPoints: 5,
      },
      {
        code: '1.2',
        text: 'Triển khai phong trào thi đua “Đồng Khởi mới” giai đoạn 2020 - 2025 theo Chỉ thị số 01-CT/TU và Kế hoạch số 4565/KH-UBND của UBND tỉnh',
        maxPoints: 5,
      },
      { code: '2', text: 'Thực hiện các chỉ tiêu kinh tế - xã hội năm 2024 và các phong trào thi đua trọng tâm', maxPoints: 15 },
      {
        code: '2.1',
        text: 'Hoàn thành các chỉ tiêu năm 2024 theo Nghị quyết của Huyện ủy, Nghị quyết Hội đồng nhân dân huyện và Nghị quyết của Đảng ủy địa phương',
        maxPoints: 7,
        mandatory: true,
      },
      { code: '2.2', text: 'Tham gia phong trào thi đua “Cả nước chung sức xây dựng nông thôn mới” giai đoạn 2021 - 2025', maxPoints: 4 },
      { code: '2.3', text: 'Thực hiện phong trào thi đua “Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở”', maxPoints: 4 },
      { code: '3', text: 'Tinh giản biên chế, cải cách hành chính và chuyển đổi số', maxPoints: 15 },
      { code: '3.1', text: 'Thực hiện tinh giản biên chế gắn với sắp xếp tổ chức bộ máy của đơn vị', maxPoints: 5 },
      { code: '3.2', text: 'Đẩy mạnh cải cách hành chính tại đơn vị', maxPoints: 5 },
      { code: '3.3', text: 'Thực hiện các giải pháp chuyển đổi số trong quản lý, dạy và học', maxPoints: 5 },
      { code: '4', text: 'Đổi mới, nâng cao chất lượng giáo dục và đào tạo gắn với hội nhập quốc tế', maxPoints: 20 },
      { code: '4.1', text: 'Đổi mới, nâng cao chất lượng giáo dục và đào tạo của đơn vị', maxPoints: 12 },
      { code: '4.2', text: 'Góp phần phát triển nguồn nhân lực chất lượng cao đáp ứng yêu cầu phát triển của huyện', maxPoints: 8 },
      { code: '5', text: 'Thi đua lập thành tích chào mừng các ngày kỷ niệm năm 2024', maxPoints: 10 },
      {
        code: '5.1',
        text: 'Có hoạt động chào mừng kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (07/5/1954 - 07/5/2024)',
        maxPoints: 5,
        method: 'passFail',
      },
      {
        code: '5.2',
        text: 'Có hoạt động chào mừng 80 năm Ngày thành lập Quân đội nhân dân Việt Nam và 35 năm Ngày hội Quốc phòng toàn dân (22/12/2024)',
        maxPoints: 5,
        method: 'passFail',
      },
      { code: '6', text: 'Xây dựng Đảng, hệ thống chính trị; kỷ luật, kỷ cương hành chính; văn hóa công sở', maxPoints: 10 },
      {
        code: '6.1',
        text: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh theo Kết luận số 01-KL/TW; vai trò nêu gương của người đứng đầu',
        maxPoints: 4,
      },
      {
        code: '6.2',
        text: 'Không có cán bộ, công chức, viên chức uống rượu, bia trong giờ làm việc (Chỉ thị số 02/CT-UBND ngày 05/3/2019 của Chủ tịch UBND tỉnh)',
        maxPoints: 3,
        method: 'passFail',
        mandatory: true,
      },
      { code: '6.3', text: 'Tổ chức hoạt động nhân các ngày lễ lớn, sự kiện lịch sử, chính trị của đất nước, của tỉnh, của huyện', maxPoints: 3 },
      { code: '7', text: 'Thực hiện Luật Thi đua, khen thưởng và nâng cao chất lượng công tác khen thưởng', maxPoints: 10 },
      { code: '7.1', text: 'Triển khai Luật Thi đua, khen thưởng số 06/2022/QH15 và các văn bản hướng dẫn', maxPoints: 4 },
      {
        code: '7.2',
        text: 'Tỷ lệ tập thể nhỏ, cá nhân trực tiếp trong số đề nghị khen thưởng cấp huyện',
        maxPoints: 6,
        method: 'targetRatio',
        target: 80,
        targetUnit: '%',
      },
      { code: '8', text: 'Phát hiện, bồi dưỡng, tuyên truyền và nhân rộng điển hình tiên tiến', maxPoints: 10 },
      {
        code: '8.1',
        text: 'Có kế hoạch bồi dưỡng, xây dựng mô hình mới, nhân tố mới theo Kế hoạch số 4816/KH-UBND ngày 18/10/2021 của UBND huyện',
        maxPoints: 5,
      },
      {
        code: '8.2',
        text: 'Số gương điển hình tiên tiến, “người tốt, việc tốt” được phát hiện, tuyên truyền, nhân rộng',
        maxPoints: 5,
        method: 'steps',
        target: 3,
        targetUnit: 'gương',
        steps: [
          { from: 3, points: 5 },
          { from: 2, points: 3 },
          { from: 1, points: 2 },
        ],
      },
      { code: '9', text: 'Điểm thưởng', kind: 'bonus', maxPoints: 6 },
      { code: '9.1', text: 'Có sáng kiến, mô hình mới, cách làm hay được công nhận', kind: 'bonus', maxPoints: 3 },
      { code: '9.2', text: 'Có thành tích xuất sắc, đột xuất được khen thưởng', kind: 'bonus', maxPoints: 3 },
      ...deductionGroup('10'),
    ],
    bands: standardBands,
    unitAwards: [
      {
        form: 'Cờ thi đua của UBND tỉnh',
        level: 'tỉnh',
        quota: { kind: 'count', value: 1 },
        leaderOnly: true,
        minBand: 'Xuất sắc',
        order: 1,
      },
      { form: 'Bằng khen của Chủ tịch UBND tỉnh', level: 'tỉnh', quota: { kind: 'percent', value: 0.2 }, minBand: 'Xuất sắc', order: 2 },
      { form: 'Giấy khen của Chủ tịch UBND huyện', level: 'huyện', quota: { kind: 'percent', value: 0.3 }, minBand: 'Tốt', order: 3 },
    ],
    ratioRules: [
      { name: `${smallOrDirect} – khen thưởng cấp huyện`, levels: ['huyện'], subject: 'smallCollectiveOrDirectWorker', comparison: 'atLeast', ratio: 0.8, pooled: true },
      { name: `${smallOrDirect} – khen thưởng cấp tỉnh`, levels: ['tỉnh'], subject: 'smallCollectiveOrDirectWorker', comparison: 'atLeast', ratio: 0.7, pooled: true },
      {
        name: `${smallOrDirect} – từ Bằng khen của Thủ tướng Chính phủ trở lên`,
        levels: ['Trung ương'],
        subject: 'smallCollectiveOrDirectWorker',
        comparison: 'atLeast',
        ratio: 0.45,
        pooled: true,
      },
    ],
    tieBreaks: standardTieBreaks,
    // the seed names no conditions for titles: defaults from the rules. School staff's
    // grassroots titles (LĐTT, CSTĐCS) are conferred by the district chairman: level "huyện".
    titles: standardTitles({ base: 'huyện', province: 'tỉnh', national: 'Trung ương', provinceIssuer: 'của Chủ tịch UBND tỉnh' }),
    titleQuotas: standardTitleQuotas,
  },
};
