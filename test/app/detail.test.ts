/** The pane's unit detail, lists, filters and preset order, built from a real run of the sample. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createMemoryWorkbook } from '../../src/adapters/memory/port';
import { checkData } from '../../src/app/usecases';
import { createXlsxPort, loadWorkbook } from '../../src/adapters/xlsx/port';
import { planPresets } from '../../src/domain/plan/presets';
import type { WorkbookSnapshot } from '../../src/workbook/grid';
import type { RunResult } from '../../src/workbook/run';
import { bandCounts, filterFindings, findingUnits, proposalGroups, rankPresets, tierLines, unitDetail } from '../../src/taskpane/detail';
import { findingRows } from '../../src/taskpane/view';

let result: RunResult;
let snapshot: WorkbookSnapshot;

beforeAll(async () => {
  const wb = await loadWorkbook(readFileSync(resolve(__dirname, '../../samples/mau-pgd-chau-thanh-2024.xlsx')));
  snapshot = await createXlsxPort(wb).readSnapshot();
  result = await checkData(createMemoryWorkbook(snapshot).port, new Date('2024-12-20T02:00:00Z'));
});

const ranked = () => result.evaluation?.blocks.flatMap((b) => b.units.map((u) => ({ block: b, u }))) ?? [];

describe('a unit’s detail', () => {
  it('lists every criterion with each tier, the shortfalls, and the gaps to the next band and the block leader', () => {
    const evaluation = result.evaluation;
    const plan = result.plan;
    if (!evaluation || !plan) throw new Error('no run');
    // The second unit of the first block: it has a leader above it.
    const { block, u } = ranked().find((x) => x.block.units[1]?.unit.code === x.u.unit.code) ?? ranked()[0]!;
    const d = unitDetail(evaluation, plan, u.unit.code, 'vi');
    expect(d?.criteria.map((c) => c.code)).toEqual(u.criteria.map((c) => c.code));
    const leader = block.units[0]!;
    const gap = Math.round((leader.total - u.total) * 100) / 100;
    expect(d?.toLeader).toBe(gap === 0 ? 'Đơn vị dẫn đầu khối.' : `Kém đơn vị dẫn đầu (${leader.unit.name}) ${gap.toString().replace('.', ',')} điểm`);
    expect(d?.summary).toMatch(new RegExp(`^Hạng ${u.rank} · `));
    // A blank score is shown blank, never 0.
    for (const c of d?.criteria ?? []) for (const v of [c.self, c.blockLeader, c.council, c.used]) expect(v).not.toBe('NaN');
  });

  it('shows a blank self score as blank and a missing score as a shortfall line, not 0', () => {
    const evaluation = result.evaluation;
    const plan = result.plan;
    if (!evaluation || !plan) throw new Error('no run');
    const missing = ranked().find(({ u }) => u.missingCount > 0)?.u;
    expect(missing).toBeDefined();
    const d = unitDetail(evaluation, plan, missing?.unit.code ?? '', 'vi');
    const code = missing?.criteria.find((c) => c.kind === 'base' && c.used === undefined)?.code;
    expect(d?.shortfalls).toContain(`${code}: chưa có điểm`);
    expect(d?.criteria.find((c) => c.code === code)?.used).toBe('');
  });

  it('says how far the next band is: the points and the criteria under its floor', () => {
    const evaluation = result.evaluation;
    const plan = result.plan;
    if (!evaluation || !plan) throw new Error('no run');
    const best = [...plan.bands].sort((a, b) => b.minScore - a.minScore)[0];
    const below = ranked().find(({ u }) => u.band !== undefined && u.band !== best?.name)?.u;
    const d = below && unitDetail(evaluation, plan, below.unit.code, 'vi');
    expect(d?.nextBand).toMatch(/^(Để đạt «.+»: cần thêm [\d,]+ điểm|Đủ điểm «.+»)/);
    // Enough points but a criterion under the better band's floor: the criterion, its score and the floor.
    const floorOnly = ranked().find(({ u }) => u.band !== undefined && u.band !== best?.name && best !== undefined && u.total >= best.minScore)?.u;
    if (floorOnly) expect(unitDetail(evaluation, plan, floorOnly.unit.code, 'vi')?.nextBand).toMatch(/^Đủ điểm «.+»; cần nâng lên mức sàn: \d+\.\d+ \([\d,]+ → [\d,]+\)/);
    const top = ranked().find(({ u }) => u.band === best?.name)?.u;
    if (top) expect(unitDetail(evaluation, plan, top.unit.code, 'vi')?.nextBand).toBe('Đã ở xếp loại cao nhất.');
    expect(unitDetail(evaluation, plan, 'no-such-unit', 'vi')).toBeUndefined();
  });
});

describe('lists at a glance', () => {
  it('puts every proposal under its verdict, the sample’s 214 / 99 / 44', () => {
    const groups = proposalGroups(result.evaluation!, 'vi');
    expect(groups.map((g) => [g.verdict, g.items.length])).toEqual([
      ['notEligible', 99],
      ['needsCheck', 44],
      ['eligible', 214],
    ]);
    expect(groups[0]?.label).toBe('Không đủ điều kiện (99)');
    expect(groups[0]?.items.every((i) => i.reasons !== '')).toBe(true);
  });

  it('lists the units whose scores changed between tiers, those lacking a reason first', () => {
    const lines = tierLines(result.evaluation!, 'vi');
    expect(lines.length).toBe(result.evaluation!.tiers.units.filter((u) => u.criteria.some((c) => c.changes.length > 0)).length);
    const firstExplained = lines.findIndex((l) => !l.unexplained);
    expect(lines.slice(firstExplained).every((l) => !l.unexplained)).toBe(true);
  });

  it('counts units per band in each block, adding up to the block', () => {
    const counts = bandCounts(result.evaluation!, result.plan!, 'vi');
    for (const [i, b] of counts.entries()) expect(b.bands.reduce((n, x) => n + x.count, 0)).toBe(result.evaluation!.blocks[i]?.units.length);
  });
});

describe('the findings filter', () => {
  it('filters by severity and by unit, findings about no unit on their own', () => {
    const rows = findingRows(result.findings, result.input?.units ?? [], 'vi');
    const errors = filterFindings(rows, { severity: 'error' });
    expect(errors.length).toBe(rows.filter((r) => r.severity === 'error').length);
    expect(errors.every((r) => r.severity === 'error')).toBe(true);
    const units = findingUnits(rows);
    expect(units.length).toBeGreaterThan(3);
    const one = filterFindings(rows, { severity: 'all', unit: units[0] });
    expect(one.length).toBeGreaterThan(0);
    expect(one.every((r) => r.unit === units[0])).toBe(true);
    const general = filterFindings(rows, { severity: 'all', unit: '' });
    expect(general.every((r) => r.unit === undefined)).toBe(true);
    expect(general.length + units.reduce((n, u) => n + filterFindings(rows, { severity: 'all', unit: u }).length, 0)).toBe(rows.length);
  });
});

describe('presets when a workbook has no plan', () => {
  const withoutPlan = (): WorkbookSnapshot => ({ sheets: snapshot.sheets.filter((s) => s.name !== 'Kế hoạch') });

  it('puts first the preset whose words the workbook shares: the school plan for a school workbook', () => {
    expect(planPresets[0]?.id).toBe('vpdp-ntm-the-thao-2025');
    expect(rankPresets(planPresets, withoutPlan())[0]?.id).toBe('pgddt-chau-thanh-2024');
  });

  it('keeps the presets’ own order when nothing fits, and loses none', () => {
    const empty = rankPresets(planPresets, { sheets: [{ name: 'Sheet1', rows: [], visibility: 'visible' } as never] });
    expect(empty.map((p) => p.id)).toEqual(planPresets.map((p) => p.id));
    expect(new Set(rankPresets(planPresets, withoutPlan()).map((p) => p.id))).toEqual(new Set(planPresets.map((p) => p.id)));
  });

  it('ranks a trade-union workbook to a trade-union preset', () => {
    const union: WorkbookSnapshot = {
      sheets: [{ name: 'Danh sách công đoàn cơ sở', visibility: 'visible', rows: [['Công đoàn cơ sở Ban Dân tộc'], ['Ban Chấp hành Công đoàn Ban Dân tộc tỉnh Thái Nguyên']] } as never],
    };
    expect(rankPresets(planPresets, union)[0]?.id).toBe('cd-ban-dan-toc-thai-nguyen-2022');
  });
});
