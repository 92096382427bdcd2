/**
 * Scoring tables in the shapes officers receive, as real .docx files made in the test, read into a proposed
 * criteria tree; each shape's tree and findings are a golden file reviewed by eye, and the rules that
 * matter are asserted one by one.
 */
import ExcelJS from 'exceljs';
import { readPlanFromTable, type TableReading } from '../../src/app/plan-from-table';
import { snapshotWorkbook } from '../../src/adapters/xlsx/read';
import { planSchema } from '../../src/domain/plan/schema';
import { renderPlanSheet } from '../../src/workbook/render/plan-sheet';
import { readDocxTables } from '../../src/workbook/plan-table';
import { dumpProposal, golden } from './dump';
import { excerptDocx, excerptRows, romanDocx, splitDocx, textOnlyDocx } from './shapes';
import { makeDocx, numberingXml, type DocCellInput } from './docx';

const now = new Date('2025-03-01T00:00:00Z');

async function readDocx(bytes: Uint8Array, fileName = 'bang-diem.docx'): Promise<TableReading> {
  return readPlanFromTable({ kind: 'docx', bytes, fileName }, { now });
}

function byCode(reading: TableReading, code: string): Record<string, unknown> {
  const found = reading.proposal?.criteria.find((c) => c.criterion.code === code);
  if (!found) throw new Error(`no criterion ${code}: ${reading.proposal?.criteria.map((c) => c.criterion.code).join(', ')}`);
  return found.criterion as Record<string, unknown>;
}

const codesOf = (reading: TableReading): string[] => reading.findings.map((f) => f.code);

describe('a Word table «STT | Tiêu chuẩn | Điểm: Chuẩn | Thưởng | Trừ»', () => {
  let reading: TableReading;
  beforeAll(async () => {
    reading = await readDocx(await excerptDocx());
  });

  it('finds the two-row header and reads every criterion with its code as written', () => {
    expect(reading.status).toBe('read');
    expect(reading.proposal?.headerRows).toEqual([1, 2]);
    expect(reading.proposal?.criteria.map((c) => c.written)).toEqual(['1', 'a', 'a1', 'a1.1', 'a2', 'a4.2', 'a4.2.1', 'a4.2.2', 'b', 'b1', 'b2', 'b2.1', 'II', '', '', '', '1']);
  });

  it('puts «a» under «1» by table order and «a1» under «a» by structure', () => {
    const parents = new Map(reading.proposal?.criteria.map((c) => [c.criterion.code, c.parent]));
    expect(parents.get('a')).toBe('1');
    expect(byCode(reading, 'a').group).toBe('1');
    expect(parents.get('a1')).toBe('a');
    expect(byCode(reading, 'a1').group).toBeUndefined();
  });

  it('reads «(từ a1 đến a9, tổng 30 điểm)» as the section maximum and the multi-line cell as one text', () => {
    expect(byCode(reading, 'a').maxPoints).toBe(30);
    expect(byCode(reading, 'a2').text).toBe('Cập nhật cơ sở dữ liệu đất đai đầy đủ, đúng hạn');
  });

  it('reads a per-case deduction capped by its notes row, and keeps the 3 points of the criterion above it', () => {
    expect(byCode(reading, 'a1')).toMatchObject({ kind: 'base', maxPoints: 3 });
    expect(byCode(reading, 'a1.1')).toMatchObject({ kind: 'deduction', method: 'perCase', pointsPerCase: 0.5, maxPoints: 1.5, capped: true, group: 'a' });
    expect(reading.proposal?.notes).toEqual([{ row: 7, text: 'Ghi chú: Tổng điểm trừ của mục a1 không quá 1,5 điểm' }]);
    expect(codesOf(reading)).toContain('TABLE_CAP_PLACED');
  });

  it('reads «01 trong 02 trường hợp» as a bonus section capped at the largest case, with strict and inclusive steps', () => {
    expect(byCode(reading, 'a4.2')).toMatchObject({ kind: 'bonus', maxPoints: 1, sectionBonusCap: 1 });
    expect(byCode(reading, 'a4.2.1')).toMatchObject({ kind: 'bonus', method: 'steps', steps: [{ from: 99, points: 1, op: 'atLeast' }], targetUnit: '%' });
    expect(byCode(reading, 'II.2')).toMatchObject({ kind: 'bonus', method: 'steps', steps: [{ from: 92, points: 0.5, op: 'above' }] });
    expect(codesOf(reading)).toEqual(expect.arrayContaining(['TABLE_ONE_OF', 'TABLE_CONDITION_UNCHECKED']));
  });

  it('reads bonus and gate rules written only in the text, proposing codes for rows without one', () => {
    expect(byCode(reading, 'II.3')).toMatchObject({ kind: 'bonus', method: 'perCase', pointsPerCase: 1, capped: false });
    expect(byCode(reading, 'II.4')).toMatchObject({ kind: 'base', maxPoints: 0, method: 'passFail', gate: true });
    expect(reading.findings.filter((f) => f.code === 'TABLE_CODE_PROPOSED').map((f) => f.params.row)).toEqual([17, 18, 19]);
    // «1» again under «II» is a second criterion: it gets the section's prefix.
    expect(byCode(reading, 'II.1')).toMatchObject({ maxPoints: 20, text: 'Chấp hành kỷ luật, kỷ cương hành chính' });
  });

  it('gives a valid plan: scale = base maxima, year and name from the document, levels left for review', () => {
    const plan = reading.plan;
    expect(plan).toBeDefined();
    expect(plan?.info).toMatchObject({ name: 'BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2025', year: 2025, scale: 100 });
    expect(codesOf(reading)).toContain('TABLE_LEVELS_REVIEW');
    expect(codesOf(reading)).not.toContain('TABLE_TOTAL_MISMATCH');
    expect(planSchema.safeParse(plan).success).toBe(true);
    if (plan) expect(renderPlanSheet(plan).name).toBe('Kế hoạch');
  });

  it('matches its golden tree', () => {
    if (reading.proposal) golden('excerpt.tsv', dumpProposal(reading.proposal));
  });
});

