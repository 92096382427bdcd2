/** Templates written into a folder never replace a file already there: forms units returned are kept, the new ones take «… (2).xlsx». */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeNewFile, writeTemplatesToFolder } from '../../src/adapters/xlsx/templates-file';

const sample = resolve(__dirname, '../../samples/mau-pgd-chau-thanh-2024.xlsx');
const now = new Date('2024-12-20T02:00:00Z');
const first = 'MN01 - Trường Mầm non Tân Thạch.xlsx';

describe('templates into a folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-keep-'));

  it('keeps a returned form byte for byte and writes the new template beside it, saying which', async () => {
    const out = join(dir, 'mau');
    mkdirSync(out);
    writeFileSync(join(out, first), 'biểu mẫu đơn vị đã điền');
    writeFileSync(join(out, 'MN01 - Trường Mầm non Tân Thạch (2).xlsx'), 'bản thứ hai đơn vị gửi');
    const made = await writeTemplatesToFolder(sample, out, { now });
    expect(readFileSync(join(out, first), 'utf8')).toBe('biểu mẫu đơn vị đã điền');
    expect(readFileSync(join(out, 'MN01 - Trường Mầm non Tân Thạch (2).xlsx'), 'utf8')).toBe('bản thứ hai đơn vị gửi');
    expect(made.renamed).toEqual([{ wanted: first, written: 'MN01 - Trường Mầm non Tân Thạch (3).xlsx' }]);
    expect(made.files).toContain(join(out, 'MN01 - Trường Mầm non Tân Thạch (3).xlsx'));
    expect(readdirSync(out)).toHaveLength(32);
  }, 60_000);

  it('a second run into the same folder overwrites nothing: every template gets a new name', async () => {
    const out = join(dir, 'twice');
    const once = await writeTemplatesToFolder(sample, out, { now });
    const before = new Map(once.files.map((f) => [f, readFileSync(f)]));
    const again = await writeTemplatesToFolder(sample, out, { now });
    expect(again.renamed).toHaveLength(once.files.length);
    for (const [f, bytes] of before) expect(readFileSync(f).equals(bytes)).toBe(true);
    expect(readdirSync(out)).toHaveLength(2 * once.files.length);
  }, 60_000);

  it('an entry of that name that is a folder is passed over too', async () => {
    const out = join(dir, 'entries');
    mkdirSync(join(out, 'A.xlsx'), { recursive: true });
    expect(await writeNewFile(out, 'A.xlsx', new Uint8Array([1]))).toBe(join(out, 'A (2).xlsx'));
  });
});
