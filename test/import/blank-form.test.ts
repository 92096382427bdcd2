/** A returned form nobody filled in is not a result: logged as «Tệp chưa điền điểm», nothing imported. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { makeTemplatesFromSnapshot } from '../../src/app/templates';
import { loadWorkbook } from '../../src/adapters/xlsx/port';
import { snapshotWorkbook } from '../../src/adapters/xlsx/read';
import { evaluate } from '../../src/domain/evaluate';
import { vi } from '../../src/i18n/vi';
import { planImport } from '../../src/workbook/import/plan-import';
import { runScoring } from '../../src/workbook/run';
import { snapshotFromSpec } from '../../src/workbook/spec-snapshot';
import type { WorkbookSnapshot } from '../../src/workbook/grid';

const sample = resolve(__dirname, '../../samples/mau-pgd-chau-thanh-2024.xlsx');
const now = new Date('2024-12-31T08:00:00Z');

describe('a blank returned form', () => {
  let master: WorkbookSnapshot;
  beforeAll(async () => {
    const full = snapshotWorkbook(await loadWorkbook(readFileSync(sample)));
    const unitSheets = new Set((runScoring(full, { now }).input?.results ?? []).map((r) => r.sheet));
    master = { ...full, sheets: full.sheets.filter((s) => !unitSheets.has(s.name)) };
  });

  it('is logged as not filled in, not imported, and its unit stays without results', () => {
    const made = makeTemplatesFromSnapshot(master);
    const tpl = made.templates[0];
    const unit = made.units[0];
    if (!tpl || !unit) throw new Error('no template');
    const file = { name: tpl.fileName, checksum: 'x', snapshot: { sheets: tpl.sheets.map(snapshotFromSpec) } };
    const plan = planImport(master, [file], { replace: false, time: now.toISOString() });
    if (plan.status !== 'ready') throw new Error(plan.status);
    expect(plan.results).toEqual([]);
    expect(plan.copies).toEqual([]);
    expect(plan.log).toHaveLength(1);
    expect(plan.log[0]?.status).toBe('rejected');
    expect(plan.log[0]?.unit).toContain(unit.code);
    expect(plan.log[0]?.reason).toContain(vi.importText.reasons.blankForm);
    expect(vi.importText.reasons.blankForm).toMatch(/^Tệp chưa điền điểm/);
  });

  it('read straight from a sheet, counts as no results rather than 0 points', () => {
    const made = makeTemplatesFromSnapshot(master);
    const tpl = made.templates[0];
    const unit = made.units[0];
    if (!tpl || !unit || !made.plan) throw new Error('no template');
    const visible = tpl.sheets.map(snapshotFromSpec).filter((s) => s.visibility === 'visible');
    const run = runScoring({ sheets: [...master.sheets, ...visible] }, { now });
    const block = run.evaluation?.blocks.find((b) => b.block === unit.block);
    expect(block?.units.map((u) => u.unit.code)).not.toContain(unit.code);
    expect(block?.unscored.map((u) => u.code)).toContain(unit.code);
    expect(run.findings.filter((f) => f.code === 'SCORE_FORM_BLANK' && f.unitCode === unit.code)).toHaveLength(1);
    // And the engine alone says the same for an input with only blank entries.
    const input = run.input;
    if (!input) throw new Error('no input');
    expect(evaluate(made.plan, input).blocks.flatMap((b) => b.unscored.map((u) => u.code))).toContain(unit.code);
  });
});
