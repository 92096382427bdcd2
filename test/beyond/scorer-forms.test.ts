/**
 * Cross-scoring through the officer's own round trip: `templates` writes, for a block of 8 units, a unit
 * form and a scorer form per unit; each unit fills both as it would in Excel (through ExcelJS); `import`
 * brings the folder back; `score` combines the scorers. The appraised scores are the trimmed means
 * computed by hand in cross-scoring-block.ts. One scorer abstains with a reason; one unit slipped a column for itself into
 * its scorer form (possible only by editing the form by hand) and that figure is refused.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { importFolder } from '../../src/adapters/xlsx/import-folder';
import { loadWorkbook, saveWorkbook } from '../../src/adapters/xlsx/port';
import { snapshotWorkbook } from '../../src/adapters/xlsx/read';
import { writeSheetsToBuffer } from '../../src/adapters/xlsx/sheets';
import { writeTemplatesToFolder } from '../../src/adapters/xlsx/templates-file';
import type { WorkbookSnapshot } from '../../src/workbook/grid';
import { planImport } from '../../src/workbook/import/plan-import';
import { text } from '../../src/workbook/render/cells';
import { renderPlanSheet } from '../../src/workbook/render/plan-sheet';
import { runScoring, type RunResult } from '../../src/workbook/run';
import type { SheetSpec } from '../../src/workbook/spec';
import { snapshotFromSpec } from '../../src/workbook/spec-snapshot';
import { readTemplateState } from '../../src/workbook/template/state';
import { codes, criterionOneFrom, plan, units, type Code } from './cross-scoring-block';
import { fillTemplate } from '../helpers/fill-template';

const now = new Date('2024-12-20T02:00:00Z');
const figure = (scorer: Code, scored: Code, criterion: string): number | string => {
  if (criterion === '2') return 40;
  return criterionOneFrom(scorer, scored) ?? '';
};

function registerSheet(): SheetSpec {
  return {
    name: 'Đơn vị',
    role: 'input',
    visibility: 'visible',
    rows: [['Mã đơn vị', 'Tên đơn vị', 'Khối/Cụm'].map((h) => text(h)), ...units.map((u) => [text(u.code), text(u.name), text(u.block)])],
    columnWidths: [10, 20, 10],
    merges: [],
  };
}

/** The officer's own sheet that happens to have the name the import would give A's scorer sheet. */
function officerSheet(): SheetSpec {
  return { name: 'Chấm chéo A Trường A', role: 'input', visibility: 'visible', rows: [[text('Ghi chú của cán bộ thi đua')]], columnWidths: [30], merges: [] };
}

/** Where a form's table is: the header row (1-based) and each header's column. */
function table(ws: ExcelJS.Worksheet): { header: number; col: Map<string, number> } {
  let header = 0;
  const col = new Map<string, number>();
  ws.eachRow((row, n) => {
    if (header || row.getCell(1).value !== 'Mã tiêu chí') return;
    header = n;
    row.eachCell((cell, c) => col.set(String(cell.value), c));
  });
  return { header, col };
}

/** The returned files as the import reads them. */
async function returnedFiles(folder: string): Promise<{ name: string; checksum: string; snapshot: WorkbookSnapshot }[]> {
  const out = [];
  for (const name of readdirSync(folder).sort()) out.push({ name, checksum: name, snapshot: snapshotWorkbook(await loadWorkbook(readFileSync(join(folder, name)))) });
  return out;
}

