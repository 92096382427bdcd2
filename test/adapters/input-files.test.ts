/**
 * Every input file is recognised for what it is before a reader sees it: an OpenDocument or Word file
 * renamed .xlsx, a macro workbook, an encrypted workbook, an old .xls, a non-zip — each gets its own
 * sentence naming the input file, never the reader's error text, and never blames the output.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { scoreFile } from '../../src/adapters/xlsx/file';
import { readReturnedFile } from '../../src/adapters/xlsx/incoming';
import { InputFileError } from '../../src/adapters/xlsx/input-file';
import { writeTemplatesToFolder } from '../../src/adapters/xlsx/templates-file';
import { vi } from '../../src/i18n/vi';
import { detectFileKind, type FileKind } from '../../src/workbook/import/file-kind';
import * as hostile from '../helpers/hostile-files';

const sample = resolve(__dirname, '../../samples/mau-pgd-chau-thanh-2024.xlsx');
const now = new Date('2024-12-20T02:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'thidua-kinds-'));

/** Internal words a reader or the runtime uses: none may reach a person. */
const internal = /Cannot read|undefined|date1904|End of data|JSZip|central directory|Error:|ENOENT|EISDIR|at \w+ \(/;

async function cases(): Promise<readonly { kind: FileKind; bytes: Uint8Array }[]> {
  const xlsx = new Uint8Array(readFileSync(sample));
  return [
    { kind: 'xlsx', bytes: xlsx },
    { kind: 'macroWorkbook', bytes: await hostile.withMacros(xlsx) },
    { kind: 'ods', bytes: await hostile.odsBytes() },
    { kind: 'openDocument', bytes: await hostile.odtBytes() },
    { kind: 'word', bytes: await hostile.docxBytes() },
    { kind: 'powerPoint', bytes: await hostile.pptxBytes() },
    { kind: 'zip', bytes: await hostile.plainZipBytes() },
    { kind: 'encrypted', bytes: hostile.encryptedBytes() },
    { kind: 'xls', bytes: hostile.xlsBytes() },
    { kind: 'oldOffice', bytes: hostile.docBytes() },
    { kind: 'text', bytes: hostile.csvBytes() },
    { kind: 'unknown', bytes: hostile.binaryBytes() },
    { kind: 'empty', bytes: new Uint8Array(0) },
  ];
}

describe('what a file really is', () => {
  it('tells every kind apart by content', async () => {
    for (const c of await cases()) expect([c.kind, detectFileKind(c.bytes)]).toEqual([c.kind, c.kind]);
  });

  it('a returned file of each other kind is refused with its own sentence naming the file', async () => {
    const seen = new Set<string>();
    for (const c of await cases()) {
      if (c.kind === 'xlsx') continue;
      const name = `TH0${c.kind.length} - ${c.kind}.xlsx`;
      const read = await readReturnedFile(name, c.bytes);
      expect(read.snapshot).toBeUndefined();
      expect(read.error).toContain(`«${name}»`);
      expect(read.error).not.toMatch(internal);
      seen.add((read.error ?? '').replace(name, ''));
    }
    expect(seen.size).toBe(12);
  });

  it('a damaged .xlsx (a zip cut short) is said to be damaged, in plain words', async () => {
    const whole = readFileSync(sample);
    const read = await readReturnedFile('MN01.xlsx', new Uint8Array(whole.subarray(0, Math.floor(whole.length / 2))));
    expect(read.error).toBe(vi.safety.kinds.damaged({ file: 'MN01.xlsx' }));
  });
});

describe('score and templates name the input, never the output', () => {
  it.each([
    ['ods', hostile.odsBytes],
    ['word', hostile.docxBytes],
    ['encrypted', async () => hostile.encryptedBytes()],
    ['unknown', async () => hostile.binaryBytes()],
  ] as const)('%s renamed .xlsx: refused before reading, nothing written', async (kind, make) => {
    const input = join(dir, `${kind}-bao-cao.xlsx`);
    const output = join(dir, `${kind}-ket-qua.xlsx`);
    writeFileSync(input, await make());
    const failed = scoreFile(input, output, { now });
    await expect(failed).rejects.toBeInstanceOf(InputFileError);
    await expect(failed).rejects.toMatchObject({ file: input, problem: kind });
    expect(existsSync(output)).toBe(false);
    await expect(writeTemplatesToFolder(input, join(dir, `${kind}-mau`), { now })).rejects.toMatchObject({ file: input, problem: kind });
  });

  it('a macro workbook is scored by its values (its macros never run)', async () => {
    const input = join(dir, 'co-macro.xlsm');
    writeFileSync(input, await hostile.withMacros(new Uint8Array(readFileSync(sample))));
    const { result } = await scoreFile(input, join(dir, 'co-macro.ket-qua.xlsx'), { now });
    expect(result.evaluation).toBeDefined();
  }, 60_000);
});
