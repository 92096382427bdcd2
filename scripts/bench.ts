/**
 * Benchmark (npm run bench): prints times, ratios and sizes; no assertion, no timed test.
 *  1. the engine on 2,000 units × 60 criteria with 50,000 proposals;
 *  2. the command line on generated workbooks (500 and 2,000 units) against the bare cost of
 *     ExcelJS reading and writing the same file, each also run alone in a child process for its peak memory;
 *     The package reader against its floor: unzipping every XML part and a SAX parse of it (saxes, no work per event);
 *  3. the office host on the typed fake Excel (10 … 2,000 units, 50,000 proposals): syncs, largest
 *     request against Excel on the web's 5 MB limit, total payload, time;
 *  4. the sample with a sheet of 100,000 rows beside it (the corpus's big-sheet case) through the command
 *     line: time, memory growth, and whether the input sheets came back unchanged.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { readPackage } from '../src/adapters/xlsx/package/reader';
import { evaluate } from '../src/domain/evaluate';
import { scoreFile } from '../src/adapters/xlsx/file';
import { runScoring } from '../src/workbook/run';
import { snapshotWorkbook } from '../src/adapters/xlsx/read';
import { buildScaledWorkbook } from './lib/scaled';
import { createOfficePort } from '../src/adapters/office/port';
import { createFakeExcel, measure } from '../test/fake-excel';
import { syntheticInput, syntheticPlan } from './lib/synthetic';
import { buildSampleWorkbook } from './lib/sample';
import { saveWorkbook } from '../src/adapters/xlsx/port';
import { fingerprint } from '../src/domain/hash';
import { bigSheetCase } from '../test/corpus/cases';

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

/** CPU time of a job (user + system), steadier than the clock on a shared machine. */
async function cpuTimed(f: () => Promise<unknown>): Promise<number> {
  const start = process.cpuUsage();
  await f();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** The floor of reading a file: every XML part unzipped and parsed by saxes, with nothing done per event (CPU ms). */
async function unzipAndParse(bytes: Uint8Array): Promise<number> {
  return cpuTimed(async () => {
    const zip = await JSZip.loadAsync(bytes);
    let events = 0;
    for (const name of Object.keys(zip.files)) {
      if (!/\.(xml|rels)$/.test(name)) continue;
      const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
      parser.on('opentag', () => void events++);
      parser.on('text', () => void events++);
      parser.on('closetag', () => void events++);
      parser.write(await (zip.file(name) as JSZip.JSZipObject).async('string')).close();
    }
    return events;
  });
}

function packageRead(bytes: Uint8Array): Promise<number> {
  return cpuTimed(() => readPackage(bytes));
}

function exceljsRead(bytes: Uint8Array): Promise<number> {
  return cpuTimed(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.slice().buffer);
    return snapshotWorkbook(wb);
  });
}

/**
 * Peak memory of one job run alone: this script started again as a child (`--child bare|score file`),
 * which prints its own maxRSS (process.resourceUsage, kilobytes) when done.
 */
function peakRss(job: 'bare' | 'score' | 'read', path: string, out: string): number {
  const output = execFileSync(process.execPath, [...process.execArgv, __filename, '--child', job, path, out], { encoding: 'utf8', maxBuffer: 1 << 20 });
  const kb = Number(/maxRSS=(\d+)/.exec(output)?.[1]);
  return kb * 1024;
}

async function child(job: string, path: string, out: string): Promise<void> {
  if (job === 'bare') await bareReadWrite(path);
  else if (job === 'read') await readPackage(new Uint8Array(readFileSync(path)));
  else await scoreFile(path, out, { now });
  console.log(`maxRSS=${process.resourceUsage().maxRSS}`);
}

