/**
 * Benchmark of unit templates (npx tsx scripts/bench-templates.ts): time to write one template per unit
 * into a folder, for the sample (30 units) and a generated workbook (300 units, the sample's plan size).
 * Prints times and sizes; no assertion.
 */
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeTemplatesToFolder } from '../src/adapters/xlsx/templates-file';
import { buildScaledWorkbook } from './lib/scaled';
import { syntheticInput, syntheticPlan } from './lib/synthetic';

const now = new Date('2024-12-20T02:00:00Z');

async function measure(label: string, input: string, dir: string): Promise<void> {
  const out = join(dir, label);
  const t0 = performance.now();
  const made = await writeTemplatesToFolder(input, out, { now });
  const ms = performance.now() - t0;
  const bytes = readdirSync(out).reduce((sum, f) => sum + statSync(join(out, f)).size, 0);
  console.log(`${label}: ${made.files.length} templates, ${made.plan?.criteria.length ?? 0} criteria each, ${Math.round(ms)} ms (${(ms / made.files.length).toFixed(1)} ms per file), ${(bytes / 1024).toFixed(0)} KiB in all`);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-bench-templates-'));
  try {
    await measure('sample-30', resolve(__dirname, '../samples/mau-pgd-chau-thanh-2024.xlsx'), dir);
    const plan = syntheticPlan(6, 5);
    const master = join(dir, 'master-300.xlsx');
    writeFileSync(master, new Uint8Array((await buildScaledWorkbook(plan, syntheticInput(plan, 300, 6, 0)).xlsx.writeBuffer()) as ArrayBuffer));
    await measure('synthetic-300', master, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
