/**
 * Benchmark (npm run bench): prints times, ratios and sizes; no assertion, no timed test.
 *  1. the engine on 2,000 units × 60 criteria with 50,000 proposals;
 *  2. the command line on generated workbooks (500 and 2,000 units) against the bare cost of
 *     ExcelJS reading and writing the same file.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { evaluate } from '../src/domain/evaluate';
import { scoreFile } from '../src/hosts/xlsx/file';
import { runScoring } from '../src/workbook/run';
import { snapshotWorkbook } from '../src/hosts/xlsx/read';
import { buildScaledWorkbook } from './lib/scaled';
import { syntheticInput, syntheticPlan } from './lib/synthetic';

const now = new Date('2024-12-20T02:00:00Z');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function timed<T>(f: () => Promise<T> | T): Promise<[T, number]> {
  const t0 = performance.now();
  const value = await f();
  return [value, performance.now() - t0];
}

const ms = (v: number): string => `${v.toFixed(0).padStart(7)} ms`;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function bareReadWrite(path: string): Promise<number> {
  const [, t] = await timed(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(readFileSync(path)).buffer);
    return wb.xlsx.writeBuffer();
  });
  return t;
}

async function main(): Promise<void> {
  const plan = syntheticPlan(6, 10);
  const engineInput = syntheticInput(plan, 2000, 20, 50_000);
  evaluate(plan, engineInput); // warm-up
  const engineTimes: number[] = [];
  for (let i = 0; i < 5; i++) engineTimes.push((await timed(() => evaluate(plan, engineInput)))[1]);
  const engine = median(engineTimes);
  console.log('Engine: 2,000 units × 60 criteria, 50,000 proposals (median of 5)');
  console.log(`  evaluate            ${ms(engine)}`);

  const dir = mkdtempSync(join(tmpdir(), 'thidua-bench-'));
  try {
    for (const units of [500, 2000]) {
      const input = syntheticInput(plan, units, Math.max(4, units / 100), units === 2000 ? 50_000 : 10_000);
      const path = join(dir, `bench-${units}.xlsx`);
      const wb = buildScaledWorkbook(plan, input);
      writeFileSync(path, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
      const size = statSync(path).size;
      await bareReadWrite(path); // warm-up
      const bare = median([await bareReadWrite(path), await bareReadWrite(path), await bareReadWrite(path)]);
      const runs = [];
      for (let i = 0; i < 3; i++) runs.push(await scoreFile(path, join(dir, `out-${units}.xlsx`), { now }));
      const cli = median(runs.map((r) => r.timings.read + r.timings.score + r.timings.write));
      const loaded = new ExcelJS.Workbook();
      await loaded.xlsx.load(new Uint8Array(readFileSync(path)).buffer);
      const snapshot = snapshotWorkbook(loaded);
      const [, pipeline] = await timed(() => runScoring(snapshot, { now }));
      const outSize = statSync(join(dir, `out-${units}.xlsx`)).size;
      console.log(`\nCommand line: ${units} unit sheets, ${input.proposals.length} proposals (file ${mb(size)}, output ${mb(outSize)})`);
      console.log(`  ExcelJS read+write  ${ms(bare)}   (bare cost of the file)`);
      console.log(`  score command       ${ms(cli)}   ratio ${(cli / bare).toFixed(2)}× (aim ≤ 1.2×)`);
      console.log(`  parse+evaluate+render ${ms(pipeline)} ratio ${(pipeline / bare).toFixed(3)}×`);
      if (units === 2000) console.log(`  engine / bare       ${(engine / bare).toFixed(3)}× (aim ≤ 0.1×)`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const mem = process.memoryUsage();
  console.log(`\nPeak-ish memory: rss ${mb(mem.rss)}, heap used ${mb(mem.heapUsed)}`);
}

void main();
