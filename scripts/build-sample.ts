/** Rebuilds the bundled sample workbook: npm run sample. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSampleWorkbook } from './lib/sample';
import { saveWorkbook } from '../src/adapters/xlsx/port';

async function main(): Promise<void> {
  const out = resolve(__dirname, '../samples/mau-pgd-chau-thanh-2024.xlsx');
  mkdirSync(resolve(out, '..'), { recursive: true });
  const wb = await buildSampleWorkbook();
  writeFileSync(out, await saveWorkbook(wb));
  console.log(`Đã ghi ${out} (${wb.worksheets.length} sheet).`);
}

void main();