describe('Roman-numeral sections with a/b/c items', () => {
  let reading: TableReading;
  beforeAll(async () => {
    reading = await readDocx(await romanDocx());
  });

  it('nests a/b/c under I and II, and gives the repeated letters the section prefix', () => {
    const parents = new Map(reading.proposal?.criteria.map((c) => [c.criterion.code, c.parent]));
    expect(parents.get('a')).toBe('I');
    expect(parents.get('II.a')).toBe('II');
    expect(byCode(reading, 'II.a')).toMatchObject({ maxPoints: 15 });
    expect(reading.findings.filter((f) => f.code === 'TABLE_CODE_QUALIFIED').map((f) => f.params.code)).toEqual(['II.a', 'II.b', 'II.c', 'IV.1', 'IV.2']);
  });

  it('reads the bonus and deduction sections with their caps, the unit\'s own column left out', () => {
    expect(byCode(reading, 'III')).toMatchObject({ kind: 'bonus', maxPoints: 5, sectionBonusCap: 5 });
    expect(byCode(reading, '2')).toMatchObject({ kind: 'bonus', method: 'perCase', pointsPerCase: 1, maxPoints: 5, capped: true });
    expect(byCode(reading, 'IV')).toMatchObject({ kind: 'deduction', sectionDeductionCap: 6 });
    expect(byCode(reading, 'IV.1')).toMatchObject({ kind: 'deduction', method: 'perCase', pointsPerCase: 0.5, maxPoints: 6, capped: true });
    expect(byCode(reading, 'IV.2')).toMatchObject({ kind: 'deduction', maxPoints: 5 });
    expect(reading.plan?.info.scale).toBe(100);
  });

  it('matches its golden tree', () => {
    if (reading.proposal) golden('roman.tsv', dumpProposal(reading.proposal));
  });
});

