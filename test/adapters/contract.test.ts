/**
 * One contract, three hosts (memory, ExcelJS, office.js through the fake): the same workbook read,
 * scored, written and read back must give the same owned sheets and the same highlights, leave
 * input sheets unchanged, and clear only the add-in's highlights.
 */
import type ExcelJS from 'exceljs';
import { snapshotWorkbook } from '../../src/adapters/xlsx/read';
import { runScoring, type RunResult } from '../../src/workbook/run';
import type { WorkbookSnapshot } from '../../src/workbook/grid';
import { buildSampleWorkbook } from '../../scripts/lib/sample';
import { addUserConditionalFormat, addUserReference, findSheet, notesIn } from '../fake-excel';
import { noteText } from '../../src/workbook/render/highlights';
import { newSheet } from '../fake-excel/model';
import { loadWorkbook, saveWorkbook } from '../../src/adapters/xlsx/port';
import { comparableRows, comparableSheet, formatsOf, memoryHost, officeHost, sheetNamed, xlsxHost, type HostUnderTest } from './helpers';
import { highlightFills } from '../../src/workbook/render/styles';

const now = new Date('2024-12-20T02:00:00Z');

interface Outcome {
  readonly host: HostUnderTest;
  readonly before: WorkbookSnapshot;
  readonly first: RunResult;
  readonly after: WorkbookSnapshot;
  readonly highlights: string[];
  readonly second: RunResult;
  readonly afterSecond: WorkbookSnapshot;
}

async function scenario(host: HostUnderTest): Promise<Outcome> {
  const before = await host.port.readSnapshot();
  const first = runScoring(before, { now });
  await host.port.apply(first.writePlan);
  const after = await host.port.readSnapshot();
  const highlights = host.highlights();
  // A second run over the written workbook replaces the owned sheets (the state sheet is very hidden).
  const second = runScoring(after, { now });
  await host.port.apply(second.writePlan);
  const afterSecond = await host.port.readSnapshot();
  return { host, before, first, after, highlights, second, afterSecond };
}