describe('scorer forms out and back: templates → fill → import → score', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-scorers-'));
  const masterPath = join(dir, 'master.xlsx');
  const formsDir = join(dir, 'forms');
  const returned = join(dir, 'returned');
  const out = join(dir, 'master.nhap.xlsx');
  let made: Awaited<ReturnType<typeof writeTemplatesToFolder>>;
  let imported: Awaited<ReturnType<typeof importFolder>>;
  let scored: RunResult;
  let afterImport: WorkbookSnapshot;

  beforeAll(async () => {
    writeFileSync(masterPath, await writeSheetsToBuffer([renderPlanSheet(plan), registerSheet(), officerSheet()], { now }));
    mkdirSync(formsDir);
    // A file already in the folder under a scorer form's name: kept, the new form goes beside it.
    writeFileSync(join(formsDir, 'Chấm chéo - B - Trường B.xlsx'), 'a file someone left here');
    made = await writeTemplatesToFolder(masterPath, formsDir, { now });
    mkdirSync(returned);
    for (const path of made.files) {
      const wb = await loadWorkbook(readFileSync(path));
      const state = readTemplateState(snapshotWorkbook(wb));
      if (state.status !== 'ok') throw new Error(`no state in ${path}`);
      const ws = wb.worksheets.find((w) => w.state === 'visible');
      if (!ws) throw new Error('no visible sheet');
      const me = state.state.unitCode as Code;
      if (state.state.kind === 'unit') {
        // Each unit's self score: full marks (the council's figure is the scorers' combined one).
        fillTemplate(ws, [{ criterionCode: '1', selfScore: 50, note: '' }, { criterionCode: '2', selfScore: 50, note: '' }]);
      } else {
        const { header, col } = table(ws);
        for (let r = header + 1; r <= ws.rowCount; r++) {
          const criterion = String(ws.getRow(r).getCell(1).value ?? '');
          for (const other of state.state.scored) ws.getRow(r).getCell(col.get(other) ?? 0).value = figure(me, other as Code, criterion);
        }
        if (me === 'A') {
          // The unit lifted the protection and added a column for itself: the one thing the form leaves out.
          const self = ws.getRow(header).cellCount + 1;
          ws.getRow(header).getCell(self).value = 'A';
          for (let r = header + 1; r <= ws.rowCount; r++) ws.getRow(r).getCell(self).value = 50;
        }
      }
      writeFileSync(join(returned, path.slice(formsDir.length + 1)), await saveWorkbook(wb));
    }
    imported = await importFolder(masterPath, returned, out, { now });
    afterImport = snapshotWorkbook(await loadWorkbook(readFileSync(out)));
    scored = runScoring(afterImport, { now });
  }, 240_000);

  it('writes a unit form and a scorer form per unit, never over a file already there', () => {
    expect(made.templates.filter((x) => x.kind === 'unit')).toHaveLength(8);
    expect(made.templates.filter((x) => x.kind === 'scorer')).toHaveLength(8);
    expect(made.renamed).toEqual([{ wanted: 'Chấm chéo - B - Trường B.xlsx', written: 'Chấm chéo - B - Trường B (2).xlsx' }]);
    expect(readFileSync(join(formsDir, 'Chấm chéo - B - Trường B.xlsx'), 'utf8')).toBe('a file someone left here');
    expect(readdirSync(formsDir)).toHaveLength(17);
  });

  it('a scorer form: the other units of its block as columns, never itself; only their cells open, number or «Không chấm: lý do»', async () => {
    const form = made.templates.find((x) => x.kind === 'scorer' && x.fileName.includes(' - C - '));
    const wb = await loadWorkbook(await writeSheetsToBuffer(form?.sheets ?? [], { now }));
    const ws = wb.worksheets.find((w) => w.state === 'visible');
    if (!ws) throw new Error('no form');
    const { header, col } = table(ws);
    expect([...col.keys()]).toEqual(['Mã tiêu chí', 'Tiêu chí', 'Điểm tối đa', 'A', 'B', 'D', 'E', 'F', 'G', 'H']);
    expect(ws.getRow(4).getCell(1).value).toBe('Đơn vị chấm:');
    expect(ws.getRow(4).getCell(2).value).toBe('C');
    const open: string[] = [];
    ws.eachRow((row) => row.eachCell({ includeEmpty: true }, (cell) => void (cell.protection?.locked === false && open.push(cell.address))));
    expect(open).toHaveLength(7 * 2);
    const v = ws.getCell(header + 1, 4).dataValidation;
    expect(v.type).toBe('custom');
    expect(v.formulae).toEqual([`OR(AND(ISNUMBER(D${header + 1}),D${header + 1}>=0,D${header + 1}<=50),LEFT(TRIM(D${header + 1}),10)="Không chấm")`]);
    expect((ws as ExcelJS.Worksheet & { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
    const state = readTemplateState(snapshotWorkbook(wb));
    expect(state.status === 'ok' && state.state).toMatchObject({ kind: 'scorer', unitCode: 'C', scored: ['A', 'B', 'D', 'E', 'F', 'G', 'H'] });
    expect(wb.worksheets.find((w) => w.name === 'ThiDua_Mau')?.state).toBe('veryHidden');
  });

  it('imports every form: unit forms to «Tổng hợp nhập», each scorer form as its own sheet, all in the log', () => {
    const plan = imported.plan;
    if (plan.status !== 'ready') throw new Error(plan.reason);
    expect(plan.log).toHaveLength(16);
    expect(plan.log.map((r) => r.status)).toEqual(Array.from({ length: 16 }, () => 'imported'));
    const scorerRows = plan.log.filter((r) => r.file.startsWith('Chấm chéo'));
    expect(scorerRows.map((r) => r.copy)).toEqual([
      // A's usual name is the officer's sheet: never replaced, the scorer's sheet goes beside it.
      'Chấm chéo A Trường A (2)',
      'Chấm chéo B Trường B',
      'Chấm chéo C Trường C',
      'Chấm chéo D Trường D',
      'Chấm chéo E Trường E',
      'Chấm chéo F Trường F',
      'Chấm chéo G Trường G',
      'Chấm chéo H Trường H',
    ]);
    // B abstains on C's criterion 1.
    expect(scorerRows.find((r) => r.copy === 'Chấm chéo B Trường B')?.reason).toContain('Phiếu chấm chéo: chấm 7 đơn vị, 13 điểm, 1 không chấm.');
    expect(scorerRows.find((r) => r.copy === 'Chấm chéo C Trường C')?.reason).toContain('Phiếu chấm chéo: chấm 7 đơn vị, 14 điểm, 0 không chấm.');
    // A's own column is said at once, with its cell, and will not count.
    expect(scorerRows[0]?.reason).toMatch(/Đơn vị A tự chấm tiêu chí 1 của chính mình/);
    expect(plan.results).toHaveLength(8);
    expect(plan.copies.map((c) => c.as).every((n) => n.startsWith('Gốc '))).toBe(true);
    expect(plan.scorerSheets).toEqual(scorerRows.map((r) => r.copy));
    const officer = afterImport.sheets.find((s) => s.name === 'Chấm chéo A Trường A');
    expect(officer?.rows).toEqual([['Ghi chú của cán bộ thi đua']]);
  });

  it('scores the combined figures: the trimmed means computed by hand, «x/y», every scorer visible, the self figure refused', () => {
    const block = scored.evaluation?.blocks[0];
    const byCode = new Map(block?.units.map((u) => [u.unit.code, u]));
    expect(codes.map((c) => byCode.get(c)?.criteria.find((x) => x.code === '1')?.appraised)).toEqual([44, 45, 43, 40, 46, 36, 44.8, 33]);
    expect(codes.map((c) => byCode.get(c)?.criteria.find((x) => x.code === '2')?.appraised)).toEqual([40, 40, 40, 40, 40, 40, 40, 40]);
    expect(block?.units.map((u) => `${u.unit.code}:${u.total}:${u.rank}`)).toEqual(['E:86:1', 'B:85:2', 'G:84.8:3', 'A:84:4', 'C:83:5', 'D:80:6', 'F:76:7', 'H:73:8']);
    expect(byCode.get('B')?.criteria[0]).toMatchObject({ self: 50, appraised: 45, usedFrom: 'appraised' });
    const self = scored.findings.filter((f) => f.code === 'CROSS_SELF_SCORE');
    expect(self.map((f) => [f.params.scorer, f.params.code, f.cell?.sheet])).toEqual([
      ['A', '1', 'Chấm chéo A Trường A (2)'],
      ['A', '2', 'Chấm chéo A Trường A (2)'],
    ]);
    expect(scored.findings.filter((f) => f.code === 'CROSS_SCORER_TWICE' || f.code === 'CROSS_SCORER_SUPERSEDED' || f.code === 'UNIT_DUPLICATE')).toEqual([]);
    const tiers = scored.writePlan.sheets.find((s) => s.name === 'Thẩm định các cấp');
    const lines = (tiers?.rows ?? []).map((r) => r.map((c) => c.value));
    const line = (unitName: string, code: string) => {
      const at = lines.findIndex((r) => r[1] === unitName);
      return lines.slice(at + 1).find((r) => r[0] === code);
    };
    expect(line('Trường C', '1')?.slice(2, 7)).toEqual(['6/7', 43, 4, 'A: 41; D: 42; E: 43; F: 43; G: 44; H: 45', 'B: chưa đủ minh chứng']);
    expect(line('Trường A', '1')?.slice(2, 6)).toEqual(['7/7', 44, 8, 'B: 40; C: 42; D: 44; E: 44; F: 44; G: 46; H: 48']);
    expect(line('Trường G', '2')?.slice(2, 4)).toEqual(['7/7', 40]);
  });

  it('a second import of the same files changes nothing; a changed scorer form waits, then replaces when confirmed', async () => {
    const again = planImport(afterImport, await returnedFiles(returned), { replace: false, time: now.toISOString() });
    if (again.status !== 'ready') throw new Error(again.reason);
    expect(again.log.filter((r) => r.reason.includes('Trùng hoàn toàn'))).toHaveLength(16);
    expect(again.sheets).toHaveLength(2);
    // H sends a corrected form: its figure for A on criterion 1, 48 → 41.
    const h = (await returnedFiles(returned)).find((f) => f.name.startsWith('Chấm chéo - H'));
    const sheet = h?.snapshot.sheets.find((s) => s.visibility === 'visible');
    if (!h || !sheet) throw new Error('no H');
    const header = sheet.rows.findIndex((r) => r[0] === 'Mã tiêu chí');
    const colA = (sheet.rows[header] ?? []).indexOf('A');
    const rows = sheet.rows.map((r) => (r[0] === '1' ? r.map((c, i) => (i === colA ? 41 : c)) : r));
    const changed = { name: 'Chấm chéo - H - sửa.xlsx', checksum: 'x', snapshot: { sheets: h.snapshot.sheets.map((s) => (s === sheet ? { ...s, rows } : s)) } };
    const waiting = planImport(afterImport, [changed], { replace: false, time: now.toISOString() });
    if (waiting.status !== 'ready') throw new Error(waiting.reason);
    expect(waiting.log[0]).toMatchObject({ status: 'waiting', question: { kind: 'replace' } });
    expect(waiting.log[0]?.reason).toContain('A 1: 48 → 41');
    expect(waiting.sheets).toHaveLength(2);
    const confirmed = planImport(afterImport, [changed], { replace: false, replaceFiles: new Set([changed.name]), time: now.toISOString() });
    if (confirmed.status !== 'ready') throw new Error(confirmed.reason);
    expect(confirmed.log[0]).toMatchObject({ status: 'imported', copy: 'Chấm chéo H Trường H (2)' });
    const written = new Map(confirmed.sheets.map((s) => [s.name, snapshotFromSpec(s)]));
    const next: WorkbookSnapshot = { sheets: [...afterImport.sheets.map((s) => written.get(s.name) ?? s), ...confirmed.sheets.filter((s) => !afterImport.sheets.some((x) => x.name === s.name)).map(snapshotFromSpec)] };
    const rescored = runScoring(next, { now });
    // A's figures from H: 48 → 41, so A's figures are 40 41 42 44 44 44 46 → drop 40, 46 → 215 / 5 = 43.
    expect(rescored.evaluation?.blocks[0]?.units.find((u) => u.unit.code === 'A')?.criteria[0]?.appraised).toBe(43);
    expect(rescored.findings.filter((f) => f.code === 'CROSS_SCORER_SUPERSEDED').map((f) => [f.params.sheet, f.params.by])).toEqual([['Chấm chéo H Trường H', 'Chấm chéo H Trường H (2)']]);
  }, 120_000);
});
