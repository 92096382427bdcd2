/**
 * The malformed corpus: each case through the memory host (ExcelJS workbook → snapshot → score → write plan
 * applied), and the cases whose defect lives in the file itself (cell types, errors, merges, links, sheet
 * names, hidden sheets) also through the command line's .xlsx host: read .xlsx → score → write → read back.
 * Then hostile packages built part by part (package-cases.ts), all through the file.
 * The 100,000-row sheet is in `npm run bench` (it measures time, not correctness).
 * Files are generated into os.tmpdir() from the sample at test time (always fresh, nothing stale to commit).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSampleWorkbook } from '../../scripts/lib/sample';
import { scoreFile } from '../../src/adapters/xlsx/file';
import { createMemoryWorkbook } from '../../src/adapters/memory/port';
import { snapshotWorkbook } from '../../src/adapters/xlsx/read';
import { scoreWorkbook } from '../../src/app/score';
import type { RunResult } from '../../src/workbook/run';
import { saveWorkbook } from '../../src/adapters/xlsx/port';
import { fingerprint } from '../../src/domain/hash';
import type { WorkbookSnapshot } from '../../src/workbook/grid';
import { corpusCases, type CorpusCase } from './cases';
import { packageCases } from './package-cases';
import { readPackage } from '../../src/adapters/xlsx/package/reader';

const dir = mkdtempSync(join(tmpdir(), 'thidua-corpus-'));
const now = new Date('2024-12-20T00:00:00Z');
const rows: string[] = [];

function inputPrint(snapshot: WorkbookSnapshot, owned: ReadonlySet<string>): string {
  return fingerprint(snapshot.sheets.filter((s) => !owned.has(s.name)).map((s) => ({ name: s.name, rows: s.rows })));
}

afterAll(() => {
  const header = '| case | defect | findings (e/w/i) | expected present | inputs unchanged | ms |';
  process.stdout.write(`\nMalformed corpus (${rows.length} cases)\n${header}\n|---|---|---|---|---|---|\n${rows.join('\n')}\n`);
});

/** Through the memory host: what the engine makes of the defect, without the cost of a zip. */
async function throughMemory(c: CorpusCase): Promise<{ result: RunResult; before: WorkbookSnapshot; after: WorkbookSnapshot }> {
  const wb = await buildSampleWorkbook();
  c.mutate(wb);
  const before = snapshotWorkbook(wb);
  const memory = createMemoryWorkbook(before);
  const result = await scoreWorkbook(memory.port, { now });
  return { result, before, after: memory.current() };
}

/** Through the .xlsx host: written by ExcelJS, read by the package reader, written losslessly, read back. */
async function throughFile(c: CorpusCase): Promise<{ result: RunResult; before: WorkbookSnapshot; after: WorkbookSnapshot }> {
  const wb = await buildSampleWorkbook();
  c.mutate(wb);
  const input = join(dir, `${c.file}.xlsx`);
  const output = join(dir, `${c.file}.out.xlsx`);
  writeFileSync(input, await saveWorkbook(wb));
  const before = (await readPackage(await readFile(input))).snapshot;
  const { result } = await scoreFile(input, output, { now });
  const after = (await readPackage(await readFile(output))).snapshot;
  return { result, before, after };
}

const hosts = [
  ...corpusCases.map((c) => [`${c.file} (memory)`, c, throughMemory] as const),
  ...corpusCases.filter((c) => c.throughFile === true).map((c) => [`${c.file} (.xlsx)`, c, throughFile] as const),
];

describe('malformed corpus', () => {
  it.each(hosts)('%s', async (name, c, through) => {
    const started = performance.now();
    const { result, before, after } = await through(c);
    const owned = new Set(Object.values(result.outputSheets));
    const names = new Set(after.sheets.map((s) => s.name));

    for (const sheetName of owned) expect(names.has(sheetName)).toBe(true);
    for (const f of result.findings) if (f.cell) expect(names.has(f.cell.sheet)).toBe(true);
    const present = c.expect.every((e) => result.findings.some((f) => f.code === e.code && (e.cell === undefined || `${f.cell?.sheet}!${f.cell?.address}` === e.cell)));
    const unchanged = inputPrint(before, owned) === inputPrint(after, owned);
    const count = (s: string): number => result.findings.filter((f) => f.severity === s).length;
    const codes = [...new Set(result.findings.filter((f) => f.severity !== 'info').map((f) => f.code))].slice(0, 4).join(' ');
    rows.push(`| ${name} | ${c.defect} | ${count('error')}/${count('warning')}/${count('info')} ${codes} | ${present ? 'yes' : 'NO'} | ${unchanged ? 'yes' : 'NO'} | ${Math.round(performance.now() - started)} |`);
    expect(present).toBe(true);
    expect(unchanged).toBe(true);
    expect(result.evaluation !== undefined).toBe(c.summary);
  });
});

describe('hostile packages', () => {
  const sample = new Uint8Array(readFileSync(join(__dirname, '../../samples/mau-pgd-chau-thanh-2024.xlsx')));
  it.each(packageCases.map((c) => [c.file, c] as const))('%s', async (_name, c) => {
    const started = performance.now();
    const bytes = await c.build(sample);
    const input = join(dir, `${c.file}.xlsx`);
    const output = join(dir, `${c.file}.out.${(await readPackage(bytes)).index.macroEnabled ? 'xlsm' : 'xlsx'}`);
    writeFileSync(input, bytes);
    const rssBefore = process.memoryUsage().rss;
    const { result } = await scoreFile(input, output, { now });
    const grown = process.memoryUsage().rss - rssBefore;
    const at = (f: (typeof result.findings)[number]): string => `${f.code}@${f.cell?.sheet}!${f.cell?.address}`;
    const present = c.expect.every((e) => result.findings.some((f) => f.code === e.code && (e.cell === undefined || `${f.cell?.sheet}!${f.cell?.address}` === e.cell)));
    const forbidden = result.findings.map(at).filter((k) => (c.never ?? []).includes(k));
    const ms = Math.round(performance.now() - started);
    rows.push(`| ${c.file} | ${c.defect} | ${result.findings.filter((f) => f.severity === 'error').length} errors | ${present && forbidden.length === 0 ? 'yes' : 'NO'} | ${Math.round(grown / 1024 / 1024)} MB | ${ms} |`);
    expect(forbidden).toEqual([]);
    expect(present).toBe(true);
    expect(result.evaluation !== undefined).toBe(c.summary);
    await c.check?.(bytes, new Uint8Array(readFileSync(output)));
    // Bounded: none of these may take the time or memory of its area.
    expect(ms).toBeLessThan(60_000);
    expect(grown).toBeLessThan(1024 * 1024 * 1024);
  }, 120_000);
});