describe('the same scenario through the memory, ExcelJS and office hosts', () => {
  let snapshot: WorkbookSnapshot;
  let xlsxWb: ExcelJS.Workbook;
  let office: ReturnType<typeof officeHost>;
  const outcomes = new Map<string, Outcome>();

  beforeAll(async () => {
    snapshot = snapshotWorkbook(await buildSampleWorkbook());
    xlsxWb = await buildSampleWorkbook();
    office = officeHost(snapshot);
    for (const host of [memoryHost(snapshot), xlsxHost(xlsxWb), office]) outcomes.set(host.name, await scenario(host));
  });

  const get = (name: string): Outcome => {
    const o = outcomes.get(name);
    if (!o) throw new Error(`no outcome for ${name}`);
    return o;
  };

  it('reads the sample through office.js as the ExcelJS host reads it', () => {
    const read = get('office').before;
    // Value for value, blanks, merges and number formats included (the sample holds no dates, which differ: see read.ts).
    expect(read).toEqual(snapshot);
    expect(read.sheets.length).toBeGreaterThan(30);
  });

  it('reads the number formats of numbers through office.js as the ExcelJS host does (a percent cell holds 0.8 shown as 80%)', async () => {
    const formats = snapshot.sheets.flatMap((s) => Object.entries(s.numberFormats ?? {}).map(([a, f]) => `${s.name}!${a} ${f}`));
    expect(formats.length).toBeGreaterThan(0);
    const wb = await buildSampleWorkbook();
    const sheet = wb.worksheets.find((ws) => ws.state === 'visible' && ws.actualRowCount > 3);
    if (!sheet) throw new Error('no sheet');
    const cell = sheet.getCell('Z1');
    cell.value = 0.8;
    cell.numFmt = '0%';
    const withPercent = snapshotWorkbook(wb);
    const read = await officeHost(withPercent).port.readSnapshot();
    expect(read.sheets.find((s) => s.name === sheet.name)?.numberFormats?.Z1).toBe('0%');
    for (const host of [xlsxHost(wb), memoryHost(withPercent)]) expect({ host: host.name, read: await host.port.readSnapshot() }).toEqual({ host: host.name, read });
  });

  it('scores the same: the write plans are identical', () => {
    expect(get('office').first.writePlan).toEqual(get('xlsx').first.writePlan);
    expect(get('memory').first.writePlan).toEqual(get('xlsx').first.writePlan);
  });

  it('writes the same values in every owned sheet', () => {
    const reference = get('memory');
    const owned = Object.values(reference.first.outputSheets);
    expect(owned.length).toBe(6); // summary, proposal summary, findings, tiers, log, state
    // Number formats are compared too, and there are some to compare.
    expect(owned.some((sheet) => Object.keys(sheetNamed(reference.after, sheet).numberFormats ?? {}).length > 0)).toBe(true);
    for (const name of ['xlsx', 'office']) {
      const o = get(name);
      for (const sheet of owned) {
        expect({ host: name, sheet, ...comparableSheet(sheetNamed(o.after, sheet)) }).toEqual({ host: name, sheet, ...comparableSheet(sheetNamed(reference.after, sheet)) });
        expect({ host: name, sheet, ...comparableSheet(sheetNamed(o.afterSecond, sheet)) }).toEqual({ host: name, sheet, ...comparableSheet(sheetNamed(reference.afterSecond, sheet)) });
      }
    }
  });

  it('draws the same highlights (sheet, cell, kind)', () => {
    const expected = get('memory').highlights;
    expect(expected.length).toBeGreaterThan(0);
    expect(get('xlsx').highlights).toEqual(expected);
    expect(get('office').highlights).toEqual(expected);
    expect(office.highlights()).toEqual(get('memory').second.writePlan.highlights?.map((h) => `${h.sheet}|${h.address}|${h.kind}`).sort());
  });

  it('writes the findings as notes in Excel (ExcelApi 1.18) as in the file', () => {
    const expected = (get('office').second.writePlan.highlights ?? []).flatMap((h) => (h.note === undefined ? [] : [`${h.sheet}|${h.address}|${noteText(h.note)}`])).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(notesIn(office.fake.model).map((n) => `${n.sheet}|${n.address}|${n.content}`).sort()).toEqual(expected);
    const inFile = xlsxWb.worksheets.flatMap((ws) => {
      const out: string[] = [];
      ws.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => {
          const note: unknown = cell.note;
          if (typeof note === 'string') out.push(`${ws.name}|${cell.address}|${note}`);
        }),
      );
      return out;
    });
    expect(inFile.sort()).toEqual(expected);
  });

  // issue 5b: a change between tiers is drawn in its own colour by every host, and cleared with the rest.
  it("draws the 'tierChange' kind the same way in every host", () => {
    const tierChanges = get('memory').highlights.filter((h) => h.endsWith('|tierChange'));
    expect(tierChanges.length).toBeGreaterThan(0);
    expect(get('xlsx').highlights.filter((h) => h.endsWith('|tierChange'))).toEqual(tierChanges);
    expect(get('office').highlights.filter((h) => h.endsWith('|tierChange'))).toEqual(tierChanges);
    const [sheet = '', address = ''] = (tierChanges[0] ?? '').split('|');
    const ws = xlsxWb.getWorksheet(sheet);
    const format = ws && formatsOf(ws).find((cf) => cf.ref.split(' ').includes(address));
    expect(JSON.stringify(format)).toContain(highlightFills.tierChange);
  });

  it('leaves input sheets unchanged and keeps one copy of each owned sheet', () => {
    for (const o of outcomes.values()) {
      const owned = new Set(Object.values(o.first.outputSheets));
      for (const sheet of o.before.sheets) {
        if (owned.has(sheet.name)) continue;
        expect(comparableRows(sheetNamed(o.afterSecond, sheet.name))).toEqual(comparableRows(sheet));
      }
      expect(o.afterSecond.sheets.map((s) => s.name)).toEqual(o.after.sheets.map((s) => s.name));
      expect(o.afterSecond.sheets.length).toBe(o.before.sheets.length + 6);
    }
  });

  it('keeps the state sheet very hidden and the owned sheets laid out in office', () => {
    const model = office.fake.model;
    const names = get('office').second.outputSheets;
    expect(findSheet(model, names.state)?.visibility).toBe('VeryHidden');
    const summary = findSheet(model, names.summary);
    expect(summary?.freeze).toBeDefined();
    expect(summary?.page.paperSize).toBe('A4');
    expect(summary?.columnWidths.size).toBeGreaterThan(0);
    // No data bars on a page the council signs (they print as grey blocks over the totals).
    expect(summary?.conditionalFormats.some((cf) => cf.type === 'DataBar')).toBe(false);
    // Styles arrive per named style on multi-area ranges, fonts and borders included.
    const formats = [...(summary?.cells.values() ?? [])].map((c) => c.format);
    expect(formats.some((f) => f['font.name'] === 'Times New Roman' && f['font.bold'] === true && f['fill.color'] === '#D9E2F3' && f['border.InsideHorizontal.style'] === 'Continuous')).toBe(true);
    const findings = findSheet(model, names.findings);
    const links = [...(findings?.cells.values() ?? [])].filter((c) => c.hyperlink);
    expect(links.length).toBeGreaterThan(0);
    expect(links[0]?.hyperlink?.documentReference).toMatch(/^'.+'!\$?[A-Z]+\d+$/);
    // Nothing the add-in wrote became a formula.
    for (const sheet of model.sheets) for (const cell of sheet.cells.values()) expect(cell.formula).toBeUndefined();
  });

  it('prints the fingerprint in a small footer on every page in office as in the file', () => {
    const names = get('office').second.outputSheets;
    const spec = get('office').second.writePlan.sheets.find((s) => s.name === names.summary);
    const footer = spec?.page?.footer;
    expect(footer).toMatch(/^Mã kiểm tra dữ liệu: /);
    // The left part of the footer, in Times New Roman 7 pt: the ExcelJS host writes the same codes after &L.
    const expected = `&"Times New Roman,Regular"&7${footer ?? ''}`;
    // Excel keeps at most 255 characters in a header or footer, codes included.
    expect(expected.length).toBeLessThanOrEqual(255);
    const page = findSheet(office.fake.model, names.summary)?.page ?? {};
    expect([page['headersFooters.state'], page['headersFooters.firstPage.leftFooter'], page['headersFooters.defaultForAllPages.leftFooter']]).toEqual(['FirstAndDefault', expected, expected]);
    const file = xlsxWb.getWorksheet(names.summary)?.headerFooter;
    expect([file?.firstFooter, file?.oddFooter]).toEqual([`&L${expected}`, `&L${expected}`]);
  });

  it('clears only the add-in highlights, keeping a user conditional format', async () => {
    const input = get('office').first.writePlan.highlights?.[0]?.sheet;
    expect(input).toBeDefined();
    const sheet = input ?? '';
    addUserConditionalFormat(office.fake.model, sheet, 'A1:A3', '=A1>5');
    const ws = xlsxWb.getWorksheet(sheet);
    ws?.addConditionalFormatting({ ref: 'A1:A3', rules: [{ type: 'expression', priority: 1, formulae: ['A1>5'], style: {} }] });
    for (const host of [get('xlsx').host, office]) {
      expect(host.highlights().length).toBeGreaterThan(0);
      await host.port.clearHighlights();
      expect(host.highlights()).toEqual([]);
    }
    expect(findSheet(office.fake.model, sheet)?.conditionalFormats.map((cf) => cf.formula)).toEqual(['=A1>5']);
    expect(ws ? formatsOf(ws).map((cf) => cf.rules[0]?.formulae) : []).toEqual([['A1>5']]);
    expect(notesIn(office.fake.model)).toEqual([]);
  });
});