describe('a table split across pages', () => {
  let reading: TableReading;
  beforeAll(async () => {
    reading = await readDocx(await splitDocx());
  });

  it('skips the repeated header and column numbers, joins the cut sentence and the continued table, ignores a nested table', () => {
    const codes = reading.proposal?.criteria.map((c) => c.criterion.code);
    expect(codes).toEqual(['1', '1.1', '1.2', '2', '2.1', '2.2', '2.2.1', '3', '3.1', '3.2']);
    expect(byCode(reading, '1.2').text).toBe('Tham mưu tổ chức hội nghị sơ kết, tổng kết và khen thưởng kịp thời, đúng quy định');
    expect(byCode(reading, '2.1').text).toBe('Hoàn thành chỉ tiêu được giao');
    expect(reading.proposal?.table).toBe('Bảng 1 + Bảng 2');
    expect(codesOf(reading)).not.toContain('TABLE_ROW_UNREAD');
  });

  it('reads a per-case deduction from the words and the «Trừ» column, and a bonus section', () => {
    expect(byCode(reading, '2.2.1')).toMatchObject({ kind: 'deduction', method: 'perCase', pointsPerCase: 1, capped: false, group: '2' });
    expect(byCode(reading, '3')).toMatchObject({ kind: 'bonus', maxPoints: 2 });
    expect(byCode(reading, '3.2')).toMatchObject({ kind: 'bonus', maxPoints: 1 });
    expect(reading.plan?.info.year).toBe(2024);
  });

  it('matches its golden tree', () => {
    if (reading.proposal) golden('split.tsv', dumpProposal(reading.proposal));
  });
});

describe('bonus and deduction written only in the text', () => {
  let reading: TableReading;
  beforeAll(async () => {
    reading = await readDocx(await textOnlyDocx(), 'tieu-chuan.docx');
  });

  it('says the table has no Thưởng/Trừ columns, and reads the kind from the words', () => {
    expect(codesOf(reading)).toContain('TABLE_COLUMN_MISSING');
    expect(byCode(reading, '1.1.a')).toMatchObject({ kind: 'deduction', method: 'perCase', pointsPerCase: 1 });
    expect(byCode(reading, 'C2.4.1')).toMatchObject({ kind: 'bonus', maxPoints: 2 });
    expect(byCode(reading, 'C2.4')).toMatchObject({ kind: 'base', maxPoints: 60, group: '2' });
  });

  it('reads «dưới 50%» as a strict step and a three-level scale as steps', () => {
    expect(byCode(reading, '3')).toMatchObject({ kind: 'deduction', method: 'steps', steps: [{ from: 50, points: 2, op: 'below' }] });
    expect(byCode(reading, '4')).toMatchObject({
      kind: 'base',
      method: 'steps',
      maxPoints: 5,
      steps: [
        { from: 95, points: 5, op: 'atLeast' },
        { from: 90, points: 3, op: 'atLeast' },
        { from: 90, points: 0, op: 'below' },
      ],
    });
    expect(reading.plan?.info.name).toBe('Kế hoạch thi đua theo bảng điểm tieu-chuan');
    expect(reading.plan?.info.year).toBe(2025);
  });

  it('matches its golden tree', () => {
    if (reading.proposal) golden('text-only.tsv', dumpProposal(reading.proposal));
  });
});

