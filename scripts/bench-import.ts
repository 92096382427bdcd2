/**
 * Benchmark of the unit-file round trip (npm run bench:import): for the sample (30 units) and a
 * generated master (300 units), the time to generate the templates, to import the filled files (read
 * every file, plan, write «Tổng hợp nhập», «Nhật ký nhập» and each unit's sheet), and to score the
 * result — with a check that the ranking equals scoring the same numbers typed into the master — then
 * the office host's cost of the same import on the typed fake Excel (syncs, largest request).
 * Filling the templates stands for the units' work and is timed apart. Prints; asserts nothing.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type ExcelJS from 'exceljs';
import { importReturnedFiles, noAnswers, type ReturnedFile } from '../src/app/import';
import { createOfficePort } from '../src/adapters/office/port';
import { toBase64 } from '../src/app/bytes';
import { scoreFile } from '../src/adapters/xlsx/file';
import { importFolder } from '../src/adapters/xlsx/import-folder';
import { readReturnedFile } from '../src/adapters/xlsx/incoming';
import { loadWorkbook, saveWorkbook } from '../src/adapters/xlsx/port';
import { snapshotWorkbook } from '../src/adapters/xlsx/read';
import { writeTemplatesToFolder } from '../src/adapters/xlsx/templates-file';
import { runScoring, type RunResult } from '../src/workbook/run';
import { createFakeExcel, measure } from '../test/fake-excel';
import { fillTemplate } from '../test/helpers/fill-template';
import { buildScaledWorkbook } from './lib/scaled';
import { syntheticInput, syntheticPlan } from './lib/synthetic';

const now = new Date('2024-12-20T02:00:00Z');

async function timed<T>(f: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const value = await f();
  return [value, performance.now() - t0];
}

function ranking(result: RunResult): string[] {
  return (result.evaluation?.blocks ?? []).flatMap((b) => b.units.map((u) => `${u.unit.code} ${u.total} #${u.rank} ${u.band ?? ''} ${u.award?.form ?? ''}`));
}

const folderBytes = (dir: string): number => readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);

async function roundTrip(label: string, full: ExcelJS.Workbook, dir: string): Promise<string> {
  const direct = runScoring(snapshotWorkbook(full), { now });
  // The master: everything but the unit sheets (the units have not sent anything yet).
  const unitSheets = new Set((direct.input?.results ?? []).map((r) => r.sheet));
  for (const ws of [...full.worksheets]) if (unitSheets.has(ws.name)) full.removeWorksheet(ws.id);
  const master = join(dir, `${label}.xlsx`);
  writeFileSync(master, await saveWorkbook(full));

  const blank = join(dir, `${label}-mau`);
  const [made, generateMs] = await timed(() => writeTemplatesToFolder(master, blank, { now }));
  const returned = join(dir, `${label}-gui-ve`);
  mkdirSync(returned);
  const results = new Map((direct.input?.results ?? []).map((r) => [r.unitCode, r.entries]));
  const units = new Map((direct.input?.units ?? []).map((u) => [u.code, u]));
  const [, fillMs] = await timed(async () => {
    for (const path of made.files) {
      const file = basename(path);
      const wb = await loadWorkbook(readFileSync(path));
      const ws = wb.worksheets.find((w) => w.state === 'visible');
      const code = [...units.keys()].find((c) => file.startsWith(`${c} - `));
      if (ws && code) fillTemplate(ws, results.get(code) ?? []);
      writeFileSync(join(returned, file), await saveWorkbook(wb));
    }
  });

  const out = join(dir, `${label}.nhap.xlsx`);
  const rssBefore = process.memoryUsage().rss;
  const [imported, importMs] = await timed(() => importFolder(master, returned, out, { now }));
  const rss = process.memoryUsage().rss;
  const [scored, scoreMs] = await timed(() => scoreFile(out, join(dir, `${label}.ket-qua.xlsx`), { now }));
  const same = JSON.stringify(ranking(scored.result)) === JSON.stringify(ranking(direct));
  const importedCount = imported.plan.status === 'ready' ? imported.plan.log.filter((r) => r.status === 'imported').length : 0;
  if (!same) {
    const a = ranking(scored.result);
    const b = ranking(direct);
    const i = a.findIndex((x, k) => x !== b[k]);
    console.error(`!!! ${label}: the imported master ranks differently from the direct route, first at ${i}: ${a[i]} ≠ ${b[i]}`);
  }

  // The same import inside Excel, on the typed fake: every unit sheet inserted from its file.
  const files: ReturnedFile[] = [];
  for (const f of readdirSync(returned).sort()) files.push(await readReturnedFile(f, readFileSync(join(returned, f))));
  const fake = createFakeExcel(snapshotWorkbook(await loadWorkbook(readFileSync(master))), {
    files: new Map(files.flatMap((f) => (f.snapshot ? [[toBase64(f.bytes), f.snapshot] as const] : []))),
  });
  const port = createOfficePort({ run: fake.run, isSetSupported: () => true });
  const office = await measure(fake, () => importReturnedFiles(port, files, noAnswers, now));

  const n = made.files.length;
  return [
    label.padEnd(14),
    String(n).padStart(5),
    `${(folderBytes(returned) / 1024 / 1024).toFixed(1)} MiB`.padStart(9),
    `${Math.round(generateMs)} ms (${(generateMs / n).toFixed(0)}/file)`.padStart(20),
    `${Math.round(fillMs)} ms`.padStart(9),
    `${Math.round(importMs)} ms (${(importMs / n).toFixed(0)}/file)`.padStart(20),
    `${Math.round(rss / 1024 / 1024)} MB (+${Math.round((rss - rssBefore) / 1024 / 1024)})`.padStart(14),
    `${Math.round(scoreMs)} ms`.padStart(9),
    `${importedCount}/${n} ${same ? 'same ranking' : 'DIFFERENT'}`.padStart(22),
    `${office.syncs} syncs, max ${(office.largest / 1024 / 1024).toFixed(1)} MB`.padStart(24),
  ].join(' | ');
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-bench-import-'));
  try {
    console.log(['size'.padEnd(14), 'units', '    files', '            generate', '     fill', '              import', '           RSS', '    score', '                 check', '           office (fake)'].join(' | '));
    console.log(await roundTrip('sample-30', await loadWorkbook(readFileSync(resolve(__dirname, '../samples/mau-pgd-chau-thanh-2024.xlsx'))), dir));
    const plan = syntheticPlan(6, 5);
    console.log(await roundTrip('synthetic-300', buildScaledWorkbook(plan, syntheticInput(plan, 300, 6, 0)), dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