describe('a rerun rewrites the owned sheets in place in both hosts', () => {
  it('keeps their position (before a sheet the user added after them) and a formula pointing at them', async () => {
    const wb = await buildSampleWorkbook();
    const snapshot = snapshotWorkbook(wb);
    const office = officeHost(snapshot);
    const xlsx = xlsxHost(wb);
    for (const host of [office, xlsx]) await host.port.apply(runScoring(await host.port.readSnapshot(), { now }).writePlan);
    // The user adds a sheet of notes after the results, with a formula on the summary.
    const notes = wb.addWorksheet('Ghi chú');
    notes.getCell('A1').value = { formula: "'Tổng hợp'!B5" };
    office.fake.model.sheets.push(newSheet(office.fake.model, 'Ghi chú'));
    addUserReference(office.fake.model, 'Ghi chú', 'A1', 'Tổng hợp', 'B5');
    const order = (await office.port.readSnapshot()).sheets.map((s) => s.name);
    expect(order[order.length - 1]).toBe('Ghi chú');
    for (const host of [office, xlsx]) await host.port.apply(runScoring(await host.port.readSnapshot(), { now: new Date('2024-12-21T02:00:00Z') }).writePlan);
    for (const host of [office, xlsx]) expect({ host: host.name, order: (await host.port.readSnapshot()).sheets.map((s) => s.name) }).toEqual({ host: host.name, order });
    const reread = await loadWorkbook(await saveWorkbook(wb));
    expect(reread.getWorksheet('Ghi chú')?.getCell('A1').formula).toBe("'Tổng hợp'!B5");
    expect(reread.worksheets.map((ws) => ws.name)).toEqual(order);
    expect((await office.port.readSnapshot()).sheets.find((s) => s.name === 'Ghi chú')?.rows[0]?.[0]).not.toEqual({ error: '#REF!' });
  });
});