describe('a table pasted from Word into a sheet', () => {
  it('reads the same tree as the Word file, merged cells resolved', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Bảng điểm');
    ws.addRow(['BẢNG CHẤM ĐIỂM']);
    for (const row of excerptRows) {
      const cells = Array.isArray(row) ? row : (row as { cells: unknown[] }).cells;
      const values = cells.flatMap((c) => {
        if (typeof c === 'string') return [c];
        const cell = c as { lines: string[]; span?: number };
        return [cell.lines.join('\n'), ...Array.from({ length: (cell.span ?? 1) - 1 }, () => '')];
      });
      ws.addRow(values.map((v) => (v === '' ? null : v)));
    }
    ws.mergeCells('A2:A3');
    ws.mergeCells('B2:B3');
    ws.mergeCells('C2:E2');
    const fromSheet = await readPlanFromTable({ kind: 'workbook', snapshot: snapshotWorkbook(wb), fileName: 'dan.xlsx' }, { now });
    const fromWord = await readDocx(await excerptDocx());
    const tree = (r: TableReading): unknown[] => (r.proposal?.criteria ?? []).map((c) => [c.written, c.parent, c.criterion]);
    expect(tree(fromSheet)).toEqual(tree(fromWord));
    // Findings point at the sheet's cells.
    const placed = fromSheet.findings.find((f) => f.code === 'TABLE_CAP_PLACED');
    expect(placed?.cell).toEqual({ sheet: 'Bảng điểm', address: 'B8' });
  });

  it('says when the sheet asked for is not there, or holds no scoring table', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Trống').addRow(['không có bảng']);
    const snapshot = snapshotWorkbook(wb);
    expect((await readPlanFromTable({ kind: 'workbook', snapshot, fileName: 'x.xlsx', sheet: 'Khác' }, { now })).status).toBe('sheetMissing');
    const none = await readPlanFromTable({ kind: 'workbook', snapshot, fileName: 'x.xlsx' }, { now });
    expect(none.status).toBe('notFound');
    expect(none.findings.map((f) => f.code)).toEqual(['TABLE_NOT_FOUND']);
  });
});

describe('the .docx reader', () => {
  it('refuses bytes that are not a Word document', async () => {
    expect((await readDocx(new Uint8Array([1, 2, 3]))).status).toBe('notReadable');
  });

  it('keeps the document title and every top-level table', async () => {
    const doc = await readDocxTables(await splitDocx());
    expect(doc.tables).toHaveLength(2);
    expect(doc.title).toBe('Bảng điểm thi đua năm 2024 của Sở');
    // The nested table is not a top-level table and its text is not in the cell.
    expect(doc.tables[0]?.rows.some((r) => r.cells.some((c) => c.includes('bảng lồng')))).toBe(false);
  });
});

describe('codes drawn by Word\'s automatic numbering', () => {
  it('counts the lists in document order, levels reset below, bullets give no code', async () => {
    const n = (numId: number, ilvl: number): DocCellInput => ({ lines: [], numbered: { numId, ilvl } });
    const bytes = await makeDocx(
      [
        {
          table: [
            ['STT', 'Tiêu chuẩn', 'Chuẩn', 'Thưởng', 'Trừ'],
            [n(8, 0), 'Phần chuyên môn', '100', '', ''],
            [n(7, 0), 'Nhiệm vụ một', '40', '', ''],
            [n(7, 1), 'Ý một', '15', '', ''],
            [n(7, 1), 'Ý hai', '25', '', ''],
            [n(7, 2), 'gạch đầu dòng, phần tiếp theo của ý hai', '', '', ''],
            [n(7, 0), 'Nhiệm vụ hai', '60', '', ''],
            [n(7, 1), 'Ý một của nhiệm vụ hai', '60', '', ''],
          ],
        },
      ],
      numberingXml,
    );
    const reading = await readDocx(bytes);
    expect(reading.proposal?.criteria.map((c) => [c.written, c.criterion.code, c.parent ?? ''])).toEqual([
      ['I', 'I', ''],
      ['1', '1', 'I'],
      ['a', 'a', '1'],
      ['b', 'b', '1'],
      ['2', '2', 'I'],
      ['a', '2.a', '2'],
    ]);
    expect(byCode(reading, 'b').text).toBe('Ý hai gạch đầu dòng, phần tiếp theo của ý hai');
  });
});
