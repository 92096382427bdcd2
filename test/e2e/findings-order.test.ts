/**
 * Findings are sorted once, where a run has gathered them all (sortFindings), and every place that shows
 * them keeps that order: the «Kiểm tra» sheet row by row, and the command line's `--verbose` lines.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadWorkbook } from '../../src/adapters/xlsx/port';
import { snapshotSheet, snapshotWorkbook } from '../../src/adapters/xlsx/read';
import { findingLine } from '../../src/cli/commands/shared';
import { compareFindings, sortFindings, type Finding } from '../../src/domain/findings';
import { describeFinding } from '../../src/i18n';
import { vi } from '../../src/i18n/vi';
import { cellText, quoteSheet } from '../../src/workbook/grid';
import { runScoring } from '../../src/workbook/run';
import { runCli, sample } from '../helpers/cli';

const now = new Date('2024-12-20T02:00:00Z');
const findingsSheet = vi.sheets.names.findings;

/** The rows of «Kiểm tra» below its header row: [severity, cell, message, code]. */
function sheetRows(rows: readonly (readonly unknown[])[]): string[][] {
  const header = rows.findIndex((r) => cellText((r[0] ?? null) as never) === vi.sheets.findings.columns[0]);
  return rows
    .slice(header + 1)
    .filter((r) => typeof r[0] === 'number')
    .map((r) => [1, 4, 5, 7].map((c) => cellText((r[c] ?? null) as never)));
}

describe('the order of findings', () => {
  let findings: readonly Finding[];
  let rows: string[][];

  beforeAll(async () => {
    const snapshot = snapshotWorkbook(await loadWorkbook(readFileSync(sample)));
    const result = runScoring(snapshot, { now });
    findings = result.findings;
    const spec = result.writePlan.sheets.find((s) => s.role === 'findings');
    rows = sheetRows((spec?.rows ?? []).map((r) => r.map((c) => c.value ?? null)));
  });

  it('the run sorts its findings: worst first, then unit, criterion and cell', () => {
    expect(findings.length).toBeGreaterThan(20);
    expect(new Set(findings.map((f) => f.severity)).size).toBe(3);
    expect(findings).toEqual([...findings].sort(compareFindings));
    expect(sortFindings(findings)).toEqual(findings);
  });

  it('«Kiểm tra» lists them in that order, one row each', () => {
    expect(rows).toEqual(
      findings.map((f) => [
        vi.sheets.findings.severity[f.severity],
        f.cell ? `${quoteSheet(f.cell.sheet)}!${f.cell.address}` : '',
        describeFinding(f, 'vi').message,
        f.code,
      ]),
    );
  });

  it('the command line prints them in the same order as the sheet it writes', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'thidua-order-')), 'out.xlsx');
    const r = await runCli('score', [sample, '-o', out, '--verbose', '--now', now.toISOString()]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n').filter((l) => l.startsWith('  '));
    const printed = findings.map((f) => findingLine(f, 'vi'));
    // The finding lines are the last lines of the report, in the run's order.
    expect(lines.slice(-printed.length)).toEqual(printed);
    const written = await loadWorkbook(readFileSync(out));
    const ws = written.worksheets.find((w) => w.name === findingsSheet);
    expect(ws).toBeDefined();
    const writtenRows = sheetRows(ws ? snapshotSheet(ws).rows : []);
    expect(writtenRows.map((row) => row[3])).toEqual(findings.map((f) => f.code));
    expect(writtenRows.map((row) => row[2])).toEqual(findings.map((f) => describeFinding(f, 'vi').message));
  });
});
