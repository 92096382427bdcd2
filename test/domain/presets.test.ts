import { findPreset, planPresets, type PlanPreset } from '../../src/domain/plan/presets';
import { planSchema, type Criterion, type Plan } from '../../src/domain/plan/schema';
import { cleanText } from '../../src/domain/text/normalize';
import { roundScore } from '../../src/domain/text/numbers';

const parentOf = (code: string) => code.split('.').slice(0, -1).join('.');
const childrenOf = (plan: Plan, code: string) => plan.criteria.filter((c) => parentOf(c.code) === code);
const isLeaf = (plan: Plan, c: Criterion) => childrenOf(plan, c.code).length === 0;
const sum = (values: readonly number[]) => roundScore(values.reduce((a, b) => a + b, 0));
const leaves = (plan: Plan, kind: Criterion['kind']) => plan.criteria.filter((c) => c.kind === kind && isLeaf(plan, c));

function preset(id: string): PlanPreset {
  const found = findPreset(id);
  if (!found) throw new Error(`no preset ${id}`);
  return found;
}

const criterion = (plan: Plan, code: string) => plan.criteria.find((c) => c.code === code);

describe('plan presets', () => {
  it('has one preset per seed plan, with unique ids that findPreset finds', () => {
    expect(planPresets).toHaveLength(5);
    expect(new Set(planPresets.map((p) => p.id)).size).toBe(5);
    for (const p of planPresets) expect(findPreset(p.id)).toBe(p);
    expect(findPreset('không-có')).toBeUndefined();
  });

  describe.each(planPresets.map((p) => [p.id, p] as const))('%s', (_id, { plan, title, source, blocks }) => {
    it('is a parsed plan (parsing it again changes nothing)', () => {
      expect(planSchema.parse(plan)).toEqual(plan);
      expect(title.trim()).not.toBe('');
      expect(source.trim()).not.toBe('');
      expect(blocks.length).toBeGreaterThan(0);
    });

    it('has unique, well-formed codes whose parents exist and share their kind', () => {
      const codes = plan.criteria.map((c) => c.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const c of plan.criteria) {
        expect(c.code).toMatch(/^\d+(\.\d+)*$/);
        const parent = parentOf(c.code);
        if (parent === '') continue;
        expect(criterion(plan, parent)?.kind).toBe(c.kind);
      }
    });

    it('has base leaf maxima summing to the scale, and every group equal to the sum of its children', () => {
      expect(sum(leaves(plan, 'base').map((c) => c.maxPoints))).toBe(plan.info.scale);
      expect(plan.info.scale).toBe(100);
      const groups = plan.criteria.filter((c) => !isLeaf(plan, c));
      expect(groups.length).toBeGreaterThan(0);
      for (const group of groups) expect([group.code, sum(childrenOf(plan, group.code).map((c) => c.maxPoints))]).toEqual([group.code, group.maxPoints]);
    });

    it('has concrete criteria: mandatory ones, capped bonus criteria and deductions for late reports and discipline', () => {
      expect(plan.criteria.some((c) => c.mandatory && c.kind === 'base')).toBe(true);
      for (const c of plan.criteria.filter((x) => isLeaf(plan, x))) expect(cleanText(c.text).length).toBeGreaterThan(20);
      const bonus = leaves(plan, 'bonus');
      expect(bonus.length).toBeGreaterThan(0);
      expect(plan.info.bonusCap).toBeDefined();
      expect(sum(bonus.map((c) => c.maxPoints))).toBeGreaterThan(plan.info.bonusCap ?? Infinity);
      const deductions = leaves(plan, 'deduction').map((c) => c.text);
      expect(deductions).toEqual(expect.arrayContaining(['Báo cáo chậm, sai quy định', 'Có cá nhân vi phạm kỷ luật']));
    });

    it('gives every target and steps criterion what it needs to be scored', () => {
      for (const c of plan.criteria) {
        if (c.method === 'targetRatio') {
          expect(c.target).toBeGreaterThan(0);
          expect(c.targetUnit).not.toBe('');
        }
        if (c.method === 'steps') {
          expect(c.steps.length).toBeGreaterThan(0);
          expect(Math.max(...c.steps.map((s) => s.points))).toBe(c.maxPoints);
          expect(c.steps.every((s) => s.points <= c.maxPoints)).toBe(true);
        }
      }
    });

    it('has bands from Xuất sắc (≥ 90, no criterion below 85%) down to 0', () => {
      expect(plan.bands.map((b) => [b.name, b.minScore])).toEqual([
        ['Xuất sắc', 90],
        ['Tốt', 80],
        ['Khá', 70],
        ['Trung bình', 50],
        ['Yếu', 0],
      ]);
      expect(plan.bands[0]).toMatchObject({ minCriterionRatio: 0.85, requiresMandatory: true });
    });

    it('awards only at the plan’s own levels and bands, the first to the block leader', () => {
      const bandNames = plan.bands.map((b) => b.name);
      for (const rule of plan.unitAwards) {
        expect(plan.info.levels).toContain(rule.level);
        if (rule.minBand !== undefined) expect(bandNames).toContain(rule.minBand);
      }
      expect(plan.unitAwards[0]).toMatchObject({ quota: { kind: 'count', value: 1 }, leaderOnly: true, minBand: 'Xuất sắc' });
      expect(plan.unitAwards.map((r) => r.order)).toEqual(plan.unitAwards.map((_, i) => i + 1));
      for (const rule of plan.ratioRules) for (const level of rule.levels) expect(plan.info.levels).toContain(level);
    });

    it('breaks ties by base total, fewer deductions, then group 1', () => {
      expect(plan.tieBreaks).toEqual([{ kind: 'baseTotal' }, { kind: 'fewerDeductions' }, { kind: 'groupScore', group: '1' }]);
      expect(criterion(plan, '1')).toBeDefined();
    });

    it('keeps list items clean so they survive the ";"-separated sheet', () => {
      for (const item of [...plan.info.levels, ...plan.info.periods, ...plan.info.recipients]) {
        expect(item).toBe(cleanText(item));
        expect(item).not.toMatch(/[;\n]/);
      }
      if (plan.info.period !== '') expect(plan.info.periods).toContain(plan.info.period);
    });
  });

  it('seed 000 scores the sports targets: 100% choosing a sport, the March month, tournaments by steps', () => {
    const { plan, blocks } = preset('vpdp-ntm-the-thao-2025');
    expect(plan.info.issuer).toBe('Văn phòng Điều phối thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh');
    expect(plan.info.legalBasis).toContain('Kế hoạch số 323/KH-UBND ngày 10/7/2024 của UBND tỉnh');
    const sport = plan.criteria.find((c) => c.text === '100% CBCC và NLĐ lựa chọn một môn thể thao phù hợp để tập luyện');
    expect(sport).toMatchObject({ method: 'targetRatio', target: 100, targetUnit: '%', mandatory: true });
    const march = plan.criteria.find((c) => c.text.includes('thể thao vì sức khỏe toàn dân trong dịp tháng 3'));
    expect(march).toMatchObject({ method: 'targetRatio', target: 100, targetUnit: '%' });
    const tournaments = plan.criteria.find((c) => c.text.startsWith('Tham gia thi đấu các giải do Công đoàn Ngành và tỉnh tổ chức'));
    expect(tournaments?.method).toBe('steps');
    expect(tournaments?.steps.map((s) => s.from)).toEqual([3, 2, 1]);
    expect(blocks).toEqual([{ name: 'Các phòng và Công đoàn cơ quan', units: ['Phòng Hành chính - Tổng hợp', 'Phòng Nghiệp vụ', 'Công đoàn cơ quan'] }]);
  });

  it('seed 001 carries 338/KH-PGDĐT, sections II.1–II.8 and the 80/70/45% small-collective rules', () => {
    const { plan, blocks } = preset('pgddt-chau-thanh-2024');
    expect(plan.info).toMatchObject({
      number: '338/KH-PGDĐT',
      issuer: 'Phòng Giáo dục và Đào tạo huyện Châu Thành',
      issuedDate: '25/3/2024',
      place: 'Châu Thành',
      year: 2024,
      levels: ['cơ sở', 'huyện', 'tỉnh', 'Trung ương'],
      signingFor: 'KT. TRƯỞNG PHÒNG',
      signerTitle: 'PHÓ TRƯỞNG PHÒNG',
      signerName: 'Nguyễn Thị Ngọc Hân',
      recipients: ['Phòng Nội vụ (báo cáo)', 'Như trên (thực hiện)', 'Lưu: VT'],
    });
    expect(plan.info.legalBasis).toContain('Luật Thi đua, khen thưởng số 06/2022/QH15');
    expect(plan.info.legalBasis).toContain('Kế hoạch số 705/KH-UBND ngày 21/3/2024 của UBND huyện');
    const baseGroups = plan.criteria.filter((c) => c.kind === 'base' && !c.code.includes('.'));
    expect(baseGroups.map((c) => c.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(plan.ratioRules.map((r) => [r.levels, r.subject, r.comparison, r.ratio, r.pooled])).toEqual([
      [['huyện'], 'smallCollectiveOrDirectWorker', 'atLeast', 0.8, true],
      [['tỉnh'], 'smallCollectiveOrDirectWorker', 'atLeast', 0.7, true],
      [['Trung ương'], 'smallCollectiveOrDirectWorker', 'atLeast', 0.45, true],
    ]);
    expect(plan.unitAwards.map((r) => [r.level, r.quota])).toEqual([
      ['tỉnh', { kind: 'count', value: 1 }],
      ['tỉnh', { kind: 'percent', value: 0.2, atLeastOne: false }],
      ['huyện', { kind: 'percent', value: 0.3, atLeastOne: false }],
    ]);
    expect(blocks.map((b) => b.name)).toEqual(['Cụm Mầm non', 'Cụm Tiểu học', 'Cụm Trung học cơ sở']);
  });

  it('seed 002 is one special round of the Công đoàn Sở, signed for the executive committee', () => {
    const { plan } = preset('cd-so-thanh-hoa-2023-2024');
    expect(plan.info.periods).toEqual(['Đợt thi đua đặc biệt (từ tháng 11/2023 đến tháng 10/2024)']);
    expect(plan.info).toMatchObject({ number: '/KH-CĐS', place: 'Thanh Hoá', signingFor: 'TM. BAN CHẤP HÀNH', signerTitle: 'CHỦ TỊCH', signerName: 'Nguyễn Khánh Toàn' });
    expect(plan.info.legalBasis).toContain('Kế hoạch số 149/KH-CĐVC ngày 10/11/2023');
  });

  it('seed 003 has the two periods of 05/KH-CĐGD and scores Đợt 1', () => {
    const { plan } = preset('cdgd-ninh-binh-2024');
    expect(plan.info).toMatchObject({
      number: '05/KH-CĐGD',
      issuedDate: '15/01/2024',
      place: 'Ninh Bình',
      year: 2024,
      period: 'Đợt 1 (từ tháng 01/2024 đến 31/7/2024)',
      periods: ['Đợt 1 (từ tháng 01/2024 đến 31/7/2024)', 'Đợt 2 (từ 01/8/2024 đến 31/12/2024)'],
      signingFor: 'TM. BAN THƯỜNG VỤ',
      signerTitle: 'PHÓ CHỦ TỊCH',
      signerName: 'Nguyễn Thị Hưng',
    });
  });

  it('seed 004 has the two periods of 16/KH-CĐBDT', () => {
    const { plan } = preset('cd-ban-dan-toc-thai-nguyen-2022');
    expect(plan.info).toMatchObject({
      number: '16/KH-CĐBDT',
      issuedDate: '25/02/2022',
      place: 'Thái Nguyên',
      year: 2022,
      periods: ['Đợt 1 (từ tháng 01/2022 đến 30/6/2022)', 'Đợt 2 (từ 01/7/2022 đến 31/12/2022)'],
      signingFor: 'TM. BAN CHẤP HÀNH',
      signerName: 'Hoàng Văn Chính',
    });
  });
});
