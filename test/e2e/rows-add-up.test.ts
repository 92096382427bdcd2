/**
 * Every printed unit row of «Tổng hợp» adds up on the page: Điểm cơ bản + Thưởng − Trừ = Tổng điểm,
 * in every golden file and on random plans.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { evaluate } from '../../src/domain/evaluate';
import { roundScore } from '../../src/domain/text/numbers';
import { vi } from '../../src/i18n/vi';
import { renderSummary } from '../../src/workbook/render/summary';
import { makeStamp } from '../../src/workbook/render/stamp';
import { cellText } from '../../src/workbook/grid';
import { inputArb, planArb } from '../helpers/arbitraries';

const c = vi.sheets.summary.columns;

/** Unit rows of a table whose column headings include the counted scores: [base, bonus, deduction, total] each. */
function countedRows(lines: readonly (readonly string[])[]): { line: number; values: number[] }[] {
  const out: { line: number; values: number[] }[] = [];
  let at: number[] | undefined;
  lines.forEach((cells, i) => {
    const cols = [c.base, c.bonus, c.deduction, c.total].map((h) => cells.indexOf(h));
    if (cols.every((x) => x >= 0)) {
      at = cols;
      return;
    }
    if (!at || !/^\d+$/.test(cells[0] ?? '')) return;
    const values = at.map((x) => Number(cells[x] ?? ''));
    if (values.every((v) => Number.isFinite(v))) out.push({ line: i + 1, values });
  });
  return out;
}

function addsUp([base, bonus, deduction, total]: number[]): boolean {
  return roundScore((base ?? NaN) + (bonus ?? NaN) - (deduction ?? NaN)) === roundScore(total ?? NaN);
}

/** As a reader adds them: each figure as printed with two decimals, within one hundredth of rounding. */
function addsUpAsPrinted(values: number[]): boolean {
  const [base, bonus, deduction, total] = values.map((v) => Math.round(v * 100));
  return Math.abs((base ?? NaN) + (bonus ?? NaN) - (deduction ?? NaN) - (total ?? NaN)) <= 1;
}

describe('rows that add up', () => {
  const dir = resolve(__dirname, '../golden');
  const files = readdirSync(dir).filter((f) => f.endsWith('.tsv'));

  it.each(files)('%s: base + bonus − deduction = total on every unit row', (file) => {
    const lines = readFileSync(resolve(dir, file), 'utf8').split('\n').map((l) => l.split('\t'));
    const rows = countedRows(lines);
    for (const r of rows) expect({ line: r.line, addsUp: addsUp(r.values), printed: addsUpAsPrinted(r.values) }).toEqual({ line: r.line, addsUp: true, printed: true });
    if (file.includes('tong-hop.tsv')) expect(rows.length).toBeGreaterThanOrEqual(30);
  });

  it('holds on random plans, caps included (property)', () => {
    const stamp = makeStamp(new Date('2024-12-20T02:00:00Z'), 'p', 'i');
    fc.assert(
      fc.property(planArb, inputArb, (plan, input) => {
        const evaluation = evaluate(plan, input);
        const sheet = renderSummary({ plan, evaluation, findings: evaluation.findings, stamp, name: 'Tổng hợp' });
        const lines = sheet.rows.map((r) => r.map((cell) => cellText(cell.value)));
        const rows = countedRows(lines);
        expect(rows).toHaveLength(evaluation.blocks.reduce((n, b) => n + b.units.length, 0));
        for (const r of rows) expect(addsUp(r.values)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