/** The office host on the fake Excel: what Excel on the web would be asked, sync by sync. */
async function officeFigures(units: number, proposals: number): Promise<string> {
  const plan = syntheticPlan(6, 10);
  const input = syntheticInput(plan, units, Math.max(2, units / 50), proposals);
  const snapshot = snapshotWorkbook(buildScaledWorkbook(plan, input));
  const writePlan = runScoring(snapshot, { now }).writePlan;
  const fake = createFakeExcel(snapshot);
  const port = createOfficePort({ run: fake.run, isSetSupported: () => true });
  const t0 = performance.now();
  const read = await measure(fake, () => port.readSnapshot());
  const apply = await measure(fake, () => port.apply(writePlan));
  const time = performance.now() - t0;
  const total = fake.syncs.reduce((sum, s) => sum + s.request + s.response, 0);
  const largest = Math.max(read.largest, apply.largest);
  const cells = (n: number): string => String(n).padStart(7);
  return `${cells(units)} ${cells(proposals)} ${cells(snapshot.sheets.length)} ${cells(read.syncs)} ${cells(apply.syncs)}   ${mb(largest).padStart(8)} (${((largest / (5 * 1024 * 1024)) * 100).toFixed(0).padStart(3)}% of 5 MB)   ${mb(total).padStart(8)} ${ms(time)}`;
}

async function main(): Promise<void> {
  const childAt = process.argv.indexOf('--child');
  if (childAt >= 0) return child(process.argv[childAt + 1] ?? '', process.argv[childAt + 2] ?? '', process.argv[childAt + 3] ?? '');
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
      const bytes = new Uint8Array(readFileSync(path));
      await unzipAndParse(bytes); // warm-up
      await packageRead(bytes);
      const floor = median([await unzipAndParse(bytes), await unzipAndParse(bytes), await unzipAndParse(bytes)]);
      const reader = median([await packageRead(bytes), await packageRead(bytes), await packageRead(bytes)]);
      const oldReader = median([await exceljsRead(bytes), await exceljsRead(bytes), await exceljsRead(bytes)]);
      const timing = median(runs.map((r) => r.timings.write));
      console.log(`  unzip + SAX parse   ${ms(floor)} CPU   (floor of reading)`);
      console.log(`  package reader      ${ms(reader)} CPU   ratio ${(reader / floor).toFixed(2)}× the floor (ExcelJS read + snapshot ${ms(oldReader).trim()} CPU, ${(oldReader / floor).toFixed(2)}×)`);
      console.log(`  lossless write      ${ms(timing)}   (splice of the owned sheets into the input package)`);
      const readRss = peakRss('read', path, join(dir, 'unused.xlsx'));
      console.log(`  peak memory (alone) package read ${mb(readRss)}`);
      const bareRss = peakRss('bare', path, join(dir, 'unused.xlsx'));
      const scoreRss = peakRss('score', path, join(dir, `child-${units}.xlsx`));
      console.log(`  peak memory (alone) bare ${mb(bareRss)}, score ${mb(scoreRss)}   ratio ${(scoreRss / bareRss).toFixed(2)}×`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log('\nOffice host on the typed fake Excel (Excel on the web refuses a request over 5 MB):');
  console.log('  units proposals  sheets   syncs   syncs   largest request              total      time');
  console.log('                                   read   apply');
  for (const [units, proposals] of [[10, 50], [100, 500], [1000, 5000], [2000, 50_000]] as const) console.log(`${await officeFigures(units, proposals)}`);
  await bigSheet();
}

/** The corpus's 100,000-row case: a sheet no unit sheet looks like must cost time, not correctness. */
async function bigSheet(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-bench-big-'));
  try {
    const wb = await buildSampleWorkbook();
    bigSheetCase.mutate(wb);
    const input = join(dir, 'big.xlsx');
    const output = join(dir, 'big.out.xlsx');
    writeFileSync(input, await saveWorkbook(wb));
    const rss = process.memoryUsage().rss;
    const [{ result }, time] = await timed(() => scoreFile(input, output, { now }));
    const grown = process.memoryUsage().rss - rss;
    const owned = new Set(Object.values(result.outputSheets));
    const print = async (path: string): Promise<string> =>
      fingerprint((await readPackage(new Uint8Array(readFileSync(path)))).snapshot.sheets.filter((s) => !owned.has(s.name)).map((s) => ({ name: s.name, rows: s.rows })));
    const unchanged = (await print(input)) === (await print(output));
    console.log(`\n${bigSheetCase.defect} (${mb(statSync(input).size)}): scored in ${ms(time).trim()}, memory +${mb(Math.max(0, grown))}, ${result.findings.length} findings, inputs unchanged: ${unchanged ? 'yes' : 'NO'}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