/**
 * The floor and the levels between: the office host on a fake Excel that refuses every member above
 * the level, against the memory host given the same read (below ExcelApi 1.13 merges are not read).
 */
describe.each(['1.7', '1.9'])('the office host at ExcelApi %s, against the memory host', (level) => {
  let office: ReturnType<typeof officeHost>;
  let o: Outcome;
  let m: Outcome;
  let sample: WorkbookSnapshot;

  beforeAll(async () => {
    sample = snapshotWorkbook(await buildSampleWorkbook());
    office = officeHost(sample, { level });
    const read = await office.port.readSnapshot();
    o = await scenario(office);
    m = await scenario(memoryHost(read));
  });

  it('reads the sample value for value and format for format, without merges', () => {
    expect(o.before.sheets.map(comparableRows)).toEqual(sample.sheets.map(comparableRows));
    expect(o.before.sheets.map((s) => s.numberFormats)).toEqual(sample.sheets.map((s) => s.numberFormats));
    expect(o.before.sheets.every((s) => s.merges.length === 0)).toBe(true);
  });

  it('scores and writes the same: plans, owned sheets, highlights', () => {
    expect(o.first.writePlan).toEqual(m.first.writePlan);
    for (const sheet of Object.values(o.first.outputSheets)) {
      expect({ sheet, rows: comparableRows(sheetNamed(o.after, sheet)) }).toEqual({ sheet, rows: comparableRows(sheetNamed(m.after, sheet)) });
      expect({ sheet, rows: comparableRows(sheetNamed(o.afterSecond, sheet)) }).toEqual({ sheet, rows: comparableRows(sheetNamed(m.afterSecond, sheet)) });
    }
    expect(o.highlights.length).toBeGreaterThan(0);
    expect(o.highlights).toEqual(m.highlights);
  });

  it('leaves input sheets unchanged, one copy of each owned sheet, the state sheet very hidden', () => {
    const owned = new Set(Object.values(o.first.outputSheets));
    for (const sheet of o.before.sheets) if (!owned.has(sheet.name)) expect(comparableRows(sheetNamed(o.afterSecond, sheet.name))).toEqual(comparableRows(sheet));
    expect(o.afterSecond.sheets.map((s) => s.name)).toEqual(o.after.sheets.map((s) => s.name));
    expect(findSheet(office.fake.model, o.second.outputSheets.state)?.visibility).toBe('VeryHidden');
    // Plainer, not broken: no print setup below 1.9, styles still there.
    const summary = findSheet(office.fake.model, o.second.outputSheets.summary);
    if (level === '1.7') expect(summary?.page).toEqual({});
    else expect(summary?.page.paperSize).toBe('A4');
    // No notes below ExcelApi 1.18: the colours only.
    expect(notesIn(office.fake.model)).toEqual([]);
    expect([...(summary?.cells.values() ?? [])].some((c) => c.format['font.bold'] === true)).toBe(true);
  });

  it('clears only the add-in highlights', async () => {
    const sheet = o.first.writePlan.highlights?.[0]?.sheet ?? '';
    addUserConditionalFormat(office.fake.model, sheet, 'A1:A3', '=A1>5');
    await office.port.clearHighlights();
    expect(office.highlights()).toEqual([]);
    expect(findSheet(office.fake.model, sheet)?.conditionalFormats.map((cf) => cf.formula)).toEqual(['=A1>5']);
  });
});
