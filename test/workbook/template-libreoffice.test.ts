/** A template opened and saved by LibreOffice still reads back: the unit, the criteria, the state sheet. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Unit } from '../../src/domain/input/schema';
import { planPresets } from '../../src/domain/plan/presets';
import { loadWorkbook } from '../../src/adapters/xlsx/port';
import { snapshotWorkbook } from '../../src/adapters/xlsx/read';
import { writeSheetsToBuffer } from '../../src/adapters/xlsx/sheets';
import { parseInputs } from '../../src/workbook/parse/inputs';
import { renderUnitTemplate } from '../../src/workbook/template/render';
import { readTemplateState } from '../../src/workbook/template/state';
import { convertWithLibreOffice, skipLibreOffice } from '../helpers/libreoffice';

const skip = skipLibreOffice();
if (skip) console.warn('LibreOffice round trip skipped: soffice is not installed and THIDUA_SKIP_LIBREOFFICE=1.');
const maybe = skip ? it.skip : it;

describe('a unit template through LibreOffice', () => {
  maybe('reads back after LibreOffice opens and saves it', async () => {
    const plan = planPresets[1]?.plan;
    if (!plan) throw new Error('preset');
    const unit: Unit = { code: 'TH01', name: 'Trường Tiểu học Tân Thạch', block: 'Cụm Tiểu học', size: 'large' };
    const dir = mkdtempSync(join(tmpdir(), 'thidua-lo-'));
    const input = join(dir, 'in', 'TH01.xlsx');
    const template = renderUnitTemplate(plan, unit, {});
    mkdirSync(join(dir, 'in'));
    writeFileSync(input, await writeSheetsToBuffer(template.sheets, { now: new Date('2024-12-31T00:00:00Z') }));
    const output = await convertWithLibreOffice(input, join(dir, 'out'));
    const wb = await loadWorkbook(readFileSync(output));
    const snapshot = snapshotWorkbook(wb);
    const state = readTemplateState(snapshot);
    expect(state.status).toBe('ok');
    const visible = snapshot.sheets.filter((s) => s.visibility === 'visible');
    const register = { name: 'Đơn vị', visibility: 'visible' as const, merges: [], rows: [['Mã đơn vị', 'Tên đơn vị', 'Khối/Cụm'], [unit.code, unit.name, unit.block]] };
    const parsed = parseInputs({ sheets: [register, ...visible] }, plan, { skipSheets: new Set() });
    const leaves = plan.criteria.filter((c) => !plan.criteria.some((o) => o.code.startsWith(`${c.code}.`))).map((c) => c.code);
    expect(parsed.input.results.map((r) => r.unitCode)).toEqual(['TH01']);
    expect(parsed.input.results[0]?.entries.map((e) => e.criterionCode)).toEqual(leaves);
    // ExcelJS reads only sheet="1"; LibreOffice writes sheet="true": look at the sheet's XML itself.
    const zip = await JSZip.loadAsync(readFileSync(output));
    const sheetXml = (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
    expect(sheetXml).toMatch(/<sheetProtection[^>]*sheet="(1|true)"/);
    expect(sheetXml).toMatch(/<dataValidation [^>]*type="decimal"/);
  }, 180_000);
});
